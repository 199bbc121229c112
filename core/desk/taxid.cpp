// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxid.h"

#include "core/util/tr.h"

#include <QRegularExpression>

namespace CivicDesk {
namespace {

bool allDigits(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int digit(QChar c) { return c.unicode() - u'0'; }

int afmCheck(const QString &first8)
{
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += digit(first8[i]) << (8 - i);
    return sum % 11 % 10;
}

int cuiCheck(const QString &body)
{
    static const char key[] = "753217532";
    const QString padded = body.rightJustified(9, u'0');
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digit(padded[i]) * (key[i] - '0');
    int c = sum * 10 % 11;
    return c == 10 ? 0 : c;
}

int cnpCheck(const QString &first12)
{
    static const char key[] = "279146358279";
    int sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += digit(first12[i]) * (key[i] - '0');
    int c = sum % 11;
    return c == 10 ? 1 : c;
}

int pivaCheck(const QString &first10)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = digit(first10[i]);
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

QChar codiceFiscaleCheck(const QString &first15)
{
    static const int odd[36] = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21, // 0-9
                                1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = first15[i];
        const int index = c.isDigit() ? digit(c) : 10 + (c.unicode() - u'A');
        const int even = c.isDigit() ? digit(c) : c.unicode() - u'A';
        sum += i % 2 == 0 ? odd[index] : even;
    }
    return QChar(u'A' + sum % 26);
}

const char nifLetters[] = "TRWAGMYFPDXBNJZSQVHLCKE";

TaxIdCheck invalid(TaxIdCheck c, const QString &problem)
{
    c.valid = false;
    c.problem = problem;
    return c;
}

} // namespace

int taxIdCheckDigit(const QString &country, const QString &digits)
{
    if (!allDigits(digits))
        return -1;
    if (country == QLatin1String("GR") && digits.size() == 8)
        return afmCheck(digits);
    if (country == QLatin1String("RO") && digits.size() >= 1 && digits.size() <= 9)
        return cuiCheck(digits);
    if (country == QLatin1String("IT") && digits.size() == 10)
        return pivaCheck(digits);
    return -1;
}

TaxIdCheck checkTaxId(const QString &country, const QString &text)
{
    TaxIdCheck c;
    QString s = text.toUpper();
    s.remove(QRegularExpression(QStringLiteral("[\\s.\\-/]")));
    // A VAT number carries its country in front: EL/GR, RO, IT, ES.
    const QString vatPrefix = country == QLatin1String("GR") ? QStringLiteral("EL") : country;
    for (const QString &prefix : {vatPrefix, country}) {
        if (s.startsWith(prefix) && s.size() > prefix.size() + 2 && s[prefix.size()].isDigit()) {
            s = s.mid(prefix.size());
            break;
        }
    }
    c.normalised = s;
    if (s.isEmpty()) {
        c.valid = true;
        return c;
    }
    const QString wrongCheck = Tr::tr("The check digit does not match: a digit was probably mistyped.");

    if (country == QLatin1String("GR")) {
        c.kind = QStringLiteral("AFM");
        if (!allDigits(s) || s.size() != 9)
            return invalid(c, Tr::tr("A Greek tax number (AFM) has 9 digits."));
        if (s == QLatin1String("000000000") || afmCheck(s.left(8)) != digit(s[8]))
            return invalid(c, wrongCheck);
    } else if (country == QLatin1String("RO")) {
        if (!allDigits(s))
            return invalid(c, Tr::tr("A Romanian CNP or CUI has digits only."));
        if (s.size() == 13) {
            c.kind = QStringLiteral("CNP");
            if (cnpCheck(s.left(12)) != digit(s[12]))
                return invalid(c, wrongCheck);
        } else if (s.size() >= 2 && s.size() <= 10) {
            c.kind = QStringLiteral("CUI");
            if (cuiCheck(s.left(s.size() - 1)) != digit(s.back()))
                return invalid(c, wrongCheck);
        } else {
            return invalid(c, Tr::tr("A Romanian CNP has 13 digits, a CUI 2 to 10."));
        }
    } else if (country == QLatin1String("IT")) {
        static const QRegularExpression cf(QStringLiteral("^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"));
        if (allDigits(s) && s.size() == 11) {
            c.kind = QStringLiteral("partita IVA");
            if (pivaCheck(s.left(10)) != digit(s[10]))
                return invalid(c, wrongCheck);
        } else if (s.size() == 16) {
            c.kind = QStringLiteral("codice fiscale");
            if (!cf.match(s).hasMatch())
                return invalid(c, Tr::tr("This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …)."));
            if (codiceFiscaleCheck(s.left(15)) != s[15])
                return invalid(c, Tr::tr("The control letter does not match: a character was probably mistyped."));
        } else {
            return invalid(c, Tr::tr("An Italian codice fiscale has 16 characters, a partita IVA 11 digits."));
        }
    } else if (country == QLatin1String("ES")) {
        static const QRegularExpression nif(QStringLiteral("^[0-9]{8}[A-Z]$"));
        static const QRegularExpression nie(QStringLiteral("^[XYZ][0-9]{7}[A-Z]$"));
        static const QRegularExpression cif(QStringLiteral("^[ABCDEFGHJNPQRSUVW][0-9]{7}[0-9A-J]$"));
        if (nif.match(s).hasMatch() || nie.match(s).hasMatch()) {
            c.kind = s[0].isDigit() ? QStringLiteral("NIF") : QStringLiteral("NIE");
            QString number = s.left(8);
            if (!s[0].isDigit())
                number[0] = QChar(u'0' + (s[0].unicode() - u'X'));
            if (QChar::fromLatin1(nifLetters[number.toLongLong() % 23]) != s[8])
                return invalid(c, Tr::tr("The control letter does not match: a character was probably mistyped."));
        } else if (cif.match(s).hasMatch()) {
            c.kind = QStringLiteral("CIF");
            int sum = 0;
            for (int i = 1; i <= 7; ++i) {
                int d = digit(s[i]);
                if (i % 2 == 1) {
                    d *= 2;
                    d = d / 10 + d % 10;
                }
                sum += d;
            }
            const int control = (10 - sum % 10) % 10;
            const QChar last = s[8];
            if (last != QChar(u'0' + control) && last != QChar::fromLatin1("JABCDEFGHI"[control]))
                return invalid(c, wrongCheck);
        } else {
            return invalid(c, Tr::tr("A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter."));
        }
    } else {
        static const QRegularExpression generic(QStringLiteral("^[A-Z0-9]{4,20}$"));
        if (!generic.match(s).hasMatch())
            return invalid(c, Tr::tr("A tax id has 4 to 20 letters and digits."));
    }
    c.valid = true;
    return c;
}

} // namespace CivicDesk
