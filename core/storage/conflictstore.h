// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// Two edits of one citizen's details made from the same version: the one that stands and the one set aside.
struct CitizenConflict
{
    QString id;
    QString tenantId;
    QString citizenId;
    qint64 at = 0;
    QString keptBy;
    qint64 keptAt = 0;
    QString lostBy;
    qint64 lostAt = 0;
    QString lostValues; ///< the set-aside citizen, JSON (citizenToJson)
};

/// The conflicts of citizens' details (schema 11): written by the citizen save command, read by the desk's list.
class ConflictStore
{
public:
    explicit ConflictStore(Database &db);
    Status insert(const CitizenConflict &c);
    /// The conflicts @p userId took part in, newest first (all when empty), at most @p limit.
    QList<CitizenConflict> involving(const QString &userId, int limit = 200) const;
    /// How many of them were found after @p since.
    int countSince(const QString &userId, qint64 since) const;

private:
    Database &m_db;
};

} // namespace CivicDesk
