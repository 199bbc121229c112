// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisation.h"

#include <QString>

namespace CivicDesk {

/// The words of one message to citizens: for one event (a request received, resolved, …), one language and one
/// channel, with {placeholders} the message's data fill in. CivicDesk has its own for every event and language;
/// a municipality may write its own in their place.
struct MessageTemplate
{
    QString event;    ///< received, linked, accepted, scheduled, resolved, rejected, closed, survey
    QString language; ///< en, el, ro, it, ca, es
    QString channel;  ///< "sms" or "email"
    QString subject;  ///< e-mail only
    QString body;     ///< the text
    QString html;     ///< e-mail only; empty: made from the text
    bool custom = false; ///< written by the municipality (false: CivicDesk's own words)
    ChangeStamp stamp;   ///< when and by whom, for a custom one

    bool operator==(const MessageTemplate &) const = default;
};

} // namespace CivicDesk
