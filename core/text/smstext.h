// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk {

/// Whether @p text is written in the GSM 7-bit alphabet (its default table and the extension table): one SMS
/// holds 160 of its septets; any other character makes the whole message UCS-2, 70 characters in one.
bool isGsm7(const QString &text);

/// How an SMS of @p text is sent: its coding, its length in that coding's units (an extension character such as
/// € or { takes two septets) and the number of SMS it takes (160/70 in one; 153/67 in each of several).
struct SmsLength
{
    bool gsm7 = true;
    int units = 0;
    int segments = 0;
};
SmsLength smsLength(const QString &text);
/// smsLength(@p text).segments.
int smsSegments(const QString &text);

} // namespace CivicDesk
