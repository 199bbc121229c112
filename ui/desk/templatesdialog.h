// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/messagetemplate.h"
#include "core/workflow/messagetemplates.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace CivicDesk {

class DeskSession;

/// The words of the messages to citizens (File → Message templates…): per event, language and channel, the
/// text with its placeholders, an e-mail's subject and HTML; a preview filled in with a typical request, the
/// length of an SMS in characters and messages, and what would refuse the template before it is saved. Saved
/// with the template.save command (an administrator's); the others read them.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TemplatesDialog(DeskSession &desk, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    /// Shows the template of @p event in @p language on @p channel ("sms", "email").
    void select(MessageTemplates::Event event, const QString &language, const QString &channel);
    /// Saves the template shown; false (the reason on the page) when it is refused.
    bool save();
    /// Puts CivicDesk's own words back for the template shown.
    bool restore();
    /// Templates edited and not saved.
    int unsaved() const;
    /// The problem the page shows (empty: none).
    QString problem() const;

protected:
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString key() const;
    MessageTemplate shown() const;
    /// The template in force for the event, language and channel shown (the municipality's or CivicDesk's).
    MessageTemplate stored() const;
    void load();
    void edited();
    void refresh();
    void insertPlaceholder(const QString &name);
    void markEvents();

    DeskSession &m_desk;
    bool m_mayEdit = false;
    bool m_loading = false;
    QListWidget *m_events = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_html = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLabel *m_htmlLabel = nullptr;
    QComboBox *m_insert = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_length = nullptr;
    QLabel *m_origin = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_restore = nullptr;
    QWidget *m_lastEditor = nullptr;
    QHash<QString, MessageTemplate> m_drafts; ///< edited and not saved, by key()
};

} // namespace CivicDesk
