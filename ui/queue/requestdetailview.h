// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <memory>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace CivicDesk {

class DeskSession;
class RequestSheetReader;
class RequestHistoryView;

/// One request as the queue shows it: tracking number and type, status, priority and deadline state, address,
/// deadline and description, its whole history, and the note being written (Ctrl+Enter adds it).
class RequestDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestDetailView)

public:
    explicit RequestDetailView(DeskSession &desk, QWidget *parent = nullptr);
    ~RequestDetailView() override;

    /// Shows @p requestId as it is stored now; @p inList false says it is not in the list as filtered.
    void showRequest(const QString &requestId, bool inList = true);
    void clear();

    RequestHistoryView *history() const { return m_history; }
    QPlainTextEdit *note() const { return m_note; }

Q_SIGNALS:
    /// Ctrl+Enter in the note: the text to add.
    void noteSubmitted(const QString &text);

private:
    DeskSession &m_desk;
    QLabel *m_title;
    QLabel *m_detail;
    RequestHistoryView *m_history;
    QPlainTextEdit *m_note;
    std::unique_ptr<RequestSheetReader> m_reader;
};

} // namespace CivicDesk
