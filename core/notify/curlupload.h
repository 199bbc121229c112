// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// libcurl's read callback over bytes in memory: a message handed to an SMTP server, or put into an IMAP mailbox.

#include <QByteArray>

#include <algorithm>
#include <cstring>

namespace CivicDesk::CurlUpload {

struct Source
{
    const QByteArray *data;
    qsizetype at = 0;
};

/// CURLOPT_READFUNCTION for a Source given as CURLOPT_READDATA.
inline size_t read(char *buffer, size_t size, size_t count, void *user)
{
    auto *u = static_cast<Source *>(user);
    const size_t n = std::min<size_t>(size * count, size_t(u->data->size() - u->at));
    std::memcpy(buffer, u->data->constData() + u->at, n);
    u->at += qsizetype(n);
    return n;
}

} // namespace CivicDesk::CurlUpload
