// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the forms citizens' channels send (Open311 clients, the web form): the urlencoded and the
// multipart parsers. Built and run by packaging/fuzz.sh; a crash, a sanitizer report or a broken invariant stops
// the run with the input that caused it.
#include "core/channels/formdata.h"

#include <cstdint>
#include <cstdlib>

using namespace CivicDesk;

namespace {

void checkForm(const Result<FormData> &r, const FormParser::Limits &limits)
{
    if (!r) {
        // A refusal says what, under the form's codes.
        if (!r.error().code.startsWith(QLatin1String("form.")) || r.error().message.isEmpty())
            std::abort();
        return;
    }
    if (r->fields.size() > limits.maxFields || r->files.size() > limits.maxFiles)
        std::abort();
    for (const FormData::Field &f : r->fields)
        if (f.name.isEmpty() || f.value.toUtf8().size() > limits.maxTextBytes)
            std::abort();
    for (const FormData::File &f : r->files)
        if (f.bytes.size() > limits.maxFileBytes || f.fileName.contains(u'/') || f.fileName.contains(u'\\'))
            std::abort(); // a file's name never carries a path
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    FormParser::Limits limits;
    limits.maxFields = 20;
    limits.maxTextBytes = 512;
    limits.maxFiles = 3;
    limits.maxFileBytes = 2048;
    checkForm(FormParser::urlEncoded(bytes, limits), limits);
    // The first line is the Content-Type, the rest the body.
    const qsizetype eol = bytes.indexOf('\n');
    const QByteArray type = eol < 0 ? QByteArray("multipart/form-data; boundary=b") : bytes.left(eol);
    checkForm(FormParser::multipart(eol < 0 ? bytes : bytes.mid(eol + 1), type, limits), limits);
    checkForm(FormParser::parse(eol < 0 ? bytes : bytes.mid(eol + 1), type, limits), limits);
    return 0;
}
