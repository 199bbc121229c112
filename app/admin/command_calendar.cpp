// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin.h"

#include "core/storage/database.h"
#include "core/workflow/calendar.h"
#include "core/workflow/engine.h"
#include "core/workflow/workflow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace CivicDesk::Admin {


/// Prints the business calendar and the holidays of --year, or stores --set FILE.
int commandCalendar(const QCommandLineParser &p, Database &db)
{
    if (p.isSet(QStringLiteral("set")))
        return storeDefinition(p, db, &saveCalendar);
    const BusinessCalendar cal = calendarOf(db);
    const int year = p.isSet(QStringLiteral("year")) ? p.value(QStringLiteral("year")).toInt() : QDate::currentDate().year();
    out() << "time zone " << QString::fromUtf8(cal.timeZone().id()) << ", Easter " << (cal.orthodox() ? "orthodox " : "western ")
          << (cal.orthodox() ? orthodoxEaster(year) : westernEaster(year)).toString(Qt::ISODate) << Qt::endl;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
        if (const QString name = cal.holidayName(d); !name.isEmpty())
            out() << d.toString(Qt::ISODate) << '\t' << name << Qt::endl;
    return 0;
}

} // namespace CivicDesk::Admin
