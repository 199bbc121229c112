// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include <QReadWriteLock>

namespace CivicDesk::DateText {

namespace {

struct Conventions
{
    bool set = false;
    QLocale locale;     ///< the country's main locale: the order of day, month and year, and its clock
    QString timeFormat; ///< the clock, after the exceptions
    QTimeZone zone;

    QTimeZone zoneOrSystem() const { return set ? zone : QTimeZone::systemTimeZone(); }
    QString dateFormat() const { return (set ? locale : QLocale()).dateFormat(QLocale::ShortFormat); }
    QString clock() const { return set ? timeFormat : QLocale().timeFormat(QLocale::ShortFormat); }
};

QReadWriteLock lock;
Conventions conventions;

Conventions current()
{
    QReadLocker reading(&lock);
    return conventions;
}

} // namespace

void setMunicipality(const QString &country, const QString &timeZone)
{
    Conventions c;
    c.set = !country.isEmpty() || !timeZone.isEmpty(); // neither: back to the machine's zone and the UI's conventions
    const QLocale::Territory territory = QLocale::codeToTerritory(country);
    c.locale = territory == QLocale::AnyTerritory ? QLocale() : QLocale(QLocale::AnyLanguage, territory);
    c.timeFormat = c.locale.timeFormat(QLocale::ShortFormat);
    // The common locale data gives Greece and Cyprus a 12-hour clock; public services there use the 24-hour one.
    if (country == QLatin1String("GR") || country == QLatin1String("CY"))
        c.timeFormat = QStringLiteral("HH:mm");
    const QTimeZone zone(timeZone.toUtf8());
    c.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    QWriteLocker writing(&lock);
    conventions = c;
}

struct MunicipalityScope::Before
{
    Conventions conventions;
};

MunicipalityScope::MunicipalityScope(const QString &country, const QString &timeZone)
    : m_before(std::make_unique<Before>(Before{current()}))
{
    setMunicipality(country, timeZone);
}

MunicipalityScope::~MunicipalityScope()
{
    QWriteLocker writing(&lock);
    conventions = m_before->conventions;
}

QTimeZone zone()
{
    return current().zoneOrSystem();
}

QDateTime local(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone());
}

QString dateFormat()
{
    return current().dateFormat();
}

QString timeFormat()
{
    return current().clock();
}

QString dateTime(qint64 ms)
{
    if (ms == 0)
        return {};
    const Conventions c = current(); // one read of the conventions for the three parts
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms, c.zoneOrSystem()), c.dateFormat() + u' ' + c.clock());
}

QString date(const QDate &date)
{
    return QLocale().toString(date, dateFormat());
}

QString longDate(qint64 ms, const QLocale &language)
{
    return language.toString(local(ms).date(), QLocale::LongFormat);
}

} // namespace CivicDesk::DateText
