// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktranslations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <map>
#include <memory>
#include <mutex>

namespace CivicDesk {

namespace {

const QString &catalogueTag()
{
    static const QString tag = QStringLiteral("civicdesk.catalogue");
    return tag;
}

void removeDeskTranslations(QCoreApplication &app)
{
    for (QTranslator *old : app.findChildren<QTranslator *>(catalogueTag(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
}

} // namespace

DeskLanguageScope::DeskLanguageScope(QCoreApplication &app, const QString &language)
    : m_app(app)
{
    installDeskTranslations(app, language);
}

DeskLanguageScope::~DeskLanguageScope()
{
    removeDeskTranslations(m_app);
    QLocale::setDefault(m_before);
}

bool installDeskTranslations(QCoreApplication &app, const QString &language)
{
    // Called again (the language changed in the settings): the catalogues of the language before go.
    const QString &tag = catalogueTag();
    removeDeskTranslations(app);
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

const QTranslator *catalogueOf(const QString &language)
{
    if (language.isEmpty() || language == QLatin1String("en"))
        return nullptr;
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<QTranslator>> loaded;
    std::lock_guard lock(mutex);
    auto found = loaded.find(language);
    if (found == loaded.end()) {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(QStringLiteral(":/i18n/civicdesk_%1.qm").arg(language)))
            t.reset();
        found = loaded.emplace(language, std::move(t)).first;
    }
    return found->second.get();
}

} // namespace CivicDesk

namespace CivicDesk {

QString wordsIn(const QString &language, const char *source)
{
    const QTranslator *catalogue = catalogueOf(language);
    const QString text = catalogue ? catalogue->translate("CivicDesk", source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

const QStringList &deskLanguages()
{
    static const QStringList all{QStringLiteral("en"), QStringLiteral("el"), QStringLiteral("ro"),
                                 QStringLiteral("it"), QStringLiteral("ca"), QStringLiteral("es")};
    return all;
}

QString languageOwnName(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
                                               {QStringLiteral("el"), QStringLiteral("Ελληνικά")},
                                               {QStringLiteral("ro"), QStringLiteral("Română")},
                                               {QStringLiteral("it"), QStringLiteral("Italiano")},
                                               {QStringLiteral("ca"), QStringLiteral("Català")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    return names.value(code, code);
}

} // namespace CivicDesk
