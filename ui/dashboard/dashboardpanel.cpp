// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardpanel.h"
#include "core/text/datetext.h"
#include "ui/widgets/filtergrid.h"

#include "core/session/desksession.h"
#include "core/sync/desksync.h"
#include "core/storage/cataloguerepository.h"
#include "core/storage/database.h"
#include "core/storage/georepository.h"
#include "core/storage/organisationrepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>

#include <functional>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>
#include <QCursor>
#include <QToolTip>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

void clear(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes()) {
        chart->removeAxis(a);
        delete a;
    }
}

/// Colours told apart by readers with any kind of colour blindness (Okabe and Ito), in the order series and
/// slices take them.
const QColor palette[] = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
                          QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};

QColor paletteColour(qsizetype i)
{
    return palette[size_t(i) % std::size(palette)];
}

} // namespace

/// A "nice" top for an axis from 0 and its number of ticks: steps of 1, 2 or 5 times a power of ten, four to
/// six of them (63/126/189 becomes 50/100/150/200).
std::pair<double, int> DashboardPanel::niceAxis(double max)
{
    if (!(max > 0))
        return {1, 2};
    const double rough = max / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= rough)
            break;
    }
    if (step < 1 && max >= 1)
        step = 1; // counts: whole numbers
    const double top = std::ceil(max / step - 1e-9) * step;
    return {top, int(std::lround(top / step)) + 1};
}

QStringList DashboardPanel::shortLabels(const QStringList &names, int maxChars)
{
    // A first word most names share ("Department of …", "Τμήμα …") says nothing: it goes first.
    QStringList out = names;
    QHash<QString, int> firstWords;
    for (const QString &n : names)
        if (n.contains(u' '))
            ++firstWords[n.section(u' ', 0, 0)];
    QString common;
    for (auto it = firstWords.cbegin(); it != firstWords.cend(); ++it)
        if (names.size() > 1 && 2 * it.value() >= names.size() && it.value() > firstWords.value(common))
            common = it.key();
    for (QString &n : out) {
        if (!common.isEmpty() && n.contains(u' ') && n.section(u' ', 0, 0) == common)
            n = n.section(u' ', 1);
        if (n.size() > maxChars)
            n = n.left(maxChars - 1).trimmed() + u'…';
    }
    // Categories are the axis's keys: two names cut alike are told apart by their number.
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (qsizetype j = i + 1; j < out.size(); ++j)
            if (out[j] == out[i])
                out[j] += QStringLiteral(" (%1)").arg(j + 1);
    }
    return out;
}

namespace {

/// Bars with categories below and values on the left (or on the bottom for horizontal bars).
void attach(QChart *chart, QAbstractBarSeries *series, const QStringList &categories, double max, bool horizontal, const QString &format = QStringLiteral("%d"))
{
    chart->addSeries(series);
    for (qsizetype i = 0; i < series->barSets().size(); ++i)
        series->barSets()[i]->setColor(paletteColour(i));
    auto *cats = new QBarCategoryAxis;
    cats->append(categories);
    auto *values = new QValueAxis;
    const auto [top, ticks] = DashboardPanel::niceAxis(max);
    values->setRange(0, top);
    values->setTickCount(ticks);
    values->setLabelFormat(format);
    chart->addAxis(cats, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(cats);
    series->attachAxis(values);
}

/// The names beside horizontal bars a size smaller, so that ten of them fit the chart's height whole.
void smallerCategoryLabels(QChart *chart)
{
    if (auto *axis = chart->axes(Qt::Vertical).value(0)) {
        QFont small = axis->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        axis->setLabelsFont(small);
    }
}

} // namespace

DashboardPanel::DashboardPanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_department(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_granularity(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("DashboardPanel"));
    const QString lang = desk.uiLanguage();
    m_department->addItem(tr("All departments"), QString());
    for (const Department &d : OrganisationRepository(desk.db()).departments()) {
        m_names[QStringLiteral("department")].insert(d.id, d.name.best(lang));
        if (d.kind != DepartmentKind::Directorate && d.kind != DepartmentKind::Crew)
            m_department->addItem(d.name.best(lang), d.id);
    }
    m_district->addItem(tr("All districts"), QString());
    for (const District &d : GeoRepository(desk.db()).districts()) {
        m_names[QStringLiteral("district")].insert(d.id, d.name);
        m_district->addItem(d.name, d.id);
    }
    m_group->addItem(tr("All types"), QString());
    for (const ServiceGroup &g : CatalogueRepository(desk.db()).groups()) {
        m_names[QStringLiteral("group")].insert(g.id, g.name.best(lang));
        m_group->addItem(g.name.best(lang), g.id);
    }
    for (const ServiceType &t : CatalogueRepository(desk.db()).types())
        m_names[QStringLiteral("type")].insert(t.id, t.name.best(lang));
    m_names[QStringLiteral("district")].insert(QString(), tr("No district"));
    m_names[QStringLiteral("department")].insert(QString(), tr("Not routed"));

    m_preset->addItems({tr("Last 30 days"), tr("This quarter"), tr("Last quarter"), tr("This year"), tr("Last 12 months"), tr("Chosen dates")});
    m_granularity->addItem(tr("By day"), int(Granularity::Day));
    m_granularity->addItem(tr("By week"), int(Granularity::Week));
    m_granularity->addItem(tr("By month"), int(Granularity::Month));
    m_granularity->setCurrentIndex(1);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(DateText::dateFormat());
    }
    m_preset->setAccessibleName(tr("Period"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_department->setAccessibleName(tr("Department"));
    m_district->setAccessibleName(tr("District"));
    m_group->setAccessibleName(tr("Type group"));
    m_granularity->setAccessibleName(tr("Steps"));

    auto *bar = new QGridLayout;
    auto labelled = [&](const QString &text, QWidget *w, int row, int column) { addLabelledField(bar, this, text, w, row, column); };
    labelled(tr("&Period:"), m_preset, 0, 0);
    labelled(tr("&From:"), m_from, 0, 1);
    labelled(tr("&To:"), m_to, 0, 2);
    labelled(tr("S&teps:"), m_granularity, 0, 3);
    labelled(tr("&Department:"), m_department, 1, 0);
    labelled(tr("D&istrict:"), m_district, 1, 1);
    labelled(tr("T&ypes:"), m_group, 1, 2);
    bar->setColumnStretch(8, 1);
    for (QComboBox *c : {m_department, m_district, m_group}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(14);
    }

    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.1);
    m_summary->setFont(big);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    // The headline: a tile per figure, the period before beside it.
    auto *tiles = new QGridLayout;
    tiles->setSpacing(6);
    const QList<std::pair<QString, QString>> tileNames{
        {QStringLiteral("received"), tr("Received")},          {QStringLiteral("closed"), tr("Closed")},
        {QStringLiteral("deadlines"), tr("Deadlines met")},    {QStringLiteral("open"), tr("Open now")},
        {QStringLiteral("overdue"), tr("Past the deadline now")}, {QStringLiteral("waiting"), tr("Open requests' median wait")},
        {QStringLiteral("calls"), tr("Calls handled")},        {QStringLiteral("callLength"), tr("Average call")},
    };
    for (int i = 0; i < tileNames.size(); ++i) {
        auto *frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("tile_") + tileNames[i].first);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#%1 { background: palette(base); border: 1px solid palette(mid); border-radius: 4px; }")
                                 .arg(frame->objectName()));
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        auto *caption = new QLabel(tileNames[i].second, frame);
        caption->setWordWrap(true);
        Tile tile;
        tile.value = new QLabel(frame);
        QFont large = tile.value->font();
        large.setPointSizeF(large.pointSizeF() * 1.9);
        large.setBold(true);
        tile.value->setFont(large);
        tile.value->setAccessibleName(tileNames[i].second);
        tile.comparison = new QLabel(frame);
        tile.comparison->setWordWrap(true);
        tile.comparison->setStyleSheet(QStringLiteral("QLabel { color: palette(dark); }"));
        box->addWidget(caption);
        box->addWidget(tile.value);
        box->addWidget(tile.comparison);
        box->addStretch();
        tiles->addWidget(frame, i / 4, i % 4);
        m_tiles.insert(tileNames[i].first, tile);
    }

    auto *grid = new QGridLayout;
    const QList<std::pair<QString, QString>> charts{
        {QStringLiteral("received"), tr("Requests received, by channel")},
        {QStringLiteral("backlog"), tr("Open now, by status")},
        {QStringLiteral("groups"), tr("Requests per group of types")},
        {QStringLiteral("departments"), tr("Requests and deadlines met per department")},
        {QStringLiteral("resolution"), tr("Resolution time per department (hours)")},
        {QStringLiteral("escalations"), tr("Escalations per level")},
        {QStringLiteral("satisfaction"), tr("Citizen satisfaction per department")},
        {QStringLiteral("accuracy"), tr("Report accuracy")},
        {QStringLiteral("topTypes"), tr("Top 10 types")},
        {QStringLiteral("topDistricts"), tr("Top 10 districts")},
    };
    for (int i = 0; i < charts.size(); ++i) {
        QChartView *v = addChart(charts[i].first, charts[i].second);
        grid->addWidget(v, i / 2, i % 2);
    }
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_summary);
    contentLayout->addLayout(tiles);
    contentLayout->addLayout(grid);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &DashboardPanel::applyPreset);
    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading) {
                m_preset->setCurrentIndex(m_preset->count() - 1);
                refresh();
            }
        });
    for (QComboBox *c : {m_department, m_district, m_group, m_granularity})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refresh();
        });
    // New figures appear by themselves: the summary tables change with every write the desk hears of.
    connect(&m_desk.changes(), &ChangeMonitor::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true; // read when it is next shown
    });
    applyPreset(0);
}

QString DashboardPanel::tileValue(const QString &name) const
{
    return m_tiles.value(name).value ? m_tiles.value(name).value->text() : QString();
}

QString DashboardPanel::tileComparison(const QString &name) const
{
    return m_tiles.value(name).comparison ? m_tiles.value(name).comparison->text() : QString();
}

QChartView *DashboardPanel::addChart(const QString &name, const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignTop);
    auto *view = new QChartView(chart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    view->setAccessibleName(title);
    view->setObjectName(name);
    m_charts.insert(name, view);
    return view;
}

void DashboardPanel::applyPreset(int index)
{
    const QDate today = DateText::local(m_desk.clock()()).date(); // the municipality's today
    const QDate quarter(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
    QDate from = m_from->date(), to = m_to->date();
    switch (index) {
    case 0: from = today.addDays(-29); to = today; break;
    case 1: from = quarter; to = today; break;
    case 2: from = quarter.addMonths(-3); to = quarter.addDays(-1); break;
    case 3: from = QDate(today.year(), 1, 1); to = today; break;
    case 4: from = today.addYears(-1).addDays(1); to = today; break;
    default: return;
    }
    setPeriod(from, to);
}

void DashboardPanel::setPeriod(const QDate &from, const QDate &to)
{
    m_loading = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_loading = false;
    // A tab nobody looks at reads nothing: the figures are read when it is first shown.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

DashboardFilter DashboardPanel::filter() const
{
    DashboardFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.departmentId = m_department->currentData().toString();
    f.districtId = m_district->currentData().toString();
    f.groupId = m_group->currentData().toString();
    return f;
}

QString DashboardPanel::nameOf(const QString &kind, const QString &id) const
{
    // Short enough for a chart's axis; the whole name is in the tooltip of the bar.
    const QString name = m_names.value(kind).value(id, id);
    return name.size() > 26 ? name.left(25) + QStringLiteral("…") : name;
}

double DashboardPanel::refresh()
{
    m_stale = false;
    QElapsedTimer t;
    t.start();
    const DashboardFilter f = filter();
    if (f.from > f.to) {
        m_data = DashboardData{};
        m_headline = Headline{};
        m_summary->setText(tr("<b>The period ends before it starts.</b> Choose a “from” date before the “to” date."));
        draw();
        return double(t.nsecsElapsed()) / 1e6;
    }
    Dashboard dashboard(m_desk.db());
    // A partial replica: the figures are the server's, whole; calls and escalations are counted from rows it
    // holds from its scope's start only.
    const std::optional<SyncScope> scope = m_desk.sync() ? m_desk.sync()->scope() : std::nullopt;
    m_rowsHeldSince = scope ? std::optional<qint64>(scope->since) : std::nullopt;
    if (scope)
        dashboard.setRowsSince(scope->since, scope->departmentId);
    m_data = dashboard.load(f, Granularity(m_granularity->currentData().toInt()), m_desk.clock()());
    m_headline = dashboard.headline(f, m_data, m_desk.clock()());
    draw();
    return double(t.nsecsElapsed()) / 1e6;
}

void DashboardPanel::showWholeNames(const QList<QBarSet *> &sets, const QStringList &names, const std::function<QString(double)> &value)
{
    // The axis shows shortened names (shortLabels): a bar's tooltip has the whole one and its value.
    for (QBarSet *set : sets) {
        const bool several = sets.size() > 1;
        connect(set, &QBarSet::hovered, this, [set, names, value, several](bool on, int index) {
            if (!on)
                return;
            const QString what = several ? QStringLiteral("%1 — %2").arg(names.value(index), set->label()) : names.value(index);
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(what, value(set->at(index))));
        });
    }
}

void DashboardPanel::draw()
{
    const QLocale locale;
    const Performance &t = m_data.totals;
    const std::optional<double> median = Dashboard::resolutionPercentileHours(t.resolution, 0.5);
    const std::optional<double> p90 = Dashboard::resolutionPercentileHours(t.resolution, 0.9);
    const std::optional<double> satisfaction = t.meanSatisfaction();
    if (filter().from <= filter().to) {
        // Deadlines met counts the requests open past their deadline now as missed: never "100 %" while late
        // requests wait.
        const std::optional<double> compliance = m_data.deadlineCompliance();
        const Performance &before = m_headline.previous;
        const QString earlier = tr("previous period");
        auto percent = [&](std::optional<double> share) { return share ? locale.toString(100.0 * *share, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–"); };
        auto change = [&](qint64 now, qint64 then) {
            if (then == 0)
                return tr("%1: %2").arg(earlier, locale.toString(then));
            const double c = 100.0 * double(now - then) / double(then);
            return tr("%1: %2 (%3%4 %)").arg(earlier, locale.toString(then), c > 0 ? QStringLiteral("+") : QString(), locale.toString(c, 'f', 1));
        };
        auto minutes = [&](std::optional<double> seconds) {
            if (!seconds)
                return QStringLiteral("–");
            const qint64 s = qint64(std::llround(*seconds));
            return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        };
        auto set = [&](const QString &name, const QString &value, const QString &comparison, const QString &tip) {
            m_tiles[name].value->setText(value);
            m_tiles[name].comparison->setText(comparison);
            m_tiles[name].value->parentWidget()->setToolTip(tip);
        };
        set(QStringLiteral("received"), locale.toString(t.received), change(t.received, before.received), tr("Requests filed in the period, every channel."));
        set(QStringLiteral("closed"), locale.toString(t.closed), change(t.closed, before.closed), tr("Requests closed in the period, whenever filed."));
        set(QStringLiteral("deadlines"), percent(compliance),
            tr("%1: %2 of those closed").arg(earlier, percent(before.onTimeShare())),
            tr("Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now "
               "(counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.").arg(percent(t.onTimeShare())));
        const qint64 net = t.received - t.closed;
        set(QStringLiteral("open"), locale.toString(m_headline.openNow),
            tr("in the period: %1%2 (received less closed)").arg(net > 0 ? QStringLiteral("+") : QString(), locale.toString(net)),
            tr("Requests open now, on hold included, whenever filed."));
        set(QStringLiteral("overdue"), locale.toString(m_data.openOverdue),
            m_headline.openNow ? tr("%1 of the open ones").arg(percent(double(m_data.openOverdue) / double(m_headline.openNow))) : QString(),
            tr("Open requests whose deadline has passed (on hold left out: their clock is stopped)."));
        set(QStringLiteral("waiting"),
            m_headline.medianOpenAgeDays ? tr("%n day(s)", nullptr, int(*m_headline.medianOpenAgeDays)) : QStringLiteral("–"),
            tr("half of the open requests have waited longer"), tr("How long the open requests have waited since they were filed: the middle one."));
        // A partial replica holds the calls of its scope's months: earlier ones are not counted from part of them.
        const QString notHere = tr("not on this desk");
        const QString callsHeld = m_rowsHeldSince
            ? tr(" This desk holds the calls since %1; the server has the earlier ones.").arg(DateText::date(QDateTime::fromMSecsSinceEpoch(*m_rowsHeldSince).date()))
            : QString();
        set(QStringLiteral("calls"), m_headline.callsKnown ? locale.toString(m_headline.calls) : QStringLiteral("–"),
            !m_headline.previousCallsKnown ? tr("%1: %2").arg(earlier, notHere)
                : m_headline.callsKnown   ? change(m_headline.calls, m_headline.previousCalls)
                                          : tr("%1: %2").arg(earlier, locale.toString(m_headline.previousCalls)),
            tr("Calls taken at the desks in the period, the whole municipality, whatever they filed.")
                + (m_headline.callsKnown && m_headline.previousCallsKnown ? QString() : callsHeld));
        set(QStringLiteral("callLength"), m_headline.callsKnown ? minutes(m_headline.meanCallSeconds) : QStringLiteral("–"),
            tr("%1: %2").arg(earlier, m_headline.previousCallsKnown ? minutes(m_headline.previousMeanCallSeconds) : notHere),
            tr("From answering to ending the call, the calls of the period that ended.")
                + (m_headline.callsKnown && m_headline.previousCallsKnown ? QString() : callsHeld));
        // One line for screen readers and the status of the period: the rest is in the tiles and charts.
        m_summary->setText(tr("Resolution median <b>%1</b>, 90 %: <b>%2</b> · satisfaction <b>%3</b> (%4 ratings) · <b>%5</b> recurrences · "
                              "deadlines met <b>%6</b> (<b>%7</b> open past their deadline now counted as missed)")
                               .arg(median ? tr("%1 h").arg(locale.toString(*median, 'f', 0)) : QStringLiteral("–"),
                                    p90 ? tr("%1 h").arg(locale.toString(*p90, 'f', 0)) : QStringLiteral("–"),
                                    satisfaction ? locale.toString(*satisfaction, 'f', 2) : QStringLiteral("–"), locale.toString(t.ratings()),
                                    locale.toString(t.recurrences), percent(compliance), locale.toString(m_data.openOverdue)));
    } else {
        for (const Tile &tile : std::as_const(m_tiles)) {
            tile.value->setText(QStringLiteral("–"));
            tile.comparison->clear();
        }
    }

    // Received over time, stacked by channel.
    {
        QChart *c = m_charts.value(QStringLiteral("received"))->chart();
        clear(c);
        auto *series = new QStackedBarSeries;
        QStringList cats;
        const QStringList channels{QStringLiteral("phone"), QStringLiteral("web"), QStringLiteral("mobile_app"), QStringLiteral("email"),
                                   QStringLiteral("walk_in"), QStringLiteral("open311"), QStringLiteral("import")};
        QHash<QString, QBarSet *> sets;
        double max = 0;
        for (const ReceivedBucket &b : std::as_const(m_data.overTime)) {
            cats.append(locale.toString(b.start, QStringLiteral("d/M")));
            max = std::max(max, double(b.total()));
        }
        for (const QString &ch : channels) {
            bool any = false;
            for (const ReceivedBucket &b : std::as_const(m_data.overTime))
                any = any || b.byChannel.value(ch) > 0;
            if (!any)
                continue;
            auto *set = new QBarSet(displayName(*channelFromCode(ch)));
            for (const ReceivedBucket &b : std::as_const(m_data.overTime))
                set->append(double(b.byChannel.value(ch)));
            series->append(set);
        }
        // The step still under way is marked: its bar is not a whole day, week or month yet.
        const QDate today = DateText::local(m_desk.clock()()).date();
        const bool partial = !cats.isEmpty() && filter().to >= today && !m_data.overTime.isEmpty() && m_data.overTime.back().start <= today;
        if (partial)
            cats.last() += QStringLiteral(" *");
        c->setTitle(partial ? tr("Requests received, by channel (* so far: the step is still under way)") : tr("Requests received, by channel"));
        attach(c, series, cats, max, false);
        if (auto *axis = qobject_cast<QBarCategoryAxis *>(c->axes(Qt::Horizontal).value(0)); axis && cats.size() > 16)
            axis->setLabelsAngle(-90);
    }
    // Open now, by status: a click shows those requests.
    {
        QChart *c = m_charts.value(QStringLiteral("backlog"))->chart();
        clear(c);
        auto *pie = new QPieSeries;
        for (auto it = m_data.backlog.cbegin(); it != m_data.backlog.cend(); ++it) {
            QPieSlice *slice = pie->append(QStringLiteral("%1 (%2)").arg(displayName(it.key()), locale.toString(it.value())), double(it.value()));
            const RequestStatus status = it.key();
            connect(slice, &QPieSlice::clicked, this, [this, status] {
                QueueFilter q;
                q.departmentId = filter().departmentId;
                q.districtId = filter().districtId;
                q.statuses = {status};
                Q_EMIT openQueue(q);
            });
        }
        for (qsizetype i = 0; i < pie->slices().size(); ++i)
            pie->slices()[i]->setColor(paletteColour(i));
        c->addSeries(pie);
        c->legend()->setAlignment(Qt::AlignRight);
    }
    // A horizontal bar chart of a breakdown; clicking a bar opens the queue for that key.
    auto bars = [&](const QString &name, const QString &kind, const QList<Performance> &list, const QString &label,
                    const std::function<double(const Performance &)> &value, const QString &format) {
        QChart *c = m_charts.value(name)->chart();
        clear(c);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(label);
        QStringList cats;
        QStringList keys;
        double max = 0;
        for (const Performance &p : list) {
            const double v = value(p);
            cats.append(nameOf(kind, p.key));
            keys.append(p.key);
            set->append(v);
            max = std::max(max, v);
        }
        series->append(set);
        attach(c, series, shortLabels(cats), max, true, format);
        c->legend()->hide();
        showWholeNames({set}, cats, [](double v) { return QLocale().toString(v); });
        if (auto *axis = c->axes(Qt::Vertical).value(0)) {
            QFont small = axis->labelsFont();
            small.setPointSizeF(small.pointSizeF() * 0.85);
            axis->setLabelsFont(small);
        }
        connect(set, &QBarSet::clicked, this, [this, kind, keys](int index) {
            QueueFilter q;
            q.departmentId = kind == QLatin1String("department") ? keys.value(index) : filter().departmentId;
            q.districtId = kind == QLatin1String("district") ? keys.value(index) : filter().districtId;
            q.typeId = kind == QLatin1String("type") ? keys.value(index) : QString();
            Q_EMIT openQueue(q);
        });
        return set;
    };
    bars(QStringLiteral("groups"), QStringLiteral("group"), m_data.byGroup, tr("Received"),
         [](const Performance &p) { return double(p.received); }, QStringLiteral("%d"));
    {
        // Received and closed within the deadline, side by side for each department.
        QChart *c = m_charts.value(QStringLiteral("departments"))->chart();
        clear(c);
        auto *series = new QHorizontalBarSeries;
        auto *received = new QBarSet(tr("Received"));
        auto *met = new QBarSet(tr("Closed within the deadline"));
        QStringList cats, keys;
        double max = 0;
        for (const Performance &p : std::as_const(m_data.byDepartment)) {
            cats.append(nameOf(QStringLiteral("department"), p.key));
            keys.append(p.key);
            received->append(double(p.received));
            met->append(double(p.closedOnTime));
            max = std::max(max, double(p.received));
        }
        series->append(received);
        series->append(met);
        attach(c, series, shortLabels(cats), max, true);
        showWholeNames({received, met}, cats, [](double v) { return QLocale().toString(v); });
        // The legend beside the bars rather than below them: below, it takes the height the axis labels need.
        c->legend()->setAlignment(Qt::AlignTop);
        smallerCategoryLabels(c);
        for (QBarSet *set : {received, met})
            connect(set, &QBarSet::clicked, this, [this, keys](int index) {
                QueueFilter q;
                q.departmentId = keys.value(index);
                q.districtId = filter().districtId;
                Q_EMIT openQueue(q);
            });
    }
    {
        QChart *c = m_charts.value(QStringLiteral("resolution"))->chart();
        clear(c);
        auto *series = new QHorizontalBarSeries;
        auto *median50 = new QBarSet(tr("Median"));
        auto *p90set = new QBarSet(tr("90 %"));
        QStringList cats;
        double max = 0;
        for (const Performance &p : std::as_const(m_data.byDepartment)) {
            const double a = Dashboard::resolutionPercentileHours(p.resolution, 0.5).value_or(0);
            const double b = Dashboard::resolutionPercentileHours(p.resolution, 0.9).value_or(0);
            median50->append(a);
            p90set->append(b);
            cats.append(nameOf(QStringLiteral("department"), p.key));
            max = std::max(max, b);
        }
        series->append(median50);
        series->append(p90set);
        attach(c, series, shortLabels(cats), max, true);
        showWholeNames({median50, p90set}, cats, [](double v) { return tr("%1 h").arg(QLocale().toString(v, 'f', 0)); });
        c->legend()->setAlignment(Qt::AlignTop);
        // Ten departments of two bars each: at the axis's own size Qt Charts cuts every name down to "…".
        smallerCategoryLabels(c);
    }
    {
        QChart *c = m_charts.value(QStringLiteral("escalations"))->chart();
        clear(c);
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Steps"));
        double max = 0;
        for (qint64 n : m_data.escalations) {
            set->append(double(n));
            max = std::max(max, double(n));
        }
        series->append(set);
        attach(c, series, {tr("At risk"), tr("Breached"), tr("Management")}, max, false);
        c->legend()->hide();
        // Counted from requests' own rows: a partial replica has them from its scope's start only.
        if (!m_data.escalationsKnown && m_rowsHeldSince)
            c->setTitle(tr("Escalations per level: not on this desk before %1 (the server has them)")
                            .arg(DateText::date(QDateTime::fromMSecsSinceEpoch(*m_rowsHeldSince).date())));
        else
            c->setTitle(tr("Escalations per level"));
    }
    bars(QStringLiteral("satisfaction"), QStringLiteral("department"), m_data.byDepartment, tr("Mean rating (1–5)"),
         [](const Performance &p) { return p.meanSatisfaction().value_or(0); }, QStringLiteral("%.1f"));
    // Ratings run from 1 to 5: so does their axis, in whole steps (a department without ratings has no bar).
    if (auto *axis = qobject_cast<QValueAxis *>(m_charts.value(QStringLiteral("satisfaction"))->chart()->axes(Qt::Horizontal).value(0))) {
        axis->setRange(1, 5);
        axis->setTickCount(5);
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    {
        QChart *c = m_charts.value(QStringLiteral("accuracy"))->chart();
        clear(c);
        auto *pie = new QPieSeries;
        const QStringList names{tr("Accurate"), tr("Partly accurate"), tr("Inaccurate"), tr("False report")};
        for (int i = 0; i < 4; ++i)
            if (t.accuracy[size_t(i)] > 0)
                pie->append(QStringLiteral("%1 (%2)").arg(names[i], locale.toString(t.accuracy[size_t(i)])), double(t.accuracy[size_t(i)]));
        for (qsizetype i = 0; i < pie->slices().size(); ++i)
            pie->slices()[i]->setColor(paletteColour(i));
        c->addSeries(pie);
        c->legend()->setAlignment(Qt::AlignRight);
    }
    auto top = [&](const QString &name, const QString &kind, const QList<std::pair<QString, qint64>> &list) {
        QList<Performance> asList;
        for (auto it = list.crbegin(); it != list.crend(); ++it) { // largest at the top of a horizontal chart
            Performance p;
            p.key = it->first;
            p.received = it->second;
            asList.append(p);
        }
        bars(name, kind, asList, tr("Received"), [](const Performance &p) { return double(p.received); }, QStringLiteral("%d"));
    };
    top(QStringLiteral("topTypes"), QStringLiteral("type"), m_data.topTypes);
    top(QStringLiteral("topDistricts"), QStringLiteral("district"), m_data.topDistricts);
}

} // namespace CivicDesk
