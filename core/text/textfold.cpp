// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfold.h"


namespace CivicDesk::TextFold {
namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc' || c == u'`' || c == u'\u2018';
}

bool isGreekLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x0370 && u <= 0x03ff) || (u >= 0x1f00 && u <= 0x1fff);
}

bool isVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

// Greek (folded, lower case, no accents) → Latin after ELOT 743 (αυ/ευ always av/ev); the skeleton
// reduction below then erases the differences between ELOT and everyday Greeklish.
QString transliterateGreek(const QString &w)
{
    QString out;
    out.reserve(w.size() * 2);
    const int n = int(w.size());
    for (int i = 0; i < n; ++i) {
        const char16_t c = w.at(i).unicode();
        const char16_t next = i + 1 < n ? w.at(i + 1).unicode() : 0;
        auto pair = [&](char16_t second, const char *latin) {
            if (next == second) {
                out += QLatin1String(latin);
                ++i;
                return true;
            }
            return false;
        };
        switch (c) {
        case u'α':
            if (pair(u'υ', "av") || pair(u'ι', "ai"))
                break;
            out += u'a';
            break;
        case u'ε':
            if (pair(u'υ', "ev") || pair(u'ι', "ei"))
                break;
            out += u'e';
            break;
        case u'η':
            if (pair(u'υ', "iv"))
                break;
            out += u'i';
            break;
        case u'ο':
            if (pair(u'υ', "ou") || pair(u'ι', "oi"))
                break;
            out += u'o';
            break;
        case u'μ':
            if (pair(u'π', "mp"))
                break;
            out += u'm';
            break;
        case u'ν':
            if (pair(u'τ', "nt"))
                break;
            out += u'n';
            break;
        case u'γ':
            if (pair(u'γ', "ng") || pair(u'κ', "gk") || pair(u'ξ', "nx") || pair(u'χ', "nch"))
                break;
            out += u'g';
            break;
        case u'β': out += u'v'; break;
        case u'δ': out += u'd'; break;
        case u'ζ': out += u'z'; break;
        case u'θ': out += QLatin1String("th"); break;
        case u'ι': out += u'i'; break;
        case u'κ': out += u'k'; break;
        case u'λ': out += u'l'; break;
        case u'ξ': out += u'x'; break;
        case u'π': out += u'p'; break;
        case u'ρ': out += u'r'; break;
        case u'σ':
        case u'ς': out += u's'; break;
        case u'τ': out += u't'; break;
        case u'υ': out += u'i'; break;
        case u'φ': out += u'f'; break;
        case u'χ': out += QLatin1String("ch"); break;
        case u'ψ': out += QLatin1String("ps"); break;
        case u'ω': out += u'o'; break;
        default: out += QChar(c); break;
        }
    }
    return out;
}

// Latin reduction shared by Greeklish and transliterated Greek: every spelling variant of one sound
// becomes one letter, and repeated letters collapse.
QString reduceLatin(const QString &w)
{
    QString out;
    out.reserve(w.size());
    const int n = int(w.size());
    auto at = [&](int i) -> char { return i >= 0 && i < n && w.at(i).unicode() < 128 ? char(w.at(i).unicode()) : '\0'; };
    auto put = [&](QChar c) {
        // nn → n, ll → l, ...; vowels stay, so that "giulioi" does not turn into "giuli".
        if (!out.isEmpty() && out.back() == c && !(c.unicode() < 128 && isVowel(char(c.unicode()))))
            return;
        out += c;
    };
    for (int i = 0; i < n; ++i) {
        const char c = at(i);
        const char d = at(i + 1);
        if (c == '\0') { // not ASCII: keep as it is
            put(w.at(i));
            continue;
        }
        auto two = [&](char a, char b) { return c == a && d == b; };
        // γι + vowel is spelt gi-, y- or j-: keep only the g.
        if ((c == 'g' && d == 'i' && isVowel(at(i + 2)) && at(i + 2) != 'i')) { put(u'g'); ++i; continue; }
        if ((c == 'y' || c == 'j') && i == 0 && isVowel(d)) {
            put(u'g');
            if (d == 'i' && isVowel(at(i + 2)))
                ++i;
            continue;
        }
        if (two('o', 'u') || two('o', 'y')) { put(u'u'); ++i; continue; }
        if (two('t', 'h')) { put(u'8'); ++i; continue; }
        if (two('c', 'h') || two('k', 'h') || two('k', 's') || two('c', 's')) { put(u'x'); ++i; continue; }
        if (two('p', 'h')) { put(u'f'); ++i; continue; }
        if (two('m', 'p') || two('m', 'b')) { put(u'b'); ++i; continue; }
        if (two('n', 't') || two('n', 'd') || two('d', 'h')) { put(u'd'); ++i; continue; }
        if (two('g', 'k') || two('g', 'g') || two('n', 'g') || two('n', 'k')) { put(u'g'); ++i; continue; }
        if (two('a', 'i')) { put(u'e'); ++i; continue; }
        if (two('e', 'i') || two('o', 'i') || two('y', 'i') || two('u', 'i')) { put(u'i'); ++i; continue; }
        if (two('a', 'u') || two('a', 'f')) { put(u'a'); put(u'b'); ++i; continue; }
        if (two('e', 'u') || two('e', 'f')) { put(u'e'); put(u'b'); ++i; continue; }
        switch (c) {
        case 'h': {
            // η typed as h between consonants (xrhstos); otherwise h stands for χ (hristos, mihalis).
            const char prev = out.isEmpty() ? '\0' : (out.back().unicode() < 128 ? char(out.back().unicode()) : '\0');
            const bool prevConsonant = prev != '\0' && !isVowel(prev);
            const bool nextConsonant = d == '\0' || !isVowel(d);
            put(prevConsonant && nextConsonant ? u'i' : u'x');
            break;
        }
        case 'v': put(u'b'); break;
        case 'w': put(u'o'); break;
        case 'y': put(u'i'); break;
        case 'j': put(u'i'); break;
        case 'c': put(u'k'); break;
        case 'q': put(u'k'); break;
        default: put(QLatin1Char(c)); break;
        }
    }
    return out;
}

// Catalan ela geminada typed as "l.l" or "l-l" → "ll" (the middle dot itself is removed by fold()).
void joinGeminate(QString &folded)
{
    for (qsizetype i = folded.indexOf(u'l'); i >= 0 && i + 2 < folded.size(); i = folded.indexOf(u'l', i + 1)) {
        const QChar mid = folded.at(i + 1);
        if ((mid == u'.' || mid == u'-') && folded.at(i + 2) == u'l')
            folded.remove(i + 1, 1);
    }
}

QStringList splitWords(const QString &folded, bool splitApostrophes, bool joinPhrase)
{
    QStringList words;
    QString current;
    QStringList parts; // apostrophe-separated parts of the current word
    auto flush = [&] {
        if (current.isEmpty())
            return;
        words.append(current);
        if (splitApostrophes && parts.size() > 1) {
            for (const QString &p : std::as_const(parts)) {
                if (!p.isEmpty() && p != current)
                    words.append(p);
            }
        }
        current.clear();
        parts.clear();
    };
    QString part;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
            part += c;
        } else if (isApostrophe(c) && !current.isEmpty()) {
            parts.append(part);
            part.clear();
        } else {
            parts.append(part);
            part.clear();
            flush();
        }
    }
    parts.append(part);
    flush();
    words.removeDuplicates();
    if (joinPhrase) {
        QString joined;
        int count = 0;
        for (const QChar c : folded) {
            if (c.isLetterOrNumber())
                joined += c;
            else if (c.isSpace() || c == u'-')
                ++count;
        }
        if (count > 0 && !joined.isEmpty() && !words.contains(joined))
            words.append(joined);
    }
    return words;
}

} // namespace

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        switch (c.category()) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            continue;
        default:
            break;
        }
        const char16_t u = c.unicode();
        if (u == 0x00b7 || u == 0x0387 || u == 0x2027) // Catalan middle dot, Greek ano teleia
            continue;
        if (u == 0x00df || u == 0x1e9e) { // ß
            out += QLatin1String("ss");
            continue;
        }
        if (u == 0x0131) { // dotless i
            out += u'i';
            continue;
        }
        if (c.isHighSurrogate() || c.isLowSurrogate()) {
            out += c;
            continue;
        }
        const QChar f = c.toCaseFolded();
        out += f.unicode() == 0x03c2 ? QChar(0x03c3) : f;
    }
    return out;
}

QStringList indexWords(const QString &text)
{
    QString f = fold(text);
    joinGeminate(f);
    return splitWords(f, true, true);
}

QStringList queryWords(const QString &text)
{
    QString f = fold(text);
    joinGeminate(f);
    return splitWords(f, false, false);
}

bool hasGreek(const QString &text)
{
    for (const QChar c : text) {
        if (isGreekLetter(c))
            return true;
    }
    return false;
}

QString latinize(const QString &foldedWord)
{
    if (!hasGreek(foldedWord))
        return foldedWord;
    return transliterateGreek(foldedWord);
}

QString skeleton(const QString &foldedWord)
{
    return reduceLatin(hasGreek(foldedWord) ? transliterateGreek(foldedWord) : foldedWord);
}

QStringList prefixVariants(const QString &foldedWord)
{
    QStringList out{foldedWord};
    const QString sk = skeleton(foldedWord);
    if (!sk.isEmpty())
        out.append(sk);
    // While a Latin word is being typed its last letter may be the first half of a digraph
    // ("papadopo|u", "xrist|h"): add the skeletons of the word completed by each possible second half.
    if (!hasGreek(foldedWord) && foldedWord.size() >= 2) {
        const QChar last = foldedWord.back();
        const char16_t l = last.unicode();
        const char *seconds = l == u'o' ? "uiy" : l == u'a' || l == u'e' ? "iuf" : l == u'y' || l == u'u' ? "i"
            : l == u't' || l == u'p' || l == u'd' ? "h" : l == u'c' || l == u'k' ? "hs" : l == u'm' ? "pb"
            : l == u'n' ? "tdgk" : l == u'g' ? "kg" : "";
        for (const char *c = seconds; *c; ++c) {
            const QString completed = skeleton(foldedWord + QLatin1Char(*c));
            if (!completed.isEmpty())
                out.append(completed);
        }
        if (foldedWord.endsWith(QLatin1String("gi")) && foldedWord.size() >= 4)
            out.append(skeleton(foldedWord.left(foldedWord.size() - 1))); // "gia" drops its i
    }
    out.removeDuplicates();
    // A variant that is a prefix of another covers it: keep only the shortest ones.
    QStringList minimal;
    for (const QString &v : std::as_const(out)) {
        bool covered = false;
        for (const QString &w : std::as_const(out)) {
            if (w != v && v.startsWith(w)) {
                covered = true;
                break;
            }
        }
        if (!covered)
            minimal.append(v);
    }
    return minimal;
}

} // namespace CivicDesk::TextFold
