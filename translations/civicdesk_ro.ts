<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CallerAnswer</name>
    <message>
        <source>Your request %1 (%2, %3) was received on %4.</source>
        <translation>Cererea dumneavoastră %1 (%2, %3) a fost înregistrată pe %4.</translation>
    </message>
    <message>
        <source>Your request %1 (%2) was received on %3.</source>
        <translation>Cererea dumneavoastră %1 (%2) a fost înregistrată pe %3.</translation>
    </message>
    <message>
        <source>It is with %1; its status is “%2”.</source>
        <translation>Este la %1; starea ei este „%2”.</translation>
    </message>
    <message>
        <source>Its status is “%1”.</source>
        <translation>Starea ei este „%1”.</translation>
    </message>
    <message>
        <source>We expect the work to be done by %1.</source>
        <translation>Ne așteptăm ca lucrarea să fie gata până %1.</translation>
    </message>
    <message>
        <source>It was due by %1 and is late.</source>
        <translation>Termenul era %1 și este întârziată.</translation>
    </message>
    <message>
        <source>Its supervisors have been alerted.</source>
        <translation>Superiorii au fost alertați.</translation>
    </message>
    <message>
        <source>No completion date has been set yet.</source>
        <translation>Încă nu s-a stabilit o dată de finalizare.</translation>
    </message>
    <message>
        <source>The work is on hold: %1.</source>
        <translation>Lucrarea este suspendată: %1.</translation>
    </message>
    <message>
        <source>The work is on hold.</source>
        <translation>Lucrarea este suspendată.</translation>
    </message>
    <message>
        <source>The time allowed does not run while it waits.</source>
        <translation>Timpul alocat nu curge cât timp așteaptă.</translation>
    </message>
    <message>
        <source>The work was done on %1.</source>
        <translation>Lucrarea a fost efectuată pe %1.</translation>
    </message>
    <message>
        <source>It was closed on %1.</source>
        <translation>A fost închisă pe %1.</translation>
    </message>
    <message>
        <source>It was not taken up: %1.</source>
        <translation>Nu a fost preluată: %1.</translation>
    </message>
    <message>
        <source>It was not taken up.</source>
        <translation>Nu a fost preluată.</translation>
    </message>
    <message>
        <source>It reports the same problem as request %1 and is handled with it.</source>
        <translation>Semnalează aceeași problemă ca cererea %1 și este rezolvată împreună cu ea.</translation>
    </message>
    <message>
        <source>If the problem is still there, we can reopen it now.</source>
        <translation>Dacă problema persistă, o putem redeschide acum.</translation>
    </message>
</context>
<context>
    <name>CivicDesk</name>
    <message>
        <source>Registered, waiting to be looked into</source>
        <translation>Înregistrată, așteaptă analiza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Semnalați o problemă</translation>
    </message>
    <message>
        <source>Follow a report</source>
        <translation>Urmăriți o sesizare</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>Se analizează</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Lucrare programată</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Lucrare în curs</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Rezolvată</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Nu a fost preluată</translation>
    </message>
    <message>
        <source>Reported already</source>
        <translation>Semnalată deja</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Alegeți primăria dumneavoastră</translation>
    </message>
    <message>
        <source>There is no report with the number %1. Check the number in the message you received.</source>
        <translation>Nu există nicio sesizare cu numărul %1. Verificați numărul din mesajul primit.</translation>
    </message>
    <message>
        <source>As in the message we sent you, such as 26-S0-00012.</source>
        <translation>Ca în mesajul pe care vi l-am trimis, de exemplu 26-S0-00012.</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Afișați sesizarea</translation>
    </message>
    <message>
        <source>Thank you. Your report is registered under the number</source>
        <translation>Vă mulțumim. Sesizarea dumneavoastră a fost înregistrată cu numărul</translation>
    </message>
    <message>
        <source>Keep it to follow your report here or to ask about it by phone.</source>
        <translation>Păstrați-l pentru a urmări sesizarea aici sau pentru a întreba despre ea la telefon.</translation>
    </message>
    <message>
        <source>This problem had been reported already; your report was added to it, under the number</source>
        <translation>Problema fusese deja semnalată; sesizarea dumneavoastră a fost adăugată la ea, cu numărul</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Semnalată</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Unde</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Estimat până la</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Nota noastră</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Ce s-a întâmplat până acum</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Sesizare primită</translation>
    </message>
    <message>
        <source>Your update</source>
        <translation>Completarea dumneavoastră</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Sesizarea dumneavoastră</translation>
    </message>
    <message>
        <source>The form could not be read. Go back and send it again.</source>
        <translation>Formularul nu a putut fi citit. Reveniți și trimiteți-l din nou.</translation>
    </message>
    <message>
        <source>What kind of problem is it? Choose the closest.</source>
        <translation>Ce fel de problemă este? Alegeți varianta cea mai apropiată.</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Alte probleme</translation>
    </message>
    <message>
        <source>To be told of progress, give an e-mail address or a mobile number.</source>
        <translation>Pentru a fi informat despre stadiu, dați o adresă de e-mail sau un număr de mobil.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Vă rugăm să corectați următoarele</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problemă:</translation>
    </message>
    <message>
        <source>choose another</source>
        <translation>alegeți alta</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Unde este?</translation>
    </message>
    <message>
        <source>The street and the number nearest to it.</source>
        <translation>Strada și numărul cel mai apropiat.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opțional)</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Ce nu este în regulă?</translation>
    </message>
    <message>
        <source>A few words help the crew find and fix it (at most 4,000 characters).</source>
        <translation>Câteva cuvinte ajută echipa să o găsească și să o rezolve (cel mult 4.000 de caractere).</translation>
    </message>
    <message>
        <source>A photo (optional)</source>
        <translation>O fotografie (opțional)</translation>
    </message>
    <message>
        <source>Who you are (optional)</source>
        <translation>Cine sunteți (opțional)</translation>
    </message>
    <message>
        <source>You may report without giving your name. We use these details for this report only.</source>
        <translation>Puteți semnala fără să vă dați numele. Folosim aceste date doar pentru această sesizare.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telefon mobil</translation>
    </message>
    <message>
        <source>Tell me of the progress of this report by e-mail or SMS. I can stop it at any time.</source>
        <translation>Informați-mă despre stadiul acestei sesizări prin e-mail sau SMS. Pot opri oricând.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Trimiteți sesizarea</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Cum ne-am descurcat?</translation>
    </message>
    <message>
        <source>This link is not valid. Check that it was copied whole.</source>
        <translation>Linkul nu este valid. Verificați că a fost copiat în întregime.</translation>
    </message>
    <message>
        <source>Thank you: your answer about this report is recorded. There is one answer for each report.</source>
        <translation>Vă mulțumim: răspunsul dumneavoastră despre această sesizare a fost înregistrat. Fiecare sesizare are un singur răspuns.</translation>
    </message>
    <message>
        <source>This report is not dealt with yet; the survey opens when it is.</source>
        <translation>Sesizarea nu a fost încă rezolvată; chestionarul se deschide atunci.</translation>
    </message>
    <message>
        <source>Choose one of the five answers.</source>
        <translation>Alegeți unul dintre cele cinci răspunsuri.</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — foarte nemulțumit</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — nemulțumit</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — nici mulțumit, nici nemulțumit</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — mulțumit</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — foarte mulțumit</translation>
    </message>
    <message>
        <source>How satisfied are you with how your report was dealt with?</source>
        <translation>Cât de mulțumit sunteți de felul în care a fost rezolvată sesizarea?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Ce doriți să ne spuneți (opțional)</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Trimiteți răspunsul</translation>
    </message>
    <message>
        <source>We cannot find this address in the municipality. Give a street of it and a number.</source>
        <translation>Nu găsim această adresă în localitate. Dați o stradă din localitate și un număr.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Aceasta nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Acesta nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>The description is too long: at most 4,000 characters.</source>
        <translation>Descrierea este prea lungă: cel mult 4.000 de caractere.</translation>
    </message>
    <message>
        <source>The file is not a photo, or it is larger than 25 MB.</source>
        <translation>Fișierul nu este o fotografie sau are mai mult de 25 MB.</translation>
    </message>
    <message>
        <source>Answer this question with one of the answers offered.</source>
        <translation>Răspundeți la această întrebare cu unul dintre răspunsurile oferite.</translation>
    </message>
    <message>
        <source>Choose the kind of problem again.</source>
        <translation>Alegeți din nou tipul problemei.</translation>
    </message>
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
        <source>The GeoJSON holds no features (type &quot;%1&quot;).</source>
        <translation>GeoJSON-ul nu conține elemente (tip „%1”).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run &quot;init&quot; or &quot;generate&quot; first.</source>
        <translation>Baza de date nu are încă o primărie; rulați mai întâi „init” sau „generate”.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 câmpuri, iar antetul are %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>tipul „%1” nu este unul dintre person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>nici nume, nici organizație</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot; kept as typed: %2</source>
        <translation>telefonul „%1” a fost păstrat așa cum a fost scris: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; does not look like an address; kept as typed</source>
        <translation>e-mailul „%1” nu arată ca o adresă; păstrat așa cum a fost scris</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is unknown; left empty</source>
        <translation>cartierul „%1” este necunoscut; lăsat gol</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>aceeași persoană ca pe linia %1</translation>
    </message>
    <message>
        <source>the feature has no property &quot;%1&quot;</source>
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
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>requested_datetime „%1” nu este o oră ISO 8601</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither open nor closed</source>
        <translation>starea „%1” nu este nici open, nici closed</translation>
    </message>
    <message>
        <source>lat/long &quot;%1&quot;, &quot;%2&quot; is not a position</source>
        <translation>lat/long „%1”, „%2” nu este o poziție</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>nici service_code, nici service_name</translation>
    </message>
    <message>
        <source>new service type &quot;%1&quot; (%2) flagged as imported</source>
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
        <source>The number is not in use in its country&apos;s numbering plan.</source>
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
    <message>
        <source>The caller&apos;s number is withheld: ask for a number to call back.</source>
        <translation>Numărul apelantului este ascuns: cereți un număr la care să-l sunați înapoi.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number (%2); it is kept as typed.</source>
        <translation>„%1” nu este un număr de telefon (%2); se păstrează așa cum a fost scris.</translation>
    </message>
    <message>
        <source>recording the caller of a call</source>
        <translation>înregistrarea apelantului unui apel</translation>
    </message>
    <message>
        <source>ending a call</source>
        <translation>încheierea unui apel</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Introduceți un prenume sau un nume de familie.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Introduceți denumirea organizației.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number; it is kept as typed.</source>
        <translation>„%1” nu este un număr de telefon; se păstrează așa cum a fost scris.</translation>
    </message>
    <message>
        <source>%1 does not exist in the numbering plan; check it with the caller.</source>
        <translation>%1 nu există în planul de numerotare; verificați-l cu apelantul.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Unknown language “%1”.</source>
        <translation>Limbă necunoscută „%1”.</translation>
    </message>
    <message>
        <source>Consent to e-mail needs an e-mail address.</source>
        <translation>Acordul pentru e-mail necesită o adresă de e-mail.</translation>
    </message>
    <message>
        <source>Consent to calls or SMS needs a telephone number.</source>
        <translation>Acordul pentru apeluri sau SMS necesită un număr de telefon.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists; it may have been merged into another.</source>
        <translation>Fișa cetățeanului nu mai există; poate a fost unită cu alta.</translation>
    </message>
    <message>
        <source>Request %1 filed</source>
        <translation>Solicitarea %1 înregistrată</translation>
    </message>
    <message>
        <source>Also reported %1</source>
        <translation>A semnalat și %1</translation>
    </message>
    <message>
        <source>Rated %1: %2 of 5</source>
        <translation>A evaluat %1: %2 din 5</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>a înregistrat %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>s-a alăturat la %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>a consultat %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>în așteptare</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>%1 message (%2)</source>
        <translation>Mesaj %1 (%2)</translation>
    </message>
    <message>
        <source>Merged with a duplicate record</source>
        <translation>Unită cu o fișă duplicată</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>O fișă nu poate fi unită cu ea însăși.</translation>
    </message>
    <message>
        <source>One of the two citizen records no longer exists.</source>
        <translation>Una dintre cele două fișe de cetățean nu mai există.</translation>
    </message>
    <message>
        <source>Citizen record %1 merged into %2</source>
        <translation>Fișa %1 a fost unită cu %2</translation>
    </message>
    <message>
        <source>merging citizen records</source>
        <translation>unirea fișelor de cetățean</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>salvarea ciornei</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>ștergerea ciornei</translation>
    </message>
    <message>
        <source>Choose the type of problem.</source>
        <translation>Alegeți tipul problemei.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriu.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Introduceți un număr.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Introduceți data și ora.</translation>
    </message>
    <message>
        <source>Choose one value.</source>
        <translation>Alegeți o singură valoare.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values offered.</source>
        <translation>„%1” nu este una dintre valorile oferite.</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.</source>
        <translation>„%1” nu se află în nomenclatorul de străzi: alegeți o adresă din listă sau introduceți coordonatele.</translation>
    </message>
    <message>
        <source>Give the address or the coordinates of the problem.</source>
        <translation>Indicați adresa sau coordonatele problemei.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 se află în afara localității.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Nu se poate citi %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB.</source>
        <translation>%1 depășește 25 MB.</translation>
    </message>
    <message>
        <source>%1 is not a photo (%2).</source>
        <translation>%1 nu este o fotografie (%2).</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>Nu se poate stoca %1: %2</translation>
    </message>
    <message>
        <source>Reported as an emergency; the caller was told to call %1 if life or property is at risk.</source>
        <translation>Semnalată ca urgență; apelantului i s-a spus să sune la %1 dacă sunt în pericol vieți sau bunuri.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>Solicitarea nu mai există.</translation>
    </message>
    <message>
        <source>Another caller reported the same problem.</source>
        <translation>Un alt apelant a semnalat aceeași problemă.</translation>
    </message>
    <message>
        <source>raising the priority</source>
        <translation>creșterea priorității</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>Cifra de control nu corespunde: probabil o cifră a fost scrisă greșit.</translation>
    </message>
    <message>
        <source>A Greek tax number (AFM) has 9 digits.</source>
        <translation>Un cod fiscal grecesc (AFM) are 9 cifre.</translation>
    </message>
    <message>
        <source>A Romanian CNP or CUI has digits only.</source>
        <translation>Un CNP sau CUI românesc conține doar cifre.</translation>
    </message>
    <message>
        <source>A Romanian CNP has 13 digits, a CUI 2 to 10.</source>
        <translation>Un CNP românesc are 13 cifre, un CUI între 2 și 10.</translation>
    </message>
    <message>
        <source>This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …).</source>
        <translation>Nu are forma unui codice fiscale (6 litere, 2 cifre, o literă, …).</translation>
    </message>
    <message>
        <source>The control letter does not match: a character was probably mistyped.</source>
        <translation>Litera de control nu corespunde: probabil un caracter a fost scris greșit.</translation>
    </message>
    <message>
        <source>An Italian codice fiscale has 16 characters, a partita IVA 11 digits.</source>
        <translation>Un codice fiscale italian are 16 caractere, o partita IVA 11 cifre.</translation>
    </message>
    <message>
        <source>A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIF spaniol are 8 cifre și o literă, un NIE X, Y sau Z, 7 cifre și o literă.</translation>
    </message>
    <message>
        <source>A tax id has 4 to 20 letters and digits.</source>
        <translation>Un cod fiscal are între 4 și 20 de litere și cifre.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Poștă</translation>
    </message>
    <message>
        <source>Routed at intake</source>
        <translation>Direcționată la înregistrare</translation>
    </message>
    <message>
        <source>The same problem was closed here in the last 90 days (%1).</source>
        <translation>Aceeași problemă a fost închisă aici în ultimele 90 de zile (%1).</translation>
    </message>
    <message>
        <source>queueing a message to a citizen</source>
        <translation>programarea unui mesaj către un cetățean</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1.</source>
        <translation>Calendarul nu este JSON valid: %1.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fus orar necunoscut „%1”.</translation>
    </message>
    <message>
        <source>Easter is “western” or “orthodox”, not “%1”.</source>
        <translation>Paștele este „western” sau „orthodox”, nu „%1”.</translation>
    </message>
    <message>
        <source>Unknown weekday “%1” in the working hours (mon … sun).</source>
        <translation>Zi necunoscută „%1” în programul de lucru (mon … sun).</translation>
    </message>
    <message>
        <source>Working hours of %1 must be pairs of times from earlier to later, like [&quot;08:00&quot;, &quot;16:00&quot;].</source>
        <translation>Programul zilei %1 trebuie să fie perechi de ore de la mai devreme la mai târziu, ca [&quot;08:00&quot;, &quot;16:00&quot;].</translation>
    </message>
    <message>
        <source>Working hours of %1 overlap.</source>
        <translation>Programul zilei %1 se suprapune.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is MM-DD.</source>
        <translation>Sărbătoarea „%1”: data se scrie LL-ZZ.</translation>
    </message>
    <message>
        <source>Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.</source>
        <translation>Sărbătoarea „%1”: o perioadă este „from” LL-ZZ „to” o LL-ZZ ulterioară din același an.</translation>
    </message>
    <message>
        <source>Holiday “%1”: days from Easter must be within ±120.</source>
        <translation>Sărbătoarea „%1”: zilele față de Paște trebuie să fie între ±120.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is YYYY-MM-DD.</source>
        <translation>Sărbătoarea „%1”: data se scrie AAAA-LL-ZZ.</translation>
    </message>
    <message>
        <source>Holiday “%1” has no date, period, Easter offset or single day.</source>
        <translation>Sărbătoarea „%1” nu are dată, perioadă, distanță față de Paște sau zi unică.</translation>
    </message>
    <message>
        <source>The holidays “%1” and “%2” overlap.</source>
        <translation>Sărbătorile „%1” și „%2” se suprapun.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>În termen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>La risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Depășit</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendat</translation>
    </message>
    <message>
        <source>Request %1 belongs to another department.</source>
        <translation>Solicitarea %1 aparține altui serviciu.</translation>
    </message>
    <message>
        <source>changing the status of %1</source>
        <translation>schimbarea stării solicitării %1</translation>
    </message>
    <message>
        <source>Closed with its cluster&apos;s master %1.</source>
        <translation>Închisă odată cu solicitarea principală a grupului, %1.</translation>
    </message>
    <message>
        <source>Rerouting needs a reason.</source>
        <translation>Redirecționarea necesită un motiv.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be rerouted.</source>
        <translation>Solicitarea %1 este „%2”: nu mai poate fi redirecționată.</translation>
    </message>
    <message>
        <source>Request %1 is already with that department.</source>
        <translation>Solicitarea %1 este deja la acel serviciu.</translation>
    </message>
    <message>
        <source>That department does not exist.</source>
        <translation>Acel serviciu nu există.</translation>
    </message>
    <message>
        <source>%1 does not handle requests of the type “%2”.</source>
        <translation>%1 nu se ocupă de solicitări de tipul „%2”.</translation>
    </message>
    <message>
        <source>rerouting %1</source>
        <translation>redirecționarea solicitării %1</translation>
    </message>
    <message>
        <source>Operators do not assign work.</source>
        <translation>Operatorii nu repartizează lucrări.</translation>
    </message>
    <message>
        <source>Request %1 is %2: there is nothing to assign.</source>
        <translation>Solicitarea %1 este „%2”: nu există nimic de repartizat.</translation>
    </message>
    <message>
        <source>That is not a crew.</source>
        <translation>Aceasta nu este o echipă.</translation>
    </message>
    <message>
        <source>%1 is not a crew of the department handling %2.</source>
        <translation>%1 nu este o echipă a serviciului care se ocupă de %2.</translation>
    </message>
    <message>
        <source>assigning %1</source>
        <translation>repartizarea solicitării %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Nota este goală.</translation>
    </message>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>Prioritatea urmează %n semnalator distinct.</numerusform>
            <numerusform>Prioritatea urmează %n semnalatori distincți.</numerusform>
            <numerusform>Prioritatea urmează %n de semnalatori distincți.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>O solicitare nu poate fi duplicatul ei însăși.</translation>
    </message>
    <message>
        <source>%1 is %2: link to an open request.</source>
        <translation>%1 este „%2”: legați-o de o solicitare deschisă.</translation>
    </message>
    <message>
        <source>%1 is already in the cluster of %2.</source>
        <translation>%1 este deja în grupul lui %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplicat al %1</translation>
    </message>
    <message>
        <source>%1 joined this request&apos;s cluster.</source>
        <translation>%1 s-a alăturat grupului acestei solicitări.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>Satisfacția se evaluează de la 1 la 5.</translation>
    </message>
    <message>
        <source>The citizen rates the work once the request is resolved.</source>
        <translation>Cetățeanul evaluează lucrarea după ce solicitarea este rezolvată.</translation>
    </message>
    <message>
        <source>recording the rating of %1</source>
        <translation>înregistrarea evaluării pentru %1</translation>
    </message>
    <message>
        <source>running the escalation ladder</source>
        <translation>rularea escaladării</translation>
    </message>
    <message>
        <source>%1 is at risk: %2 % of its working time is used.</source>
        <translation>%1 este la risc: s-a folosit %2 % din timpul de lucru.</translation>
    </message>
    <message>
        <source>%1 has missed its deadline.</source>
        <translation>%1 și-a depășit termenul.</translation>
    </message>
    <message>
        <source>%1 is still open well past its deadline.</source>
        <translation>%1 este încă deschisă mult după termen.</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>confirmarea unei alerte</translation>
    </message>
    <message>
        <source>saving a routing rule</source>
        <translation>salvarea unei reguli de direcționare</translation>
    </message>
    <message>
        <source>The workflow is not valid JSON: %1.</source>
        <translation>Fluxul de lucru nu este JSON valid: %1.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown initial status “%2”.</source>
        <translation>Fluxul „%1”: stare inițială necunoscută „%2”.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown status “%2”.</source>
        <translation>Fluxul „%1”: stare necunoscută „%2”.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown role “%2”.</source>
        <translation>Fluxul „%1”: rol necunoscut „%2”.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition without roles could never be made.</source>
        <translation>Fluxul „%1”: o tranziție fără roluri n-ar putea fi făcută niciodată.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition from “%2” to itself.</source>
        <translation>Fluxul „%1”: o tranziție din „%2” în ea însăși.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the transition from “%2” to “%3” is defined twice.</source>
        <translation>Fluxul „%1”: tranziția din „%2” în „%3” este definită de două ori.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” cannot be reached from “%3”.</source>
        <translation>Fluxul „%1”: starea „%2” nu poate fi atinsă din „%3”.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).</source>
        <translation>Fluxul „%1”: starea „%2” este o fundătură (fără ieșire și nemarcată ca încheiată).</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>O solicitare nu poate trece din „%1” în „%2”.</translation>
    </message>
    <message>
        <source>A user with the role “%1” may not move a request from “%2” to “%3”.</source>
        <translation>Un utilizator cu rolul „%1” nu poate muta o solicitare din „%2” în „%3”.</translation>
    </message>
    <message>
        <source>Moving a request to “%1” needs a note saying why.</source>
        <translation>Trecerea în „%1” necesită o notă cu motivul.</translation>
    </message>
    <message>
        <source>saving the calendar</source>
        <translation>salvarea calendarului</translation>
    </message>
    <message>
        <source>saving the workflow</source>
        <translation>salvarea fluxului de lucru</translation>
    </message>
    <message>
        <source>Requests per type</source>
        <translation>Solicitări pe tip</translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Solicitări pe serviciu</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Solicitări pe stare</translation>
    </message>
    <message>
        <source>Requests per district</source>
        <translation>Solicitări pe cartier</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Respectarea termenelor</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Satisfacția cetățenilor</translation>
    </message>
    <message>
        <source>Crew workload</source>
        <translation>Încărcarea echipelor</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Fără cartier</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Nedirecționate</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indicați prima și ultima zi a perioadei.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Perioada se termină (%1) înainte să înceapă (%2).</translation>
    </message>
    <message>
        <source>A report covers at most twenty years, from 1990 on.</source>
        <translation>Un raport acoperă cel mult douăzeci de ani, începând cu 1990.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Perioadă: %1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Serviciu: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tip: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Cartier: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stare: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Priority at least: %1</source>
        <translation>Prioritate cel puțin: %1</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Nr. înregistrare</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Înregistrată</translation>
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
        <source>Department</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cartier</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitare</numerusform>
            <numerusform>%n solicitări</numerusform>
            <numerusform>%n de solicitări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Total: %n solicitare</numerusform>
            <numerusform>Total: %n solicitări</numerusform>
            <numerusform>Total: %n de solicitări</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>În termen</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Evaluări</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medie</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primite</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Ore mediană</translation>
    </message>
    <message>
        <source>90 % hours</source>
        <translation>Ore 90 %</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacție</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Recurențe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Procent</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Cea mai veche</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Tipărit %1 de %2</translation>
    </message>
    <message>
        <source>No requests match these parameters.</source>
        <translation>Nicio solicitare nu corespunde acestor parametri.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 din %2</translation>
    </message>
    <message>
        <source>The base map settings are not a JSON object: %1</source>
        <translation>Setările hărții de bază nu sunt un obiect JSON: %1</translation>
    </message>
    <message>
        <source>Unknown base map kind &quot;%1&quot; (xyz, mbtiles or vector).</source>
        <translation>Tip necunoscut de hartă de bază „%1” (xyz, mbtiles sau vector).</translation>
    </message>
    <message>
        <source>The highest zoom level must lie between 0 and %1.</source>
        <translation>Nivelul maxim de zoom trebuie să fie între 0 și %1.</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y}: %1</source>
        <translation>Adresa dalelor are nevoie de {z}, {x} și {y}: %1</translation>
    </message>
    <message>
        <source>A tile URL must be http or https: %1</source>
        <translation>Adresa dalelor trebuie să fie http sau https: %1</translation>
    </message>
    <message>
        <source>An MBTiles base map needs the file&apos;s path.</source>
        <translation>O hartă de bază MBTiles are nevoie de calea fișierului.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de la %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Fișierul MBTiles %1 nu există.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>Fișierul MBTiles %1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 nu este un fișier MBTiles (nu are tabelul tiles).</translation>
    </message>
    <message>
        <source>not in the MBTiles file</source>
        <translation>nu există în fișierul MBTiles</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exactă</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parțial exactă</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexactă</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Sesizare falsă</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Înregistrată (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Direcționată la %1</translation>
    </message>
    <message>
        <source>Rerouted from %1 to %2</source>
        <translation>Redirecționată de la %1 la %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notă: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Repartizată către %1</translation>
    </message>
    <message>
        <source>Message to the citizen (%1): %2</source>
        <translation>Mesaj către cetățean (%1): %2</translation>
    </message>
    <message>
        <source>Accuracy of the report: %1</source>
        <translation>Acuratețea sesizării: %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction: %1 of 5</source>
        <translation>Satisfacția cetățeanului: %1 din 5</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escaladare %1: %2</translation>
    </message>
    <message>
        <source>Citizen records merged</source>
        <translation>Fișe de cetățean unite</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Legată: %1</translation>
    </message>
    <message>
        <source>EMERGENCY: %1</source>
        <translation>URGENȚĂ: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 would break references between its rows; it was left as it was.</source>
        <translation>Actualizarea %1 la schema %2 ar strica legăturile dintre rândurile sale; a rămas cum era.</translation>
    </message>
    <message>
        <source>upgrading the request history</source>
        <translation>actualizarea istoricului sesizărilor</translation>
    </message>
    <message>
        <source>upgrading the alerts</source>
        <translation>actualizarea alertelor</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the expected shape; it was left untouched.</source>
        <translation>Tabelul %1 din %2 nu are forma așteptată; a rămas neatins.</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escaladare</translation>
    </message>
    <message>
        <source>The command has no valid id.</source>
        <translation>Comanda nu are un identificator valid.</translation>
    </message>
    <message>
        <source>The command has no name.</source>
        <translation>Comanda nu are nume.</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>Comanda nu are o oră validă.</translation>
    </message>
    <message>
        <source>The command does not say who issued it.</source>
        <translation>Comanda nu spune cine a emis-o.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments are not an object.</source>
        <translation>Argumentele comenzii nu sunt un obiect.</translation>
    </message>
    <message>
        <source>The command %1 is missing %2 or has it of the wrong kind.</source>
        <translation>Comenzii %1 îi lipsește %2 sau îl are de tip greșit.</translation>
    </message>
    <message>
        <source>The command has no valid id or time.</source>
        <translation>Comanda nu are un identificator sau o oră validă.</translation>
    </message>
    <message>
        <source>The command was issued by no active user of this municipality.</source>
        <translation>Comanda nu a fost emisă de niciun utilizator activ al acestei primării.</translation>
    </message>
    <message>
        <source>There is no command %1.</source>
        <translation>Nu există comanda %1.</translation>
    </message>
    <message>
        <source>The photo %1 is not in the photo store.</source>
        <translation>Fotografia %1 nu se află în depozitul de fotografii.</translation>
    </message>
    <message>
        <source>saving the base map</source>
        <translation>salvarea hărții de bază</translation>
    </message>
    <message>
        <source>closing a request with its cluster</source>
        <translation>închiderea unei sesizări împreună cu grupul ei</translation>
    </message>
    <message>
        <source>joining a request to its cluster</source>
        <translation>alăturarea unei sesizări la grupul ei</translation>
    </message>
    <message>
        <source>The server file %1 could not be opened: %2</source>
        <translation>Fișierul serverului %1 nu a putut fi deschis: %2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk server file.</source>
        <translation>%1 nu este un fișier de server CivicDesk.</translation>
    </message>
    <message>
        <source>preparing the server file</source>
        <translation>pregătirea fișierului serverului</translation>
    </message>
    <message>
        <source>Server file error while %1: %2</source>
        <translation>Eroare a fișierului serverului în timpul operației %1: %2</translation>
    </message>
    <message>
        <source>A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.</source>
        <translation>Un cod de entitate are între 1 și 32 de majuscule, cifre, - sau _; %1 nu este.</translation>
    </message>
    <message>
        <source>There is a tenant %1 already.</source>
        <translation>Există deja entitatea %1.</translation>
    </message>
    <message>
        <source>adding tenant %1</source>
        <translation>adăugarea entității %1</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>modificarea entității %1</translation>
    </message>
    <message>
        <source>Tenant %1 has a user %2 already.</source>
        <translation>Entitatea %1 are deja utilizatorul %2.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>adăugarea utilizatorului %1</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>înregistrarea unei autentificări</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>schimbarea unei parole</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>modificarea unui utilizator</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>deconectarea</translation>
    </message>
    <message>
        <source>signing a user out</source>
        <translation>deconectarea unui utilizator</translation>
    </message>
    <message>
        <source>This desk is registered already, as %1.</source>
        <translation>Acest birou este deja înregistrat, ca %1.</translation>
    </message>
    <message>
        <source>A desk code is 2 to 4 capital letters or digits; %1 is not.</source>
        <translation>Un cod de birou are 2–4 majuscule sau cifre; %1 nu este.</translation>
    </message>
    <message>
        <source>The desk code %1 belongs to another desk.</source>
        <translation>Codul de birou %1 aparține altui birou.</translation>
    </message>
    <message>
        <source>Every desk code is taken; give this desk one of up to 4 characters.</source>
        <translation>Toate codurile de birou sunt ocupate; dați acestui birou unul de până la 4 caractere.</translation>
    </message>
    <message>
        <source>registering a desk</source>
        <translation>înregistrarea unui birou</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>citirea modificărilor</translation>
    </message>
    <message>
        <source>recording a mutation</source>
        <translation>înregistrarea unei modificări</translation>
    </message>
    <message>
        <source>copying the data for a new desk</source>
        <translation>copierea datelor pentru un birou nou</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be opened.</source>
        <translation>Copia pentru un birou nou nu a putut fi deschisă.</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be prepared: %1</source>
        <translation>Copia pentru un birou nou nu a putut fi pregătită: %1</translation>
    </message>
    <message>
        <source>The server sent rows of an unknown table %1.</source>
        <translation>Serverul a trimis rânduri dintr-un tabel necunoscut %1.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 that does not fit its columns.</source>
        <translation>Serverul a trimis un rând din %1 care nu se potrivește coloanelor.</translation>
    </message>
    <message>
        <source>writing the server&apos;s rows of %1</source>
        <translation>scrierea rândurilor serverului în %1</translation>
    </message>
    <message>
        <source>removing the server&apos;s rows of %1</source>
        <translation>eliminarea rândurilor serverului din %1</translation>
    </message>
    <message>
        <source>keeping a change for the server</source>
        <translation>păstrarea unei modificări pentru server</translation>
    </message>
    <message>
        <source>clearing answered changes</source>
        <translation>ștergerea modificărilor confirmate</translation>
    </message>
    <message>
        <source>keeping a refused change</source>
        <translation>păstrarea unei modificări refuzate</translation>
    </message>
    <message>
        <source>The server could not be reached while %1: %2</source>
        <translation>Serverul nu a putut fi contactat în timpul operației %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 while %2.</source>
        <translation>Serverul a răspuns %1 în timpul operației %2.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>trimiterea modificărilor</translation>
    </message>
    <message>
        <source>fetching changes</source>
        <translation>preluarea modificărilor</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull has no valid cursor.</source>
        <translation>Răspunsul serverului la o preluare nu are un cursor valid.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>autentificarea</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no token.</source>
        <translation>Răspunsul serverului la autentificare nu are un token.</translation>
    </message>
    <message>
        <source>registering this desk</source>
        <translation>înregistrarea acestui birou</translation>
    </message>
    <message>
        <source>The server gave this desk no code.</source>
        <translation>Serverul nu a dat niciun cod acestui birou.</translation>
    </message>
    <message>
        <source>fetching the municipality&apos;s data</source>
        <translation>preluarea datelor primăriei</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the data came without its cursor.</source>
        <translation>Copia datelor de la server a venit fără cursor.</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>Datele nu au putut fi scrise în %1.</translation>
    </message>
    <message>
        <source>A row is not {t: table, k: [key], v: [values] or null}.</source>
        <translation>Un rând nu este {t: tabel, k: [cheie], v: [valori] sau null}.</translation>
    </message>
    <message>
        <source>A row names the table %1, which does not travel.</source>
        <translation>Un rând numește tabelul %1, care nu se sincronizează.</translation>
    </message>
    <message>
        <source>The rows are not a list.</source>
        <translation>Rândurile nu sunt o listă.</translation>
    </message>
    <message>
        <source>The keys are not a list.</source>
        <translation>Cheile nu sunt o listă.</translation>
    </message>
    <message>
        <source>A key is not {t: synced table, k: [values]}.</source>
        <translation>O cheie nu este {t: tabel sincronizat, k: [valori]}.</translation>
    </message>
    <message>
        <source>A key holds something other than text and numbers.</source>
        <translation>O cheie conține altceva decât text și numere.</translation>
    </message>
    <message>
        <source>keeping an edit set aside</source>
        <translation>păstrarea unei modificări puse deoparte</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>acces interzis</translation>
    </message>
    <message>
        <source>sending a photo</source>
        <translation>trimiterea unei fotografii</translation>
    </message>
    <message>
        <source>copying the data to %1</source>
        <translation>copierea datelor în %1</translation>
    </message>
    <message>
        <source>reading the desk&apos;s old file</source>
        <translation>citirea fișierului vechi al postului</translation>
    </message>
    <message>
        <source>%1 is not a desk that works with a server.</source>
        <translation>%1 nu este un post care lucrează cu un server.</translation>
    </message>
    <message>
        <source>Sign in first: the server&apos;s new data is fetched in your name.</source>
        <translation>Autentificați-vă mai întâi: datele noi ale serverului sunt aduse în numele dumneavoastră.</translation>
    </message>
    <message>
        <source>starting again on the server&apos;s new data</source>
        <translation>reluarea pe datele noi ale serverului</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere; close it and try again.</source>
        <translation>%1 este încă deschis în altă parte; închideți-l și încercați din nou.</translation>
    </message>
    <message>
        <source>%1 could not be set aside as %2.</source>
        <translation>%1 nu a putut fi pus deoparte ca %2.</translation>
    </message>
    <message>
        <source>%1 could not take the place of %2.</source>
        <translation>%1 nu a putut lua locul lui %2.</translation>
    </message>
    <message>
        <source>This request is not on this desk.</source>
        <translation>Această cerere nu se află pe acest post.</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Închise cu întârziere</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Deschise, termen depășit</translation>
    </message>
    <message>
        <source>On time, of those closed</source>
        <translation>La termen, din cele închise</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Termene respectate</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Perioada anterioară</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variație</translation>
    </message>
    <message>
        <source>Received: %1 (previous period, %2: %3; change %4).</source>
        <translation>Primite: %1 (perioada anterioară, %2: %3; variație %4).</translation>
    </message>
    <message>
        <source>Open past their deadline now: %1. Deadlines met, counting these as missed: %2.</source>
        <translation>Deschise acum cu termenul depășit: %1. Termene respectate, socotindu-le ratate: %2.</translation>
    </message>
    <message>
        <source>Resolution time: half of the requests within %1 hours, 90 % within %2 hours.</source>
        <translation>Timp de rezolvare: jumătate din sesizări în %1 ore, 90 % în %2 ore.</translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Satisfacția cetățenilor: %1 din 5 din %n evaluare.</numerusform>
            <numerusform>Satisfacția cetățenilor: %1 din 5 din %n evaluări.</numerusform>
            <numerusform>Satisfacția cetățenilor: %1 din 5 din %n de evaluări.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most requests: %1 (%2).</source>
        <translation>Cele mai multe sesizări: %1 (%2).</translation>
    </message>
    <message>
        <source>Fewest deadlines met: %1 (%2).</source>
        <translation>Cele mai puține termene respectate: %1 (%2).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipuri</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>cartiere</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departamente</translation>
    </message>
    <message>
        <source>Deadlines per department</source>
        <translation>Termene pe departament</translation>
    </message>
    <message>
        <source>Ratings per department</source>
        <translation>Evaluări pe departament</translation>
    </message>
    <message>
        <source>Requests received per type</source>
        <translation>Sesizări primite pe tip</translation>
    </message>
    <message>
        <source>Requests received per district</source>
        <translation>Sesizări primite pe cartier</translation>
    </message>
    <message>
        <source>Requests received per department</source>
        <translation>Sesizări primite pe departament</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3.</source>
        <translation>Cele mai mari %1 din %2 %3.</translation>
    </message>
    <message>
        <source>Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.</source>
        <translation>Din cele %1 sesizări depuse în perioadă, %2 sunt încă deschise (inclusiv cele suspendate), iar %3 sunt rezolvate, închise, respinse sau unite cu altă sesizare.</translation>
    </message>
    <message>
        <source>This call filed no request: say how it ended instead.</source>
        <translation>Acest apel nu a înregistrat nicio sesizare: spuneți cum s-a încheiat.</translation>
    </message>
    <message>
        <source>Request filed or joined</source>
        <translation>Sesizare înregistrată sau alăturată</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informație oferită</translation>
    </message>
    <message>
        <source>Asked about a request</source>
        <translation>A întrebat despre o sesizare</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamație</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferat</translation>
    </message>
    <message>
        <source>Other (wrong number, silent)</source>
        <translation>Altceva (număr greșit, tăcere)</translation>
    </message>
    <message>
        <source>; the lines after it are read on their own</source>
        <translation>; rândurile de după sunt citite fiecare separat</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); the lines after it are read on their own</source>
        <translation>un câmp între ghilimele deschis pe acest rând nu se închide pe el (citit până la rândul %1, %2 câmpuri, iar antetul are %3); rândurile de după sunt citite fiecare separat</translation>
    </message>
    <message>
        <source>NUL bytes removed</source>
        <translation>octeți NUL eliminați</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 replaced by � (the file may be in another encoding)</source>
        <translation>octeți care nu sunt UTF-8 înlocuiți cu � (fișierul poate fi în altă codificare)</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed (the file ends on line %2)</source>
        <translation>un câmp între ghilimele deschis pe rândul %1 nu se închide niciodată (fișierul se termină pe rândul %2)</translation>
    </message>
    <message>
        <source>No feature of %1 has the property &quot;%2&quot;; the features have: %3. Name the one that holds the district&apos;s name.</source>
        <translation>Niciun element din %1 nu are proprietatea „%2”; elementele au: %3. Numiți-o pe cea care conține numele cartierului.</translation>
    </message>
    <message>
        <source>no properties at all</source>
        <translation>nicio proprietate</translation>
    </message>
    <message>
        <source> (%1 of them updated from the source)</source>
        <translation> (%1 dintre ele actualizate din sursă)</translation>
    </message>
    <message>
        <source>, %1 kept without a place</source>
        <translation>, %1 păstrate fără loc</translation>
    </message>
    <message>
        <source>lat/long %1, %2 lies %3 km outside the municipality&apos;s districts: kept without a place</source>
        <translation>lat/long %1, %2 se află la %3 km în afara cartierelor municipiului: păstrat fără loc</translation>
    </message>
    <message>
        <source>service_name is empty: the new type is named by its code %1</source>
        <translation>service_name este gol: tipul nou este numit după codul său %1</translation>
    </message>
    <message>
        <source>%1 requests, none of them listed</source>
        <translation>%1 solicitări, niciuna listată</translation>
    </message>
    <message>
        <source>%1 requests, the first %2 of them listed</source>
        <translation>%1 solicitări, listate primele %2</translation>
    </message>
    <message>
        <source>The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.</source>
        <translation>Lista a fost tăiată: sunt listate primele %1 din %2 solicitări. Subtotalurile și totalurile le numără pe toate.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Raportul nu poate fi scris: %1</translation>
    </message>
    <message>
        <source>Without a deadline</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).</source>
        <translation>Închise: %1; din cele %2 care aveau termen, %3 în termen (%4; perioada anterioară %5).</translation>
    </message>
    <message>
        <source>Closed: %1, none of them with a deadline.</source>
        <translation>Închise: %1, niciuna cu termen.</translation>
    </message>
    <message>
        <source>case number %1 of the system it was imported from</source>
        <translation>numărul de caz %1 din sistemul din care a fost importat</translation>
    </message>
    <message>
        <source>the file is read-only for this user (%1, owner %2)</source>
        <translation>fișierul este doar în citire pentru acest utilizator (%1, proprietar %2)</translation>
    </message>
    <message>
        <source>its folder %1 is read-only for this user (%2, owner %3)</source>
        <translation>dosarul său %1 este doar în citire pentru acest utilizator (%2, proprietar %3)</translation>
    </message>
    <message>
        <source>%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it can be written, or copy it together with that file to a folder of yours.</source>
        <translation>%1 poate fi doar citit (%2), iar modificări încă nescrise în el așteaptă în %3. Deschideți-l o dată acolo unde poate fi scris sau copiați-l împreună cu acel fișier într-un dosar al dumneavoastră.</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>citirea fișierului</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>%1 este deschis doar în citire: %2. Nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 este deschis doar în citire; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <source>Holiday “%1”: %2 is a year from 1900 to 2200.</source>
        <translation>Sărbătoarea „%1”: %2 este un an între 1900 și 2200.</translation>
    </message>
    <message>
        <source>Holiday “%1”: its last year comes before its first.</source>
        <translation>Sărbătoarea „%1”: ultimul ei an este înaintea primului.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1; its columns are: %2.</source>
        <translation>Fișierului îi lipsesc coloanele %1; coloanele sale sunt: %2.</translation>
    </message>
    <message>
        <source>%1
The import stopped there; %2 requests imported before it are kept, and running the import again goes on from where it stopped.</source>
        <translation>%1
Importul s-a oprit acolo; cele %2 solicitări importate înainte sunt păstrate, iar rularea din nou a importului continuă de unde s-a oprit.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such readable file</source>
        <translation>Nu se poate citi %1: nu există un asemenea fișier lizibil</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenStreetMap extract (.osm.pbf): %2</source>
        <translation>%1 nu este un extras OpenStreetMap lizibil (.osm.pbf): %2</translation>
    </message>
    <message>
        <source>no street name in column %1</source>
        <translation>niciun nume de stradă în coloana %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>„%1” este deja pe linia %2</translation>
    </message>
    <message>
        <source>house numbers &quot;%1&quot;–&quot;%2&quot; are not a range: the street is kept without them</source>
        <translation>numerele „%1”–„%2” nu sunt un interval: strada este păstrată fără ele</translation>
    </message>
    <message>
        <source>%1 holds no street: the gazetteer is left as it was.</source>
        <translation>%1 nu conține nicio stradă: nomenclatorul rămâne cum era.</translation>
    </message>
    <message>
        <source>the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand</source>
        <translation>nomenclatorul conține acum cele %1 străzi din %2; registrul nu dă geometrie, așa că o adresă se plasează manual pe hartă</translation>
    </message>
    <message>
        <source>%1 (%2 boundaries)</source>
        <translation>%1 (%2 limite)</translation>
    </message>
    <message>
        <source>%1 has no named administrative boundary of admin_level %2; the levels present are: %3.</source>
        <translation>%1 nu are nicio limită administrativă cu nume de admin_level %2; nivelurile prezente sunt: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>%1 holds no named street and no address: the gazetteer is left as it was.</source>
        <translation>%1 nu are nicio stradă cu nume și nicio adresă: nomenclatorul rămâne cum era.</translation>
    </message>
    <message>
        <source>%1 districts from the boundaries of admin_level %2</source>
        <translation>%1 districte din limitele de admin_level %2</translation>
    </message>
    <message>
        <source>%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), %5 stretches to interpolate house numbers along</source>
        <translation>%1 străzi cu geometria lor, încă %2 numite doar de adrese; %3 puncte de adresă numerotate (%4 repetate omise), %5 tronsoane pentru interpolarea numerelor</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adresa %1</translation>
    </message>
    <message>
        <source>address starts with %1</source>
        <translation>adresa începe cu %1</translation>
    </message>
    <message>
        <source>removing the streets</source>
        <translation>eliminarea străzilor</translation>
    </message>
    <message>
        <source>Imported in bulk: the requests&apos; indexes and the dashboard&apos;s figures were made once at the end (%1 s).</source>
        <translation>Importat în bloc: indexurile cererilor și cifrele tabloului de bord au fost create o singură dată, la final (%1 s).</translation>
    </message>
    <message>
        <source>Another import into %1 is running (its lock file %2 is held).</source>
        <translation>Un alt import în %1 rulează (fișierul său de blocare %2 este ocupat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name-of-the-server (with :port after the name if it is not the usual one).</source>
        <translation>„%1” nu este adresa unui server. Scrieți-o ca https://numele-serverului (cu :port după nume dacă nu este cel obișnuit).</translation>
    </message>
    <message>
        <source>No server answers there: %1</source>
        <translation>Acolo nu răspunde niciun server: %1</translation>
    </message>
    <message>
        <source>Something answers there (HTTP %1), but not a CivicDesk server that is ready.</source>
        <translation>Acolo răspunde ceva (HTTP %1), dar nu un server CivicDesk pregătit.</translation>
    </message>
    <message>
        <source>The CivicDesk server there (version %1) is older than this desk: it must be updated first.</source>
        <translation>Serverul CivicDesk de acolo (versiunea %1) este mai vechi decât acest ghișeu: trebuie actualizat mai întâi.</translation>
    </message>
    <message>
        <source>%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.</source>
        <translation>%1 nu este o imagine pe care CivicDesk o poate citi (%2). Folosiți un fișier PNG, JPEG sau SVG.</translation>
    </message>
    <message>
        <source>The image %1 could not be kept as a logo.</source>
        <translation>Imaginea %1 nu a putut fi păstrată ca siglă.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1” nu este o adresă de e-mail</translation>
    </message>
    <message>
        <source>given up after %1 attempts: %2</source>
        <translation>abandonat după %1 încercări: %2</translation>
    </message>
    <message>
        <source>The mail settings kept in the file cannot be read (%1).</source>
        <translation>Setările de e-mail păstrate în fișier nu se pot citi (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server&apos;s address: write smtp://name:587 (or smtps://name:465).</source>
        <translation>„%1” nu este adresa unui server de e-mail: scrieți smtp://nume:587 (sau smtps://nume:465).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>„%1” nu este o adresă de e-mail de la care să se trimită.</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limit must be at least one second.</source>
        <translation>Limita de timp a serverului de e-mail trebuie să fie de cel puțin o secundă.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>libcurl nu a putut porni.</translation>
    </message>
    <message>
        <source>the mail server answered %1: %2</source>
        <translation>serverul de e-mail a răspuns %1: %2</translation>
    </message>
    <message>
        <source>the mail server could not be reached: %1</source>
        <translation>serverul de e-mail nu a putut fi contactat: %1</translation>
    </message>
    <message>
        <source>recording a message&apos;s sending</source>
        <translation>înregistrarea trimiterii unui mesaj</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form</source>
        <translation>„%1” nu este un număr de telefon în format internațional</translation>
    </message>
    <message>
        <source>quiet hours: sent at their end</source>
        <translation>ore de liniște: se trimite la sfârșitul lor</translation>
    </message>
    <message>
        <source>The SMS settings kept in the file cannot be read (%1).</source>
        <translation>Setările SMS păstrate în fișier nu se pot citi (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway&apos;s address: write http://name:13013/cgi-bin/sendsms.</source>
        <translation>„%1” nu este adresa unei porți SMS: scrieți http://nume:13013/cgi-bin/sendsms.</translation>
    </message>
    <message>
        <source>The SMS gateway needs the user CivicDesk sends as.</source>
        <translation>Poarta SMS are nevoie de utilizatorul cu care trimite CivicDesk.</translation>
    </message>
    <message>
        <source>Quiet hours are hours of the day, 0 to 23.</source>
        <translation>Orele de liniște sunt ore ale zilei, de la 0 la 23.</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached: %1</source>
        <translation>poarta SMS nu a putut fi contactată: %1</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>poarta SMS a răspuns %1: %2</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Solicitare înregistrată</translation>
    </message>
    <message>
        <source>Report joined to an open request</source>
        <translation>Sesizare adăugată la o solicitare deschisă</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Solicitare acceptată</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <translation>Echipă desemnată</translation>
    </message>
    <message>
        <source>Request resolved</source>
        <translation>Solicitare rezolvată</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Solicitare respinsă</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Solicitare închisă</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Sondaj de satisfacție</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>numele primăriei</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>numărul de urmărire</translation>
    </message>
    <message>
        <source>the type of request, in the citizen&apos;s language</source>
        <translation>tipul solicitării, în limba cetățeanului</translation>
    </message>
    <message>
        <source>the address of the problem</source>
        <translation>adresa problemei</translation>
    </message>
    <message>
        <source>the request&apos;s status, in the citizen&apos;s language</source>
        <translation>starea solicitării, în limba cetățeanului</translation>
    </message>
    <message>
        <source>the date the work is due</source>
        <translation>termenul lucrării</translation>
    </message>
    <message>
        <source>the note written with the change (why it was rejected, what was done)</source>
        <translation>nota scrisă la schimbare (de ce a fost respinsă, ce s-a făcut)</translation>
    </message>
    <message>
        <source>the address of the satisfaction survey</source>
        <translation>adresa sondajului de satisfacție</translation>
    </message>
    <message>
        <source>“%1” is not an event CivicDesk sends messages for.</source>
        <translation>„%1” nu este un eveniment pentru care CivicDesk trimite mesaje.</translation>
    </message>
    <message>
        <source>CivicDesk writes messages in %1, not in “%2”.</source>
        <translation>CivicDesk scrie mesaje în %1, nu în „%2”.</translation>
    </message>
    <message>
        <source>A template is for SMS or for e-mail, not for “%1”.</source>
        <translation>Un șablon este pentru SMS sau pentru e-mail, nu pentru „%1”.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Mesajul nu are text.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1: the “%2” is not part of a placeholder. Placeholders are written {name}: %3.</source>
        <translation>%1: „%2” nu face parte dintr-un câmp de înlocuire. Câmpurile se scriu {nume}: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.</source>
        <translation>%1: %2 nu este un câmp pe care CivicDesk îl cunoaște. Câmpurile sunt %3.</translation>
    </message>
    <message>
        <source>For a typical request this SMS takes %1 messages; shorten it to fit in two.</source>
        <translation>Pentru o solicitare obișnuită acest SMS ocupă %1 mesaje; scurtați-l ca să încapă în două.</translation>
    </message>
    <message>
        <source>saving a message template</source>
        <translation>salvarea unui șablon de mesaj</translation>
    </message>
    <message>
        <source>%1 has been given to you to work on.</source>
        <translation>%1 v-a fost atribuită spre rezolvare.</translation>
    </message>
    <message>
        <source>A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.</source>
        <translation>Un mesaj țintit poate numi doar {municipality}, nu {%1}: este același text pentru toți.</translation>
    </message>
    <message>
        <source>A targeted message needs a title (it names the message in the send log).</source>
        <translation>Un mesaj țintit are nevoie de un titlu (îl numește în jurnalul de trimiteri).</translation>
    </message>
    <message>
        <source>Alerts by e-mail need an e-mail address.</source>
        <translation>Alertele prin e-mail au nevoie de o adresă de e-mail.</translation>
    </message>
    <message>
        <source>The message needs its text in the municipality&apos;s language (%1): citizens whose language has no text get it.</source>
        <translation>Mesajul are nevoie de text în limba primăriei (%1): îl primesc cetățenii pentru a căror limbă nu există text.</translation>
    </message>
    <message>
        <source>The pace is 1 to %1 messages a minute.</source>
        <translation>Ritmul este de 1 până la %1 mesaje pe minut.</translation>
    </message>
    <message>
        <source>The text in %1 takes %2 SMS; shorten it to fit in two.</source>
        <translation>Textul în %1 ocupă %2 SMS-uri; scurtați-l ca să încapă în două.</translation>
    </message>
    <message>
        <source>keeping a targeted message</source>
        <translation>păstrarea unui mesaj țintit</translation>
    </message>
    <message>
        <source>queueing a message to a member of staff</source>
        <translation>punerea în coadă a unui mesaj către un angajat</translation>
    </message>
    <message>
        <source>%1: you will receive no more SMS from us.</source>
        <translation>%1: nu veți mai primi SMS de la noi.</translation>
    </message>
    <message>
        <source>%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.</source>
        <translation>%1: răspunsurile la acest număr nu sunt citite; sunați-ne. Ca să nu mai primiți SMS, răspundeți STOP.</translation>
    </message>
    <message>
        <source>This link is not valid (any more). To stop the messages, answer one of them or call us.</source>
        <translation>Acest link nu (mai) este valabil. Ca să opriți mesajele, răspundeți la unul dintre ele sau sunați-ne.</translation>
    </message>
    <message>
        <source>Do you want to receive no more e-mails about your requests?</source>
        <translation>Doriți să nu mai primiți e-mailuri despre solicitările dumneavoastră?</translation>
    </message>
    <message>
        <source>Stop the e-mails</source>
        <translation>Opriți e-mailurile</translation>
    </message>
    <message>
        <source>This service cannot answer now; try again later.</source>
        <translation>Serviciul nu poate răspunde acum; încercați din nou mai târziu.</translation>
    </message>
    <message>
        <source>You will receive no more e-mails from us. Your requests stay open; call us to hear of them.</source>
        <translation>Nu veți mai primi e-mailuri de la noi. Solicitările dumneavoastră rămân deschise; sunați-ne ca să aflați stadiul lor.</translation>
    </message>
    <message>
        <source>No more e-mails from %1: %2</source>
        <translation>Ca să nu mai primiți e-mailuri de la %1: %2</translation>
    </message>
    <message>
        <source>recording a delivery report</source>
        <translation>înregistrarea unui raport de livrare</translation>
    </message>
    <message>
        <source>cancelling a citizen&apos;s messages</source>
        <translation>anularea mesajelor unui cetățean</translation>
    </message>
    <message>
        <source>There is no such citizen (any more): nothing to stop.</source>
        <translation>Nu (mai) există acest cetățean: nimic de oprit.</translation>
    </message>
    <message>
        <source>not sent: the citizen withdrew consent to %1</source>
        <translation>netrimis: cetățeanul și-a retras acordul pentru %1</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Nu există nimic aici.</translation>
    </message>
    <message>
        <source>This report is not signed for this message.</source>
        <translation>Raportul nu este semnat pentru acest mesaj.</translation>
    </message>
    <message>
        <source>Unknown report type.</source>
        <translation>Tip de raport necunoscut.</translation>
    </message>
    <message>
        <source>This gateway is not known here.</source>
        <translation>Această poartă nu este cunoscută aici.</translation>
    </message>
    <message>
        <source>The number of messages a minute cannot be negative (0: no limit).</source>
        <translation>Numărul de mesaje pe minut nu poate fi negativ (0: fără limită).</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrat</translation>
    </message>
    <message>
        <source>sent, not delivered</source>
        <translation>trimis, nelivrat</translation>
    </message>
    <message>
        <source>CivicDesk: a test message</source>
        <translation>CivicDesk: un mesaj de test</translation>
    </message>
    <message>
        <source>This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will come from the same address.</source>
        <translation>Acest mesaj a fost trimis din CivicDesk pentru a încerca setările de e-mail ale %1. Mesajele către cetățeni vor veni de la aceeași adresă.</translation>
    </message>
    <message>
        <source>The form has more than %1 fields.</source>
        <translation>Formularul are mai mult de %1 câmpuri.</translation>
    </message>
    <message>
        <source>The form&apos;s field %1 has no valid name.</source>
        <translation>Câmpul %1 al formularului nu are un nume valid.</translation>
    </message>
    <message>
        <source>The field %1 has a &apos;%&apos; that is not followed by two hexadecimal digits.</source>
        <translation>Câmpul %1 are un „%” care nu este urmat de două cifre hexazecimale.</translation>
    </message>
    <message>
        <source>The field %1 holds more than %2 bytes.</source>
        <translation>Câmpul %1 conține mai mult de %2 octeți.</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8 text.</source>
        <translation>Câmpul %1 nu este text UTF-8 valid.</translation>
    </message>
    <message>
        <source>A multipart form names its boundary (1 to 70 characters) in its Content-Type.</source>
        <translation>Un formular multipart își numește delimitatorul (1–70 de caractere) în Content-Type.</translation>
    </message>
    <message>
        <source>The multipart form has no part.</source>
        <translation>Formularul multipart nu are nicio parte.</translation>
    </message>
    <message>
        <source>A boundary of the multipart form is not followed by a line break.</source>
        <translation>Un delimitator al formularului multipart nu este urmat de un rând nou.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no end to its headers.</source>
        <translation>O parte a formularului multipart nu are sfârșit al antetelor.</translation>
    </message>
    <message>
        <source>The multipart form ends before its closing boundary.</source>
        <translation>Formularul multipart se termină înaintea delimitatorului de închidere.</translation>
    </message>
    <message>
        <source>A part of the multipart form is not form-data.</source>
        <translation>O parte a formularului multipart nu este form-data.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no valid name.</source>
        <translation>O parte a formularului multipart nu are un nume valid.</translation>
    </message>
    <message>
        <source>The form has more than %1 files.</source>
        <translation>Formularul are mai mult de %1 fișiere.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Fișierul %1 are mai mult de %2 MB.</translation>
    </message>
    <message>
        <source>Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Trimiteți formularul ca application/x-www-form-urlencoded sau multipart/form-data, nu ca %1.</translation>
    </message>
    <message>
        <source>%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.</source>
        <translation>%1 nu este o dată și oră W3C (2026-12-03T09:30:00+02:00): „%2”.</translation>
    </message>
    <message>
        <source>%1 is not answered to %2.</source>
        <translation>%1 nu răspunde la %2.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Nu există nimic la %1.</translation>
    </message>
    <message>
        <source>API keys are issued by the municipality&apos;s administrator.</source>
        <translation>Cheile API sunt emise de administratorul primăriei.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Nu există serviciul %1.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.</source>
        <translation>lat și long sunt o latitudine (−90 la 90) și o longitudine (−180 la 180) în grade, date amândouă.</translation>
    </message>
    <message>
        <source>Only the field media may carry a file.</source>
        <translation>Doar câmpul media poate conține un fișier.</translation>
    </message>
    <message>
        <source>This problem was reported already; you now follow request %1.</source>
        <translation>Problema fusese deja semnalată; acum urmăriți cererea %1.</translation>
    </message>
    <message>
        <source>Expected to be dealt with by %1.</source>
        <translation>Se estimează rezolvarea până la %1.</translation>
    </message>
    <message>
        <source>At most %1 ids at once.</source>
        <translation>Cel mult %1 identificatori deodată.</translation>
    </message>
    <message>
        <source>status is open or closed, not “%1”.</source>
        <translation>status este open sau closed, nu „%1”.</translation>
    </message>
    <message>
        <source>page_size is a whole number from 1 to %1.</source>
        <translation>page_size este un număr întreg de la 1 la %1.</translation>
    </message>
    <message>
        <source>page is a whole number from 1.</source>
        <translation>page este un număr întreg de la 1.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Nu există cererea %1.</translation>
    </message>
    <message>
        <source>There is no request for the token %1.</source>
        <translation>Nu există nicio cerere pentru tokenul %1.</translation>
    </message>
    <message>
        <source>service_request_id is required.</source>
        <translation>service_request_id este obligatoriu.</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>description este obligatoriu.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are read.</source>
        <translation>Descrierea are %1 caractere; se citesc cel mult %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the municipality; give lat and long, or a street and number of it.</source>
        <translation>„%1” nu este o adresă din localitate; dați lat și long, sau o stradă și un număr din localitate.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code este obligatoriu.</translation>
    </message>
    <message>
        <source>The service %1 asks no attribute %2.</source>
        <translation>Serviciul %1 nu cere atributul %2.</translation>
    </message>
    <message>
        <source>%1 is information for the reporter, not a question: it takes no answer.</source>
        <translation>%1 este o informație pentru cel care semnalează, nu o întrebare: nu primește răspuns.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.</source>
        <translation>lat și long sunt o latitudine (−90 la 90) și o longitudine (−180 la 180) în grade.</translation>
    </message>
    <message>
        <source>Say where the problem is: lat and long, or address_string.</source>
        <translation>Spuneți unde este problema: lat și long, sau address_string.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number.</source>
        <translation>„%1” nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>media_url is the http or https address of a photo.</source>
        <translation>media_url este adresa http sau https a unei fotografii.</translation>
    </message>
    <message>
        <source>%1 is not JSON (at byte %2: %3).</source>
        <translation>%1 nu este JSON (la octetul %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a list of services.</source>
        <translation>%1 nu este o listă de servicii.</translation>
    </message>
    <message>
        <source>The services file</source>
        <translation>Fișierul de servicii</translation>
    </message>
    <message>
        <source>The definitions file</source>
        <translation>Fișierul de definiții</translation>
    </message>
    <message>
        <source>The database holds no municipality.</source>
        <translation>Baza de date nu conține nicio primărie.</translation>
    </message>
    <message>
        <source>service %1 has no service_code (or one longer than 64 characters)</source>
        <translation>serviciul %1 nu are service_code (sau are unul mai lung de 64 de caractere)</translation>
    </message>
    <message>
        <source>service_name of %1 is empty: the type is named by its code</source>
        <translation>service_name pentru %1 este gol: tipul primește numele codului său</translation>
    </message>
    <message>
        <source>%1: no department %2 here; requests go to the dispatch desk until a department is set</source>
        <translation>%1: nu există departamentul %2 aici; cererile merg la dispecerat până se stabilește un departament</translation>
    </message>
    <message>
        <source>%1: an attribute without a code or with an unknown datatype is left out</source>
        <translation>%1: un atribut fără cod sau cu un tip de date necunoscut este omis</translation>
    </message>
    <message>
        <source>%1: a value of %2 without a key, or with a comma in it, is left out</source>
        <translation>%1: o valoare a lui %2 fără cheie, sau cu virgulă în ea, este omisă</translation>
    </message>
    <message>
        <source>new service type %1 (%2)</source>
        <translation>tip nou de cerere %1 (%2)</translation>
    </message>
    <message>
        <source>recording an API key</source>
        <translation>înregistrarea unei chei API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>revocarea unei chei API</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Număr de urmărire</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— alegeți —</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>The mailbox settings kept in the file cannot be read (%1).</source>
        <translation>Setările căsuței de e-mail păstrate în fișier nu pot fi citite (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox&apos;s address: write imap://name/INBOX (or imaps://name/INBOX).</source>
        <translation>&quot;%1&quot; nu este adresa unei căsuțe de e-mail: scrieți imap://nume/INBOX (sau imaps://nume/INBOX).</translation>
    </message>
    <message>
        <source>Reading a mailbox needs its login and password.</source>
        <translation>Citirea unei căsuțe de e-mail necesită utilizatorul și parola ei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>The mailbox is read every 1 to 3600 seconds.</source>
        <translation>Căsuța de e-mail se citește la fiecare 1 până la 3600 de secunde.</translation>
    </message>
    <message>
        <source>The mail server refused the mailbox&apos;s login: %1</source>
        <translation>Serverul de e-mail a refuzat autentificarea în căsuță: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>Căsuța de e-mail nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>The mail server did not say how large message %1 is.</source>
        <translation>Serverul de e-mail nu a spus cât de mare este mesajul %1.</translation>
    </message>
    <message>
        <source>An e-mail could not be kept: %1</source>
        <translation>Un e-mail nu a putut fi păstrat: %1</translation>
    </message>
    <message>
        <source>The message was %1 MB: only its beginning was read, without its attachments.</source>
        <translation>Mesajul avea %1 MB: s-a citit doar începutul, fără atașamente.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(fără text)</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>E-mail de la %1: %2</translation>
    </message>
    <message>
        <source>Attached, not kept with the note: %1</source>
        <translation>Atașate, nepăstrate cu nota: %1</translation>
    </message>
    <message>
        <source>%1 was not kept: not a photo (%2).</source>
        <translation>%1 nu a fost păstrat: nu este o fotografie (%2).</translation>
    </message>
    <message>
        <source>%1 was not kept: %2</source>
        <translation>%1 nu a fost păstrat: %2</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>Mesajul are mai mult de %1 părți; restul nu au fost citite.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not read.</source>
        <translation>Părțile imbricate pe mai mult de %1 niveluri nu au fost citite.</translation>
    </message>
    <message>
        <source>A part of the message declares several parts but no boundary between them; it was not read.</source>
        <translation>O parte a mesajului declară mai multe părți, dar nicio delimitare între ele; nu a fost citită.</translation>
    </message>
    <message>
        <source>The message ends inside a part: it may have been cut short.</source>
        <translation>Mesajul se termină în interiorul unei părți: poate a fost trunchiat.</translation>
    </message>
    <message>
        <source>%1 (%2 MB) was not kept: larger than %3 MB.</source>
        <translation>%1 (%2 MB) nu a fost păstrat: mai mare de %3 MB.</translation>
    </message>
    <message>
        <source>The text was cut after %1 characters.</source>
        <translation>Textul a fost tăiat după %1 caractere.</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s mailbox brings in e-mails.</source>
        <translation>Doar căsuța de e-mail a primăriei aduce e-mailuri.</translation>
    </message>
    <message>
        <source>keeping an e-mail from a citizen</source>
        <translation>păstrarea unui e-mail de la un cetățean</translation>
    </message>
    <message>
        <source>That e-mail is no longer in the list.</source>
        <translation>Acel e-mail nu mai este în listă.</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Acel e-mail a fost deja tratat.</translation>
    </message>
    <message>
        <source>handling an e-mail from a citizen</source>
        <translation>tratarea unui e-mail de la un cetățean</translation>
    </message>
    <message>
        <source>Chosen on the map: %1. The address may stay empty.</source>
        <translation>Ales pe hartă: %1. Adresa poate rămâne goală.</translation>
    </message>
    <message>
        <source>Or click the place on the map of the municipality.</source>
        <translation>Sau faceți clic pe locul respectiv, pe harta localității.</translation>
    </message>
    <message>
        <source>The desk&apos;s file could not be opened.</source>
        <translation>Fișierul biroului nu a putut fi deschis.</translation>
    </message>
    <message>
        <source>A PostgreSQL store has no page limit.</source>
        <translation>Un depozit PostgreSQL nu are limită de pagini.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be made in %1: %2</source>
        <translation>Cifrele tabloului de bord nu au putut fi calculate în %1: %2</translation>
    </message>
    <message>
        <source>copying the dashboard&apos;s figures</source>
        <translation>copierea cifrelor tabloului de bord</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read back from %1: %2</source>
        <translation>Cifrele tabloului de bord nu au putut fi citite înapoi din %1: %2</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Memorie insuficientă la conectarea la PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>PostgreSQL nu poate fi contactat (%1).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the session settings: %1</source>
        <translation>PostgreSQL a refuzat setările sesiunii: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster refused a scratch database: %1</source>
        <translation>Clusterul PostgreSQL a refuzat o bază de date temporară: %1</translation>
    </message>
    <message>
        <source>waiting for other servers&apos; schema upgrades</source>
        <translation>așteptarea actualizărilor de schemă ale altor servere</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1: %2</source>
        <translation>PostgreSQL a refuzat %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>citirea versiunii schemei</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>citirea tabelelor bazei de date</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.</source>
        <translation>Baza de date PostgreSQL %1 conține tabele ale altui program; CivicDesk nu a atins-o.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk; the database was left untouched.</source>
        <translation>Baza de date PostgreSQL %1 a fost scrisă de un CivicDesk mai nou (versiunea schemei %2; acest program cunoaște până la %3). Actualizați CivicDesk; baza de date a rămas neatinsă.</translation>
    </message>
    <message>
        <source>No municipality was named for the PostgreSQL store.</source>
        <translation>Nu a fost numită nicio primărie pentru depozitul PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the signed-in role: %1</source>
        <translation>PostgreSQL a refuzat o întrebare despre rolul conectat: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every municipality&apos;s rows. Connect as a role of its own that owns the database (README, &quot;Deployment&quot;).</source>
        <translation>Rolul PostgreSQL %1 este superutilizator sau ocolește securitatea la nivel de rând, deci ar vedea rândurile tuturor primăriilor. Conectați-vă cu un rol propriu, care deține baza de date (README, „Deployment”).</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the database: %1</source>
        <translation>PostgreSQL a refuzat o întrebare despre baza de date: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with LC_COLLATE &apos;C&apos;, README &quot;Deployment&quot;).</source>
        <translation>Baza de date PostgreSQL %1 sortează textul după colaționarea %2; CivicDesk are nevoie de ordinea octeților (creați-o cu LC_COLLATE &apos;C&apos;, README „Deployment”).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s setting: %1</source>
        <translation>PostgreSQL a refuzat setarea primăriei: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s first rows: %1</source>
        <translation>PostgreSQL a refuzat primele rânduri ale primăriei: %1</translation>
    </message>
    <message>
        <source>COPY is PostgreSQL&apos;s.</source>
        <translation>COPY este al PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).</source>
        <translation>Serverul PostgreSQL care găzduiește %1 nu mai are spațiu pe disc sau memorie; nimic din această modificare nu a fost salvat (%2).</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>%1 este ocupat cu altă modificare; încercați din nou peste o clipă.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.</source>
        <translation>Serverul PostgreSQL al %1 nu poate fi contactat (%2); nimic din această modificare nu a fost salvat.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change while %1: %2</source>
        <translation>PostgreSQL a refuzat modificarea în timpul %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the catalog&apos;s schema: %1</source>
        <translation>PostgreSQL a refuzat schema catalogului: %1</translation>
    </message>
    <message>
        <source>Server catalog error while %1: %2</source>
        <translation>Eroare a catalogului serverului în timpul %1: %2</translation>
    </message>
    <message>
        <source>the check for a restored database</source>
        <translation>verificarea unei baze de date restaurate</translation>
    </message>
    <message>
        <source>the question where the database is served from</source>
        <translation>întrebarea de unde este servită baza de date</translation>
    </message>
    <message>
        <source>recording where the database is served from</source>
        <translation>înregistrarea locului de unde este servită baza de date</translation>
    </message>
    <message>
        <source>copying the catalog&apos;s %1 rows</source>
        <translation>copierea rândurilor %1 ale catalogului</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s %1 rows</source>
        <translation>citirea rândurilor %1 ale catalogului</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>Tabelul %1 are alte coloane în %2 decât în %3.</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>citirea rândurilor din %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>copierea rândurilor din %1</translation>
    </message>
    <message>
        <source>reading the scope of the changes</source>
        <translation>citirea domeniului modificărilor</translation>
    </message>
    <message>
        <source>finding the requests outside this desk&apos;s scope</source>
        <translation>găsirea sesizărilor din afara domeniului acestui birou</translation>
    </message>
    <message>
        <source>removing the rows outside this desk&apos;s scope</source>
        <translation>eliminarea rândurilor din afara domeniului acestui birou</translation>
    </message>
    <message>
        <source>A desk keeps 1 to 240 months of requests, or all of them.</source>
        <translation>Un birou păstrează între 1 și 240 de luni de sesizări, sau pe toate.</translation>
    </message>
    <message>
        <source>fetching requests from the server</source>
        <translation>aducerea sesizărilor de pe server</translation>
    </message>
    <message>
        <source>The report from the server is garbled (%1); nothing was printed.</source>
        <translation>Raportul de la server este corupt (%1); nu s-a tipărit nimic.</translation>
    </message>
    <message>
        <source>The requests of the report could not be read: %1</source>
        <translation>Solicitările raportului nu au putut fi citite: %1</translation>
    </message>
    <message>
        <source>reading the requests of the scope</source>
        <translation>citirea solicitărilor din domeniu</translation>
    </message>
    <message>
        <source>The copy is not whole: a row of %1 names a row of %2 that is not in it.</source>
        <translation>Copia nu este completă: un rând din %1 numește un rând din %2 care nu se află în ea.</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>verificarea referințelor copiei</translation>
    </message>
    <message>
        <source>asking the server for the report</source>
        <translation>cererea raportului de la server</translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n alertă)</numerusform>
            <numerusform>(%n alerte)</numerusform>
            <numerusform>(%n de alerte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows the request; Delete acknowledges its alerts.</source>
        <translation>Enter arată cererea; Delete confirmă alertele ei.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>Î&amp;ncheie apelul (Ctrl+E)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Apelant</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No call&lt;/h2&gt;&lt;p&gt;Calls from the telephone system appear here by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; takes a call by hand (walk-in or a number typed) · &lt;b&gt;Ctrl+F&lt;/b&gt; finds a citizen or a request.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Niciun apel&lt;/h2&gt;&lt;p&gt;Apelurile din centrala telefonică apar aici singure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; preia un apel manual (vizită sau număr scris) · &lt;b&gt;Ctrl+F&lt;/b&gt; caută un cetățean sau o solicitare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several citizens have this number — who is calling?</source>
        <translation>Mai mulți cetățeni au acest număr — cine sună?</translation>
    </message>
    <message>
        <source>Citizens with this number</source>
        <translation>Cetățeni cu acest număr</translation>
    </message>
    <message>
        <source>None of them: &amp;register a new citizen</source>
        <translation>Niciunul: î&amp;nregistrează un cetățean nou</translation>
    </message>
    <message>
        <source>Tracking number — read it back to the caller:</source>
        <translation>Număr de înregistrare — citiți-l apelantului:</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Copiază numărul</translation>
    </message>
    <message>
        <source>&amp;Another request (Ctrl+N)</source>
        <translation>&amp;Altă solicitare (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the &amp;citizen</source>
        <translation>Înapoi la &amp;cetățean</translation>
    </message>
    <message>
        <source>Citizen registered.</source>
        <translation>Cetățean înregistrat.</translation>
    </message>
    <message>
        <source>Citizen saved.</source>
        <translation>Cetățean salvat.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>Solicitare &amp;nouă</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>Î&amp;ncheie apelul</translation>
    </message>
    <message>
        <source>&amp;Edit citizen</source>
        <translation>&amp;Editează cetățeanul</translation>
    </message>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Salvează cetățeanul</translation>
    </message>
    <message>
        <source>&amp;Copy tracking number</source>
        <translation>&amp;Copiază numărul de înregistrare</translation>
    </message>
    <message>
        <source>Register a new &amp;citizen</source>
        <translation>Înregistrează un &amp;cetățean nou</translation>
    </message>
    <message>
        <source>Call waiting from %1</source>
        <translation>Apel în așteptare de la %1</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un număr necunoscut</translation>
    </message>
    <message>
        <source>The call could not be logged.

%1</source>
        <translation>Apelul nu a putut fi înregistrat.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitare</numerusform>
            <numerusform>%n solicitări</numerusform>
            <numerusform>%n de solicitări</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or cancel the form first; it is kept as a draft.</source>
        <translation>Terminați sau anulați mai întâi formularul; se păstrează ca ciornă.</translation>
    </message>
    <message>
        <source>New request filed.</source>
        <translation>Solicitare nouă înregistrată.</translation>
    </message>
    <message>
        <source>Filed as an EMERGENCY at the top priority.</source>
        <translation>Înregistrată ca URGENȚĂ, cu prioritatea maximă.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Trimisă la: %1.</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>Solicitarea %1 a fost înregistrată.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiat.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Încheie apelul</translation>
    </message>
    <message>
        <source>The request being typed has not been filed. End the call and keep it as a draft?</source>
        <translation>Solicitarea în curs de completare nu a fost înregistrată. Încheiați apelul și o păstrați ca ciornă?</translation>
    </message>
    <message>
        <source>Call ended after %1:%2.</source>
        <translation>Apel încheiat după %1:%2.</translation>
    </message>
    <message>
        <source>Walk-in or unknown number</source>
        <translation>Vizită sau număr necunoscut</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cetățean</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Niciun apel</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Ciorna nu a putut fi salvată: %1</translation>
    </message>
    <message>
        <source>The form left unfinished has been restored.</source>
        <translation>Formularul rămas neterminat a fost restaurat.</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Unire cu altă fișă</translation>
    </message>
    <message>
        <source>Find the other record of %1. Its requests, calls and messages move here, its phones and e-mails are added, and it is removed; what it held is kept in the history.</source>
        <translation>Găsiți cealaltă fișă a lui %1. Solicitările, apelurile și mesajele ei se mută aici, telefoanele și e-mailurile ei se adaugă, iar fișa se șterge; ce conținea se păstrează în istoric.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unire</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone from the desk.</source>
        <translation>Uniți „%1” cu „%2”? Operația nu poate fi anulată de la ghișeu.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>„%1” a fost unită cu „%2”.</translation>
    </message>
    <message>
        <source>Take the next waiting call (F6)</source>
        <translation>Preia următorul apel în așteptare (F6)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Preia următorul apel în &amp;așteptare</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>Drop the registration being typed and take this citizen as the caller?</source>
        <translation>Renunțați la înregistrarea în curs și considerați acest cetățean drept apelant?</translation>
    </message>
    <message>
        <source>A request without a citizen: nobody will be informed of its progress.</source>
        <translation>O cerere fără cetățean: nimeni nu va fi informat despre evoluția ei.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Niciun apel în așteptare.</translation>
    </message>
    <message>
        <source>End this call first (Ctrl+E); the next one waits.</source>
        <translation>Încheiați mai întâi acest apel (Ctrl+E); următorul așteaptă.</translation>
    </message>
    <message>
        <source>Take the next call</source>
        <translation>Preia următorul apel</translation>
    </message>
    <message>
        <source>The form being typed has not been saved. Drop it and take the next call?</source>
        <translation>Formularul în curs nu a fost salvat. Renunțați la el și preluați următorul apel?</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n apel în așteptare — F6 îl preia pe următorul</numerusform>
            <numerusform>%n apeluri în așteptare — F6 îl preia pe următorul</numerusform>
            <numerusform>%n de apeluri în așteptare — F6 îl preia pe următorul</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The caller is not identified&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; takes a request without registering them (anonymous) · &lt;b&gt;Ctrl+R&lt;/b&gt; registers them · &lt;b&gt;Ctrl+F&lt;/b&gt; finds them and takes them as the caller · &lt;b&gt;Ctrl+E&lt;/b&gt; ends the call.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Apelantul nu este identificat&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; preia o cerere fără a-l înregistra (anonim) · &lt;b&gt;Ctrl+R&lt;/b&gt; îl înregistrează · &lt;b&gt;Ctrl+F&lt;/b&gt; îl caută și îl ia drept apelant · &lt;b&gt;Ctrl+E&lt;/b&gt; încheie apelul.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to read back to the caller</source>
        <translation>Ce îi citiți apelantului</translation>
    </message>
    <message>
        <source>Filed without a citizen: nobody will be informed of its progress.</source>
        <translation>Înregistrată fără cetățean: nimeni nu va fi informat despre evoluția ei.</translation>
    </message>
    <message>
        <source>The caller was added to this existing request.</source>
        <translation>Apelantul a fost adăugat la această cerere existentă.</translation>
    </message>
    <message>
        <source>A confirmation SMS is on its way, and SMS will tell of its progress.</source>
        <translation>Un SMS de confirmare este pe drum, iar prin SMS va afla evoluția ei.</translation>
    </message>
    <message>
        <source>A confirmation e-mail is on its way, and e-mail will tell of its progress.</source>
        <translation>Un e-mail de confirmare este pe drum, iar prin e-mail va afla evoluția ei.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to messages: nothing is sent to them; they can call to ask.</source>
        <translation>Cetățeanul nu a acceptat mesaje: nu i se trimite nimic; poate suna să întrebe.</translation>
    </message>
    <message>
        <source>This call filed no request. How did it end?</source>
        <translation>Acest apel nu a înregistrat nicio sesizare. Cum s-a încheiat?</translation>
    </message>
    <message>
        <source>How the call ended</source>
        <translation>Cum s-a încheiat apelul</translation>
    </message>
    <message>
        <source>What was said or done (optional): &quot;gave the collection days&quot;, &quot;passed to the water utility&quot;</source>
        <translation>Ce s-a spus sau făcut (opțional): „am dat zilele de colectare”, „transferat la apă”</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Notă despre apel</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>&amp;End the call (Enter)</source>
        <translation>Înc&amp;heie apelul (Enter)</translation>
    </message>
    <message>
        <source>&amp;Back to the call (Esc)</source>
        <translation>Înapoi la a&amp;pel (Esc)</translation>
    </message>
    <message>
        <source>Finish the call or the form in hand first; the e-mail keeps waiting.</source>
        <translation>Terminați întâi apelul sau formularul în lucru; e-mailul așteaptă în continuare.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message>
        <source> a minute</source>
        <translation> pe minut</translation>
    </message>
    <message>
        <source>%1 by SMS, %2 by e-mail.</source>
        <translation>%1 prin SMS, %2 prin e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n cetățean ales nu a acceptat mesaje și nu primește nimic.</numerusform>
            <numerusform>%n cetățeni aleși nu au acceptat mesaje și nu primesc nimic.</numerusform>
            <numerusform>%n de cetățeni aleși nu au acceptat mesaje și nu primesc nimic.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>Mesaj &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritm:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Trimite…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>Citizens who live in (none ticked: anywhere):</source>
        <translation>Cetățenii care locuiesc în (nimic bifat: oriunde):</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrate</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuate</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Eșuate:</translation>
    </message>
    <message>
        <source>It reads: %1</source>
        <translation>Textul: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Fără acord</translation>
    </message>
    <message>
        <source>No message of this one failed.</source>
        <translation>Niciun mesaj al acestei trimiteri nu a eșuat.</translation>
    </message>
    <message>
        <source>Only a supervisor or the administrator sends targeted messages.</source>
        <translation>Doar un supervizor sau administratorul trimite mesaje țintite.</translation>
    </message>
    <message>
        <source>Optional: for the citizens who asked for English</source>
        <translation>Opțional: pentru cetățenii care au cerut engleza</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Ajunge la %n cetățean: </numerusform>
            <numerusform>Ajunge la %n cetățeni: </numerusform>
            <numerusform>Ajunge la %n de cetățeni: </numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;log</source>
        <translation>&amp;Jurnalul trimiterilor</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>Trimiteți „%1” către %n cetățean? Nu poate fi retras.</numerusform>
            <numerusform>Trimiteți „%1” către %n cetățeni? Nu poate fi retras.</numerusform>
            <numerusform>Trimiteți „%1” către %n de cetățeni? Nu poate fi retras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>Se trimite în aproximativ %n minut.</numerusform>
            <numerusform>Se trimite în aproximativ %n minute.</numerusform>
            <numerusform>Se trimite în aproximativ %n de minute.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Trimis la</translation>
    </message>
    <message>
        <source>Subject of the e-mail (%1):</source>
        <translation>Subiectul e-mailului (%1):</translation>
    </message>
    <message>
        <source>Targeted message</source>
        <translation>Mesaj țintit</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Text (%1):</translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>SMS-ul ocupă %n mesaj.</numerusform>
            <numerusform>SMS-ul ocupă %n mesaje.</numerusform>
            <numerusform>SMS-ul ocupă %n de mesaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be sent from it.</source>
        <translation>Fișierul este deschis doar pentru citire: nu se poate trimite nimic din el.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)</source>
        <translation>Despre ce este, pentru jurnal (de ex. Apă oprită, Orașul de Sus, 5 martie)</translation>
    </message>
    <message>
        <source>who are (none ticked: any kind):</source>
        <translation>care sunt (nimic bifat: orice fel):</translation>
    </message>
    <message>
        <source>who reported (none ticked: anything):</source>
        <translation>care au semnalat (nimic bifat: orice):</translation>
    </message>
    <message>
        <source>{municipality}: … (the same text for everyone; {municipality} is the municipality&apos;s name)</source>
        <translation>{municipality}: … (același text pentru toți; {municipality} este numele primăriei)</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenEditor</name>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Salvează cetățeanul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Kind of citizen</source>
        <translation>Tip de cetățean</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nume de familie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Cod fiscal</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Limba preferată</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Municipality&apos;s language</source>
        <translation>Limba localității</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Prenume:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nume de familie:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizație:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telefon de &amp;acasă:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Telefon de la &amp;serviciu:</translation>
    </message>
    <message>
        <source>%1 (not in use?)</source>
        <translation>%1 (nealocat?)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>&amp;Cod fiscal:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresă:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Consents to contact by %1</source>
        <translation>Acord pentru contact prin %1</translation>
    </message>
    <message>
        <source>May be contacted by:</source>
        <translation>Poate fi contactat prin:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salvează (Ctrl+S)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opțional</translation>
    </message>
    <message>
        <source>contact person, optional</source>
        <translation>persoană de contact, opțional</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Cetățean nou</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editare %1</translation>
    </message>
    <message>
        <source>File a request &amp;without registering (Ctrl+N)</source>
        <translation>Înregistrează o cerere &amp;fără înregistrarea cetățeanului (Ctrl+N)</translation>
    </message>
    <message>
        <source>The caller does not give a name or does not want to be registered: the request is filed anonymously.</source>
        <translation>Apelantul nu își dă numele sau nu vrea să fie înregistrat: cererea se înregistrează anonim.</translation>
    </message>
    <message>
        <source>Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and save again (Ctrl+S); what stays unticked is recorded as their &quot;no&quot;.</source>
        <translation>Întrebați apelantul: poate primăria să-l anunțe despre sesizările sale prin %1? Bifați ce acceptă și salvați din nou (Ctrl+S); ce rămâne nebifat se înregistrează ca „nu”.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> și </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message>
        <source>Satisfaction ratings over time</source>
        <translation>Evaluări de satisfacție în timp</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contacte pe canal</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>Solicitare &amp;nouă</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editează datele</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>&amp;Unește cu…</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Nr. înregistrare</translation>
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
        <source>Filed</source>
        <translation>Înregistrată</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Requests of this citizen</source>
        <translation>Solicitările acestui cetățean</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <source>Satisfaction and contacts</source>
        <translation>Satisfacție și contacte</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>Cetățeanul nu a fost găsit</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>vorbește %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresă: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>Cod fiscal: %1</translation>
    </message>
    <message>
        <source>May be contacted by: %1</source>
        <translation>Poate fi contactat prin: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Acuratețea sesizărilor: %1 % din %n sesizare evaluată</numerusform>
            <numerusform>Acuratețea sesizărilor: %1 % din %n sesizări evaluate</numerusform>
            <numerusform>Acuratețea sesizărilor: %1 % din %n de sesizări evaluate</numerusform>
        </translation>
    </message>
    <message>
        <source>Report accuracy: no report rated yet</source>
        <translation>Acuratețea sesizărilor: nicio sesizare evaluată încă</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (întârziat)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacție (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5): not rated yet</source>
        <translation>Satisfacție (1–5): încă neevaluat</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>acasă</translation>
    </message>
    <message>
        <source>work</source>
        <translation>serviciu</translation>
    </message>
    <message>
        <source>History of the selected request</source>
        <translation>Istoricul sesizării selectate</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Istoricul sesizării %1</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be changed in it.</source>
        <translation>Acest fișier este deschis doar în citire: nu se poate schimba nimic în el.</translation>
    </message>
    <message>
        <source>Stopped the e-mails with the link in one of them, %1</source>
        <translation>A oprit e-mailurile prin linkul dintr-unul dintre ele, %1</translation>
    </message>
    <message>
        <source>Stopped the SMS by answering STOP, %1</source>
        <translation>A oprit SMS-urile răspunzând STOP, %1</translation>
    </message>
    <message>
        <source>O&amp;lder requests from the server</source>
        <translation>Sesizări mai &amp;vechi de pe server</translation>
    </message>
    <message>
        <source>This desk holds the open requests and those of the last %1 months; the citizen&apos;s older ones are on the server.</source>
        <translation>Acest birou păstrează sesizările deschise și pe cele din ultimele %1 luni; cele mai vechi ale cetățeanului sunt pe server.</translation>
    </message>
    <message>
        <source>Looking for older requests on the server…</source>
        <translation>Se caută sesizări mai vechi pe server…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the requests older than %1 months are not on this desk. Try again when the desk is online.</source>
        <translation>Serverul nu poate fi contactat: sesizările mai vechi de %1 luni nu sunt pe acest birou. Încercați din nou când biroul este conectat.</translation>
    </message>
    <message>
        <source>The server could not send the older requests: %1</source>
        <translation>Serverul nu a putut trimite sesizările mai vechi: %1</translation>
    </message>
    <message>
        <source>The server has no older requests of this citizen.</source>
        <translation>Serverul nu are sesizări mai vechi ale acestui cetățean.</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n sesizare mai veche adusă de pe server; biroul o păstrează.</numerusform>
            <numerusform>%n sesizări mai vechi aduse de pe server; biroul le păstrează.</numerusform>
            <numerusform>%n de sesizări mai vechi aduse de pe server; biroul le păstrează.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message>
        <source>All departments</source>
        <translation>Toate serviciile</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Toate cartierele</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Fără cartier</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Nedirecționate</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Acest trimestru</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date alese</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Pe zi</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Pe săptămână</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Pe lună</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Până la</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Cartier</translation>
    </message>
    <message>
        <source>Type group</source>
        <translation>Grup de tipuri</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pași</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioadă:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Până &amp;la:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Pa&amp;și:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>C&amp;artier:</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>T&amp;ipuri:</translation>
    </message>
    <message>
        <source>Requests received, by channel</source>
        <translation>Solicitări primite, pe canal</translation>
    </message>
    <message>
        <source>Open now, by status</source>
        <translation>Deschise acum, pe stare</translation>
    </message>
    <message>
        <source>Requests per group of types</source>
        <translation>Solicitări pe grup de tipuri</translation>
    </message>
    <message>
        <source>Requests and deadlines met per department</source>
        <translation>Solicitări și termene respectate pe serviciu</translation>
    </message>
    <message>
        <source>Resolution time per department (hours)</source>
        <translation>Timp de rezolvare pe serviciu (ore)</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Escaladări pe nivel</translation>
    </message>
    <message>
        <source>Citizen satisfaction per department</source>
        <translation>Satisfacția cetățenilor pe serviciu</translation>
    </message>
    <message>
        <source>Report accuracy</source>
        <translation>Acuratețea sesizărilor</translation>
    </message>
    <message>
        <source>Top 10 types</source>
        <translation>Primele 10 tipuri</translation>
    </message>
    <message>
        <source>Top 10 districts</source>
        <translation>Primele 10 cartiere</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period ends before it starts.&lt;/b&gt; Choose a “from” date before the “to” date.</source>
        <translation>&lt;b&gt;Perioada se termină înainte să înceapă.&lt;/b&gt; Alegeți o dată „de la” înainte de „până la”.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primite</translation>
    </message>
    <message>
        <source>Closed within the deadline</source>
        <translation>Închise în termen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>90 %</source>
        <translation>90 %</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>La risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Depășit</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Conducere</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>Nota medie (1–5)</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exactă</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parțial exactă</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexactă</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Sesizare falsă</translation>
    </message>
    <message>
        <source>Requests received, by channel (* so far: the step is still under way)</source>
        <translation>Cereri primite, pe canale (* până acum: intervalul nu s-a încheiat)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închise</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Termene respectate</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Deschise acum</translation>
    </message>
    <message>
        <source>Past the deadline now</source>
        <translation>Cu termenul depășit acum</translation>
    </message>
    <message>
        <source>Open requests&apos; median wait</source>
        <translation>Așteptarea mediană a celor deschise</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Apeluri preluate</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Apel mediu</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>perioada anterioară</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3%4 %)</source>
        <translation>%1: %2 (%3%4 %)</translation>
    </message>
    <message>
        <source>Requests filed in the period, every channel.</source>
        <translation>Sesizări depuse în perioadă, pe orice canal.</translation>
    </message>
    <message>
        <source>Requests closed in the period, whenever filed.</source>
        <translation>Sesizări închise în perioadă, oricând au fost depuse.</translation>
    </message>
    <message>
        <source>%1: %2 of those closed</source>
        <translation>%1: %2 din cele închise</translation>
    </message>
    <message>
        <source>in the period: %1%2 (received less closed)</source>
        <translation>în perioadă: %1%2 (primite minus închise)</translation>
    </message>
    <message>
        <source>Requests open now, on hold included, whenever filed.</source>
        <translation>Sesizări deschise acum, inclusiv cele suspendate, oricând au fost depuse.</translation>
    </message>
    <message>
        <source>%1 of the open ones</source>
        <translation>%1 din cele deschise</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed (on hold left out: their clock is stopped).</source>
        <translation>Sesizări deschise cu termenul depășit (cele suspendate nu intră: ceasul lor e oprit).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>half of the open requests have waited longer</source>
        <translation>jumătate din sesizările deschise așteaptă de mai mult</translation>
    </message>
    <message>
        <source>How long the open requests have waited since they were filed: the middle one.</source>
        <translation>Cât așteaptă sesizările deschise de la depunere: cea din mijloc.</translation>
    </message>
    <message>
        <source>Calls taken at the desks in the period, the whole municipality, whatever they filed.</source>
        <translation>Apeluri preluate la ghișee în perioadă, în toată primăria, orice ar fi înregistrat.</translation>
    </message>
    <message>
        <source>From answering to ending the call, the calls of the period that ended.</source>
        <translation>De la preluare până la încheierea apelului, pentru apelurile încheiate din perioadă.</translation>
    </message>
    <message>
        <source>Resolution median &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfaction &lt;b&gt;%3&lt;/b&gt; (%4 ratings) · &lt;b&gt;%5&lt;/b&gt; recurrences · deadlines met &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; open past their deadline now counted as missed)</source>
        <translation>Timp median de rezolvare &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfacție &lt;b&gt;%3&lt;/b&gt; (%4 evaluări) · &lt;b&gt;%5&lt;/b&gt; repetări · termene respectate &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; deschise cu termenul depășit socotite ratate)</translation>
    </message>
    <message>
        <source>Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now (counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.</source>
        <translation>Închise în termen, din cele închise în perioadă care aveau termen și cele deschise acum după termen (numărate ca ratate); solicitările fără termen nu se numără în niciuna. Doar din cele închise: %1.</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>nu pe acest birou</translation>
    </message>
    <message>
        <source> This desk holds the calls since %1; the server has the earlier ones.</source>
        <translation> Acest birou are apelurile începând cu %1; pe cele mai vechi le are serverul.</translation>
    </message>
    <message>
        <source>Escalations per level: not on this desk before %1 (the server has them)</source>
        <translation>Escaladări pe niveluri: nu pe acest birou înainte de %1 (le are serverul)</translation>
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
    <message>
        <source>The municipality&apos;s data could not be opened.

%1</source>
        <translation>Datele primăriei nu au putut fi deschise.

%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Deconectare</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n modificare a dumneavoastră nu a ajuns încă la server. Rămâneți conectat până ajunge (bara de stare spune „toate trimise”), ca să fie trimisă în numele dumneavoastră.</numerusform>
            <numerusform>%n modificări ale dumneavoastră nu au ajuns încă la server. Rămâneți conectat până ajung (bara de stare spune „toate trimise”), ca să fie trimise în numele dumneavoastră.</numerusform>
            <numerusform>%n de modificări ale dumneavoastră nu au ajuns încă la server. Rămâneți conectat până ajung (bara de stare spune „toate trimise”), ca să fie trimise în numele dumneavoastră.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again from the server&apos;s data</source>
        <translation>Reluare de la datele serverului</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>Datele serverului au fost înlocuite (restaurate dintr-o copie de siguranță sau încărcate din nou). Postul aduce noua copie a serverului și lucrează pe ea; %n modificare făcută aici și netrimisă încă este preluată și trimisă, ciornele se păstrează, iar fișierul actual este păstrat lângă cel nou.</numerusform>
            <numerusform>Datele serverului au fost înlocuite (restaurate dintr-o copie de siguranță sau încărcate din nou). Postul aduce noua copie a serverului și lucrează pe ea; %n modificări făcute aici și netrimise încă sunt preluate și trimise, ciornele se păstrează, iar fișierul actual este păstrat lângă cel nou.</numerusform>
            <numerusform>Datele serverului au fost înlocuite (restaurate dintr-o copie de siguranță sau încărcate din nou). Postul aduce noua copie a serverului și lucrează pe ea; %n de modificări făcute aici și netrimise încă sunt preluate și trimise, ciornele se păstrează, iar fișierul actual este păstrat lângă cel nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data…</source>
        <translation>Se aduc datele serverului…</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data: %1 of %2 MB</source>
        <translation>Se aduc datele serverului: %1 din %2 MB</translation>
    </message>
    <message>
        <source>The desk could not start again from the server&apos;s data; it goes on with its present file.

%1</source>
        <translation>Postul nu a putut relua de la datele serverului; continuă cu fișierul actual.

%1</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; no change of this desk is waiting, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>Datele serverului au fost înlocuite (restaurate dintr-o copie de siguranță sau încărcate din nou). Postul aduce noua copie a serverului și lucrează pe ea; nicio modificare a postului nu așteaptă, ciornele se păstrează, iar fișierul actual este păstrat lângă cel nou.</translation>
    </message>
    <message>
        <source>There is no CivicDesk database at %1.

Nothing was created there. Check the name and the folder, or open another file.</source>
        <translation>Nu există nicio bază de date CivicDesk la %1.

Nu s-a creat nimic acolo. Verificați numele și dosarul sau deschideți alt fișier.</translation>
    </message>
    <message>
        <source>CivicDesk could not open %1.

The database writes its journal in the same folder (%2): you may not be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, or ask your administrator.

(%3)</source>
        <translation>CivicDesk nu a putut deschide %1.

Baza de date își scrie jurnalul în același dosar (%2): poate nu aveți voie să scrieți acolo sau discul este plin ori indisponibil. Copiați fișierul într-un dosar al dumneavoastră sau întrebați administratorul.

(%3)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Deschide alt fișier…</translation>
    </message>
    <message>
        <source>Open the demo municipality</source>
        <translation>Deschide municipiul demonstrativ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Ieșire</translation>
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
        <source>Messages to citizens: %1 sent</source>
        <translation>Mesaje către cetățeni: %1 trimise</translation>
    </message>
    <message>
        <source>%1 to try again</source>
        <translation>%1 de încercat din nou</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 eșuate</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n e-mail de la cetățeni în așteptare</numerusform>
            <numerusform>%n e-mailuri de la cetățeni în așteptare</numerusform>
            <numerusform>%n de e-mailuri de la cetățeni în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n răspuns adăugat la solicitarea sa</numerusform>
            <numerusform>%n răspunsuri adăugate la solicitările lor</numerusform>
            <numerusform>%n de răspunsuri adăugate la solicitările lor</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizens&apos; mailbox: %1</source>
        <translation>Căsuța de e-mail a cetățenilor: %1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::HistorySource</name>
    <message>
        <source>The server no longer has this request&apos;s history.</source>
        <translation>Serverul nu mai are istoricul acestei solicitări.</translation>
    </message>
    <message>
        <source>The server could not send this request&apos;s history: %1</source>
        <translation>Serverul nu a putut trimite istoricul acestei solicitări: %1</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server, which cannot be reached now. It is fetched when the desk is online again.</source>
        <translation>Istoricul acestei solicitări închise este pe server, care nu poate fi contactat acum. Va fi adus când biroul este din nou conectat.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::IntakeForm</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minute</numerusform>
            <numerusform>%n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n oră</numerusform>
            <numerusform>%n ore</numerusform>
            <numerusform>%n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency: danger to people or property</source>
        <translation>&amp;Urgență: pericol pentru oameni sau bunuri</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>Atașează &amp;fotografii…</translation>
    </message>
    <message>
        <source>&amp;Join selected request (Ctrl+L)</source>
        <translation>A&amp;lătură la solicitarea selectată (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File new request (Ctrl+Enter)</source>
        <translation>Înregistrează &amp;solicitare nouă (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type what the problem is: pothole, light, rubbish…</source>
        <translation>Scrieți care este problema: groapă, iluminat, gunoi…</translation>
    </message>
    <message>
        <source>Type of problem</source>
        <translation>Tipul problemei</translation>
    </message>
    <message>
        <source>Street and number, e.g. %1</source>
        <translation>Strada și numărul, de ex. %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>or latitude, longitude: 37.9755, 23.7348</source>
        <translation>sau latitudine, longitudine: 37.9755, 23.7348</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordonate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <source>What the caller says, in their words</source>
        <translation>Ce spune apelantul, cu vorbele lui</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>Poate aștepta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normală</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgentă</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Grad de urgență</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgență</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Nr. înregistrare</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanță</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vechime</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Reporters · address · description</source>
        <translation>Semnalatori · adresă · descriere</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibile duplicate</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tip:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Unde:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descriere:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Grad de urgență:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotografii:</translation>
    </message>
    <message>
        <source>Open requests nearby</source>
        <translation>Solicitări deschise în apropiere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: check the spelling or enter coordinates.</source>
        <translation>„%1” nu se află în nomenclatorul de străzi: verificați scrierea sau introduceți coordonatele.</translation>
    </message>
    <message>
        <source>New request — anonymous caller</source>
        <translation>Solicitare nouă — apelant anonim</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Solicitare nouă</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Prioritate %1 · țintă %n oră lucrătoare · duplicate pe o rază de %2 m</numerusform>
            <numerusform>Prioritate %1 · țintă %n ore lucrătoare · duplicate pe o rază de %2 m</numerusform>
            <numerusform>Prioritate %1 · țintă %n de ore lucrătoare · duplicate pe o rază de %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source>No type matches “%1”.</source>
        <translation>Niciun tip nu corespunde cu „%1”.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— alegeți —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— necunoscut —</translation>
    </message>
    <message>
        <source>number not on this street</source>
        <translation>numărul nu există pe această stradă</translation>
    </message>
    <message>
        <source>Number %1 is not on %2 in the gazetteer: give another number or the coordinates.</source>
        <translation>Numărul %1 nu se află pe %2 în nomenclator: dați alt număr sau coordonatele.</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348).</source>
        <translation>Scrieți coordonatele ca latitudine, longitudine (de ex. 37.9755, 23.7348).</translation>
    </message>
    <message>
        <source>These are not coordinates on Earth.</source>
        <translation>Acestea nu sunt coordonate de pe Pământ.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 se află în afara localității.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n semnalator</numerusform>
            <numerusform>%n semnalatori</numerusform>
            <numerusform>%n de semnalatori</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests of the same type nearby show here once the type and the place are known.</source>
        <translation>Solicitările deschise de același tip din apropiere apar aici de îndată ce tipul și locul sunt cunoscute.</translation>
    </message>
    <message>
        <source>No open request of this type within %1 m in the last 30 days.</source>
        <translation>Nicio solicitare deschisă de acest tip pe o rază de %1 m în ultimele 30 de zile.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n solicitare deschisă de acest tip pe o rază de %1 m&lt;/b&gt; — aceeași problemă? Alăturați-vă cu Ctrl+L (alegeți cu Alt+Sus/Jos) sau înregistrați una nouă cu Ctrl+Enter.</numerusform>
            <numerusform>&lt;b&gt;%n solicitări deschise de acest tip pe o rază de %1 m&lt;/b&gt; — aceeași problemă? Alăturați-vă cu Ctrl+L (alegeți cu Alt+Sus/Jos) sau înregistrați una nouă cu Ctrl+Enter.</numerusform>
            <numerusform>&lt;b&gt;%n de solicitări deschise de acest tip pe o rază de %1 m&lt;/b&gt; — aceeași problemă? Alăturați-vă cu Ctrl+L (alegeți cu Alt+Sus/Jos) sau înregistrați una nouă cu Ctrl+Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. The request will be filed at the top priority and the emergency is logged.</source>
        <translation>URGENȚĂ — dacă cineva este în pericol, spuneți apelantului să închidă și să sune imediat la %1. Solicitarea va fi înregistrată cu prioritatea maximă, iar urgența este consemnată.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Atașează fotografii</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Fotografii (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>On the map: click to set the place</source>
        <translation>Pe hartă: clic pentru a stabili locul</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Harta locului</translation>
    </message>
    <message>
        <source>%1 · %2 (from the map)</source>
        <translation>%1 · %2 (de pe hartă)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2, %3 m away) may be the same problem.&lt;/b&gt; Ctrl+L adds the caller to it (“me too”); Ctrl+Enter again files a new request.</source>
        <translation>&lt;b&gt;%1 (%2, la %3 m) poate fi aceeași problemă.&lt;/b&gt; Ctrl+L adaugă apelantul la ea („și eu”); Ctrl+Enter din nou înregistrează o cerere nouă.</translation>
    </message>
    <message>
        <source>File a &amp;new one anyway (Ctrl+Enter)</source>
        <translation>Înregistrează una &amp;nouă oricum (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New request — from a citizen&apos;s e-mail</source>
        <translation>Solicitare nouă — din e-mailul unui cetățean</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MailPanel</name>
    <message>
        <source>&amp;File as a request (Enter)</source>
        <translation>Î&amp;nregistrare ca solicitare (Enter)</translation>
    </message>
    <message>
        <source>Set &amp;aside… (Delete)</source>
        <translation>&amp;Pune deoparte… (Delete)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>E-mails from citizens waiting</source>
        <translation>E-mailuri de la cetățeni în așteptare</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>E-mailul</translation>
    </message>
    <message>
        <source>No e-mails from citizens are waiting. Messages to the municipality&apos;s mailbox appear here by themselves; replies about a request go to that request as notes.</source>
        <translation>Niciun e-mail de la cetățeni în așteptare. Mesajele către căsuța primăriei apar aici singure; răspunsurile despre o solicitare ajung la aceasta ca note.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De la %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Fotografii: %1</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Acel e-mail a fost deja tratat.</translation>
    </message>
    <message>
        <source>Set the e-mail aside</source>
        <translation>Puneți e-mailul deoparte</translation>
    </message>
    <message>
        <source>Why does it ask for nothing?</source>
        <translation>De ce nu cere nimic?</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam sau reclamă</translation>
    </message>
    <message>
        <source>Thanks or a comment, nothing to do</source>
        <translation>Mulțumiri sau un comentariu, nimic de făcut</translation>
    </message>
    <message>
        <source>Not a matter for the municipality</source>
        <translation>Nu ține de primărie</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Trimis de două ori</translation>
    </message>
    <message>
        <source>The e-mail was set aside.</source>
        <translation>E-mailul a fost pus deoparte.</translation>
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
        <source>About CivicDesk</source>
        <translation>Despre CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Ghișeul de sesizări al unei primării: apeluri, sesizări, servicii și rapoarte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Apel</translation>
    </message>
    <message>
        <source>&amp;Find and requests</source>
        <translation>&amp;Căutare și solicitări</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Apel nou</translation>
    </message>
    <message>
        <source>Caller&apos;s number (leave empty for a walk-in or a withheld number):</source>
        <translation>Numărul apelantului (lăsați gol pentru o vizită sau un număr ascuns):</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>A&amp;pel</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>Apel &amp;nou…</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>&amp;Apelul</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>Coada de &amp;lucru</translation>
    </message>
    <message>
        <source>The work &amp;queue</source>
        <translation>Coada de &amp;lucru</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;oadă</translation>
    </message>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Rulează escaladarea acum</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Lucrați ca %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tablou de bord</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapoarte…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Hartă</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Deconectare</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 pe %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sesizare</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (doar citire)</translation>
    </message>
    <message>
        <source>This file is open read-only: no call can be recorded in it.</source>
        <translation>Acest fișier este deschis doar în citire: nu se poate înregistra niciun apel în el.</translation>
    </message>
    <message>
        <source>Database: %1 — read-only, nothing can be changed</source>
        <translation>Baza de date: %1 — doar citire, nu se poate schimba nimic</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Ghidul utilizatorului</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens…</source>
        <translation>&amp;Mesaje către cetățeni…</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n alertă nouă: %1</numerusform>
            <numerusform>%n alerte noi: %1</numerusform>
            <numerusform>%n de alerte noi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targeted message…</source>
        <translation>Mesaj &amp;țintit…</translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n alertă nouă</numerusform>
            <numerusform>CivicDesk: %n alerte noi</numerusform>
            <numerusform>CivicDesk: %n de alerte noi</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail (%1)</source>
        <translation>&amp;E-mail (%1)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>The citizens&apos; &amp;e-mails</source>
        <translation>&amp;E-mailurile cetățenilor</translation>
    </message>
    <message>
        <source>Looking for %1 on the server…</source>
        <translation>Se caută %1 pe server…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 is not on this desk: it holds the open requests, its department&apos;s and those changed in the last %2 months. Try again when the desk is online.</source>
        <translation>Serverul nu poate fi contactat, iar %1 nu este pe acest birou: el păstrează sesizările deschise, pe cele ale serviciului său și pe cele modificate în ultimele %2 luni. Încercați din nou când biroul este conectat.</translation>
    </message>
    <message>
        <source>The server could not look for %1: %2</source>
        <translation>Serverul nu a putut căuta %1: %2</translation>
    </message>
    <message>
        <source>The server has no request %1 either.</source>
        <translation>Nici serverul nu are sesizarea %1.</translation>
    </message>
    <message>
        <source>%1 fetched from the server; this desk keeps it from now on.</source>
        <translation>%1 a fost adusă de pe server; acest birou o păstrează de acum înainte.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message>
        <source>&amp;Open in the queue</source>
        <translation>&amp;Deschide în coadă</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Strada și numărul</translation>
    </message>
    <message>
        <source>Find an address on the map</source>
        <translation>Caută o adresă pe hartă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Grup de servicii</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Perioada hărții termice</translation>
    </message>
    <message>
        <source>Crew route</source>
        <translation>Traseul echipei</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Toate în lucru</translation>
    </message>
    <message>
        <source>All service groups</source>
        <translation>Toate grupurile de servicii</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Toate direcțiile</translation>
    </message>
    <message>
        <source>No crew route</source>
        <translation>Fără traseu de echipă</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimele 90 de zile</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresă:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Arată:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Cartiere</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitări</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Hartă termică</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legendă</translation>
    </message>
    <message>
        <source>Heat map of:</source>
        <translation>Hartă termică pentru:</translation>
    </message>
    <message>
        <source>The configured base map cannot be used (%1); showing the districts and streets instead.</source>
        <translation>Harta de bază configurată nu poate fi folosită (%1); se arată cartierele și străzile.</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer.</source>
        <translation>%1 nu este în nomenclatorul stradal.</translation>
    </message>
    <message>
        <source>%1 has no pending requests with a place.</source>
        <translation>%1 nu are solicitări în lucru cu loc.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n oprire, %2 de la depou.</numerusform>
            <numerusform>%1: %n opriri, %2 de la depou.</numerusform>
            <numerusform>%1: %n de opriri, %2 de la depou.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln solicitare în lucru în vedere</numerusform>
            <numerusform>%Ln solicitări în lucru în vedere</numerusform>
            <numerusform>%Ln de solicitări în lucru în vedere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marcaj</numerusform>
            <numerusform>%n marcaje</numerusform>
            <numerusform>%n de marcaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grup</numerusform>
            <numerusform>%n grupuri</numerusform>
            <numerusform>%n de grupuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · de %n zi</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · de %n zile</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · de %n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Shade districts by pending requests</source>
        <translation>Colorează cartierele după solicitările în lucru</translation>
    </message>
    <message>
        <source>Pending requests per district</source>
        <translation>Solicitări în lucru pe cartier</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Hartă termică: %Ln cerere în perioadă.</numerusform>
            <numerusform>Hartă termică: %Ln cereri în perioadă.</numerusform>
            <numerusform>Hartă termică: %Ln de cereri în perioadă.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapWidget</name>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Hartă</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests here; click to zoom in</source>
        <translation>
            <numerusform>%Ln solicitare aici; clic pentru mărire</numerusform>
            <numerusform>%Ln solicitări aici; clic pentru mărire</numerusform>
            <numerusform>%Ln de solicitări aici; clic pentru mărire</numerusform>
        </translation>
    </message>
    <message>
        <source>some tiles are damaged (not a readable image)</source>
        <translation>unele dale sunt deteriorate (imagine ilizibilă)</translation>
    </message>
    <message>
        <source>the tile server cannot be reached (%1); showing what is cached</source>
        <translation>serverul de dale nu poate fi contactat (%1); se arată ce există în cache</translation>
    </message>
    <message>
        <source>the tile server refuses some tiles (%1)</source>
        <translation>serverul refuză unele dale (%1)</translation>
    </message>
    <message>
        <source>the tile file has no tiles for some of this area</source>
        <translation>fișierul de dale nu acoperă o parte din această zonă</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Harta de bază: %1.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>depot marker</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and street gazetteer</source>
        <translation>Harta de bază: cartierele și nomenclatorul stradal al primăriei</translation>
    </message>
    <message>
        <source>Base map incomplete: %1</source>
        <translation>Hartă de bază incompletă: %1</translation>
    </message>
    <message>
        <source>Several requests (zoom in)</source>
        <translation>Mai multe solicitări (măriți)</translation>
    </message>
    <message>
        <source>Heat: fewer → more requests</source>
        <translation>Intensitate: mai puține → mai multe solicitări</translation>
    </message>
    <message>
        <source>Crew route, stops in order</source>
        <translation>Traseul echipei, opriri în ordine</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritate: %1</translation>
    </message>
    <message>
        <source>Emergency (flagged)</source>
        <translation>Urgență (marcată)</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and streets, © OpenStreetMap contributors</source>
        <translation>Hartă de bază: districtele și străzile municipiului, © contribuitorii OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MessageSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>fără limită</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> pe minut</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server, and the server sends the messages to citizens for all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin mail-settings and sms-settings on the municipality&apos;s file there (see civicdesk-server(8)).</source>
        <translation>Acest birou lucrează cu serverul primăriei, iar serverul trimite mesajele către cetățeni pentru toate birourile sale: serverul de e-mail și poarta SMS se stabilesc pe server, cu civicdesk-admin mail-settings și sms-settings pe fișierul primăriei de acolo (vezi civicdesk-server(8)).</translation>
    </message>
    <message>
        <source>This desk works alone and sends the messages to citizens itself, every half minute and after each change. Without a mail server or an SMS gateway they wait in the outbox.</source>
        <translation>Acest birou lucrează singur și trimite el însuși mesajele către cetățeni, la fiecare jumătate de minut și după fiecare schimbare. Fără un server de e-mail sau o poartă SMS, ele așteaptă în coada de trimitere.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Never send in clear te&amp;xt (STARTTLS must work)</source>
        <translation>Niciodată în clar (STARTTLS trebuie să funcți&amp;oneze)</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>adresa dumneavoastră</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail</source>
        <translation>Trimiteți un e-mail de &amp;test</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;ver de e-mail:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Adresa &amp;expeditorului:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Numele expeditorului:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Utili&amp;zator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Cel mult:</translation>
    </message>
    <message>
        <source>Try them:</source>
        <translation>Încercați:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>până la</translation>
    </message>
    <message>
        <source>(the same hour twice: none)</source>
        <translation>(aceeași oră de două ori: niciuna)</translation>
    </message>
    <message>
        <source>&amp;Gateway (Kannel&apos;s sendsms):</source>
        <translation>&amp;Poarta (sendsms din Kannel):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;rolă:</translation>
    </message>
    <message>
        <source>Sen&amp;der shown:</source>
        <translation>Expe&amp;ditor afișat:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Ore de &amp;liniște:</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s administrator changes these settings.</source>
        <translation>Doar administratorul primăriei schimbă aceste setări.</translation>
    </message>
    <message>
        <source>kept; write a new one to change it</source>
        <translation>păstrată; scrieți una nouă ca s-o schimbați</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>Serverul de e-mail a primit mesajul de test pentru %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueueFilterBar</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>&amp;Doar ale mele</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Toate serviciile</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Toate în lucru</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Toate tipurile</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>La risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Depășit</translation>
    </message>
    <message>
        <source>Priority, then deadline</source>
        <translation>Prioritate, apoi termen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vechime</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Serviciu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordonare</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>Se&amp;rviciu:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ip:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tare:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Ter&amp;men:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordonare:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message>
        <source>Work queue</source>
        <translation>Coadă de lucru</translation>
    </message>
    <message>
        <source>%1 pending requests</source>
        <translation>%1 solicitări în lucru</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>S-a făcut %n pas de escaladare.</numerusform>
            <numerusform>S-au făcut %n pași de escaladare.</numerusform>
            <numerusform>S-au făcut %n de pași de escaladare.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed.</source>
        <translation>%1 din %2 modificate.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Coloane…</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapoarte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Oricare</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Fără grupare</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Serviciu</translation>
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
        <source>District</source>
        <translation>Cartier</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Data înregistrării</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Număr de înregistrare</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De la:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Până &amp;la:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Serviciu:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ip:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>C&amp;artier:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Priority at least:</source>
        <translation>&amp;Prioritate cel puțin:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Grupare după:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Ordonare după:</translation>
    </message>
    <message>
        <source>&amp;Most rows:</source>
        <translation>&amp;Cel mult rânduri:</translation>
    </message>
    <message>
        <source>— saved parameter sets —</source>
        <translation>— seturi de parametri salvate —</translation>
    </message>
    <message>
        <source>Saved parameter sets</source>
        <translation>Seturi de parametri salvate</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sal&amp;vează ca…</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Salvare parametri</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pre&amp;vizualizare…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Tipă&amp;rește…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>The printer reported an error; nothing may have been printed.</source>
        <translation>Imprimanta a raportat o eroare; e posibil să nu se fi tipărit nimic.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salvare ca PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Salvare ca CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This desk holds the requests changed since %1 (the last %2 months), the open ones and its department&apos;s; a report from %3 needs the whole municipality&apos;s, which the server has.</source>
        <translation>Acest birou are solicitările modificate începând cu %1 (ultimele %2 luni), pe cele deschise și pe cele ale departamentului său; un raport de la %3 are nevoie de toate ale primăriei, pe care le are serverul.</translation>
    </message>
    <message>
        <source>This desk has not yet fetched its requests from the server; the report needs the whole municipality&apos;s, which the server has.</source>
        <translation>Acest birou nu și-a adus încă solicitările de la server; raportul are nevoie de toate ale primăriei, pe care le are serverul.</translation>
    </message>
    <message>
        <source>This desk is not connected to the server now; nothing was made from part of the requests.</source>
        <translation>Acest birou nu este conectat acum la server; nu s-a făcut nimic dintr-o parte a solicitărilor.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.</source>
        <translation>Serverul nu poate fi contactat acum; nu s-a făcut nimic dintr-o parte a solicitărilor. Încercați din nou când biroul este conectat.</translation>
    </message>
    <message>
        <source>The server could not make the report: %1</source>
        <translation>Serverul nu a putut face raportul: %1</translation>
    </message>
    <message>
        <source>The desk is already asking the server for something; try again in a moment.</source>
        <translation>Biroul cere deja ceva de la server; încercați din nou peste un moment.</translation>
    </message>
    <message>
        <source>The server is making it…</source>
        <translation>Serverul îl face…</translation>
    </message>
    <message>
        <source>Made by the server from the whole municipality&apos;s requests (this desk holds those since %1).</source>
        <translation>Făcut de server din toate solicitările primăriei (acest birou le are pe cele începând cu %1).</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Acceptă</translation>
    </message>
    <message>
        <source>Assi&amp;gn to crew or person…</source>
        <translation>Re&amp;partizează la echipă sau persoană…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Schimbă &amp;starea…</translation>
    </message>
    <message>
        <source>&amp;Reroute…</source>
        <translation>&amp;Redirecționează…</translation>
    </message>
    <message>
        <source>Link as &amp;duplicate…</source>
        <translation>Leagă ca &amp;duplicat…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Suspendă…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Scrie o &amp;notă</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s ra&amp;ting…</source>
        <translation>Înregistrează e&amp;valuarea cetățeanului…</translation>
    </message>
    <message>
        <source>Crew &amp;work list…</source>
        <translation>Listă de lucru a &amp;echipei…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitare</numerusform>
            <numerusform>%n solicitări</numerusform>
            <numerusform>%n de solicitări</numerusform>
        </translation>
    </message>
    <message>
        <source>No request has the tracking number %1.</source>
        <translation>Nicio solicitare nu are numărul de înregistrare %1.</translation>
    </message>
    <message>
        <source>You cannot move %1 from “%2”.</source>
        <translation>Nu puteți muta %1 din „%2”.</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Schimbarea stării: %1</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— neevaluat —</translation>
    </message>
    <message>
        <source>%1 is “%2” now.</source>
        <translation>%1 este acum „%2”.</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Stare &amp;nouă:</translation>
    </message>
    <message>
        <source>Report &amp;accuracy:</source>
        <translation>&amp;Acuratețea sesizării:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otă:</translation>
    </message>
    <message>
        <source>Put on hold: %1</source>
        <translation>Suspendare: %1</translation>
    </message>
    <message>
        <source>Waiting for whom or what?</source>
        <translation>În așteptarea cui sau a ce?</translation>
    </message>
    <message>
        <source>Reroute: %1</source>
        <translation>Redirecționare: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Trimite la:</translation>
    </message>
    <message>
        <source>Why? (the other department reads it)</source>
        <translation>De ce? (celălalt serviciu citește motivul)</translation>
    </message>
    <message>
        <source>— no crew —</source>
        <translation>— fără echipă —</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nimeni —</translation>
    </message>
    <message>
        <source>Assign: %1</source>
        <translation>Atribuire: %1</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Echipă:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persoană:</translation>
    </message>
    <message>
        <source>Link as duplicate: %1</source>
        <translation>Legare ca duplicat: %1</translation>
    </message>
    <message>
        <source>Tracking number of the request it repeats:</source>
        <translation>Numărul de înregistrare al solicitării pe care o repetă:</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating: %1</source>
        <translation>Evaluarea cetățeanului: %1</translation>
    </message>
    <message>
        <source>How satisfied is the citizen (1–5)?</source>
        <translation>Cât de mulțumit este cetățeanul (1–5)?</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Comentariul său:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestDetailView</name>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Notă internă pentru servicii și contractor (Ctrl+Enter o adaugă)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notă:</translation>
    </message>
    <message>
        <source>A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list</source>
        <translation>A acceptă · G repartizează · S stare · R redirecționează · D duplicat · H suspendă · N notă · T evaluare · W listă echipă</translation>
    </message>
    <message>
        <source> (not in this list)</source>
        <translation> (nu este în această listă)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Termen: %1</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>Înregistrată %1 (%2)</translation>
    </message>
    <message>
        <source>Reported anonymously: nobody to call back.</source>
        <translation>Semnalată anonim: nimeni de sunat înapoi.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(și încă %n)</numerusform>
            <numerusform>(și încă %n)</numerusform>
            <numerusform>(și încă %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Semnalată de %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Încă neatribuită</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Repartizată către %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n fotografie: Enter deschide cererea cu ea.</numerusform>
            <numerusform>%n fotografii: Enter deschide cererea cu ele.</numerusform>
            <numerusform>%n de fotografii: Enter deschide cererea cu ele.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: no note can be added.</source>
        <translation>Acest fișier este deschis doar în citire: nu se poate adăuga nicio notă.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server: loading it…</source>
        <translation>Istoricul acestei solicitări închise este pe server: se încarcă…</translation>
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
    <name>CivicDesk::RequestPage</name>
    <message>
        <source>Add the &amp;note</source>
        <translation>Adaugă &amp;nota</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografii</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>Limba apelantului</translation>
    </message>
    <message>
        <source>What to tell the caller</source>
        <translation>Ce îi spuneți apelantului</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Notă internă pentru servicii și contractor (Ctrl+Enter o adaugă)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Semnalat de</translation>
    </message>
    <message>
        <source>In &amp;language:</source>
        <translation>În &amp;limba:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Î&amp;nchide</translation>
    </message>
    <message>
        <source>Close this page (Ctrl+W)</source>
        <translation>Închide această pagină (Ctrl+W)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 a fost modificată.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 nu a fost modificată.</translation>
    </message>
    <message>
        <source>The crew work list is in the work queue (W there).</source>
        <translation>Lista de lucru a echipei este în coada de lucru (W acolo).</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Cererea nu a fost găsită</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tip necunoscut</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioritate %1</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>URGENȚĂ</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Înregistrată:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Loc:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nespecificat</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departament:</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>încă nedirecționată</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Echipă:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Atribuită lui:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nimănui încă</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Termen:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nestabilit</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Închisă:</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>Nota stării:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Duplicat al:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descriere:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 din 5</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Evaluarea cetățeanului:</translation>
    </message>
    <message>
        <source>Report accuracy:</source>
        <translation>Exactitatea sesizării:</translation>
    </message>
    <message>
        <source>reported it again</source>
        <translation>a semnalat-o din nou</translation>
    </message>
    <message>
        <source>Nobody: the request was filed anonymously.</source>
        <translation>Nimeni: cererea a fost înregistrată anonim.</translation>
    </message>
    <message>
        <source>%1 is not on this desk.</source>
        <translation>%1 nu se află pe acest post.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>Cererea</translation>
    </message>
    <message>
        <source>Messages to the citizens</source>
        <translation>Mesaje către cetățeni</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-mail către %1</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS către %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>trimis %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>netrimis: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>în așteptare: %n încercare, următoarea la %1 (%2)</numerusform>
            <numerusform>în așteptare: %n încercări, următoarea la %1 (%2)</numerusform>
            <numerusform>în așteptare: %n de încercări, următoarea la %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent since %1</source>
        <translation>așteaptă să fie trimis din %1</translation>
    </message>
    <message>
        <source>delivered to the phone %1</source>
        <translation>livrat pe telefon %1</translation>
    </message>
    <message>
        <source>not delivered to the phone (reported %1)</source>
        <translation>nelivrat pe telefon (raportat %1)</translation>
    </message>
    <message>
        <source>refused by the carrier (reported %1)</source>
        <translation>refuzat de operator (raportat %1)</translation>
    </message>
    <message>
        <source>with the carrier, not yet delivered</source>
        <translation>la operator, încă nelivrat</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message>
        <source>Crew work list</source>
        <translation>Listă de lucru a echipei</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Echipă</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Oprire</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Nr. înregistrare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Opriri în ordine</translation>
    </message>
    <message>
        <source>&amp;Print work order (PDF)…</source>
        <translation>&amp;Tipărește ordinul de lucru (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Assign to the crew</source>
        <translation>&amp;Repartizează la echipă</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordin de lucru</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n solicitare repartizată echipei.</numerusform>
            <numerusform>%n solicitări repartizate echipei.</numerusform>
            <numerusform>%n de solicitări repartizate echipei.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;rew:</source>
        <translation>&amp;Echipă:</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n oprire, %1 km de la bază până la ultima oprire (doar cel mai apropiat vecin: %2 km).</numerusform>
            <numerusform>%n opriri, %1 km de la bază până la ultima oprire (doar cel mai apropiat vecin: %2 km).</numerusform>
            <numerusform>%n de opriri, %1 km de la bază până la ultima oprire (doar cel mai apropiat vecin: %2 km).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Ordin de lucru — %1</translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Plecare de la bază (%1, %2); %n oprire, %3 km.</numerusform>
            <numerusform>Plecare de la bază (%1, %2); %n opriri, %3 km.</numerusform>
            <numerusform>Plecare de la bază (%1, %2); %n de opriri, %3 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <source>Crew leader&apos;s signature: ____________________</source>
        <translation>Semnătura șefului de echipă: ____________________</translation>
    </message>
    <message>
        <source>The work order could not be written to %1.</source>
        <translation>Ordinul de lucru nu a putut fi scris în %1.</translation>
    </message>
    <message>
        <source>Work order written to %1.</source>
        <translation>Ordinul de lucru a fost scris în %1.</translation>
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
        <source>Nothing found.</source>
        <translation>Nu s-a găsit nimic.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n rezultat</numerusform>
            <numerusform>%n rezultate</numerusform>
            <numerusform>%n de rezultate</numerusform>
        </translation>
    </message>
    <message>
        <source>Look on the server</source>
        <translation>Căutare pe server</translation>
    </message>
    <message>
        <source>Not on this desk? Look for “%1” on the server (Ctrl+Enter)</source>
        <translation>Nu este pe acest birou? Căutați „%1” pe server (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Nothing found on this desk, which holds the open requests, its department&apos;s and the recent ones.</source>
        <translation>Nimic găsit pe acest birou, care păstrează sesizările deschise, pe cele ale serviciului său și pe cele recente.</translation>
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
    <name>CivicDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limba</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>Harta de &amp;bază</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapoarte</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>This file is open read-only: what is kept in it cannot be changed here.</source>
        <translation>Fișierul este deschis doar pentru citire: ce se păstrează în el nu se poate schimba de aici.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Limba calculatorului</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Limba ghișeului:</translation>
    </message>
    <message>
        <source>The desk changes language as soon as you press OK or Apply: the window is built again in the new language, with the requests you have open and the call you are taking (kept as a draft). Category names, dates and printed reports follow the new language too. The same setting is made by starting the desk with --lang.</source>
        <translation>Ghișeul schimbă limba imediat ce apăsați OK sau Aplică: fereastra se reconstruiește în noua limbă, cu solicitările pe care le aveți deschise și apelul pe care îl preluați (păstrat ca ciornă). Numele categoriilor, datele și rapoartele tipărite urmează și ele noua limbă. Aceeași setare se face pornind ghișeul cu --lang.</translation>
    </message>
    <message>
        <source>Streets and districts, &amp;drawn by CivicDesk (no tiles, works offline)</source>
        <translation>Străzi și cartiere, &amp;desenate de CivicDesk (fără dale, funcționează fără rețea)</translation>
    </message>
    <message>
        <source>Tiles from a &amp;tile server</source>
        <translation>Dale de la un server de &amp;dale</translation>
    </message>
    <message>
        <source>Tiles from an &amp;MBTiles file (offline)</source>
        <translation>Dale dintr-un fișier &amp;MBTiles (fără rețea)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© contribuitorii OpenStreetMap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;legeți…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Alegeți un fișier MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Fișiere MBTiles (*.mbtiles);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Address of the tiles:</source>
        <translation>Adresa dalelor:</translation>
    </message>
    <message>
        <source>Highest zoom:</source>
        <translation>Zoom maxim:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribuire:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server: the base map is the municipality&apos;s, the same on every desk, and is set at the server (civicdesk-admin map on the municipality&apos;s file there).</source>
        <translation>Acest ghișeu lucrează cu serverul primăriei: harta de bază este a primăriei, aceeași la fiecare ghișeu, și se stabilește la server (civicdesk-admin map pe fișierul primăriei de acolo).</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Previzualizare: se vede %n dală</numerusform>
            <numerusform>Previzualizare: se văd %n dale</numerusform>
            <numerusform>Previzualizare: se văd %n de dale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>lipsește %n</numerusform>
            <numerusform>lipsesc %n</numerusform>
            <numerusform>lipsesc %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: fetching tiles…</source>
        <translation>Previzualizare: se aduc dalele…</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1</source>
        <translation>Această hartă de bază nu se poate folosi: %1</translation>
    </message>
    <message>
        <source>Preview: the streets and districts of the municipality&apos;s file.</source>
        <translation>Previzualizare: străzile și cartierele din fișierul primăriei.</translation>
    </message>
    <message>
        <source>&amp;Choose an image…</source>
        <translation>&amp;Alegeți o imagine…</translation>
    </message>
    <message>
        <source>Use the CivicDesk &amp;emblem</source>
        <translation>Folosiți &amp;emblema CivicDesk</translation>
    </message>
    <message>
        <source>Directorate of Citizen Services
City Hall, 1 Main Square</source>
        <translation>Direcția Relații cu Cetățenii
Primăria, Piața Centrală 1</translation>
    </message>
    <message>
        <source>Logo, at the top right of a report&apos;s first page:</source>
        <translation>Sigla, în dreapta sus pe prima pagină a unui raport:</translation>
    </message>
    <message>
        <source>Lines under the municipality&apos;s name (at most four: the office, its address, a telephone):</source>
        <translation>Rânduri sub numele primăriei (cel mult patru: serviciul, adresa lui, un telefon):</translation>
    </message>
    <message>
        <source>The logo is kept in the municipality&apos;s file, so it prints the same after the image file has moved. Both are this desk&apos;s: each desk of a municipality that works with a server sets its own.</source>
        <translation>Sigla se păstrează în fișierul primăriei, deci se tipărește la fel și după ce fișierul imaginii a fost mutat. Amândouă sunt ale acestui ghișeu: fiecare ghișeu al unei primării care lucrează cu un server le stabilește pe ale sale.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Alegeți sigla</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Imagini (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>At most four lines fit under the municipality&apos;s name; there are %1.</source>
        <translation>Sub numele primăriei încap cel mult patru rânduri; sunt %1.</translation>
    </message>
    <message>
        <source>C&amp;heck the address</source>
        <translation>&amp;Verificați adresa</translation>
    </message>
    <message>
        <source>A CivicDesk server answers at this address.</source>
        <translation>La această adresă răspunde un server CivicDesk.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adresa serverului:</translation>
    </message>
    <message>
        <source>Municipality (code):</source>
        <translation>Primăria (cod):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server and keeps its own copy of the data. If the server has moved to a new address, write it here: the desk checks that a CivicDesk server answers there and goes on with it, with the same user and the changes still waiting. To work as another user, use File → Sign out.</source>
        <translation>Acest ghișeu lucrează cu serverul primăriei și își păstrează propria copie a datelor. Dacă serverul s-a mutat la o adresă nouă, scrieți-o aici: ghișeul verifică dacă acolo răspunde un server CivicDesk și continuă cu el, cu același utilizator și cu modificările care încă așteaptă. Pentru a lucra ca alt utilizator, folosiți Fișier → Deconectare.</translation>
    </message>
    <message>
        <source>This desk works alone on its file. To work with the municipality&apos;s server instead, write the server&apos;s address, the municipality&apos;s code there and your user name: after OK you sign in, and the desk fetches its own copy of the municipality&apos;s data and keeps it in step (the same as starting it with --server, --tenant and --login). This file stays as it is.</source>
        <translation>Acest ghișeu lucrează singur pe fișierul său. Pentru a lucra în schimb cu serverul primăriei, scrieți adresa serverului, codul primăriei acolo și numele dumneavoastră de utilizator: după OK vă conectați, iar ghișeul aduce propria copie a datelor primăriei și o ține la zi (la fel ca pornirea cu --server, --tenant și --login). Acest fișier rămâne neschimbat.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s code at the server and your user name as well.</source>
        <translation>Scrieți și codul primăriei la server și numele dumneavoastră de utilizator.</translation>
    </message>
    <message>
        <source>Aler&amp;ts</source>
        <translation>Aler&amp;te</translation>
    </message>
    <message>
        <source>&amp;My e-mail address:</source>
        <translation>Adresa &amp;mea de e-mail:</translation>
    </message>
    <message>
        <source>Send me my alerts by &amp;e-mail too</source>
        <translation>Trimiteți-mi alertele și prin &amp;e-mail</translation>
    </message>
    <message>
        <source>The work given to you or to your crew, and the escalation ladder&apos;s alerts for your role, are always in the work queue&apos;s alert list, with a notification on the desktop. Ticked, each also comes by e-mail to the address above, sent by the municipality&apos;s mail server.</source>
        <translation>Lucrările atribuite dumneavoastră sau echipei dumneavoastră și alertele de escaladare pentru rolul dumneavoastră apar mereu în lista de alerte a cozii de lucru, cu o notificare pe desktop. Dacă bifați, fiecare vine și prin e-mail la adresa de mai sus, trimisă de serverul de e-mail al primăriei.</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens</source>
        <translation>&amp;Mesaje către cetățeni</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide de la tastatură</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Take the highlighted match (type, address)</source>
        <translation>Preia potrivirea evidențiată (tip, adresă)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Deplasare printre potriviri</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Sus, Jos</translation>
    </message>
    <message>
        <source>Close the matches</source>
        <translation>Închide potrivirile</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>File the new request</source>
        <translation>Înregistrează solicitarea nouă</translation>
    </message>
    <message>
        <source>Join the highlighted nearby request</source>
        <translation>Alătură la solicitarea evidențiată din apropiere</translation>
    </message>
    <message>
        <source>Choose among the nearby requests</source>
        <translation>Alege dintre solicitările din apropiere</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Sus, Alt+Jos</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Câmpul următor, câmpul anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Salt la un câmp</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + litera subliniată</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Autentificare din nou</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Autentificare pe server</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>Serverul îi cere lui %1 să se autentifice din nou. Modificările făcute între timp sunt păstrate și trimise după aceea.</translation>
    </message>
    <message>
        <source>municipality code, such as ATH</source>
        <translation>codul primăriei, de exemplu ATH</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Primărie:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>Fill in the server, the municipality, the user and the password.</source>
        <translation>Completați serverul, primăria, utilizatorul și parola.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 din %2 MB</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>toate</translation>
    </message>
    <message>
        <source> months</source>
        <translation> luni</translation>
    </message>
    <message>
        <source>This desk keeps every open request, its department&apos;s, and those changed in these last months; an older one is fetched from the server when it is looked for.</source>
        <translation>Acest birou păstrează fiecare sesizare deschisă, pe cele ale serviciului său și pe cele modificate în aceste ultime luni; una mai veche este adusă de pe server când este căutată.</translation>
    </message>
    <message>
        <source>&amp;Requests kept here:</source>
        <translation>Sesizări păstrate a&amp;ici:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message>
        <source>Filing a request</source>
        <translation>Înregistrarea unei solicitări</translation>
    </message>
    <message>
        <source>Adding a caller to a request</source>
        <translation>Adăugarea unui apelant la o solicitare</translation>
    </message>
    <message>
        <source>Changing a status</source>
        <translation>Schimbarea unei stări</translation>
    </message>
    <message>
        <source>Routing to a department</source>
        <translation>Direcționarea către un departament</translation>
    </message>
    <message>
        <source>Assigning a crew</source>
        <translation>Atribuirea unei echipe</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Adăugarea unei note</translation>
    </message>
    <message>
        <source>Marking a duplicate</source>
        <translation>Marcarea unui duplicat</translation>
    </message>
    <message>
        <source>Recording satisfaction</source>
        <translation>Înregistrarea satisfacției</translation>
    </message>
    <message>
        <source>Saving a citizen</source>
        <translation>Salvarea unui cetățean</translation>
    </message>
    <message>
        <source>Merging citizens</source>
        <translation>Unirea cetățenilor</translation>
    </message>
    <message>
        <source>Recording a call</source>
        <translation>Înregistrarea unui apel</translation>
    </message>
    <message>
        <source>Update this desk: the server is newer</source>
        <translation>Actualizați acest birou: serverul este mai nou</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Autentificare din nou</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectat</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Deconectat</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>toate trimise</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
            <numerusform>%n în așteptare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refuzată</numerusform>
            <numerusform>%n refuzate</numerusform>
            <numerusform>%n refuzate</numerusform>
        </translation>
    </message>
    <message>
        <source>Last brought up to date at %1.</source>
        <translation>Ultima aducere la zi la %1.</translation>
    </message>
    <message>
        <source>Not brought up to date since the desk started.</source>
        <translation>Neadus la zi de la pornirea biroului.</translation>
    </message>
    <message>
        <source>The server has refused none of this desk&apos;s changes.</source>
        <translation>Serverul nu a refuzat nicio modificare a acestui birou.</translation>
    </message>
    <message>
        <source>These changes were made here while the server&apos;s data said otherwise; they are undone on this desk.
Do again what still needs doing.</source>
        <translation>Aceste modificări au fost făcute aici când datele serverului spuneau altceva; au fost anulate pe acest birou.
Refaceți ce mai trebuie făcut.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicte</numerusform>
            <numerusform>%n de conflicte</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused, and conflicts</source>
        <translation>Modificări refuzate de server și conflicte</translation>
    </message>
    <message>
        <source>Citizens&apos; details edited at two desks from the same version: the later edit stands; the other is kept here. Copy back what it should have changed.</source>
        <translation>Date ale cetățenilor modificate la două birouri pornind de la aceeași versiune: rămâne modificarea mai recentă; cealaltă este păstrată aici. Copiați înapoi ce trebuia să schimbe.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cetățean</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Rămâne</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Pusă deoparte</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>modificarea dumneavoastră</translation>
    </message>
    <message>
        <source>another desk&apos;s edit</source>
        <translation>modificarea altui birou</translation>
    </message>
    <message>
        <source>yours: </source>
        <translation>a dumneavoastră: </translation>
    </message>
    <message>
        <source>theirs: </source>
        <translation>a altcuiva: </translation>
    </message>
    <message>
        <source>The server is older than this desk: it must be updated</source>
        <translation>Serverul este mai vechi decât acest birou: trebuie actualizat</translation>
    </message>
    <message>
        <source>Online, not in step</source>
        <translation>Conectat, nesincronizat</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced: click to start again from it</source>
        <translation>Datele serverului au fost înlocuite: faceți clic pentru a relua de la ele</translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message>
        <source>Messages to citizens</source>
        <translation>Mesaje către cetățeni</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Empty: the text above, as HTML</source>
        <translation>Gol: textul de mai sus, ca HTML</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Inserați un câmp…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubiect:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Previzualizare:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>&amp;Restore CivicDesk&apos;s words</source>
        <translation>&amp;Restabilește textul CivicDesk</translation>
    </message>
    <message>
        <source>Only an administrator changes these words; you can read them here.</source>
        <translation>Doar un administrator schimbă aceste texte; aici le puteți citi.</translation>
    </message>
    <message>
        <source>This file is open read-only: the templates can be read, not changed.</source>
        <translation>Fișierul este deschis doar pentru citire: șabloanele se pot citi, nu schimba.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 caractere · %n SMS (%2)</numerusform>
            <numerusform>%1 caractere · %n SMS-uri (%2)</numerusform>
            <numerusform>%1 de caractere · %n de SMS-uri (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM 7-bit</source>
        <translation>GSM 7 biți</translation>
    </message>
    <message>
        <source>Unicode: 70 characters in one SMS, 67 in each of several</source>
        <translation>Unicode: 70 de caractere într-un SMS, 67 în fiecare când sunt mai multe</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subiect:</translation>
    </message>
    <message>
        <source>E-mail: the text and its HTML are both sent; the reader&apos;s program shows one.</source>
        <translation>E-mail: se trimit atât textul, cât și HTML-ul său; programul cititorului îl arată pe unul dintre ele.</translation>
    </message>
    <message>
        <source>CivicDesk&apos;s own words.</source>
        <translation>Textul propriu al CivicDesk.</translation>
    </message>
    <message>
        <source>Written for the municipality on %1.</source>
        <translation>Scris pentru primărie la %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n șablon schimbat și nesalvat. Închideți și pierdeți schimbarea?</numerusform>
            <numerusform>%n șabloane schimbate și nesalvate. Închideți și pierdeți schimbările?</numerusform>
            <numerusform>%n de șabloane schimbate și nesalvate. Închideți și pierdeți schimbările?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserChooser</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Cine lucrează la acest ghișeu?</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>This desk works without a server: choose who you are. What you do is recorded under this name.</source>
        <translation>Acest ghișeu lucrează fără server: alegeți cine sunteți. Ce faceți se înregistrează pe acest nume.</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Tastați o parte din nume, rol sau departament</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Găsește un utilizator</translation>
    </message>
    <message>
        <source>No one: the desk does not open.</source>
        <translation>Nimeni: postul nu se deschide.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Ghidul utilizatorului</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Îna&amp;poi</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Cuprins</translation>
    </message>
</context>
<context>
    <name>CivicDesk::WorkQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 late</source>
        <translation>%1 întârziere</translation>
    </message>
    <message>
        <source>escalated %1×</source>
        <translation>escaladată de %1 ori</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (recurentă)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Deadline · time left</source>
        <translation>Termen · timp rămas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Vechime</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Semnalatori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Nr. înregistrare</translation>
    </message>
    <message>
        <source>Reporter accuracy</source>
        <translation>Acuratețea semnalatorului</translation>
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
    <message>
        <source>A call from NUMBER: hand it to the running desk (or start one) and show the caller.</source>
        <translation>Un apel de la NUMĂR: îl predă ghișeului deschis (sau pornește unul) și afișează apelantul.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMĂR</translation>
    </message>
    <message>
        <source>Another desk of this user takes the incoming calls.</source>
        <translation>Alt ghișeu al acestui utilizator preia apelurile primite.</translation>
    </message>
    <message>
        <source>Work as this user (user name) without being asked.</source>
        <translation>Lucrează ca acest utilizator (nume de utilizator) fără întrebare.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>Work with the municipality&apos;s server at URL: signs in, fetches the data on first use, keeps it in step.</source>
        <translation>Lucru cu serverul primăriei la URL: autentificare, preluarea datelor la prima utilizare, ținerea lor la zi.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The municipality&apos;s code on the server.</source>
        <translation>Codul primăriei pe server.</translation>
    </message>
    <message>
        <source>The user who signs in to the server.</source>
        <translation>Utilizatorul care se autentifică pe server.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>UTILIZATOR</translation>
    </message>
    <message>
        <source>The running desk did not take the call.</source>
        <translation>Postul pornit nu a preluat apelul.</translation>
    </message>
    <message>
        <source>A database file to open, as --db (a double click on a .civicdesk file).</source>
        <translation>Un fișier de bază de date de deschis, ca --db (dublu clic pe un fișier .civicdesk).</translation>
    </message>
</context>
</TS>
