// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksync.h"

#include "core/commands/commandrunner.h"
#include "core/desk/intake.h"
#include "core/domain/messagetext.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"
#include "core/sync/protocol.h"
#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

namespace CivicDesk {
namespace {

const QString kServer = QStringLiteral("sync.server");
const QString kTenant = QStringLiteral("sync.tenant");
const QString kLogin = QStringLiteral("sync.login");
const QString kUser = QStringLiteral("sync.user_id");
const QString kToken = QStringLiteral("sync.token");
const QString kClient = QStringLiteral("sync.client_id");
const QString kDeskCode = QStringLiteral("device_code"); // the tracking numbers' desk code, as before sync
const QString kEpoch = QStringLiteral("sync.epoch");
const QString kCursor = QStringLiteral("sync.cursor");
const QString kNextMutation = QStringLiteral("sync.next_mutation");
const QString kClock = QStringLiteral("sync.hlc");
const QString kConflictsSeen = QStringLiteral("sync.conflicts_seen_at");
const QString kScopeMonths = QStringLiteral("sync.scope_months");
const QString kScope = QStringLiteral("sync.scope");   // {"since":…, "department":…} as the server last answered
const QString kPinned = QStringLiteral("sync.pinned"); // [request ids fetched on demand], oldest first
// A partial replica's last whole sweep of what left its scope: {"since":…, "department":…, "pinned":[…]}. Between
// sweeps the desk holds the scope from that since on (a little more than the server's), and the requests its pulls
// changed are looked at alone (their histories, once closed), from kRecheck: [request ids].
const QString kSwept = QStringLiteral("sync.swept");
const QString kRecheck = QStringLiteral("sync.recheck");
/// How far the server's scope start may move on before the desk sweeps its whole file again: a sweep reads every
/// row it holds (220 ms at 12,300 requests held), a pull's check only the requests it changed.
constexpr qint64 kSweepEveryMs = 3600 * 1000;
constexpr int kMostRechecked = 20000;

/// Why the server refused a change, in this desk's language when the server said it as a message code.
QString refusalText(const QJsonObject &result)
{
    const QJsonObject answer = result.value(QStringLiteral("answer")).toObject();
    const QString key = answer.value(QStringLiteral("key")).toString(result.value(QStringLiteral("key")).toString());
    if (key.isEmpty())
        return result.value(QStringLiteral("message")).toString();
    QStringList args;
    for (const QJsonValue &a : answer.contains(QStringLiteral("args")) ? answer.value(QStringLiteral("args")).toArray() : result.value(QStringLiteral("args")).toArray())
        args.append(a.toString());
    return MessageText::renderError(Error{result.value(QStringLiteral("code")).toString(), result.value(QStringLiteral("message")).toString(), key, args});
}

} // namespace

DeskSync::DeskSync(Database &db, CommandRunner &runner)
    : m_db(db)
    , m_runner(runner)
    , m_store(db)
{
}

DeskSync::Settings DeskSync::settings() const
{
    Settings s;
    s.server = m_db.localSetting(kServer);
    s.tenant = m_db.localSetting(kTenant);
    s.login = m_db.localSetting(kLogin);
    s.userId = m_db.localSetting(kUser);
    s.token = m_db.localSetting(kToken);
    s.clientId = m_db.localSetting(kClient);
    s.deskCode = m_db.localSetting(kDeskCode);
    s.epoch = m_db.localSetting(kEpoch);
    s.cursor = m_db.localSetting(kCursor, QStringLiteral("0")).toLongLong();
    s.scopeMonths = m_db.localSetting(kScopeMonths, QStringLiteral("0")).toInt();
    return s;
}

bool DeskSync::isSynced(const Database &db)
{
    return !db.localSetting(kClient).isEmpty() && !db.localSetting(kTenant).isEmpty();
}

Status DeskSync::adopt(const Settings &s)
{
    if (Status st = m_store.enableDeskCapture(); !st)
        return st;
    return m_db.transaction([&]() -> Status {
        const std::pair<QString, QString> values[] = {{kServer, s.server}, {kTenant, s.tenant}, {kLogin, s.login}, {kUser, s.userId},
                                                      {kToken, s.token},   {kClient, s.clientId}, {kDeskCode, s.deskCode},
                                                      {kEpoch, s.epoch},   {kCursor, QString::number(s.cursor)},
                                                      {kScopeMonths, QString::number(s.scopeMonths)}};
        for (const auto &[key, value] : values) {
            if (Status st = m_db.setLocalSetting(key, value); !st)
                return st;
        }
        return {};
    });
}

Status DeskSync::checkServerUrl(const QString &url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")) || u.host().isEmpty()
        || u.hasQuery() || u.hasFragment())
        return Error{QStringLiteral("sync.url"), Tr::tr("\"%1\" is not a server address. Write it as https://name-of-the-server "
                                                        "(with :port after the name if it is not the usual one).")
                                                     .arg(url)};
    return {};
}

Status DeskSync::checkServer(SyncTransport &transport)
{
    const SyncReply reply = transport.get(QString::fromLatin1(SyncProtocol::HealthPath), QString(), 10000);
    if (!reply.reached())
        return Error{QStringLiteral("sync.offline"), Tr::tr("No server answers there: %1").arg(reply.transportError)};
    if (!reply.ok() || reply.body.value(QStringLiteral("status")).toString() != QLatin1String("ready"))
        return Error{QStringLiteral("sync.not-civicdesk"),
                     Tr::tr("Something answers there (HTTP %1), but not a CivicDesk server that is ready.").arg(reply.status)};
    const qint64 schema = reply.body.value(QStringLiteral("schemaVersion")).toInteger(-1);
    if (schema < Database::currentSchemaVersion)
        return Error{QStringLiteral("sync.server-outdated"),
                     Tr::tr("The CivicDesk server there (version %1) is older than this desk: it must be updated first.")
                         .arg(reply.body.value(QStringLiteral("version")).toString())};
    return {};
}

Status DeskSync::setServer(const QString &url)
{
    if (Status st = checkServerUrl(url); !st)
        return st;
    QString clean = url.trimmed();
    while (clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    return m_db.setLocalSetting(kServer, clean);
}

Status DeskSync::forgetToken()
{
    return m_db.setLocalSetting(kToken, QString());
}

Status DeskSync::setToken(const QString &token)
{
    return m_db.setLocalSetting(kToken, token);
}

qint64 DeskSync::nextMutationIdValue() const
{
    return m_db.localSetting(kNextMutation, QStringLiteral("1")).toLongLong();
}

qint64 DeskSync::nextMutationId()
{
    return m_db.localSetting(kNextMutation, QStringLiteral("1")).toLongLong();
}

Result<QJsonObject> DeskSync::run(Command command)
{
    HybridClock clock(m_db.localSetting(kClock, QStringLiteral("0")).toLongLong());
    command.at = clock.tick(command.at);
    if (command.name == QLatin1String(CommandName::SaveDraft))
        return m_runner.run(command); // a draft is this desk's own: it does not travel
    Result<QJsonObject> answer = Error{};
    Status st = m_db.transaction([&]() -> Status {
        if (Status s = m_db.setLocalSetting(kClock, QString::number(clock.last())); !s)
            return s;
        if (command.name == QLatin1String(CommandName::FileRequest) && !command.args.contains(QStringLiteral("trackingNumber"))) {
            // The number is this desk's to give: the server files the request under the same one.
            Result<QString> number = RequestRepository(m_db).nextTrackingNumberAt(command.at);
            if (!number)
                return number.error();
            command.args.insert(QStringLiteral("trackingNumber"), number.value());
        }
        if (Status s = captured([&] { answer = m_runner.run(command); }); !s)
            return s;
        if (!answer)
            return answer.error();
        if (crashAt && crashAt("run"))
            return Error{QStringLiteral("sync.crash"), QStringLiteral("crashed before the outbox entry")};
        const qint64 id = nextMutationId();
        if (Status s = m_store.appendOutbox(OutboxEntry{id, command.toJson(), command.at}); !s)
            return s;
        return m_db.setLocalSetting(kNextMutation, QString::number(id + 1));
    });
    if (!st)
        return st.error();
    m_lastCommand = command;
    return answer;
}

Error DeskSync::replyError(const SyncReply &reply, const QString &what)
{
    if (!reply.reached())
        return Error{QStringLiteral("sync.offline"), Tr::tr("The server could not be reached while %1: %2").arg(what, reply.transportError)};
    if (!reply.code().isEmpty())
        return Error{reply.code(), reply.message()};
    return Error{QStringLiteral("sync.http"), Tr::tr("The server answered %1 while %2.").arg(reply.status).arg(what)};
}

Result<DeskSync::PushResult> DeskSync::push(SyncTransport &transport)
{
    PushResult result;
    const Settings s = settings();
    // What the server has answered already (pushed before the reply was lost) is sent again and answered again
    // from its record; the outbox shrinks only when a pull confirms. Batches follow each other as far as the
    // server says it has come.
    qint64 after = 0;
    for (;;) {
        QList<OutboxEntry> entries;
        for (const OutboxEntry &e : m_store.outbox()) {
            if (e.mutationId > after)
                entries.append(e);
            if (entries.size() == SyncProtocol::MaxPushBatch)
                break;
        }
        if (entries.isEmpty())
            return result;
        // The photos these changes refer to go first: the server files a request only with its photos in store.
        if (Status st = uploadPhotos(transport, entries, s); !st)
            return st.error();
        QJsonArray mutations;
        for (const OutboxEntry &e : std::as_const(entries))
            mutations.append(QJsonObject{{QStringLiteral("id"), e.mutationId}, {QStringLiteral("command"), e.command}});
        const QJsonObject body{{QStringLiteral("tenant"), s.tenant},
                               {QStringLiteral("clientId"), s.clientId},
                               {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                               {QStringLiteral("mutations"), mutations}};
        const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::PushPath), body, s.token);
        if (!reply.ok())
            return replyError(reply, Tr::tr("sending changes"));
        result.sent += int(entries.size());
        QHash<qint64, QJsonObject> commands;
        for (const OutboxEntry &e : std::as_const(entries))
            commands.insert(e.mutationId, e.command);
        for (const QJsonValue &v : reply.body.value(QStringLiteral("results")).toArray()) {
            const QJsonObject r = v.toObject();
            const QString outcome = r.value(QStringLiteral("outcome")).toString();
            if (r.value(QStringLiteral("duplicate")).toBool())
                ++result.duplicates;
            if (outcome == QLatin1String("applied")) {
                ++result.applied;
            } else if (outcome == QLatin1String("rejected")) {
                ++result.rejected;
                const qint64 id = r.value(QStringLiteral("id")).toInteger();
                if (Status st = m_store.addRejection(Rejection{id, commands.value(id), r.value(QStringLiteral("code")).toString(), refusalText(r),
                                                               QDateTime::currentMSecsSinceEpoch(), false});
                    !st)
                    return st.error();
            }
        }
        HybridClock clock(m_db.localSetting(kClock, QStringLiteral("0")).toLongLong());
        clock.observe(reply.body.value(QStringLiteral("time")).toInteger());
        (void)m_db.setLocalSetting(kClock, QString::number(clock.last()));
        const qint64 reached = reply.body.value(QStringLiteral("lastMutationId")).toInteger(-1);
        if (reached <= after)
            return result; // no further: what stopped it is in the answers (a gap, a store failure)
        after = reached;
    }
}

Result<DeskSync::PullResult> DeskSync::pull(SyncTransport &transport)
{
    const Settings s = settings();
    for (int attempt = 0;; ++attempt) {
        PullResult result;
        result.cursor = s.cursor;
        // All pages first, then one transaction: the server's rows are its current values, which may refer to
        // rows of later transactions; only the whole round is a state whose references all hold.
        const QList<SyncKey> sent = m_store.dirtyKeys();
        const qint64 waitingFrom = m_store.outbox().value(0).mutationId;
        QList<SyncRow> rows;
        QJsonObject last;
        qint64 cursor = s.cursor;
        QString epoch = s.epoch;
        for (;;) {
            const bool first = result.pages == 0;
            QJsonObject body{{QStringLiteral("tenant"), s.tenant},
                                   {QStringLiteral("clientId"), s.clientId},
                                   {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                   {QStringLiteral("epoch"), epoch},
                                   {QStringLiteral("cursor"), cursor},
                                   {QStringLiteral("waitingFrom"), waitingFrom},
                                   {QStringLiteral("keys"), SyncProtocol::keysToJson(first && !skipRebase ? sent : QList<SyncKey>{})}};
            if (s.scopeMonths > 0)
                body.insert(QStringLiteral("scope"), QJsonObject{{QStringLiteral("months"), s.scopeMonths},
                                                                 {QStringLiteral("pinned"), QJsonArray::fromStringList(pinned())}});
            const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::PullPath), body, s.token);
            if (!reply.ok())
                return replyError(reply, Tr::tr("fetching changes"));
            Result<QList<SyncRow>> page = SyncProtocol::rowsFromJson(reply.body.value(QStringLiteral("rows")));
            if (!page)
                return page.error();
            const qint64 next = reply.body.value(QStringLiteral("cursor")).toInteger(-1);
            if (next < cursor || reply.body.value(QStringLiteral("lastMutationId")).toInteger(-1) < 0)
                return Error{QStringLiteral("sync.malformed"), Tr::tr("The server's answer to a pull has no valid cursor.")};
            rows += page.value();
            cursor = next;
            epoch = reply.body.value(QStringLiteral("epoch")).toString(epoch);
            last = reply.body;
            ++result.pages;
            if (!reply.body.value(QStringLiteral("more")).toBool())
                break;
        }
        bool raced = false;
        const Status st = m_db.transaction([&]() -> Status {
            // A command made here since the keys were read touched rows the server was not asked about: this
            // round cannot rebase it; asked again, with its keys.
            QSet<QString> asked;
            for (const SyncKey &k : sent)
                asked.insert(k.table + QString::fromUtf8(QJsonDocument(k.key).toJson(QJsonDocument::Compact)));
            for (const SyncKey &k : m_store.dirtyKeys()) {
                if (!asked.contains(k.table + QString::fromUtf8(QJsonDocument(k.key).toJson(QJsonDocument::Compact)))) {
                    raced = true;
                    return Error{QStringLiteral("sync.raced"), QString()};
                }
            }
            if (Status r = rebase(rows, last.value(QStringLiteral("lastMutationId")).toInteger(), last.value(QStringLiteral("rejected")).toArray(), result); !r)
                return r;
            if (Status r = m_db.setLocalSetting(kCursor, QString::number(cursor)); !r)
                return r;
            if (crashAt && crashAt("pull"))
                return Error{QStringLiteral("sync.crash"), QStringLiteral("crashed before the pull's commit")};
            if (last.contains(QStringLiteral("scope"))) {
                if (Status r = m_db.setLocalSetting(kScope, QString::fromUtf8(QJsonDocument(last.value(QStringLiteral("scope")).toObject()).toJson(QJsonDocument::Compact))); !r)
                    return r;
                // The requests this pull and this desk's answered changes touched, to be looked at when nothing of
                // this desk's waits.
                if (Status r = recheckLater(m_store.requestsOf(rows, sent)); !r)
                    return r;
            }
            return m_db.setLocalSetting(kEpoch, epoch);
        });
        if (raced && attempt < 10)
            continue;
        if (!st)
            return st.error();
        result.rows = int(rows.size());
        result.cursor = cursor;
        // A partial replica lets go of what left its scope, while nothing of its own waits (a waiting change may
        // need the rows; they go at a later pull).
        if (const std::optional<SyncScope> within = answeredScope(); within && m_store.outboxSize() == 0) {
            Result<int> removed = letGoOutside(*within);
            if (!removed)
                return removed.error();
            result.removed = removed.value();
        }
        fetchPhotos(transport, rows, s); // what cannot be fetched now is fetched at a later pull that brings it again
        return result;
    }
}

Status DeskSync::uploadPhotos(SyncTransport &transport, const QList<OutboxEntry> &entries, const Settings &s)
{
    QSet<QString> sent;
    for (const OutboxEntry &e : entries) {
        const QString name = e.command.value(QStringLiteral("name")).toString();
        if (name != QLatin1String(CommandName::FileRequest) && name != QLatin1String(CommandName::JoinRequest))
            continue;
        const QJsonArray photos = e.command.value(QStringLiteral("args")).toObject().value(QStringLiteral("draft")).toObject().value(QStringLiteral("photos")).toArray();
        for (const QJsonValue &photo : photos) {
            const QString storedPath = photo.toObject().value(QStringLiteral("storedPath")).toString();
            if (!sha256OfStoredPath(storedPath) || sent.contains(storedPath))
                continue;
            QFile in(attachmentDirectoryOf(m_db.path()) + u'/' + storedPath);
            if (!in.open(QIODevice::ReadOnly))
                continue; // gone from this desk: the server will say the request lacks it
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("tenant"), s.tenant);
            q.addQueryItem(QStringLiteral("path"), storedPath);
            const SyncReply reply = transport.postBytes(QString::fromLatin1(SyncProtocol::AttachmentsPath) + u'?' + q.toString(QUrl::FullyEncoded),
                                                        in.readAll(), s.token);
            if (!reply.ok())
                return replyError(reply, Tr::tr("sending a photo"));
            sent.insert(storedPath);
        }
    }
    return {};
}

void DeskSync::fetchPhotos(SyncTransport &transport, const QList<SyncRow> &rows, const Settings &s)
{
    // The photos of requests, and of the citizens' e-mails waiting at the dispatch desk (a JSON list).
    const int column = int(m_store.columns(QStringLiteral("attachment")).indexOf(QStringLiteral("stored_path")));
    const int mailColumn = int(m_store.columns(QStringLiteral("inbound_mail")).indexOf(QStringLiteral("photos")));
    QStringList paths;
    for (const SyncRow &row : rows) {
        if (!row.values)
            continue;
        if (row.table == QLatin1String("attachment") && column >= 0)
            paths.append(row.values->at(column).toString());
        if (row.table == QLatin1String("inbound_mail") && mailColumn >= 0)
            for (const QJsonValue &photo : QJsonDocument::fromJson(row.values->at(mailColumn).toString().toUtf8()).array())
                paths.append(photo.toObject().value(QStringLiteral("storedPath")).toString());
    }
    for (const QString &storedPath : std::as_const(paths)) {
        const QString file = attachmentDirectoryOf(m_db.path()) + u'/' + storedPath;
        if (!sha256OfStoredPath(storedPath) || QFileInfo::exists(file))
            continue;
        QDir().mkpath(QFileInfo(file).absolutePath());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("tenant"), s.tenant);
        q.addQueryItem(QStringLiteral("path"), storedPath);
        const QString part = file + QStringLiteral(".part");
        const SyncReply reply = transport.download(QString::fromLatin1(SyncProtocol::AttachmentsPath) + u'?' + q.toString(QUrl::FullyEncoded), s.token, part);
        QFile got(part);
        // Kept only when the bytes are the photo its name says.
        if (reply.ok() && got.open(QIODevice::ReadOnly)
            && QString::fromLatin1(QCryptographicHash::hash(got.readAll(), QCryptographicHash::Sha256).toHex()) == *sha256OfStoredPath(storedPath)) {
            got.close();
            QFile::rename(part, file);
        } else {
            got.close();
            QFile::remove(part);
        }
    }
}

Status DeskSync::rebase(const QList<SyncRow> &rows, qint64 lastMutationId, const QJsonArray &rejected, PullResult &result)
{
    const QList<OutboxEntry> before = m_store.outbox();
    QHash<qint64, QJsonObject> commands;
    for (const OutboxEntry &e : before)
        commands.insert(e.mutationId, e.command);
    for (const QJsonValue &v : rejected) {
        const QJsonObject r = v.toObject();
        const qint64 id = r.value(QStringLiteral("id")).toInteger();
        if (!commands.contains(id))
            continue; // known already (its outbox entry went with an earlier pull)
        if (Status st = m_store.addRejection(Rejection{id, commands.value(id), r.value(QStringLiteral("code")).toString(), refusalText(r),
                                                       QDateTime::currentMSecsSinceEpoch(), false});
            !st)
            return st;
    }
    if (Status st = m_store.apply(rows); !st)
        return st;
    // From here the desk's own commands run again: their references are checked as they run, as on the server.
    if (Status st = m_store.checkReferencesAsWritten(); !st)
        return st;
    if (Status st = m_store.clearDirty(); !st)
        return st;
    if (Status st = m_store.dropOutboxUpTo(lastMutationId); !st)
        return st;
    for (const OutboxEntry &e : before) {
        if (e.mutationId <= lastMutationId) {
            ++result.confirmed;
            continue;
        }
        const std::optional<Command> c = Command::fromJson(e.command);
        if (!c)
            continue;
        // Refused now: it stays waiting, and the server will say why.
        if (Status st = captured([&] { result.rerun += m_runner.run(*c) ? 1 : 0; }); !st)
            return st;
    }
    return {};
}

Status DeskSync::captured(const std::function<void()> &work)
{
    if (Status st = m_store.setCapturing(true); !st)
        return st;
    work();
    return m_store.setCapturing(false);
}

Status DeskSync::setScopeMonths(int months)
{
    if (months < 0 || months > 240)
        return Error{QStringLiteral("sync.bad-scope"), Tr::tr("A desk keeps 1 to 240 months of requests, or all of them.")};
    const int was = settings().scopeMonths;
    return m_db.transaction([&]() -> Status {
        if (Status st = m_db.setLocalSetting(kScopeMonths, QString::number(months)); !st)
            return st;
        // Rows this desk let go of (or never had) come only with a new copy.
        const bool wider = was > 0 && (months == 0 || months > was);
        return wider ? m_db.setLocalSetting(kEpoch, QStringLiteral("scope-widened")) : Status();
    });
}

QStringList DeskSync::pinned() const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_db.localSetting(kPinned).toUtf8()).array())
        out.append(v.toString());
    return out;
}

std::optional<SyncScope> DeskSync::answeredScope() const
{
    if (settings().scopeMonths <= 0)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(m_db.localSetting(kScope).toUtf8()).object();
    if (!o.value(QStringLiteral("since")).isDouble())
        return std::nullopt;
    return SyncScope{o.value(QStringLiteral("since")).toInteger(), o.value(QStringLiteral("department")).toString(), pinned()};
}

std::optional<SyncScope> DeskSync::scope() const
{
    std::optional<SyncScope> held = answeredScope();
    if (!held)
        return held;
    // Between sweeps the desk still holds the requests from the last sweep's start.
    if (const std::optional<SyncScope> swept = lastSweep(); swept && swept->departmentId == held->departmentId)
        held->since = std::min(held->since, swept->since);
    return held;
}

std::optional<SyncScope> DeskSync::lastSweep() const
{
    const QJsonObject o = QJsonDocument::fromJson(m_db.localSetting(kSwept).toUtf8()).object();
    if (!o.value(QStringLiteral("since")).isDouble())
        return std::nullopt;
    QStringList pinned;
    for (const QJsonValue &v : o.value(QStringLiteral("pinned")).toArray())
        pinned.append(v.toString());
    return SyncScope{o.value(QStringLiteral("since")).toInteger(), o.value(QStringLiteral("department")).toString(), pinned};
}

QStringList DeskSync::toRecheck() const
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(m_db.localSetting(kRecheck).toUtf8()).array())
        out.append(v.toString());
    return out;
}

Status DeskSync::recheckLater(const QStringList &requestIds)
{
    if (requestIds.isEmpty())
        return {};
    QStringList recheck = toRecheck();
    // Each request once: a request changed at every pull does not bring the whole sweep nearer.
    QSet<QString> noted(recheck.cbegin(), recheck.cend());
    for (const QString &id : requestIds) {
        if (recheck.size() > kMostRechecked)
            break; // the whole file is looked at instead
        if (!noted.contains(id)) {
            noted.insert(id);
            recheck.append(id);
        }
    }
    return m_db.setLocalSetting(kRecheck, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(recheck)).toJson(QJsonDocument::Compact)));
}

Result<int> DeskSync::letGoOutside(const SyncScope &within)
{
    const std::optional<SyncScope> swept = lastSweep();
    const QStringList recheck = toRecheck();
    // A request let go of from those fetched on demand may leave with its history.
    const bool whole = !swept || swept->departmentId != within.departmentId || within.since - swept->since >= kSweepEveryMs
        || recheck.size() > kMostRechecked
        || std::any_of(swept->pinned.cbegin(), swept->pinned.cend(), [&](const QString &id) { return !within.pinned.contains(id); });
    if (whole) {
        Result<int> removed = m_store.removeOutside(within);
        if (!removed)
            return removed;
        const QJsonObject now{{QStringLiteral("since"), within.since}, {QStringLiteral("department"), within.departmentId},
                              {QStringLiteral("pinned"), QJsonArray::fromStringList(within.pinned)}};
        const Status st = m_db.transaction([&]() -> Status {
            if (Status r = m_db.setLocalSetting(kSwept, QString::fromUtf8(QJsonDocument(now).toJson(QJsonDocument::Compact))); !r)
                return r;
            return m_db.setLocalSetting(kRecheck, QStringLiteral("[]"));
        });
        if (!st)
            return st.error();
        return removed;
    }
    if (recheck.isEmpty())
        return 0;
    const Status st = m_db.transaction([&]() -> Status {
        if (Status r = m_store.removeHistoriesOutside(recheck, within); !r)
            return r;
        return m_db.setLocalSetting(kRecheck, QStringLiteral("[]"));
    });
    if (!st)
        return st.error();
    return 0;
}

bool DeskSync::holdsReportPeriod(const ReportParameters &p) const
{
    if (settings().scopeMonths <= 0)
        return true;
    const std::optional<SyncScope> held = scope();
    if (!held)
        return false; // not pulled yet: what it holds is not known
    if (!held->departmentId.isEmpty() && p.departmentId == held->departmentId)
        return true;
    // The period's first day, taken early enough for any time zone (UTC−14 at the most).
    const qint64 first = p.from.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch() - 14 * 3600 * 1000LL;
    return p.from.isValid() && first >= held->since;
}

bool DeskSync::holdsHistory(const QString &requestId) const
{
    // A whole replica has no scope; a partial one before its first pull has nothing to ask for yet.
    const std::optional<SyncScope> held = scope();
    return !held || m_store.holdsHistory(requestId, *held);
}

Result<ReportTable> DeskSync::reportFromServer(SyncTransport &transport, const ReportParameters &parameters, const QString &language)
{
    const Settings s = settings();
    const QJsonObject body{{QStringLiteral("tenant"), s.tenant},
                           {QStringLiteral("clientId"), s.clientId},
                           {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                           {QStringLiteral("parameters"), parameters.toJson()},
                           {QStringLiteral("language"), language}};
    const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::ReportsPath), body, s.token);
    if (reply.status == 422) // the parameters, refused as the desk would: its message as it is
        return Error{reply.code(), reply.body.value(QStringLiteral("message")).toString()};
    if (!reply.ok())
        return replyError(reply, Tr::tr("asking the server for the report"));
    if (!reply.body.value(QStringLiteral("report")).isObject())
        return Error{QStringLiteral("report.garbled"), Tr::tr("The report from the server is garbled (%1); nothing was printed.").arg(QStringLiteral("report"))};
    return reportFromJson(reply.body.value(QStringLiteral("report")).toObject());
}

Result<QStringList> DeskSync::fetchRequests(SyncTransport &transport, const Wanted &wanted)
{
    const Settings s = settings();
    QJsonObject body{{QStringLiteral("tenant"), s.tenant},
                     {QStringLiteral("clientId"), s.clientId},
                     {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                     {QStringLiteral("ids"), QJsonArray::fromStringList(wanted.ids)},
                     {QStringLiteral("tracking"), wanted.tracking},
                     {QStringLiteral("citizen"), wanted.citizenId},
                     {QStringLiteral("scope"), QJsonObject{{QStringLiteral("months"), std::max(1, s.scopeMonths)}}}};
    const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::RequestsPath), body, s.token);
    if (!reply.ok())
        return replyError(reply, Tr::tr("fetching requests from the server"));
    Result<QList<SyncRow>> rows = SyncProtocol::rowsFromJson(reply.body.value(QStringLiteral("rows")));
    if (!rows)
        return rows.error();
    QStringList found;
    for (const QJsonValue &v : reply.body.value(QStringLiteral("ids")).toArray())
        found.append(v.toString());
    if (rows->isEmpty())
        return found;
    const Status st = m_db.transaction([&]() -> Status {
        if (Status r = m_store.apply(rows.value()); !r)
            return r;
        if (Status r = m_store.checkReferencesAsWritten(); !r)
            return r;
        // Kept: the newest fetched last, the oldest let go past the limit.
        QStringList keep = pinned();
        for (const QString &id : std::as_const(found)) {
            keep.removeAll(id);
            keep.append(id);
        }
        while (keep.size() > SyncProtocol::MaxPinned)
            keep.removeFirst();
        // The requests that came with them (an original of a duplicate) hold their histories while open.
        if (settings().scopeMonths > 0) {
            if (Status r = recheckLater(m_store.requestsOf(rows.value(), {})); !r)
                return r;
        }
        return m_db.setLocalSetting(kPinned, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(keep)).toJson(QJsonDocument::Compact)));
    });
    if (!st)
        return st.error();
    fetchPhotos(transport, rows.value(), s);
    return found;
}

int DeskSync::waiting() const
{
    return m_store.outboxSize();
}

QList<Rejection> DeskSync::rejections(bool unseenOnly) const
{
    return m_store.rejections(unseenOnly);
}

Status DeskSync::markRejectionsSeen()
{
    return m_store.markRejectionsSeen();
}

QList<CitizenConflict> DeskSync::conflicts() const
{
    return ConflictStore(m_db).involving(m_db.localSetting(kUser));
}

int DeskSync::newConflicts() const
{
    return ConflictStore(m_db).countSince(m_db.localSetting(kUser), m_db.localSetting(kConflictsSeen, QStringLiteral("0")).toLongLong());
}

Status DeskSync::markConflictsSeen()
{
    const QList<CitizenConflict> all = conflicts();
    return all.isEmpty() ? Status{} : m_db.setLocalSetting(kConflictsSeen, QString::number(all.first().at));
}

Result<DeskSync::SignIn> DeskSync::signIn(SyncTransport &transport, const QString &tenant, const QString &login, const QString &password)
{
    const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::LoginPath),
                                           {{QStringLiteral("tenant"), tenant}, {QStringLiteral("login"), login}, {QStringLiteral("password"), password}},
                                           QString());
    if (!reply.ok())
        return replyError(reply, Tr::tr("signing in"));
    SignIn s{reply.body.value(QStringLiteral("token")).toString(), reply.body.value(QStringLiteral("userId")).toString(),
             reply.body.value(QStringLiteral("role")).toString(), reply.body.value(QStringLiteral("departmentId")).toString(),
             reply.body.value(QStringLiteral("expiresAt")).toInteger()};
    if (s.token.isEmpty() || s.userId.isEmpty())
        return Error{QStringLiteral("sync.malformed"), Tr::tr("The server's answer to the sign-in has no token.")};
    return s;
}

Result<QString> DeskSync::registerDesk(SyncTransport &transport, const QString &token, const QString &tenant, const QString &clientId,
                                       const QString &wanted)
{
    QJsonObject body{{QStringLiteral("tenant"), tenant}, {QStringLiteral("clientId"), clientId}};
    if (!wanted.isEmpty())
        body.insert(QStringLiteral("code"), wanted);
    const SyncReply reply = transport.post(QString::fromLatin1(SyncProtocol::RegisterPath), body, token);
    if (!reply.ok())
        return replyError(reply, Tr::tr("registering this desk"));
    const QString code = reply.body.value(QStringLiteral("code")).toString();
    if (code.isEmpty())
        return Error{QStringLiteral("sync.malformed"), Tr::tr("The server gave this desk no code.")};
    return code;
}

Result<DeskSync::Settings> DeskSync::join(SyncTransport &transport, const QString &server, const QString &tenant, const SignIn &signIn,
                                          const QString &login, const QString &clientId, const QString &path, const QString &wantedCode,
                                          int scopeMonths)
{
    Result<QString> code = registerDesk(transport, signIn.token, tenant, clientId, wantedCode);
    if (!code)
        return code.error();
    Result<std::pair<qint64, QString>> snapshot = downloadSnapshot(transport, signIn.token, tenant, path, scopeMonths);
    if (!snapshot)
        return snapshot.error();
    return Settings{server, tenant, login, signIn.userId, signIn.token, clientId, code.value(), snapshot->second, snapshot->first, scopeMonths};
}

Result<std::pair<qint64, QString>> DeskSync::downloadSnapshot(SyncTransport &transport, const QString &token, const QString &tenant,
                                                                const QString &path, int scopeMonths)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("tenant"), tenant);
    if (scopeMonths > 0)
        q.addQueryItem(QStringLiteral("months"), QString::number(scopeMonths));
    const QString part = path + QStringLiteral(".part");
    const SyncReply reply = transport.download(QString::fromLatin1(SyncProtocol::SnapshotPath) + u'?' + q.toString(QUrl::FullyEncoded), token, part);
    if (!reply.ok()) {
        QFile::remove(part);
        return replyError(reply, Tr::tr("fetching the municipality's data"));
    }
    bool numeric = false;
    const qint64 cursor = reply.headers.value("x-civicdesk-cursor").toLongLong(&numeric);
    const QString epoch = QString::fromLatin1(reply.headers.value("x-civicdesk-epoch"));
    if (!numeric || epoch.isEmpty() || QFileInfo(part).size() == 0) {
        QFile::remove(part);
        return Error{QStringLiteral("sync.malformed"), Tr::tr("The server's copy of the data came without its cursor.")};
    }
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return Error{QStringLiteral("sync.snapshot-write"), Tr::tr("The data could not be written to %1.").arg(path)};
    return std::pair<qint64, QString>{cursor, epoch};
}

Result<DeskSync::Restart> DeskSync::restartFromServer(SyncTransport &transport, const QString &path)
{
    Settings old;
    qint64 answeredUpTo = 0;
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db)
            return db.error();
        CommandRunner runner(*db.value());
        DeskSync sync(*db.value(), runner);
        if (!sync.isSynced())
            return Error{QStringLiteral("sync.not-synced"), Tr::tr("%1 is not a desk that works with a server.").arg(path)};
        old = sync.settings();
        const QList<OutboxEntry> waiting = sync.m_store.outbox();
        // Everything before the first waiting change was answered by the server of the old data.
        answeredUpTo = waiting.isEmpty() ? sync.lastMutationId() : waiting.first().mutationId - 1;
    }
    if (old.token.isEmpty())
        return Error{QStringLiteral("auth.signed-out"), Tr::tr("Sign in first: the server's new data is fetched in your name.")};
    const QString fresh = path + QStringLiteral(".new");
    QFile::remove(fresh);
    Result<std::pair<qint64, QString>> snapshot = downloadSnapshot(transport, old.token, old.tenant, fresh, old.scopeMonths);
    if (!snapshot)
        return snapshot.error();
    const auto discard = [&](const Error &e) -> Result<Restart> {
        Database::removeFiles(fresh);
        return e;
    };
    const SyncReply resumed = transport.post(QString::fromLatin1(SyncProtocol::ResumePath),
                                             {{QStringLiteral("tenant"), old.tenant},
                                              {QStringLiteral("clientId"), old.clientId},
                                              {QStringLiteral("schemaVersion"), Database::currentSchemaVersion},
                                              {QStringLiteral("after"), answeredUpTo}},
                                             old.token);
    if (!resumed.ok())
        return discard(replyError(resumed, Tr::tr("starting again on the server's new data")));
    Restart result;
    result.cursor = snapshot->first;
    {
        Result<std::unique_ptr<Database>> db = Database::open(fresh);
        if (!db)
            return discard(db.error());
        CommandRunner runner(*db.value());
        DeskSync sync(*db.value(), runner);
        if (Status st = sync.m_store.carryLocalState(path); !st)
            return discard(st.error());
        Settings next = old;
        next.epoch = snapshot->second;
        next.cursor = snapshot->first;
        if (Status st = sync.adopt(next); !st)
            return discard(st.error());
        // The waiting changes again, on the server's new data: a rebase on no rows, nothing answered yet.
        result.carried = sync.waiting();
        PullResult rebased;
        if (Status st = db.value()->transaction([&] { return sync.rebase({}, 0, {}, rebased); }); !st)
            return discard(st.error());
        result.rerun = rebased.rerun;
        // A partial replica's new copy holds its scope; what it had fetched on demand is fetched again.
        if (const QStringList kept = sync.pinned(); !kept.isEmpty()) {
            if (Result<QStringList> again = sync.fetchRequests(transport, {kept, {}, {}}); !again)
                return discard(again.error());
        }
    }
    QString tag = old.epoch;
    tag.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")));
    const QString kept = path + QStringLiteral(".before-") + (tag.isEmpty() ? QStringLiteral("restore") : tag);
    result.keptAs = kept;
    for (int i = 2; QFileInfo::exists(result.keptAs); ++i)
        result.keptAs = kept + QStringLiteral("-%1").arg(i);
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return discard(Error{QStringLiteral("sync.file-in-use"), Tr::tr("%1 is still open elsewhere; close it and try again.").arg(path)});
    if (Status st = Database::replaceFile(path, fresh, result.keptAs); !st)
        return discard(st.error());
    return result;
}

} // namespace CivicDesk
