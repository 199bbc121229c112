// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizencheck.h"

#include "core/desk/taxid.h"
#include "core/text/phonenormalizer.h"
#include "core/util/tr.h"

#include <QRegularExpression>

namespace CivicDesk {

bool CitizenCheck::canSave() const
{
    for (const FieldProblem &p : problems)
        if (p.blocking)
            return false;
    return true;
}

QString CitizenCheck::messageFor(const QString &field) const
{
    QStringList messages;
    for (const FieldProblem &p : problems)
        if (p.field == field)
            messages.append(p.message);
    return messages.join(QLatin1Char(' '));
}

bool isPlausibleEmail(const QString &address)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return re.match(address).hasMatch();
}

const QStringList &citizenLanguages()
{
    static const QStringList all{QStringLiteral("el"), QStringLiteral("ro"), QStringLiteral("it"), QStringLiteral("ca"),
                                 QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"),
                                 QStringLiteral("sq"), QStringLiteral("bg"), QStringLiteral("uk"), QStringLiteral("ar")};
    return all;
}

CitizenCheck checkCitizen(const Citizen &input, const PhoneNormalizer &phones, const QString &country)
{
    CitizenCheck out;
    Citizen c = input;
    c.givenName = c.givenName.simplified();
    c.familyName = c.familyName.simplified();
    c.organisation = c.organisation.simplified();
    c.address = c.address.simplified();

    const bool person = c.kind == CitizenKind::Person || c.kind == CitizenKind::Volunteer;
    if (person && c.givenName.isEmpty() && c.familyName.isEmpty())
        out.problems.append({QStringLiteral("name"), Tr::tr("Enter a given name or a family name."), true});
    if (!person && c.organisation.isEmpty())
        out.problems.append({QStringLiteral("organisation"), Tr::tr("Enter the name of the organisation."), true});

    QList<CitizenPhone> kept;
    for (const CitizenPhone &phone : c.phones) {
        const QString typed = phone.typed.trimmed();
        if (typed.isEmpty())
            continue;
        const ParsedPhone parsed = phones.parse(typed);
        CitizenPhone p = phone;
        p.typed = typed;
        p.e164 = parsed.e164;
        p.valid = parsed.valid;
        const QString field = QStringLiteral("phone%1").arg(kept.size());
        if (parsed.e164.isEmpty())
            out.problems.append({field, Tr::tr("“%1” is not a telephone number; it is kept as typed.").arg(typed), false});
        else if (!parsed.valid)
            out.problems.append({field, Tr::tr("%1 does not exist in the numbering plan; check it with the caller.").arg(parsed.national), false});
        kept.append(p);
    }
    c.phones = kept;

    QList<CitizenEmail> emails;
    for (const CitizenEmail &email : c.emails) {
        const QString address = email.address.trimmed();
        if (address.isEmpty())
            continue;
        if (!isPlausibleEmail(address))
            out.problems.append({QStringLiteral("email%1").arg(emails.size()), Tr::tr("“%1” is not an e-mail address.").arg(address), true});
        emails.append({address, email.label});
    }
    c.emails = emails;

    const TaxIdCheck tax = checkTaxId(country, c.taxId);
    c.taxId = tax.normalised;
    if (!tax.valid)
        out.problems.append({QStringLiteral("taxId"), tax.problem, true});

    if (!c.preferredLanguage.isEmpty() && !citizenLanguages().contains(c.preferredLanguage))
        out.problems.append({QStringLiteral("language"), Tr::tr("Unknown language “%1”.").arg(c.preferredLanguage), true});

    for (const Consent &consent : c.consents) {
        if (!consent.granted)
            continue;
        if (consent.channel == ContactChannel::Email && c.emails.isEmpty())
            out.problems.append({QStringLiteral("consent"), Tr::tr("Consent to e-mail needs an e-mail address."), true});
        if ((consent.channel == ContactChannel::Sms || consent.channel == ContactChannel::Phone) && c.phones.isEmpty())
            out.problems.append({QStringLiteral("consent"), Tr::tr("Consent to calls or SMS needs a telephone number."), true});
    }
    out.citizen = c;
    return out;
}

} // namespace CivicDesk
