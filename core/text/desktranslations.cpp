// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CivicDesk {

bool installDeskTranslations(QCoreApplication &app, const QString &language)
{
    // Called again (the language changed in the settings): the catalogues of the language before go.
    const QString tag = QStringLiteral("civicdesk.catalogue");
    for (QTranslator *old : app.findChildren<QTranslator *>(tag, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    bool qtTranslated = locale.language() == QLocale::English;
    auto *qt = new QTranslator(&app);
    qt->setObjectName(tag);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(qt);
        qtTranslated = true;
    } else {
        delete qt;
    }
    auto *own = new QTranslator(&app);
    own->setObjectName(tag);
    if (own->load(locale, QStringLiteral("civicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return qtTranslated;
}

} // namespace CivicDesk
