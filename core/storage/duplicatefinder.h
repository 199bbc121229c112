// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"
#include "core/storage/statement.h"

#include <QGeoCoordinate>
#include <QList>
#include <QString>

namespace CivicDesk {

class Database;

/// An open request that a new report may be about.
struct DuplicateCandidate
{
    QString requestId;
    QString trackingNumber;
    RequestStatus status = RequestStatus::New;
    double distanceM = 0;
    qint64 createdAt = 0;
    QString address;
    QString description;
    int reporters = 1;
};

/// Open requests of the same type near a point, reported recently: the duplicates an operator should see
/// before filing. One range scan of the (type, created_at) index, a bounding box, then exact distances.
class DuplicateFinder
{
public:
    explicit DuplicateFinder(Database &db);

    /// Open requests of @p typeId within @p radiusM of @p where created in the @p days before @p now,
    /// nearest first.
    QList<DuplicateCandidate> find(const QString &typeId, const QGeoCoordinate &where, int radiusM, qint64 now, int days = 30);


private:
    Database &m_db;
    CachedStatement m_near;
    CachedStatement m_detail;
    CachedStatement m_reporters;
};

} // namespace CivicDesk
