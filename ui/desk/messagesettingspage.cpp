// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagesettingspage.h"

#include "core/notify/outbox.h"
#include "core/session/desksession.h"
#include "core/storage/database.h"
#include "core/storage/organisationrepository.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace CivicDesk {

namespace {

QSpinBox *rate(QWidget *parent, const QString &name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100000);
    box->setSpecialValueText(QCoreApplication::translate("CivicDesk::MessageSettingsPage", "no limit"));
    box->setSuffix(QCoreApplication::translate("CivicDesk::MessageSettingsPage", " a minute"));
    return box;
}

QLineEdit *field(QWidget *parent, const QString &name, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

MessageSettingsPage::MessageSettingsPage(DeskSession &desk, QWidget *parent)
    : QWidget(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("messageSettingsPage"));
    auto *layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("messageSettingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    if (m_desk.sync()) {
        auto *about = new QLabel(tr("This desk works with the municipality's server, and the server sends the messages to citizens for "
                                    "all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin "
                                    "mail-settings and sms-settings on the municipality's file there (see civicdesk-server(8))."),
                                 this);
        about->setWordWrap(true);
        layout->addWidget(about);
        layout->addStretch();
        return;
    }
    auto *about = new QLabel(tr("This desk works alone and sends the messages to citizens itself, every half minute and after each "
                                "change. Without a mail server or an SMS gateway they wait in the outbox."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto *mail = new QGroupBox(tr("E-mail"), this);
    m_smtp = field(mail, QStringLiteral("smtpUrl"), QStringLiteral("smtp://mail.example.gr:587"));
    m_from = field(mail, QStringLiteral("mailFrom"), QStringLiteral("noreply@example.gr"));
    m_fromName = field(mail, QStringLiteral("mailFromName"));
    m_login = field(mail, QStringLiteral("mailLogin"));
    m_password = field(mail, QStringLiteral("mailPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_requireTls = new QCheckBox(tr("Never send in clear te&xt (STARTTLS must work)"), mail);
    m_requireTls->setObjectName(QStringLiteral("mailRequireTls"));
    m_mailRate = rate(mail, QStringLiteral("mailRate"));
    m_testTo = field(mail, QStringLiteral("mailTestTo"), tr("your address"));
    auto *test = new QPushButton(tr("Send a test &e-mail"), mail);
    test->setObjectName(QStringLiteral("mailTest"));
    connect(test, &QPushButton::clicked, this, &MessageSettingsPage::sendTest);
    m_testState = new QLabel(mail);
    m_testState->setObjectName(QStringLiteral("mailTestState"));
    m_testState->setWordWrap(true);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(test);
    auto *mailForm = new QFormLayout(mail);
    mailForm->addRow(tr("Mail ser&ver:"), m_smtp);
    mailForm->addRow(tr("&From address:"), m_from);
    mailForm->addRow(tr("From &name:"), m_fromName);
    mailForm->addRow(tr("L&ogin:"), m_login);
    mailForm->addRow(tr("&Password:"), m_password);
    mailForm->addRow(QString(), m_requireTls);
    mailForm->addRow(tr("At most:"), m_mailRate);
    mailForm->addRow(tr("Try them:"), testRow);
    mailForm->addRow(QString(), m_testState);
    layout->addWidget(mail);

    auto *sms = new QGroupBox(tr("SMS"), this);
    m_sms = field(sms, QStringLiteral("smsUrl"), QStringLiteral("http://127.0.0.1:13013/cgi-bin/sendsms"));
    m_smsUser = field(sms, QStringLiteral("smsUser"));
    m_smsPassword = field(sms, QStringLiteral("smsPassword"));
    m_smsPassword->setEchoMode(QLineEdit::Password);
    m_smsFrom = field(sms, QStringLiteral("smsFrom"));
    m_smsFrom->setMaxLength(16);
    m_quietFrom = new QSpinBox(sms);
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietTo = new QSpinBox(sms);
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    for (QSpinBox *hour : {m_quietFrom, m_quietTo}) {
        hour->setRange(0, 23);
        hour->setSuffix(QStringLiteral(":00"));
    }
    auto *quiet = new QHBoxLayout;
    quiet->addWidget(m_quietFrom);
    quiet->addWidget(new QLabel(tr("to"), sms));
    quiet->addWidget(m_quietTo);
    quiet->addWidget(new QLabel(tr("(the same hour twice: none)"), sms), 1);
    m_smsRate = rate(sms, QStringLiteral("smsRate"));
    auto *smsForm = new QFormLayout(sms);
    smsForm->addRow(tr("&Gateway (Kannel's sendsms):"), m_sms);
    smsForm->addRow(tr("&User:"), m_smsUser);
    smsForm->addRow(tr("Pass&word:"), m_smsPassword);
    smsForm->addRow(tr("Sen&der shown:"), m_smsFrom);
    auto *quietLabel = new QLabel(tr("&Quiet hours:"), sms);
    quietLabel->setBuddy(m_quietFrom); // a row of several fields: its label names the first
    smsForm->addRow(quietLabel, quiet);
    smsForm->addRow(tr("At most:"), m_smsRate);
    layout->addWidget(sms);
    layout->addWidget(m_problem);
    layout->addStretch();
    load();
    // Only an administrator keeps them: the passwords open the municipality's mail and SMS accounts.
    if (m_desk.user().role != Role::Administrator || !m_desk.writable()) {
        for (QGroupBox *box : {mail, sms})
            box->setEnabled(false);
        m_problem->setText(tr("Only the municipality's administrator changes these settings."));
        m_problem->show();
    }
}

void MessageSettingsPage::load()
{
    if (const Result<std::optional<SmtpSettings>> mail = readSmtpSettings(m_desk.db()); mail && mail.value()) {
        const SmtpSettings &s = *mail.value();
        m_smtp->setText(s.url);
        m_from->setText(s.fromAddress);
        m_fromName->setText(s.fromName);
        m_login->setText(s.login);
        m_mailPassword = s.password;
        m_requireTls->setChecked(s.requireTls);
        m_mailRate->setValue(s.perMinute);
    }
    if (!m_mailPassword.isEmpty())
        m_password->setPlaceholderText(tr("kept; write a new one to change it"));
    SmsSettings sms;
    if (const Result<std::optional<SmsSettings>> kept = readSmsSettings(m_desk.db()); kept && kept.value())
        sms = *kept.value();
    m_sms->setText(sms.url);
    m_smsUser->setText(sms.username);
    m_gatewayPassword = sms.password;
    if (!m_gatewayPassword.isEmpty())
        m_smsPassword->setPlaceholderText(tr("kept; write a new one to change it"));
    m_smsFrom->setText(sms.from);
    m_quietFrom->setValue(sms.quietFrom);
    m_quietTo->setValue(sms.quietTo);
    m_smsRate->setValue(sms.perMinute);
    if (const std::optional<Tenant> t = OrganisationRepository(m_desk.db()).tenant())
        m_fromName->setPlaceholderText(t->name);
}

namespace {

SmtpSettings mailOf(QLineEdit *url, QLineEdit *from, QLineEdit *name, QLineEdit *login, QLineEdit *password, const QString &kept, QCheckBox *tls,
                    QSpinBox *perMinute)
{
    SmtpSettings s;
    s.url = url->text().trimmed();
    s.fromAddress = from->text().trimmed();
    s.fromName = name->text().trimmed();
    s.login = login->text().trimmed();
    s.password = password->text().isEmpty() ? kept : password->text();
    s.requireTls = tls->isChecked();
    s.perMinute = perMinute->value();
    return s;
}

} // namespace

void MessageSettingsPage::sendTest()
{
    const SmtpSettings s = mailOf(m_smtp, m_from, m_fromName, m_login, m_password, m_mailPassword, m_requireTls, m_mailRate);
    const std::optional<Tenant> t = OrganisationRepository(m_desk.db()).tenant();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status sent = sendTestEmail(s, m_testTo->text().trimmed(), t ? t->name : QString(), m_desk.clock()());
    QGuiApplication::restoreOverrideCursor();
    m_testState->setStyleSheet(sent ? QString() : QStringLiteral("color: #a40000"));
    m_testState->setText(sent ? tr("The mail server took the test message for %1.").arg(m_testTo->text().trimmed()) : sent.error().message);
}

bool MessageSettingsPage::apply()
{
    if (!m_smtp || !m_smtp->isEnabled() || !m_smtp->parentWidget()->isEnabled())
        return true;
    const SmtpSettings mail = mailOf(m_smtp, m_from, m_fromName, m_login, m_password, m_mailPassword, m_requireTls, m_mailRate);
    SmsSettings sms;
    sms.url = m_sms->text().trimmed();
    sms.username = m_smsUser->text().trimmed();
    sms.password = m_smsPassword->text().isEmpty() ? m_gatewayPassword : m_smsPassword->text();
    sms.from = m_smsFrom->text().trimmed();
    sms.quietFrom = m_quietFrom->value();
    sms.quietTo = m_quietTo->value();
    sms.perMinute = m_smsRate->value();
    const Result<std::optional<SmtpSettings>> keptMail = readSmtpSettings(m_desk.db());
    const Result<std::optional<SmsSettings>> keptSms = readSmsSettings(m_desk.db());
    const bool mailChanged = !keptMail || (keptMail.value() ? keptMail.value()->toJson() != mail.toJson() : !mail.url.isEmpty());
    const bool smsChanged = !keptSms || (keptSms.value() ? keptSms.value()->toJson() != sms.toJson() : !sms.url.isEmpty());
    // Both checked before either is kept.
    for (const auto &[changed, empty, check] : {std::tuple{mailChanged, mail.url.isEmpty(), mail.validate()}, std::tuple{smsChanged, sms.url.isEmpty(), sms.validate()}}) {
        if (changed && !empty && !check) {
            m_problem->setStyleSheet(QStringLiteral("color: #a40000"));
            m_problem->setText(check.error().message);
            m_problem->show();
            return false;
        }
    }
    if (mailChanged) {
        if (Status st = writeSmtpSettings(m_desk.db(), mail); !st) {
            m_problem->setText(st.error().message);
            m_problem->show();
            return false;
        }
    }
    if (smsChanged) {
        if (Status st = writeSmsSettings(m_desk.db(), sms); !st) {
            m_problem->setText(st.error().message);
            m_problem->show();
            return false;
        }
    }
    m_problem->hide();
    if ((mailChanged || smsChanged) && m_desk.onSaved)
        m_desk.onSaved(); // the sender's next round, now, with them
    return true;
}

} // namespace CivicDesk
