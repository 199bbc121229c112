// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenormalizer.h"

#include "core/util/tr.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace CivicDesk {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNormalizer::PhoneNormalizer(const QString &defaultRegion)
    : m_region(defaultRegion.toUpper())
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    const int code = util.GetCountryCodeForRegion(m_region.toStdString());
    if (code > 0)
        m_countryPrefix = u'+' + QString::number(code);
    std::string prefix;
    util.GetNddPrefixForRegion(m_region.toStdString(), true, &prefix);
    m_nationalPrefix = QString::fromStdString(prefix);
}

QString PhoneNormalizer::nationalDigitsOf(const QString &e164) const
{
    if (!m_countryPrefix.isEmpty() && e164.startsWith(m_countryPrefix))
        return m_nationalPrefix + e164.mid(m_countryPrefix.size());
    return parse(e164).nationalDigits;
}

QString PhoneNormalizer::dialledDigits(const QString &text)
{
    QString digits;
    bool plus = false;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
        else if (c == u'+' && digits.isEmpty())
            plus = true;
    }
    if (plus)
        return u'+' + digits;
    if (digits.startsWith(QLatin1String("00")))
        return u'+' + digits.mid(2);
    return digits;
}

QString PhoneNormalizer::e164OfNationalDigits(const QString &digits) const
{
    if (m_countryPrefix.isEmpty())
        return parse(digits).e164;
    if (!m_nationalPrefix.isEmpty() && digits.startsWith(m_nationalPrefix))
        return m_countryPrefix + digits.mid(m_nationalPrefix.size());
    return m_countryPrefix + digits;
}

ParsedPhone PhoneNormalizer::parse(const QString &text) const
{
    ParsedPhone out;
    out.typed = text;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        out.problem = Tr::tr("No number given.");
        return out;
    }
    for (const QChar c : trimmed) {
        if (c.isLetter() && c.toLower() != u'x' && c.toLower() != u'e' && c.toLower() != u't') {
            out.problem = Tr::tr("The number contains letters.");
            return out;
        }
    }
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string region = m_region.toStdString();
    // Normalise "00" international prefixes the way people type them in Europe.
    QString input = trimmed;
    const QString dialled = dialledDigits(trimmed);
    if (dialled.startsWith(u'+') && !trimmed.startsWith(u'+'))
        input = dialled;
    const auto err = util.Parse(input.toStdString(), region, &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR) {
        out.problem = Tr::tr("Not a telephone number.");
        return out;
    }
    if (!util.IsPossibleNumber(number)) {
        out.problem = Tr::tr("The number has too few or too many digits.");
        return out;
    }
    std::string s;
    util.Format(number, PhoneNumberUtil::E164, &s);
    out.e164 = QString::fromStdString(s);
    util.Format(number, PhoneNumberUtil::NATIONAL, &s);
    out.national = QString::fromStdString(s);
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &s);
    out.international = QString::fromStdString(s);
    util.GetRegionCodeForNumber(number, &s);
    out.regionCode = QString::fromStdString(s);
    for (const QChar c : std::as_const(out.national)) {
        if (c.isDigit())
            out.nationalDigits += c;
    }
    out.valid = util.IsValidNumber(number);
    if (!out.valid)
        out.problem = Tr::tr("The number is not in use in its country's numbering plan.");
    if (number.has_extension())
        out.problem = Tr::tr("The number has an extension; it is kept as typed.");
    return out;
}

} // namespace CivicDesk
