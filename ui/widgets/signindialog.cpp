// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "core/domain/idgenerator.h"
#include "core/sync/curltransport.h"
#include "ui/widgets/filtergrid.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace CivicDesk {

SignInDialog::SignInDialog(const DeskSync::Settings &known, Mode mode, QString newFile, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_newFile(std::move(newFile))
    , m_settings(known)
{
    const bool passwordOnly = mode == Mode::Renew;
    setWindowTitle(passwordOnly ? tr("Sign in again") : tr("Sign in to the server"));
    auto *layout = new QVBoxLayout(this);
    if (passwordOnly)
        layout->addWidget(new QLabel(tr("The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.").arg(known.login), this));
    auto *form = new QFormLayout;
    m_server = new QLineEdit(known.server, this);
    m_server->setPlaceholderText(QStringLiteral("https://civicdesk.example.gr"));
    m_tenant = new QLineEdit(known.tenant, this);
    m_tenant->setPlaceholderText(tr("municipality code, such as ATH"));
    m_login = new QLineEdit(known.login, this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Municipality:"), m_tenant);
    form->addRow(tr("&User:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    if (mode == Mode::NewDesk) {
        // A partial replica: a large city's ten years are not for one desk's disk.
        m_months = new QSpinBox(this);
        m_months->setObjectName(QStringLiteral("scopeMonths"));
        m_months->setRange(0, 240);
        m_months->setSpecialValueText(tr("all of them"));
        m_months->setSuffix(tr(" months"));
        m_months->setValue(known.scopeMonths > 0 ? known.scopeMonths : DeskSync::DefaultScopeMonths);
        m_months->setToolTip(tr("This desk keeps every open request, its department's, and those changed in these last months; "
                                "an older one is fetched from the server when it is looked for."));
        form->addRow(tr("&Requests kept here:"), m_months);
    }
    for (QLineEdit *field : {m_server, m_tenant})
        field->setReadOnly(mode != Mode::NewDesk);
    m_login->setReadOnly(passwordOnly);
    if (mode == Mode::AnotherUser)
        m_login->clear();
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    layout->addWidget(m_error);
    m_progress = new QProgressBar(this);
    m_progress->hide();
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign &in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (mode == Mode::AnotherUser ? m_login : passwordOnly || !known.login.isEmpty() ? m_password : m_server)->setFocus();
    setMinimumWidth(440);
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_progress->hide();
    m_ok->setEnabled(true);
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::signIn()
{
    DeskSync::Settings s = m_settings;
    s.server = m_server->text().trimmed();
    s.tenant = m_tenant->text().trimmed().toUpper();
    s.login = m_login->text().trimmed();
    const QString password = m_password->text();
    if (s.server.isEmpty() || s.tenant.isEmpty() || s.login.isEmpty() || password.isEmpty()) {
        showError(tr("Fill in the server, the municipality, the user and the password."));
        return;
    }
    if (!s.server.startsWith(QLatin1String("http://")) && !s.server.startsWith(QLatin1String("https://")))
        s.server.prepend(QStringLiteral("https://"));
    m_ok->setEnabled(false);
    m_error->hide();
    if (m_mode == Mode::NewDesk) {
        m_progress->setRange(0, 0);
        m_progress->show();
    }
    // The network off the window's thread: the dialog keeps painting and its progress bar moves.
    std::atomic<qint64> received{0}, total{0};
    const bool fresh = m_mode == Mode::NewDesk;
    const QString file = m_newFile;
    const int months = m_months ? m_months->value() : 0;
    s.scopeMonths = months;
    QFuture<Result<DeskSync::Settings>> work = QtConcurrent::run([s, password, fresh, file, months, &received, &total]() -> Result<DeskSync::Settings> {
        DeskSync::Settings out = s;
        CurlTransport net(s.server);
        Result<DeskSync::SignIn> in = DeskSync::signIn(net, s.tenant, s.login, password);
        if (!in)
            return in.error();
        out.token = in->token;
        out.userId = in->userId;
        if (!fresh)
            return out;
        if (out.clientId.isEmpty())
            out.clientId = newRowId(QDateTime::currentMSecsSinceEpoch());
        net.progress = [&](qint64 r, qint64 t) {
            received = r;
            total = t;
        };
        return DeskSync::join(net, out.server, out.tenant, in.value(), out.login, out.clientId, file, {}, months);
    });
    QFutureWatcher<Result<DeskSync::Settings>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(received * 1000 / std::max<qint64>(1, total)));
            m_progress->setFormat(tr("%1 of %2 MB").arg(received / 1048576.0, 0, 'f', 1).arg(total / 1048576.0, 0, 'f', 1));
        }
    });
    ticker.start(100);
    watcher.setFuture(work);
    loop.exec();
    ticker.stop();
    Result<DeskSync::Settings> result = work.result();
    if (!result) {
        showError(result.error().message);
        return;
    }
    m_settings = result.value();
    accept();
}

} // namespace CivicDesk
