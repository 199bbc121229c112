// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the citizens' e-mails read from the municipality's mailbox: the MIME reader (headers,
// encoded words, charsets, multiparts, transfer encodings, file names) and the quote stripper. Built and run by
// packaging/fuzz.sh; a crash, a sanitizer report or a broken invariant stops the run with the input that caused it.
#include "core/channels/mailparser.h"

#include <cstdint>
#include <cstdlib>

using namespace CivicDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    MailParser::Limits limits;
    limits.maxPartBytes = 2048;
    limits.maxParts = 16;
    limits.maxDepth = 4;
    limits.maxTextChars = 1000;
    const MailParser::Mail m = MailParser::parse(raw, limits);
    // What is kept stays within the limits; the text has no NUL; an address is one line.
    if (m.attachments.size() > limits.maxParts || m.text.size() > limits.maxTextChars || m.text.contains(QChar(0)))
        std::abort();
    for (const MailParser::Mail::Attachment &a : m.attachments)
        if (a.bytes.size() > limits.maxPartBytes || a.fileName.isEmpty() || a.fileName.contains(u'/'))
            std::abort();
    if (m.fromAddress.contains(u'\n') || m.subject.size() > 500)
        std::abort();
    if (MailParser::withoutQuote(m.text).size() > m.text.size())
        std::abort();
    (void)MailParser::decodeHeader(raw.left(512));
    return 0;
}
