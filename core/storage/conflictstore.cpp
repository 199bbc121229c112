// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictstore.h"

#include "core/storage/database.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"
#include "core/storage/sqlitestatement.h"
#include "core/util/tr.h"

namespace CivicDesk {

ConflictStore::ConflictStore(Database &db)
    : m_db(db)
{
}

Status ConflictStore::insert(const CitizenConflict &c)
{
    Statement s(m_db,
                      "INSERT INTO citizen_conflict(id, tenant_id, citizen_id, at, kept_by, kept_at, lost_by, lost_at, lost_values, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, c.id);
    s.bind(2, c.tenantId);
    s.bind(3, c.citizenId);
    s.bind(4, c.at);
    s.bind(5, c.keptBy);
    s.bind(6, c.keptAt);
    s.bind(7, c.lostBy);
    s.bind(8, c.lostAt);
    s.bind(9, c.lostValues);
    s.bind(10, c.at);
    s.bind(11, c.keptBy);
    if (!s.exec())
        return m_db.lastError(Tr::tr("keeping an edit set aside"));
    return {};
}

QList<CitizenConflict> ConflictStore::involving(const QString &userId, int limit) const
{
    Statement s(m_db,
                      "SELECT id, tenant_id, citizen_id, at, kept_by, kept_at, lost_by, lost_at, lost_values FROM citizen_conflict "
                      "WHERE ?1 = '' OR kept_by = ?1 OR lost_by = ?1 ORDER BY at DESC LIMIT ?2");
    s.bind(1, userId);
    s.bind(2, qint64(limit));
    QList<CitizenConflict> out;
    while (s.step())
        out.append(CitizenConflict{s.text(0), s.text(1), s.text(2), s.int64(3), s.text(4), s.int64(5), s.text(6), s.int64(7), s.text(8)});
    return out;
}

int ConflictStore::countSince(const QString &userId, qint64 since) const
{
    Statement s(m_db,
                      "SELECT COUNT(*) FROM citizen_conflict WHERE at > ?2 AND (?1 = '' OR kept_by = ?1 OR lost_by = ?1)");
    s.bind(1, userId);
    s.bind(2, since);
    return s.step() ? int(s.int64(0)) : 0;
}

} // namespace CivicDesk
