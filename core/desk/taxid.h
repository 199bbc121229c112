// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk {

/// A tax identification number checked by the rules of a country.
struct TaxIdCheck
{
    bool valid = false;
    QString normalised; ///< upper case, without spaces, dots, dashes or a VAT country prefix
    QString kind;       ///< "AFM", "CNP", "CUI", "codice fiscale", "partita IVA", "NIF", "NIE", "CIF", or empty
    QString problem;    ///< translated reason when not valid
};

/// Checks @p text as a tax id of @p country (ISO 3166-1 alpha-2): Greek AFM, Romanian CNP and CUI,
/// Italian codice fiscale and partita IVA, Spanish NIF, NIE and CIF, each with its check digit.
/// Other countries: letters and digits, 4 to 20 of them. An empty text is valid (the field is optional).
TaxIdCheck checkTaxId(const QString &country, const QString &text);

/// The check digit that completes a Greek AFM, Romanian CUI or Italian partita IVA whose other digits are
/// @p digits (the demo municipality makes valid numbers with it); -1 for other countries.
int taxIdCheckDigit(const QString &country, const QString &digits);

} // namespace CivicDesk
