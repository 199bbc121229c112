// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/catalogue.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <optional>

namespace CivicDesk {

class Database;

/// The service catalogue: groups and request types with their attributes.
class CatalogueRepository
{
public:
    explicit CatalogueRepository(Database &db) : m_db(db) {}

    Status saveGroup(const ServiceGroup &group);
    QList<ServiceGroup> groups() const;

    Status saveType(const ServiceType &type);
    std::optional<ServiceType> type(const QString &id) const;
    std::optional<ServiceType> typeByCode(const QString &code) const;
    QList<ServiceType> types() const;
    /// The group of each type (empty: none), without reading the types whole.
    QHash<QString, QString> typeGroups() const;

    static QString attributesToJson(const QList<ServiceAttribute> &attributes);
    static QList<ServiceAttribute> attributesFromJson(const QString &json);

private:
    Database &m_db;
};

} // namespace CivicDesk
