// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaigndialog.h"

#include "core/commands/command.h"
#include "core/desk/gazetteer.h"
#include "core/domain/enums.h"
#include "core/session/desksession.h"
#include "core/storage/cataloguerepository.h"
#include "core/text/desktranslations.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace CivicDesk {
namespace {

QListWidget *checkList(QWidget *parent, const char *name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setMinimumHeight(120);
    return list;
}

void addCheckable(QListWidget *list, const QString &text, const QString &id)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

QStringList checkedIds(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

} // namespace

CampaignDialog::CampaignDialog(DeskSession &desk, QWidget *parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setWindowTitle(tr("Targeted message"));
    setObjectName(QStringLiteral("campaignDialog"));
    m_tabs = new QTabWidget(this);

    // The message.
    auto *page = new QWidget(m_tabs);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)"));
    m_districts = checkList(page, "districts");
    for (const District &d : desk.intake().gazetteer().districts())
        addCheckable(m_districts, d.name, d.id);
    m_types = checkList(page, "types");
    const QString language = desk.uiLanguage();
    for (const ServiceType &t : CatalogueRepository(desk.db()).types())
        addCheckable(m_types, t.name.best(language), t.id);
    m_kinds = checkList(page, "kinds");
    for (CitizenKind k : allCitizenKinds())
        addCheckable(m_kinds, displayName(k), toCode(k));
    const QString main = desk.tenant().languages.value(0, QStringLiteral("en"));
    m_subject = new QLineEdit(page);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body = new QPlainTextEdit(page);
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setTabChangesFocus(true);
    m_body->setPlaceholderText(tr("{municipality}: … (the same text for everyone; {municipality} is the municipality's name)"));
    m_subjectEn = new QLineEdit(page);
    m_subjectEn->setObjectName(QStringLiteral("subjectEn"));
    m_bodyEn = new QPlainTextEdit(page);
    m_bodyEn->setObjectName(QStringLiteral("bodyEn"));
    m_bodyEn->setTabChangesFocus(true);
    m_bodyEn->setPlaceholderText(tr("Optional: for the citizens who asked for English"));
    m_rate = new QSpinBox(page);
    m_rate->setObjectName(QStringLiteral("rate"));
    m_rate->setRange(1, Campaigns::maxRatePerMinute);
    m_rate->setValue(120);
    m_rate->setSuffix(tr(" a minute"));
    m_rate->setMaximumWidth(fontMetrics().horizontalAdvance(m_rate->suffix() + QStringLiteral("000000")) + 40);
    m_preview = new QLabel(page);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_send = new QPushButton(tr("&Send…"), page);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setAutoDefault(false);

    auto *choose = new QGridLayout;
    choose->addWidget(new QLabel(tr("Citizens who live in (none ticked: anywhere):"), page), 0, 0);
    choose->addWidget(new QLabel(tr("who reported (none ticked: anything):"), page), 0, 1);
    choose->addWidget(new QLabel(tr("who are (none ticked: any kind):"), page), 0, 2);
    choose->addWidget(m_districts, 1, 0);
    choose->addWidget(m_types, 1, 1);
    choose->addWidget(m_kinds, 1, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Subject of the e-mail (%1):").arg(languageOwnName(main)), m_subject);
    form->addRow(tr("Text (%1):").arg(languageOwnName(main)), m_body);
    if (main != QLatin1String("en")) {
        form->addRow(tr("Subject of the e-mail (%1):").arg(languageOwnName(QStringLiteral("en"))), m_subjectEn);
        form->addRow(tr("Text (%1):").arg(languageOwnName(QStringLiteral("en"))), m_bodyEn);
    } else {
        m_subjectEn->hide();
        m_bodyEn->hide();
    }
    form->addRow(tr("&Pace:"), m_rate);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addLayout(choose);
    pageLayout->addLayout(form);
    pageLayout->addWidget(m_preview);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch();
    sendRow->addWidget(m_send);
    pageLayout->addLayout(sendRow);
    m_tabs->addTab(page, tr("&New message"));

    // The send log.
    auto *logPage = new QWidget(m_tabs);
    m_log = new QTableWidget(0, 7, logPage);
    m_log->setObjectName(QStringLiteral("log"));
    m_log->setHorizontalHeaderLabels({tr("Sent on"), tr("Title"), tr("Messages"), tr("Delivered"), tr("Failed"), tr("Waiting"), tr("No consent")});
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::SingleSelection);
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_log->verticalHeader()->hide();
    m_failures = new QLabel(logPage);
    m_failures->setObjectName(QStringLiteral("failures"));
    m_failures->setWordWrap(true);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->addWidget(m_log, 1);
    logLayout->addWidget(m_failures);
    m_tabs->addTab(logPage, tr("Send &log"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(980, 680);

    const bool may = desk.mayRun(CommandName::SendCampaign);
    if (!may) {
        m_preview->setText(desk.writable() ? tr("Only a supervisor or the administrator sends targeted messages.")
                                           : tr("This file is open read-only: nothing can be sent from it."));
        page->setEnabled(false);
    }
    // The preview follows every change, a moment after the last one (the count reads the registry).
    auto *later = new QTimer(this);
    later->setSingleShot(true);
    later->setInterval(250);
    connect(later, &QTimer::timeout, this, &CampaignDialog::updatePreview);
    const auto changed = [later] { later->start(); };
    for (QListWidget *list : {m_districts, m_types, m_kinds})
        connect(list, &QListWidget::itemChanged, this, changed);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_subject, &QLineEdit::textChanged, this, changed);
    connect(m_subjectEn, &QLineEdit::textChanged, this, changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, changed);
    connect(m_bodyEn, &QPlainTextEdit::textChanged, this, changed);
    connect(m_rate, &QSpinBox::valueChanged, this, changed);
    connect(m_send, &QPushButton::clicked, this, [this] { send(); });
    connect(m_log, &QTableWidget::currentCellChanged, this, [this](int row) {
        const QList<CampaignStore::Campaign> all = CampaignStore(m_desk.db()).list();
        if (row < 0 || row >= all.size()) {
            m_failures->clear();
            return;
        }
        const QList<std::pair<QString, QString>> failed = CampaignStore(m_desk.db()).failures(all.at(row).id);
        QStringList lines;
        for (const auto &[address, why] : failed)
            lines.append(QStringLiteral("%1: %2").arg(address, why));
        m_failures->setText(failed.isEmpty() ? tr("No message of this one failed.")
                                             : tr("Failed:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    });
    if (may)
        updatePreview();
    refreshLog();
    m_title->setFocus();
}

CampaignDialog::~CampaignDialog() = default;

Campaigns::Draft CampaignDialog::draft() const
{
    Campaigns::Draft d;
    d.title = m_title->text().trimmed();
    d.criteria.districts = checkedIds(m_districts);
    d.criteria.types = checkedIds(m_types);
    d.criteria.kinds = checkedIds(m_kinds);
    const QString main = m_desk.tenant().languages.value(0, QStringLiteral("en"));
    d.texts.insert(main, QJsonObject{{QStringLiteral("subject"), m_subject->text()}, {QStringLiteral("body"), m_body->toPlainText().trimmed()}});
    if (main != QLatin1String("en") && !m_bodyEn->toPlainText().trimmed().isEmpty())
        d.texts.insert(QStringLiteral("en"),
                       QJsonObject{{QStringLiteral("subject"), m_subjectEn->text()}, {QStringLiteral("body"), m_bodyEn->toPlainText().trimmed()}});
    d.ratePerMinute = m_rate->value();
    return d;
}

void CampaignDialog::updatePreview()
{
    const Result<Campaigns::Preview> p = Campaigns(m_desk.db(), m_desk.tenant()).preview(draft());
    m_previewOk = p.ok();
    if (!p) {
        m_preview->setText(p.error().message);
        m_preview->setStyleSheet(QStringLiteral("color: #b00020"));
    } else {
        m_preview->setStyleSheet(QString());
        QString text = tr("Reaches %n citizen(s): ", nullptr, p->sms + p->email) + tr("%1 by SMS, %2 by e-mail.").arg(p->sms).arg(p->email);
        text += QLatin1Char(' ') + tr("%n chosen citizen(s) agreed to no message and get nothing.", nullptr, p->withoutConsent);
        if (p->sms + p->email > 0) {
            text += QLatin1Char(' ') + tr("Sent in about %n minute(s).", nullptr, int(std::max<qint64>(1, p->minutes)));
            text += QLatin1Char(' ') + tr("The SMS takes %n message(s).", nullptr, p->smsSegments);
        }
        text += QStringLiteral("\n") + tr("It reads: %1").arg(p->sampleText);
        m_preview->setText(text);
    }
    m_send->setEnabled(m_previewOk && p->sms + p->email > 0 && m_desk.mayRun(CommandName::SendCampaign));
}

QString CampaignDialog::previewText() const
{
    return m_preview->text();
}

bool CampaignDialog::send(bool confirm)
{
    updatePreview();
    if (!m_send->isEnabled())
        return false;
    const Result<Campaigns::Preview> p = Campaigns(m_desk.db(), m_desk.tenant()).preview(draft());
    if (!p)
        return false;
    if (confirm) {
        const auto answer = QMessageBox::question(this, windowTitle(),
                                                  tr("Send “%1” to %n citizen(s)? It cannot be called back.", nullptr, p->sms + p->email).arg(draft().title),
                                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const Result<QJsonObject> sent = m_desk.run(CommandName::SendCampaign, {{QStringLiteral("draft"), draft().toJson()}});
    if (!sent) {
        m_preview->setText(sent.error().message);
        m_preview->setStyleSheet(QStringLiteral("color: #b00020"));
        return false;
    }
    refreshLog();
    m_tabs->setCurrentIndex(1);
    m_log->selectRow(0);
    return true;
}

void CampaignDialog::refreshLog()
{
    const QList<CampaignStore::Campaign> all = CampaignStore(m_desk.db()).list();
    m_log->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const CampaignStore::Campaign &c = all.at(row);
        const QStringList cells{QLocale().toString(QDateTime::fromMSecsSinceEpoch(c.createdAt), QLocale::ShortFormat),
                                c.title,
                                QLocale().toString(c.recipients),
                                QLocale().toString(c.sent),
                                QLocale().toString(c.failed),
                                QLocale().toString(c.queued),
                                QLocale().toString(c.withoutConsent)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_log->setItem(row, col, item);
        }
    }
    m_log->resizeColumnsToContents();
    m_log->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
}

} // namespace CivicDesk
