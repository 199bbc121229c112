// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"

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

QString userInRole(Database &db, Role role)
{
    QString id;
    for (const User &u : OrganisationRepository(db).users())
        if (u.role == role)
            id = u.id;
    return id;
}

} // namespace CivicDesk::Bench
