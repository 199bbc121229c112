<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ca" sourcelanguage="en">
<context>
    <name>CivicDesk</name>
    <message>
        <source>Demo data %1 is missing from this build.</source>
        <translation>Les dades de demostració %1 no són en aquesta versió.</translation>
    </message>
    <message>
        <source>Demo data %1 is damaged: %2</source>
        <translation>Les dades de demostració %1 són malmeses: %2</translation>
    </message>
    <message>
        <source>There is no demo data for country %1 (available: %2).</source>
        <translation>No hi ha dades de demostració per al país %1 (disponibles: %2).</translation>
    </message>
    <message>
        <source>Demo data for %1 is incomplete.</source>
        <translation>Les dades de demostració de %1 són incompletes.</translation>
    </message>
    <message>
        <source>The demo needs at least one citizen.</source>
        <translation>La demostració necessita com a mínim un ciutadà.</translation>
    </message>
    <message>
        <source>%1 already holds a municipality; the demo needs an empty database.</source>
        <translation>%1 ja conté un ajuntament; la demostració necessita una base de dades buida.</translation>
    </message>
    <message>
        <source>Municipality and organisation</source>
        <translation>Ajuntament i organigrama</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancel·lat.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índexs</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Desant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Demo type %1 names an unknown group or department.</source>
        <translation>El tipus de demostració %1 indica un grup o un departament desconegut.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Ciutadans</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Índex de cerca</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Sol·licituds</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona física</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Persona jurídica</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntari</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Servei municipal</translation>
    </message>
    <message>
        <source>Municipal processing body</source>
        <translation>Organisme autònom municipal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Aplicació mòbil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importació</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptada</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assignada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curs</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rebutjada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reoberta</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Personal del departament</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Cap de departament</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergència</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>una posició no és un parell de nombres</translation>
    </message>
    <message>
        <source>a position lies outside the range of latitude and longitude</source>
        <translation>una posició és fora dels límits de latitud i longitud</translation>
    </message>
    <message>
        <source>a ring has fewer than three points or no area</source>
        <translation>un anell té menys de tres punts o cap àrea</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un polígon no té anells</translation>
    </message>
    <message>
        <source>the multipolygon is empty</source>
        <translation>el multipolígon és buit</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>l'element no té geometria</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>el tipus de geometria %1 no és una àrea</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No es pot llegir %1: %2</translation>
    </message>
    <message>
        <source>The GeoJSON is not valid JSON (at character %1: %2).</source>
        <translation>El GeoJSON no és JSON vàlid (al caràcter %1: %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds no features (type "%1").</source>
        <translation>El GeoJSON no conté elements (tipus «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run "init" or "generate" first.</source>
        <translation>La base de dades encara no té ajuntament; executeu primer «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1.</source>
        <translation>Al fitxer hi falten les columnes %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 camps mentre la capçalera en té %2</translation>
    </message>
    <message>
        <source>kind "%1" is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>el tipus «%1» no és cap de person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ni nom ni organització</translation>
    </message>
    <message>
        <source>phone "%1" kept as typed: %2</source>
        <translation>telèfon «%1» conservat tal com s'ha escrit: %2</translation>
    </message>
    <message>
        <source>e-mail "%1" does not look like an address; kept as typed</source>
        <translation>el correu «%1» no sembla una adreça; conservat tal com s'ha escrit</translation>
    </message>
    <message>
        <source>district "%1" is unknown; left empty</source>
        <translation>el barri «%1» és desconegut; deixat buit</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>la mateixa persona que la línia %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un camp entre cometes no es tanca abans del final del fitxer</translation>
    </message>
    <message>
        <source>the feature has no property "%1"</source>
        <translation>l'element no té la propietat «%1»</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 skipped</source>
        <translation>%1 llegits, %2 importats, %3 omesos</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 ja existents</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 avisos</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>línia %1: omesa: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>línia %1: avís: %2</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>sense service_request_id</translation>
    </message>
    <message>
        <source>requested_datetime "%1" is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» no és una hora ISO 8601</translation>
    </message>
    <message>
        <source>status "%1" is neither open nor closed</source>
        <translation>l'estat «%1» no és ni open ni closed</translation>
    </message>
    <message>
        <source>lat/long "%1", "%2" is not a position</source>
        <translation>lat/long «%1», «%2» no és una posició</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ni service_code ni service_name</translation>
    </message>
    <message>
        <source>new service type "%1" (%2) flagged as imported</source>
        <translation>tipus nou de sol·licitud «%1» (%2) marcat com a importat</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Importada d'Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>No s'ha indicat cap número.</translation>
    </message>
    <message>
        <source>The number contains letters.</source>
        <translation>El número conté lletres.</translation>
    </message>
    <message>
        <source>Not a telephone number.</source>
        <translation>No és un número de telèfon.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>El número té massa poques o massa xifres.</translation>
    </message>
    <message>
        <source>The number is not in use in its country's numbering plan.</source>
        <translation>El número no existeix al pla de numeració del seu país.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>El número té una extensió; es conserva tal com s'ha escrit.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualitzar l'índex de cerca</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruir l'índex de cerca</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>telèfon %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>número de registre %1</translation>
    </message>
    <message>
        <source>tax id %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>correu %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>name starts with what was typed</source>
        <translation>el nom comença amb el text escrit</translation>
    </message>
    <message>
        <source>name, spelt differently (Greeklish or variant)</source>
        <translation>nom escrit d'una altra manera (greeklish o variant)</translation>
    </message>
    <message>
        <source>phone number starts with %1</source>
        <translation>el telèfon comença amb %1</translation>
    </message>
    <message>
        <source>tax id starts with %1</source>
        <translation>el NIF comença amb %1</translation>
    </message>
    <message>
        <source>e-mail starts with %1</source>
        <translation>el correu comença amb %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>el número de registre comença amb %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>paraules de la descripció o l'adreça</translation>
    </message>
    <message>
        <source>saving a catalogue group</source>
        <translation>desar un grup del catàleg</translation>
    </message>
    <message>
        <source>saving request type %1</source>
        <translation>desar el tipus de sol·licitud %1</translation>
    </message>
    <message>
        <source>saving a phone number</source>
        <translation>desar un número de telèfon</translation>
    </message>
    <message>
        <source>saving an e-mail address</source>
        <translation>desar una adreça de correu</translation>
    </message>
    <message>
        <source>saving a consent</source>
        <translation>desar un consentiment</translation>
    </message>
    <message>
        <source>saving citizen %1</source>
        <translation>desar el ciutadà %1</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>La fitxa del ciutadà ja no existeix.</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). The file was left untouched.</source>
        <translation>%1 no és una base de dades de CivicDesk (no és un fitxer SQLite o la capçalera és malmesa). El fitxer no s'ha tocat.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>%1 no es pot llegir com a base de dades (%2). Pot estar malmès; no s'ha tocat. Restaureu-lo d'una còpia de seguretat o trieu un altre fitxer.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No s'ha indicat cap fitxer de base de dades.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de dades %1 no existeix.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no és un fitxer.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no està instal·lat (paquet libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No es pot obrir %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>El controlador SQLite no ha donat cap connexió.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk to open it; the file was left untouched.</source>
        <translation>%1 l'ha escrit un CivicDesk més nou (esquema %2; aquest programa en coneix fins al %3). Actualitzeu CivicDesk per obrir-lo; el fitxer no s'ha tocat.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>%1 necessita una actualització de l'esquema (de la versió %2 a la %3) però només es pot llegir.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>%1 és un fitxer SQLite d'un altre programa, no una base de dades de CivicDesk. No s'ha tocat.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>passar al registre anticipat (WAL)</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualitzar l'esquema a la versió %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 és només de lectura; no s'ha canviat res.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacció</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>desar els canvis</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this change was saved.</source>
        <translation>El disc on és %1 és ple; no s'ha desat res d'aquest canvi.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 l'està fent servir un altre programa; torneu-ho a provar d'aquí a un moment.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de la base de dades en %1: %2</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>desar un paràmetre</translation>
    </message>
    <message>
        <source>District %1 has no usable polygon.</source>
        <translation>El barri %1 no té cap polígon utilitzable.</translation>
    </message>
    <message>
        <source>saving district %1</source>
        <translation>desar el barri %1</translation>
    </message>
    <message>
        <source>saving street %1</source>
        <translation>desar el carrer %1</translation>
    </message>
    <message>
        <source>saving a street segment</source>
        <translation>desar un tram de carrer</translation>
    </message>
    <message>
        <source>saving the municipality</source>
        <translation>desar l'ajuntament</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>desar un departament</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>desar un usuari</translation>
    </message>
    <message>
        <source>Tracking number %1 is already in use.</source>
        <translation>El número de registre %1 ja és en ús.</translation>
    </message>
    <message>
        <source>saving request %1</source>
        <translation>desar la sol·licitud %1</translation>
    </message>
    <message>
        <source>saving the request history</source>
        <translation>desar l'historial de la sol·licitud</translation>
    </message>
    <message>
        <source>saving a reporter</source>
        <translation>desar una persona sol·licitant</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>desar un adjunt</translation>
    </message>
    <message>
        <source>saving a call</source>
        <translation>desar una trucada</translation>
    </message>
    <message>
        <source>linking a call to a request</source>
        <translation>enllaçar una trucada amb una sol·licitud</translation>
    </message>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>S'està creant l'ajuntament de demostració…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Demostració de CivicDesk</translation>
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
        <translation>No s'ha pogut crear l'ajuntament de demostració.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>No s'ha pogut obrir la base de dades.

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
        <translation>Sol·licituds</translation>
    </message>
    <message>
        <source>&amp;Find a caller or a request</source>
        <translation>&amp;Troba una persona o una sol·licitud</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Darreres sol·licituds</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Obre la base de dades…</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Obre una base de dades de CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Bases de dades de CivicDesk (*.civicdesk *.db *.sqlite);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Obre l'ajuntament de &amp;demostració</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualitza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Quant a CivicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Quant a &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de dades: %1</translation>
    </message>
    <message>
        <source>%1 citizens · %2 requests</source>
        <translation>%1 ciutadans · %2 sol·licituds</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Ciutadà: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Sol·licitud: %1</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Quant a CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;L'oficina de sol·licituds ciutadanes d'un ajuntament: trucades, sol·licituds, departaments i informes.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestListModel</name>
    <message>
        <source>Emergency</source>
        <translation>Emergència</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de registre</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebuda</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritat</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Barri</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message>
        <source>Search citizens and requests: name, phone, e-mail, tax id or tracking number</source>
        <translation>Cerqueu ciutadans i sol·licituds: nom, telèfon, correu, NIF o número de registre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultats de la cerca</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resum de la cerca</translation>
    </message>
    <message>
        <source>Nothing found (%1 ms)</source>
        <translation>No s'ha trobat res (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 ms</source>
        <translation>
            <numerusform>%n resultat en %1 ms</numerusform><numerusform>%n resultats en %1 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchResultsModel</name>
    <message>
        <source>Citizen</source>
        <translation>Ciutadà</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sol·licitud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Name or tracking number</source>
        <translation>Nom o número de registre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalls</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Trobat per</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — l'oficina de sol·licituds ciutadanes d'un ajuntament.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Obre aquest fitxer de base de dades.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CAMÍ</translation>
    </message>
    <message>
        <source>Open the demo municipality (created on first use).</source>
        <translation>Obre l'ajuntament de demostració (es crea el primer cop).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>País de l'ajuntament de demostració: GR, RO, IT o ES.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>User interface language (el, ro, it, ca, es, en).</source>
        <translation>Llengua de la interfície (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODI</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Obre, mostra la llista de sol·licituds, escriu la memòria resident en MB i surt (mesura).</translation>
    </message>
</context>
</TS>