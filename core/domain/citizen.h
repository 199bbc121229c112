// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "organisation.h"

#include <QList>
#include <QString>

namespace CivicDesk {

struct CitizenPhone
{
    QString e164;  ///< empty when the number as typed could not be parsed
    QString typed; ///< exactly what was entered
    QString label; ///< "mobile", "home", "work", ...
    bool valid = false;
    bool operator==(const CitizenPhone &) const = default;
};

struct CitizenEmail
{
    QString address;
    QString label;
    bool operator==(const CitizenEmail &) const = default;
};

struct Consent
{
    Consent() = default;
    Consent(ContactChannel channel_, bool granted_, qint64 at_, QString source_ = {})
        : channel(channel_)
        , granted(granted_)
        , at(at_)
        , source(std::move(source_))
    {
    }
    ContactChannel channel = ContactChannel::Phone;
    bool granted = false;
    qint64 at = 0;
    /// Who set it last: empty at the desk; "email-link" (the opt-out link of an e-mail) or "sms-stop" (STOP
    /// answered to an SMS) when the citizen withdrew it themselves.
    QString source;
    bool operator==(const Consent &) const = default;
};

/// Someone who contacts the municipality: a person, a company, a volunteer or a municipal body.
struct Citizen
{
    QString id;
    QString tenantId;
    CitizenKind kind = CitizenKind::Person;
    QString givenName;
    QString familyName;
    QString organisation;
    QString taxId;
    QList<CitizenPhone> phones;
    QList<CitizenEmail> emails;
    QString address;
    QString districtId;
    QString preferredLanguage;
    QList<Consent> consents;
    QString notes;
    qint64 createdAt = 0;
    ChangeStamp stamp;

    /// What the desk shows as the citizen's name.
    QString displayName() const;
    bool operator==(const Citizen &) const = default;
};

} // namespace CivicDesk
