// SPDX-License-Identifier: GPL-3.0-or-later
#include "callpanel.h"

#include "ui/desk/citizeneditor.h"
#include "ui/desk/citizenpage.h"
#include "core/session/desksession.h"
#include "core/desk/requestsheet.h"
#include "ui/desk/intakeform.h"
#include "ui/desk/matchfield.h"
#include "ui/lookup/searchpanel.h"
#include "core/search/searchservice.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/organisationrepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QKeyEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

/// Before drafts were kept per user, the desk kept one for everybody under this key.
const QString sharedDraftKey = QStringLiteral("call");

QLabel *bigLabel(QWidget *parent, double scale)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

CallPanel::CallPanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_callerLabel(bigLabel(this, 1.3))
    , m_timerLabel(new QLabel(this))
    , m_waitingLabel(new QLabel(this))
    , m_warningLabel(new QLabel(this))
    , m_endButton(new QPushButton(tr("&End call (Ctrl+E)"), this))
    , m_stack(new QStackedWidget(this))
    , m_idle(new QLabel(this))
    , m_choosePage(new QWidget(this))
    , m_chooser(new QListWidget(this))
    , m_editor(new CitizenEditor(desk, this))
    , m_citizenPage(new CitizenPage(desk, this))
    , m_intake(new IntakeForm(desk, this))
    , m_donePage(new QWidget(this))
    , m_tracking(bigLabel(this, 3.2))
    , m_doneDetail(new QLabel(this))
    , m_reader(std::make_unique<RequestSheetReader>(desk.db(), desk.workflow(), desk.uiLanguage()))
{
    setObjectName(QStringLiteral("CallPanel"));
    m_waitingLabel->setStyleSheet(QStringLiteral("QLabel { background: #ffd54f; color: black; padding: 3px 8px; border-radius: 3px; font-weight: bold; }"));
    m_waitingLabel->hide();
    m_waitingLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_waitingLabel->setToolTip(tr("Take the next waiting call (F6)"));
    connect(m_waitingLabel, &QLabel::linkActivated, this, [this] { takeNextWaiting(true); });
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    m_warningLabel->setWordWrap(true);
    m_endButton->setEnabled(false);
    m_endButton->setFocusPolicy(Qt::NoFocus);
    m_callerLabel->setAccessibleName(tr("Caller"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_callerLabel);
    header->addWidget(m_timerLabel);
    header->addStretch();
    header->addWidget(m_waitingLabel);
    header->addWidget(m_endButton);

    m_idle->setAlignment(Qt::AlignCenter);
    m_idle->setWordWrap(true);

    auto *chooseLayout = new QVBoxLayout(m_choosePage);
    auto *chooseTitle = bigLabel(m_choosePage, 1.2);
    chooseTitle->setText(tr("Several citizens have this number — who is calling?"));
    m_chooser->setAccessibleName(tr("Citizens with this number"));
    auto *registerButton = new QPushButton(tr("None of them: &register a new citizen"), m_choosePage);
    chooseLayout->addWidget(chooseTitle);
    chooseLayout->addWidget(m_chooser, 1);
    chooseLayout->addWidget(registerButton, 0, Qt::AlignLeft);
    connect(m_chooser, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showCitizenInCall(item->data(Qt::UserRole).toString());
    });
    connect(registerButton, &QPushButton::clicked, this, [this] { registerNew(m_withheld ? QString() : m_call.callerNumber, m_warning); });

    auto *doneLayout = new QVBoxLayout(m_donePage);
    auto *doneTitle = new QLabel(tr("Tracking number — read it back to the caller:"), m_donePage);
    m_tracking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tracking->setAccessibleName(tr("Tracking number"));
    m_tracking->setStyleSheet(QStringLiteral("QLabel { letter-spacing: 2px; }"));
    m_doneDetail->setWordWrap(true);
    auto *copy = new QPushButton(tr("&Copy the number"), m_donePage);
    auto *another = new QPushButton(tr("&Another request (Ctrl+N)"), m_donePage);
    m_backToCitizen = new QPushButton(tr("Back to the &citizen"), m_donePage);
    m_readBack = new QLabel(m_donePage);
    m_readBack->setWordWrap(true);
    m_readBack->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readBack->setAccessibleName(tr("What to read back to the caller"));
    m_readBack->setStyleSheet(QStringLiteral("QLabel { font-size: 115%; padding: 6px; border-left: 3px solid palette(highlight); }"));
    auto *doneButtons = new QHBoxLayout;
    doneButtons->addWidget(copy);
    doneButtons->addWidget(another);
    doneButtons->addWidget(m_backToCitizen);
    doneButtons->addStretch();
    doneLayout->addStretch();
    doneLayout->addWidget(doneTitle);
    doneLayout->addWidget(m_tracking);
    doneLayout->addWidget(m_readBack);
    doneLayout->addWidget(m_doneDetail);
    doneLayout->addLayout(doneButtons);
    doneLayout->addStretch(2);
    connect(copy, &QPushButton::clicked, this, &CallPanel::copyTrackingNumber);
    connect(another, &QPushButton::clicked, this, &CallPanel::newRequest);
    connect(m_backToCitizen, &QPushButton::clicked, this, [this] {
        if (!m_citizenId.isEmpty())
            showCitizenInCall(m_citizenId);
    });

    // Long forms scroll rather than push the window beyond a laptop's screen.
    auto scrolled = [this](QWidget *page) {
        auto *area = new QScrollArea(this);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_stack->addWidget(m_idle);
    m_stack->addWidget(m_choosePage);
    m_stack->addWidget(scrolled(m_editor));
    m_stack->addWidget(m_citizenPage);
    m_stack->addWidget(scrolled(m_intake));
    m_stack->addWidget(m_donePage);

    // How a call that filed nothing ended: a digit picks, Enter ends the call, Esc goes back to the call.
    m_outcomePage = new QWidget(this);
    auto *outcomeLayout = new QVBoxLayout(m_outcomePage);
    auto *outcomeTitle = bigLabel(m_outcomePage, 1.2);
    outcomeTitle->setText(tr("This call filed no request. How did it end?"));
    outcomeTitle->setWordWrap(true);
    m_outcomes = new QListWidget(m_outcomePage);
    m_outcomes->setAccessibleName(tr("How the call ended"));
    int digit = 0;
    for (CallOutcome o : allCallOutcomes()) {
        if (o == CallOutcome::Request)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1   %2").arg(++digit).arg(displayName(o)), m_outcomes);
        item->setData(Qt::UserRole, toCode(o));
    }
    m_outcomes->setMaximumHeight(m_outcomes->sizeHintForRow(0) * (digit + 1));
    m_outcomeNote = new QLineEdit(m_outcomePage);
    m_outcomeNote->setPlaceholderText(tr("What was said or done (optional): \"gave the collection days\", \"passed to the water utility\""));
    m_outcomeNote->setMaxLength(500);
    m_outcomeNote->setAccessibleName(tr("Note on the call"));
    auto *noteLabel = new QLabel(tr("&Note:"), m_outcomePage);
    noteLabel->setBuddy(m_outcomeNote);
    auto *outcomeButtons = new QHBoxLayout;
    auto *endNow = new QPushButton(tr("&End the call (Enter)"), m_outcomePage);
    auto *back = new QPushButton(tr("&Back to the call (Esc)"), m_outcomePage);
    endNow->setDefault(true);
    outcomeButtons->addWidget(endNow);
    outcomeButtons->addWidget(back);
    outcomeButtons->addStretch();
    outcomeLayout->addWidget(outcomeTitle);
    outcomeLayout->addWidget(m_outcomes);
    outcomeLayout->addWidget(noteLabel);
    outcomeLayout->addWidget(m_outcomeNote);
    outcomeLayout->addLayout(outcomeButtons);
    outcomeLayout->addStretch();
    m_stack->addWidget(m_outcomePage);
    auto finish = [this] { endCallAsChosen(); };
    auto goBack = [this] {
        if (page() == Page::Outcome)
            setPage(m_beforeOutcome);
    };
    connect(endNow, &QPushButton::clicked, this, finish);
    connect(back, &QPushButton::clicked, this, goBack);
    connect(m_outcomes, &QListWidget::itemActivated, this, finish);
    connect(m_outcomeNote, &QLineEdit::returnPressed, this, finish);
    // Digits reach the outcome list through the desk-wide filter below (eventFilter).
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, goBack);
    m_outcomePage->addAction(escape);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_stack, 1);

    connect(m_endButton, &QPushButton::clicked, this, &CallPanel::requestEndCall);
    connect(m_editor, &CitizenEditor::citizenSaved, this, [this](const QString &id, bool created) {
        Q_EMIT message(created ? tr("Citizen registered.") : tr("Citizen saved."));
        clearDraft();
        showCitizenInCall(id);
    });
    connect(m_editor, &CitizenEditor::cancelled, this, &CallPanel::formCancelled);
    connect(m_editor, &CitizenEditor::anonymousRequested, this, &CallPanel::newAnonymousRequest);
    connect(m_editor, &CitizenEditor::edited, this, [this] { m_draftTimer.start(); });
    connect(m_citizenPage, &CitizenPage::newRequestRequested, this, &CallPanel::newRequest);
    connect(m_citizenPage, &CitizenPage::editRequested, this, [this] {
        m_editor->edit(m_citizenPage->profile().citizen);
        setPage(Page::Register);
    });
    connect(m_citizenPage, &CitizenPage::mergeRequested, this, &CallPanel::mergeCurrent);
    connect(m_citizenPage, &CitizenPage::requestOpened, this, &CallPanel::openRequest);
    connect(m_intake, &IntakeForm::draftChanged, this, [this] { m_draftTimer.start(); });
    connect(m_intake, &IntakeForm::filed, this, &CallPanel::filed);
    connect(m_intake, &IntakeForm::cancelled, this, &CallPanel::formCancelled);

    // Drafts are written a moment after the last keystroke: typing stays fluid, a crash loses < 0.3 s.
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(250);
    connect(&m_draftTimer, &QTimer::timeout, this, &CallPanel::saveDraft);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &CallPanel::updateHeader);

    // Actions of the call, with their shortcuts (listed in Help → Keyboard shortcuts).
    auto action = [this](const QString &text, const QKeySequence &key, auto slot, const QString &name) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        a->setObjectName(name);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    action(tr("&New request"), QKeySequence::New, [this] {
        if (page() == Page::Citizen || page() == Page::Done || (page() == Page::Idle && inCall()))
            newRequest();
        else if (inCall() && (page() == Page::Choose || (page() == Page::Register && m_editor->isNew())))
            newAnonymousRequest(); // the caller is not registered: the request is filed without a citizen
    }, QStringLiteral("actionNewRequest"));
    action(tr("Take the next &waiting call"), QKeySequence(Qt::Key_F6), [this] { takeNextWaiting(true); }, QStringLiteral("actionTakeNext"));
    action(tr("&End call"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { requestEndCall(); }, QStringLiteral("actionEndCall"));
    // A text field asks to keep Ctrl+E for itself (X11's "end of line") before any shortcut runs: during a call
    // that request is not passed on, so the call's shortcut wins wherever the cursor is.
    qApp->installEventFilter(this);
    action(tr("&Edit citizen"), QKeySequence(Qt::Key_F4), [this] {
        if (page() == Page::Citizen)
            Q_EMIT m_citizenPage->editRequested();
    }, QStringLiteral("actionEditCitizen"));
    action(tr("&Save citizen"), QKeySequence::Save, [this] {
        if (page() == Page::Register)
            m_editor->save();
    }, QStringLiteral("actionSaveCitizen"));
    action(tr("&Copy tracking number"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyTrackingNumber(); },
           QStringLiteral("actionCopyTracking"));
    action(tr("Register a new &citizen"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (inCall() && (page() == Page::Choose || page() == Page::Citizen || page() == Page::Done || page() == Page::Idle))
            registerNew(m_withheld ? QString() : m_call.callerNumber, m_warning);
    }, QStringLiteral("actionRegister"));

    setPage(Page::Idle);
    updateHeader();
}

CallPanel::~CallPanel()
{
    if (m_draftTimer.isActive())
        saveDraft();
}

CallPanel::Page CallPanel::page() const
{
    return Page(m_stack->currentIndex());
}

void CallPanel::setPage(Page page)
{
    m_stack->setCurrentIndex(int(page));
    updateHeader();
}

void CallPanel::incomingCall(const QString &number)
{
    Q_EMIT attentionNeeded();
    const bool busy = inCall() || page() == Page::Intake || page() == Page::Register;
    if (busy) {
        m_waiting.append(number);
        Q_EMIT message(tr("Call waiting from %1").arg(number.isEmpty() ? tr("an unknown number") : number));
        updateHeader();
        return;
    }
    take(number);
}

void CallPanel::take(const QString &number)
{
    // Who it is, read at once; the call itself logged by a command.
    const ScreenPop lookedUp = m_desk.calls().lookup(number);
    const Result<QJsonObject> started =
        m_desk.run(CommandName::StartCall, {{QStringLiteral("number"), number}, {QStringLiteral("citizenId"), lookedUp.call.citizenId}});
    Result<ScreenPop> pop = started ? Result<ScreenPop>(lookedUp) : Result<ScreenPop>(started.error());
    if (pop) {
        if (const std::optional<Call> call = m_desk.calls().call(started->value(QStringLiteral("callId")).toString()))
            pop->call = *call;
    }
    if (!pop) {
        // The caller is on the line all the same: what they say is taken down, the failure is said plainly.
        const QString failure = tr("The call could not be logged.\n\n%1").arg(pop.error().message);
        Q_EMIT message(failure);
        m_warning = failure;
        registerNew(number, failure);
        updateHeader();
        return;
    }
    m_call = pop->call;
    m_phone = pop->phone;
    m_warning = pop->warning;
    m_withheld = pop->withheld;
    m_matches = pop->matches;
    m_citizenId.clear();
    m_citizenLanguage.clear();
    m_lastFiled = {};
    m_callClock.start();
    m_tick.start();
    if (m_matches.size() == 1) {
        showCitizenInCall(m_matches.front().citizenId);
    } else if (m_matches.size() > 1) {
        m_chooser->clear();
        for (const CallerMatch &m : std::as_const(m_matches)) {
            QString text = m.name + QStringLiteral(" — ") + displayName(m.kind);
            if (!m.address.isEmpty())
                text += QStringLiteral(" · ") + m.address;
            text += QStringLiteral(" · ") + tr("%n request(s)", nullptr, m.requests);
            auto *item = new QListWidgetItem(text, m_chooser);
            item->setData(Qt::UserRole, m.citizenId);
        }
        m_chooser->setCurrentRow(0);
        setPage(Page::Choose);
        m_chooser->setFocus();
    } else {
        // A withheld number is no number: the field waits for the one the caller gives.
        registerNew(m_withheld ? QString() : number, m_warning);
    }
    updateHeader();
}

void CallPanel::registerNew(const QString &number, const QString &warning)
{
    m_editor->startNew(number, warning);
    m_editor->setAnonymousOffered(inCall());
    setPage(Page::Register);
    m_editor->givenName()->setFocus();
}

void CallPanel::showCitizenInCall(const QString &citizenId)
{
    Result<CitizenProfile> profile = m_desk.profiles().load(citizenId);
    if (!profile) {
        Q_EMIT message(profile.error().message);
        if (inCall())
            registerNew(m_call.callerNumber, profile.error().message);
        return;
    }
    m_citizenId = citizenId;
    m_citizenLanguage = profile->citizen.preferredLanguage;
    if (inCall() && m_call.citizenId != citizenId) {
        if (Status s = m_desk.runStatus(CommandName::SetCallCitizen, {{QStringLiteral("callId"), m_call.id}, {QStringLiteral("citizenId"), citizenId}}); s)
            m_call.citizenId = citizenId;
    }
    m_citizenPage->show(profile.value());
    setPage(Page::Citizen);
    m_citizenPage->setFocus();
    updateHeader();
}

void CallPanel::openCitizen(const QString &citizenId)
{
    // Registering a caller who turns out to be known: the call is theirs (the form is dropped, after asking
    // when something was typed in it).
    if (page() == Page::Register && inCall() && m_editor->isNew()) {
        if (m_editor->hasTypedAnything()
            && QMessageBox::question(this, tr("Registration"), tr("Drop the registration being typed and take this citizen as the caller?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
                   != QMessageBox::Yes)
            return;
        clearDraft();
        showCitizenInCall(citizenId);
        return;
    }
    if (page() == Page::Intake || page() == Page::Register) {
        // Never throw away a form being typed: it stays as a draft, the citizen opens after it.
        saveDraft();
        Q_EMIT message(tr("Finish or cancel the form first; it is kept as a draft."));
        return;
    }
    showCitizenInCall(citizenId);
}

void CallPanel::newRequest()
{
    m_intake->start(m_call.id, m_call.callerNumber, m_citizenId, m_citizenLanguage);
    setPage(Page::Intake);
    m_intake->typeField()->setFocus();
}

void CallPanel::formCancelled()
{
    clearDraft();
    // A form left from a call that ended: the calls waiting come first.
    if (!inCall() && !m_waiting.isEmpty()) {
        m_citizenId.clear();
        setPage(Page::Idle);
        takeNextWaiting();
        return;
    }
    if (!m_citizenId.isEmpty()) {
        showCitizenInCall(m_citizenId);
        return;
    }
    // In a call the caller stays on the line unnamed: the idle page says what can be done.
    setPage(Page::Idle);
}

void CallPanel::newAnonymousRequest()
{
    if (!inCall())
        return;
    clearDraft();
    m_citizenId.clear();
    m_citizenLanguage.clear();
    newRequest();
    Q_EMIT message(tr("A request without a citizen: nobody will be informed of its progress."));
}

bool CallPanel::fileFromMail(const IntakeDraft &draft, const QString &citizenLanguage)
{
    if (inCall() || page() == Page::Intake || page() == Page::Register) {
        Q_EMIT message(tr("Finish the call or the form in hand first; the e-mail keeps waiting."));
        return false;
    }
    m_citizenId = draft.citizenId;
    m_citizenLanguage = citizenLanguage;
    m_intake->restore(draft, citizenLanguage);
    setPage(Page::Intake);
    updateHeader();
    m_intake->typeField()->setFocus();
    return true;
}

void CallPanel::takeNextWaiting(bool asked)
{
    if (m_waiting.isEmpty()) {
        if (asked)
            Q_EMIT message(tr("No call is waiting."));
        return;
    }
    if (inCall()) {
        if (asked)
            Q_EMIT message(tr("End this call first (Ctrl+E); the next one waits."));
        return;
    }
    if (page() == Page::Intake || page() == Page::Register) {
        // A form left from a call that ended: the operator chooses, nothing is dropped silently.
        if (!asked)
            return;
        if (QMessageBox::question(this, tr("Take the next call"), tr("The form being typed has not been saved. Drop it and take the next call?"),
                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        clearDraft();
    }
    take(m_waiting.takeFirst());
}

void CallPanel::filed(const FiledRequest &result)
{
    m_lastFiled = result;
    clearDraft();
    m_tracking->setText(result.trackingNumber);
    QStringList detail;
    // One statement each: what was done, where it went, and whether the caller hears of it.
    detail.append(result.linked ? tr("The caller was added to this existing request.") : tr("New request filed."));
    if (result.priority == Priority::Emergency)
        detail.append(tr("Filed as an EMERGENCY at the top priority."));
    if (!result.departmentId.isEmpty()) {
        if (std::optional<Department> d = OrganisationRepository(m_desk.db()).department(result.departmentId))
            detail.append(tr("Sent to: %1.").arg(d->name.best(m_desk.uiLanguage())));
    }
    if (result.notificationChannel == QLatin1String("sms"))
        detail.append(tr("A confirmation SMS is on its way, and SMS will tell of its progress."));
    else if (result.notificationChannel == QLatin1String("email"))
        detail.append(tr("A confirmation e-mail is on its way, and e-mail will tell of its progress."));
    else if (!m_citizenId.isEmpty())
        detail.append(tr("The citizen has not agreed to messages: nothing is sent to them; they can call to ask."));
    if (m_citizenId.isEmpty())
        detail.append(tr("Filed without a citizen: nobody will be informed of its progress."));
    // What to read back, in the caller's language: the type, the place, who handles it and by when.
    if (const Result<RequestSheet> sheet = m_reader->read(result.requestId, m_desk.clock()()); sheet) {
        const QString language = m_citizenLanguage.isEmpty() ? sheet->callerLanguage : m_citizenLanguage;
        m_readBack->setText(m_reader->callerAnswer(sheet.value(), language, m_desk.clock()()));
    } else {
        m_readBack->clear();
    }
    m_doneDetail->setText(detail.join(u' '));
    m_backToCitizen->setVisible(!m_citizenId.isEmpty());
    setPage(Page::Done);
    Q_EMIT message(tr("Request %1 filed.").arg(result.trackingNumber));
    Q_EMIT requestsChanged();
}

void CallPanel::copyTrackingNumber()
{
    if (m_lastFiled.trackingNumber.isEmpty())
        return;
    QApplication::clipboard()->setText(m_lastFiled.trackingNumber);
    Q_EMIT message(tr("%1 copied.").arg(m_lastFiled.trackingNumber));
}

bool CallPanel::eventFilter(QObject *watched, QEvent *event)
{
    // On the outcome page a digit picks the outcome of that number, from the list or the note's empty field.
    if (event->type() == QEvent::KeyPress && (watched == m_outcomes || (watched == m_outcomeNote && m_outcomeNote->text().isEmpty()))) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString typed = key->text();
        const int row = typed.size() == 1 && typed.front().isDigit() ? typed.front().digitValue() - 1 : key->key() - Qt::Key_1;
        if ((key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && row >= 0 && row < m_outcomes->count()) {
            m_outcomes->setCurrentRow(row);
            m_outcomeNote->setFocus();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride && inCall()) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->key() == Qt::Key_E && (key->modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier && widget && widget->window() == window())
            return true; // not overridden: the shortcut map runs "End call"
    }
    return QWidget::eventFilter(watched, event);
}

void CallPanel::requestEndCall()
{
    if (!inCall())
        return;
    if (page() == Page::Outcome) { // Ctrl+E again: the outcome chosen
        endCallAsChosen();
        return;
    }
    if (page() == Page::Intake && !m_intake->draft().isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("End call"),
                                                  tr("The request being typed has not been filed. End the call and keep it as a draft?"),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        saveDraft();
        endCall(); // the request is still to be filed: the call's outcome is left open
        return;
    }
    if (m_desk.calls().filedRequest(m_call.id)) {
        endCall(CallOutcome::Request);
        return;
    }
    // A caller who asked about a request has "asked about a request" ready; otherwise "information given".
    bool lookedAt = false;
    for (const auto &[request, relation] : m_desk.calls().requestsOf(m_call.id))
        lookedAt = lookedAt || relation == QLatin1String("looked_at");
    m_beforeOutcome = page();
    m_outcomes->setCurrentRow(lookedAt ? 1 : 0);
    m_outcomeNote->clear();
    setPage(Page::Outcome);
    m_outcomes->setFocus();
}

void CallPanel::endCallAsChosen()
{
    const QListWidgetItem *item = m_outcomes->currentItem();
    endCall(callOutcomeFromCode(item ? item->data(Qt::UserRole).toString() : QString()).value_or(CallOutcome::Other), m_outcomeNote->text());
}

void CallPanel::endCall(std::optional<CallOutcome> outcome, const QString &note)
{
    if (!inCall())
        return;
    if (page() == Page::Outcome)
        setPage(m_beforeOutcome == Page::Outcome ? Page::Idle : m_beforeOutcome);
    QJsonObject args{{QStringLiteral("callId"), m_call.id}};
    if (outcome)
        args.insert(QStringLiteral("outcome"), toCode(*outcome));
    if (!note.trimmed().isEmpty())
        args.insert(QStringLiteral("note"), note.trimmed());
    if (Status s = m_desk.runStatus(CommandName::EndCall, args); !s)
        Q_EMIT message(s.error().message);
    const qint64 seconds = m_callClock.isValid() ? m_callClock.elapsed() / 1000 : 0;
    Q_EMIT message(tr("Call ended after %1:%2.").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    m_call = Call{};
    m_phone = {};
    m_warning.clear();
    m_withheld = false;
    m_tick.stop();
    if (page() != Page::Intake) {
        m_citizenId.clear();
        setPage(Page::Idle);
    }
    if (!m_waiting.isEmpty() && page() != Page::Intake)
        take(m_waiting.takeFirst());
    updateHeader();
}

void CallPanel::updateHeader()
{
    if (inCall()) {
        QString who = m_phone.e164.isEmpty() ? (m_call.callerNumber.isEmpty() ? tr("Walk-in or unknown number") : m_call.callerNumber)
                                             : (m_phone.regionCode == m_desk.tenant().country ? m_phone.national : m_phone.international);
        if (page() == Page::Citizen || page() == Page::Intake || page() == Page::Done) {
            const QString name = m_citizenPage->profile().citizen.id == m_citizenId ? m_citizenPage->profile().citizen.displayName() : QString();
            if (!name.isEmpty())
                who = tr("%1 — %2").arg(name, who);
        }
        m_callerLabel->setText(QStringLiteral("☎ ") + who);
        const qint64 s = m_callClock.isValid() ? m_callClock.elapsed() / 1000 : 0;
        m_timerLabel->setText(QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0')));
    } else {
        m_callerLabel->setText(page() == Page::Citizen ? tr("Citizen") : tr("No call"));
        m_timerLabel->clear();
    }
    m_warningLabel->setText(m_warning);
    // The registration form shows the warning itself, beside the number field.
    m_warningLabel->setVisible(inCall() && !m_warning.isEmpty() && page() != Page::Register);
    m_endButton->setEnabled(inCall());
    m_waitingLabel->setText(QStringLiteral("<a href=\"next\" style=\"color: black; text-decoration: none;\">%1</a>")
                                .arg(tr("%n call(s) waiting — F6 takes the next", nullptr, int(m_waiting.size())).toHtmlEscaped()));
    m_idle->setText(inCall() ? tr("<h2>The caller is not identified</h2>"
                                  "<p><b>Ctrl+N</b> takes a request without registering them (anonymous) · <b>Ctrl+R</b> registers them · "
                                  "<b>Ctrl+F</b> finds them and takes them as the caller · <b>Ctrl+E</b> ends the call.</p>")
                             : tr("<h2>No call</h2><p>Calls from the telephone system appear here by themselves.</p>"
                                  "<p><b>F2</b> takes a call by hand (walk-in or a number typed) · <b>Ctrl+F</b> finds a citizen or a request.</p>"));
    m_waitingLabel->setVisible(!m_waiting.isEmpty());
}

void CallPanel::saveDraft()
{
    m_draftTimer.stop();
    QJsonObject o;
    if (page() == Page::Intake) {
        o.insert(QLatin1String("page"), QStringLiteral("intake"));
        o.insert(QLatin1String("intake"), m_intake->draft().toJson());
    } else if (page() == Page::Register) {
        o.insert(QLatin1String("page"), QStringLiteral("register"));
        o.insert(QLatin1String("citizen"), citizenToJson(m_editor->current()));
        o.insert(QLatin1String("isNew"), m_editor->isNew());
    } else {
        return;
    }
    o.insert(QLatin1String("callId"), m_call.id);
    o.insert(QLatin1String("citizenId"), m_citizenId);
    o.insert(QLatin1String("citizenLanguage"), m_citizenLanguage);
    o.insert(QLatin1String("waiting"), QJsonArray::fromStringList(m_waiting));
    if (Status s = m_desk.runStatus(CommandName::SaveDraft, {{QStringLiteral("key"), draftKey()}, {QStringLiteral("payload"), o}}); !s)
        Q_EMIT message(tr("The draft could not be saved: %1").arg(s.error().message));
}

void CallPanel::clearDraft()
{
    m_draftTimer.stop();
    if (Status s = m_desk.runStatus(CommandName::SaveDraft, {{QStringLiteral("key"), draftKey()}, {QStringLiteral("payload"), QJsonObject{}}}); !s)
        Q_EMIT message(s.error().message);
}

QString CallPanel::draftKey() const
{
    // One operator's unfinished form never shows on another user's desk.
    return QStringLiteral("call/") + m_desk.user().id;
}

bool CallPanel::restoreDraft()
{
    std::optional<QJsonObject> o = m_desk.drafts().load(draftKey());
    if (!o) {
        // A draft kept before drafts were per user: it is this user's when its call was theirs (or, without a
        // call, when they take calls); it moves to their own key.
        o = m_desk.drafts().load(sharedDraftKey);
        if (!o)
            return false;
        const std::optional<Call> call = m_desk.calls().call(o->value(QLatin1String("callId")).toString());
        const bool mine = call ? call->operatorId == m_desk.user().id : m_desk.user().role == Role::Operator;
        if (!mine)
            return false;
        (void)m_desk.runStatus(CommandName::SaveDraft, {{QStringLiteral("key"), draftKey()}, {QStringLiteral("payload"), *o}});
        (void)m_desk.runStatus(CommandName::SaveDraft, {{QStringLiteral("key"), sharedDraftKey}, {QStringLiteral("payload"), QJsonObject{}}});
    }
    const QString callId = o->value(QLatin1String("callId")).toString();
    if (!callId.isEmpty()) {
        if (std::optional<Call> call = m_desk.calls().call(callId)) {
            m_call = *call;
            m_phone = m_desk.phones().parse(call->callerNumber);
            if (call->endedAt > 0)
                m_call = Call{}; // the call ended; the form is still worth finishing
            else {
                m_callClock.start();
                m_tick.start();
            }
        }
    }
    m_citizenId = o->value(QLatin1String("citizenId")).toString();
    m_citizenLanguage = o->value(QLatin1String("citizenLanguage")).toString();
    for (const QJsonValue &v : o->value(QLatin1String("waiting")).toArray())
        m_waiting.append(v.toString());
    if (!m_citizenId.isEmpty()) {
        if (Result<CitizenProfile> p = m_desk.profiles().load(m_citizenId); p)
            m_citizenPage->show(p.value());
    }
    const QString which = o->value(QLatin1String("page")).toString();
    if (which == QLatin1String("intake")) {
        m_intake->restore(IntakeDraft::fromJson(o->value(QLatin1String("intake")).toObject()), m_citizenLanguage);
        setPage(Page::Intake);
    } else if (which == QLatin1String("register")) {
        const Citizen c = citizenFromJson(o->value(QLatin1String("citizen")).toString());
        if (o->value(QLatin1String("isNew")).toBool(true))
            m_editor->startNew(QString());
        else
            m_editor->edit(c);
        m_editor->setCurrent(c);
        setPage(Page::Register);
    } else {
        return false;
    }
    Q_EMIT message(tr("The form left unfinished has been restored."));
    updateHeader();
    return true;
}

void CallPanel::openRequest(const QString &requestId)
{
    if (inCall())
        (void)m_desk.runStatus(CommandName::LinkCall, {{QStringLiteral("callId"), m_call.id}, {QStringLiteral("requestId"), requestId},
                                                       {QStringLiteral("relation"), QStringLiteral("looked_at")}});
    Q_EMIT requestPageWanted(requestId, inCall() ? m_citizenLanguage : QString());
}

void CallPanel::mergeCurrent()
{
    const Citizen survivor = m_citizenPage->profile().citizen;
    if (survivor.id.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Merge with another record"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *explain = new QLabel(tr("Find the other record of %1. Its requests, calls and messages move here, its phones and "
                                  "e-mails are added, and it is removed; what it held is kept in the history.")
                                   .arg(survivor.displayName()),
                               &dialog);
    explain->setWordWrap(true);
    auto *panel = new SearchPanel(m_desk.search(), &dialog);
    layout->addWidget(explain);
    layout->addWidget(panel, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QString chosen, chosenName;
    connect(panel, &SearchPanel::hitActivated, &dialog, [&](const QString &kind, const QString &id, const QString &title) {
        if (kind != QLatin1String("citizen") || id == survivor.id)
            return;
        chosen = id;
        chosenName = title;
        dialog.accept();
    });
    dialog.resize(760, 460);
    panel->searchBox()->setFocus();
    if (dialog.exec() != QDialog::Accepted || chosen.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Merge"), tr("Merge “%1” into “%2”? This cannot be undone from the desk.").arg(chosenName, survivor.displayName()))
        != QMessageBox::Yes)
        return;
    if (Status s = m_desk.runStatus(CommandName::MergeCitizens, {{QStringLiteral("survivorId"), survivor.id}, {QStringLiteral("mergedId"), chosen}}); !s) {
        QMessageBox::warning(this, tr("Merge"), s.error().message);
        return;
    }
    Q_EMIT message(tr("“%1” merged into “%2”.").arg(chosenName, survivor.displayName()));
    showCitizenInCall(survivor.id);
}

} // namespace CivicDesk
