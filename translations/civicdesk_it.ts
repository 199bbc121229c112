<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>CivicDesk</name>
    <message>
        <source>Demo data %1 is missing from this build.</source>
        <translation>I dati dimostrativi %1 mancano in questa versione.</translation>
    </message>
    <message>
        <source>Demo data %1 is damaged: %2</source>
        <translation>I dati dimostrativi %1 sono danneggiati: %2</translation>
    </message>
    <message>
        <source>There is no demo data for country %1 (available: %2).</source>
        <translation>Non ci sono dati dimostrativi per il paese %1 (disponibili: %2).</translation>
    </message>
    <message>
        <source>Demo data for %1 is incomplete.</source>
        <translation>I dati dimostrativi per %1 sono incompleti.</translation>
    </message>
    <message>
        <source>The demo needs at least one citizen.</source>
        <translation>La dimostrazione richiede almeno un cittadino.</translation>
    </message>
    <message>
        <source>%1 already holds a municipality; the demo needs an empty database.</source>
        <translation>%1 contiene già un comune; la dimostrazione richiede un database vuoto.</translation>
    </message>
    <message>
        <source>Municipality and organisation</source>
        <translation>Comune e organigramma</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Indici</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Demo type %1 names an unknown group or department.</source>
        <translation>Il tipo dimostrativo %1 indica un gruppo o un ufficio sconosciuto.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Cittadini</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Indice di ricerca</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona fisica</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Persona giuridica</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Servizio comunale</translation>
    </message>
    <message>
        <source>Municipal processing body</source>
        <translation>Ente strumentale del comune</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Allo sportello</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>App mobile</translation>
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
        <translation>Importazione</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuova</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In lavorazione</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiusa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicata</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Riaperta</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Personale di ufficio</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Responsabile di ufficio</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisore</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Amministratore</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>una posizione non è una coppia di numeri</translation>
    </message>
    <message>
        <source>a position lies outside the range of latitude and longitude</source>
        <translation>una posizione è fuori dai limiti di latitudine e longitudine</translation>
    </message>
    <message>
        <source>a ring has fewer than three points or no area</source>
        <translation>un anello ha meno di tre punti o area nulla</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un poligono non ha anelli</translation>
    </message>
    <message>
        <source>the multipolygon is empty</source>
        <translation>il multipoligono è vuoto</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>l'elemento non ha geometria</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>il tipo di geometria %1 non è un'area</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The GeoJSON is not valid JSON (at character %1: %2).</source>
        <translation>Il GeoJSON non è JSON valido (al carattere %1: %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds no features (type "%1").</source>
        <translation>Il GeoJSON non contiene elementi (tipo «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run "init" or "generate" first.</source>
        <translation>Il database non ha ancora un comune; esegui prima «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1.</source>
        <translation>Nel file mancano le colonne %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campi mentre l'intestazione ne ha %2</translation>
    </message>
    <message>
        <source>kind "%1" is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>il tipo «%1» non è uno tra person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>né nome né organizzazione</translation>
    </message>
    <message>
        <source>phone "%1" kept as typed: %2</source>
        <translation>telefono «%1» conservato come digitato: %2</translation>
    </message>
    <message>
        <source>e-mail "%1" does not look like an address; kept as typed</source>
        <translation>l'e-mail «%1» non sembra un indirizzo; conservato come digitato</translation>
    </message>
    <message>
        <source>district "%1" is unknown; left empty</source>
        <translation>il quartiere «%1» è sconosciuto; lasciato vuoto</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>stessa persona della riga %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo tra virgolette non è chiuso prima della fine del file</translation>
    </message>
    <message>
        <source>the feature has no property "%1"</source>
        <translation>l'elemento non ha la proprietà «%1»</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 skipped</source>
        <translation>%1 letti, %2 importati, %3 saltati</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 già presenti</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 avvisi</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>riga %1: saltata: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>riga %1: avviso: %2</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>senza service_request_id</translation>
    </message>
    <message>
        <source>requested_datetime "%1" is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» non è un orario ISO 8601</translation>
    </message>
    <message>
        <source>status "%1" is neither open nor closed</source>
        <translation>lo stato «%1» non è né open né closed</translation>
    </message>
    <message>
        <source>lat/long "%1", "%2" is not a position</source>
        <translation>lat/long «%1», «%2» non è una posizione</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>né service_code né service_name</translation>
    </message>
    <message>
        <source>new service type "%1" (%2) flagged as imported</source>
        <translation>nuovo tipo di segnalazione «%1» (%2) contrassegnato come importato</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Importata da Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>Nessun numero indicato.</translation>
    </message>
    <message>
        <source>The number contains letters.</source>
        <translation>Il numero contiene lettere.</translation>
    </message>
    <message>
        <source>Not a telephone number.</source>
        <translation>Non è un numero di telefono.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>Il numero ha troppe o troppo poche cifre.</translation>
    </message>
    <message>
        <source>The number is not in use in its country's numbering plan.</source>
        <translation>Il numero non esiste nel piano di numerazione del suo paese.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>Il numero ha un interno; è conservato come digitato.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>l'aggiornamento dell'indice di ricerca</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>la ricostruzione dell'indice di ricerca</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>telefono %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>numero di protocollo %1</translation>
    </message>
    <message>
        <source>tax id %1</source>
        <translation>codice fiscale %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>e-mail %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>name starts with what was typed</source>
        <translation>il nome inizia con il testo digitato</translation>
    </message>
    <message>
        <source>name, spelt differently (Greeklish or variant)</source>
        <translation>nome scritto diversamente (greeklish o variante)</translation>
    </message>
    <message>
        <source>phone number starts with %1</source>
        <translation>il telefono inizia con %1</translation>
    </message>
    <message>
        <source>tax id starts with %1</source>
        <translation>il codice fiscale inizia con %1</translation>
    </message>
    <message>
        <source>e-mail starts with %1</source>
        <translation>l'e-mail inizia con %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>il numero di protocollo inizia con %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>parole della descrizione o dell'indirizzo</translation>
    </message>
    <message>
        <source>saving a catalogue group</source>
        <translation>il salvataggio di un gruppo del catalogo</translation>
    </message>
    <message>
        <source>saving request type %1</source>
        <translation>il salvataggio del tipo di segnalazione %1</translation>
    </message>
    <message>
        <source>saving a phone number</source>
        <translation>il salvataggio di un numero di telefono</translation>
    </message>
    <message>
        <source>saving an e-mail address</source>
        <translation>il salvataggio di un indirizzo e-mail</translation>
    </message>
    <message>
        <source>saving a consent</source>
        <translation>il salvataggio di un consenso</translation>
    </message>
    <message>
        <source>saving citizen %1</source>
        <translation>il salvataggio del cittadino %1</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>La scheda del cittadino non esiste più.</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). The file was left untouched.</source>
        <translation>%1 non è un database CivicDesk (non è un file SQLite o la sua intestazione è danneggiata). Il file non è stato toccato.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>%1 non può essere letto come database (%2). Potrebbe essere danneggiato; non è stato toccato. Ripristinalo da un backup o scegli un altro file.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Nessun file di database indicato.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Il database %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>Il driver SQLite di Qt non è installato (pacchetto libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>Il driver SQLite non ha fornito una connessione.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk to open it; the file was left untouched.</source>
        <translation>%1 è stato scritto da un CivicDesk più recente (schema %2; questo programma conosce fino alla %3). Aggiorna CivicDesk per aprirlo; il file non è stato toccato.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>%1 richiede un aggiornamento dello schema (dalla versione %2 alla %3) ma è di sola lettura.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>%1 è un file SQLite di un altro programma, non un database CivicDesk. Non è stato toccato.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>il passaggio al journaling WAL</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>l'aggiornamento dello schema alla versione %1</translation>
    </message>
    <message>
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 è di sola lettura; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>l'avvio di una transazione</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>il salvataggio delle modifiche</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this change was saved.</source>
        <translation>Il disco che contiene %1 è pieno; nulla di questa modifica è stato salvato.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 è in uso da un altro programma; riprova tra poco.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Errore del database durante %1: %2</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>il salvataggio di un'impostazione</translation>
    </message>
    <message>
        <source>District %1 has no usable polygon.</source>
        <translation>Il quartiere %1 non ha un poligono utilizzabile.</translation>
    </message>
    <message>
        <source>saving district %1</source>
        <translation>il salvataggio del quartiere %1</translation>
    </message>
    <message>
        <source>saving street %1</source>
        <translation>il salvataggio della via %1</translation>
    </message>
    <message>
        <source>saving a street segment</source>
        <translation>il salvataggio di un tratto di strada</translation>
    </message>
    <message>
        <source>saving the municipality</source>
        <translation>il salvataggio del comune</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>il salvataggio di un ufficio</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>il salvataggio di un utente</translation>
    </message>
    <message>
        <source>Tracking number %1 is already in use.</source>
        <translation>Il numero di protocollo %1 è già in uso.</translation>
    </message>
    <message>
        <source>saving request %1</source>
        <translation>il salvataggio della segnalazione %1</translation>
    </message>
    <message>
        <source>saving the request history</source>
        <translation>il salvataggio della cronologia della segnalazione</translation>
    </message>
    <message>
        <source>saving a reporter</source>
        <translation>il salvataggio di un segnalante</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>il salvataggio di un allegato</translation>
    </message>
    <message>
        <source>saving a call</source>
        <translation>il salvataggio di una chiamata</translation>
    </message>
    <message>
        <source>linking a call to a request</source>
        <translation>il collegamento di una chiamata a una segnalazione</translation>
    </message>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Creazione del comune dimostrativo…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Dimostrazione CivicDesk</translation>
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
        <translation>Non è stato possibile creare il comune dimostrativo.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>Non è stato possibile aprire il database.

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
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>&amp;Find a caller or a request</source>
        <translation>&amp;Trova un chiamante o una segnalazione</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Ultime segnalazioni</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Apri un database CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Database CivicDesk (*.civicdesk *.db *.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Apri il comune &amp;dimostrativo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Informazioni su CivicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 citizens · %2 requests</source>
        <translation>%1 cittadini · %2 segnalazioni</translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>Cittadino: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Segnalazione: %1</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Informazioni su CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Lo sportello delle segnalazioni dei cittadini di un comune: chiamate, segnalazioni, uffici e rapporti.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestListModel</name>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message>
        <source>Search citizens and requests: name, phone, e-mail, tax id or tracking number</source>
        <translation>Cerca cittadini e segnalazioni: nome, telefono, e-mail, codice fiscale o numero di protocollo</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Riepilogo della ricerca</translation>
    </message>
    <message>
        <source>Nothing found (%1 ms)</source>
        <translation>Nessun risultato (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 ms</source>
        <translation>
            <numerusform>%n risultato in %1 ms</numerusform><numerusform>%n risultati in %1 ms</numerusform></translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchResultsModel</name>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name or tracking number</source>
        <translation>Nome o numero di protocollo</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Trovato per</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — lo sportello delle segnalazioni dei cittadini di un comune.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Apri questo file di database.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PERCORSO</translation>
    </message>
    <message>
        <source>Open the demo municipality (created on first use).</source>
        <translation>Apri il comune dimostrativo (creato al primo uso).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>Paese del comune dimostrativo: GR, RO, IT o ES.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAESE</translation>
    </message>
    <message>
        <source>User interface language (el, ro, it, ca, es, en).</source>
        <translation>Lingua dell'interfaccia (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Apre, mostra l'elenco delle segnalazioni, stampa la memoria residente in MB ed esce (misura).</translation>
    </message>
</context>
</TS>