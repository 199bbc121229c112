// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/route.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace CivicDesk {

class DeskSession;

/// A crew's work list: the chosen requests ordered into a route from the crew's depot (priority and
/// distance weighed), shown as stops, printed as a work order (PDF through Qt Print Support), and assigned
/// to the crew.
class RouteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteDialog)

public:
    RouteDialog(DeskSession &desk, const QStringList &requestIds, const QString &departmentId, QWidget *parent = nullptr);

    /// Plans the route for @p crewId (one of the department's crews).
    void planFor(const QString &crewId);
    /// Writes the work order to @p path as PDF; false (and a message) on failure.
    bool writePdf(const QString &path);
    /// Assigns every stop's request to the crew.
    int assignAll();
    /// The work order as HTML (what the PDF shows).
    QString workOrderHtml() const;

    QTableWidget *stopsTable() const { return m_stops; }
    QComboBox *crewBox() const { return m_crew; }
    const RoutePlan &plan() const { return m_plan; }
    QStringList orderedIds() const;

private:
    struct Stop
    {
        QString id, tracking, type, address, notes;
        qint64 dueAt = 0;
        int priority = 2;
        QGeoCoordinate at;
    };

    DeskSession &m_desk;
    QList<Stop> m_all;
    QList<RouteStop> m_routeStops;
    RoutePlan m_plan;
    QGeoCoordinate m_depot;
    QString m_crewName;
    QComboBox *m_crew;
    QTableWidget *m_stops;
    QLabel *m_summary;
};

} // namespace CivicDesk
