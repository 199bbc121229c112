// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "organisation.h"

#include <QString>

namespace CivicDesk {

/// Where a message's survey link points until the server sends it: "…/s/" and the request's id in 22 characters
/// of base64url. Queued anywhere (a desk offline knows neither the server's address nor its key), the link is
/// made real and signed by the server's outbox as it sends (NotifyLinks::withSurveyLinks).
inline constexpr char SurveyLinkPlaceholder[] = "https://civicdesk.example/s/";

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
