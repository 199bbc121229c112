// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace CivicDesk::DateText {

/// Dates and times as the municipality lives them, whatever the machine and the UI language: in the
/// municipality's time zone, in its country's order of day, month and year, and with the clock its country
/// uses (the 24-hour clock in Greece, where the common locale data says otherwise). The words (month and day
/// names) stay in the UI language. The composition root names the municipality when its file is open; until
/// then (and after naming none) the machine's zone and the UI locale's conventions apply.
void setMunicipality(const QString &country, const QString &timeZone);

/// For a server making one thing for one of its municipalities (a report for a desk): names that municipality,
/// and on leaving puts back what was named before.
class MunicipalityScope
{
public:
    MunicipalityScope(const QString &country, const QString &timeZone);
    ~MunicipalityScope();
    MunicipalityScope(const MunicipalityScope &) = delete;
    MunicipalityScope &operator=(const MunicipalityScope &) = delete;

private:
    struct Before;
    std::unique_ptr<Before> m_before;
};

/// The municipality's time zone (the machine's when none was named or the name is unknown).
QTimeZone zone();
/// @p ms as a date and time in the municipality's zone.
QDateTime local(qint64 ms);

/// "28/12/26 22:58": the short form for lists and histories; empty for 0.
QString dateTime(qint64 ms);
/// "28/12/26".
QString date(const QDate &date);
/// The short date format, for date fields.
QString dateFormat();
/// "HH:mm" or the country's own.
QString timeFormat();
/// "Monday 28 December 2026" in @p language's words, in the municipality's zone.
QString longDate(qint64 ms, const QLocale &language = QLocale());

} // namespace CivicDesk::DateText
