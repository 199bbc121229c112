// SPDX-License-Identifier: GPL-3.0-or-later
// What the server answers at /citizen/TENANT/…: the links a municipality's messages carry back to it. A
// citizen's opt-out link (a page with one button, and the one-click POST of RFC 8058 that mail programs send),
// the SMS gateway's delivery reports, and the citizens' SMS answers (STOP). Each link is signed with the
// tenant's secret (NotifyLinks); what it changes is written as any change, so every desk pulls it.
#include "syncservice.h"
#include "syncservice_p.h"

#include "core/notify/links.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/notificationstore.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/syncstore.h"
#include "core/text/desktranslations.h"
#include "core/text/smstext.h"
#include "core/util/logging.h"
#include "core/util/tr.h"
#include "core/workflow/optout.h"


namespace CivicDesk {
namespace {

HttpResponse page(int status, const QString &language, const QString &title, const QString &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    r.headers.append({QByteArray("Content-Security-Policy"), QByteArray("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")});
    r.body = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%2</title>"
                            "<style>body{font-family:sans-serif;max-width:36em;margin:2em auto;padding:0 1em;color:#1a1a1a;background:#fff;line-height:1.5}"
                            "button{font-size:1.1em;padding:.5em 1.2em;color:#fff;background:#0b57a4;border:0;border-radius:4px}"
                            "button:focus{outline:3px solid #f5a623;outline-offset:2px}</style></head>"
                            "<body><main><h1>%2</h1>%3</main></body></html>\n")
                 .arg(language.toHtmlEscaped(), title.toHtmlEscaped(), body)
                 .toUtf8();
    return r;
}

HttpResponse text(int status, const QString &body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "text/plain; charset=utf-8";
    r.body = body.toUtf8();
    return r;
}

/// The answer the gateway sends back to the citizen as an SMS: in UCS-2 when GSM's alphabet cannot hold it (the
/// gateway's sms-service reads X-Kannel-Coding with accept-x-kannel-headers = true).
HttpResponse smsAnswer(const QString &body)
{
    HttpResponse r = text(200, body);
    r.headers.append({QByteArray("X-Kannel-Coding"), isGsm7(body) ? QByteArray("0") : QByteArray("2")});
    return r;
}

/// Kannel's report types (its %d) in the outbox's words.
QString reportOf(int type)
{
    switch (type) {
    case 1:
        return QStringLiteral("delivered");
    case 2:
        return QStringLiteral("undelivered");
    case 4:
        return QStringLiteral("queued");
    case 8:
        return QStringLiteral("accepted");
    case 16:
        return QStringLiteral("refused");
    default:
        return {};
    }
}

} // namespace

HttpResponse SyncService::citizenLink(const HttpRequest &request)
{
    // /citizen/CODE/optout/TOKEN, /citizen/CODE/sms/report, /citizen/CODE/sms/incoming
    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto notFound = [] { return text(404, Tr::tr("There is nothing here.")); };
    if (parts.size() < 3)
        return notFound();
    const QString code = parts.at(1);
    if (!m_catalog.tenant(code))
        return notFound();
    Result<Tenant *> opened = tenant(code);
    if (!opened) {
        qCWarning(lcSync).noquote() << QStringLiteral("tenant %1 cannot be opened: %2").arg(code, opened.error().message);
        return text(503, Tr::tr("This service cannot answer now; try again later."));
    }
    Tenant *t = opened.value();
    const QByteArray secret = NotifyLinks::secret(*t->db);
    const qint64 now = m_options.clock();
    const std::optional<CivicDesk::Tenant> municipality = OrganisationRepository(*t->db).tenant();
    const QString name = municipality ? municipality->name : code;
    const QString mainLanguage = municipality ? municipality->languages.value(0, QStringLiteral("en")) : QStringLiteral("en");
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    const auto written = [&](const std::function<Status()> &work) -> Status {
        const Status st = t->store->write(work);
        if (st)
            emit changed(code, t->store->currentSeq());
        return st;
    };

    if (parts.size() == 4 && parts.at(2) == QLatin1String("optout") && (get || post)) {
        const auto who = NotifyLinks::readOptOutToken(secret, parts.at(3));
        const std::optional<Citizen> citizen = who ? CitizenRepository(*t->db).get(who->first) : std::nullopt;
        if (!citizen)
            return page(404, mainLanguage, name, QStringLiteral("<p>%1</p>").arg(wordsIn(mainLanguage, QT_TRANSLATE_NOOP("CivicDesk", "This link is not valid (any more). To stop the messages, answer one of them or call us.")).toHtmlEscaped()));
        const QString language = citizen->preferredLanguage.isEmpty() ? mainLanguage : citizen->preferredLanguage;
        if (get) {
            // A page with one button: a link opened (by a person, or by a mail program checking it) changes nothing.
            return page(200, language, name,
                        QStringLiteral("<p>%1</p><form method=\"post\"><button type=\"submit\">%2</button></form>")
                            .arg(wordsIn(language, QT_TRANSLATE_NOOP("CivicDesk", "Do you want to receive no more e-mails about your requests?")).toHtmlEscaped(),
                                 wordsIn(language, QT_TRANSLATE_NOOP("CivicDesk", "Stop the e-mails")).toHtmlEscaped()));
        }
        Result<OptOut::Outcome> done = Error{};
        if (Status st = written([&]() -> Status {
                done = OptOut::withdraw(*t->db, who->first, who->second, QStringLiteral("email-link"), now);
                return done ? Status{} : Status(done.error());
            });
            !st) {
            qCWarning(lcSync).noquote() << QStringLiteral("opt-out of %1 failed: %2").arg(code, st.error().message);
            return page(503, language, name, QStringLiteral("<p>%1</p>").arg(wordsIn(language, QT_TRANSLATE_NOOP("CivicDesk", "This service cannot answer now; try again later.")).toHtmlEscaped()));
        }
        qCInfo(lcSync).noquote() << QStringLiteral("tenant %1: a citizen stopped the e-mails (%2 waiting messages dropped)").arg(code).arg(done->cancelled);
        return page(200, language, name,
                    QStringLiteral("<p>%1</p>").arg(wordsIn(language, QT_TRANSLATE_NOOP("CivicDesk", "You will receive no more e-mails from us. Your requests stay open; call us to hear of them.")).toHtmlEscaped()));
    }

    if (parts.size() == 4 && parts.at(2) == QLatin1String("survey") && (get || post))
        return surveyPage(request, code, parts.at(3));

    if (parts.size() == 4 && parts.at(2) == QLatin1String("sms") && parts.at(3) == QLatin1String("report") && get) {
        const QString id = request.query.queryItemValue(QStringLiteral("id"));
        if (!NotifyLinks::verify(secret, QStringLiteral("report:") + id, request.query.queryItemValue(QStringLiteral("key"))))
            return text(403, Tr::tr("This report is not signed for this message."));
        const QString report = reportOf(request.query.queryItemValue(QStringLiteral("type")).toInt());
        if (report.isEmpty())
            return text(400, Tr::tr("Unknown report type."));
        Result<bool> recorded = false;
        if (Status st = written([&]() -> Status {
                recorded = NotificationStore(*t->db).recordReport(id, report, now);
                return recorded ? Status{} : Status(recorded.error());
            });
            !st)
            return text(503, st.error().message); // the gateway tries again
        return text(200, QStringLiteral("ok"));
    }

    if (parts.size() == 4 && parts.at(2) == QLatin1String("sms") && parts.at(3) == QLatin1String("incoming") && get) {
        if (!NotifyLinks::verify(secret, QStringLiteral("inbound"), request.query.queryItemValue(QStringLiteral("key"))))
            return text(403, Tr::tr("This gateway is not known here."));
        const QString from = request.query.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
        const QString said = request.query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded);
        if (!OptOut::isStop(said))
            return smsAnswer(OptOut::answer(false, mainLanguage, name));
        Result<OptOut::Outcome> done = Error{};
        if (Status st = written([&]() -> Status {
                done = OptOut::withdrawPhone(*t->db, from, now);
                return done ? Status{} : Status(done.error());
            });
            !st)
            return text(503, st.error().message);
        qCInfo(lcSync).noquote() << QStringLiteral("tenant %1: STOP by SMS, %2 citizen record(s), %3 waiting messages dropped")
                                        .arg(code)
                                        .arg(done->citizenIds.size())
                                        .arg(done->cancelled);
        return smsAnswer(OptOut::answer(true, done->language.isEmpty() ? mainLanguage : done->language, name));
    }
    return notFound();
}

} // namespace CivicDesk
