// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenactivityquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"

namespace CivicDesk {
namespace {

constexpr const char *requestColumns =
    "r.id, r.tracking_number, r.service_type_id, r.status, r.channel, r.created_at, r.due_at, r.closed_at, r.address, "
    "r.satisfaction, r.accuracy, r.citizen_id";

CitizenActivityQuery::Request readRequest(const Statement &s)
{
    CitizenActivityQuery::Request r;
    r.id = s.text(0);
    r.trackingNumber = s.text(1);
    r.typeId = s.text(2);
    r.status = requestStatusFromCode(s.text(3)).value_or(RequestStatus::New);
    r.channel = channelFromCode(s.text(4)).value_or(Channel::Phone);
    r.createdAt = s.int64(5);
    r.dueAt = s.isNull(6) ? 0 : s.int64(6);
    r.closedAt = s.isNull(7) ? 0 : s.int64(7);
    r.address = s.text(8);
    r.satisfaction = s.isNull(9) ? 0 : int(s.int64(9));
    if (!s.isNull(10))
        r.accuracy = accuracyRatingFromCode(s.text(10));
    r.citizenId = s.text(11);
    return r;
}

} // namespace

QList<CitizenActivityQuery::Request> CitizenActivityQuery::requests(const QString &citizenId) const
{
    const QByteArray own = QByteArray("SELECT ") + requestColumns + " FROM service_request r WHERE r.citizen_id = ? ORDER BY r.created_at DESC";
    const QByteArray also = QByteArray("SELECT ") + requestColumns +
        " FROM request_reporter rr JOIN service_request r ON r.id = rr.request_id WHERE rr.citizen_id = ? ORDER BY r.created_at DESC";
    QList<Request> out;
    for (const QByteArray &sql : {own, also}) {
        Statement s(m_db, sql.constData());
        s.bind(1, citizenId);
        while (s.step())
            out.append(readRequest(s));
    }
    return out;
}

QList<CitizenActivityQuery::Rating> CitizenActivityQuery::ratings(const QString &citizenId) const
{
    Statement s(m_db, "SELECT e.at, e.to_value, e.body, r.id, r.tracking_number FROM service_request r "
                                     "JOIN request_event e ON e.request_id = r.id WHERE r.citizen_id = ? AND e.kind = 'rating' "
                                     "AND r.satisfaction IS NOT NULL ORDER BY e.at");
    s.bind(1, citizenId);
    QList<Rating> out;
    while (s.step())
        out.append({s.int64(0), s.text(1), s.text(2), s.text(3), s.text(4)});
    return out;
}

QList<CitizenActivityQuery::CallRow> CitizenActivityQuery::calls(const QString &citizenId) const
{
    Statement s(m_db, "SELECT c.id, c.caller_number, c.started_at, c.ended_at, "
                                     "(SELECT group_concat(r.tracking_number || ':' || cr.relation, ' ') FROM call_request cr "
                                     " JOIN service_request r ON r.id = cr.request_id WHERE cr.call_id = c.id), "
                                     "(SELECT count(*) FROM call_request cr WHERE cr.call_id = c.id AND cr.relation = 'filed'), c.outcome, c.outcome_note "
                                     "FROM phone_call c WHERE c.citizen_id = ? ORDER BY c.started_at DESC");
    s.bind(1, citizenId);
    QList<CallRow> out;
    while (s.step()) {
        CallRow c;
        c.id = s.text(0);
        c.callerNumber = s.text(1);
        c.startedAt = s.int64(2);
        c.endedAt = s.isNull(3) ? 0 : s.int64(3);
        for (const QString &part : s.text(4).split(u' ', Qt::SkipEmptyParts))
            c.requests.append({part.section(u':', 0, 0), part.section(u':', 1)});
        c.filed = int(s.int64(5));
        c.outcome = callOutcomeFromCode(s.text(6));
        c.outcomeNote = s.text(7);
        out.append(c);
    }
    return out;
}

QList<CitizenActivityQuery::NotificationRow> CitizenActivityQuery::notifications(const QString &citizenId, int limit) const
{
    Statement s(m_db, "SELECT n.created_at, n.channel, n.kind, n.status, n.body, n.request_id, n.last_error, n.delivery FROM notification n "
                                     "WHERE n.citizen_id = ? ORDER BY n.created_at DESC LIMIT ?");
    s.bind(1, citizenId);
    s.bind(2, limit);
    QList<NotificationRow> out;
    while (s.step())
        out.append({s.int64(0), contactChannelFromCode(s.text(1)).value_or(ContactChannel::Sms), s.text(2), s.text(3), s.text(4), s.text(5),
                       s.text(6), s.text(7)});
    return out;
}

QList<std::pair<qint64, QString>> CitizenActivityQuery::merges(const QString &citizenId) const
{
    Statement s(m_db, "SELECT at, merged_record FROM citizen_merge WHERE survivor_id = ? ORDER BY at");
    s.bind(1, citizenId);
    QList<std::pair<qint64, QString>> out;
    while (s.step())
        out.append({s.int64(0), s.text(1)});
    return out;
}

} // namespace CivicDesk
