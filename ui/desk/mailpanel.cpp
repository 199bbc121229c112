// SPDX-License-Identifier: GPL-3.0-or-later
#include "mailpanel.h"

#include "core/commands/command.h"
#include "core/domain/citizen.h"
#include "core/session/desksession.h"
#include "core/storage/citizenrepository.h"
#include "core/storage/database.h"
#include "core/storage/inboundmailstore.h"
#include "core/text/datetext.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

MailPanel::MailPanel(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
    , m_list(new QTreeWidget(this))
    , m_preview(new QTextBrowser(this))
    , m_empty(new QLabel(this))
    , m_file(new QPushButton(tr("&File as a request (Enter)"), this))
    , m_aside(new QPushButton(tr("Set &aside… (Delete)"), this))
{
    m_list->setHeaderLabels({tr("Received"), tr("From"), tr("Subject"), tr("Photos")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setUniformRowHeights(true);
    m_list->setAccessibleName(tr("E-mails from citizens waiting"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_preview->setAccessibleName(tr("The e-mail"));
    m_preview->setOpenLinks(false);
    m_empty->setText(tr("No e-mails from citizens are waiting. Messages to the municipality's mailbox appear here by themselves; "
                        "replies about a request go to that request as notes."));
    m_empty->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_file);
    buttons->addWidget(m_aside);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 2);
    layout->addWidget(m_preview, 3);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &MailPanel::showCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &MailPanel::fileCurrent);
    connect(m_file, &QPushButton::clicked, this, &MailPanel::fileCurrent);
    connect(m_aside, &QPushButton::clicked, this, &MailPanel::setCurrentAside);
    auto *aside = new QShortcut(QKeySequence::Delete, m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(aside, &QShortcut::activated, this, &MailPanel::setCurrentAside);
    refresh();
}

int MailPanel::waitingCount() const
{
    return m_list->topLevelItemCount();
}

void MailPanel::refresh()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, IdRole).toString() : QString();
    const int before = m_list->topLevelItemCount();
    m_list->clear();
    QTreeWidgetItem *keep = nullptr;
    for (const InboundMailStore::Row &m : InboundMailStore(m_desk.db()).waiting()) {
        const int photos = int(QJsonDocument::fromJson(m.photosJson.toUtf8()).array().size());
        auto *item = new QTreeWidgetItem(m_list, {DateText::dateTime(m.receivedAt),
                                                  m.fromName.isEmpty() ? m.fromAddress : QStringLiteral("%1 <%2>").arg(m.fromName, m.fromAddress),
                                                  m.subject.isEmpty() ? tr("(no subject)") : m.subject,
                                                  photos > 0 ? QString::number(photos) : QString()});
        item->setData(0, IdRole, m.id);
        if (m.id == current)
            keep = item;
    }
    for (int c = 0; c < 4; ++c)
        if (c != 2)
            m_list->resizeColumnToContents(c);
    m_list->setCurrentItem(keep ? keep : m_list->topLevelItem(0));
    const bool any = m_list->topLevelItemCount() > 0;
    m_empty->setVisible(!any);
    m_file->setEnabled(any && m_desk.mayRun(CommandName::FileRequest));
    m_aside->setEnabled(any && m_desk.mayRun(CommandName::SetMailAside));
    showCurrent();
    if (m_list->topLevelItemCount() != before)
        Q_EMIT countChanged(m_list->topLevelItemCount());
}

void MailPanel::showCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_preview->clear();
        return;
    }
    const std::optional<InboundMailStore::Row> m = InboundMailStore(m_desk.db()).byId(item->data(0, IdRole).toString());
    if (!m) {
        m_preview->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b><br>%2</p>").arg(m->subject.toHtmlEscaped(), tr("From %1").arg(m->fromAddress).toHtmlEscaped());
    html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(m->body.toHtmlEscaped());
    QStringList names;
    QString pictures;
    const QString store = attachmentDirectoryOf(m_desk.db().path());
    for (const QJsonValue &p : QJsonDocument::fromJson(m->photosJson.toUtf8()).array()) {
        const QString file = store + u'/' + p.toObject().value(QStringLiteral("storedPath")).toString();
        names.append(p.toObject().value(QStringLiteral("fileName")).toString());
        // The photo itself where this desk has it (a synced desk fetches it with the e-mail).
        if (QFileInfo::exists(file))
            pictures += QStringLiteral("<img src=\"%1\" height=\"160\"/> ").arg(QUrl::fromLocalFile(file).toString().toHtmlEscaped());
    }
    if (!names.isEmpty())
        html += QStringLiteral("<p>%1</p><p>%2</p>").arg(tr("Photos: %1").arg(names.join(QStringLiteral(", "))).toHtmlEscaped(), pictures);
    if (!m->problems.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(m->problems.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    m_preview->setHtml(html);
}

void MailPanel::fileCurrent()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_file->isEnabled())
        return;
    const std::optional<InboundMailStore::Row> m = InboundMailStore(m_desk.db()).byId(item->data(0, IdRole).toString());
    if (!m || m->state != InboundMailStore::State::Waiting) {
        Q_EMIT message(tr("That e-mail was handled already."));
        refresh();
        return;
    }
    IntakeDraft draft = IntakeDraft::fromJson(QJsonObject{{QStringLiteral("photos"), QJsonDocument::fromJson(m->photosJson.toUtf8()).array()}});
    draft.channel = Channel::Email;
    draft.citizenId = m->citizenId;
    draft.mailId = m->id;
    draft.description = (m->subject.isEmpty() ? m->body : m->subject + QStringLiteral("\n\n") + m->body).trimmed().left(4000);
    QString language;
    if (!m->citizenId.isEmpty())
        if (const std::optional<Citizen> c = CitizenRepository(m_desk.db()).get(m->citizenId))
            language = c->preferredLanguage;
    Q_EMIT fileWanted(draft, language);
}

void MailPanel::setCurrentAside()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || !m_aside->isEnabled())
        return;
    const QString id = item->data(0, IdRole).toString();
    bool ok = false;
    const QString reason = QInputDialog::getItem(this, tr("Set the e-mail aside"), tr("Why does it ask for nothing?"),
                                                 {tr("Spam or advertising"), tr("Thanks or a comment, nothing to do"), tr("Not a matter for the municipality"),
                                                  tr("Sent twice")},
                                                 0, true, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return;
    if (Status st = m_desk.runStatus(CommandName::SetMailAside, {{QStringLiteral("mailId"), id}, {QStringLiteral("reason"), reason.trimmed()}}); !st) {
        Q_EMIT message(st.error().message);
        refresh();
        return;
    }
    Q_EMIT message(tr("The e-mail was set aside."));
    refresh();
    m_list->setFocus();
}

} // namespace CivicDesk
