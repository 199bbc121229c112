// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesdialog.h"

#include "core/commands/command.h"
#include "core/session/desksession.h"
#include "core/text/desktranslations.h"
#include "core/text/smstext.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace CivicDesk {

using MessageTemplates::Event;

namespace {

QString keyOf(const QString &event, const QString &language, const QString &channel)
{
    return event + u'/' + language + u'/' + channel;
}

} // namespace

TemplatesDialog::TemplatesDialog(DeskSession &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_mayEdit(desk.mayRun(CommandName::SaveTemplate))
{
    setWindowTitle(tr("Messages to citizens"));
    setObjectName(QStringLiteral("templatesDialog"));

    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("events"));
    for (Event e : MessageTemplates::events()) {
        auto *item = new QListWidgetItem(MessageTemplates::eventName(e), m_events);
        item->setData(Qt::UserRole, MessageTemplates::code(e));
    }
    // Wide enough for the longest event's name in the desk's language, and its unsaved mark.
    m_events->setMinimumWidth(std::min(420, m_events->sizeHintForColumn(0) + 2 * m_events->frameWidth() + fontMetrics().horizontalAdvance(QStringLiteral(" •  "))));
    m_events->setMaximumWidth(420);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : MessageTemplates::languages())
        m_language->addItem(languageOwnName(code), code);
    const QString mainLanguage = desk.tenant().languages.value(0, QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(mainLanguage)));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(tr("SMS"), QStringLiteral("sms"));
    m_channel->addItem(tr("E-mail"), QStringLiteral("email"));

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_html = new QPlainTextEdit(this);
    m_html->setObjectName(QStringLiteral("html"));
    m_html->setTabChangesFocus(true);
    m_html->setPlaceholderText(tr("Empty: the text above, as HTML"));
    m_insert = new QComboBox(this);
    m_insert->setObjectName(QStringLiteral("insert"));
    m_insert->addItem(tr("Insert a placeholder…"));
    for (const QString &p : MessageTemplates::placeholders())
        m_insert->addItem(QStringLiteral("{%1} — %2").arg(p, MessageTemplates::placeholderMeaning(p)), p);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setOpenLinks(false);
    m_length = new QLabel(this);
    m_length->setObjectName(QStringLiteral("length"));
    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("origin"));
    m_origin->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *choose = new QHBoxLayout;
    choose->addWidget(new QLabel(tr("&Language:"), this));
    qobject_cast<QLabel *>(choose->itemAt(0)->widget())->setBuddy(m_language);
    choose->addWidget(m_language);
    choose->addWidget(new QLabel(tr("&Channel:"), this));
    qobject_cast<QLabel *>(choose->itemAt(2)->widget())->setBuddy(m_channel);
    choose->addWidget(m_channel);
    choose->addStretch();
    choose->addWidget(m_insert);

    auto *form = new QFormLayout;
    m_subjectLabel = new QLabel(tr("S&ubject:"), this);
    m_subjectLabel->setBuddy(m_subject);
    form->addRow(m_subjectLabel, m_subject);
    auto *bodyLabel = new QLabel(tr("&Text:"), this);
    bodyLabel->setBuddy(m_body);
    form->addRow(bodyLabel, m_body);
    m_htmlLabel = new QLabel(tr("&HTML:"), this);
    m_htmlLabel->setBuddy(m_html);
    form->addRow(m_htmlLabel, m_html);
    form->addRow(m_problem);
    form->addRow(tr("Preview:"), m_preview);
    form->addRow(QString(), m_length);
    form->addRow(QString(), m_origin);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(choose);
    rightLayout->addLayout(form);

    auto *split = new QSplitter(this);
    split->addWidget(m_events);
    split->addWidget(right);
    split->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_restore = buttons->addButton(tr("&Restore CivicDesk's words"), QDialogButtonBox::ResetRole);
    m_restore->setObjectName(QStringLiteral("restore"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    m_save->setAutoDefault(false);
    m_restore->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    if (!m_mayEdit) {
        auto *note = new QLabel(desk.writable() ? tr("Only an administrator changes these words; you can read them here.")
                                                : tr("This file is open read-only: the templates can be read, not changed."),
                                this);
        note->setObjectName(QStringLiteral("readOnlyNote"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(980, 620);

    for (QWidget *w : {static_cast<QWidget *>(m_subject), static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_html)})
        w->installEventFilter(this);
    m_subject->setReadOnly(!m_mayEdit);
    m_body->setReadOnly(!m_mayEdit);
    m_html->setReadOnly(!m_mayEdit);
    m_insert->setEnabled(m_mayEdit);

    connect(m_events, &QListWidget::currentRowChanged, this, [this] { load(); });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { load(); });
    connect(m_subject, &QLineEdit::textEdited, this, [this] { edited(); });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { edited(); });
    connect(m_html, &QPlainTextEdit::textChanged, this, [this] { edited(); });
    connect(m_insert, &QComboBox::activated, this, [this](int index) {
        const QString name = m_insert->itemData(index).toString();
        m_insert->setCurrentIndex(0);
        if (!name.isEmpty())
            insertPlaceholder(name);
    });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restore(); });
    connect(close, &QPushButton::clicked, this, &TemplatesDialog::reject);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });

    m_events->setCurrentRow(0);
    m_body->setFocus();
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::key() const
{
    const QListWidgetItem *item = m_events->currentItem();
    return keyOf(item ? item->data(Qt::UserRole).toString() : QString(), m_language->currentData().toString(),
                               m_channel->currentData().toString());
}

MessageTemplate TemplatesDialog::stored() const
{
    const QListWidgetItem *item = m_events->currentItem();
    const Event e = MessageTemplates::eventFromCode(item ? item->data(Qt::UserRole).toString() : QString()).value_or(Event::Confirmation);
    return TemplateBook(m_desk.db(), m_desk.tenant()).current(e, m_language->currentData().toString(), m_channel->currentData().toString());
}

MessageTemplate TemplatesDialog::shown() const
{
    MessageTemplate t = stored();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    t.html = m_html->toPlainText();
    return t;
}

void TemplatesDialog::select(Event event, const QString &language, const QString &channel)
{
    m_loading = true;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    m_loading = false;
    m_events->setCurrentRow(int(MessageTemplates::events().indexOf(event)));
    load();
}

void TemplatesDialog::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const auto draft = m_drafts.constFind(key());
    const MessageTemplate t = draft != m_drafts.cend() ? *draft : stored();
    const bool email = m_channel->currentData().toString() == QLatin1String("email");
    m_subject->setText(t.subject);
    m_body->setPlainText(t.body);
    m_html->setPlainText(t.html);
    m_subject->setVisible(email);
    m_subjectLabel->setVisible(email);
    m_html->setVisible(email);
    m_htmlLabel->setVisible(email);
    m_loading = false;
    refresh();
}

void TemplatesDialog::edited()
{
    if (m_loading)
        return;
    const MessageTemplate now = shown();
    const MessageTemplate before = stored();
    if (now.subject == before.subject && now.body == before.body && now.html == before.html)
        m_drafts.remove(key());
    else
        m_drafts.insert(key(), now);
    refresh();
}

void TemplatesDialog::refresh()
{
    const MessageTemplate t = shown();
    const MessageTemplate before = stored();
    const Event e = MessageTemplates::eventFromCode(t.event).value_or(Event::Confirmation);
    const MessageTemplates::Values sample = MessageTemplates::sample(m_desk.tenant().name, t.language, e);
    const MessageTemplates::Rendered r = MessageTemplates::render(t, sample);
    const Status ok = MessageTemplates::check(t, m_desk.tenant().name);
    m_problem->setText(ok ? QString() : ok.error().message);
    m_problem->setVisible(!ok);
    if (t.channel == QLatin1String("sms")) {
        m_preview->setPlainText(r.text);
        const SmsLength l = smsLength(r.text);
        m_length->setText(tr("%1 characters · %n SMS (%2)", nullptr, l.segments)
                              .arg(l.units)
                              .arg(l.gsm7 ? tr("GSM 7-bit") : tr("Unicode: 70 characters in one SMS, 67 in each of several")));
    } else {
        m_preview->setHtml(QStringLiteral("<p><b>%1</b> %2</p><hr/>").arg(tr("Subject:").toHtmlEscaped(), r.subject.toHtmlEscaped()) + r.html);
        m_length->setText(tr("E-mail: the text and its HTML are both sent; the reader's program shows one."));
    }
    if (!before.custom)
        m_origin->setText(tr("CivicDesk's own words."));
    else
        m_origin->setText(tr("Written for the municipality on %1.")
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(before.stamp.updatedAt), QLocale::ShortFormat)));
    const bool dirty = m_drafts.contains(key());
    m_save->setEnabled(m_mayEdit && dirty && ok);
    m_restore->setEnabled(m_mayEdit && (before.custom || dirty));
    markEvents();
}

void TemplatesDialog::markEvents()
{
    const QString language = m_language->currentData().toString(), channel = m_channel->currentData().toString();
    for (int i = 0; i < m_events->count(); ++i) {
        QListWidgetItem *item = m_events->item(i);
        const Event e = MessageTemplates::eventFromCode(item->data(Qt::UserRole).toString()).value_or(Event::Confirmation);
        const bool dirty = m_drafts.contains(keyOf(MessageTemplates::code(e), language, channel));
        item->setText(MessageTemplates::eventName(e) + (dirty ? QStringLiteral(" •") : QString()));
    }
}

void TemplatesDialog::insertPlaceholder(const QString &name)
{
    const QString token = QLatin1Char('{') + name + QLatin1Char('}');
    if (m_lastEditor == m_subject) {
        m_subject->insert(token);
        edited();
    } else {
        QPlainTextEdit *edit = m_lastEditor == m_html ? m_html : m_body;
        edit->insertPlainText(token);
        edit->setFocus();
    }
}

bool TemplatesDialog::save()
{
    const MessageTemplate t = shown();
    const Status st = m_desk.runStatus(CommandName::SaveTemplate, {{QStringLiteral("event"), t.event},
                                                                   {QStringLiteral("language"), t.language},
                                                                   {QStringLiteral("channel"), t.channel},
                                                                   {QStringLiteral("subject"), t.subject},
                                                                   {QStringLiteral("body"), t.body},
                                                                   {QStringLiteral("html"), t.html}});
    if (!st) {
        m_problem->setText(st.error().message);
        m_problem->setVisible(true);
        return false;
    }
    m_drafts.remove(key());
    load();
    return true;
}

bool TemplatesDialog::restore()
{
    const MessageTemplate t = shown();
    m_drafts.remove(key());
    if (stored().custom) {
        const Status st = m_desk.runStatus(CommandName::SaveTemplate, {{QStringLiteral("event"), t.event},
                                                                       {QStringLiteral("language"), t.language},
                                                                       {QStringLiteral("channel"), t.channel}});
        if (!st) {
            m_problem->setText(st.error().message);
            m_problem->setVisible(true);
            return false;
        }
    }
    load();
    return true;
}

bool TemplatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn)
        m_lastEditor = qobject_cast<QWidget *>(watched);
    return QDialog::eventFilter(watched, event);
}

int TemplatesDialog::unsaved() const
{
    return int(m_drafts.size());
}

QString TemplatesDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void TemplatesDialog::reject()
{
    if (!m_drafts.isEmpty()) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  tr("%n template(s) changed and not saved. Close and lose the changes?", nullptr, int(m_drafts.size())),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace CivicDesk
