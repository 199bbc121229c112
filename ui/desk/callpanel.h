// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/callservice.h"
#include "core/desk/intake.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace CivicDesk {

class CitizenEditor;
class RequestSheetReader;
class CitizenPage;
class DeskSession;
class IntakeForm;

/// The call in progress, from the screen pop to the tracking number read back.
///
/// A call arrives (from the telephone system through the call router, or typed with New call): the
/// caller's profile shows when the number is one citizen's, a short choice when it is several's, the
/// registration form with the number when it is nobody's. From the profile a new request is taken; after
/// filing, the tracking number shows large. Calls arriving meanwhile wait in line. The request being typed
/// is kept as a draft at every change and comes back after a crash.
class CallPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPanel)

public:
    enum class Page { Idle, Choose, Register, Citizen, Intake, Done, Outcome };
    Q_ENUM(Page)

    explicit CallPanel(DeskSession &desk, QWidget *parent = nullptr);
    ~CallPanel() override;

    /// A call from @p number: taken now when the desk is free, else put in the waiting line.
    void incomingCall(const QString &number);
    /// The operator ends the call (Ctrl+E, the button): at once when it filed or joined a request; otherwise
    /// the outcome page asks how it ended (information given, a question about a request, a complaint, a
    /// transfer, other) with a note, one key and Enter.
    void requestEndCall();
    /// Ends the current call with @p outcome (logged with its end) and takes the next waiting one, if any.
    void endCall(std::optional<CallOutcome> outcome = std::nullopt, const QString &note = {});
    /// Opens a citizen's page outside a call (from the search), or inside the current one.
    void openCitizen(const QString &citizenId);
    /// Starts a new request for the citizen shown (or anonymous).
    void newRequest();
    /// The caller is not registered: a request without a citizen, flagged as such.
    void newAnonymousRequest();
    /// Opens the intake form on a citizen's e-mail (@p draft: its citizen, text, photos and id); false, with a
    /// message, while a call or a form is in hand.
    bool fileFromMail(const IntakeDraft &draft, const QString &citizenLanguage);
    /// Takes the first call of the waiting line when the desk is free (F6; @p asked: the operator asked, and
    /// is told why not or asked about a form left open).
    void takeNextWaiting(bool asked = false);
    /// Restores an unfinished intake or registration left by a previous session; true if there was one.
    bool restoreDraft();

    Page page() const;
    bool inCall() const { return !m_call.id.isEmpty(); }
    const Call &currentCall() const { return m_call; }
    QString currentCitizenId() const { return m_citizenId; }
    const QStringList &waitingCalls() const { return m_waiting; }
    QString lastTrackingNumber() const { return m_lastFiled.trackingNumber; }

    CitizenPage *citizenPage() const { return m_citizenPage; }
    CitizenEditor *citizenEditor() const { return m_editor; }
    IntakeForm *intakeForm() const { return m_intake; }
    QListWidget *chooser() const { return m_chooser; }
    QLabel *trackingLabel() const { return m_tracking; }
    QLabel *callerLabel() const { return m_callerLabel; }
    QLabel *waitingLabel() const { return m_waitingLabel; }
    QLabel *readBackLabel() const { return m_readBack; }
    QListWidget *outcomeList() const { return m_outcomes; }
    QLineEdit *outcomeNote() const { return m_outcomeNote; }

    /// Copies the last tracking number to the clipboard.
    void copyTrackingNumber();

Q_SIGNALS:
    /// The desk needs the operator's attention (a call arrived): the window should come forward.
    void attentionNeeded();
    /// Something the status bar should say.
    void message(const QString &text);
    /// Requests were filed or changed.
    void requestsChanged();
    /// The page of a request is wanted (from the citizen's page); @p callerLanguage is the caller's, if one is
    /// on the line.
    void requestPageWanted(const QString &requestId, const QString &callerLanguage);

protected:
    /// Ctrl+E ends a call even from a text field, which on X11 would take it as "end of line".
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPage(Page page);
    /// Ends the call with the outcome and the note the outcome page shows.
    void endCallAsChosen();
    void take(const QString &number);
    void showCitizenInCall(const QString &citizenId);
    void registerNew(const QString &number, const QString &warning);
    void updateHeader();
    void saveDraft();
    QString draftKey() const;
    /// The registration or the request form was cancelled: back to the caller, the idle page or the next call.
    void formCancelled();
    void clearDraft();
    void filed(const FiledRequest &result);
    void mergeCurrent();
    void openRequest(const QString &requestId);

    DeskSession &m_desk;
    Call m_call;
    ParsedPhone m_phone;
    QString m_warning;
    bool m_withheld = false;
    QString m_citizenId;
    QString m_citizenLanguage;
    QStringList m_waiting;
    QList<CallerMatch> m_matches;
    FiledRequest m_lastFiled;
    QElapsedTimer m_callClock;
    QTimer m_tick;
    QTimer m_draftTimer;

    QLabel *m_callerLabel;
    QLabel *m_timerLabel;
    QLabel *m_waitingLabel;
    QLabel *m_warningLabel;
    QPushButton *m_endButton;
    QStackedWidget *m_stack;
    QLabel *m_idle;
    QWidget *m_choosePage;
    QListWidget *m_chooser;
    CitizenEditor *m_editor;
    CitizenPage *m_citizenPage;
    IntakeForm *m_intake;
    QWidget *m_donePage;
    QLabel *m_tracking;
    QLabel *m_doneDetail;
    QLabel *m_readBack = nullptr;       ///< the filed request in the caller's words
    std::unique_ptr<RequestSheetReader> m_reader; ///< words that read-back
    QPushButton *m_backToCitizen = nullptr;
    QWidget *m_outcomePage = nullptr;
    QListWidget *m_outcomes = nullptr;
    QLineEdit *m_outcomeNote = nullptr;
    Page m_beforeOutcome = Page::Idle;
};

} // namespace CivicDesk
