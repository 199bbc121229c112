// SPDX-License-Identifier: GPL-3.0-or-later
#include "citizen.h"

namespace CivicDesk {

QString Citizen::displayName() const
{
    const QString person = QStringList{givenName, familyName}.join(u' ').trimmed();
    if (kind == CitizenKind::Person || kind == CitizenKind::Volunteer)
        return person.isEmpty() ? organisation : person;
    if (organisation.isEmpty())
        return person;
    return person.isEmpty() ? organisation : organisation + QStringLiteral(" (") + person + u')';
}

} // namespace CivicDesk
