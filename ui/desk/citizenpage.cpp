// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizenpage.h"
#include "core/text/datetext.h"

#include "core/session/desksession.h"
#include "core/storage/organisationrepository.h"
#include "core/storage/requestrepository.h"
#include "ui/widgets/requesthistoryview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

QString when(qint64 ms)
{
    return ms <= 0 ? QString() : DateText::dateTime(ms);
}

QString phoneLabel(const QString &label)
{
    if (label == QLatin1String("mobile"))
        return CitizenPage::tr("mobile");
    if (label == QLatin1String("home") || label == QLatin1String("landline"))
        return CitizenPage::tr("home");
    if (label == QLatin1String("work"))
        return CitizenPage::tr("work");
    return label;
}

QChartView *makeChartView(QWidget *parent, const QString &accessibleName)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150);
    view->setAccessibleName(accessibleName);
    return view;
}

} // namespace

CitizenPage::CitizenPage(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_name(new QLabel(this))
    , m_details(new QLabel(this))
    , m_reputation(new QLabel(this))
    , m_requests(new QTableWidget(0, 5, this))
    , m_timeline(new QListWidget(this))
    , m_historyTitle(new QLabel(this))
    , m_history(new RequestHistoryView(this))
    , m_satisfactionView(makeChartView(this, tr("Satisfaction ratings over time")))
    , m_channelView(makeChartView(this, tr("Contacts per channel")))
    , m_newRequest(new QPushButton(tr("&New request"), this))
    , m_edit(new QPushButton(tr("&Edit details"), this))
    , m_merge(new QPushButton(tr("Merge &with…"), this))
    , m_older(new QPushButton(tr("O&lder requests from the server"), this))
    , m_olderState(new QLabel(this))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_requests->setHorizontalHeaderLabels({tr("Tracking no."), tr("Type"), tr("Status"), tr("Filed"), tr("Deadline")});
    m_requests->setAccessibleName(tr("Requests of this citizen"));
    m_requests->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requests->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requests->verticalHeader()->hide();
    m_requests->horizontalHeader()->setStretchLastSection(true);
    m_requests->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_requests->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_timeline->setAccessibleName(tr("Timeline"));
    m_timeline->setWordWrap(true);

    auto *header = new QVBoxLayout;
    header->addWidget(m_name);
    header->addWidget(m_details);
    header->addWidget(m_reputation);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newRequest);
    actions->addWidget(m_edit);
    actions->addWidget(m_merge);
    actions->addStretch();
    header->addLayout(actions);

    // The history of the request picked in the list, as the queue and the call desk show it.
    m_history->setAccessibleName(tr("History of the selected request"));
    m_history->setMinimumHeight(fontMetrics().height() * 2); // the page still fits a small window
    auto *requestsBox = new QGroupBox(tr("Requests"), this);
    auto *requestsLayout = new QVBoxLayout(requestsBox);
    requestsLayout->addWidget(m_requests, 3);
    // A partial replica: the citizen's requests older than its scope are on the server, fetched when asked for.
    auto *older = new QHBoxLayout;
    m_older->setObjectName(QStringLiteral("olderRequests"));
    m_olderState->setObjectName(QStringLiteral("olderState"));
    m_olderState->setWordWrap(true);
    older->addWidget(m_older);
    older->addWidget(m_olderState, 1);
    requestsLayout->addLayout(older);
    m_older->hide();
    m_olderState->hide();
    requestsLayout->addWidget(m_historyTitle);
    requestsLayout->addWidget(m_history, 2);
    auto *timelineBox = new QGroupBox(tr("Timeline"), this);
    (new QVBoxLayout(timelineBox))->addWidget(m_timeline);
    auto *chartsBox = new QGroupBox(tr("Satisfaction and contacts"), this);
    auto *charts = new QHBoxLayout(chartsBox);
    charts->addWidget(m_satisfactionView);
    charts->addWidget(m_channelView);

    auto *grid = new QGridLayout(this);
    grid->addLayout(header, 0, 0, 1, 2);
    grid->addWidget(requestsBox, 1, 0);
    grid->addWidget(timelineBox, 1, 1);
    grid->addWidget(chartsBox, 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);

    if (!m_desk.writable()) { // a file open read-only: the citizen is shown, not changed
        for (QPushButton *b : {m_newRequest, m_edit, m_merge}) {
            b->setEnabled(false);
            b->setToolTip(tr("This file is open read-only: nothing can be changed in it."));
        }
    }
    connect(m_newRequest, &QPushButton::clicked, this, &CitizenPage::newRequestRequested);
    connect(m_edit, &QPushButton::clicked, this, &CitizenPage::editRequested);
    connect(m_merge, &QPushButton::clicked, this, &CitizenPage::mergeRequested);
    connect(m_older, &QPushButton::clicked, this, [this] {
        if (!m_profile.citizen.id.isEmpty())
            Q_EMIT olderRequestsWanted(m_profile.citizen.id);
    });
    connect(m_requests, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < m_profile.requests.size())
            Q_EMIT requestOpened(m_profile.requests[row].id);
    });
    connect(m_requests, &QTableWidget::currentCellChanged, this, [this](int row) { showHistoryOf(row); });
    connect(m_timeline, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT requestOpened(id);
    });
}

void CitizenPage::setServerHistory(int months)
{
    m_scopeMonths = months;
    m_older->setVisible(months > 0);
    m_older->setToolTip(tr("This desk holds the open requests and those of the last %1 months; the citizen's older ones are on the server.").arg(months));
}

void CitizenPage::showOlderLooking()
{
    m_older->setEnabled(false);
    m_olderState->setText(tr("Looking for older requests on the server…"));
    m_olderState->show();
}

void CitizenPage::showOlderFetched(const QStringList &ids, const QString &error, bool offline)
{
    m_older->setEnabled(true);
    m_olderState->show();
    if (!error.isEmpty()) {
        m_olderState->setText(offline ? tr("The server cannot be reached: the requests older than %1 months are not on this desk. Try again when "
                                           "the desk is online.").arg(m_scopeMonths)
                                      : tr("The server could not send the older requests: %1").arg(error));
        return;
    }
    if (ids.isEmpty()) {
        m_olderState->setText(tr("The server has no older requests of this citizen."));
        return;
    }
    m_olderState->setText(tr("%n older request(s) fetched from the server; this desk keeps them.", nullptr, int(ids.size())));
    if (!m_profile.citizen.id.isEmpty())
        show(m_profile.citizen.id);
}

bool CitizenPage::show(const QString &citizenId)
{
    Result<CitizenProfile> p = m_desk.profiles().load(citizenId);
    if (!p) {
        m_name->setText(tr("Citizen not found"));
        m_details->setText(p.error().message.toHtmlEscaped());
        m_requests->setRowCount(0);
        m_timeline->clear();
        return false;
    }
    show(p.value());
    return true;
}

void CitizenPage::show(const CitizenProfile &profile)
{
    m_profile = profile;
    const Citizen &c = profile.citizen;
    const QLocale locale;
    m_name->setText(c.displayName());

    QStringList lines;
    QString kind = displayName(c.kind);
    if (!c.organisation.isEmpty() && (c.kind == CitizenKind::Person || c.kind == CitizenKind::Volunteer))
        kind += QStringLiteral(" · ") + c.organisation.toHtmlEscaped();
    if (!c.preferredLanguage.isEmpty())
        kind += QStringLiteral(" · ") + tr("speaks %1").arg(QLocale(c.preferredLanguage).nativeLanguageName());
    lines.append(kind);
    QStringList phones;
    for (const CitizenPhone &p : c.phones) {
        const ParsedPhone parsed = m_desk.phones().parse(p.e164.isEmpty() ? p.typed : p.e164);
        QString shown = parsed.e164.isEmpty() ? p.typed.toHtmlEscaped() + QStringLiteral(" ⚠") : parsed.national.toHtmlEscaped();
        if (!parsed.e164.isEmpty() && parsed.regionCode != m_desk.tenant().country)
            shown = parsed.international.toHtmlEscaped();
        phones.append(QStringLiteral("<b>%1</b>").arg(shown) + (p.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(phoneLabel(p.label).toHtmlEscaped())));
    }
    if (!phones.isEmpty())
        lines.append(tr("Phone: %1").arg(phones.join(QStringLiteral(", "))));
    QStringList emails;
    for (const CitizenEmail &e : c.emails)
        emails.append(e.address.toHtmlEscaped());
    if (!emails.isEmpty())
        lines.append(tr("E-mail: %1").arg(emails.join(QStringLiteral(", "))));
    if (!c.address.isEmpty())
        lines.append(tr("Address: %1").arg(c.address.toHtmlEscaped()));
    if (!c.taxId.isEmpty())
        lines.append(tr("Tax id: %1").arg(c.taxId.toHtmlEscaped()));
    QStringList yes, no;
    for (ContactChannel ch : allContactChannels()) {
        bool granted = false;
        for (const Consent &k : c.consents)
            if (k.channel == ch)
                granted = k.granted;
        (granted ? yes : no).append(displayName(ch));
    }
    lines.append(tr("May be contacted by: %1").arg(yes.isEmpty() ? tr("nothing") : yes.join(QStringLiteral(", "))));
    // Why nothing goes by a channel the citizen turned down themselves.
    for (const Consent &k : c.consents) {
        if (k.granted || k.source.isEmpty())
            continue;
        const QString when = DateText::dateTime(k.at);
        if (k.source == QLatin1String("email-link"))
            lines.append(tr("Stopped the e-mails with the link in one of them, %1").arg(when).toHtmlEscaped());
        else if (k.source == QLatin1String("sms-stop"))
            lines.append(tr("Stopped the SMS by answering STOP, %1").arg(when).toHtmlEscaped());
    }
    m_details->setText(lines.join(QStringLiteral("<br>")));

    if (profile.accuracyScore)
        m_reputation->setText(tr("Report accuracy: %1 % over %n rated report(s)", nullptr, profile.ratedReports)
                                  .arg(locale.toString(*profile.accuracyScore, 'f', 0)));
    else
        m_reputation->setText(tr("Report accuracy: no report rated yet"));

    // Filled quietly: the history below follows the row made current at the end, once.
    const QSignalBlocker quiet(m_requests);
    m_requests->setRowCount(int(profile.requests.size()));
    const qint64 now = m_desk.clock()();
    for (int row = 0; row < profile.requests.size(); ++row) {
        const CitizenRequest &r = profile.requests[row];
        auto item = [](const QString &text) {
            return new QTableWidgetItem(text);
        };
        m_requests->setItem(row, 0, item(r.ownReport ? r.trackingNumber : r.trackingNumber + QStringLiteral(" ＋")));
        m_requests->setItem(row, 1, item(r.typeName));
        m_requests->setItem(row, 2, item(displayName(r.status)));
        m_requests->setItem(row, 3, item(when(r.createdAt)));
        auto *due = item(isOpen(r.status) ? when(r.dueAt) : QString());
        if (isOpen(r.status) && r.dueAt > 0 && r.dueAt < now) {
            due->setForeground(QColor(0xb0, 0x00, 0x20));
            due->setText(tr("%1 (late)").arg(due->text()));
        }
        m_requests->setItem(row, 4, due);
    }
    m_requests->resizeColumnToContents(0);
    m_requests->resizeColumnToContents(2);
    // The newest request's history at once: "where is my request?" is the most common call.
    if (!profile.requests.isEmpty())
        m_requests->setCurrentCell(0, 0);
    showHistoryOf(m_requests->currentRow());
    m_requests->resizeColumnToContents(3);

    m_timeline->clear();
    for (const TimelineEntry &e : profile.timeline) {
        QString icon;
        switch (e.kind) {
        case TimelineEntry::Kind::Call: icon = QStringLiteral("☎"); break;
        case TimelineEntry::Kind::Request: icon = QStringLiteral("✎"); break;
        case TimelineEntry::Kind::Notification: icon = QStringLiteral("✉"); break;
        case TimelineEntry::Kind::Rating: icon = QStringLiteral("★"); break;
        case TimelineEntry::Kind::Merge: icon = QStringLiteral("⇄"); break;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 — %3\n      %4").arg(icon, when(e.at), e.title, e.detail), m_timeline);
        item->setData(Qt::UserRole, e.requestId);
        if (m_timeline->count() >= 300)
            break;
    }
    fillCharts();
}

void CitizenPage::fillCharts()
{
    // Satisfaction over time.
    QChart *sat = m_satisfactionView->chart();
    sat->removeAllSeries();
    for (QAbstractAxis *a : sat->axes()) {
        sat->removeAxis(a);
        delete a;
    }
    sat->setTitle(tr("Satisfaction (1–5)"));
    auto *line = new QLineSeries;
    auto *points = new QScatterSeries;
    points->setMarkerSize(8);
    for (const auto &[at, value] : m_profile.satisfaction) {
        line->append(double(at), value);
        points->append(double(at), value);
    }
    sat->addSeries(line);
    sat->addSeries(points);
    auto *time = new QDateTimeAxis;
    time->setFormat(QStringLiteral("MM/yy"));
    time->setTickCount(4);
    qint64 first = m_profile.satisfaction.isEmpty() ? m_desk.clock()() - 365LL * 86400000 : m_profile.satisfaction.front().first;
    qint64 last = m_profile.satisfaction.isEmpty() ? m_desk.clock()() : m_profile.satisfaction.back().first;
    if (last - first < 30LL * 86400000) {
        first -= 15LL * 86400000;
        last += 15LL * 86400000;
    }
    time->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    auto *score = new QValueAxis;
    score->setRange(0.5, 5.5);
    score->setTickCount(5);
    score->setTickType(QValueAxis::TicksDynamic);
    score->setTickAnchor(1);
    score->setTickInterval(1);
    score->setLabelFormat(QStringLiteral("%d"));
    sat->addAxis(time, Qt::AlignBottom);
    sat->addAxis(score, Qt::AlignLeft);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points)}) {
        s->attachAxis(time);
        s->attachAxis(score);
    }
    if (m_profile.satisfaction.isEmpty())
        sat->setTitle(tr("Satisfaction (1–5): not rated yet"));

    // Contacts per channel.
    QChart *ch = m_channelView->chart();
    ch->removeAllSeries();
    for (QAbstractAxis *a : ch->axes()) {
        ch->removeAxis(a);
        delete a;
    }
    ch->setTitle(tr("Contacts per channel"));
    auto *set = new QBarSet(tr("Contacts"));
    QStringList categories;
    int most = 1;
    for (auto it = m_profile.contactsPerChannel.cbegin(); it != m_profile.contactsPerChannel.cend(); ++it) {
        if (it.value() <= 0)
            continue;
        categories.append(displayName(it.key()));
        set->append(it.value());
        most = std::max(most, it.value());
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    ch->addSeries(bars);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, most);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(std::min(most, 4) + 1);
    ch->addAxis(axisX, Qt::AlignBottom);
    ch->addAxis(axisY, Qt::AlignLeft);
    bars->attachAxis(axisX);
    bars->attachAxis(axisY);
}

void CitizenPage::showHistoryOf(int row)
{
    m_history->clear();
    m_historyTitle->clear();
    if (row < 0 || row >= m_profile.requests.size())
        return;
    m_historyTitle->setText(tr("History of %1").arg(m_profile.requests[row].trackingNumber));
    if (m_names.isEmpty())
        m_names = OrganisationRepository(m_desk.db()).displayNames(m_desk.uiLanguage());
    const QString &id = m_profile.requests[row].id;
    m_history->showRequest(id, RequestRepository(m_desk.db()).events(id), m_names);
}

} // namespace CivicDesk
