// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/citizen.h"

#include <QList>
#include <QString>

namespace CivicDesk {

class PhoneNormalizer;

/// One thing wrong or doubtful about a field of a form.
struct FieldProblem
{
    QString field;    ///< "name", "organisation", "phone0", "email1", "taxId", "language", ...
    QString message;  ///< translated, for the line under the field
    bool blocking = true; ///< false: a warning, the record may still be saved
};

/// A citizen as it would be saved, with what the desk has to say about it.
struct CitizenCheck
{
    Citizen citizen; ///< phones parsed (E.164, valid flag), tax id normalised, blanks dropped
    QList<FieldProblem> problems;
    bool canSave() const;
    QString messageFor(const QString &field) const;
};

/// Validates a citizen record before saving: a name that fits the kind, phones parsed with libphonenumber
/// for the municipality's region (an unparseable number is kept as typed, with a warning), e-mail syntax,
/// the tax id by the country's rules, a known preferred language.
CitizenCheck checkCitizen(const Citizen &citizen, const PhoneNormalizer &phones, const QString &country);

/// True if @p address looks like an e-mail address (local@domain.tld, no spaces).
bool isPlausibleEmail(const QString &address);

/// The languages a citizen may prefer, by ISO 639-1 code.
const QStringList &citizenLanguages();

} // namespace CivicDesk
