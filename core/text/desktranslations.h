// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace CivicDesk {

/// Sets the desk's language (@p language, "el"; empty: the system's) as the default locale and installs its
/// catalogues: Qt's own (from the system, or CivicDesk's where the system has none: Greek and Romanian on
/// Debian 12) and CivicDesk's, in place of those an earlier call installed. Returns whether Qt's own strings
/// are translated.
bool installDeskTranslations(QCoreApplication &app, const QString &language);

/// A single-threaded server making one thing in a caller's language (a report for a desk): installs that
/// language's catalogues and locale as installDeskTranslations() does, and on leaving removes them and puts the
/// process's own locale back.
class DeskLanguageScope
{
public:
    DeskLanguageScope(QCoreApplication &app, const QString &language);
    ~DeskLanguageScope();
    DeskLanguageScope(const DeskLanguageScope &) = delete;
    DeskLanguageScope &operator=(const DeskLanguageScope &) = delete;

private:
    QCoreApplication &m_app;
    QLocale m_before;
};

/// CivicDesk's catalogue of @p language, loaded once per process and kept: words in a language other than the
/// installed one (a message to a citizen in theirs). Null for English and for a language CivicDesk has no
/// catalogue of. Safe to call from any thread.
const QTranslator *catalogueOf(const QString &language);

/// CivicDesk's @p source text (context "CivicDesk") in @p language; the English source where the language has no
/// catalogue or no translation of it.
QString wordsIn(const QString &language, const char *source);

/// The languages CivicDesk speaks (en, el, ro, it, ca, es), in that order.
const QStringList &deskLanguages();
/// The name of language @p code in that language ("Ελληνικά"): whoever cannot read the desk's language still
/// finds theirs. The code itself for a language CivicDesk does not speak.
QString languageOwnName(const QString &code);

} // namespace CivicDesk
