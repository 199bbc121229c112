// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace CivicDesk {

QStringList UserGuideDialog::languages()
{
    return {QStringLiteral("en"), QStringLiteral("el")};
}

QString UserGuideDialog::guideLanguage(const QString &language)
{
    const QString code = language.left(2).toLower();
    return languages().contains(code) ? code : QStringLiteral("en");
}

UserGuideDialog::UserGuideDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("User guide"));
    resize(760, 640);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/civicdesk/guide/") + guideLanguage(language)});
    m_browser->setSource(QUrl(QStringLiteral("index.html")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *home = buttons->addButton(tr("&Contents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(home, &QPushButton::clicked, m_browser, &QTextBrowser::home);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    m_browser->setFocus();
}

} // namespace CivicDesk
