// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace CivicDesk::Passwords {

/// An Argon2id hash of @p password (libsodium's crypto_pwhash_str: its salt and costs inside); empty when
/// libsodium could not start or ran out of memory.
QString hash(const QString &password);
/// Whether @p password is the one @p hash was made of.
bool verify(const QString &hash, const QString &password);
/// A new sign-in token: 32 random bytes, base64url.
QString newToken();
/// How a token is kept: its SHA-256, hex.
QString tokenHash(const QString &token);

} // namespace CivicDesk::Passwords
