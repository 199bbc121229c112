// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappanel.h"

#include "core/session/desksession.h"
#include "ui/desk/matchfield.h"
#include "core/domain/enums.h"
#include "mapsetup.h"
#include "mapwidget.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/organisationrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

const QList<RequestStatus> &pendingStatuses()
{
    static const QList<RequestStatus> all{RequestStatus::New, RequestStatus::Accepted, RequestStatus::Assigned,
                                          RequestStatus::InProgress, RequestStatus::OnHold, RequestStatus::Reopened};
    return all;
}

} // namespace

MapPanel::MapPanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_map(new MapWidget(this))
    , m_search(new MatchField(this))
    , m_status(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_department(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_crew(new QComboBox(this))
    , m_fill(new QCheckBox(tr("Shade districts by pending requests"), this))
    , m_detail(new QLabel(this))
    , m_open(new QPushButton(tr("&Open in the queue"), this))
    , m_statusLine(new QLabel(this))
{
    const QString lang = desk.uiLanguage();
    m_search->edit()->setPlaceholderText(tr("Street and number"));
    m_search->edit()->setAccessibleName(tr("Find an address on the map"));
    m_status->setAccessibleName(tr("Status"));
    m_group->setAccessibleName(tr("Service group"));
    m_department->setAccessibleName(tr("Department"));
    m_period->setAccessibleName(tr("Heat map period"));
    m_crew->setAccessibleName(tr("Crew route"));

    m_status->addItem(tr("All pending"), -1);
    for (RequestStatus s : pendingStatuses())
        m_status->addItem(displayName(s), int(s));
    m_group->addItem(tr("All service groups"), QString());
    for (const ServiceGroup &g : CatalogueRepository(desk.db()).groups())
        m_group->addItem(g.name.best(lang), g.id);
    m_department->addItem(tr("All departments"), QString());
    m_crew->addItem(tr("No crew route"), QString());
    for (const Department &d : OrganisationRepository(desk.db()).departments()) {
        if (d.kind == DepartmentKind::Crew)
            m_crew->addItem(d.name.best(lang), d.id);
        else if (d.kind != DepartmentKind::Directorate)
            m_department->addItem(d.name.best(lang), d.id);
    }
    if ((desk.user().role == Role::DepartmentStaff || desk.user().role == Role::DepartmentHead) && !desk.user().departmentId.isEmpty()) {
        const int own = m_department->findData(desk.user().departmentId);
        if (own >= 0)
            m_department->setCurrentIndex(own);
    }
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->addItem(tr("Everything"), 0);

    auto *top = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Address:"), this);
    findLabel->setBuddy(m_search->edit());
    top->addWidget(findLabel);
    top->addWidget(m_search, 2);
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    top->addWidget(m_group);
    top->addWidget(m_department);

    auto *layers = new QHBoxLayout;
    layers->addWidget(new QLabel(tr("Show:"), this));
    const QList<std::pair<MapWidget::Layer, QString>> layerNames{
        {MapWidget::Layer::Districts, tr("Districts")}, {MapWidget::Layer::Requests, tr("Requests")},
        {MapWidget::Layer::Heat, tr("Heat map")}, {MapWidget::Layer::Route, tr("Crew route")}, {MapWidget::Layer::Legend, tr("Legend")}};
    for (const auto &[layer, name] : layerNames) {
        auto *box = new QCheckBox(name, this);
        box->setChecked(layer != MapWidget::Layer::Heat);
        m_map->setLayerVisible(layer, box->isChecked());
        connect(box, &QCheckBox::toggled, this, [this, l = layer](bool on) {
            m_map->setLayerVisible(l, on);
            if (l == MapWidget::Layer::Heat && on)
                updateHeat();
            updateStatusLine();
        });
        layers->addWidget(box);
        m_layerBoxes.append(box);
    }
    layers->addSpacing(12);
    layers->addWidget(new QLabel(tr("Heat map of:"), this));
    layers->addWidget(m_period);
    layers->addWidget(m_crew);
    layers->addStretch();

    auto *bottom = new QHBoxLayout;
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_open->setEnabled(false);
    bottom->addWidget(m_detail, 1);
    bottom->addWidget(m_open);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(layers);
    layout->addWidget(m_map, 1);
    layout->addLayout(bottom);
    auto *last = new QHBoxLayout;
    last->addWidget(m_statusLine, 1);
    last->addWidget(m_fill);
    layout->addLayout(last);

    const QString problem = setUpMap(*m_map, desk);
    if (!problem.isEmpty())
        m_statusLine->setText(tr("The configured base map cannot be used (%1); showing the districts and streets instead.").arg(problem));
    m_map->setRequestMap(&m_desk.requestMap());
    m_map->setTooltipProvider([this](const QString &requestId) {
        const std::optional<MapRequestInfo> i = m_desk.requestMap().infoById(requestId);
        if (!i)
            return QString();
        const auto status = requestStatusFromCode(i->statusCode);
        return QStringLiteral("%1 — %2\n%3 · %4\n%5").arg(i->trackingNumber, i->typeName, status ? displayName(*status) : i->statusCode,
                                                          displayName(Priority(i->priority)), i->address);
    });

    connect(m_status, &QComboBox::currentIndexChanged, this, &MapPanel::applyFilter);
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        applyFilter();
        updateHeat();
    });
    connect(m_department, &QComboBox::currentIndexChanged, this, &MapPanel::applyFilter);
    connect(m_period, &QComboBox::currentIndexChanged, this, &MapPanel::updateHeat);
    connect(m_crew, &QComboBox::currentIndexChanged, this, &MapPanel::updateRoute);
    connect(m_fill, &QCheckBox::toggled, this, &MapPanel::updateFill);
    connect(m_search, &MatchField::textEdited, this, &MapPanel::searchEdited);
    connect(m_search, &MatchField::chosen, this, [this](const QVariant &, const QString &text) {
        const std::optional<AddressMatch> m = m_desk.intake().gazetteer().resolve(text);
        if (m && m->location.isValid()) {
            m_map->setPin(m->location);
            m_map->flyTo(m->location, std::max(m_map->zoom(), 17.0));
            m_map->setFocus();
        } else {
            Q_EMIT message(tr("%1 is not in the gazetteer.").arg(text));
        }
    });
    connect(m_map, &MapWidget::requestActivated, this, [this](const QString &requestId) {
        showDetail(requestId);
        if (!m_selectedId.isEmpty())
            Q_EMIT requestSelected(m_selectedId);
    });
    connect(m_map, &MapWidget::requestFocused, this, &MapPanel::showDetail);
    connect(m_map, &MapWidget::requestOpened, this, [this](const QString &requestId) {
        showDetail(requestId);
        if (!m_selectedId.isEmpty())
            Q_EMIT openRequested(m_selectedId);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_selectedId.isEmpty())
            Q_EMIT openRequested(m_selectedId);
    });
    connect(m_map, &MapWidget::viewChanged, this, &MapPanel::updateStatusLine);
    connect(m_map, &MapWidget::problem, this, &MapPanel::message);
    connect(&m_desk.changes(), &ChangeMonitor::changed, this, [this] {
        if (isVisible())
            refresh();
    });
    // Points read again in the background after a change: shown as soon as they are here.
    connect(&m_desk.mapPointsLoader(), &MapPointsLoader::loaded, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&m_desk.mapPointsLoader(), &MapPointsLoader::failed, this, &MapPanel::message);
}

QCheckBox *MapPanel::layerBox(int layer) const
{
    return m_layerBoxes.value(layer);
}

void MapPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_set) {
        m_set = true;
        applyFilter();
    }
    refresh();
}

void MapPanel::refresh()
{
    std::shared_ptr<const MapPoints> points = m_desk.mapPoints();
    if (points != m_map->points()) {
        m_map->setPoints(points);
        applyFilter();
        updateFill();
    }
    updateStatusLine();
}

void MapPanel::applyFilter()
{
    if (!m_map->points()) {
        m_map->setPoints(m_desk.mapPoints());
    }
    const std::shared_ptr<const MapPoints> points = m_map->points();
    Geo::PointFilter f;
    const int status = m_status->currentData().toInt();
    f.statuses = status < 0 ? 0xffffffffu : 1u << status;
    f.types = points->typesOfGroup(m_group->currentData().toString());
    const QString department = m_department->currentData().toString();
    if (!department.isEmpty()) {
        // A department no pending request belongs to: nothing to show.
        const int index = points->departmentIndex(department);
        f.department = index < 0 ? 0xffff : index;
    }
    m_map->setFilter(f);
    updateStatusLine();
}

void MapPanel::updateHeat()
{
    if (!m_map->isLayerVisible(MapWidget::Layer::Heat))
        return;
    const int days = m_period->currentData().toInt();
    const qint64 now = m_desk.clock()();
    const HeatMap heat = m_desk.requestMap().heat(days > 0 ? now - qint64(days) * 86400000 : 0, now + 1, m_group->currentData().toString());
    m_map->setHeat(heat);
    Q_EMIT message(tr("Heat map: %Ln request(s) in the period.", nullptr, int(std::min<qint64>(heat.total, INT_MAX))));
}

void MapPanel::updateRoute()
{
    const QString crew = m_crew->currentData().toString();
    if (crew.isEmpty()) {
        m_map->setRoute({});
        return;
    }
    const CrewRoute route = m_desk.requestMap().crewRoute(crew);
    m_map->setRoute(route);
    if (route.stops.isEmpty()) {
        Q_EMIT message(tr("%1 has no pending requests with a place.").arg(m_crew->currentText()));
        return;
    }
    QList<QGeoCoordinate> all{route.depot};
    for (const RouteStop &s : route.stops)
        all.append(s.at);
    QGeoRectangle box(all);
    m_map->fitTo(box);
    Q_EMIT message(tr("%1: %n stop(s), %2 from the depot.", nullptr, int(route.stops.size()))
                       .arg(m_crew->currentText(), QLocale().toString(route.distanceM / 1000.0, 'f', 1) + QStringLiteral(" km")));
}

void MapPanel::updateFill()
{
    if (m_fill->isChecked())
        m_map->setDistrictMeasure(m_desk.requestMap().pendingByDistrict(), tr("Pending requests per district"));
    else
        m_map->setDistrictMeasure({}, {});
}

void MapPanel::updateStatusLine()
{
    if (!m_map->points())
        return;
    const MapWidget::FrameStats s = m_map->lastFrame();
    m_statusLine->setText(tr("%Ln pending request(s) in view", nullptr, int(s.requests)) + QStringLiteral(" · ")
                          + tr("%n marker(s)", nullptr, s.markers) + QStringLiteral(", ") + tr("%n group(s)", nullptr, s.clusters));
}

void MapPanel::showDetail(const QString &requestId)
{
    const std::optional<MapRequestInfo> i = m_desk.requestMap().infoById(requestId);
    if (!i) {
        m_selectedId.clear();
        m_detail->clear();
        m_open->setEnabled(false);
        return;
    }
    m_selectedId = i->id;
    const auto status = requestStatusFromCode(i->statusCode);
    const qint64 days = (m_desk.clock()() - i->createdAt) / 86400000;
    m_detail->setText(tr("%1 — %2 · %3 · %4 · %5 · %n day(s) old", nullptr, int(days))
                          .arg(i->trackingNumber, i->typeName, status ? displayName(*status) : i->statusCode,
                               displayName(Priority(i->priority)), i->address));
    m_open->setEnabled(true);
}

void MapPanel::focusRequest(const QString &requestId)
{
    const std::optional<MapRequestInfo> i = m_desk.requestMap().infoById(requestId);
    if (!i || !i->at.isValid())
        return;
    // The map's own selection coming back (a marker clicked here, the queue reloaded): the view stays where the
    // user has put it.
    if (requestId == m_map->selectedRequest()) {
        showDetail(requestId);
        return;
    }
    m_map->setSelectedRequest(requestId);
    m_map->flyTo(i->at, std::max(m_map->zoom(), 16.0));
    showDetail(requestId);
}

void MapPanel::searchEdited(const QString &text)
{
    QStringList texts;
    QVariantList data;
    for (const AddressMatch &m : m_desk.intake().gazetteer().complete(text, 8)) {
        texts.append(m.label);
        data.append(m.label);
    }
    m_search->setMatches(texts, data);
}

} // namespace CivicDesk
