// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "storage/database.h"
#include "storage/organisationrepository.h"
#include "storage/sqlitestatement.h"

#include <QDateTime>

#include <algorithm>
#include <cstdio>

namespace CivicDesk::Bench {

void bench(const char *name, double value)
{
    std::printf("BENCH %s %.3f\n", name, value);
    std::fflush(stdout);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

QStringList sampleColumn(Database &db, const char *sql, int count)
{
    QStringList out;
    SqliteStatement total(db.handle(), "SELECT max(local_id) FROM citizen");
    SqliteStatement s(db.handle(), sql);
    const qint64 max = total.step() ? total.int64(0) : 0;
    for (int i = 1; i <= count && max > 0; ++i) {
        s.bind(1, max * i / (count + 1)); // spread over the file, the same rows every run
        if (s.step())
            out.append(s.text(0));
        s.reset();
    }
    return out;
}

qint64 newestRequestAt(Database &db)
{
    SqliteStatement last(db.handle(), "SELECT max(created_at) FROM service_request");
    return last.step() && !last.isNull(0) ? last.int64(0) : QDateTime::currentMSecsSinceEpoch();
}

QString userInRole(Database &db, Role role)
{
    QString id;
    for (const User &u : OrganisationRepository(db).users())
        if (u.role == role)
            id = u.id;
    return id;
}

} // namespace CivicDesk::Bench
