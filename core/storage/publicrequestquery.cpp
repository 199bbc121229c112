// SPDX-License-Identifier: GPL-3.0-or-later
#include "publicrequestquery.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

namespace CivicDesk {
namespace {

constexpr char columns[] =
    "SELECT r.id, r.tracking_number, coalesce(r.external_id,''), r.channel, r.status, r.status_notes, t.code, t.name, "
    "coalesce(d.name,''), r.description, r.address, r.media_url, r.attributes, coalesce(dup.tracking_number,''), "
    "coalesce(cl.tracking_number,''), r.priority, r.created_at, r.updated_at, coalesce(r.due_at,0), coalesce(r.closed_at,0), r.lat, r.lon "
    "FROM service_request r JOIN service_type t ON t.id = r.service_type_id "
    "LEFT JOIN department d ON d.id = r.department_id "
    "LEFT JOIN service_request dup ON dup.id = r.duplicate_of "
    "LEFT JOIN service_request cl ON cl.id = r.cluster_id AND r.cluster_id <> r.id ";

constexpr char openStatuses[] = "('new','accepted','assigned','in_progress','on_hold','reopened')";

PublicRequest read(const Statement &s)
{
    PublicRequest r;
    r.id = s.text(0);
    r.trackingNumber = s.text(1);
    r.externalId = s.text(2);
    r.channel = channelFromCode(s.text(3)).value_or(Channel::Phone);
    r.status = requestStatusFromCode(s.text(4)).value_or(RequestStatus::New);
    r.statusNotes = s.text(5);
    r.typeCode = s.text(6);
    r.typeNameJson = s.text(7);
    r.departmentNameJson = s.text(8);
    r.description = s.text(9);
    r.address = s.text(10);
    r.mediaUrl = s.text(11);
    r.attributesJson = s.text(12);
    r.duplicateOfNumber = s.text(13);
    r.clusterNumber = s.text(14);
    r.priority = Priority(std::clamp(int(s.int64(15)), 1, 5));
    r.createdAt = s.int64(16);
    r.updatedAt = s.int64(17);
    r.dueAt = s.int64(18);
    r.closedAt = s.int64(19);
    r.located = !s.isNull(20) && !s.isNull(21);
    r.lat = s.real(20);
    r.lon = s.real(21);
    return r;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

} // namespace

PublicRequestQuery::PublicRequestQuery(Database &db)
    : m_db(db)
{
}

QList<PublicRequest> PublicRequestQuery::find(const PublicRequestFilter &f)
{
    QString sql = QString::fromLatin1(columns) + QStringLiteral("WHERE true");
    QList<QVariant> args;
    if (!f.numbers.isEmpty()) {
        sql += QStringLiteral(" AND (r.tracking_number IN (%1) OR r.external_id IN (%1))").arg(placeholders(f.numbers.size()));
        for (int pass = 0; pass < 2; ++pass)
            for (const QString &n : f.numbers)
                args.append(n);
    }
    if (!f.typeCodes.isEmpty()) {
        sql += QStringLiteral(" AND t.code IN (%1)").arg(placeholders(f.typeCodes.size()));
        for (const QString &c : f.typeCodes)
            args.append(c);
    }
    if (f.open)
        sql += QStringLiteral(" AND r.status %1 IN %2").arg(*f.open ? QString() : QStringLiteral("NOT"), QString::fromLatin1(openStatuses));
    const auto range = [&](const char *column, qint64 from, qint64 to) {
        if (from > 0) {
            sql += QStringLiteral(" AND r.%1 >= ?").arg(QLatin1String(column));
            args.append(from);
        }
        if (to > 0) {
            sql += QStringLiteral(" AND r.%1 < ?").arg(QLatin1String(column));
            args.append(to);
        }
    };
    range("created_at", f.createdFrom, f.createdTo);
    range("updated_at", f.updatedFrom, f.updatedTo);
    sql += QStringLiteral(" ORDER BY r.created_at DESC, r.id DESC LIMIT ? OFFSET ?");
    args.append(qint64(std::max(0, f.limit)));
    args.append(qint64(std::max(0, f.offset)));
    const QByteArray utf8 = sql.toUtf8();
    Statement s(m_db, utf8.constData());
    s.bindAll(args);
    QList<PublicRequest> out;
    while (s.step())
        out.append(read(s));
    return out;
}

std::optional<PublicRequest> PublicRequestQuery::byNumber(const QString &number)
{
    PublicRequestFilter f;
    f.numbers = {number};
    f.limit = 1;
    const QList<PublicRequest> found = find(f);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<PublicRequest> PublicRequestQuery::byId(const QString &id)
{
    const QByteArray sql = QByteArray(columns) + "WHERE r.id = ?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return read(s);
}

QList<RequestEvent> PublicRequestQuery::publicHistory(const QString &requestId)
{
    return publicHistories({requestId}).value(requestId);
}

QHash<QString, QList<RequestEvent>> PublicRequestQuery::publicHistories(const QStringList &requestIds)
{
    QHash<QString, QList<RequestEvent>> out;
    if (requestIds.isEmpty())
        return out;
    // Status changes carry the note said to the citizen; notes count only when the public wrote them (their
    // actor is a channel: an app's update, a citizen's e-mail), never a member of staff's.
    const QString sql = QStringLiteral("SELECT id, request_id, kind, at, actor_id, from_value, to_value, body FROM request_event "
                                       "WHERE request_id IN (%1) AND (kind IN ('created','status_change') "
                                       "OR (kind = 'note' AND actor_id IN ('web','mobile_app','email','open311'))) "
                                       "ORDER BY request_id, at, id")
                            .arg(placeholders(requestIds.size()));
    const QByteArray utf8 = sql.toUtf8();
    Statement s(m_db, utf8.constData());
    QList<QVariant> args;
    for (const QString &id : requestIds)
        args.append(id);
    s.bindAll(args);
    while (s.step()) {
        RequestEvent e;
        e.id = s.text(0);
        e.requestId = s.text(1);
        e.kind = eventKindFromCode(s.text(2)).value_or(EventKind::Note);
        e.at = s.int64(3);
        e.actorId = s.text(4);
        e.fromValue = s.text(5);
        e.toValue = s.text(6);
        e.body = s.text(7);
        out[e.requestId].append(e);
    }
    return out;
}

} // namespace CivicDesk
