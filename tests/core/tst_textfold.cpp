// SPDX-License-Identifier: GPL-3.0-or-later
// Folding and the search table: what operators in Greece, Romania, Italy and Catalonia type, and what it must find.
#include "testsupport.h"

#include "core/search/searchservice.h"
#include "core/text/datetext.h"
#include "core/text/textfold.h"
#include "core/storage/citizenrepository.h"

using namespace CivicDesk;
using namespace CivicDesk::Test;

TEST_CASE("fold removes accents and case in Greek and Latin scripts", "[fold]")
{
    CHECK(TextFold::fold(QStringLiteral("ΠΑΠΑΔΌΠΟΥΛΟΣ")) == QStringLiteral("παπαδοπουλοσ"));
    CHECK(TextFold::fold(QStringLiteral("Νικολαΐδης")) == QStringLiteral("νικολαιδησ"));
    CHECK(TextFold::fold(QStringLiteral("ΐΰ")) == QStringLiteral("ιυ"));
    CHECK(TextFold::fold(QStringLiteral("Ștefănescu")) == QStringLiteral("stefanescu"));
    CHECK(TextFold::fold(QStringLiteral("Ştefănescu")) == QStringLiteral("stefanescu")); // cedilla
    CHECK(TextFold::fold(QStringLiteral("Țurcanu Ţurcanu")) == QStringLiteral("turcanu turcanu"));
    CHECK(TextFold::fold(QStringLiteral("Âîă")) == QStringLiteral("aia"));
    CHECK(TextFold::fold(QStringLiteral("NICCOLÒ")) == QStringLiteral("niccolo"));
    CHECK(TextFold::fold(QStringLiteral("Col·lell")) == QStringLiteral("collell"));
    CHECK(TextFold::fold(QStringLiteral("Ibáñez Güell Françesc")) == QStringLiteral("ibanez guell francesc"));
    CHECK(TextFold::fold(QStringLiteral("Straße")) == QStringLiteral("strasse"));
    CHECK(TextFold::fold(QStringLiteral("🙂 ok")) == QStringLiteral("🙂 ok"));
}

TEST_CASE("index words keep apostrophe names whole and in parts", "[fold]")
{
    const QStringList w = TextFold::indexWords(QStringLiteral("D'Angelo"));
    CHECK(w.contains(QStringLiteral("dangelo")));
    CHECK(w.contains(QStringLiteral("angelo")));
    CHECK(TextFold::indexWords(QStringLiteral("De Luca")).contains(QStringLiteral("deluca")));
    CHECK(TextFold::indexWords(QStringLiteral("Col·lell")) == QStringList{QStringLiteral("collell")});
    CHECK(TextFold::queryWords(QStringLiteral("col.lell")) == QStringList{QStringLiteral("collell")});
    CHECK(TextFold::queryWords(QStringLiteral("col-lell")) == QStringList{QStringLiteral("collell")});
    CHECK(TextFold::queryWords(QStringLiteral("dell’acqua")) == QStringList{QStringLiteral("dellacqua")});
}

TEST_CASE("Greek and its Greeklish spellings share a skeleton", "[fold]")
{
    auto sk = [](const char *s) { return TextFold::skeleton(TextFold::fold(QString::fromUtf8(s))); };
    CHECK(sk("Παπαδόπουλος") == sk("papadopoulos"));
    CHECK(sk("Παπαδόπουλος") == sk("papadopulos"));
    CHECK(sk("Χρήστος") == sk("xristos"));
    CHECK(sk("Χρήστος") == sk("christos"));
    CHECK(sk("Χρήστος") == sk("hristos"));
    CHECK(sk("Χρήστος") == sk("xrhstos"));
    CHECK(sk("Γιώργος") == sk("giorgos"));
    CHECK(sk("Γιώργος") == sk("yiorgos"));
    CHECK(sk("Γιάννης") == sk("yannis"));
    CHECK(sk("Ευάγγελος") == sk("evangelos"));
    CHECK(sk("Μπακογιάννη") == sk("bakogianni"));
    CHECK(sk("Θεόδωρος") == sk("8eodoros"));
    CHECK(sk("Ντόκος") == sk("dokos"));
    CHECK(sk("Ξενάκης") == sk("ksenakis"));
    CHECK(sk("Παπαδόπουλος") != sk("papadakis"));
    CHECK(sk("Γεωργίου") != sk("georgiadis"));
    CHECK(TextFold::latinize(TextFold::fold(QStringLiteral("Γιάννης"))) == QStringLiteral("giannis"));
}

namespace {

struct Case
{
    const char *query;
    const char *person; // "given family" of the citizen concerned
    bool found;
};

// Each row: what was typed, whose record it concerns, and whether that record must be among the hits.
const Case table[] = {
    // Greek: accents, case, dialytika, final sigma
    {"παπαδοπουλος", "Γιώργος Παπαδόπουλος", true},
    {"ΠΑΠΑΔΌΠΟΥΛΟΣ", "Γιώργος Παπαδόπουλος", true},
    {"Παπαδοπουλος", "Γιώργος Παπαδόπουλος", true},
    {"παπαδοπούλου", "Μαρία Παπαδοπούλου", true},
    {"νικολαιδης", "Κωνσταντίνος Νικολαΐδης", true},
    {"ΝΙΚΟΛΑΪΔΗΣ", "Κωνσταντίνος Νικολαΐδης", true},
    {"γιωργος", "Γιώργος Παπαδόπουλος", true},
    {"γιώργοσ", "Γιώργος Παπαδόπουλος", true},
    {"Γιώργος Παπ", "Γιώργος Παπαδόπουλος", true},
    {"αγγελος", "Άγγελος Ζαχαρίου", true},
    {"ΑΘΗΝΑ ΧΑΤΖ", "Αθηνά Χατζηδάκη", true},
    // Greeklish
    {"papadopoulos", "Γιώργος Παπαδόπουλος", true},
    {"papadopulos", "Γιώργος Παπαδόπουλος", true},
    {"papado", "Γιώργος Παπαδόπουλος", true},
    {"papadopou", "Γιώργος Παπαδόπουλος", true},
    {"giorgos", "Γιώργος Παπαδόπουλος", true},
    {"yiorgos", "Γιώργος Παπαδόπουλος", true},
    {"georgiou", "Χρήστος Γεωργίου", true},
    {"xristos", "Χρήστος Γεωργίου", true},
    {"christos", "Χρήστος Γεωργίου", true},
    {"hristos", "Χρήστος Γεωργίου", true},
    {"evangelos", "Ευάγγελος Οικονόμου", true},
    {"euaggelos", "Ευάγγελος Οικονόμου", true},
    {"oikonomou", "Ευάγγελος Οικονόμου", true},
    {"ikonomou", "Ευάγγελος Οικονόμου", true},
    {"konstantinos", "Κωνσταντίνος Νικολαΐδης", true},
    {"mpakogianni", "Αικατερίνη Μπακογιάννη", true},
    {"bakogianni", "Αικατερίνη Μπακογιάννη", true},
    {"aikaterini", "Αικατερίνη Μπακογιάννη", true},
    {"theodoros", "Θεόδωρος Ντόκος", true},
    {"8eodoros", "Θεόδωρος Ντόκος", true},
    {"ntokos", "Θεόδωρος Ντόκος", true},
    {"dokos", "Θεόδωρος Ντόκος", true},
    {"psarras", "Σπυρίδων Ψαρράς", true},
    {"spyridon", "Σπυρίδων Ψαρράς", true},
    {"xenakis", "Ιωάννης Ξενάκης", true},
    {"ksenakis", "Ιωάννης Ξενάκης", true},
    {"ioannis", "Ιωάννης Ξενάκης", true},
    {"aggelos", "Άγγελος Ζαχαρίου", true},
    {"angelos", "Άγγελος Ζαχαρίου", true},
    {"zaxariou", "Άγγελος Ζαχαρίου", true},
    {"chatzidaki", "Αθηνά Χατζηδάκη", true},
    {"xatzidaki", "Αθηνά Χατζηδάκη", true},
    {"giorgos papad", "Γιώργος Παπαδόπουλος", true},
    // Greek and Greeklish that must not match
    {"papadakis", "Γιώργος Παπαδόπουλος", false},
    {"georgiadis", "Χρήστος Γεωργίου", false},
    {"χρυσα", "Χρήστος Γεωργίου", false},
    {"maria oikonomou", "Μαρία Παπαδοπούλου", false},
    {"nikolaou", "Κωνσταντίνος Νικολαΐδης", false},
    {"Παπαδάκης", "Γιώργος Παπαδόπουλος", false},
    // Romanian: comma below and cedilla, breve and circumflex
    {"muresan", "Ioana Mureșan", true},
    {"Mureşan", "Ioana Mureșan", true},
    {"MUREȘAN", "Ioana Mureșan", true},
    {"stefanescu", "Ionuț Ștefănescu", true},
    {"Ştefănescu", "Ionuț Ștefănescu", true},
    {"ionut", "Ionuț Ștefănescu", true},
    {"Ionuţ", "Ionuț Ștefănescu", true},
    {"balan", "Andrei Bălan", true},
    {"sarbu", "Răzvan Sârbu", true},
    {"razvan", "Răzvan Sârbu", true},
    {"turcanu", "Ileana Țurcanu", true},
    {"ţurcanu", "Ileana Țurcanu", true},
    {"muresanu", "Ioana Mureșan", false},
    {"andreea", "Andrei Bălan", false},
    // Italian: apostrophes, particles, accents
    {"d'angelo", "Niccolò D'Angelo", true},
    {"dangelo", "Niccolò D'Angelo", true},
    {"angelo", "Niccolò D'Angelo", true},
    {"D’Angelo", "Niccolò D'Angelo", true},
    {"dell'acqua", "Giulia Dell'Acqua", true},
    {"dellacqua", "Giulia Dell'Acqua", true},
    {"acqua", "Giulia Dell'Acqua", true},
    {"de luca", "Luca De Luca", true},
    {"deluca", "Luca De Luca", true},
    {"niccolo", "Niccolò D'Angelo", true},
    {"NICCOLÒ", "Niccolò D'Angelo", true},
    {"dangela", "Niccolò D'Angelo", false},
    {"giulio", "Giulia Dell'Acqua", false},
    // Catalan and Spanish: l·l, ç, two surnames, ñ
    {"collell", "Núria Col·lell", true},
    {"col·lell", "Núria Col·lell", true},
    {"col.lell", "Núria Col·lell", true},
    {"col-lell", "Núria Col·lell", true},
    {"nuria", "Núria Col·lell", true},
    {"guell", "Jordi Güell i Puig", true},
    {"guell i puig", "Jordi Güell i Puig", true},
    {"puig", "Jordi Güell i Puig", true},
    {"merce domenech", "Mercè Domènech", true},
    {"pena", "Francesc Peña", true},
    {"francesc", "Francesc Peña", true},
    {"ibanez", "José Ibáñez", true},
    {"angels valles", "Àngels Vallès", true},
    {"valls", "Àngels Vallès", false},
    {"jordi", "Núria Col·lell", false},
};

} // namespace

TEST_CASE("the search table: accents, scripts, Greeklish, apostrophes", "[search][table]")
{
    TempDatabase t;
    CitizenRepository repo(*t.db);
    QStringList people;
    for (const Case &c : table) {
        const QString p = QString::fromUtf8(c.person);
        if (!people.contains(p))
            people.append(p);
    }
    REQUIRE(t.db->transaction([&]() -> Status {
        for (const QString &p : people) {
            const qsizetype space = p.indexOf(u' ');
            if (Status s = repo.insert(person(p.left(space), p.mid(space + 1))); !s)
                return s;
        }
        return {};
    }).ok());

    SearchService search(*t.db, QStringLiteral("GR"));
    SearchService::Options options;
    options.limit = 50;
    int checked = 0;
    for (const Case &c : table) {
        const QString query = QString::fromUtf8(c.query);
        const QString who = QString::fromUtf8(c.person);
        bool found = false;
        for (const SearchHit &h : search.search(query, options))
            found = found || h.title == who;
        INFO("query \"" << c.query << "\" for " << c.person);
        CHECK(found == c.found);
        ++checked;
    }
    CHECK(checked >= 60);
}

TEST_CASE("dates and times are shown as the municipality lives them, whatever the machine", "[dates]")
{
    // 20:58 UTC on 28 December 2026, and 23:30 UTC on 31 December: the next day and year in Athens.
    const qint64 evening = QDateTime(QDate(2026, 12, 28), QTime(20, 58), Qt::UTC).toMSecsSinceEpoch();
    const qint64 newYear = QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::UTC).toMSecsSinceEpoch();
    const QLocale before;
    QLocale::setDefault(QLocale(QStringLiteral("en_US"))); // an English UI, as an operator may choose

    DateText::setMunicipality(QStringLiteral("GR"), QStringLiteral("Europe/Athens"));
    CHECK(DateText::dateTime(evening) == QStringLiteral("28/12/26 22:58")); // day first, 24-hour clock
    CHECK(DateText::dateTime(newYear) == QStringLiteral("1/1/27 01:30"));
    CHECK(DateText::local(newYear).date() == QDate(2027, 1, 1));
    CHECK(DateText::longDate(evening, QLocale(QStringLiteral("el"))).contains(QStringLiteral("Δεκεμβρίου")));
    CHECK(DateText::dateTime(0).isEmpty());

    DateText::setMunicipality(QStringLiteral("RO"), QStringLiteral("Europe/Bucharest"));
    CHECK(DateText::dateTime(evening) == QStringLiteral("28.12.2026 22:58"));
    DateText::setMunicipality(QStringLiteral("ES"), QStringLiteral("Europe/Madrid"));
    CHECK(DateText::dateTime(evening) == QStringLiteral("28/12/26 21:58"));
    // A city in another zone: its own day, whatever this machine's.
    DateText::setMunicipality(QStringLiteral("US"), QStringLiteral("America/New_York"));
    CHECK(DateText::dateTime(newYear) == QStringLiteral("12/31/26 6:30 PM"));
    // An unknown zone name: the machine's, said plainly by the zone itself.
    DateText::setMunicipality(QStringLiteral("GR"), QStringLiteral("Nowhere/Atlantis"));
    CHECK(DateText::zone() == QTimeZone::systemTimeZone());

    DateText::setMunicipality(QString(), QString());
    QLocale::setDefault(before);
}
