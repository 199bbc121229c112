// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/desk/gazetteer.h"

#include <QCoreApplication>

namespace CivicDesk::Admin {

int commandGeocode(const QCommandLineParser &p, Database &db)
{
    const QStringList args = p.positionalArguments();
    const QString text = args.mid(1).join(u' ').trimmed();
    if (text.isEmpty())
        return fail(QCoreApplication::translate("admin", "geocode needs the address to look up: geocode --db FILE \"179 H St\"."));
    const Gazetteer gazetteer(db);
    const QList<AddressMatch> matches = gazetteer.complete(text, 5);
    if (matches.isEmpty())
        return fail(QCoreApplication::translate("admin", "No street of the gazetteer matches \"%1\" (%2 streets).").arg(text).arg(gazetteer.streetCount()));
    // address, latitude, longitude, district: best first; an address without a place prints empty coordinates.
    for (const AddressMatch &m : matches) {
        const bool placed = m.location.isValid();
        out() << m.label << '\t' << (placed ? QString::number(m.location.latitude(), 'f', 6) : QString()) << '\t'
              << (placed ? QString::number(m.location.longitude(), 'f', 6) : QString()) << '\t' << gazetteer.districtName(m.districtId) << Qt::endl;
    }
    return 0;
}

} // namespace CivicDesk::Admin
