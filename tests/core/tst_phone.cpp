// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "core/text/phonenormalizer.h"

using namespace CivicDesk;

TEST_CASE("Greek numbers in every way callers give them", "[phone]")
{
    const PhoneNormalizer gr(QStringLiteral("GR"));
    for (const char *typed : {"210 372 1000", "2103721000", "+30 210 3721000", "00302103721000", "+30 (210) 372-1000", "0030 210 372 1000"}) {
        const ParsedPhone p = gr.parse(QString::fromUtf8(typed));
        INFO(typed);
        CHECK(p.e164 == QStringLiteral("+302103721000"));
        CHECK(p.valid);
        CHECK(p.nationalDigits == QStringLiteral("2103721000"));
        CHECK(p.typed == QString::fromUtf8(typed));
    }
    const ParsedPhone mobile = gr.parse(QStringLiteral("694 123 4567"));
    CHECK(mobile.e164 == QStringLiteral("+306941234567"));
    CHECK(mobile.valid);
    CHECK(gr.nationalDigitsOf(QStringLiteral("+306941234567")) == QStringLiteral("6941234567"));
}

TEST_CASE("Romanian, Italian and Spanish numbers with their national rules", "[phone]")
{
    const PhoneNormalizer ro(QStringLiteral("RO"));
    const ParsedPhone r = ro.parse(QStringLiteral("0722 123 456"));
    CHECK(r.e164 == QStringLiteral("+40722123456"));
    CHECK(r.valid);
    CHECK(r.nationalDigits == QStringLiteral("0722123456"));
    CHECK(ro.nationalDigitsOf(QStringLiteral("+40722123456")) == QStringLiteral("0722123456"));
    CHECK(ro.parse(QStringLiteral("+40 264 123 456")).e164 == QStringLiteral("+40264123456"));

    const PhoneNormalizer it(QStringLiteral("IT"));
    CHECK(it.parse(QStringLiteral("06 1234 5678")).e164 == QStringLiteral("+390612345678")); // the 0 stays
    CHECK(it.parse(QStringLiteral("347 123 4567")).e164 == QStringLiteral("+393471234567"));
    CHECK(it.parse(QStringLiteral("051 123 4567")).valid);

    const PhoneNormalizer es(QStringLiteral("ES"));
    CHECK(es.parse(QStringLiteral("612 34 56 78")).e164 == QStringLiteral("+34612345678"));
    CHECK(es.parse(QStringLiteral("972 12 34 56")).e164 == QStringLiteral("+34972123456"));
    CHECK(es.parse(QStringLiteral("0034 972 123 456")).e164 == QStringLiteral("+34972123456"));
}

TEST_CASE("national digits become E.164 with the region's own prefixes", "[phone]")
{
    CHECK(PhoneNormalizer(QStringLiteral("RO")).e164OfNationalDigits(QStringLiteral("0722123456")) == QStringLiteral("+40722123456"));
    CHECK(PhoneNormalizer(QStringLiteral("GR")).e164OfNationalDigits(QStringLiteral("2103721000")) == QStringLiteral("+302103721000"));
    CHECK(PhoneNormalizer(QStringLiteral("IT")).e164OfNationalDigits(QStringLiteral("0612345678")) == QStringLiteral("+390612345678"));
    CHECK(PhoneNormalizer(QStringLiteral("ES")).e164OfNationalDigits(QStringLiteral("972123456")) == QStringLiteral("+34972123456"));
}

TEST_CASE("numbers that do not parse are kept as typed with a reason", "[phone]")
{
    const PhoneNormalizer gr(QStringLiteral("GR"));
    for (const char *bad : {"", "anonymous", "12", "withheld", "abc 123", "+30 21", "210 372 1000 999 999 999"}) {
        const ParsedPhone p = gr.parse(QString::fromUtf8(bad));
        INFO(bad);
        CHECK(p.e164.isEmpty());
        CHECK_FALSE(p.valid);
        CHECK_FALSE(p.problem.isEmpty());
        CHECK(p.typed == QString::fromUtf8(bad));
    }
    // A possible but unallocated number parses, is flagged not valid, and keeps its E.164 form.
    const ParsedPhone unallocated = gr.parse(QStringLiteral("2003721000"));
    CHECK_FALSE(unallocated.valid);
    CHECK_FALSE(unallocated.problem.isEmpty());
}

TEST_CASE("dialled digits turn 00 and + into one international form", "[phone]")
{
    CHECK(PhoneNormalizer::dialledDigits(QStringLiteral("00 30 210")) == QStringLiteral("+30210"));
    CHECK(PhoneNormalizer::dialledDigits(QStringLiteral("+30 (210)")) == QStringLiteral("+30210"));
    CHECK(PhoneNormalizer::dialledDigits(QStringLiteral("210-37")) == QStringLiteral("21037"));
}
