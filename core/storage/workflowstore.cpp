// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowstore.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/storage/database.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {

std::optional<WorkflowStore::CalendarRow> WorkflowStore::calendar() const
{
    Statement s(m_db, "SELECT b.definition, t.country FROM tenant t LEFT JOIN business_calendar b ON b.tenant_id = t.id LIMIT 1");
    if (!s.step())
        return std::nullopt;
    CalendarRow row;
    if (!s.isNull(0))
        row.definition = s.text(0).toUtf8();
    row.country = s.text(1);
    return row;
}

Status WorkflowStore::saveCalendar(const QByteArray &json, const QString &actor, qint64 now)
{
    Statement s(m_db, "INSERT INTO business_calendar(tenant_id, definition, updated_at, updated_by) "
                                     "SELECT id, ?, ?, ? FROM tenant LIMIT 1 ON CONFLICT(tenant_id) DO UPDATE SET "
                                     "definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    s.bind(1, QString::fromUtf8(json));
    s.bind(2, now);
    s.bind(3, actor);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving the calendar"));
    return {};
}

std::optional<QByteArray> WorkflowStore::workflow(const QString &code) const
{
    Statement s(m_db, "SELECT definition FROM workflow WHERE code = ? LIMIT 1");
    s.bind(1, code);
    if (!s.step())
        return std::nullopt;
    return s.text(0).toUtf8();
}

Status WorkflowStore::saveWorkflow(const QString &code, const QByteArray &json, const QString &actor, qint64 now)
{
    Statement s(m_db, "INSERT INTO workflow(tenant_id, code, definition, updated_at, updated_by) "
                                     "SELECT id, ?, ?, ?, ? FROM tenant LIMIT 1 ON CONFLICT(tenant_id, code) DO UPDATE SET "
                                     "definition = excluded.definition, updated_at = excluded.updated_at, updated_by = excluded.updated_by");
    s.bind(1, code);
    s.bind(2, QString::fromUtf8(json));
    s.bind(3, now);
    s.bind(4, actor);
    if (!s.exec())
        return m_db.lastError(Tr::tr("saving the workflow"));
    return {};
}

} // namespace CivicDesk
