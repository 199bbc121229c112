// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace CivicDesk::TextFold {

/// Accent- and case-free form used for comparing: NFKD, combining marks dropped, case folded,
/// final sigma → sigma, Romanian comma/cedilla letters unified, ß → ss, Catalan middle dot removed.
QString fold(const QString &text);

/// Words of @p text for the search index: folded, split on anything that is not a letter or digit.
/// A word with an apostrophe (D'Angelo, dell'Acqua) yields the joined form and its parts; Catalan
/// "l·l", "l.l" and "l-l" stay inside one word; a name of several words also yields them joined (De Luca →
/// "deluca").
QStringList indexWords(const QString &text);

/// Words of what an operator typed, folded the same way; apostrophes are joined, never split.
QStringList queryWords(const QString &text);

/// Phonetic Latin key that a Greek word and its Greeklish spellings share
/// (Παπαδόπουλος, papadopoulos, papadopulos → "papadopulos"; Χρήστος, xristos, christos → "xristos").
/// Works on folded words; Latin words are reduced by the same rules so both sides compare.
QString skeleton(const QString &foldedWord);

/// A folded Greek word in Latin letters, close to ELOT 743 ("γιαννησ" → "giannis"); other words unchanged.
QString latinize(const QString &foldedWord);

/// True if @p text contains a Greek letter.
bool hasGreek(const QString &text);

/// The keys under which a query word may be found by prefix: its fold, its skeleton and, while the word
/// is still being typed, the skeleton without its last letter (which may be half of a digraph).
QStringList prefixVariants(const QString &foldedWord);

} // namespace CivicDesk::TextFold
