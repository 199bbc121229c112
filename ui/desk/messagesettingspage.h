// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/result.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CivicDesk {

class DeskSession;

/// The page of the settings where a municipality's administrator tells a desk that works alone how to send the
/// messages to citizens: the mail server and the SMS gateway (kept in the municipality's file, as
/// civicdesk-admin mail-settings and sms-settings keep them), with a test e-mail before keeping them. A desk of a
/// server sends nothing itself: the page says where the server's settings are made.
class MessageSettingsPage final : public QWidget
{
    Q_OBJECT
public:
    MessageSettingsPage(DeskSession &desk, QWidget *parent = nullptr);

    /// Keeps the settings as the page shows them (checked first); false with the reason on the page.
    bool apply();
    /// Sends a test e-mail with the settings as the page shows them to the address beside the button.
    void sendTest();
    QLabel *problem() const { return m_problem; }

private:
    void load();

    DeskSession &m_desk;
    QLineEdit *m_smtp = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_fromName = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_requireTls = nullptr;
    QSpinBox *m_mailRate = nullptr;
    QLineEdit *m_testTo = nullptr;
    QLabel *m_testState = nullptr;
    QLineEdit *m_sms = nullptr;
    QLineEdit *m_smsUser = nullptr;
    QLineEdit *m_smsPassword = nullptr;
    QLineEdit *m_smsFrom = nullptr;
    QSpinBox *m_quietFrom = nullptr;
    QSpinBox *m_quietTo = nullptr;
    QSpinBox *m_smsRate = nullptr;
    QLabel *m_problem = nullptr;
    QString m_mailPassword; ///< as kept: an empty field keeps it
    QString m_gatewayPassword;
};

} // namespace CivicDesk
