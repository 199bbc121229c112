// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/desksync.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace CivicDesk {

/// Signs a desk in to its municipality's server: the server's address, the municipality (tenant), the user
/// and the password. A new desk is then registered and the municipality's data fetched into a new file with a
/// progress bar; a desk that has its data only renews the sign-in, or takes another user's.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode {
        NewDesk,    ///< everything asked; the desk registered and its data fetched into newFile
        Renew,      ///< the password of the user signed in
        AnotherUser ///< the user and the password, on this desk's data
    };
    SignInDialog(const DeskSync::Settings &known, Mode mode, QString newFile = {}, QWidget *parent = nullptr);

    /// After acceptance: the desk's settings (server, tenant, user, token, desk code, cursor of its data).
    DeskSync::Settings settings() const { return m_settings; }

private:
    void signIn();
    void showError(const QString &message);

    Mode m_mode;
    QString m_newFile;
    DeskSync::Settings m_settings;
    QSpinBox *m_months = nullptr; ///< a new desk's scope (0: the whole municipality)
    QLineEdit *m_server = nullptr;
    QLineEdit *m_tenant = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace CivicDesk
