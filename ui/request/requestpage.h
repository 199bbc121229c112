// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/requestsheet.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace CivicDesk {

class DeskSession;
class MapWidget;
class RequestActions;
class RequestHistoryView;

/// Everything about one request, reachable from wherever a request shows (a search hit, the request list, a
/// citizen's page, the queue, the map): its type and answers, its place on a small map, photos, who reported it
/// and how to reach them, status and deadline with the expected completion, department, crew and assignee,
/// channel, history in words and notes; the work the user's role allows; and, for an operator on the phone, what
/// to tell the caller, in the caller's language.
class RequestPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPage)

public:
    /// The page of @p requestId; @p callerLanguage is the language of a caller asking about it (empty: its
    /// reporter's, else the municipality's).
    RequestPage(DeskSession &desk, const QString &requestId, const QString &callerLanguage = {}, QWidget *parent = nullptr);
    ~RequestPage() override;

    QString requestId() const { return m_id; }
    const RequestSheet &sheet() const { return m_sheet; }
    /// What to tell the caller, as shown.
    QString callerAnswer() const;
    QComboBox *answerLanguage() const { return m_answerLanguage; }
    RequestHistoryView *history() const { return m_history; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    RequestActions *actions() const { return m_actions; }
    QListWidget *photoList() const { return m_photos; }
    QLabel *statusLine() const { return m_message; }
    /// The facts and the reporters, as plain text (what the page shows, without its links).
    QString detailsText() const;
    QTextBrowser *details() const { return m_details; }

    /// Reads the request again (after a change here or elsewhere).
    void reload();

Q_SIGNALS:
    void message(const QString &text);
    /// The request was changed from this page.
    void requestsChanged();
    /// A reporter's name was activated: their page.
    void citizenOpened(const QString &citizenId);
    /// The request this one duplicates was activated: its page.
    void requestOpened(const QString &requestId);
    void closeRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void showAnswer();
    void submitNote();

    DeskSession &m_desk;
    QString m_id;
    std::unique_ptr<RequestSheetReader> m_reader;
    RequestSheet m_sheet;
    bool m_loaded = false;
    bool m_stale = false;
    bool m_mapReady = false;

    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_state;
    QTextBrowser *m_details;
    QListWidget *m_photos;
    MapWidget *m_map;
    QComboBox *m_answerLanguage;
    QTextBrowser *m_answer;
    RequestHistoryView *m_history;
    QPlainTextEdit *m_note;
    QPushButton *m_addNote;
    QLabel *m_message;
    RequestActions *m_actions;
};

} // namespace CivicDesk
