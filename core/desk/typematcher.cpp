// SPDX-License-Identifier: GPL-3.0-or-later
#include "typematcher.h"

#include "core/text/textfold.h"
#include "core/storage/database.h"
#include "core/storage/requestrepository.h"

#include <algorithm>

namespace CivicDesk {
namespace {

void addWords(QStringList &into, const QString &text)
{
    for (const QString &w : TextFold::indexWords(text)) {
        into.append(w);
        const QString sk = TextFold::skeleton(w);
        if (sk != w)
            into.append(sk);
    }
}

/// 2: a word starts with the query word exactly (folded), or holds it inside a compound ("φωτ" in
/// "οδοφωτισμού", "light" in "streetlight") when it has three letters or more; 1: via the Greeklish skeleton;
/// 0: no.
int wordMatch(const QStringList &words, const QString &query, const QString &querySkeleton)
{
    int best = 0;
    for (const QString &w : words) {
        if (w.startsWith(query) || (query.size() >= 3 && w.size() > query.size() + 2 && w.indexOf(query, 2) > 0))
            return 2;
        if (!querySkeleton.isEmpty() && w.startsWith(querySkeleton))
            best = 1;
    }
    return best;
}

} // namespace

ServiceTypeMatcher::ServiceTypeMatcher(const QList<ServiceType> &types, const QList<ServiceGroup> &groups,
                                       const QHash<QString, int> &frequency, const QStringList &languages)
{
    QHash<QString, const ServiceGroup *> groupById;
    for (const ServiceGroup &g : groups)
        groupById.insert(g.id, &g);
    const QString ui = languages.value(0, QStringLiteral("en"));
    for (const ServiceType &t : types) {
        if (!t.active)
            continue;
        Entry e;
        e.type = t;
        e.match.typeId = t.id;
        e.match.name = t.name.best(ui);
        if (const ServiceGroup *g = groupById.value(t.groupId))
            e.match.groupName = g->name.best(ui);
        e.match.frequency = frequency.value(t.id);
        QStringList langs = languages;
        langs.append(QStringLiteral("en"));
        langs.removeDuplicates();
        for (const QString &lang : std::as_const(langs)) {
            addWords(e.nameWords, t.name.get(lang));
            for (const QString &k : t.keywords.get(lang).split(u',', Qt::SkipEmptyParts)) {
                addWords(e.keywordWords, k);
                e.keywordTexts.append(k.trimmed());
            }
        }
        addWords(e.nameWords, t.name.best(ui));
        e.nameWords.removeDuplicates();
        e.keywordWords.removeDuplicates();
        m_entries.append(e);
    }
}

const ServiceType *ServiceTypeMatcher::type(const QString &id) const
{
    for (const Entry &e : m_entries)
        if (e.type.id == id)
            return &e.type;
    return nullptr;
}

QList<TypeMatch> ServiceTypeMatcher::match(const QString &text, int limit) const
{
    const QStringList words = TextFold::queryWords(text);
    QStringList skeletons;
    for (const QString &w : words)
        {
        // A skeleton much shorter than the word ("zzzz" → "z") would match almost anything.
        const QString sk = TextFold::skeleton(w);
        skeletons.append(sk.size() >= 3 && sk.size() + 1 >= w.size() / 2 ? sk : QString());
    }
    QList<TypeMatch> out;
    for (const Entry &e : m_entries) {
        int score = 0;
        bool all = true;
        bool viaKeyword = false;
        for (qsizetype i = 0; i < words.size() && all; ++i) {
            const int inName = wordMatch(e.nameWords, words[i], skeletons[i]);
            if (inName > 0) {
                score += inName == 2 ? 30 : 20;
                continue;
            }
            const int inKeywords = wordMatch(e.keywordWords, words[i], skeletons[i]);
            if (inKeywords > 0) {
                score += inKeywords == 2 ? 15 : 10;
                viaKeyword = true;
                continue;
            }
            all = false;
        }
        if (!all)
            continue;
        TypeMatch m = e.match;
        m.score = score;
        if (viaKeyword) {
            for (const QString &k : e.keywordTexts) {
                const QStringList kw = TextFold::indexWords(k);
                if (std::any_of(kw.begin(), kw.end(), [&](const QString &w) { return !words.isEmpty() && w.startsWith(words.back()); })) {
                    m.matched = k;
                    break;
                }
            }
        }
        out.append(m);
    }
    std::stable_sort(out.begin(), out.end(), [](const TypeMatch &a, const TypeMatch &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.frequency != b.frequency)
            return a.frequency > b.frequency;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

QHash<QString, int> ServiceTypeMatcher::frequencies(Database &db, const QList<ServiceType> &types, qint64 since)
{
    QStringList ids;
    for (const ServiceType &t : types)
        ids.append(t.id);
    return RequestRepository(db).filedPerType(ids, since);
}

} // namespace CivicDesk
