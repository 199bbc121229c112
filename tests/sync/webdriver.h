// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Debian's chromium driven through chromedriver (the W3C WebDriver protocol over loopback HTTP), headless, for
// the citizens' web pages: pages opened, fields typed into, keys pressed, scripts run, screenshots taken.

#include "../notify/smtpserver.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

namespace CivicDesk::Test::Web {

inline constexpr char ElementKey[] = "element-6066-11e4-a52e-4f735466cecf";

struct Chromium
{
    quint16 port = Smtp::freeLoopbackPort();
    QProcess driver;
    QNetworkAccessManager net;
    QString session;

    /// A headless window of @p width × @p height whose browser speaks @p language first.
    explicit Chromium(const QString &language, int width = 1280, int height = 800)
    {
        driver.setProcessChannelMode(QProcess::MergedChannels);
        driver.start(QStringLiteral("/usr/bin/chromedriver"), {QStringLiteral("--port=%1").arg(port), QStringLiteral("--allowed-ips=127.0.0.1")});
        REQUIRE(driver.waitForStarted(10000));
        Smtp::waitForPort(port, 20000);
        const QJsonObject options{{QStringLiteral("binary"), QStringLiteral("/usr/bin/chromium")},
                                  {QStringLiteral("args"), QJsonArray{QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                                                                      QStringLiteral("--disable-dev-shm-usage"), QStringLiteral("--hide-scrollbars"),
                                                                      QStringLiteral("--window-size=%1,%2").arg(width).arg(height),
                                                                      QStringLiteral("--lang=%1").arg(language)}},
                                  {QStringLiteral("prefs"), QJsonObject{{QStringLiteral("intl.accept_languages"), language}}}};
        const QJsonObject answer = call("POST", QStringLiteral("/session"),
                                        QJsonObject{{QStringLiteral("capabilities"),
                                                     QJsonObject{{QStringLiteral("alwaysMatch"), QJsonObject{{QStringLiteral("browserName"), QStringLiteral("chrome")},
                                                                                                            {QStringLiteral("goog:chromeOptions"), options}}}}}});
        session = answer.value(QStringLiteral("value")).toObject().value(QStringLiteral("sessionId")).toString();
        INFO(QJsonDocument(answer).toJson().toStdString());
        REQUIRE(!session.isEmpty());
    }
    ~Chromium()
    {
        if (!session.isEmpty())
            (void)call("DELETE", QStringLiteral("/session/") + session);
        driver.terminate();
        if (!driver.waitForFinished(5000))
            driver.kill();
    }
    /// A WebDriver command; the answer's JSON (its "value" holds the result or the error).
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(60000);
        QNetworkReply *reply = method == "GET"    ? net.get(request)
                               : method == "DELETE" ? net.deleteResource(request)
                                                    : net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return out;
    }
    QJsonValue command(const QByteArray &method, const QString &what, const QJsonObject &body = {})
    {
        const QJsonObject answer = call(method, QStringLiteral("/session/%1%2").arg(session, what), body);
        const QJsonValue value = answer.value(QStringLiteral("value"));
        INFO(what.toStdString() << " → " << QJsonDocument(answer).toJson(QJsonDocument::Compact).left(600).toStdString());
        REQUIRE(!(value.isObject() && value.toObject().contains(QStringLiteral("error"))));
        return value;
    }
    void open(const QString &url) { command("POST", QStringLiteral("/url"), {{QStringLiteral("url"), url}}); }
    QString url() { return command("GET", QStringLiteral("/url")).toString(); }
    QString element(const QString &css)
    {
        return command("POST", QStringLiteral("/element"), {{QStringLiteral("using"), QStringLiteral("css selector")}, {QStringLiteral("value"), css}})
            .toObject()
            .value(QLatin1String(ElementKey))
            .toString();
    }
    void click(const QString &css) { command("POST", QStringLiteral("/element/%1/click").arg(element(css))); }
    void type(const QString &css, const QString &text)
    {
        command("POST", QStringLiteral("/element/%1/value").arg(element(css)), {{QStringLiteral("text"), text}});
    }
    QString text(const QString &css) { return command("GET", QStringLiteral("/element/%1/text").arg(element(css))).toString(); }
    QJsonValue script(const QString &body) { return command("POST", QStringLiteral("/execute/sync"), {{QStringLiteral("script"), body}, {QStringLiteral("args"), QJsonArray{}}}); }
    /// Keys pressed and released in turn, as a keyboard would, to whatever has the focus (WebDriver's key codes:
    /// "\uE004" Tab, "\uE007" Enter, "\uE00D" Space).
    void keys(const QString &sequence)
    {
        QJsonArray actions;
        for (const QChar c : sequence) {
            actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("keyDown")}, {QStringLiteral("value"), QString(c)}});
            actions.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("keyUp")}, {QStringLiteral("value"), QString(c)}});
        }
        command("POST", QStringLiteral("/actions"),
                {{QStringLiteral("actions"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("key")},
                                                                    {QStringLiteral("id"), QStringLiteral("keyboard")},
                                                                    {QStringLiteral("actions"), actions}}}}});
    }
    /// The id (or, without one, the tag name) of the element that has the focus.
    QString focused() { return script(QStringLiteral("const e = document.activeElement; return e.id || e.tagName.toLowerCase();")).toString(); }
    /// The page as a PNG.
    QByteArray screenshot() { return QByteArray::fromBase64(command("GET", QStringLiteral("/screenshot")).toString().toLatin1()); }
};

} // namespace CivicDesk::Test::Web
