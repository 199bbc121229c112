// SPDX-License-Identifier: GPL-3.0-or-later
#include "requestpage.h"

#include "core/text/desktranslations.h"
#include "core/text/datetext.h"

#include "core/session/changemonitor.h"
#include "core/session/desksession.h"
#include "ui/map/mapsetup.h"
#include "ui/map/mapwidget.h"
#include "ui/queue/requestactions.h"
#include "ui/widgets/requesthistoryview.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace CivicDesk {

namespace {

/// The languages a caller can be answered in, each by its own name.
const QList<std::pair<QString, QString>> &answerLanguages()
{
    static const QList<std::pair<QString, QString>> all = [] {
        QList<std::pair<QString, QString>> out;
        for (const char *code : {"el", "en", "ro", "it", "ca", "es"})
            out.append({QString::fromLatin1(code), languageOwnName(QString::fromLatin1(code))});
        return out;
    }();
    return all;
}

} // namespace

RequestPage::RequestPage(DeskSession &desk, const QString &requestId, const QString &callerLanguage, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_id(requestId)
    , m_reader(std::make_unique<RequestSheetReader>(desk.db(), desk.workflow(), desk.uiLanguage()))
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_state(new QLabel(this))
    , m_details(new QTextBrowser(this))
    , m_photos(new QListWidget(this))
    , m_map(new MapWidget(this))
    , m_answerLanguage(new QComboBox(this))
    , m_answer(new QTextBrowser(this))
    , m_history(new RequestHistoryView(this))
    , m_note(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("Add the &note"), this))
    , m_message(new QLabel(this))
    , m_actions(new RequestActions(desk, *this, [this] { return QStringList{m_id}; }))
{
    setObjectName(QStringLiteral("RequestPage"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setStyleSheet(QStringLiteral("color: palette(dark);"));
    QFont stateFont = m_state->font();
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_state->setWordWrap(true);

    // The facts and the reporters in one text: it wraps at any width, and its links (a reporter's page, the
    // request a duplicate repeats) are reached with Tab and opened with Enter.
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setAccessibleName(tr("The request"));
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    m_details->viewport()->setAutoFillBackground(false);
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme() == QLatin1String("citizen"))
            Q_EMIT citizenOpened(link.path());
        else if (link.scheme() == QLatin1String("request"))
            Q_EMIT requestOpened(link.path());
    });


    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(96, 96));
    m_photos->setMovement(QListView::Static);
    m_photos->setWrapping(false);
    m_photos->setFlow(QListView::LeftToRight);
    m_photos->setFixedHeight(96 + fontMetrics().height() * 2 + 16);
    m_photos->setAccessibleName(tr("Photos"));
    connect(m_photos, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(item->data(Qt::UserRole).toString()));
    });

    m_map->setLayerVisible(MapWidget::Layer::Legend, false);
    m_map->setLayerVisible(MapWidget::Layer::Heat, false);
    m_map->setLayerVisible(MapWidget::Layer::Route, false);
    m_map->setLayerVisible(MapWidget::Layer::Requests, false);
    m_map->setMinimumHeight(120);
    m_map->setMaximumHeight(220);
    m_map->setFocusPolicy(Qt::NoFocus);

    for (const auto &[code, name] : answerLanguages())
        m_answerLanguage->addItem(name, code);
    m_answerLanguage->setAccessibleName(tr("The caller's language"));
    m_answer->setAccessibleName(tr("What to tell the caller"));
    m_answer->setOpenLinks(false);
    m_answer->setMaximumHeight(fontMetrics().height() * 6);
    QFont answerFont = m_answer->font();
    answerFont.setPointSizeF(answerFont.pointSizeF() * 1.1);
    m_answer->setFont(answerFont);
    connect(m_answerLanguage, &QComboBox::currentIndexChanged, this, &RequestPage::showAnswer);

    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Internal note for the departments and the contractor (Ctrl+Enter adds it)"));
    m_note->setMaximumHeight(fontMetrics().height() * 4);
    m_note->setTabChangesFocus(true);
    auto *addNoteKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_note, nullptr, nullptr, Qt::WidgetShortcut);
    connect(addNoteKey, &QShortcut::activated, this, &RequestPage::submitNote);
    connect(m_addNote, &QPushButton::clicked, this, &RequestPage::submitNote);
    const bool mayNote = m_actions->action("actionNote") != nullptr;
    m_note->setVisible(mayNote);
    m_addNote->setVisible(mayNote);

    // Left: the facts, the reporters, the photos. Right: the map, the caller's answer, the history and notes.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_details, 1);
    leftLayout->addWidget(m_photos);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_map, 1);
    auto *answerBox = new QGroupBox(tr("What to tell the caller"), this);
    auto *answerLayout = new QVBoxLayout(answerBox);
    auto *languageRow = new QHBoxLayout;
    auto *languageLabel = new QLabel(tr("In &language:"), this);
    languageLabel->setBuddy(m_answerLanguage);
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_answerLanguage);
    languageRow->addStretch(1);
    answerLayout->addLayout(languageRow);
    answerLayout->addWidget(m_answer);
    rightLayout->addWidget(answerBox);
    auto *historyLabel = new QLabel(tr("History"), this);
    rightLayout->addWidget(historyLabel);
    rightLayout->addWidget(m_history, 3);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignBottom);
    rightLayout->addLayout(noteRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    left->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    // A tool bar: what does not fit a narrow window (the Greek labels are long) goes to its » menu instead of
    // widening the window past the screen.
    auto *buttons = new QHBoxLayout;
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("requestActionsBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *a : m_actions->actions()) {
        bar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a))) {
            b->setAutoRaise(false);
            b->setToolTip(a->text().remove(u'&') + QStringLiteral(" (") + a->shortcut().toString(QKeySequence::NativeText) + u')');
        }
    }
    buttons->addWidget(bar, 1);
    auto *close = new QPushButton(tr("&Close"), this);
    close->setToolTip(tr("Close this page (Ctrl+W)"));
    buttons->addWidget(close);
    connect(close, &QPushButton::clicked, this, &RequestPage::closeRequested);
    auto *closeKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_W), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(closeKey, &QShortcut::activated, this, &RequestPage::closeRequested);

    auto *header = new QVBoxLayout;
    header->setSpacing(2);
    header->addWidget(m_title);
    header->addWidget(m_subtitle);
    header->addWidget(m_state);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_actions, &RequestActions::applied, this, [this](int done, int total, const QStringList &problems) {
        QString text = done == total ? tr("%1 changed.").arg(m_sheet.request.trackingNumber)
                                     : tr("%1 was not changed.").arg(m_sheet.request.trackingNumber);
        if (!problems.isEmpty())
            text += u' ' + problems.join(u' ');
        m_message->setText(text);
        Q_EMIT message(text);
        if (done > 0) {
            reload();
            Q_EMIT requestsChanged();
        }
    });
    connect(m_actions, &RequestActions::noteWanted, this, [this] { m_note->setFocus(); });
    connect(m_actions, &RequestActions::workListWanted, this, [this] {
        m_message->setText(tr("The crew work list is in the work queue (W there)."));
    });
    // Another desk's or the ladder's changes show here too, when the page is seen.
    connect(&m_desk.changes(), &ChangeMonitor::changed, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });

    reload();
    const QString language = callerLanguage.isEmpty() ? m_sheet.callerLanguage : callerLanguage;
    const int at = m_answerLanguage->findData(language);
    m_answerLanguage->setCurrentIndex(at >= 0 ? at : m_answerLanguage->findData(QStringLiteral("en")));
    showAnswer();
    setFocusProxy(m_answerLanguage);
}

RequestPage::~RequestPage() = default;

QString RequestPage::detailsText() const
{
    return m_details->toPlainText();
}

QString RequestPage::callerAnswer() const
{
    return m_answer->toPlainText();
}

void RequestPage::reload()
{
    m_stale = false;
    Result<RequestSheet> sheet = m_reader->read(m_id, m_desk.clock()());
    m_actions->refresh();
    if (!sheet) {
        m_title->setText(tr("Request not found"));
        m_state->setText(sheet.error().message);
        return;
    }
    m_sheet = std::move(sheet).value();
    m_loaded = true;
    fill();
    showAnswer();
}

void RequestPage::fill()
{
    const ServiceRequest &r = m_sheet.request;
    m_title->setText(r.trackingNumber + QStringLiteral(" — ") + (m_sheet.typeName.isEmpty() ? tr("Unknown type") : m_sheet.typeName));
    m_subtitle->setText(m_sheet.groupName);
    QStringList state{displayName(r.status), tr("priority %1").arg(displayName(r.priority))};
    if (m_sheet.open && m_sheet.deadline.state != DeadlineState::None)
        state.append(displayName(m_sheet.deadline.state));
    if (r.emergency)
        state.prepend(tr("EMERGENCY"));
    m_state->setText(state.join(QStringLiteral(" · ")));
    const bool late = m_sheet.open && m_sheet.deadline.state == DeadlineState::Breached;
    m_state->setStyleSheet(late || r.emergency ? QStringLiteral("color: #b00020;") : QString());

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&](const QString &label, const QString &valueHtml) {
        if (!valueHtml.trimmed().isEmpty())
            html += QStringLiteral("<tr><td style=\"color: #555; white-space: nowrap;\" valign=\"top\">%1</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), valueHtml);
    };
    auto text = [&](const QString &label, const QString &value) { row(label, value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))); };
    text(tr("Filed:"), tr("%1 by %2").arg(DateText::dateTime(r.createdAt), displayName(r.channel)));
    QString place = r.address;
    if (!m_sheet.districtName.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" · ")) + m_sheet.districtName;
    if (place.isEmpty() && r.location.isValid())
        place = QStringLiteral("%1, %2").arg(r.location.latitude(), 0, 'f', 6).arg(r.location.longitude(), 0, 'f', 6);
    text(tr("Place:"), place.isEmpty() ? tr("not given") : place);
    text(tr("Department:"), m_sheet.departmentName.isEmpty() ? tr("not routed yet") : m_sheet.departmentName);
    text(tr("Crew:"), m_sheet.crewName);
    text(tr("Assigned to:"), m_sheet.assigneeName.isEmpty() ? tr("nobody yet") : m_sheet.assigneeName);
    if (m_sheet.open)
        text(tr("Deadline:"), r.dueAt > 0 ? DateText::dateTime(r.dueAt) : tr("none set"));
    else
        text(tr("Closed:"), DateText::dateTime(r.closedAt));
    text(tr("Status note:"), r.statusNotes.trimmed());
    if (!m_sheet.masterId.isEmpty())
        row(tr("Duplicate of:"), QStringLiteral("<a href=\"request:%1\">%2</a>").arg(m_sheet.masterId, m_sheet.masterTrackingNumber.toHtmlEscaped()));
    text(tr("Description:"), r.description);
    for (const RequestSheet::Answer &a : std::as_const(m_sheet.answers))
        text(a.question + u':', a.value);
    if (r.satisfaction > 0) {
        QString rating = tr("%1 of 5").arg(r.satisfaction);
        if (!r.satisfactionComment.isEmpty())
            rating += QStringLiteral(" — ") + r.satisfactionComment;
        text(tr("Citizen's rating:"), rating);
    }
    if (r.accuracy)
        text(tr("Report accuracy:"), displayName(*r.accuracy));
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Reported by").toHtmlEscaped());

    QStringList who;
    for (const RequestSheet::Reporter &p : std::as_const(m_sheet.reporters)) {
        QString line = QStringLiteral("<a href=\"citizen:%1\">%2</a>").arg(p.citizenId, p.name.toHtmlEscaped());
        QStringList contact = p.phones;
        contact.append(p.emails);
        if (!contact.isEmpty())
            line += QStringLiteral(" · ") + contact.join(QStringLiteral(", ")).toHtmlEscaped();
        if (!p.filedIt && !r.citizenId.isEmpty())
            line += QStringLiteral(" <i>(%1)</i>").arg(tr("reported it again").toHtmlEscaped());
        who.append(line);
    }
    html += who.isEmpty() ? tr("Nobody: the request was filed anonymously.").toHtmlEscaped() : who.join(QStringLiteral("<br>"));
    // What the citizens were told, and whether it reached them.
    if (!m_sheet.messages.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Messages to the citizens").toHtmlEscaped());
        QStringList lines;
        for (const RequestSheet::Sent &m : std::as_const(m_sheet.messages)) {
            QString line = (m.channel == QLatin1String("email") ? tr("E-mail to %1") : tr("SMS to %1")).arg(m.address) + QStringLiteral(" · ");
            if (m.status == QLatin1String("sent")) {
                line += tr("sent %1").arg(DateText::dateTime(m.sentAt));
                // What the gateway said of it afterwards.
                if (m.report == QLatin1String("delivered"))
                    line += QStringLiteral(" · ") + tr("delivered to the phone %1").arg(DateText::dateTime(m.reportedAt));
                else if (m.report == QLatin1String("undelivered"))
                    line += QStringLiteral(" · ") + tr("not delivered to the phone (reported %1)").arg(DateText::dateTime(m.reportedAt));
                else if (m.report == QLatin1String("refused"))
                    line += QStringLiteral(" · ") + tr("refused by the carrier (reported %1)").arg(DateText::dateTime(m.reportedAt));
                else if (m.report == QLatin1String("accepted") || m.report == QLatin1String("queued"))
                    line += QStringLiteral(" · ") + tr("with the carrier, not yet delivered");
            }
            else if (m.status == QLatin1String("failed"))
                line += tr("not sent: %1").arg(m.lastError);
            else if (m.attempts > 0)
                line += tr("waiting: tried %n time(s), next at %1 (%2)", nullptr, m.attempts).arg(DateText::dateTime(m.nextAttemptAt), m.lastError);
            else
                line += tr("waiting to be sent since %1").arg(DateText::dateTime(m.queuedAt));
            lines.append(line.toHtmlEscaped());
        }
        html += lines.join(QStringLiteral("<br>"));
    }
    m_details->setHtml(html);

    m_photos->clear();
    for (const Attachment &a : std::as_const(m_sheet.photos)) {
        const QString path = QDir(m_sheet.photoDirectory).filePath(a.storedPath);
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid())
            reader.setScaledSize(size.scaled(96, 96, Qt::KeepAspectRatio));
        const QImage image = reader.read();
        auto *item = new QListWidgetItem(a.fileName, m_photos);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QFileInfo::exists(path) ? a.fileName : tr("%1 is not on this desk.").arg(a.fileName));
        if (!image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(image)));
    }
    m_photos->setVisible(!m_sheet.photos.isEmpty());

    m_history->showRequest(r.id, m_sheet.history, m_sheet.actorNames);
    m_map->setPin(r.location);
    if (m_mapReady && r.location.isValid())
        m_map->setView(r.location, 17);
}

void RequestPage::showAnswer()
{
    if (!m_loaded)
        return;
    const QString language = m_answerLanguage->currentData().toString();
    m_answer->setPlainText(m_reader->callerAnswer(m_sheet, language, m_desk.clock()()));
}

void RequestPage::submitNote()
{
    const QString text = m_note->toPlainText();
    if (m_actions->addNote(text) > 0)
        m_note->clear();
}

void RequestPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The map is set up when first seen: a page opened and never looked at costs no base map.
    if (!m_mapReady) {
        m_mapReady = true;
        setUpMap(*m_map, m_desk);
        if (m_sheet.request.location.isValid())
            m_map->setView(m_sheet.request.location, 17);
    }
    if (m_stale)
        reload();
}

} // namespace CivicDesk
