// SPDX-License-Identifier: GPL-3.0-or-later
// What the server answers at /open311/v2/…: Open311 GeoReport v2 for apps and FixMyStreet-style sites. The
// municipality comes from jurisdiction_id (the tenant code; none needed when the server holds one), a POST needs
// an API key of that municipality, and every client is held to its rate (per key and per address, 429 with
// Retry-After). The API itself is core's Open311Api; this file is its HTTP side.
#include "syncservice.h"
#include "syncservice_p.h"

#include "core/channels/formdata.h"
#include "core/channels/open311api.h"
#include "core/util/logging.h"
#include "core/util/tr.h"
#include "server/passwords.h"

namespace CivicDesk {
namespace {

HttpResponse toHttp(const Open311Answer &a)
{
    HttpResponse r;
    r.status = a.status;
    r.contentType = a.contentType;
    r.body = a.body;
    return r;
}

} // namespace

HttpResponse SyncService::open311(const HttpRequest &request)
{
    constexpr QLatin1String prefix("/open311/v2/");
    const QString resource = request.path.mid(prefix.size());
    const Open311::Format format = Open311Api::formatOf(resource);
    const auto refuse = [&](int status, const QString &message) { return toHttp(Open311Api::error(status, message, format)); };
    if (request.method != "GET" && request.method != "POST")
        return refuse(405, Tr::tr("%1 is not answered to %2.").arg(request.path, QString::fromLatin1(request.method)));

    Open311Call call;
    call.method = request.method;
    call.resource = resource;
    const qsizetype mark = request.target.indexOf('?');
    Result<FormData> query = FormParser::urlEncoded(mark < 0 ? QByteArray() : request.target.mid(mark + 1));
    if (!query)
        return refuse(400, query.error().message);
    call.query = std::move(query).value();
    if (request.method == "POST") {
        Result<FormData> form = FormParser::parse(request.body, request.header("content-type"));
        if (!form)
            return refuse(400, form.error().message);
        call.form = std::move(form).value();
    }
    const auto parameter = [&](const QString &name) { return call.query.has(name) ? call.query.value(name) : call.form.value(name); };

    // The municipality.
    QString code = parameter(QStringLiteral("jurisdiction_id")).trimmed();
    if (code.isEmpty()) {
        const QList<ServerCatalog::TenantEntry> all = m_catalog.tenants();
        if (all.size() != 1) {
            QStringList codes;
            for (const ServerCatalog::TenantEntry &e : all)
                codes.append(e.code);
            return refuse(400, Tr::tr("jurisdiction_id is required on this server: one of %1.").arg(codes.join(QStringLiteral(", "))));
        }
        code = all.first().code;
    }
    if (!m_catalog.tenant(code))
        return refuse(404, Tr::tr("There is no jurisdiction %1 here.").arg(code.left(40)));

    // Who is calling, and how often.
    const qint64 now = m_options.clock();
    const QString key = parameter(QStringLiteral("api_key")).trimmed();
    std::optional<ServerCatalog::ApiKey> client;
    if (!key.isEmpty()) {
        client = m_catalog.apiKey(Passwords::tokenHash(key));
        if (!client || client->revokedAt != 0 || client->tenantCode != code) {
            qCInfo(lcSync).noquote() << QStringLiteral("open311 %1: refused api_key from %2").arg(code, request.peer);
            return refuse(403, client && client->revokedAt != 0 ? Tr::tr("This api_key was revoked.") : Tr::tr("This api_key is not valid for %1.").arg(code));
        }
    } else if (Open311Api::needsKey(request.method)) {
        return refuse(403, Tr::tr("api_key is required to post; ask the municipality for one."));
    }
    int wait = m_rates.take(QStringLiteral("addr ") + request.peer, m_options.open311PerMinute, now);
    if (!wait && request.method == "POST")
        wait = m_rates.take(QStringLiteral("post ") + request.peer, m_options.open311PostsPerMinute, now);
    if (!wait && client)
        wait = m_rates.take(QStringLiteral("key ") + client->id, client->perMinute > 0 ? client->perMinute : m_options.open311KeyPerMinute, now);
    if (wait) {
        HttpResponse r = refuse(429, Tr::tr("Too many requests; try again in %n second(s).", nullptr, wait));
        r.headers.append({QByteArray("Retry-After"), QByteArray::number(wait)});
        return r;
    }

    Result<Tenant *> opened = tenant(code);
    if (!opened) {
        qCWarning(lcSync).noquote() << QStringLiteral("tenant %1 cannot be opened: %2").arg(code, opened.error().message);
        return refuse(503, Tr::tr("This service cannot answer now; try again later."));
    }
    Tenant *t = opened.value();
    if (!t->open311)
        t->open311 = std::make_unique<Open311Api>(*t->db, *t->runner, [t](const std::function<Status()> &work) { return t->store->write(work); },
                                                  m_options.clock);
    call.client = client ? client->name : QString();
    call.jurisdiction = code;
    const QByteArray host = request.header("host");
    call.baseUrl = (m_options.publicUrl.isEmpty() ? QStringLiteral("http://") + QString::fromLatin1(host.isEmpty() ? QByteArray("localhost") : host)
                                                  : m_options.publicUrl)
                   + QLatin1String(prefix);
    const bool cacheable = request.method == "GET";
    const QByteArray cacheKey = code.toUtf8() + ' ' + request.target;
    const qint64 seq = cacheable ? t->store->currentSeq() : 0;
    // Lists whose window ends now (no end given) move with the clock: their answers are kept for a second.
    const bool moving = (resource.startsWith(QLatin1String("requests.")) || resource.startsWith(QLatin1String("servicerequestupdates.")))
                        && !call.query.has(QStringLiteral("end_date")) && !call.query.has(QStringLiteral("start_date"))
                        && !call.query.has(QStringLiteral("service_request_id"));
    const qint64 second = moving ? now / 1000 : 0;
    if (cacheable) {
        const auto hit = t->open311Answers.constFind(cacheKey);
        if (hit != t->open311Answers.cend() && hit->seq == seq && hit->second == second)
            return hit->response;
    }
    const Open311Answer a = t->open311->handle(call);
    if (a.changed) {
        qCInfo(lcSync).noquote() << QStringLiteral("open311 %1: %2 %3 by %4 → %5").arg(code, QString::fromLatin1(request.method), resource, call.client).arg(a.status);
        emit changed(code, t->store->currentSeq());
    }
    HttpResponse r = toHttp(a);
    if (cacheable) {
        r.headers.append({QByteArray("Access-Control-Allow-Origin"), QByteArray("*")}); // public data, for web apps
        constexpr qint64 cacheBytes = 64LL * 1024 * 1024;
        if (t->open311AnswerBytes + r.body.size() > cacheBytes || t->open311Answers.size() >= 256) {
            t->open311Answers.clear();
            t->open311AnswerBytes = 0;
        }
        if (r.body.size() <= cacheBytes / 4) {
            t->open311Answers.insert(cacheKey, {seq, second, r});
            t->open311AnswerBytes += r.body.size();
        }
    }
    return r;
}

} // namespace CivicDesk
