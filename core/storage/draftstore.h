// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace CivicDesk {

class Database;

/// Unfinished forms, kept in the database as they are typed so that a crash or a closed window loses nothing.
class DraftStore
{
public:
    explicit DraftStore(Database &db) : m_db(db) {}
    Status save(const QString &key, const QJsonObject &payload, qint64 now);
    std::optional<QJsonObject> load(const QString &key) const;
    Status clear(const QString &key);

private:
    Database &m_db;
};

} // namespace CivicDesk
