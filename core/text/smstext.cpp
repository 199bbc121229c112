// SPDX-License-Identifier: GPL-3.0-or-later
#include "smstext.h"

namespace CivicDesk {
namespace {

// GSM 03.38: the default alphabet, and the extension table whose characters are sent as an escape and the
// character (two septets).
const QString &defaultAlphabet()
{
    static const QString a = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                                            "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return a;
}

const QString &extension()
{
    static const QString e = QStringLiteral("^{}\\[~]|€\f");
    return e;
}

} // namespace

bool isGsm7(const QString &text)
{
    for (QChar c : text)
        if (!defaultAlphabet().contains(c) && !extension().contains(c))
            return false;
    return true;
}

SmsLength smsLength(const QString &text)
{
    SmsLength l;
    l.gsm7 = isGsm7(text);
    if (l.gsm7) {
        for (QChar c : text)
            l.units += extension().contains(c) ? 2 : 1;
    } else {
        l.units = int(text.size()); // UTF-16 code units: what UCS-2 (UTF-16 in practice) carries
    }
    const int single = l.gsm7 ? 160 : 70, part = l.gsm7 ? 153 : 67;
    l.segments = l.units == 0 ? 0 : l.units <= single ? 1 : (l.units + part - 1) / part;
    return l;
}

int smsSegments(const QString &text)
{
    return smsLength(text).segments;
}

} // namespace CivicDesk
