// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestrepository.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/domain/idgenerator.h"
#include "core/storage/searchindexer.h"
#include "core/text/addresskey.h"
#include "core/text/localdays.h"
#include "core/util/tr.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

namespace CivicDesk {
namespace {

constexpr const char *requestSelect =
    "SELECT id, tenant_id, tracking_number, external_id, channel, citizen_id, service_type_id, attributes, description, "
    "lat, lon, address, district_id, priority, urgency, emergency, status, status_notes, department_id, crew_id, "
    "assignee_id, due_at, created_at, closed_at, duplicate_of, cluster_id, accuracy, satisfaction, satisfaction_comment, "
    "media_url, updated_at, updated_by, ifnull(target_ms, 0), ifnull(hold_remaining_ms, -1), escalation_level, "
    "ifnull(next_escalation_at, 0), ifnull(recurrence_of, ''), ifnull(base_priority, 0) FROM service_request ";

/// The working state from parameter @p first on; what is not known is NULL, as in rows of before schema 5.
void bindWork(Statement &s, int first, const RequestWork &w)
{
    const auto optional = [&](int index, qint64 value, qint64 none) {
        if (value == none)
            s.bindNull(index);
        else
            s.bind(index, value);
    };
    optional(first, w.targetMs, 0);
    optional(first + 1, w.holdRemainingMs, -1);
    s.bind(first + 2, w.escalationLevel);
    optional(first + 3, w.nextEscalationAt, 0);
    s.bindOptional(first + 4, w.recurrenceOf);
    optional(first + 5, w.basePriority, 0);
}

QString attributesToJson(const QMap<QString, QString> &attributes)
{
    QJsonObject o;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

RequestRepository::RequestRepository(Database &db)
    : m_db(db)
    , m_insert(db,
               "INSERT INTO service_request(id, tenant_id, tracking_number, external_id, channel, citizen_id, service_type_id, "
               "attributes, description, lat, lon, address, district_id, priority, urgency, emergency, status, status_notes, "
               "department_id, crew_id, assignee_id, due_at, created_at, closed_at, duplicate_of, cluster_id, accuracy, "
               "satisfaction, satisfaction_comment, media_url, updated_at, updated_by, tracking_key, "
               "target_ms, hold_remaining_ms, escalation_level, next_escalation_at, recurrence_of, base_priority, address_key) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_insertText(db, "INSERT INTO request_text(rowid, body) VALUES (?, ?)")
    , m_insertEvent(db,
                    "INSERT INTO request_event(id, request_id, kind, at, actor_id, from_value, to_value, body, message) VALUES (?,?,?,?,?,?,?,?,?)")
    , m_insertReporter(db,
                       "INSERT INTO request_reporter(request_id, citizen_id, call_id, added_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING")
    , m_byExternalId(db, "SELECT id FROM service_request WHERE external_id = ?")
{
}

RequestRepository::Derived RequestRepository::derive(const ServiceRequest &r)
{
    Derived d = deriveText(r.description, r.address);
    d.trackingKey = trackingKeyOf(r.trackingNumber);
    if (!r.attributes.isEmpty())
        d.attributesJson = attributesToJson(r.attributes);
    return d;
}

RequestRepository::Derived RequestRepository::deriveText(const QString &description, const QString &address)
{
    return {SearchIndexer::requestText(description, address), {}, QStringLiteral("{}"), AddressKey::of(address)};
}

QString RequestRepository::trackingKeyOf(const QString &trackingNumber)
{
    return SearchIndexer::trackingKey(trackingNumber);
}

Status RequestRepository::insert(const ServiceRequest &r)
{
    return insert(r, derive(r));
}

Status RequestRepository::insert(const ServiceRequest &r, const Derived &derived)
{
    Statement &s = *m_insert;
    s.bind(1, r.id);
    s.bind(2, r.tenantId);
    s.bind(3, r.trackingNumber);
    s.bindOptional(4, r.externalId);
    s.bind(5, toCode(r.channel));
    s.bindOptional(6, r.citizenId);
    s.bind(7, r.serviceTypeId);
    s.bind(8, derived.attributesJson);
    s.bind(9, r.description);
    if (r.location.isValid()) {
        s.bind(10, r.location.latitude());
        s.bind(11, r.location.longitude());
    } else {
        s.bindNull(10);
        s.bindNull(11);
    }
    s.bind(12, r.address);
    s.bindOptional(13, r.districtId);
    s.bind(14, int(r.priority));
    s.bind(15, r.urgency);
    s.bind(16, r.emergency ? 1 : 0);
    s.bind(17, toCode(r.status));
    s.bind(18, r.statusNotes);
    s.bindOptional(19, r.departmentId);
    s.bindOptional(20, r.crewId);
    s.bindOptional(21, r.assigneeId);
    if (r.dueAt > 0)
        s.bind(22, r.dueAt);
    else
        s.bindNull(22);
    s.bind(23, r.createdAt);
    if (r.closedAt > 0)
        s.bind(24, r.closedAt);
    else
        s.bindNull(24);
    s.bindOptional(25, r.duplicateOf);
    s.bindOptional(26, r.clusterId);
    if (r.accuracy)
        s.bind(27, toCode(*r.accuracy));
    else
        s.bindNull(27);
    if (r.satisfaction > 0)
        s.bind(28, r.satisfaction);
    else
        s.bindNull(28);
    s.bind(29, r.satisfactionComment);
    s.bind(30, r.mediaUrl);
    s.bind(31, r.stamp.updatedAt);
    s.bind(32, r.stamp.updatedBy);
    s.bind(33, derived.trackingKey);
    bindWork(s, 34, r.work);
    s.bind(40, derived.addressKey);
    if (!s.exec()) {
        if (m_db.lastFailureWasDuplicate())
            return Error{QStringLiteral("request.duplicate-tracking"),
                         Tr::tr("Tracking number %1 is already in use.").arg(r.trackingNumber)};
        return m_db.lastError(Tr::tr("saving request %1").arg(r.trackingNumber));
    }
    if (!derived.text.isEmpty() && !m_db.isPostgres()) { // the words are searched on the desks, not on the server
        const qint64 rowid = m_db.lastInsertLocalId();
        if (m_textBatched) {
            m_pendingText.emplace_back(rowid, derived.text);
            return {};
        }
        m_insertText->bind(1, rowid);
        m_insertText->bind(2, derived.text);
        if (!m_insertText->exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    return {};
}

void RequestRepository::batchSearchText(bool on)
{
    m_textBatched = on;
    m_pendingText.clear();
}

Status RequestRepository::writeSearchText()
{
    for (const auto &[rowid, text] : m_pendingText) {
        m_insertText->bind(1, rowid);
        m_insertText->bind(2, text);
        if (!m_insertText->exec())
            return m_db.lastError(Tr::tr("updating the search index"));
    }
    m_pendingText.clear();
    return {};
}

ServiceRequest RequestRepository::read(const Statement &s) const
{
    ServiceRequest r;
    r.id = s.text(0);
    r.tenantId = s.text(1);
    r.trackingNumber = s.text(2);
    r.externalId = s.text(3);
    r.channel = channelFromCode(s.text(4)).value_or(Channel::Phone);
    r.citizenId = s.text(5);
    r.serviceTypeId = s.text(6);
    const QJsonObject attrs = QJsonDocument::fromJson(s.text(7).toUtf8()).object();
    for (auto it = attrs.begin(); it != attrs.end(); ++it)
        r.attributes.insert(it.key(), it.value().toString());
    r.description = s.text(8);
    if (!s.isNull(9) && !s.isNull(10))
        r.location = QGeoCoordinate(s.real(9), s.real(10));
    r.address = s.text(11);
    r.districtId = s.text(12);
    r.priority = Priority(std::clamp(int(s.int64(13)), 1, 5));
    r.urgency = int(s.int64(14));
    r.emergency = s.int64(15) != 0;
    r.status = requestStatusFromCode(s.text(16)).value_or(RequestStatus::New);
    r.statusNotes = s.text(17);
    r.departmentId = s.text(18);
    r.crewId = s.text(19);
    r.assigneeId = s.text(20);
    r.dueAt = s.int64(21);
    r.createdAt = s.int64(22);
    r.closedAt = s.int64(23);
    r.duplicateOf = s.text(24);
    r.clusterId = s.text(25);
    if (!s.isNull(26))
        r.accuracy = accuracyRatingFromCode(s.text(26));
    r.satisfaction = int(s.int64(27));
    r.satisfactionComment = s.text(28);
    r.mediaUrl = s.text(29);
    r.stamp = {s.int64(30), s.text(31)};
    r.work = {s.int64(32), s.int64(33), int(s.int64(34)), s.int64(35), s.text(36), int(s.int64(37))};
    return r;
}

std::optional<ServiceRequest> RequestRepository::get(const QString &id) const
{
    Statement s(m_db, (QByteArray(requestSelect) + "WHERE id = ?").constData());
    s.bind(1, id);
    if (s.step())
        return read(s);
    return std::nullopt;
}

RequestWork RequestRepository::work(const QString &id) const
{
    Statement s(m_db, "SELECT ifnull(target_ms, 0), ifnull(hold_remaining_ms, -1), escalation_level, ifnull(next_escalation_at, 0), "
                                     "ifnull(recurrence_of, ''), ifnull(base_priority, 0) FROM service_request WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return {};
    return {s.int64(0), s.int64(1), int(s.int64(2)), s.int64(3), s.text(4), int(s.int64(5))};
}

Status RequestRepository::updateStatus(const ServiceRequest &r)
{
    Statement s(m_db, "UPDATE service_request SET status = ?, status_notes = ?, due_at = ?, closed_at = ?, accuracy = ?, "
                                     "updated_at = ?, updated_by = ?, target_ms = ?, hold_remaining_ms = ?, escalation_level = ?, "
                                     "next_escalation_at = ?, recurrence_of = ?, base_priority = ? WHERE id = ?");
    s.bind(1, toCode(r.status));
    s.bind(2, r.statusNotes);
    if (r.dueAt > 0)
        s.bind(3, r.dueAt);
    else
        s.bindNull(3);
    if (r.closedAt > 0)
        s.bind(4, r.closedAt);
    else
        s.bindNull(4);
    if (r.accuracy)
        s.bind(5, toCode(*r.accuracy));
    else
        s.bindNull(5);
    s.bind(6, r.stamp.updatedAt);
    s.bind(7, r.stamp.updatedBy);
    bindWork(s, 8, r.work);
    s.bind(14, r.id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("changing the status of %1").arg(r.trackingNumber));
    return {};
}

std::optional<RequestRepository::ClusterTally> RequestRepository::clusterTally(const QString &masterId) const
{
    Statement s(m_db, "SELECT r.priority, ifnull(r.base_priority, r.priority), t.cluster_step, t.cluster_cap, "
                                     "(SELECT count(DISTINCT c) FROM (SELECT citizen_id AS c FROM request_reporter WHERE request_id = r.id "
                                     " UNION SELECT rr.citizen_id FROM service_request m JOIN request_reporter rr ON rr.request_id = m.id "
                                     " WHERE m.cluster_id = r.id) reporters) "
                                     "FROM service_request r JOIN service_type t ON t.id = r.service_type_id WHERE r.id = ?");
    s.bind(1, masterId);
    if (!s.step())
        return std::nullopt;
    return ClusterTally{int(s.int64(0)), int(s.int64(1)), std::max<int>(1, int(s.int64(2))), int(s.int64(3)), int(s.int64(4))};
}

bool RequestRepository::hasExternalId(const QString &externalId)
{
    return idByExternalId(externalId).has_value();
}

std::optional<QString> RequestRepository::idByExternalId(const QString &externalId)
{
    Statement &s = *m_byExternalId;
    s.bind(1, externalId);
    std::optional<QString> id;
    if (s.step())
        id = s.text(0);
    s.reset();
    return id;
}

Status RequestRepository::raiseToEmergency(const QString &id, const ChangeStamp &stamp)
{
    Statement s(m_db, "UPDATE service_request SET emergency = 1, priority = 5, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bind(1, stamp.updatedAt);
    s.bind(2, stamp.updatedBy);
    s.bind(3, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("raising the priority"));
    return {};
}

QStringList RequestRepository::openClusterMembers(const QString &masterId) const
{
    Statement s(m_db, "SELECT id FROM service_request WHERE cluster_id = ? AND id <> ? AND closed_at IS NULL");
    s.bind(1, masterId);
    s.bind(2, masterId);
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    return out;
}

Status RequestRepository::closeWithMaster(const QString &memberId, const ChangeStamp &stamp)
{
    Statement s(m_db, "UPDATE service_request SET closed_at = ?, next_escalation_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bind(1, stamp.updatedAt);
    s.bind(2, stamp.updatedAt);
    s.bind(3, stamp.updatedBy);
    s.bind(4, memberId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("closing a request with its cluster"));
    return {};
}

Status RequestRepository::joinCluster(const QString &requestId, const QString &root, const QString &citizenId, const ChangeStamp &stamp)
{
    // A member is done with, but closes with its master.
    Statement up(m_db, "UPDATE service_request SET status = 'duplicate', duplicate_of = ?, cluster_id = ?, closed_at = NULL, "
                                      "next_escalation_at = NULL, updated_at = ?, updated_by = ? WHERE id = ?");
    up.bind(1, root);
    up.bind(2, root);
    up.bind(3, stamp.updatedAt);
    up.bind(4, stamp.updatedBy);
    up.bind(5, requestId);
    Statement move(m_db, "UPDATE service_request SET cluster_id = ?, duplicate_of = ? WHERE cluster_id = ?");
    move.bind(1, root);
    move.bind(2, root);
    move.bind(3, requestId);
    Statement master(m_db, "UPDATE service_request SET cluster_id = ? WHERE id = ?");
    master.bind(1, root);
    master.bind(2, root);
    Statement reporters(m_db, "INSERT INTO request_reporter(request_id, citizen_id, call_id, added_at) "
                                             "SELECT ?, citizen_id, call_id, ? FROM request_reporter WHERE request_id = ? ON CONFLICT DO NOTHING");
    reporters.bind(1, root);
    reporters.bind(2, stamp.updatedAt);
    reporters.bind(3, requestId);
    if (!up.exec() || !move.exec() || !master.exec() || !reporters.exec())
        return m_db.lastError(Tr::tr("joining a request to its cluster"));
    if (!citizenId.isEmpty())
        return addReporter(root, citizenId, {}, stamp.updatedAt);
    return {};
}

QList<RequestRepository::Placed> RequestRepository::closedInBox(const QString &typeId, qint64 from, qint64 to, double south, double west,
                                                                 double north, double east) const
{
    Statement s(m_db, "SELECT id, lat, lon FROM service_request INDEXED BY service_request_type_closed "
                                     "WHERE service_type_id = ? AND closed_at >= ? AND closed_at <= ? AND status IN ('closed','resolved') "
                                     "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ORDER BY closed_at DESC");
    s.bind(1, typeId);
    s.bind(2, from);
    s.bind(3, to);
    s.bind(4, south);
    s.bind(5, north);
    s.bind(6, west);
    s.bind(7, east);
    QList<Placed> out;
    while (s.step())
        out.append({s.text(0), s.real(1), s.real(2)});
    return out;
}

std::optional<RequestRepository::LadderRow> RequestRepository::ladderRow(const QString &id) const
{
    Statement s(m_db, "SELECT id, tenant_id, tracking_number, ifnull(department_id, ''), ifnull(assignee_id, ''), status, "
                                                  "ifnull(due_at, 0), ifnull(target_ms, 0), escalation_level, ifnull(next_escalation_at, 0) "
                                                  "FROM service_request WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return LadderRow{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), requestStatusFromCode(s.text(5)).value_or(RequestStatus::New),
                     s.int64(6), s.int64(7), int(s.int64(8)), s.int64(9)};
}

QStringList RequestRepository::ladderDue(qint64 now, int limit) const
{
    Statement s(m_db, "SELECT id FROM service_request INDEXED BY service_request_escalation "
                                     "WHERE next_escalation_at IS NOT NULL AND next_escalation_at <= ? ORDER BY next_escalation_at LIMIT ?");
    s.bind(1, now);
    s.bind(2, limit);
    QStringList out;
    while (s.step())
        out.append(s.text(0));
    return out;
}

Status RequestRepository::updateLadder(const QString &id, int level, qint64 nextAt)
{
    Statement s(m_db, "UPDATE service_request SET escalation_level = ?, next_escalation_at = ? WHERE id = ?");
    s.bind(1, level);
    if (nextAt > 0)
        s.bind(2, nextAt);
    else
        s.bindNull(2);
    s.bind(3, id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("running the escalation ladder"));
    return {};
}

QHash<QString, int> RequestRepository::filedPerType(const QStringList &typeIds, qint64 since) const
{
    QHash<QString, int> out;
    Statement s(m_db, "SELECT count(*) FROM service_request WHERE service_type_id = ? AND created_at >= ?");
    for (const QString &id : typeIds) {
        s.bind(1, id);
        s.bind(2, since);
        if (s.step())
            out.insert(id, int(s.int64(0)));
        s.reset();
    }
    return out;
}

QHash<QString, int> RequestRepository::recurrencesByDepartment(qint64 since) const
{
    QHash<QString, int> out;
    Statement s(m_db, "SELECT o.department_id, count(*) FROM service_request r INDEXED BY service_request_recurrence "
                                     "JOIN service_request o ON o.id = r.recurrence_of WHERE r.recurrence_of IS NOT NULL AND r.created_at >= ? "
                                     "GROUP BY o.department_id");
    s.bind(1, since);
    while (s.step())
        out.insert(s.text(0), int(s.int64(1)));
    return out;
}

Status RequestRepository::updateRouting(const ServiceRequest &r)
{
    Statement s(m_db, "UPDATE service_request SET department_id = ?, crew_id = ?, assignee_id = ?, updated_at = ?, updated_by = ? "
                                     "WHERE id = ?");
    s.bindOptional(1, r.departmentId);
    s.bindOptional(2, r.crewId);
    s.bindOptional(3, r.assigneeId);
    s.bind(4, r.stamp.updatedAt);
    s.bind(5, r.stamp.updatedBy);
    s.bind(6, r.id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("rerouting %1").arg(r.trackingNumber));
    return {};
}

Status RequestRepository::updateAssignment(const ServiceRequest &r)
{
    // The department is not written: an assignment leaves the figures kept per department alone.
    Statement s(m_db, "UPDATE service_request SET crew_id = ?, assignee_id = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bindOptional(1, r.crewId);
    s.bindOptional(2, r.assigneeId);
    s.bind(3, r.stamp.updatedAt);
    s.bind(4, r.stamp.updatedBy);
    s.bind(5, r.id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("assigning %1").arg(r.trackingNumber));
    return {};
}

Status RequestRepository::updatePriority(const QString &id, Priority priority, int basePriority, const ChangeStamp &stamp)
{
    Statement s(m_db, "UPDATE service_request SET priority = ?, base_priority = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bindAll({int(priority), basePriority, stamp.updatedAt, stamp.updatedBy, id});
    if (!s.exec())
        return m_db.lastError(Tr::tr("raising the priority"));
    return {};
}

Status RequestRepository::updateSatisfaction(const ServiceRequest &r)
{
    Statement s(m_db, "UPDATE service_request SET satisfaction = ?, satisfaction_comment = ?, updated_at = ?, updated_by = ? "
                                     "WHERE id = ?");
    if (r.satisfaction > 0)
        s.bind(1, r.satisfaction);
    else
        s.bindNull(1);
    s.bind(2, r.satisfactionComment);
    s.bind(3, r.stamp.updatedAt);
    s.bind(4, r.stamp.updatedBy);
    s.bind(5, r.id);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording the rating of %1").arg(r.trackingNumber));
    return {};
}

QList<AccuracyRating> RequestRepository::accuracyRatingsOf(const QString &citizenId) const
{
    Statement s(m_db, "SELECT accuracy FROM service_request WHERE citizen_id = ? AND accuracy IS NOT NULL");
    s.bind(1, citizenId);
    QList<AccuracyRating> ratings;
    while (s.step())
        if (const auto a = accuracyRatingFromCode(s.text(0)))
            ratings.append(*a);
    return ratings;
}

std::optional<ServiceRequest> RequestRepository::getByLocalId(qint64 localId) const
{
    Statement s(m_db, (QByteArray(requestSelect) + "WHERE local_id = ?").constData());
    s.bind(1, localId);
    if (s.step())
        return read(s);
    return std::nullopt;
}

std::optional<ServiceRequest> RequestRepository::byTrackingNumber(const QString &trackingNumber) const
{
    Statement s(m_db, (QByteArray(requestSelect) + "WHERE tracking_key = ?").constData());
    s.bind(1, SearchIndexer::trackingKey(trackingNumber));
    if (s.step())
        return read(s);
    return std::nullopt;
}

qint64 RequestRepository::count() const
{
    return m_db.countedRows("service_request");
}

Status RequestRepository::appendEvent(const RequestEvent &e)
{
    m_insertEvent->bind(1, e.id);
    m_insertEvent->bind(2, e.requestId);
    m_insertEvent->bind(3, toCode(e.kind));
    m_insertEvent->bind(4, e.at);
    m_insertEvent->bind(5, e.actorId);
    m_insertEvent->bind(6, e.fromValue);
    m_insertEvent->bind(7, e.toValue);
    m_insertEvent->bind(8, e.body);
    m_insertEvent->bind(9, e.message.toJson());
    if (!m_insertEvent->exec())
        return m_db.lastError(Tr::tr("saving the request history"));
    return {};
}

QList<RequestEvent> RequestRepository::events(const QString &requestId) const
{
    QList<RequestEvent> out;
    Statement s(m_db,
                      "SELECT id, request_id, kind, at, actor_id, from_value, to_value, body, message FROM request_event "
                      "WHERE request_id = ? ORDER BY at, id");
    s.bind(1, requestId);
    while (s.step()) {
        out.append({s.text(0), s.text(1), eventKindFromCode(s.text(2)).value_or(EventKind::Note), s.int64(3), s.text(4),
                    s.text(5), s.text(6), s.text(7), Message::fromJson(s.text(8))});
    }
    return out;
}

Status RequestRepository::addReporter(const QString &requestId, const QString &citizenId, const QString &callId, qint64 at)
{
    Statement &s = *m_insertReporter;
    s.bind(1, requestId);
    s.bind(2, citizenId);
    s.bindOptional(3, callId);
    s.bind(4, at);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a reporter"));
    return {};
}

QStringList RequestRepository::reporters(const QString &requestId) const
{
    QStringList out;
    Statement s(m_db, "SELECT citizen_id FROM request_reporter WHERE request_id = ? ORDER BY added_at");
    s.bind(1, requestId);
    while (s.step())
        out.append(s.text(0));
    return out;
}

Status RequestRepository::saveAttachment(const Attachment &a)
{
    Statement s(m_db,
                      "INSERT INTO attachment(id, request_id, file_name, mime_type, size, sha256, stored_path, created_at, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, a.id);
    s.bind(2, a.requestId);
    s.bind(3, a.fileName);
    s.bind(4, a.mimeType);
    s.bind(5, a.size);
    s.bind(6, a.sha256);
    s.bind(7, a.storedPath);
    s.bind(8, a.createdAt);
    s.bind(9, a.stamp.updatedAt);
    s.bind(10, a.stamp.updatedBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving an attachment"));
    return {};
}

QList<Attachment> RequestRepository::attachments(const QString &requestId) const
{
    QList<Attachment> out;
    Statement s(m_db,
                      "SELECT id, request_id, file_name, mime_type, size, sha256, stored_path, created_at, updated_at, updated_by "
                      "FROM attachment WHERE request_id = ? ORDER BY created_at");
    s.bind(1, requestId);
    while (s.step()) {
        out.append({s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.text(5), s.text(6), s.int64(7),
                    {s.int64(8), s.text(9)}});
    }
    return out;
}

Status RequestRepository::saveCall(const Call &c)
{
    Statement s(m_db,
                      "INSERT INTO phone_call(id, tenant_id, caller_number, caller_e164, started_at, ended_at, operator_id, "
                      "citizen_id, updated_at, updated_by, outcome, outcome_note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET "
                      "caller_e164=excluded.caller_e164, ended_at=excluded.ended_at, citizen_id=excluded.citizen_id, "
                      "updated_at=excluded.updated_at, updated_by=excluded.updated_by, outcome=excluded.outcome, outcome_note=excluded.outcome_note");
    s.bind(1, c.id);
    s.bind(2, c.tenantId);
    s.bind(3, c.callerNumber);
    s.bindOptional(4, c.callerE164);
    s.bind(5, c.startedAt);
    if (c.endedAt > 0)
        s.bind(6, c.endedAt);
    else
        s.bindNull(6);
    s.bindOptional(7, c.operatorId);
    s.bindOptional(8, c.citizenId);
    s.bind(9, c.stamp.updatedAt);
    s.bind(10, c.stamp.updatedBy);
    s.bindOptional(11, c.outcome ? toCode(*c.outcome) : QString());
    s.bindOptional(12, c.outcomeNote);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving a call"));
    return {};
}

Status RequestRepository::linkCall(const QString &callId, const QString &requestId, const QString &relation)
{
    Statement s(m_db, relation == QLatin1String("looked_at")
                                         ? "INSERT INTO call_request(call_id, request_id, relation) VALUES (?,?,?) ON CONFLICT DO NOTHING"
                                         : "INSERT INTO call_request(call_id, request_id, relation) VALUES (?,?,?) "
                                           "ON CONFLICT(call_id, request_id) DO UPDATE SET relation = excluded.relation");
    s.bind(1, callId);
    s.bind(2, requestId);
    s.bind(3, relation);
    if (!s.exec())
        return m_db.lastError(Tr::tr("linking a call to a request"));
    return {};
}

Status RequestRepository::moveToCitizen(const QString &fromId, const QString &toId, const Message &message, const ChangeStamp &stamp)
{
    const Database &h = m_db;
    const qint64 now = stamp.updatedAt;
    const QString context = Tr::tr("merging citizen records");
    // History on every request that changes hands, before the move.
    QStringList moved;
    {
        Statement list(h, "SELECT id FROM service_request WHERE citizen_id = ? UNION "
                                "SELECT request_id FROM request_reporter WHERE citizen_id = ?");
        list.bind(1, fromId);
        list.bind(2, fromId);
        while (list.step())
            moved.append(list.text(0));
    }
    for (const QString &requestId : std::as_const(moved))
        if (Status st = appendEvent({newRowId(now), requestId, EventKind::Merge, now, stamp.updatedBy, fromId, toId, {}, message}); !st)
            return st;
    for (const char *sql : {"UPDATE service_request SET citizen_id = ?1 WHERE citizen_id = ?2",
                            "INSERT INTO request_reporter(request_id, citizen_id, call_id, added_at) "
                            "SELECT request_id, ?1, call_id, added_at FROM request_reporter WHERE citizen_id = ?2 ON CONFLICT DO NOTHING",
                            "DELETE FROM request_reporter WHERE citizen_id = ?2",
                            "UPDATE phone_call SET citizen_id = ?1 WHERE citizen_id = ?2"}) {
        Statement st(h, sql);
        st.bind(1, toId);
        st.bind(2, fromId);
        if (!st.exec())
            return m_db.lastError(context);
    }
    return {};
}

Status RequestRepository::setCallCitizen(const QString &callId, const QString &citizenId, const ChangeStamp &stamp)
{
    Statement s(m_db, "UPDATE phone_call SET citizen_id = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.bindOptional(1, citizenId);
    s.bind(2, stamp.updatedAt);
    s.bind(3, stamp.updatedBy);
    s.bind(4, callId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("recording the caller of a call"));
    return {};
}

Status RequestRepository::endCall(const QString &callId, std::optional<CallOutcome> outcome, const QString &note, const ChangeStamp &stamp)
{
    Statement s(m_db, "UPDATE phone_call SET ended_at = ?, updated_at = ?, updated_by = ?, outcome = ?, outcome_note = ? "
                                                  "WHERE id = ? AND ended_at IS NULL");
    s.bind(1, stamp.updatedAt);
    s.bind(2, stamp.updatedAt);
    s.bind(3, stamp.updatedBy);
    s.bindOptional(4, outcome ? toCode(*outcome) : QString());
    s.bindOptional(5, note);
    s.bind(6, callId);
    if (!s.exec())
        return m_db.lastError(Tr::tr("ending a call"));
    return {};
}

QList<std::pair<QString, QString>> RequestRepository::callRequests(const QString &callId) const
{
    QList<std::pair<QString, QString>> out;
    Statement s(m_db, "SELECT request_id, relation FROM call_request WHERE call_id = ? ORDER BY relation, request_id");
    s.bind(1, callId);
    while (s.step())
        out.append({s.text(0), s.text(1)});
    return out;
}

std::optional<Call> RequestRepository::call(const QString &id) const
{
    Statement s(m_db,
                      "SELECT id, tenant_id, caller_number, caller_e164, started_at, ended_at, operator_id, citizen_id, "
                      "updated_at, updated_by, outcome, outcome_note FROM phone_call WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return Call{s.text(0), s.text(1), s.text(2), s.text(3), s.int64(4), s.int64(5), s.text(6), s.text(7), {s.int64(8), s.text(9)},
                callOutcomeFromCode(s.text(10)), s.text(11)};
}

namespace {

QString formatTrackingNumber(int year, const QString &deviceCode, int number)
{
    return QStringLiteral("%1-%2-%3").arg(year % 100, 2, 10, QLatin1Char('0')).arg(deviceCode).arg(number, 5, 10, QLatin1Char('0'));
}

} // namespace

Result<QString> RequestRepository::nextTrackingNumberAt(qint64 ms)
{
    // The year of the municipality's calendar: a request filed on New Year's Eve at 23:30 in its zone
    // belongs to the old year, whatever UTC says (TrackingSequence::nextAt).
    TrackingSequence one(m_db);
    const QString number = one.nextAt(ms);
    if (Status s = one.save(); !s)
        return s.error();
    return number;
}

Result<QString> RequestRepository::nextTrackingNumber(int year)
{
    const QString code = m_db.localSetting(QStringLiteral("device_code"), QStringLiteral("A1"));
    const QString key = QStringLiteral("tracking_seq_%1").arg(year);
    const int next = m_db.localSetting(key, QStringLiteral("0")).toInt() + 1;
    if (Status s = m_db.setLocalSetting(key, QString::number(next)); !s)
        return s.error();
    return formatTrackingNumber(year, code, next);
}

TrackingSequence::TrackingSequence(Database &db)
    : m_db(db)
    , m_deviceCode(db.localSetting(QStringLiteral("device_code"), QStringLiteral("A1")))
{
    Statement zone(m_db, "SELECT time_zone FROM tenant ORDER BY id LIMIT 1");
    m_zone = zone.step() ? zone.text(0).toUtf8() : QByteArray();
}

QString TrackingSequence::nextAt(qint64 ms)
{
    const int year = LocalDays::dateOfDay(LocalDays::named(m_zone).dayOf(ms)).year();
    auto it = m_last.find(year);
    if (it == m_last.end())
        it = m_last.insert(year, m_db.localSetting(QStringLiteral("tracking_seq_%1").arg(year), QStringLiteral("0")).toInt());
    m_lastYear = year;
    ++m_handedOut;
    return formatTrackingNumber(year, m_deviceCode, ++it.value());
}

void TrackingSequence::giveBack()
{
    if (m_lastYear == 0)
        return;
    --m_last[m_lastYear];
    --m_handedOut;
    m_lastYear = 0;
}

Status TrackingSequence::save()
{
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it)
        if (Status s = m_db.setLocalSetting(QStringLiteral("tracking_seq_%1").arg(it.key()), QString::number(it.value())); !s)
            return s;
    return {};
}

} // namespace CivicDesk
