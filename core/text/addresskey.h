// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace CivicDesk::AddressKey {

/// The key an address is found by, whichever common spelling was typed: folded (accent- and case-free), the
/// part before the first comma, the house number first, street types abbreviated one way ("179 H St",
/// "179 h street", "H Street 179, Boston" → "179 h st"; "Οδός Ερμού 12" → "12 οδ ερμου"). Empty when the text
/// has no house number or no street word. Stable: an index of the requests' addresses is built on it
/// (cd_address_key), so changing it means rebuilding that index in a migration.
QString of(const QString &text);

} // namespace CivicDesk::AddressKey
