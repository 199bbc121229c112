<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CivicDesk</name>
    <message>
        <source>Demo data %1 is missing from this build.</source>
        <translation>Datele demonstrative %1 lipsesc din această versiune.</translation>
    </message>
    <message>
        <source>Demo data %1 is damaged: %2</source>
        <translation>Datele demonstrative %1 sunt deteriorate: %2</translation>
    </message>
    <message>
        <source>There is no demo data for country %1 (available: %2).</source>
        <translation>Nu există date demonstrative pentru țara %1 (disponibile: %2).</translation>
    </message>
    <message>
        <source>Demo data for %1 is incomplete.</source>
        <translation>Datele demonstrative pentru %1 sunt incomplete.</translation>
    </message>
    <message>
        <source>The demo needs at least one citizen.</source>
        <translation>Demonstrația are nevoie de cel puțin un cetățean.</translation>
    </message>
    <message>
        <source>%1 already holds a municipality; the demo needs an empty database.</source>
        <translation>%1 conține deja o primărie; demonstrația are nevoie de o bază de date goală.</translation>
    </message>
    <message>
        <source>Municipality and organisation</source>
        <translation>Primăria și organigrama</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indexuri</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gata</translation>
    </message>
    <message>
        <source>Demo type %1 names an unknown group or department.</source>
        <translation>Tipul demonstrativ %1 indică un grup sau un serviciu necunoscut.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cetățeni</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de căutare</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Sesizări</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoană fizică</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Persoană juridică</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntar</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Serviciu municipal</translation>
    </message>
    <message>
        <source>Municipal processing body</source>
        <translation>Instituție subordonată primăriei</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>La ghișeu</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicație mobilă</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Repartizată</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvată</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închisă</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicat</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Redeschisă</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Personal de serviciu</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Șef de serviciu</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervizor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Scăzută</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicată</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentă</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgență</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>o poziție nu este o pereche de numere</translation>
    </message>
    <message>
        <source>a position lies outside the range of latitude and longitude</source>
        <translation>o poziție se află în afara limitelor de latitudine și longitudine</translation>
    </message>
    <message>
        <source>a ring has fewer than three points or no area</source>
        <translation>un inel are mai puțin de trei puncte sau nicio suprafață</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un poligon nu are inele</translation>
    </message>
    <message>
        <source>the multipolygon is empty</source>
        <translation>multipoligonul este gol</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>elementul nu are geometrie</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>tipul de geometrie %1 nu este o suprafață</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>The GeoJSON is not valid JSON (at character %1: %2).</source>
        <translation>GeoJSON-ul nu este JSON valid (la caracterul %1: %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds no features (type "%1").</source>
        <translation>GeoJSON-ul nu conține elemente (tip „%1”).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run "init" or "generate" first.</source>
        <translation>Baza de date nu are încă o primărie; rulați mai întâi „init” sau „generate”.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1.</source>
        <translation>Fișierului îi lipsesc coloanele %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 câmpuri, iar antetul are %2</translation>
    </message>
    <message>
        <source>kind "%1" is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>tipul „%1” nu este unul dintre person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>nici nume, nici organizație</translation>
    </message>
    <message>
        <source>phone "%1" kept as typed: %2</source>
        <translation>telefonul „%1” a fost păstrat așa cum a fost scris: %2</translation>
    </message>
    <message>
        <source>e-mail "%1" does not look like an address; kept as typed</source>
        <translation>e-mailul „%1” nu arată ca o adresă; păstrat așa cum a fost scris</translation>
    </message>
    <message>
        <source>district "%1" is unknown; left empty</source>
        <translation>cartierul „%1” este necunoscut; lăsat gol</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>aceeași persoană ca pe linia %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un câmp între ghilimele nu este închis înainte de sfârșitul fișierului</translation>
    </message>
    <message>
        <source>the feature has no property "%1"</source>
        <translation>elementul nu are proprietatea „%1”</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 skipped</source>
        <translation>%1 citite, %2 importate, %3 omise</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 existau deja</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 avertismente</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>linia %1: omisă: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>linia %1: avertisment: %2</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>fără service_request_id</translation>
    </message>
    <message>
        <source>requested_datetime "%1" is not an ISO 8601 time</source>
        <translation>requested_datetime „%1” nu este o oră ISO 8601</translation>
    </message>
    <message>
        <source>status "%1" is neither open nor closed</source>
        <translation>starea „%1” nu este nici open, nici closed</translation>
    </message>
    <message>
        <source>lat/long "%1", "%2" is not a position</source>
        <translation>lat/long „%1”, „%2” nu este o poziție</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>nici service_code, nici service_name</translation>
    </message>
    <message>
        <source>new service type "%1" (%2) flagged as imported</source>
        <translation>tip nou de sesizare „%1” (%2), marcat ca importat</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Importată din Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>Nu s-a dat niciun număr.</translation>
    </message>
    <message>
        <source>The number contains letters.</source>
        <translation>Numărul conține litere.</translation>
    </message>
    <message>
        <source>Not a telephone number.</source>
        <translation>Nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>Numărul are prea puține sau prea multe cifre.</translation>
    </message>
    <message>
        <source>The number is not in use in its country's numbering plan.</source>
        <translation>Numărul nu există în planul de numerotare al țării sale.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>Numărul are o extensie; a fost păstrat așa cum a fost scris.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualizarea indexului de căutare</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruirea indexului de căutare</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>număr de înregistrare %1</translation>
    </message>
    <message>
        <source>tax id %1</source>
        <translation>cod fiscal %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>name starts with what was typed</source>
        <translation>numele începe cu textul tastat</translation>
    </message>
    <message>
        <source>name, spelt differently (Greeklish or variant)</source>
        <translation>nume scris altfel (greeklish sau variantă)</translation>
    </message>
    <message>
        <source>phone number starts with %1</source>
        <translation>telefonul începe cu %1</translation>
    </message>
    <message>
        <source>tax id starts with %1</source>
        <translation>codul fiscal începe cu %1</translation>
    </message>
    <message>
        <source>e-mail starts with %1</source>
        <translation>e-mailul începe cu %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>numărul de înregistrare începe cu %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>cuvinte din descriere sau adresă</translation>
    </message>
    <message>
        <source>saving a catalogue group</source>
        <translation>salvarea unui grup din catalog</translation>
    </message>
    <message>
        <source>saving request type %1</source>
        <translation>salvarea tipului de sesizare %1</translation>
    </message>
    <message>
        <source>saving a phone number</source>
        <translation>salvarea unui număr de telefon</translation>
    </message>
    <message>
        <source>saving an e-mail address</source>
        <translation>salvarea unei adrese de e-mail</translation>
    </message>
    <message>
        <source>saving a consent</source>
        <translation>salvarea unui consimțământ</translation>
    </message>
    <message>
        <source>saving citizen %1</source>
        <translation>salvarea cetățeanului %1</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>Fișa cetățeanului nu mai există.</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). The file was left untouched.</source>
        <translation>%1 nu este o bază de date CivicDesk (nu este un fișier SQLite sau antetul este deteriorat). Fișierul a rămas neatins.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>%1 nu poate fi citit ca bază de date (%2). Poate fi deteriorat; a rămas neatins. Restaurați-l dintr-o copie de rezervă sau alegeți alt fișier.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Nu s-a dat niciun fișier de bază de date.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Baza de date %1 nu există.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nu este un fișier.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Driverul SQLite pentru Qt nu este instalat (pachetul libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Driverul SQLite nu a oferit o conexiune.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk to open it; the file was left untouched.</source>
        <translation>%1 a fost scris de o versiune mai nouă CivicDesk (schema %2; acest program cunoaște până la %3). Actualizați CivicDesk pentru a-l deschide; fișierul a rămas neatins.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>%1 necesită actualizarea schemei (de la versiunea %2 la %3), dar poate fi doar citit.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>%1 este un fișier SQLite al altui program, nu o bază de date CivicDesk. A rămas neatins.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>trecerea la jurnalizarea anticipată (WAL)</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizarea schemei la versiunea %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 este doar pentru citire; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>începerea unei tranzacții</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>salvarea modificărilor</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this change was saved.</source>
        <translation>Discul pe care se află %1 este plin; nimic din această modificare nu a fost salvat.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 este folosit de alt program; încercați din nou peste câteva momente.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Eroare a bazei de date la %1: %2</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>salvarea unei setări</translation>
    </message>
    <message>
        <source>District %1 has no usable polygon.</source>
        <translation>Cartierul %1 nu are un poligon utilizabil.</translation>
    </message>
    <message>
        <source>saving district %1</source>
        <translation>salvarea cartierului %1</translation>
    </message>
    <message>
        <source>saving street %1</source>
        <translation>salvarea străzii %1</translation>
    </message>
    <message>
        <source>saving a street segment</source>
        <translation>salvarea unui tronson de stradă</translation>
    </message>
    <message>
        <source>saving the municipality</source>
        <translation>salvarea primăriei</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>salvarea unui serviciu</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>salvarea unui utilizator</translation>
    </message>
    <message>
        <source>Tracking number %1 is already in use.</source>
        <translation>Numărul de înregistrare %1 este deja folosit.</translation>
    </message>
    <message>
        <source>saving request %1</source>
        <translation>salvarea sesizării %1</translation>
    </message>
    <message>
        <source>saving the request history</source>
        <translation>salvarea istoricului sesizării</translation>
    </message>
    <message>
        <source>saving a reporter</source>
        <translation>salvarea unui semnalant</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>salvarea unui atașament</translation>
    </message>
    <message>
        <source>saving a call</source>
        <translation>salvarea unui apel</translation>
    </message>
    <message>
        <source>linking a call to a request</source>
        <translation>legarea unui apel de o sesizare</translation>
    </message>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Se creează primăria demonstrativă…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Demonstrație CivicDesk</translation>
    </message>
</context>
<context>
    <name>CivicDesk::DeskApplication</name>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>The demo municipality could not be created.

%1</source>
        <translation>Primăria demonstrativă nu a putut fi creată.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>Baza de date nu a putut fi deschisă.

%1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MainWindow</name>
    <message>
        <source>%1 — CivicDesk</source>
        <translation>%1 — CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk</source>
        <translation>CivicDesk</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Sesizări</translation>
    </message>
    <message>
        <source>&amp;Find a caller or a request</source>
        <translation>&amp;Găsiți un apelant sau o sesizare</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Ultimele sesizări</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Deschide baza de date…</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Deschide o bază de date CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Baze de date CivicDesk (*.civicdesk *.db *.sqlite);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Deschide primăria &amp;demonstrativă</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Căutare</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătare</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Despre CivicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Despre &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Bază de date: %1</translation>
    </message>
    <message>
        <source>%1 citizens · %2 requests</source>
        <translation>%1 cetățeni · %2 sesizări</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Cetățean: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Sesizare: %1</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Despre CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Ghișeul de sesizări al unei primării: apeluri, sesizări, servicii și rapoarte.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestListModel</name>
    <message>
        <source>Emergency</source>
        <translation>Urgență</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primită</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message>
        <source>Search citizens and requests: name, phone, e-mail, tax id or tracking number</source>
        <translation>Căutați cetățeni și sesizări: nume, telefon, e-mail, cod fiscal sau număr de înregistrare</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Rezultatele căutării</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Rezumatul căutării</translation>
    </message>
    <message>
        <source>Nothing found (%1 ms)</source>
        <translation>Nu s-a găsit nimic (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 ms</source>
        <translation>
            <numerusform>%n rezultat în %1 ms</numerusform><numerusform>%n rezultate în %1 ms</numerusform><numerusform>%n de rezultate în %1 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchResultsModel</name>
    <message>
        <source>Citizen</source>
        <translation>Cetățean</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sesizare</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Name or tracking number</source>
        <translation>Nume sau număr de înregistrare</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalii</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Găsit după</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — ghișeul de sesizări al unei primării.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Deschide acest fișier de bază de date.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CALE</translation>
    </message>
    <message>
        <source>Open the demo municipality (created on first use).</source>
        <translation>Deschide primăria demonstrativă (creată la prima utilizare).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>Țara primăriei demonstrative: GR, RO, IT sau ES.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>ȚARĂ</translation>
    </message>
    <message>
        <source>User interface language (el, ro, it, ca, es, en).</source>
        <translation>Limba interfeței (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Deschide, afișează lista de sesizări, tipărește memoria rezidentă în MB și iese (măsurare).</translation>
    </message>
</context>
</TS>