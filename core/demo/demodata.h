// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/localizedtext.h"
#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// Names, streets, districts and phrases of one country for the demo municipality (resources/demo/*.json).
struct DemoCountry
{
    QString code; ///< GR, RO, IT, ES
    QString municipality;
    QStringList languages;
    QString timeZone;
    QGeoCoordinate centre;
    QString emergencyNumber;
    QString streetKind;
    QStringList districts;
    QStringList streets;
    QStringList maleGiven;
    QStringList femaleGiven;
    QList<QPair<QString, QString>> families; ///< male and female form
    bool doubleSurname = false;
    QStringList companies, volunteers, municipalServices, processingBodies;
    QStringList emailDomains;
    QStringList mobilePatterns, fixedPatterns;
    int taxIdDigits = 9;
    QHash<QString, QStringList> descriptions; ///< per catalogue group code

    static Result<DemoCountry> load(const QString &countryCode);
    /// Country codes with demo data.
    static QStringList available();
};

/// The demo service catalogue and organisation chart (language independent).
struct DemoCatalogue
{
    QJsonArray groups;
    QJsonArray types;
    QJsonArray units;

    static Result<DemoCatalogue> load();
};

} // namespace CivicDesk
