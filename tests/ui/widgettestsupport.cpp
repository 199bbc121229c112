// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgettestsupport.h"

#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"

#include <QDebug>

namespace CivicDesk::WidgetTests {

std::unique_ptr<Database> demoDatabase(const QString &path, qint64 citizens, qint64 requests, std::uint64_t seed)
{
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db.ok()) {
        qWarning().noquote() << "cannot open" << path << ":" << db.error().message;
        return nullptr;
    }
    std::unique_ptr<Database> opened = std::move(db).value();
    DemoOptions o;
    o.citizens = citizens;
    o.requests = requests;
    o.seed = seed;
    const auto generated = DemoGenerator(*opened, o).run();
    if (!generated.ok()) {
        qWarning().noquote() << "cannot generate the demo municipality:" << generated.error().message;
        return nullptr;
    }
    return opened;
}

User userNamed(Database &db, const QString &username)
{
    for (const User &u : OrganisationRepository(db).users())
        if (u.username == username)
            return u;
    return {};
}

} // namespace CivicDesk::WidgetTests
