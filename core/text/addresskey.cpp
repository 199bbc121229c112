// SPDX-License-Identifier: GPL-3.0-or-later
#include "addresskey.h"

#include "textfold.h"

#include <QHash>
#include <QStringList>

namespace CivicDesk::AddressKey {
namespace {

/// Street types as written in full and as abbreviated, to one form: English (US/UK), Greek, Romanian,
/// Italian, Catalan, Spanish, French. Keys are folded words.
const QHash<QString, QString> &streetTypes()
{
    static const QHash<QString, QString> types = [] {
        QHash<QString, QString> t;
        auto add = [&](const QString &canonical, std::initializer_list<const char16_t *> spellings) {
            t.insert(canonical, canonical);
            for (const char16_t *s : spellings)
                t.insert(QString::fromUtf16(s), canonical);
        };
        add(QStringLiteral("st"), {u"street", u"str"});
        add(QStringLiteral("ave"), {u"avenue", u"av", u"avenida", u"avinguda", u"avenue"});
        add(QStringLiteral("rd"), {u"road"});
        add(QStringLiteral("blvd"), {u"boulevard", u"bd", u"bulevardul", u"bvd"});
        add(QStringLiteral("pl"), {u"place", u"placa", u"plaza", u"piazza", u"pza", u"piata", u"plateia", u"πλατεια"});
        add(QStringLiteral("sq"), {u"square"});
        add(QStringLiteral("dr"), {u"drive"});
        add(QStringLiteral("ln"), {u"lane"});
        add(QStringLiteral("ct"), {u"court"});
        add(QStringLiteral("ter"), {u"terrace"});
        add(QStringLiteral("hwy"), {u"highway"});
        add(QStringLiteral("pkwy"), {u"parkway"});
        add(QStringLiteral("pk"), {u"park"});
        add(QStringLiteral("wy"), {u"way"});
        add(QStringLiteral("οδ"), {u"οδος"});
        add(QStringLiteral("λεωφ"), {u"λεωφορος", u"λ"});
        add(QStringLiteral("c"), {u"carrer", u"calle", u"c/"});
        add(QStringLiteral("pg"), {u"passeig", u"paseo"});
        add(QStringLiteral("strada"), {u"str.", u"strad"});
        add(QStringLiteral("vle"), {u"viale"});
        add(QStringLiteral("cso"), {u"corso"});
        add(QStringLiteral("sos"), {u"soseaua", u"sos."});
        add(QStringLiteral("rue"), {u"r"});
        return t;
    }();
    return types;
}

bool isNumber(const QString &w, QString *digits)
{
    qsizetype n = 0;
    while (n < w.size() && w[n].isDigit())
        ++n;
    // "12", "12a", "12bis": the digits are the number.
    if (n == 0 || n > 6 || w.size() - n > 3)
        return false;
    *digits = w.left(n);
    return true;
}

} // namespace

QString of(const QString &text)
{
    const QString part = text.section(u',', 0, 0);
    const QStringList words = TextFold::queryWords(part);
    if (words.size() < 2)
        return {};
    QString number;
    QStringList street;
    // The house number is the first word or the last ("179 H St", "Ερμού 12", "Via Roma 12").
    QString digits;
    if (isNumber(words.first(), &digits) && !isNumber(words.last(), &number)) {
        number = digits;
        street = words.mid(1);
    } else if (isNumber(words.last(), &digits)) {
        number = digits;
        street = words.mid(0, words.size() - 1);
    } else {
        return {};
    }
    if (street.isEmpty())
        return {};
    for (QString &w : street)
        w = streetTypes().value(w, w);
    return number + u' ' + street.join(u' ');
}

} // namespace CivicDesk::AddressKey
