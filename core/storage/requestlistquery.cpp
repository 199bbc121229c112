// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestlistquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "database.h"
#include "core/domain/localizedtext.h"
#include "sqlitestatement.h"

namespace CivicDesk {

RequestListQuery::RequestListQuery(Database &db, const QString &language)
    : m_db(db)
    , m_language(language)
{
    Statement types(db, "SELECT id, name FROM service_type");
    while (types.step())
        m_typeNames.insert(types.text(0), LocalizedText::fromJson(types.text(1)).best(language));
    Statement districts(db, "SELECT id, name FROM district");
    while (districts.step())
        m_districtNames.insert(districts.text(0), districts.text(1));
}

void RequestListQuery::restart()
{
    m_started = false;
    m_lastCreated = 0;
    m_lastLocalId = 0;
}

QList<RequestListRow> RequestListQuery::nextPage(int count)
{
    static constexpr const char *columns =
        "SELECT local_id, id, tracking_number, created_at, service_type_id, status, priority, emergency, district_id, address, "
        "due_at FROM service_request ";
    Statement s(m_db,
                      m_started ? (QByteArray(columns) + "WHERE (created_at, local_id) < (?, ?) ORDER BY created_at DESC, local_id DESC LIMIT ?").constData()
                                : (QByteArray(columns) + "ORDER BY created_at DESC, local_id DESC LIMIT ?").constData());
    int i = 1;
    if (m_started) {
        s.bind(i++, m_lastCreated);
        s.bind(i++, m_lastLocalId);
    }
    s.bind(i, qint64(count));
    QList<RequestListRow> rows;
    rows.reserve(count);
    while (s.step()) {
        RequestListRow r;
        r.localId = s.int64(0);
        r.id = s.text(1);
        r.trackingNumber = s.text(2);
        r.createdAt = s.int64(3);
        r.typeName = m_typeNames.value(s.text(4));
        r.status = requestStatusFromCode(s.text(5)).value_or(RequestStatus::New);
        r.priority = Priority(std::clamp(int(s.int64(6)), 1, 5));
        r.emergency = s.int64(7) != 0;
        r.districtName = m_districtNames.value(s.text(8));
        r.address = s.text(9);
        r.dueAt = s.int64(10);
        rows.append(r);
    }
    if (!rows.isEmpty()) {
        m_started = true;
        m_lastCreated = rows.last().createdAt;
        m_lastLocalId = rows.last().localId;
    }
    return rows;
}

qint64 RequestListQuery::totalCount() const
{
    return m_db.countedRows("service_request");
}

} // namespace CivicDesk
