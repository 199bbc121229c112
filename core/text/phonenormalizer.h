// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk {

/// A telephone number as understood for one municipality's region.
struct ParsedPhone
{
    QString typed;          ///< what was entered, unchanged
    QString e164;           ///< "+302103721000"; empty if the text is not a possible number
    QString nationalDigits; ///< digits as dialled inside the country ("2103721000", RO "0722123456")
    QString national;       ///< national format for display ("21 0372 1000")
    QString international;  ///< international format for display
    QString regionCode;     ///< region the number belongs to
    bool valid = false;     ///< libphonenumber says the number exists in its numbering plan
    QString problem;        ///< translated reason why it could not be parsed, if any
};

/// Parses and formats phone numbers with libphonenumber for a default region (the municipality's country).
class PhoneNormalizer
{
public:
    explicit PhoneNormalizer(const QString &defaultRegion);

    QString defaultRegion() const { return m_region; }
    ParsedPhone parse(const QString &text) const;

    /// National digits ("2103721000", RO "0722123456") of an E.164 number of this region, without a full parse.
    QString nationalDigitsOf(const QString &e164) const;

    /// E.164 of digits dialled inside this region ("0722123456" in Romania → "+40722123456"), without a full parse.
    QString e164OfNationalDigits(const QString &digits) const;

    /// Digits of what was typed, with a leading international prefix ("00", "+") turned into "+".
    static QString dialledDigits(const QString &text);

private:
    QString m_region;
    QString m_countryPrefix;  ///< "+30"
    QString m_nationalPrefix; ///< "0" in Romania, empty in Greece
};

} // namespace CivicDesk
