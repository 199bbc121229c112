// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "localizedtext.h"
#include "organisation.h"

#include <QList>
#include <QString>

namespace CivicDesk {

/// A heading of the service catalogue (roads, street lighting, ...).
struct ServiceGroup
{
    QString id;
    QString tenantId;
    QString code;
    LocalizedText name;
    int sortOrder = 0;
    ChangeStamp stamp;
    bool operator==(const ServiceGroup &) const = default;
};

/// One allowed value of a list attribute.
struct AttributeValue
{
    QString key;
    LocalizedText name;
    bool operator==(const AttributeValue &) const = default;
};

/// An Open311-style question asked when a request of a type is filed.
struct ServiceAttribute
{
    QString code;
    AttributeDatatype datatype = AttributeDatatype::String;
    bool required = false;
    LocalizedText description;
    QList<AttributeValue> values;
    int order = 0;
    bool variable = true;             ///< false: information shown, not a question answered
    LocalizedText datatypeDescription = {}; ///< how to answer ("a number of bags")
    bool operator==(const ServiceAttribute &) const = default;
};

/// A request type of the service catalogue.
struct ServiceType
{
    QString id;
    QString tenantId;
    QString code;
    QString groupId;
    LocalizedText name;
    LocalizedText keywords; ///< per language, comma separated
    LocalizedText description;
    QString departmentId;
    Priority defaultPriority = Priority::Normal;
    int deadlineHours = 72; ///< target in working hours
    int duplicateRadiusM = 50;
    QString workflowCode = QStringLiteral("default");
    QList<ServiceAttribute> attributes;
    bool active = true;
    bool imported = false; ///< created by an import for an unknown service code; needs review
    ChangeStamp stamp;
    bool operator==(const ServiceType &) const = default;
};

} // namespace CivicDesk
