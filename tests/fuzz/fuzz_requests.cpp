// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for what the server reads off the network before anything else: the HTTP parser, then the
// JSON body and a command in it. Built with clang's -fsanitize=fuzzer,address,undefined by packaging/fuzz.sh;
// a crash, a sanitizer report or a broken invariant below stops the run with the input that caused it.
#include "core/commands/command.h"
#include "server/httpmessage.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace CivicDesk;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    HttpParser::Limits limits;
    limits.maxHeaderBytes = 4096;
    limits.maxBodyBytes = 65536;
    HttpRequest request;
    const HttpParser::Result r = HttpParser::parse(bytes, limits, request);
    switch (r.outcome) {
    case HttpParser::Outcome::Complete:
        // A whole request: it took part of the buffer, its body fits the limit and is what it says it is.
        if (r.consumed <= 0 || r.consumed > bytes.size() || request.body.size() > limits.maxBodyBytes || !request.path.startsWith(u'/'))
            std::abort();
        break;
    case HttpParser::Outcome::Invalid:
        // A refusal says what, with a 4xx or 5xx.
        if (r.status < 400 || r.status > 599 || r.code.isEmpty())
            std::abort();
        return 0;
    case HttpParser::Outcome::NeedMore:
        if (bytes.size() > limits.maxHeaderBytes + limits.maxBodyBytes + 8)
            std::abort(); // more than a request can be, and still waiting: a connection held forever
        return 0;
    }
    // The client's address behind a trusted load balancer: the peer, or an IP address read from X-Forwarded-For,
    // never anything else the header holds.
    request.peer = QStringLiteral("10.0.0.5");
    const QString client = clientAddress(request, {QStringLiteral("10.0.0.5")});
    if (client != request.peer && (QHostAddress(client).isNull() || request.header("x-forwarded-for").isEmpty()))
        std::abort();
    // The body as the API reads it: a JSON object, mutations with commands in them.
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    const QJsonArray mutations = doc.object().value(QStringLiteral("mutations")).toArray();
    for (const QJsonValue &m : mutations) {
        QString why;
        const std::optional<Command> c = Command::fromJson(m.toObject().value(QStringLiteral("command")).toObject(), &why);
        if (!c && why.isEmpty())
            std::abort(); // a refusal always says why
        if (c && Command::fromJson(c->toJson()) != c)
            std::abort(); // what was read writes back the same
    }
    return 0;
}
