// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "localizedtext.h"

#include <QGeoCoordinate>
#include <QGeoPolygon>
#include <QString>
#include <QStringList>

namespace CivicDesk {

/// Who changed a row and when (milliseconds since the epoch, UTC); every synced row carries it.
struct ChangeStamp
{
    qint64 updatedAt = 0;
    QString updatedBy; ///< user id, or a system actor such as "import" or "demo"
    bool operator==(const ChangeStamp &) const = default;
};

/// A municipality using CivicDesk.
struct Tenant
{
    QString id;
    QString name;
    QString country;      ///< ISO 3166-1 alpha-2, e.g. "GR"; also the region for phone parsing
    QStringList languages; ///< first is the municipality's main language
    QString timeZone;     ///< IANA name, e.g. "Europe/Athens"
    QString emergencyNumber = QStringLiteral("112");
    QGeoCoordinate centre;
    QString deviceCode;   ///< two-character code of this desk in tracking numbers
    ChangeStamp stamp;
    bool operator==(const Tenant &) const = default;
};

/// A node of the organisation tree: directorate → department → crew; may be an external contractor.
struct Department
{
    QString id;
    QString tenantId;
    QString parentId;
    DepartmentKind kind = DepartmentKind::Department;
    LocalizedText name;
    QString code;
    bool isContractor = false;
    QString contractorName;
    int contractDeadlineHours = 0; ///< 0: the service type's target applies
    QGeoCoordinate depot;          ///< crews: where routes start
    ChangeStamp stamp;
    bool operator==(const Department &) const = default;
};

/// One routing rule: requests of a type (or any type) in a district (or anywhere) go to a department.
struct RoutingRule
{
    QString id;
    QString serviceTypeId; ///< empty: any type
    QString districtId;    ///< empty: anywhere
    QString departmentId;
};

/// A person who signs in to the desk.
struct User
{
    QString id;
    QString tenantId;
    QString username;
    QString displayName;
    Role role = Role::Operator;
    QString departmentId;
    bool active = true;
    ChangeStamp stamp;
    QString email;             ///< where their alerts go by e-mail (empty: none)
    bool notifyByEmail = false; ///< their assignments and escalations by e-mail too, not only in the desk
    bool operator==(const User &) const = default;
};

/// An administrative area of the municipality, as a polygon.
struct District
{
    QString id;
    QString tenantId;
    QString code;
    QString name;
    QList<QGeoPolygon> polygons; ///< a district may have several parts; holes are kept in each polygon
    QString source;              ///< "demo", or the file it was imported from
    ChangeStamp stamp;
};

/// A street of the gazetteer in the local language.
struct Street
{
    QString id;
    QString tenantId;
    QString name;
    QString kind; ///< e.g. "Οδός", "Strada", "Via", "Carrer"
    int numberMin = 0; ///< the register's lowest house number; 0 when it gives none
    int numberMax = 0;
    ChangeStamp stamp;
};

/// A stretch of a street whose house numbers run linearly between two points.
struct StreetSegment
{
    QString id;
    QString streetId;
    int fromNumber = 1;
    int toNumber = 1;
    QGeoCoordinate from;
    QGeoCoordinate to;
    QString districtId;
    ChangeStamp stamp;
};

} // namespace CivicDesk
