// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace CivicDesk {

class DeskSession;
class MapWidget;
class MatchField;

/// The map tab: the pending requests as markers (filtered by status, service group and department), the
/// districts, a heat map of a period's requests per service group, a crew's route; an address search that flies
/// there. A marker clicked selects its request everywhere; Enter on it opens it in the work queue.
class MapPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapPanel)

public:
    explicit MapPanel(DeskSession &desk, QWidget *parent = nullptr);

    MapWidget *map() const { return m_map; }
    MatchField *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *groupFilter() const { return m_group; }
    QComboBox *departmentFilter() const { return m_department; }
    QComboBox *heatPeriod() const { return m_period; }
    QComboBox *crewChoice() const { return m_crew; }
    QCheckBox *districtFill() const { return m_fill; }
    QCheckBox *layerBox(int layer) const;
    QLabel *statusLine() const { return m_statusLine; }
    QLabel *detailLine() const { return m_detail; }

    /// Centres the map on a request and selects it (from a selection in the queue).
    void focusRequest(const QString &requestId);
    /// Reads the requests again if they changed.
    void refresh();

Q_SIGNALS:
    /// A marker was clicked: the request is selected everywhere.
    void requestSelected(const QString &requestId);
    /// Enter or "Open" on the selected request: show it in the work queue.
    void openRequested(const QString &requestId);
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyFilter();
    void updateHeat();
    void updateRoute();
    void updateFill();
    void updateStatusLine();
    void showDetail(const QString &requestId);
    void searchEdited(const QString &text);

    DeskSession &m_desk;
    MapWidget *m_map;
    MatchField *m_search;
    QComboBox *m_status;
    QComboBox *m_group;
    QComboBox *m_department;
    QComboBox *m_period;
    QComboBox *m_crew;
    QList<QCheckBox *> m_layerBoxes;
    QCheckBox *m_fill;
    QLabel *m_detail;
    QPushButton *m_open;
    QLabel *m_statusLine;
    QString m_selectedId;
    bool m_set = false;
};

} // namespace CivicDesk
