// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include "core/util/tr.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QUrl>

namespace CivicDesk {
namespace {

Status setListen(ServerConfig &c, const QString &value)
{
    const qsizetype colon = value.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
    if (colon <= 0 || !ok || port > 65535)
        return Error{QStringLiteral("config.listen"), Tr::tr("--listen takes HOST:PORT, such as 127.0.0.1:8470; %1 is not.").arg(value)};
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (QHostAddress(host).isNull())
        return Error{QStringLiteral("config.listen"), Tr::tr("%1 is not an IP address to listen on.").arg(host)};
    c.host = host;
    c.port = quint16(port);
    return {};
}

/// "10.0.0.5" or "10.0.0.5,10.0.0.6": the addresses of the load balancers in front of the server.
Status setTrustedProxies(ServerConfig &c, const QString &value)
{
    c.trustedProxies.clear();
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString address = part.trimmed();
        if (QHostAddress(address).isNull())
            return Error{QStringLiteral("config.trusted-proxy"),
                         Tr::tr("--trusted-proxy takes the IP addresses of the load balancers, separated by commas; %1 is not one.").arg(address)};
        c.trustedProxies.append(address);
    }
    return {};
}

} // namespace

bool ServerConfig::isLoopback(const QString &host)
{
    return QHostAddress(host).isLoopback();
}

Result<ServerConfig> ServerConfig::fromArguments(const QStringList &arguments)
{
    ServerConfig c;
    // The configuration file first, whatever its place among the flags.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) != QLatin1String("--config"))
            continue;
        if (i + 1 >= arguments.size())
            return Error{QStringLiteral("config.missing-value"), Tr::tr("--config needs a file.")};
        const QString file = arguments.at(i + 1);
        if (!QFileInfo(file).isReadable())
            return Error{QStringLiteral("config.unreadable"), Tr::tr("The configuration file %1 cannot be read.").arg(file)};
        QSettings ini(file, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError)
            return Error{QStringLiteral("config.malformed"), Tr::tr("The configuration file %1 is not an INI file.").arg(file)};
        c.db = ini.value(QStringLiteral("db"), c.db).toString();
        c.postgres = ini.value(QStringLiteral("postgres"), c.postgres).toString();
        c.snapshotDir = ini.value(QStringLiteral("snapshot_dir"), c.snapshotDir).toString();
        c.filesDir = ini.value(QStringLiteral("files_dir"), c.filesDir).toString();
        if (ini.contains(QStringLiteral("listen"))) {
            if (Status st = setListen(c, ini.value(QStringLiteral("listen")).toString()); !st)
                return st.error();
        }
        c.tlsCert = ini.value(QStringLiteral("tls_cert"), c.tlsCert).toString();
        c.tlsKey = ini.value(QStringLiteral("tls_key"), c.tlsKey).toString();
        c.logLevel = ini.value(QStringLiteral("log_level"), c.logLevel).toString();
        c.tokenHours = ini.value(QStringLiteral("token_hours"), c.tokenHours).toInt();
        c.ladderSeconds = ini.value(QStringLiteral("ladder_seconds"), c.ladderSeconds).toInt();
        c.pollSeconds = ini.value(QStringLiteral("poll_seconds"), c.pollSeconds).toInt();
        c.httpLayer = ini.value(QStringLiteral("http_layer"), c.httpLayer).toString();
        c.publicUrl = ini.value(QStringLiteral("public_url"), c.publicUrl).toString();
        c.open311PerMinute = ini.value(QStringLiteral("open311_per_minute"), c.open311PerMinute).toInt();
        c.open311PostsPerMinute = ini.value(QStringLiteral("open311_posts_per_minute"), c.open311PostsPerMinute).toInt();
        if (ini.contains(QStringLiteral("trusted_proxy"))) {
            if (Status st = setTrustedProxies(c, ini.value(QStringLiteral("trusted_proxy")).toString()); !st)
                return st.error();
        }
    }
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString flag = arguments.at(i);
        static const QStringList valued{QStringLiteral("--db"),        QStringLiteral("--listen"),     QStringLiteral("--tls-cert"),
                                        QStringLiteral("--tls-key"),   QStringLiteral("--config"),     QStringLiteral("--log-level"),
                                        QStringLiteral("--token-hours"), QStringLiteral("--ladder-seconds"), QStringLiteral("--poll-seconds"),
                                        QStringLiteral("--http-layer"), QStringLiteral("--public-url"), QStringLiteral("--open311-per-minute"),
                                        QStringLiteral("--open311-posts-per-minute"), QStringLiteral("--postgres"), QStringLiteral("--snapshot-dir"),
                                        QStringLiteral("--files-dir"), QStringLiteral("--trusted-proxy")};
        if (!valued.contains(flag))
            return Error{QStringLiteral("config.unknown-flag"), Tr::tr("Unknown argument %1; see --help.").arg(flag)};
        if (i + 1 >= arguments.size())
            return Error{QStringLiteral("config.missing-value"), Tr::tr("%1 needs a value.").arg(flag)};
        const QString value = arguments.at(++i);
        bool ok = true;
        if (flag == QLatin1String("--db"))
            c.db = value;
        else if (flag == QLatin1String("--postgres"))
            c.postgres = value;
        else if (flag == QLatin1String("--snapshot-dir"))
            c.snapshotDir = value;
        else if (flag == QLatin1String("--files-dir"))
            c.filesDir = value;
        else if (flag == QLatin1String("--trusted-proxy")) {
            if (Status st = setTrustedProxies(c, value); !st)
                return st.error();
        }
        else if (flag == QLatin1String("--listen")) {
            if (Status st = setListen(c, value); !st)
                return st.error();
        } else if (flag == QLatin1String("--tls-cert"))
            c.tlsCert = value;
        else if (flag == QLatin1String("--tls-key"))
            c.tlsKey = value;
        else if (flag == QLatin1String("--log-level"))
            c.logLevel = value;
        else if (flag == QLatin1String("--token-hours"))
            c.tokenHours = value.toInt(&ok);
        else if (flag == QLatin1String("--ladder-seconds"))
            c.ladderSeconds = value.toInt(&ok);
        else if (flag == QLatin1String("--poll-seconds"))
            c.pollSeconds = value.toInt(&ok);
        else if (flag == QLatin1String("--http-layer"))
            c.httpLayer = value;
        else if (flag == QLatin1String("--public-url"))
            c.publicUrl = value;
        else if (flag == QLatin1String("--open311-per-minute"))
            c.open311PerMinute = value.toInt(&ok);
        else if (flag == QLatin1String("--open311-posts-per-minute"))
            c.open311PostsPerMinute = value.toInt(&ok);
        if (!ok)
            return Error{QStringLiteral("config.not-a-number"), Tr::tr("%1 takes a whole number; %2 is not.").arg(flag, value)};
    }
    if (c.db.isEmpty() && c.postgres.isEmpty())
        return Error{QStringLiteral("config.no-db"), Tr::tr("--db PATH (the server's file) or --postgres CONNINFO is required.")};
    if (!c.db.isEmpty() && !c.postgres.isEmpty())
        return Error{QStringLiteral("config.two-stores"), Tr::tr("--db and --postgres are two stores; give one.")};
    if (c.tlsCert.isEmpty() != c.tlsKey.isEmpty())
        return Error{QStringLiteral("config.tls"), Tr::tr("--tls-cert and --tls-key go together.")};
    if (c.tlsCert.isEmpty() && !isLoopback(c.host))
        return Error{QStringLiteral("config.plain-http"),
                     Tr::tr("Plain HTTP is served on a loopback address only; give --tls-cert and --tls-key to listen on %1.").arg(c.host)};
    if (!QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning")}.contains(c.logLevel))
        return Error{QStringLiteral("config.log-level"), Tr::tr("--log-level is debug, info or warning.")};
    if (c.httpLayer != QLatin1String("own") && c.httpLayer != QLatin1String("qt"))
        return Error{QStringLiteral("config.http-layer"), Tr::tr("--http-layer is own or qt.")};
    if (c.httpLayer == QLatin1String("qt") && !c.tlsCert.isEmpty())
        return Error{QStringLiteral("config.http-layer"), Tr::tr("--http-layer qt is for measurement on loopback; it serves no TLS here.")};
    if (c.open311PerMinute < 0 || c.open311PostsPerMinute < 0)
        return Error{QStringLiteral("config.range"), Tr::tr("--open311-per-minute and --open311-posts-per-minute are 0 (no limit) or more.")};
    if (c.tokenHours < 1 || c.pollSeconds < 1 || c.ladderSeconds < 0)
        return Error{QStringLiteral("config.range"), Tr::tr("--token-hours and --poll-seconds are at least 1, --ladder-seconds at least 0.")};
    if (!c.publicUrl.isEmpty()) {
        const QUrl u(c.publicUrl, QUrl::StrictMode);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty() || u.hasQuery())
            return Error{QStringLiteral("config.public-url"), Tr::tr("--public-url takes the address citizens reach this server at, such as https://311.example.gr; %1 is not.").arg(c.publicUrl)};
        while (c.publicUrl.endsWith(QLatin1Char('/')))
            c.publicUrl.chop(1);
    }
    return c;
}

} // namespace CivicDesk
