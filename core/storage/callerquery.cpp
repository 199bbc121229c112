// SPDX-License-Identifier: GPL-3.0-or-later
#include "callerquery.h"
#include "core/storage/sqliteaccess.h"
#include "core/storage/statement.h"

#include "core/domain/citizen.h"
#include "core/storage/database.h"

namespace CivicDesk {

CallerQuery::CallerQuery(Database &db)
    : m_byPhone(db, "SELECT DISTINCT citizen_id FROM citizen_phone WHERE e164 = ? LIMIT ?")
    , m_citizen(db, "SELECT kind, given_name, family_name, organisation, address FROM citizen WHERE id = ?")
    , m_requestCount(db, "SELECT count(*) FROM request_reporter WHERE citizen_id = ?")
    // An address in any case (ASCII, as SQLite's NOCASE; PostgreSQL's index is on lower(address)).
    , m_byEmail(db, db.isPostgres() ? "SELECT DISTINCT citizen_id FROM citizen_email WHERE lower(address) = lower(?) LIMIT ?"
                                    : "SELECT DISTINCT citizen_id FROM citizen_email WHERE address = ? COLLATE NOCASE LIMIT ?")
{
}

QList<CallerMatch> CallerQuery::withEmail(const QString &address, int limit)
{
    Statement &s = *m_byEmail;
    s.bind(1, address.trimmed());
    s.bind(2, limit);
    QStringList ids;
    while (s.step())
        ids.append(s.text(0));
    s.reset();
    return matches(ids);
}

QList<CallerMatch> CallerQuery::withPhone(const QString &e164, int limit)
{
    Statement &s = *m_byPhone;
    s.bind(1, e164);
    s.bind(2, limit);
    QStringList ids;
    while (s.step())
        ids.append(s.text(0));
    s.reset();
    return matches(ids);
}

QList<CallerMatch> CallerQuery::matches(const QStringList &ids)
{
    QList<CallerMatch> out;
    for (const QString &id : ids) {
        Statement &c = *m_citizen;
        c.bind(1, id);
        if (c.step()) {
            Citizen citizen;
            citizen.kind = citizenKindFromCode(c.text(0)).value_or(CitizenKind::Person);
            citizen.givenName = c.text(1);
            citizen.familyName = c.text(2);
            citizen.organisation = c.text(3);
            CallerMatch m{id, citizen.displayName(), citizen.kind, c.text(4), 0};
            c.reset();
            Statement &n = *m_requestCount;
            n.bind(1, id);
            if (n.step())
                m.requests = int(n.int64(0));
            n.reset();
            out.append(m);
        } else {
            c.reset();
        }
    }
    return out;
}

} // namespace CivicDesk
