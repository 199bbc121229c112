// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGeoCoordinate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace CivicDesk {

class Database;

/// What the map reads: open requests as points, one request's card, positions of requests filed in a period
/// (the heat map) with the monthly cells kept for it, backlogs per district and a crew's stops. The map area
/// turns them into indexes, heat cells and routes.
class MapQuery
{
public:
    explicit MapQuery(Database &db) : m_db(db) {}

    /// An open request with a position; the text views are valid during the call only.
    struct Point
    {
        qint64 localId = 0;
        double lat = 0;
        double lon = 0;
        QString status;
        int priority = 0;
        bool emergency = false;
        QString typeId;
        QString departmentId;
        QString crewId;
    };
    /// Calls @p visit for each open request with a position.
    void forEachOpenPoint(const std::function<void(const Point &)> &visit) const;

    struct Card
    {
        qint64 localId = 0;
        QString id;
        QString trackingNumber;
        QString typeNameJson; ///< the type's LocalizedText as JSON
        QString address;
        QString statusCode;
        int priority = 0;
        bool emergency = false;
        QGeoCoordinate at;
        qint64 createdAt = 0;
    };
    std::optional<Card> card(qint64 localId) const;
    std::optional<Card> card(const QString &requestId) const;

    /// The catalogue's types (of @p groupId, or all), in id order.
    QStringList typeIds(const QString &groupId) const;
    /// The catalogue's group ids.
    QStringList groupIds() const;
    /// Calls @p visit with the position of each request of @p typeId filed in [@p fromMs, @p toMs).
    void forEachFiledPosition(const QString &typeId, qint64 fromMs, qint64 toMs, const std::function<void(double, double)> &visit) const;
    /// Calls @p visit with each heat cell counted for @p groupId ("" for requests of no group) in the months
    /// @p firstMonth to @p lastMonth (year × 12 + month − 1).
    void forEachHeatCell(const QString &groupId, int firstMonth, int lastMonth, const std::function<void(qint64, int)> &visit) const;
    /// Open requests per district.
    QHash<QString, double> backlogByDistrict() const;

    struct Stop
    {
        QString id;
        QGeoCoordinate at;
        int priority = 0;
        QString trackingNumber;
    };
    /// The open requests of a crew that are not on hold and have a position, in id order, at most @p limit.
    QList<Stop> crewStops(const QString &crewId, int limit) const;

private:
    std::optional<Card> readCard(const char *where, const QVariant &key) const;

    Database &m_db;
};

} // namespace CivicDesk
