// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/desk/intake.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace CivicDesk {

class DeskSession;

/// The citizens' e-mails waiting at the dispatch desk, oldest first: who wrote (found in the registry or added
/// to it), when, the subject, the photos. Enter files the current one as a request (the intake form opens with
/// the citizen, the text and the photos; the operator chooses the type and the place), Delete sets it aside
/// with a reason. Replies about a request never wait here: they are notes on it already.
class MailPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailPanel)

public:
    explicit MailPanel(DeskSession &desk, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Reads the waiting e-mails again, keeping the current one when it still waits.
    void refresh();
    int waitingCount() const;
    /// Files the current e-mail (fileWanted), or sets it aside after asking why.
    void fileCurrent();
    void setCurrentAside();

Q_SIGNALS:
    /// The operator files the e-mail: @p draft carries its citizen, text, photos and id.
    void fileWanted(const IntakeDraft &draft, const QString &citizenLanguage);
    void countChanged(int waiting);
    void message(const QString &text);

private:
    void showCurrent();

    DeskSession &m_desk;
    QTreeWidget *m_list;
    QTextBrowser *m_preview;
    QLabel *m_empty;
    QPushButton *m_file;
    QPushButton *m_aside;
};

} // namespace CivicDesk
