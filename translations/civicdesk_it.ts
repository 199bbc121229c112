<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>CallerAnswer</name>
    <message>
        <source>Your request %1 (%2, %3) was received on %4.</source>
        <translation>La sua richiesta %1 (%2, %3) è stata ricevuta il %4.</translation>
    </message>
    <message>
        <source>Your request %1 (%2) was received on %3.</source>
        <translation>La sua richiesta %1 (%2) è stata ricevuta il %3.</translation>
    </message>
    <message>
        <source>It is with %1; its status is “%2”.</source>
        <translation>È in carico a %1; il suo stato è «%2».</translation>
    </message>
    <message>
        <source>Its status is “%1”.</source>
        <translation>Il suo stato è «%1».</translation>
    </message>
    <message>
        <source>We expect the work to be done by %1.</source>
        <translation>Prevediamo di completare il lavoro entro %1.</translation>
    </message>
    <message>
        <source>It was due by %1 and is late.</source>
        <translation>Doveva essere completata entro %1 ed è in ritardo.</translation>
    </message>
    <message>
        <source>Its supervisors have been alerted.</source>
        <translation>I responsabili sono stati avvisati.</translation>
    </message>
    <message>
        <source>No completion date has been set yet.</source>
        <translation>Non è ancora stata fissata una data di completamento.</translation>
    </message>
    <message>
        <source>The work is on hold: %1.</source>
        <translation>Il lavoro è sospeso: %1.</translation>
    </message>
    <message>
        <source>The work is on hold.</source>
        <translation>Il lavoro è sospeso.</translation>
    </message>
    <message>
        <source>The time allowed does not run while it waits.</source>
        <translation>Il tempo concesso non scorre durante l&apos;attesa.</translation>
    </message>
    <message>
        <source>The work was done on %1.</source>
        <translation>Il lavoro è stato eseguito il %1.</translation>
    </message>
    <message>
        <source>It was closed on %1.</source>
        <translation>È stata chiusa il %1.</translation>
    </message>
    <message>
        <source>It was not taken up: %1.</source>
        <translation>Non è stata accolta: %1.</translation>
    </message>
    <message>
        <source>It was not taken up.</source>
        <translation>Non è stata accolta.</translation>
    </message>
    <message>
        <source>It reports the same problem as request %1 and is handled with it.</source>
        <translation>Segnala lo stesso problema della richiesta %1 e viene gestita insieme a essa.</translation>
    </message>
    <message>
        <source>If the problem is still there, we can reopen it now.</source>
        <translation>Se il problema persiste, possiamo riaprirla subito.</translation>
    </message>
</context>
<context>
    <name>CivicDesk</name>
    <message>
        <source>Registered, waiting to be looked into</source>
        <translation>Registrata, in attesa di esame</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <source>Follow a report</source>
        <translation>Segui una segnalazione</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>In esame</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Intervento programmato</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Intervento in corso</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Risolta</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>Non presa in carico</translation>
    </message>
    <message>
        <source>Reported already</source>
        <translation>Già segnalata</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Scegli il tuo comune</translation>
    </message>
    <message>
        <source>There is no report with the number %1. Check the number in the message you received.</source>
        <translation>Non esiste una segnalazione con il numero %1. Controlla il numero nel messaggio ricevuto.</translation>
    </message>
    <message>
        <source>As in the message we sent you, such as 26-S0-00012.</source>
        <translation>Come nel messaggio che ti abbiamo inviato, ad esempio 26-S0-00012.</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostra la segnalazione</translation>
    </message>
    <message>
        <source>Thank you. Your report is registered under the number</source>
        <translation>Grazie. La tua segnalazione è registrata con il numero</translation>
    </message>
    <message>
        <source>Keep it to follow your report here or to ask about it by phone.</source>
        <translation>Conservalo per seguire la segnalazione qui o per chiederne notizie al telefono.</translation>
    </message>
    <message>
        <source>This problem had been reported already; your report was added to it, under the number</source>
        <translation>Il problema era già stato segnalato; la tua segnalazione è stata aggiunta, con il numero</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Segnalata il</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Prevista entro</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>La nostra nota</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Cosa è successo finora</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Segnalazione ricevuta</translation>
    </message>
    <message>
        <source>Your update</source>
        <translation>Il tuo aggiornamento</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>La tua segnalazione</translation>
    </message>
    <message>
        <source>The form could not be read. Go back and send it again.</source>
        <translation>Non è stato possibile leggere il modulo. Torna indietro e invialo di nuovo.</translation>
    </message>
    <message>
        <source>What kind of problem is it? Choose the closest.</source>
        <translation>Che tipo di problema è? Scegli il più vicino.</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Altri problemi</translation>
    </message>
    <message>
        <source>To be told of progress, give an e-mail address or a mobile number.</source>
        <translation>Per essere informato sui progressi, indica un indirizzo e-mail o un numero di cellulare.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Correggi quanto segue</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>choose another</source>
        <translation>scegline un altro</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>Dove si trova?</translation>
    </message>
    <message>
        <source>The street and the number nearest to it.</source>
        <translation>La via e il numero civico più vicino.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(facoltativo)</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Qual è il problema?</translation>
    </message>
    <message>
        <source>A few words help the crew find and fix it (at most 4,000 characters).</source>
        <translation>Poche parole aiutano la squadra a trovarlo e ripararlo (al massimo 4.000 caratteri).</translation>
    </message>
    <message>
        <source>A photo (optional)</source>
        <translation>Una foto (facoltativa)</translation>
    </message>
    <message>
        <source>Who you are (optional)</source>
        <translation>Chi sei (facoltativo)</translation>
    </message>
    <message>
        <source>You may report without giving your name. We use these details for this report only.</source>
        <translation>Puoi segnalare senza dare il tuo nome. Usiamo questi dati solo per questa segnalazione.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Cellulare</translation>
    </message>
    <message>
        <source>Tell me of the progress of this report by e-mail or SMS. I can stop it at any time.</source>
        <translation>Informatemi sui progressi di questa segnalazione via e-mail o SMS. Posso interrompere in qualsiasi momento.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Invia la segnalazione</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Come ci siamo comportati?</translation>
    </message>
    <message>
        <source>This link is not valid. Check that it was copied whole.</source>
        <translation>Il link non è valido. Controlla che sia stato copiato per intero.</translation>
    </message>
    <message>
        <source>Thank you: your answer about this report is recorded. There is one answer for each report.</source>
        <translation>Grazie: la tua risposta su questa segnalazione è registrata. C&apos;è una sola risposta per ogni segnalazione.</translation>
    </message>
    <message>
        <source>This report is not dealt with yet; the survey opens when it is.</source>
        <translation>La segnalazione non è ancora risolta; il questionario si apre quando lo sarà.</translation>
    </message>
    <message>
        <source>Choose one of the five answers.</source>
        <translation>Scegli una delle cinque risposte.</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — molto insoddisfatto</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — insoddisfatto</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — né soddisfatto né insoddisfatto</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — soddisfatto</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — molto soddisfatto</translation>
    </message>
    <message>
        <source>How satisfied are you with how your report was dealt with?</source>
        <translation>Quanto sei soddisfatto di come è stata gestita la tua segnalazione?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Quello che vuoi dirci (facoltativo)</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Invia la risposta</translation>
    </message>
    <message>
        <source>We cannot find this address in the municipality. Give a street of it and a number.</source>
        <translation>Non troviamo questo indirizzo nel comune. Indica una via del comune e un numero civico.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Questo non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Questo non è un numero di telefono.</translation>
    </message>
    <message>
        <source>The description is too long: at most 4,000 characters.</source>
        <translation>La descrizione è troppo lunga: al massimo 4.000 caratteri.</translation>
    </message>
    <message>
        <source>The file is not a photo, or it is larger than 25 MB.</source>
        <translation>Il file non è una foto, oppure supera i 25 MB.</translation>
    </message>
    <message>
        <source>Answer this question with one of the answers offered.</source>
        <translation>Rispondi a questa domanda con una delle risposte proposte.</translation>
    </message>
    <message>
        <source>Choose the kind of problem again.</source>
        <translation>Scegli di nuovo il tipo di problema.</translation>
    </message>
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
        <translation>l&apos;elemento non ha geometria</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>il tipo di geometria %1 non è un&apos;area</translation>
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
        <source>The GeoJSON holds no features (type &quot;%1&quot;).</source>
        <translation>Il GeoJSON non contiene elementi (tipo «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run &quot;init&quot; or &quot;generate&quot; first.</source>
        <translation>Il database non ha ancora un comune; esegui prima «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Il file è vuoto.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campi mentre l&apos;intestazione ne ha %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>il tipo «%1» non è uno tra person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>né nome né organizzazione</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot; kept as typed: %2</source>
        <translation>telefono «%1» conservato come digitato: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; does not look like an address; kept as typed</source>
        <translation>l&apos;e-mail «%1» non sembra un indirizzo; conservato come digitato</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is unknown; left empty</source>
        <translation>il quartiere «%1» è sconosciuto; lasciato vuoto</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>stessa persona della riga %1</translation>
    </message>
    <message>
        <source>the feature has no property &quot;%1&quot;</source>
        <translation>l&apos;elemento non ha la proprietà «%1»</translation>
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
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» non è un orario ISO 8601</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither open nor closed</source>
        <translation>lo stato «%1» non è né open né closed</translation>
    </message>
    <message>
        <source>lat/long &quot;%1&quot;, &quot;%2&quot; is not a position</source>
        <translation>lat/long «%1», «%2» non è una posizione</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>né service_code né service_name</translation>
    </message>
    <message>
        <source>new service type &quot;%1&quot; (%2) flagged as imported</source>
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
        <source>The number is not in use in its country&apos;s numbering plan.</source>
        <translation>Il numero non esiste nel piano di numerazione del suo paese.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>Il numero ha un interno; è conservato come digitato.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>l&apos;aggiornamento dell&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>la ricostruzione dell&apos;indice di ricerca</translation>
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
        <translation>l&apos;e-mail inizia con %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>il numero di protocollo inizia con %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>parole della descrizione o dell&apos;indirizzo</translation>
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
        <translation>l&apos;aggiornamento dello schema alla versione %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>l&apos;avvio di una transazione</translation>
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
        <translation>il salvataggio di un&apos;impostazione</translation>
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
    <message>
        <source>The caller&apos;s number is withheld: ask for a number to call back.</source>
        <translation>Il numero del chiamante è nascosto: chiedete un numero per richiamarlo.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number (%2); it is kept as typed.</source>
        <translation>«%1» non è un numero di telefono (%2); viene conservato come scritto.</translation>
    </message>
    <message>
        <source>recording the caller of a call</source>
        <translation>registrazione del chiamante di una chiamata</translation>
    </message>
    <message>
        <source>ending a call</source>
        <translation>chiusura di una chiamata</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Inserite un nome o un cognome.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Inserite la denominazione dell&apos;organizzazione.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number; it is kept as typed.</source>
        <translation>«%1» non è un numero di telefono; viene conservato come scritto.</translation>
    </message>
    <message>
        <source>%1 does not exist in the numbering plan; check it with the caller.</source>
        <translation>%1 non esiste nel piano di numerazione; verificatelo con il chiamante.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Unknown language “%1”.</source>
        <translation>Lingua sconosciuta «%1».</translation>
    </message>
    <message>
        <source>Consent to e-mail needs an e-mail address.</source>
        <translation>Il consenso all&apos;e-mail richiede un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>Consent to calls or SMS needs a telephone number.</source>
        <translation>Il consenso a chiamate o SMS richiede un numero di telefono.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists; it may have been merged into another.</source>
        <translation>La scheda del cittadino non esiste più; forse è stata unita a un&apos;altra.</translation>
    </message>
    <message>
        <source>Request %1 filed</source>
        <translation>Segnalazione %1 registrata</translation>
    </message>
    <message>
        <source>Also reported %1</source>
        <translation>Ha segnalato anche %1</translation>
    </message>
    <message>
        <source>Rated %1: %2 of 5</source>
        <translation>Ha valutato %1: %2 su 5</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>ha registrato %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>si è unito a %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>ha consultato %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chiamata</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in coda</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>inviato</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>%1 message (%2)</source>
        <translation>Messaggio %1 (%2)</translation>
    </message>
    <message>
        <source>Merged with a duplicate record</source>
        <translation>Unita a una scheda duplicata</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Una scheda non può essere unita a se stessa.</translation>
    </message>
    <message>
        <source>One of the two citizen records no longer exists.</source>
        <translation>Una delle due schede non esiste più.</translation>
    </message>
    <message>
        <source>Citizen record %1 merged into %2</source>
        <translation>Scheda %1 unita a %2</translation>
    </message>
    <message>
        <source>merging citizen records</source>
        <translation>unione delle schede dei cittadini</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>salvataggio della bozza</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>eliminazione della bozza</translation>
    </message>
    <message>
        <source>Choose the type of problem.</source>
        <translation>Scegliete il tipo di problema.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Inserite un numero.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Inserite data e ora.</translation>
    </message>
    <message>
        <source>Choose one value.</source>
        <translation>Scegliete un solo valore.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values offered.</source>
        <translation>«%1» non è tra i valori proposti.</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.</source>
        <translation>«%1» non è nello stradario: scegliete un indirizzo dall&apos;elenco o inserite le coordinate.</translation>
    </message>
    <message>
        <source>Give the address or the coordinates of the problem.</source>
        <translation>Indicate l&apos;indirizzo o le coordinate del problema.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 è fuori dal territorio comunale.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossibile leggere %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB.</source>
        <translation>%1 supera i 25 MB.</translation>
    </message>
    <message>
        <source>%1 is not a photo (%2).</source>
        <translation>%1 non è una foto (%2).</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>Impossibile archiviare %1: %2</translation>
    </message>
    <message>
        <source>Reported as an emergency; the caller was told to call %1 if life or property is at risk.</source>
        <translation>Segnalata come emergenza; al chiamante è stato detto di chiamare il %1 se sono in pericolo persone o beni.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La segnalazione non esiste più.</translation>
    </message>
    <message>
        <source>Another caller reported the same problem.</source>
        <translation>Un altro chiamante ha segnalato lo stesso problema.</translation>
    </message>
    <message>
        <source>raising the priority</source>
        <translation>aumento della priorità</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>La cifra di controllo non corrisponde: probabilmente una cifra è stata digitata male.</translation>
    </message>
    <message>
        <source>A Greek tax number (AFM) has 9 digits.</source>
        <translation>Un codice fiscale greco (AFM) ha 9 cifre.</translation>
    </message>
    <message>
        <source>A Romanian CNP or CUI has digits only.</source>
        <translation>Un CNP o CUI rumeno contiene solo cifre.</translation>
    </message>
    <message>
        <source>A Romanian CNP has 13 digits, a CUI 2 to 10.</source>
        <translation>Un CNP rumeno ha 13 cifre, un CUI da 2 a 10.</translation>
    </message>
    <message>
        <source>This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …).</source>
        <translation>Non ha la forma di un codice fiscale (6 lettere, 2 cifre, una lettera, …).</translation>
    </message>
    <message>
        <source>The control letter does not match: a character was probably mistyped.</source>
        <translation>Il carattere di controllo non corrisponde: probabilmente un carattere è stato digitato male.</translation>
    </message>
    <message>
        <source>An Italian codice fiscale has 16 characters, a partita IVA 11 digits.</source>
        <translation>Un codice fiscale italiano ha 16 caratteri, una partita IVA 11 cifre.</translation>
    </message>
    <message>
        <source>A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIF spagnolo ha 8 cifre e una lettera, un NIE X, Y o Z, 7 cifre e una lettera.</translation>
    </message>
    <message>
        <source>A tax id has 4 to 20 letters and digits.</source>
        <translation>Un codice fiscale ha da 4 a 20 lettere e cifre.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posta</translation>
    </message>
    <message>
        <source>Routed at intake</source>
        <translation>Assegnata alla registrazione</translation>
    </message>
    <message>
        <source>The same problem was closed here in the last 90 days (%1).</source>
        <translation>Lo stesso problema è stato chiuso qui negli ultimi 90 giorni (%1).</translation>
    </message>
    <message>
        <source>queueing a message to a citizen</source>
        <translation>accodamento di un messaggio al cittadino</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1.</source>
        <translation>Il calendario non è JSON valido: %1.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuso orario sconosciuto «%1».</translation>
    </message>
    <message>
        <source>Easter is “western” or “orthodox”, not “%1”.</source>
        <translation>La Pasqua è «western» o «orthodox», non «%1».</translation>
    </message>
    <message>
        <source>Unknown weekday “%1” in the working hours (mon … sun).</source>
        <translation>Giorno sconosciuto «%1» nell&apos;orario (mon … sun).</translation>
    </message>
    <message>
        <source>Working hours of %1 must be pairs of times from earlier to later, like [&quot;08:00&quot;, &quot;16:00&quot;].</source>
        <translation>L&apos;orario di %1 deve essere fatto di coppie di ore dalla prima alla seconda, come [&quot;08:00&quot;, &quot;16:00&quot;].</translation>
    </message>
    <message>
        <source>Working hours of %1 overlap.</source>
        <translation>L&apos;orario di %1 si sovrappone.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is MM-DD.</source>
        <translation>Festività «%1»: la data si scrive MM-GG.</translation>
    </message>
    <message>
        <source>Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.</source>
        <translation>Festività «%1»: un periodo va «from» MM-GG «to» un MM-GG successivo dello stesso anno.</translation>
    </message>
    <message>
        <source>Holiday “%1”: days from Easter must be within ±120.</source>
        <translation>Festività «%1»: i giorni dalla Pasqua devono essere entro ±120.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is YYYY-MM-DD.</source>
        <translation>Festività «%1»: la data si scrive AAAA-MM-GG.</translation>
    </message>
    <message>
        <source>Holiday “%1” has no date, period, Easter offset or single day.</source>
        <translation>La festività «%1» non ha data, periodo, distanza dalla Pasqua o giorno singolo.</translation>
    </message>
    <message>
        <source>The holidays “%1” and “%2” overlap.</source>
        <translation>Le festività «%1» e «%2» si sovrappongono.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Nei tempi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Request %1 belongs to another department.</source>
        <translation>La segnalazione %1 appartiene a un altro ufficio.</translation>
    </message>
    <message>
        <source>changing the status of %1</source>
        <translation>cambio di stato di %1</translation>
    </message>
    <message>
        <source>Closed with its cluster&apos;s master %1.</source>
        <translation>Chiusa con la segnalazione principale del gruppo, %1.</translation>
    </message>
    <message>
        <source>Rerouting needs a reason.</source>
        <translation>Il reindirizzamento richiede un motivo.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be rerouted.</source>
        <translation>La segnalazione %1 è «%2»: non può più essere reindirizzata.</translation>
    </message>
    <message>
        <source>Request %1 is already with that department.</source>
        <translation>La segnalazione %1 è già presso quell&apos;ufficio.</translation>
    </message>
    <message>
        <source>That department does not exist.</source>
        <translation>Quell&apos;ufficio non esiste.</translation>
    </message>
    <message>
        <source>%1 does not handle requests of the type “%2”.</source>
        <translation>%1 non tratta segnalazioni del tipo «%2».</translation>
    </message>
    <message>
        <source>rerouting %1</source>
        <translation>reindirizzamento di %1</translation>
    </message>
    <message>
        <source>Operators do not assign work.</source>
        <translation>Gli operatori non assegnano lavori.</translation>
    </message>
    <message>
        <source>Request %1 is %2: there is nothing to assign.</source>
        <translation>La segnalazione %1 è «%2»: non c&apos;è nulla da assegnare.</translation>
    </message>
    <message>
        <source>That is not a crew.</source>
        <translation>Questa non è una squadra.</translation>
    </message>
    <message>
        <source>%1 is not a crew of the department handling %2.</source>
        <translation>%1 non è una squadra dell&apos;ufficio che tratta %2.</translation>
    </message>
    <message>
        <source>assigning %1</source>
        <translation>assegnazione di %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota è vuota.</translation>
    </message>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>La priorità segue %n segnalante distinto.</numerusform>
            <numerusform>La priorità segue %n segnalanti distinti.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Una segnalazione non può essere duplicato di se stessa.</translation>
    </message>
    <message>
        <source>%1 is %2: link to an open request.</source>
        <translation>%1 è «%2»: collegate a una segnalazione aperta.</translation>
    </message>
    <message>
        <source>%1 is already in the cluster of %2.</source>
        <translation>%1 è già nel gruppo di %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplicato di %1</translation>
    </message>
    <message>
        <source>%1 joined this request&apos;s cluster.</source>
        <translation>%1 si è unita al gruppo di questa segnalazione.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>La soddisfazione si valuta da 1 a 5.</translation>
    </message>
    <message>
        <source>The citizen rates the work once the request is resolved.</source>
        <translation>Il cittadino valuta il lavoro dopo la risoluzione della segnalazione.</translation>
    </message>
    <message>
        <source>recording the rating of %1</source>
        <translation>registrazione della valutazione di %1</translation>
    </message>
    <message>
        <source>running the escalation ladder</source>
        <translation>esecuzione dell&apos;escalation</translation>
    </message>
    <message>
        <source>%1 is at risk: %2 % of its working time is used.</source>
        <translation>%1 è a rischio: è stato usato il %2 % del tempo di lavoro.</translation>
    </message>
    <message>
        <source>%1 has missed its deadline.</source>
        <translation>%1 ha superato la scadenza.</translation>
    </message>
    <message>
        <source>%1 is still open well past its deadline.</source>
        <translation>%1 è ancora aperta molto oltre la scadenza.</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>presa visione di un avviso</translation>
    </message>
    <message>
        <source>saving a routing rule</source>
        <translation>salvataggio di una regola di assegnazione</translation>
    </message>
    <message>
        <source>The workflow is not valid JSON: %1.</source>
        <translation>Il flusso di lavoro non è JSON valido: %1.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown initial status “%2”.</source>
        <translation>Flusso «%1»: stato iniziale sconosciuto «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown status “%2”.</source>
        <translation>Flusso «%1»: stato sconosciuto «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown role “%2”.</source>
        <translation>Flusso «%1»: ruolo sconosciuto «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition without roles could never be made.</source>
        <translation>Flusso «%1»: una transizione senza ruoli non potrebbe mai avvenire.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition from “%2” to itself.</source>
        <translation>Flusso «%1»: una transizione da «%2» a se stesso.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the transition from “%2” to “%3” is defined twice.</source>
        <translation>Flusso «%1»: la transizione da «%2» a «%3» è definita due volte.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” cannot be reached from “%3”.</source>
        <translation>Flusso «%1»: lo stato «%2» non è raggiungibile da «%3».</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).</source>
        <translation>Flusso «%1»: lo stato «%2» è un vicolo cieco (nessuna uscita e non segnato come concluso).</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Una segnalazione non può passare da «%1» a «%2».</translation>
    </message>
    <message>
        <source>A user with the role “%1” may not move a request from “%2” to “%3”.</source>
        <translation>Un utente con ruolo «%1» non può spostare una segnalazione da «%2» a «%3».</translation>
    </message>
    <message>
        <source>Moving a request to “%1” needs a note saying why.</source>
        <translation>Il passaggio a «%1» richiede una nota con il motivo.</translation>
    </message>
    <message>
        <source>saving the calendar</source>
        <translation>salvataggio del calendario</translation>
    </message>
    <message>
        <source>saving the workflow</source>
        <translation>salvataggio del flusso di lavoro</translation>
    </message>
    <message>
        <source>Requests per type</source>
        <translation>Segnalazioni per tipo</translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Segnalazioni per ufficio</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Segnalazioni per stato</translation>
    </message>
    <message>
        <source>Requests per district</source>
        <translation>Segnalazioni per quartiere</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Rispetto delle scadenze</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Soddisfazione dei cittadini</translation>
    </message>
    <message>
        <source>Crew workload</source>
        <translation>Carico delle squadre</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Nessun quartiere</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indicate il primo e l&apos;ultimo giorno del periodo.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>Il periodo finisce (%1) prima di iniziare (%2).</translation>
    </message>
    <message>
        <source>A report covers at most twenty years, from 1990 on.</source>
        <translation>Un rapporto copre al massimo vent&apos;anni, dal 1990 in poi.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Ufficio: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Quartiere: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canale: %1</translation>
    </message>
    <message>
        <source>Priority at least: %1</source>
        <translation>Priorità almeno: %1</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N. protocollo</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Registrata</translation>
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
        <source>Department</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Totale: %n segnalazione</numerusform>
            <numerusform>Totale: %n segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>Entro la scadenza</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valutazioni</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Ore mediana</translation>
    </message>
    <message>
        <source>90 % hours</source>
        <translation>Ore 90 %</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Soddisfazione</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Ricorrenze</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Squadra</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>La più vecchia</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotale</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Stampato il %1 da %2</translation>
    </message>
    <message>
        <source>No requests match these parameters.</source>
        <translation>Nessuna segnalazione corrisponde a questi parametri.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>The base map settings are not a JSON object: %1</source>
        <translation>Le impostazioni della mappa di base non sono un oggetto JSON: %1</translation>
    </message>
    <message>
        <source>Unknown base map kind &quot;%1&quot; (xyz, mbtiles or vector).</source>
        <translation>Tipo di mappa di base sconosciuto «%1» (xyz, mbtiles o vector).</translation>
    </message>
    <message>
        <source>The highest zoom level must lie between 0 and %1.</source>
        <translation>Il livello di zoom massimo deve essere tra 0 e %1.</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y}: %1</source>
        <translation>L&apos;URL delle tessere richiede {z}, {x} e {y}: %1</translation>
    </message>
    <message>
        <source>A tile URL must be http or https: %1</source>
        <translation>L&apos;URL delle tessere deve essere http o https: %1</translation>
    </message>
    <message>
        <source>An MBTiles base map needs the file&apos;s path.</source>
        <translation>Una mappa di base MBTiles richiede il percorso del file.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 da %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>Il file MBTiles %1 non esiste.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>Il file MBTiles %1 non si può aprire: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 non è un file MBTiles (non ha la tabella tiles).</translation>
    </message>
    <message>
        <source>not in the MBTiles file</source>
        <translation>non presente nel file MBTiles</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Accurata</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parzialmente accurata</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inesatta</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Segnalazione falsa</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Registrata (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Assegnata a %1</translation>
    </message>
    <message>
        <source>Rerouted from %1 to %2</source>
        <translation>Reindirizzata da %1 a %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnata a %1</translation>
    </message>
    <message>
        <source>Message to the citizen (%1): %2</source>
        <translation>Messaggio al cittadino (%1): %2</translation>
    </message>
    <message>
        <source>Accuracy of the report: %1</source>
        <translation>Accuratezza della segnalazione: %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction: %1 of 5</source>
        <translation>Soddisfazione del cittadino: %1 su 5</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escalation %1: %2</translation>
    </message>
    <message>
        <source>Citizen records merged</source>
        <translation>Schede dei cittadini unite</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Collegata: %1</translation>
    </message>
    <message>
        <source>EMERGENCY: %1</source>
        <translation>EMERGENZA: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 would break references between its rows; it was left as it was.</source>
        <translation>L&apos;aggiornamento di %1 allo schema %2 romperebbe i riferimenti tra le sue righe; è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>upgrading the request history</source>
        <translation>l&apos;aggiornamento dello storico delle segnalazioni</translation>
    </message>
    <message>
        <source>upgrading the alerts</source>
        <translation>l&apos;aggiornamento degli avvisi</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the expected shape; it was left untouched.</source>
        <translation>La tabella %1 di %2 non ha la forma prevista; non è stata toccata.</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>The command has no valid id.</source>
        <translation>Il comando non ha un identificativo valido.</translation>
    </message>
    <message>
        <source>The command has no name.</source>
        <translation>Il comando non ha un nome.</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>Il comando non ha un&apos;ora valida.</translation>
    </message>
    <message>
        <source>The command does not say who issued it.</source>
        <translation>Il comando non dice chi l&apos;ha dato.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments are not an object.</source>
        <translation>Gli argomenti del comando non sono un oggetto.</translation>
    </message>
    <message>
        <source>The command %1 is missing %2 or has it of the wrong kind.</source>
        <translation>Al comando %1 manca %2 o è del tipo sbagliato.</translation>
    </message>
    <message>
        <source>The command has no valid id or time.</source>
        <translation>Il comando non ha un identificativo o un&apos;ora validi.</translation>
    </message>
    <message>
        <source>The command was issued by no active user of this municipality.</source>
        <translation>Il comando non è stato dato da nessun utente attivo di questo comune.</translation>
    </message>
    <message>
        <source>There is no command %1.</source>
        <translation>Non esiste il comando %1.</translation>
    </message>
    <message>
        <source>The photo %1 is not in the photo store.</source>
        <translation>La foto %1 non è nell&apos;archivio delle foto.</translation>
    </message>
    <message>
        <source>saving the base map</source>
        <translation>salvataggio della mappa di base</translation>
    </message>
    <message>
        <source>closing a request with its cluster</source>
        <translation>chiusura di una segnalazione con il suo gruppo</translation>
    </message>
    <message>
        <source>joining a request to its cluster</source>
        <translation>unione di una segnalazione al suo gruppo</translation>
    </message>
    <message>
        <source>The server file %1 could not be opened: %2</source>
        <translation>Impossibile aprire il file del server %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk server file.</source>
        <translation>%1 non è un file di server CivicDesk.</translation>
    </message>
    <message>
        <source>preparing the server file</source>
        <translation>la preparazione del file del server</translation>
    </message>
    <message>
        <source>Server file error while %1: %2</source>
        <translation>Errore del file del server durante %1: %2</translation>
    </message>
    <message>
        <source>A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.</source>
        <translation>Un codice di ente ha da 1 a 32 lettere maiuscole, cifre, - o _; %1 non lo è.</translation>
    </message>
    <message>
        <source>There is a tenant %1 already.</source>
        <translation>Esiste già l&apos;ente %1.</translation>
    </message>
    <message>
        <source>adding tenant %1</source>
        <translation>l&apos;aggiunta dell&apos;ente %1</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>la modifica dell&apos;ente %1</translation>
    </message>
    <message>
        <source>Tenant %1 has a user %2 already.</source>
        <translation>L&apos;ente %1 ha già un utente %2.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>l&apos;aggiunta dell&apos;utente %1</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>la registrazione di un accesso</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>la modifica di una password</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>la modifica di un utente</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>la disconnessione</translation>
    </message>
    <message>
        <source>signing a user out</source>
        <translation>la disconnessione di un utente</translation>
    </message>
    <message>
        <source>This desk is registered already, as %1.</source>
        <translation>Questa postazione è già registrata, come %1.</translation>
    </message>
    <message>
        <source>A desk code is 2 to 4 capital letters or digits; %1 is not.</source>
        <translation>Un codice di postazione ha da 2 a 4 lettere maiuscole o cifre; %1 non lo è.</translation>
    </message>
    <message>
        <source>The desk code %1 belongs to another desk.</source>
        <translation>Il codice di postazione %1 appartiene a un&apos;altra postazione.</translation>
    </message>
    <message>
        <source>Every desk code is taken; give this desk one of up to 4 characters.</source>
        <translation>Tutti i codici di postazione sono occupati; date a questa postazione uno di al massimo 4 caratteri.</translation>
    </message>
    <message>
        <source>registering a desk</source>
        <translation>la registrazione di una postazione</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>la lettura delle modifiche</translation>
    </message>
    <message>
        <source>recording a mutation</source>
        <translation>la registrazione di una modifica</translation>
    </message>
    <message>
        <source>copying the data for a new desk</source>
        <translation>la copia dei dati per una nuova postazione</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be opened.</source>
        <translation>Impossibile aprire la copia per una nuova postazione.</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be prepared: %1</source>
        <translation>Impossibile preparare la copia per una nuova postazione: %1</translation>
    </message>
    <message>
        <source>The server sent rows of an unknown table %1.</source>
        <translation>Il server ha inviato righe di una tabella sconosciuta %1.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 that does not fit its columns.</source>
        <translation>Il server ha inviato una riga di %1 che non corrisponde alle sue colonne.</translation>
    </message>
    <message>
        <source>writing the server&apos;s rows of %1</source>
        <translation>la scrittura delle righe del server in %1</translation>
    </message>
    <message>
        <source>removing the server&apos;s rows of %1</source>
        <translation>la rimozione delle righe del server da %1</translation>
    </message>
    <message>
        <source>keeping a change for the server</source>
        <translation>la conservazione di una modifica per il server</translation>
    </message>
    <message>
        <source>clearing answered changes</source>
        <translation>la pulizia delle modifiche confermate</translation>
    </message>
    <message>
        <source>keeping a refused change</source>
        <translation>la conservazione di una modifica rifiutata</translation>
    </message>
    <message>
        <source>The server could not be reached while %1: %2</source>
        <translation>Il server non era raggiungibile durante %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 while %2.</source>
        <translation>Il server ha risposto %1 durante %2.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>l&apos;invio delle modifiche</translation>
    </message>
    <message>
        <source>fetching changes</source>
        <translation>la ricezione delle modifiche</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull has no valid cursor.</source>
        <translation>La risposta del server a una ricezione non ha un cursore valido.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>l&apos;accesso</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no token.</source>
        <translation>La risposta del server all&apos;accesso non ha un token.</translation>
    </message>
    <message>
        <source>registering this desk</source>
        <translation>la registrazione di questa postazione</translation>
    </message>
    <message>
        <source>The server gave this desk no code.</source>
        <translation>Il server non ha dato un codice a questa postazione.</translation>
    </message>
    <message>
        <source>fetching the municipality&apos;s data</source>
        <translation>la ricezione dei dati del comune</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the data came without its cursor.</source>
        <translation>La copia dei dati del server è arrivata senza cursore.</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>Impossibile scrivere i dati in %1.</translation>
    </message>
    <message>
        <source>A row is not {t: table, k: [key], v: [values] or null}.</source>
        <translation>Una riga non è {t: tabella, k: [chiave], v: [valori] o null}.</translation>
    </message>
    <message>
        <source>A row names the table %1, which does not travel.</source>
        <translation>Una riga nomina la tabella %1, che non viene sincronizzata.</translation>
    </message>
    <message>
        <source>The rows are not a list.</source>
        <translation>Le righe non sono un elenco.</translation>
    </message>
    <message>
        <source>The keys are not a list.</source>
        <translation>Le chiavi non sono un elenco.</translation>
    </message>
    <message>
        <source>A key is not {t: synced table, k: [values]}.</source>
        <translation>Una chiave non è {t: tabella sincronizzata, k: [valori]}.</translation>
    </message>
    <message>
        <source>A key holds something other than text and numbers.</source>
        <translation>Una chiave contiene altro che testo e numeri.</translation>
    </message>
    <message>
        <source>keeping an edit set aside</source>
        <translation>la conservazione di una modifica messa da parte</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>sending a photo</source>
        <translation>l&apos;invio di una foto</translation>
    </message>
    <message>
        <source>copying the data to %1</source>
        <translation>copia dei dati in %1</translation>
    </message>
    <message>
        <source>reading the desk&apos;s old file</source>
        <translation>lettura del vecchio file della postazione</translation>
    </message>
    <message>
        <source>%1 is not a desk that works with a server.</source>
        <translation>%1 non è una postazione che lavora con un server.</translation>
    </message>
    <message>
        <source>Sign in first: the server&apos;s new data is fetched in your name.</source>
        <translation>Accedi prima: i nuovi dati del server vengono scaricati a tuo nome.</translation>
    </message>
    <message>
        <source>starting again on the server&apos;s new data</source>
        <translation>ripartenza sui nuovi dati del server</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere; close it and try again.</source>
        <translation>%1 è ancora aperto altrove; chiudilo e riprova.</translation>
    </message>
    <message>
        <source>%1 could not be set aside as %2.</source>
        <translation>Non è stato possibile mettere da parte %1 come %2.</translation>
    </message>
    <message>
        <source>%1 could not take the place of %2.</source>
        <translation>%1 non ha potuto prendere il posto di %2.</translation>
    </message>
    <message>
        <source>This request is not on this desk.</source>
        <translation>Questa richiesta non è su questa postazione.</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Chiuse in ritardo</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Aperte oltre la scadenza</translation>
    </message>
    <message>
        <source>On time, of those closed</source>
        <translation>In tempo, sulle chiuse</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Scadenze rispettate</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo precedente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Received: %1 (previous period, %2: %3; change %4).</source>
        <translation>Ricevute: %1 (periodo precedente, %2: %3; variazione %4).</translation>
    </message>
    <message>
        <source>Open past their deadline now: %1. Deadlines met, counting these as missed: %2.</source>
        <translation>Aperte ora oltre la scadenza: %1. Scadenze rispettate, contandole come mancate: %2.</translation>
    </message>
    <message>
        <source>Resolution time: half of the requests within %1 hours, 90 % within %2 hours.</source>
        <translation>Tempo di risoluzione: metà delle segnalazioni entro %1 ore, il 90 % entro %2 ore.</translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Soddisfazione dei cittadini: %1 su 5 da %n valutazione.</numerusform>
            <numerusform>Soddisfazione dei cittadini: %1 su 5 da %n valutazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most requests: %1 (%2).</source>
        <translation>Più segnalazioni: %1 (%2).</translation>
    </message>
    <message>
        <source>Fewest deadlines met: %1 (%2).</source>
        <translation>Meno scadenze rispettate: %1 (%2).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipi</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>quartieri</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>uffici</translation>
    </message>
    <message>
        <source>Deadlines per department</source>
        <translation>Scadenze per ufficio</translation>
    </message>
    <message>
        <source>Ratings per department</source>
        <translation>Valutazioni per ufficio</translation>
    </message>
    <message>
        <source>Requests received per type</source>
        <translation>Segnalazioni ricevute per tipo</translation>
    </message>
    <message>
        <source>Requests received per district</source>
        <translation>Segnalazioni ricevute per quartiere</translation>
    </message>
    <message>
        <source>Requests received per department</source>
        <translation>Segnalazioni ricevute per ufficio</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3.</source>
        <translation>I %1 più grandi su %2 %3.</translation>
    </message>
    <message>
        <source>Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.</source>
        <translation>Delle %1 segnalazioni del periodo, %2 sono ancora aperte (sospese comprese) e %3 sono risolte, chiuse, respinte o unite a un&apos;altra segnalazione.</translation>
    </message>
    <message>
        <source>This call filed no request: say how it ended instead.</source>
        <translation>Questa chiamata non ha registrato segnalazioni: dite come si è conclusa.</translation>
    </message>
    <message>
        <source>Request filed or joined</source>
        <translation>Segnalazione registrata o unita</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informazione data</translation>
    </message>
    <message>
        <source>Asked about a request</source>
        <translation>Ha chiesto di una segnalazione</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Reclamo</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Trasferita</translation>
    </message>
    <message>
        <source>Other (wrong number, silent)</source>
        <translation>Altro (numero errato, silenzio)</translation>
    </message>
    <message>
        <source>; the lines after it are read on their own</source>
        <translation>; le righe successive sono lette ciascuna da sola</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); the lines after it are read on their own</source>
        <translation>un campo tra virgolette aperto su questa riga non si chiude su di essa (letto fino alla riga %1, %2 campi dove l&apos;intestazione ne ha %3); le righe successive sono lette ciascuna da sola</translation>
    </message>
    <message>
        <source>NUL bytes removed</source>
        <translation>byte NUL rimossi</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 replaced by � (the file may be in another encoding)</source>
        <translation>byte non UTF-8 sostituiti con � (il file potrebbe essere in un&apos;altra codifica)</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed (the file ends on line %2)</source>
        <translation>un campo tra virgolette aperto alla riga %1 non si chiude mai (il file finisce alla riga %2)</translation>
    </message>
    <message>
        <source>No feature of %1 has the property &quot;%2&quot;; the features have: %3. Name the one that holds the district&apos;s name.</source>
        <translation>Nessun elemento di %1 ha la proprietà «%2»; gli elementi hanno: %3. Indicate quella che contiene il nome del quartiere.</translation>
    </message>
    <message>
        <source>no properties at all</source>
        <translation>nessuna proprietà</translation>
    </message>
    <message>
        <source> (%1 of them updated from the source)</source>
        <translation> (%1 di essi aggiornati dalla fonte)</translation>
    </message>
    <message>
        <source>, %1 kept without a place</source>
        <translation>, %1 tenuti senza posizione</translation>
    </message>
    <message>
        <source>lat/long %1, %2 lies %3 km outside the municipality&apos;s districts: kept without a place</source>
        <translation>lat/long %1, %2 si trova a %3 km fuori dai quartieri del comune: tenuto senza posizione</translation>
    </message>
    <message>
        <source>service_name is empty: the new type is named by its code %1</source>
        <translation>service_name è vuoto: il nuovo tipo prende il nome dal suo codice %1</translation>
    </message>
    <message>
        <source>%1 requests, none of them listed</source>
        <translation>%1 richieste, nessuna elencata</translation>
    </message>
    <message>
        <source>%1 requests, the first %2 of them listed</source>
        <translation>%1 richieste, elencate le prime %2</translation>
    </message>
    <message>
        <source>The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.</source>
        <translation>L&apos;elenco è stato tagliato: sono elencate le prime %1 di %2 richieste. Subtotali e totali le contano tutte.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>Impossibile scrivere il rapporto: %1</translation>
    </message>
    <message>
        <source>Without a deadline</source>
        <translation>Senza scadenza</translation>
    </message>
    <message>
        <source>Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).</source>
        <translation>Chiuse: %1; delle %2 che avevano una scadenza, %3 entro la scadenza (%4; periodo precedente %5).</translation>
    </message>
    <message>
        <source>Closed: %1, none of them with a deadline.</source>
        <translation>Chiuse: %1, nessuna con una scadenza.</translation>
    </message>
    <message>
        <source>case number %1 of the system it was imported from</source>
        <translation>numero di pratica %1 del sistema da cui è stata importata</translation>
    </message>
    <message>
        <source>the file is read-only for this user (%1, owner %2)</source>
        <translation>il file è in sola lettura per questo utente (%1, proprietario %2)</translation>
    </message>
    <message>
        <source>its folder %1 is read-only for this user (%2, owner %3)</source>
        <translation>la sua cartella %1 è in sola lettura per questo utente (%2, proprietario %3)</translation>
    </message>
    <message>
        <source>%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it can be written, or copy it together with that file to a folder of yours.</source>
        <translation>%1 può essere solo letto (%2) e modifiche non ancora scritte al suo interno attendono in %3. Apritelo una volta dove può essere scritto, oppure copiatelo insieme a quel file in una vostra cartella.</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>la lettura del file</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>%1 è aperto in sola lettura: %2. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 è aperto in sola lettura; non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Holiday “%1”: %2 is a year from 1900 to 2200.</source>
        <translation>Festività «%1»: %2 è un anno dal 1900 al 2200.</translation>
    </message>
    <message>
        <source>Holiday “%1”: its last year comes before its first.</source>
        <translation>Festività «%1»: il suo ultimo anno viene prima del primo.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1; its columns are: %2.</source>
        <translation>Nel file mancano le colonne %1; le sue colonne sono: %2.</translation>
    </message>
    <message>
        <source>%1
The import stopped there; %2 requests imported before it are kept, and running the import again goes on from where it stopped.</source>
        <translation>%1
L&apos;importazione si è fermata lì; le %2 segnalazioni importate prima sono conservate, e rieseguire l&apos;importazione riprende da dove si è fermata.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such readable file</source>
        <translation>Impossibile leggere %1: nessun file leggibile con questo nome</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenStreetMap extract (.osm.pbf): %2</source>
        <translation>%1 non è un estratto OpenStreetMap leggibile (.osm.pbf): %2</translation>
    </message>
    <message>
        <source>no street name in column %1</source>
        <translation>nessun nome di via nella colonna %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>«%1» è già alla riga %2</translation>
    </message>
    <message>
        <source>house numbers &quot;%1&quot;–&quot;%2&quot; are not a range: the street is kept without them</source>
        <translation>i numeri «%1»–«%2» non sono un intervallo: la via è tenuta senza di essi</translation>
    </message>
    <message>
        <source>%1 holds no street: the gazetteer is left as it was.</source>
        <translation>%1 non contiene vie: lo stradario resta com&apos;era.</translation>
    </message>
    <message>
        <source>the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand</source>
        <translation>lo stradario contiene ora le %1 vie di %2; il registro non dà geometria, quindi un indirizzo si colloca a mano sulla mappa</translation>
    </message>
    <message>
        <source>%1 (%2 boundaries)</source>
        <translation>%1 (%2 confini)</translation>
    </message>
    <message>
        <source>%1 has no named administrative boundary of admin_level %2; the levels present are: %3.</source>
        <translation>%1 non ha confini amministrativi con nome di admin_level %2; i livelli presenti sono: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 holds no named street and no address: the gazetteer is left as it was.</source>
        <translation>%1 non ha vie con nome né indirizzi: lo stradario resta com&apos;era.</translation>
    </message>
    <message>
        <source>%1 districts from the boundaries of admin_level %2</source>
        <translation>%1 quartieri dai confini di admin_level %2</translation>
    </message>
    <message>
        <source>%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), %5 stretches to interpolate house numbers along</source>
        <translation>%1 vie con la loro geometria, altre %2 note solo dagli indirizzi; %3 punti di indirizzo numerati (%4 ripetuti tralasciati), %5 tratti su cui interpolare i civici</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>indirizzo %1</translation>
    </message>
    <message>
        <source>address starts with %1</source>
        <translation>l&apos;indirizzo inizia con %1</translation>
    </message>
    <message>
        <source>removing the streets</source>
        <translation>rimozione delle vie</translation>
    </message>
    <message>
        <source>Imported in bulk: the requests&apos; indexes and the dashboard&apos;s figures were made once at the end (%1 s).</source>
        <translation>Importato in blocco: gli indici delle richieste e i dati del cruscotto sono stati creati una sola volta alla fine (%1 s).</translation>
    </message>
    <message>
        <source>Another import into %1 is running (its lock file %2 is held).</source>
        <translation>Un&apos;altra importazione in %1 è in corso (il suo file di blocco %2 è occupato).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name-of-the-server (with :port after the name if it is not the usual one).</source>
        <translation>«%1» non è l’indirizzo di un server. Scrivetelo come https://nome-del-server (con :porta dopo il nome se non è quella solita).</translation>
    </message>
    <message>
        <source>No server answers there: %1</source>
        <translation>Lì non risponde nessun server: %1</translation>
    </message>
    <message>
        <source>Something answers there (HTTP %1), but not a CivicDesk server that is ready.</source>
        <translation>Lì risponde qualcosa (HTTP %1), ma non un server CivicDesk pronto.</translation>
    </message>
    <message>
        <source>The CivicDesk server there (version %1) is older than this desk: it must be updated first.</source>
        <translation>Il server CivicDesk lì (versione %1) è più vecchio di questo sportello: va prima aggiornato.</translation>
    </message>
    <message>
        <source>%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.</source>
        <translation>%1 non è un’immagine che CivicDesk sa leggere (%2). Usate un file PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>The image %1 could not be kept as a logo.</source>
        <translation>L’immagine %1 non è stata conservata come logo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» non è un indirizzo e-mail</translation>
    </message>
    <message>
        <source>given up after %1 attempts: %2</source>
        <translation>abbandonato dopo %1 tentativi: %2</translation>
    </message>
    <message>
        <source>The mail settings kept in the file cannot be read (%1).</source>
        <translation>Le impostazioni della posta conservate nel file non si possono leggere (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server&apos;s address: write smtp://name:587 (or smtps://name:465).</source>
        <translation>«%1» non è l’indirizzo di un server di posta: scrivete smtp://nome:587 (o smtps://nome:465).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>«%1» non è un indirizzo e-mail da cui inviare.</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limit must be at least one second.</source>
        <translation>Il limite di tempo del server di posta deve essere di almeno un secondo.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>Non è stato possibile avviare libcurl.</translation>
    </message>
    <message>
        <source>the mail server answered %1: %2</source>
        <translation>il server di posta ha risposto %1: %2</translation>
    </message>
    <message>
        <source>the mail server could not be reached: %1</source>
        <translation>il server di posta non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>recording a message&apos;s sending</source>
        <translation>la registrazione dell’invio di un messaggio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form</source>
        <translation>«%1» non è un numero di telefono in formato internazionale</translation>
    </message>
    <message>
        <source>quiet hours: sent at their end</source>
        <translation>ore di quiete: inviato alla loro fine</translation>
    </message>
    <message>
        <source>The SMS settings kept in the file cannot be read (%1).</source>
        <translation>Le impostazioni SMS conservate nel file non si possono leggere (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway&apos;s address: write http://name:13013/cgi-bin/sendsms.</source>
        <translation>«%1» non è l’indirizzo di un gateway SMS: scrivete http://nome:13013/cgi-bin/sendsms.</translation>
    </message>
    <message>
        <source>The SMS gateway needs the user CivicDesk sends as.</source>
        <translation>Il gateway SMS ha bisogno dell’utente con cui invia CivicDesk.</translation>
    </message>
    <message>
        <source>Quiet hours are hours of the day, 0 to 23.</source>
        <translation>Le ore di quiete sono ore del giorno, da 0 a 23.</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached: %1</source>
        <translation>il gateway SMS non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>il gateway SMS ha risposto %1: %2</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Segnalazione ricevuta</translation>
    </message>
    <message>
        <source>Report joined to an open request</source>
        <translation>Segnalazione unita a una pratica aperta</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Segnalazione presa in carico</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <translation>Squadra assegnata</translation>
    </message>
    <message>
        <source>Request resolved</source>
        <translation>Segnalazione risolta</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Segnalazione respinta</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Segnalazione chiusa</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Sondaggio di soddisfazione</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>il nome del comune</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>il numero di pratica</translation>
    </message>
    <message>
        <source>the type of request, in the citizen&apos;s language</source>
        <translation>il tipo di segnalazione, nella lingua del cittadino</translation>
    </message>
    <message>
        <source>the address of the problem</source>
        <translation>l&apos;indirizzo del problema</translation>
    </message>
    <message>
        <source>the request&apos;s status, in the citizen&apos;s language</source>
        <translation>lo stato della segnalazione, nella lingua del cittadino</translation>
    </message>
    <message>
        <source>the date the work is due</source>
        <translation>la scadenza del lavoro</translation>
    </message>
    <message>
        <source>the note written with the change (why it was rejected, what was done)</source>
        <translation>la nota scritta con il cambiamento (perché è stata respinta, cosa è stato fatto)</translation>
    </message>
    <message>
        <source>the address of the satisfaction survey</source>
        <translation>l&apos;indirizzo del sondaggio di soddisfazione</translation>
    </message>
    <message>
        <source>“%1” is not an event CivicDesk sends messages for.</source>
        <translation>«%1» non è un evento per cui CivicDesk invia messaggi.</translation>
    </message>
    <message>
        <source>CivicDesk writes messages in %1, not in “%2”.</source>
        <translation>CivicDesk scrive messaggi in %1, non in «%2».</translation>
    </message>
    <message>
        <source>A template is for SMS or for e-mail, not for “%1”.</source>
        <translation>Un modello è per SMS o per e-mail, non per «%1».</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Il messaggio non ha testo.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1: the “%2” is not part of a placeholder. Placeholders are written {name}: %3.</source>
        <translation>%1: la «%2» non fa parte di un segnaposto. I segnaposto si scrivono {nome}: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.</source>
        <translation>%1: %2 non è un segnaposto che CivicDesk conosce. I segnaposto sono %3.</translation>
    </message>
    <message>
        <source>For a typical request this SMS takes %1 messages; shorten it to fit in two.</source>
        <translation>Per una segnalazione tipica questo SMS occupa %1 messaggi; accorciatelo perché stia in due.</translation>
    </message>
    <message>
        <source>saving a message template</source>
        <translation>salvataggio di un modello di messaggio</translation>
    </message>
    <message>
        <source>%1 has been given to you to work on.</source>
        <translation>%1 le è stata assegnata.</translation>
    </message>
    <message>
        <source>A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.</source>
        <translation>Un messaggio mirato può nominare solo {municipality}, non {%1}: è lo stesso testo per tutti.</translation>
    </message>
    <message>
        <source>A targeted message needs a title (it names the message in the send log).</source>
        <translation>Un messaggio mirato ha bisogno di un titolo (lo nomina nel registro degli invii).</translation>
    </message>
    <message>
        <source>Alerts by e-mail need an e-mail address.</source>
        <translation>Gli avvisi per e-mail richiedono un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The message needs its text in the municipality&apos;s language (%1): citizens whose language has no text get it.</source>
        <translation>Il messaggio ha bisogno del testo nella lingua del comune (%1): lo ricevono i cittadini nella cui lingua non c’è testo.</translation>
    </message>
    <message>
        <source>The pace is 1 to %1 messages a minute.</source>
        <translation>Il ritmo va da 1 a %1 messaggi al minuto.</translation>
    </message>
    <message>
        <source>The text in %1 takes %2 SMS; shorten it to fit in two.</source>
        <translation>Il testo in %1 occupa %2 SMS; accorciatelo perché stia in due.</translation>
    </message>
    <message>
        <source>keeping a targeted message</source>
        <translation>conservazione di un messaggio mirato</translation>
    </message>
    <message>
        <source>queueing a message to a member of staff</source>
        <translation>accodamento di un messaggio a un membro del personale</translation>
    </message>
    <message>
        <source>%1: you will receive no more SMS from us.</source>
        <translation>%1: non riceverete più SMS da noi.</translation>
    </message>
    <message>
        <source>%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.</source>
        <translation>%1: le risposte a questo numero non vengono lette; chiamateci. Per non ricevere più SMS, rispondete STOP.</translation>
    </message>
    <message>
        <source>This link is not valid (any more). To stop the messages, answer one of them or call us.</source>
        <translation>Questo collegamento non è (più) valido. Per fermare i messaggi, rispondete a uno di essi o chiamateci.</translation>
    </message>
    <message>
        <source>Do you want to receive no more e-mails about your requests?</source>
        <translation>Volete non ricevere più e-mail sulle vostre segnalazioni?</translation>
    </message>
    <message>
        <source>Stop the e-mails</source>
        <translation>Ferma le e-mail</translation>
    </message>
    <message>
        <source>This service cannot answer now; try again later.</source>
        <translation>Il servizio non può rispondere ora; riprovate più tardi.</translation>
    </message>
    <message>
        <source>You will receive no more e-mails from us. Your requests stay open; call us to hear of them.</source>
        <translation>Non riceverete più e-mail da noi. Le vostre segnalazioni restano aperte; chiamateci per saperne lo stato.</translation>
    </message>
    <message>
        <source>No more e-mails from %1: %2</source>
        <translation>Per non ricevere più e-mail da %1: %2</translation>
    </message>
    <message>
        <source>recording a delivery report</source>
        <translation>registrazione di un rapporto di consegna</translation>
    </message>
    <message>
        <source>cancelling a citizen&apos;s messages</source>
        <translation>annullamento dei messaggi di un cittadino</translation>
    </message>
    <message>
        <source>There is no such citizen (any more): nothing to stop.</source>
        <translation>Questo cittadino non esiste (più): niente da fermare.</translation>
    </message>
    <message>
        <source>not sent: the citizen withdrew consent to %1</source>
        <translation>non inviato: il cittadino ha ritirato il consenso per %1</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Qui non c’è niente.</translation>
    </message>
    <message>
        <source>This report is not signed for this message.</source>
        <translation>Il rapporto non è firmato per questo messaggio.</translation>
    </message>
    <message>
        <source>Unknown report type.</source>
        <translation>Tipo di rapporto sconosciuto.</translation>
    </message>
    <message>
        <source>This gateway is not known here.</source>
        <translation>Questo gateway non è conosciuto qui.</translation>
    </message>
    <message>
        <source>The number of messages a minute cannot be negative (0: no limit).</source>
        <translation>Il numero di messaggi al minuto non può essere negativo (0: nessun limite).</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>consegnato</translation>
    </message>
    <message>
        <source>sent, not delivered</source>
        <translation>inviato, non consegnato</translation>
    </message>
    <message>
        <source>CivicDesk: a test message</source>
        <translation>CivicDesk: un messaggio di prova</translation>
    </message>
    <message>
        <source>This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will come from the same address.</source>
        <translation>Questo messaggio è stato inviato da CivicDesk per provare le impostazioni di posta di %1. I messaggi ai cittadini arriveranno dallo stesso indirizzo.</translation>
    </message>
    <message>
        <source>The form has more than %1 fields.</source>
        <translation>Il modulo ha più di %1 campi.</translation>
    </message>
    <message>
        <source>The form&apos;s field %1 has no valid name.</source>
        <translation>Il campo %1 del modulo non ha un nome valido.</translation>
    </message>
    <message>
        <source>The field %1 has a &apos;%&apos; that is not followed by two hexadecimal digits.</source>
        <translation>Il campo %1 ha un «%» non seguito da due cifre esadecimali.</translation>
    </message>
    <message>
        <source>The field %1 holds more than %2 bytes.</source>
        <translation>Il campo %1 contiene più di %2 byte.</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8 text.</source>
        <translation>Il campo %1 non è testo UTF-8 valido.</translation>
    </message>
    <message>
        <source>A multipart form names its boundary (1 to 70 characters) in its Content-Type.</source>
        <translation>Un modulo multipart indica il proprio delimitatore (da 1 a 70 caratteri) nel Content-Type.</translation>
    </message>
    <message>
        <source>The multipart form has no part.</source>
        <translation>Il modulo multipart non ha alcuna parte.</translation>
    </message>
    <message>
        <source>A boundary of the multipart form is not followed by a line break.</source>
        <translation>Un delimitatore del modulo multipart non è seguito da un a capo.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no end to its headers.</source>
        <translation>Una parte del modulo multipart non ha fine delle intestazioni.</translation>
    </message>
    <message>
        <source>The multipart form ends before its closing boundary.</source>
        <translation>Il modulo multipart termina prima del delimitatore di chiusura.</translation>
    </message>
    <message>
        <source>A part of the multipart form is not form-data.</source>
        <translation>Una parte del modulo multipart non è form-data.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no valid name.</source>
        <translation>Una parte del modulo multipart non ha un nome valido.</translation>
    </message>
    <message>
        <source>The form has more than %1 files.</source>
        <translation>Il modulo ha più di %1 file.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>Il file %1 supera i %2 MB.</translation>
    </message>
    <message>
        <source>Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Invia il modulo come application/x-www-form-urlencoded o multipart/form-data, non come %1.</translation>
    </message>
    <message>
        <source>%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.</source>
        <translation>%1 non è una data e ora W3C (2026-12-03T09:30:00+02:00): «%2».</translation>
    </message>
    <message>
        <source>%1 is not answered to %2.</source>
        <translation>%1 non risponde a %2.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>Non c&apos;è nulla in %1.</translation>
    </message>
    <message>
        <source>API keys are issued by the municipality&apos;s administrator.</source>
        <translation>Le chiavi API sono rilasciate dall&apos;amministratore del comune.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>Non esiste il servizio %1.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.</source>
        <translation>lat e long sono una latitudine (da −90 a 90) e una longitudine (da −180 a 180) in gradi, entrambe indicate.</translation>
    </message>
    <message>
        <source>Only the field media may carry a file.</source>
        <translation>Solo il campo media può contenere un file.</translation>
    </message>
    <message>
        <source>This problem was reported already; you now follow request %1.</source>
        <translation>Il problema era già stato segnalato; ora segui la richiesta %1.</translation>
    </message>
    <message>
        <source>Expected to be dealt with by %1.</source>
        <translation>Si prevede la soluzione entro %1.</translation>
    </message>
    <message>
        <source>At most %1 ids at once.</source>
        <translation>Al massimo %1 identificativi alla volta.</translation>
    </message>
    <message>
        <source>status is open or closed, not “%1”.</source>
        <translation>status è open o closed, non «%1».</translation>
    </message>
    <message>
        <source>page_size is a whole number from 1 to %1.</source>
        <translation>page_size è un numero intero da 1 a %1.</translation>
    </message>
    <message>
        <source>page is a whole number from 1.</source>
        <translation>page è un numero intero da 1.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Non esiste la richiesta %1.</translation>
    </message>
    <message>
        <source>There is no request for the token %1.</source>
        <translation>Non esiste una richiesta per il token %1.</translation>
    </message>
    <message>
        <source>service_request_id is required.</source>
        <translation>service_request_id è obbligatorio.</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>description è obbligatorio.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are read.</source>
        <translation>La descrizione ha %1 caratteri; se ne leggono al massimo %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the municipality; give lat and long, or a street and number of it.</source>
        <translation>«%1» non è un indirizzo del comune; indica lat e long, oppure una via e un numero del comune.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code è obbligatorio.</translation>
    </message>
    <message>
        <source>The service %1 asks no attribute %2.</source>
        <translation>Il servizio %1 non chiede l&apos;attributo %2.</translation>
    </message>
    <message>
        <source>%1 is information for the reporter, not a question: it takes no answer.</source>
        <translation>%1 è un&apos;informazione per chi segnala, non una domanda: non accetta risposte.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.</source>
        <translation>lat e long sono una latitudine (da −90 a 90) e una longitudine (da −180 a 180) in gradi.</translation>
    </message>
    <message>
        <source>Say where the problem is: lat and long, or address_string.</source>
        <translation>Indica dove si trova il problema: lat e long, oppure address_string.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number.</source>
        <translation>«%1» non è un numero di telefono.</translation>
    </message>
    <message>
        <source>media_url is the http or https address of a photo.</source>
        <translation>media_url è l&apos;indirizzo http o https di una foto.</translation>
    </message>
    <message>
        <source>%1 is not JSON (at byte %2: %3).</source>
        <translation>%1 non è JSON (al byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a list of services.</source>
        <translation>%1 non è un elenco di servizi.</translation>
    </message>
    <message>
        <source>The services file</source>
        <translation>Il file dei servizi</translation>
    </message>
    <message>
        <source>The definitions file</source>
        <translation>Il file delle definizioni</translation>
    </message>
    <message>
        <source>The database holds no municipality.</source>
        <translation>Il database non contiene alcun comune.</translation>
    </message>
    <message>
        <source>service %1 has no service_code (or one longer than 64 characters)</source>
        <translation>il servizio %1 non ha service_code (o ne ha uno più lungo di 64 caratteri)</translation>
    </message>
    <message>
        <source>service_name of %1 is empty: the type is named by its code</source>
        <translation>service_name di %1 è vuoto: il tipo prende il nome dal codice</translation>
    </message>
    <message>
        <source>%1: no department %2 here; requests go to the dispatch desk until a department is set</source>
        <translation>%1: qui non esiste l&apos;ufficio %2; le richieste vanno allo smistamento finché non si indica un ufficio</translation>
    </message>
    <message>
        <source>%1: an attribute without a code or with an unknown datatype is left out</source>
        <translation>%1: un attributo senza codice o con un tipo di dato sconosciuto viene tralasciato</translation>
    </message>
    <message>
        <source>%1: a value of %2 without a key, or with a comma in it, is left out</source>
        <translation>%1: un valore di %2 senza chiave, o con una virgola, viene tralasciato</translation>
    </message>
    <message>
        <source>new service type %1 (%2)</source>
        <translation>nuovo tipo di richiesta %1 (%2)</translation>
    </message>
    <message>
        <source>recording an API key</source>
        <translation>la registrazione di una chiave API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>la revoca di una chiave API</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di pratica</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— scegli —</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>The mailbox settings kept in the file cannot be read (%1).</source>
        <translation>Le impostazioni della casella di posta salvate nel file non si possono leggere (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox&apos;s address: write imap://name/INBOX (or imaps://name/INBOX).</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di una casella di posta: scrivete imap://nome/INBOX (o imaps://nome/INBOX).</translation>
    </message>
    <message>
        <source>Reading a mailbox needs its login and password.</source>
        <translation>Per leggere una casella di posta servono il suo utente e la sua password.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail.</translation>
    </message>
    <message>
        <source>The mailbox is read every 1 to 3600 seconds.</source>
        <translation>La casella di posta si legge ogni 1–3600 secondi.</translation>
    </message>
    <message>
        <source>The mail server refused the mailbox&apos;s login: %1</source>
        <translation>Il server di posta ha rifiutato l&apos;accesso alla casella: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>Non è stato possibile leggere la casella di posta: %1</translation>
    </message>
    <message>
        <source>The mail server did not say how large message %1 is.</source>
        <translation>Il server di posta non ha detto quanto è grande il messaggio %1.</translation>
    </message>
    <message>
        <source>An e-mail could not be kept: %1</source>
        <translation>Non è stato possibile conservare un&apos;e-mail: %1</translation>
    </message>
    <message>
        <source>The message was %1 MB: only its beginning was read, without its attachments.</source>
        <translation>Il messaggio era di %1 MB: se ne è letto solo l&apos;inizio, senza allegati.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(senza testo)</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>E-mail da %1: %2</translation>
    </message>
    <message>
        <source>Attached, not kept with the note: %1</source>
        <translation>Allegati, non conservati con la nota: %1</translation>
    </message>
    <message>
        <source>%1 was not kept: not a photo (%2).</source>
        <translation>%1 non è stato conservato: non è una foto (%2).</translation>
    </message>
    <message>
        <source>%1 was not kept: %2</source>
        <translation>%1 non è stato conservato: %2</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>Il messaggio ha più di %1 parti; le altre non sono state lette.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not read.</source>
        <translation>Le parti annidate oltre %1 livelli non sono state lette.</translation>
    </message>
    <message>
        <source>A part of the message declares several parts but no boundary between them; it was not read.</source>
        <translation>Una parte del messaggio dichiara più parti ma nessun separatore tra loro; non è stata letta.</translation>
    </message>
    <message>
        <source>The message ends inside a part: it may have been cut short.</source>
        <translation>Il messaggio finisce dentro una parte: potrebbe essere stato troncato.</translation>
    </message>
    <message>
        <source>%1 (%2 MB) was not kept: larger than %3 MB.</source>
        <translation>%1 (%2 MB) non è stato conservato: più grande di %3 MB.</translation>
    </message>
    <message>
        <source>The text was cut after %1 characters.</source>
        <translation>Il testo è stato tagliato dopo %1 caratteri.</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s mailbox brings in e-mails.</source>
        <translation>Solo la casella di posta del comune porta e-mail.</translation>
    </message>
    <message>
        <source>keeping an e-mail from a citizen</source>
        <translation>conservazione di un&apos;e-mail di un cittadino</translation>
    </message>
    <message>
        <source>That e-mail is no longer in the list.</source>
        <translation>Quell&apos;e-mail non è più nell&apos;elenco.</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Quell&apos;e-mail è già stata gestita.</translation>
    </message>
    <message>
        <source>handling an e-mail from a citizen</source>
        <translation>gestione di un&apos;e-mail di un cittadino</translation>
    </message>
    <message>
        <source>Chosen on the map: %1. The address may stay empty.</source>
        <translation>Scelto sulla mappa: %1. L&apos;indirizzo può restare vuoto.</translation>
    </message>
    <message>
        <source>Or click the place on the map of the municipality.</source>
        <translation>Oppure fate clic sul punto, sulla mappa del comune.</translation>
    </message>
    <message>
        <source>The desk&apos;s file could not be opened.</source>
        <translation>Il file della postazione non si è potuto aprire.</translation>
    </message>
    <message>
        <source>A PostgreSQL store has no page limit.</source>
        <translation>Un archivio PostgreSQL non ha limite di pagine.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be made in %1: %2</source>
        <translation>Le cifre del cruscotto non si sono potute calcolare in %1: %2</translation>
    </message>
    <message>
        <source>copying the dashboard&apos;s figures</source>
        <translation>la copia delle cifre del cruscotto</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read back from %1: %2</source>
        <translation>Le cifre del cruscotto non si sono potute rileggere da %1: %2</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Memoria esaurita durante la connessione a PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>PostgreSQL non è raggiungibile (%1).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the session settings: %1</source>
        <translation>PostgreSQL ha rifiutato le impostazioni della sessione: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster refused a scratch database: %1</source>
        <translation>Il cluster PostgreSQL ha rifiutato un database temporaneo: %1</translation>
    </message>
    <message>
        <source>waiting for other servers&apos; schema upgrades</source>
        <translation>l&apos;attesa degli aggiornamenti di schema di altri server</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1: %2</source>
        <translation>PostgreSQL ha rifiutato %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lettura della versione dello schema</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>la lettura delle tabelle del database</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.</source>
        <translation>Il database PostgreSQL %1 contiene tabelle di un altro programma; CivicDesk non l&apos;ha toccato.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk; the database was left untouched.</source>
        <translation>Il database PostgreSQL %1 è stato scritto da un CivicDesk più recente (versione di schema %2; questo programma conosce fino alla %3). Aggiornate CivicDesk; il database non è stato toccato.</translation>
    </message>
    <message>
        <source>No municipality was named for the PostgreSQL store.</source>
        <translation>Nessun comune indicato per l&apos;archivio PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the signed-in role: %1</source>
        <translation>PostgreSQL ha rifiutato una domanda sul ruolo connesso: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every municipality&apos;s rows. Connect as a role of its own that owns the database (README, &quot;Deployment&quot;).</source>
        <translation>Il ruolo PostgreSQL %1 è un superutente o aggira la sicurezza a livello di riga, quindi vedrebbe le righe di ogni comune. Connettetevi con un ruolo proprio, proprietario del database (README, «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the database: %1</source>
        <translation>PostgreSQL ha rifiutato una domanda sul database: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with LC_COLLATE &apos;C&apos;, README &quot;Deployment&quot;).</source>
        <translation>Il database PostgreSQL %1 ordina il testo con la collazione %2; CivicDesk ha bisogno dell&apos;ordine dei byte (createlo con LC_COLLATE &apos;C&apos;, README «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s setting: %1</source>
        <translation>PostgreSQL ha rifiutato l&apos;impostazione del comune: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s first rows: %1</source>
        <translation>PostgreSQL ha rifiutato le prime righe del comune: %1</translation>
    </message>
    <message>
        <source>COPY is PostgreSQL&apos;s.</source>
        <translation>COPY è di PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).</source>
        <translation>Il server PostgreSQL che ospita %1 ha esaurito il disco o la memoria; nulla di questa modifica è stato salvato (%2).</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>%1 è occupato con un&apos;altra modifica; riprovate tra un momento.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.</source>
        <translation>Il server PostgreSQL di %1 non è raggiungibile (%2); nulla di questa modifica è stato salvato.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change while %1: %2</source>
        <translation>PostgreSQL ha rifiutato la modifica durante %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the catalog&apos;s schema: %1</source>
        <translation>PostgreSQL ha rifiutato lo schema del catalogo: %1</translation>
    </message>
    <message>
        <source>Server catalog error while %1: %2</source>
        <translation>Errore del catalogo del server durante %1: %2</translation>
    </message>
    <message>
        <source>the check for a restored database</source>
        <translation>il controllo di un database ripristinato</translation>
    </message>
    <message>
        <source>the question where the database is served from</source>
        <translation>la domanda da dove è servito il database</translation>
    </message>
    <message>
        <source>recording where the database is served from</source>
        <translation>la registrazione di da dove è servito il database</translation>
    </message>
    <message>
        <source>copying the catalog&apos;s %1 rows</source>
        <translation>la copia delle righe %1 del catalogo</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s %1 rows</source>
        <translation>la lettura delle righe %1 del catalogo</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>La tabella %1 ha colonne diverse in %2 rispetto a %3.</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>la lettura delle righe di %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>la copia delle righe di %1</translation>
    </message>
    <message>
        <source>reading the scope of the changes</source>
        <translation>la lettura dell&apos;ambito delle modifiche</translation>
    </message>
    <message>
        <source>finding the requests outside this desk&apos;s scope</source>
        <translation>la ricerca delle segnalazioni fuori dall&apos;ambito di questa postazione</translation>
    </message>
    <message>
        <source>removing the rows outside this desk&apos;s scope</source>
        <translation>la rimozione delle righe fuori dall&apos;ambito di questa postazione</translation>
    </message>
    <message>
        <source>A desk keeps 1 to 240 months of requests, or all of them.</source>
        <translation>Una postazione tiene da 1 a 240 mesi di segnalazioni, oppure tutte.</translation>
    </message>
    <message>
        <source>fetching requests from the server</source>
        <translation>il recupero di segnalazioni dal server</translation>
    </message>
    <message>
        <source>The report from the server is garbled (%1); nothing was printed.</source>
        <translation>Il rapporto dal server è danneggiato (%1); non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The requests of the report could not be read: %1</source>
        <translation>Non è stato possibile leggere le segnalazioni del rapporto: %1</translation>
    </message>
    <message>
        <source>reading the requests of the scope</source>
        <translation>la lettura delle segnalazioni dell&apos;ambito</translation>
    </message>
    <message>
        <source>The copy is not whole: a row of %1 names a row of %2 that is not in it.</source>
        <translation>La copia non è completa: una riga di %1 nomina una riga di %2 che non vi si trova.</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>il controllo dei riferimenti della copia</translation>
    </message>
    <message>
        <source>asking the server for the report</source>
        <translation>la richiesta del rapporto al server</translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Avvisi</translation>
    </message>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n avviso)</numerusform>
            <numerusform>(%n avvisi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows the request; Delete acknowledges its alerts.</source>
        <translation>Invio mostra la richiesta; Canc conferma i suoi avvisi.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>&amp;Chiudi chiamata (Ctrl+E)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Chiamante</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No call&lt;/h2&gt;&lt;p&gt;Calls from the telephone system appear here by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; takes a call by hand (walk-in or a number typed) · &lt;b&gt;Ctrl+F&lt;/b&gt; finds a citizen or a request.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Nessuna chiamata&lt;/h2&gt;&lt;p&gt;Le chiamate dal centralino compaiono qui da sole.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; prende una chiamata a mano (allo sportello o con un numero digitato) · &lt;b&gt;Ctrl+F&lt;/b&gt; cerca un cittadino o una segnalazione.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several citizens have this number — who is calling?</source>
        <translation>Più cittadini hanno questo numero — chi sta chiamando?</translation>
    </message>
    <message>
        <source>Citizens with this number</source>
        <translation>Cittadini con questo numero</translation>
    </message>
    <message>
        <source>None of them: &amp;register a new citizen</source>
        <translation>Nessuno di loro: &amp;registra un nuovo cittadino</translation>
    </message>
    <message>
        <source>Tracking number — read it back to the caller:</source>
        <translation>Numero di protocollo — leggetelo al chiamante:</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Copia il numero</translation>
    </message>
    <message>
        <source>&amp;Another request (Ctrl+N)</source>
        <translation>&amp;Altra segnalazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the &amp;citizen</source>
        <translation>Torna al &amp;cittadino</translation>
    </message>
    <message>
        <source>Citizen registered.</source>
        <translation>Cittadino registrato.</translation>
    </message>
    <message>
        <source>Citizen saved.</source>
        <translation>Cittadino salvato.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nuova segnalazione</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Chiudi chiamata</translation>
    </message>
    <message>
        <source>&amp;Edit citizen</source>
        <translation>&amp;Modifica cittadino</translation>
    </message>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Salva cittadino</translation>
    </message>
    <message>
        <source>&amp;Copy tracking number</source>
        <translation>Copia numero di &amp;protocollo</translation>
    </message>
    <message>
        <source>Register a new &amp;citizen</source>
        <translation>Registra un nuovo &amp;cittadino</translation>
    </message>
    <message>
        <source>Call waiting from %1</source>
        <translation>Chiamata in attesa da %1</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un numero sconosciuto</translation>
    </message>
    <message>
        <source>The call could not be logged.

%1</source>
        <translation>Impossibile registrare la chiamata.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or cancel the form first; it is kept as a draft.</source>
        <translation>Completate o annullate prima il modulo; viene conservato come bozza.</translation>
    </message>
    <message>
        <source>New request filed.</source>
        <translation>Nuova segnalazione registrata.</translation>
    </message>
    <message>
        <source>Filed as an EMERGENCY at the top priority.</source>
        <translation>Registrata come EMERGENZA con la massima priorità.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Inviata a: %1.</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>Segnalazione %1 registrata.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiato.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Chiudi chiamata</translation>
    </message>
    <message>
        <source>The request being typed has not been filed. End the call and keep it as a draft?</source>
        <translation>La segnalazione in corso non è stata registrata. Chiudere la chiamata e conservarla come bozza?</translation>
    </message>
    <message>
        <source>Call ended after %1:%2.</source>
        <translation>Chiamata chiusa dopo %1:%2.</translation>
    </message>
    <message>
        <source>Walk-in or unknown number</source>
        <translation>Allo sportello o numero sconosciuto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Nessuna chiamata</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Impossibile salvare la bozza: %1</translation>
    </message>
    <message>
        <source>The form left unfinished has been restored.</source>
        <translation>Il modulo lasciato a metà è stato ripristinato.</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Unisci a un&apos;altra scheda</translation>
    </message>
    <message>
        <source>Find the other record of %1. Its requests, calls and messages move here, its phones and e-mails are added, and it is removed; what it held is kept in the history.</source>
        <translation>Trovate l&apos;altra scheda di %1. Le sue segnalazioni, chiamate e messaggi passano qui, i suoi telefoni ed e-mail vengono aggiunti e la scheda viene eliminata; il suo contenuto resta nella cronologia.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone from the desk.</source>
        <translation>Unire «%1» a «%2»? Dallo sportello non si può annullare.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>«%1» unita a «%2».</translation>
    </message>
    <message>
        <source>Take the next waiting call (F6)</source>
        <translation>Rispondi alla prossima chiamata in attesa (F6)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Rispondi alla prossima chiamata in &amp;attesa</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <source>Drop the registration being typed and take this citizen as the caller?</source>
        <translation>Scartare la registrazione in corso e considerare questo cittadino come chiamante?</translation>
    </message>
    <message>
        <source>A request without a citizen: nobody will be informed of its progress.</source>
        <translation>Una richiesta senza cittadino: nessuno sarà informato dei suoi progressi.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Nessuna chiamata in attesa.</translation>
    </message>
    <message>
        <source>End this call first (Ctrl+E); the next one waits.</source>
        <translation>Chiudere prima questa chiamata (Ctrl+E); la prossima attende.</translation>
    </message>
    <message>
        <source>Take the next call</source>
        <translation>Rispondi alla prossima chiamata</translation>
    </message>
    <message>
        <source>The form being typed has not been saved. Drop it and take the next call?</source>
        <translation>Il modulo in corso non è stato salvato. Scartarlo e rispondere alla prossima chiamata?</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n chiamata in attesa — F6 risponde alla prossima</numerusform>
            <numerusform>%n chiamate in attesa — F6 risponde alla prossima</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The caller is not identified&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; takes a request without registering them (anonymous) · &lt;b&gt;Ctrl+R&lt;/b&gt; registers them · &lt;b&gt;Ctrl+F&lt;/b&gt; finds them and takes them as the caller · &lt;b&gt;Ctrl+E&lt;/b&gt; ends the call.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Il chiamante non è identificato&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; registra una richiesta senza registrarlo (anonima) · &lt;b&gt;Ctrl+R&lt;/b&gt; lo registra · &lt;b&gt;Ctrl+F&lt;/b&gt; lo cerca e lo prende come chiamante · &lt;b&gt;Ctrl+E&lt;/b&gt; chiude la chiamata.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to read back to the caller</source>
        <translation>Cosa rileggere a chi chiama</translation>
    </message>
    <message>
        <source>Filed without a citizen: nobody will be informed of its progress.</source>
        <translation>Registrata senza cittadino: nessuno sarà informato dei suoi progressi.</translation>
    </message>
    <message>
        <source>The caller was added to this existing request.</source>
        <translation>Il chiamante è stato aggiunto a questa richiesta esistente.</translation>
    </message>
    <message>
        <source>A confirmation SMS is on its way, and SMS will tell of its progress.</source>
        <translation>Un SMS di conferma è in arrivo e gli SMS informeranno dei progressi.</translation>
    </message>
    <message>
        <source>A confirmation e-mail is on its way, and e-mail will tell of its progress.</source>
        <translation>Un&apos;e-mail di conferma è in arrivo e le e-mail informeranno dei progressi.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to messages: nothing is sent to them; they can call to ask.</source>
        <translation>Il cittadino non ha acconsentito ai messaggi: non gli viene inviato nulla; può chiamare per chiedere.</translation>
    </message>
    <message>
        <source>This call filed no request. How did it end?</source>
        <translation>Questa chiamata non ha registrato segnalazioni. Come si è conclusa?</translation>
    </message>
    <message>
        <source>How the call ended</source>
        <translation>Come si è conclusa la chiamata</translation>
    </message>
    <message>
        <source>What was said or done (optional): &quot;gave the collection days&quot;, &quot;passed to the water utility&quot;</source>
        <translation>Cosa si è detto o fatto (facoltativo): «dati i giorni di raccolta», «passata all&apos;acquedotto»</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Nota sulla chiamata</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;End the call (Enter)</source>
        <translation>&amp;Termina la chiamata (Invio)</translation>
    </message>
    <message>
        <source>&amp;Back to the call (Esc)</source>
        <translation>Torna alla c&amp;hiamata (Esc)</translation>
    </message>
    <message>
        <source>Finish the call or the form in hand first; the e-mail keeps waiting.</source>
        <translation>Finite prima la chiamata o il modulo in corso; l&apos;e-mail resta in attesa.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message>
        <source> a minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <source>%1 by SMS, %2 by e-mail.</source>
        <translation>%1 per SMS, %2 per e-mail.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n cittadino scelto non ha accettato messaggi e non riceve nulla.</numerusform>
            <numerusform>%n cittadini scelti non hanno accettato messaggi e non ricevono nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>&amp;Nuovo messaggio</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Invia…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Citizens who live in (none ticked: anywhere):</source>
        <translation>Cittadini che abitano in (nessuno spuntato: ovunque):</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Consegnati</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falliti</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Falliti:</translation>
    </message>
    <message>
        <source>It reads: %1</source>
        <translation>Dice: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messaggi</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Senza consenso</translation>
    </message>
    <message>
        <source>No message of this one failed.</source>
        <translation>Nessun messaggio di questo invio è fallito.</translation>
    </message>
    <message>
        <source>Only a supervisor or the administrator sends targeted messages.</source>
        <translation>Solo un supervisore o l’amministratore invia messaggi mirati.</translation>
    </message>
    <message>
        <source>Optional: for the citizens who asked for English</source>
        <translation>Facoltativo: per i cittadini che hanno chiesto l’inglese</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Raggiunge %n cittadino: </numerusform>
            <numerusform>Raggiunge %n cittadini: </numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;log</source>
        <translation>&amp;Registro degli invii</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>Inviare «%1» a %n cittadino? Non si può ritirare.</numerusform>
            <numerusform>Inviare «%1» a %n cittadini? Non si può ritirare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>Inviato in circa %n minuto.</numerusform>
            <numerusform>Inviato in circa %n minuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Inviato il</translation>
    </message>
    <message>
        <source>Subject of the e-mail (%1):</source>
        <translation>Oggetto dell’e-mail (%1):</translation>
    </message>
    <message>
        <source>Targeted message</source>
        <translation>Messaggio mirato</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Testo (%1):</translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>L’SMS occupa %n messaggio.</numerusform>
            <numerusform>L’SMS occupa %n messaggi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be sent from it.</source>
        <translation>Il file è aperto in sola lettura: non si può inviare nulla da qui.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)</source>
        <translation>Di che si tratta, per il registro (es. Acqua sospesa, Città Alta, 5 marzo)</translation>
    </message>
    <message>
        <source>who are (none ticked: any kind):</source>
        <translation>che sono (nessuno spuntato: di ogni tipo):</translation>
    </message>
    <message>
        <source>who reported (none ticked: anything):</source>
        <translation>che hanno segnalato (nessuno spuntato: qualsiasi cosa):</translation>
    </message>
    <message>
        <source>{municipality}: … (the same text for everyone; {municipality} is the municipality&apos;s name)</source>
        <translation>{municipality}: … (lo stesso testo per tutti; {municipality} è il nome del comune)</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenEditor</name>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Salva cittadino</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Kind of citizen</source>
        <translation>Tipo di cittadino</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Lingua preferita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Municipality&apos;s language</source>
        <translation>Lingua del comune</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognome:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizzazione:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>Ce&amp;llulare:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telefono di &amp;casa:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Telefono di la&amp;voro:</translation>
    </message>
    <message>
        <source>%1 (not in use?)</source>
        <translation>%1 (non attivo?)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>Co&amp;dice fiscale:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Lin&amp;gua:</translation>
    </message>
    <message>
        <source>Consents to contact by %1</source>
        <translation>Consenso al contatto tramite %1</translation>
    </message>
    <message>
        <source>May be contacted by:</source>
        <translation>Può essere contattato tramite:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facoltativo</translation>
    </message>
    <message>
        <source>contact person, optional</source>
        <translation>referente, facoltativo</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Nuovo cittadino</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>File a request &amp;without registering (Ctrl+N)</source>
        <translation>Registra una richiesta &amp;senza registrazione (Ctrl+N)</translation>
    </message>
    <message>
        <source>The caller does not give a name or does not want to be registered: the request is filed anonymously.</source>
        <translation>Il chiamante non dà il nome o non vuole essere registrato: la richiesta è registrata in forma anonima.</translation>
    </message>
    <message>
        <source>Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and save again (Ctrl+S); what stays unticked is recorded as their &quot;no&quot;.</source>
        <translation>Chiedete a chi chiama: il comune può informarlo delle sue segnalazioni via %1? Spuntate ciò che accetta e salvate di nuovo (Ctrl+S); ciò che resta senza spunta è registrato come «no».</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message>
        <source>Satisfaction ratings over time</source>
        <translation>Valutazioni di soddisfazione nel tempo</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contatti per canale</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nuova segnalazione</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifica dati</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>&amp;Unisci a…</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N. protocollo</translation>
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
        <source>Filed</source>
        <translation>Registrata</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Requests of this citizen</source>
        <translation>Segnalazioni di questo cittadino</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Satisfaction and contacts</source>
        <translation>Soddisfazione e contatti</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>Cittadino non trovato</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>parla %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefono: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Indirizzo: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>Codice fiscale: %1</translation>
    </message>
    <message>
        <source>May be contacted by: %1</source>
        <translation>Può essere contattato tramite: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nessun canale</translation>
    </message>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Accuratezza delle segnalazioni: %1 % su %n segnalazione valutata</numerusform>
            <numerusform>Accuratezza delle segnalazioni: %1 % su %n segnalazioni valutate</numerusform>
        </translation>
    </message>
    <message>
        <source>Report accuracy: no report rated yet</source>
        <translation>Accuratezza delle segnalazioni: nessuna segnalazione ancora valutata</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (in ritardo)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Soddisfazione (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5): not rated yet</source>
        <translation>Soddisfazione (1–5): non ancora valutata</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>History of the selected request</source>
        <translation>Cronologia della segnalazione selezionata</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Cronologia di %1</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be changed in it.</source>
        <translation>Questo file è aperto in sola lettura: non vi si può cambiare nulla.</translation>
    </message>
    <message>
        <source>Stopped the e-mails with the link in one of them, %1</source>
        <translation>Ha fermato le e-mail con il collegamento in una di esse, %1</translation>
    </message>
    <message>
        <source>Stopped the SMS by answering STOP, %1</source>
        <translation>Ha fermato gli SMS rispondendo STOP, %1</translation>
    </message>
    <message>
        <source>O&amp;lder requests from the server</source>
        <translation>Segnalazioni più &amp;vecchie dal server</translation>
    </message>
    <message>
        <source>This desk holds the open requests and those of the last %1 months; the citizen&apos;s older ones are on the server.</source>
        <translation>Questa postazione tiene le segnalazioni aperte e quelle degli ultimi %1 mesi; quelle più vecchie del cittadino sono sul server.</translation>
    </message>
    <message>
        <source>Looking for older requests on the server…</source>
        <translation>Ricerca di segnalazioni più vecchie sul server…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the requests older than %1 months are not on this desk. Try again when the desk is online.</source>
        <translation>Il server non è raggiungibile: le segnalazioni più vecchie di %1 mesi non sono su questa postazione. Riprovate quando la postazione è in linea.</translation>
    </message>
    <message>
        <source>The server could not send the older requests: %1</source>
        <translation>Il server non ha potuto inviare le segnalazioni più vecchie: %1</translation>
    </message>
    <message>
        <source>The server has no older requests of this citizen.</source>
        <translation>Il server non ha segnalazioni più vecchie di questo cittadino.</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n segnalazione più vecchia recuperata dal server; la postazione la tiene.</numerusform>
            <numerusform>%n segnalazioni più vecchie recuperate dal server; la postazione le tiene.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message>
        <source>All departments</source>
        <translation>Tutti gli uffici</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tutti i quartieri</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Nessun quartiere</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Questo trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre scorso</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Quest&apos;anno</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Date scelte</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per giorno</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per settimana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per mese</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Type group</source>
        <translation>Gruppo di tipi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passi</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Pa&amp;ssi:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Ufficio:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>&amp;Quartiere:</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>T&amp;ipi:</translation>
    </message>
    <message>
        <source>Requests received, by channel</source>
        <translation>Segnalazioni ricevute, per canale</translation>
    </message>
    <message>
        <source>Open now, by status</source>
        <translation>Aperte ora, per stato</translation>
    </message>
    <message>
        <source>Requests per group of types</source>
        <translation>Segnalazioni per gruppo di tipi</translation>
    </message>
    <message>
        <source>Requests and deadlines met per department</source>
        <translation>Segnalazioni e scadenze rispettate per ufficio</translation>
    </message>
    <message>
        <source>Resolution time per department (hours)</source>
        <translation>Tempo di risoluzione per ufficio (ore)</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Escalation per livello</translation>
    </message>
    <message>
        <source>Citizen satisfaction per department</source>
        <translation>Soddisfazione dei cittadini per ufficio</translation>
    </message>
    <message>
        <source>Report accuracy</source>
        <translation>Accuratezza delle segnalazioni</translation>
    </message>
    <message>
        <source>Top 10 types</source>
        <translation>I 10 tipi più frequenti</translation>
    </message>
    <message>
        <source>Top 10 districts</source>
        <translation>I 10 quartieri più frequenti</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period ends before it starts.&lt;/b&gt; Choose a “from” date before the “to” date.</source>
        <translation>&lt;b&gt;Il periodo finisce prima di iniziare.&lt;/b&gt; Scegliete una data «dal» precedente a quella «al».</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevute</translation>
    </message>
    <message>
        <source>Closed within the deadline</source>
        <translation>Chiuse entro la scadenza</translation>
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
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>Voto medio (1–5)</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Accurata</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parzialmente accurata</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inesatta</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Segnalazione falsa</translation>
    </message>
    <message>
        <source>Requests received, by channel (* so far: the step is still under way)</source>
        <translation>Richieste ricevute, per canale (* finora: il periodo non è concluso)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Chiuse</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Scadenze rispettate</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Aperte ora</translation>
    </message>
    <message>
        <source>Past the deadline now</source>
        <translation>Oltre la scadenza ora</translation>
    </message>
    <message>
        <source>Open requests&apos; median wait</source>
        <translation>Attesa mediana delle aperte</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Chiamate gestite</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Chiamata media</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>periodo precedente</translation>
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
        <translation>Segnalazioni registrate nel periodo, da ogni canale.</translation>
    </message>
    <message>
        <source>Requests closed in the period, whenever filed.</source>
        <translation>Segnalazioni chiuse nel periodo, in qualunque momento siano state registrate.</translation>
    </message>
    <message>
        <source>%1: %2 of those closed</source>
        <translation>%1: %2 delle chiuse</translation>
    </message>
    <message>
        <source>in the period: %1%2 (received less closed)</source>
        <translation>nel periodo: %1%2 (ricevute meno chiuse)</translation>
    </message>
    <message>
        <source>Requests open now, on hold included, whenever filed.</source>
        <translation>Segnalazioni aperte ora, sospese comprese, in qualunque momento siano state registrate.</translation>
    </message>
    <message>
        <source>%1 of the open ones</source>
        <translation>%1 delle aperte</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed (on hold left out: their clock is stopped).</source>
        <translation>Segnalazioni aperte con la scadenza passata (le sospese escluse: il loro orologio è fermo).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>half of the open requests have waited longer</source>
        <translation>metà delle segnalazioni aperte aspetta da più tempo</translation>
    </message>
    <message>
        <source>How long the open requests have waited since they were filed: the middle one.</source>
        <translation>Da quanto aspettano le segnalazioni aperte dalla registrazione: quella di mezzo.</translation>
    </message>
    <message>
        <source>Calls taken at the desks in the period, the whole municipality, whatever they filed.</source>
        <translation>Chiamate prese agli sportelli nel periodo, in tutto il comune, qualunque cosa abbiano registrato.</translation>
    </message>
    <message>
        <source>From answering to ending the call, the calls of the period that ended.</source>
        <translation>Dalla risposta alla fine della chiamata, per le chiamate concluse del periodo.</translation>
    </message>
    <message>
        <source>Resolution median &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfaction &lt;b&gt;%3&lt;/b&gt; (%4 ratings) · &lt;b&gt;%5&lt;/b&gt; recurrences · deadlines met &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; open past their deadline now counted as missed)</source>
        <translation>Risoluzione mediana &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · soddisfazione &lt;b&gt;%3&lt;/b&gt; (%4 valutazioni) · &lt;b&gt;%5&lt;/b&gt; ripetizioni · scadenze rispettate &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; aperte oltre la scadenza contate come mancate)</translation>
    </message>
    <message>
        <source>Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now (counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.</source>
        <translation>Chiuse entro la scadenza, tra quelle chiuse nel periodo che avevano una scadenza e quelle aperte ora oltre la scadenza (contate come mancate); le richieste senza scadenza non contano in nessuna delle due. Solo tra le chiuse: %1.</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>non su questa postazione</translation>
    </message>
    <message>
        <source> This desk holds the calls since %1; the server has the earlier ones.</source>
        <translation> Questa postazione ha le chiamate dal %1; quelle precedenti sono sul server.</translation>
    </message>
    <message>
        <source>Escalations per level: not on this desk before %1 (the server has them)</source>
        <translation>Escalation per livello: non su questa postazione prima del %1 (sono sul server)</translation>
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
    <message>
        <source>The municipality&apos;s data could not be opened.

%1</source>
        <translation>Impossibile aprire i dati del comune.

%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnessione</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n tua modifica non ha ancora raggiunto il server. Resta connesso finché non arriva (la barra di stato dice «tutto inviato»), così viene inviata a tuo nome.</numerusform>
            <numerusform>%n tue modifiche non hanno ancora raggiunto il server. Resta connesso finché non arrivano (la barra di stato dice «tutto inviato»), così vengono inviate a tuo nome.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again from the server&apos;s data</source>
        <translation>Ripartire dai dati del server</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>I dati del server sono stati sostituiti (ripristinati da un backup o ricaricati). La postazione scarica la nuova copia del server e lavora su di essa; %n modifica fatta qui e non ancora inviata viene riportata e inviata, le bozze restano e il file attuale è conservato accanto al nuovo.</numerusform>
            <numerusform>I dati del server sono stati sostituiti (ripristinati da un backup o ricaricati). La postazione scarica la nuova copia del server e lavora su di essa; %n modifiche fatte qui e non ancora inviate vengono riportate e inviate, le bozze restano e il file attuale è conservato accanto al nuovo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data…</source>
        <translation>Scaricamento dei dati del server…</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data: %1 of %2 MB</source>
        <translation>Scaricamento dei dati del server: %1 di %2 MB</translation>
    </message>
    <message>
        <source>The desk could not start again from the server&apos;s data; it goes on with its present file.

%1</source>
        <translation>La postazione non è riuscita a ripartire dai dati del server; prosegue con il file attuale.

%1</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; no change of this desk is waiting, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>I dati del server sono stati sostituiti (ripristinati da un backup o ricaricati). La postazione scarica la nuova copia del server e lavora su di essa; nessuna modifica della postazione è in attesa, le bozze restano e il file attuale è conservato accanto al nuovo.</translation>
    </message>
    <message>
        <source>There is no CivicDesk database at %1.

Nothing was created there. Check the name and the folder, or open another file.</source>
        <translation>Non esiste alcun database CivicDesk in %1.

Non è stato creato nulla. Controlla il nome e la cartella, oppure apri un altro file.</translation>
    </message>
    <message>
        <source>CivicDesk could not open %1.

The database writes its journal in the same folder (%2): you may not be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, or ask your administrator.

(%3)</source>
        <translation>CivicDesk non è riuscito ad aprire %1.

Il database scrive il suo journal nella stessa cartella (%2): forse non hai il permesso di scrivervi, oppure il disco è pieno o non disponibile. Copia il file in una tua cartella o chiedi al tuo amministratore.

(%3)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Apri un altro file…</translation>
    </message>
    <message>
        <source>Open the demo municipality</source>
        <translation>Apri il comune dimostrativo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
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
        <source>Messages to citizens: %1 sent</source>
        <translation>Messaggi ai cittadini: %1 inviati</translation>
    </message>
    <message>
        <source>%1 to try again</source>
        <translation>%1 da riprovare</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 non riuscite</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n e-mail di cittadini in attesa</numerusform>
            <numerusform>%n e-mail di cittadini in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n risposta aggiunta alla sua segnalazione</numerusform>
            <numerusform>%n risposte aggiunte alle loro segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizens&apos; mailbox: %1</source>
        <translation>La casella di posta dei cittadini: %1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::HistorySource</name>
    <message>
        <source>The server no longer has this request&apos;s history.</source>
        <translation>Il server non ha più la cronologia di questa segnalazione.</translation>
    </message>
    <message>
        <source>The server could not send this request&apos;s history: %1</source>
        <translation>Il server non ha potuto inviare la cronologia di questa segnalazione: %1</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server, which cannot be reached now. It is fetched when the desk is online again.</source>
        <translation>La cronologia di questa segnalazione chiusa è sul server, che ora non è raggiungibile. Verrà scaricata quando la postazione sarà di nuovo in linea.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::IntakeForm</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency: danger to people or property</source>
        <translation>E&amp;mergenza: pericolo per persone o beni</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>Allega &amp;foto…</translation>
    </message>
    <message>
        <source>&amp;Join selected request (Ctrl+L)</source>
        <translation>&amp;Unisci alla segnalazione selezionata (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File new request (Ctrl+Enter)</source>
        <translation>&amp;Registra nuova segnalazione (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Type what the problem is: pothole, light, rubbish…</source>
        <translation>Scrivete qual è il problema: buca, luce, rifiuti…</translation>
    </message>
    <message>
        <source>Type of problem</source>
        <translation>Tipo di problema</translation>
    </message>
    <message>
        <source>Street and number, e.g. %1</source>
        <translation>Via e numero civico, ad es. %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>or latitude, longitude: 37.9755, 23.7348</source>
        <translation>o latitudine, longitudine: 37.9755, 23.7348</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordinate</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>What the caller says, in their words</source>
        <translation>Cosa dice il chiamante, con le sue parole</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>Può attendere</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgenza</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergenza</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N. protocollo</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distanza</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reporters · address · description</source>
        <translation>Segnalanti · indirizzo · descrizione</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dove:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgenza:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Open requests nearby</source>
        <translation>Segnalazioni aperte nelle vicinanze</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: check the spelling or enter coordinates.</source>
        <translation>«%1» non è nello stradario: controllate l&apos;ortografia o inserite le coordinate.</translation>
    </message>
    <message>
        <source>New request — anonymous caller</source>
        <translation>Nuova segnalazione — chiamante anonimo</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nuova segnalazione</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Priorità %1 · obiettivo %n ora lavorativa · duplicati entro %2 m</numerusform>
            <numerusform>Priorità %1 · obiettivo %n ore lavorative · duplicati entro %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source>No type matches “%1”.</source>
        <translation>Nessun tipo corrisponde a «%1».</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— scegliete —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— non noto —</translation>
    </message>
    <message>
        <source>number not on this street</source>
        <translation>numero non presente in questa via</translation>
    </message>
    <message>
        <source>Number %1 is not on %2 in the gazetteer: give another number or the coordinates.</source>
        <translation>Il numero %1 non è su %2 nello stradario: indicate un altro numero o le coordinate.</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348).</source>
        <translation>Scrivete le coordinate come latitudine, longitudine (ad es. 37.9755, 23.7348).</translation>
    </message>
    <message>
        <source>These are not coordinates on Earth.</source>
        <translation>Queste non sono coordinate sulla Terra.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 è fuori dal territorio comunale.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n segnalante</numerusform>
            <numerusform>%n segnalanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests of the same type nearby show here once the type and the place are known.</source>
        <translation>Le segnalazioni aperte dello stesso tipo nelle vicinanze compaiono qui appena tipo e luogo sono noti.</translation>
    </message>
    <message>
        <source>No open request of this type within %1 m in the last 30 days.</source>
        <translation>Nessuna segnalazione aperta di questo tipo entro %1 m negli ultimi 30 giorni.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n segnalazione aperta di questo tipo entro %1 m&lt;/b&gt; — lo stesso problema? Unitevi con Ctrl+L (scelta con Alt+Su/Giù) o registratene una nuova con Ctrl+Enter.</numerusform>
            <numerusform>&lt;b&gt;%n segnalazioni aperte di questo tipo entro %1 m&lt;/b&gt; — lo stesso problema? Unitevi con Ctrl+L (scelta con Alt+Su/Giù) o registratene una nuova con Ctrl+Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. The request will be filed at the top priority and the emergency is logged.</source>
        <translation>EMERGENZA — se qualcuno è in pericolo, dite al chiamante di riagganciare e chiamare subito il %1. La segnalazione sarà registrata con la massima priorità e l&apos;emergenza viene annotata.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Allega foto</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Foto (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>On the map: click to set the place</source>
        <translation>Sulla mappa: clic per fissare il luogo</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Mappa del luogo</translation>
    </message>
    <message>
        <source>%1 · %2 (from the map)</source>
        <translation>%1 · %2 (dalla mappa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2, %3 m away) may be the same problem.&lt;/b&gt; Ctrl+L adds the caller to it (“me too”); Ctrl+Enter again files a new request.</source>
        <translation>&lt;b&gt;%1 (%2, a %3 m) potrebbe essere lo stesso problema.&lt;/b&gt; Ctrl+L aggiunge il chiamante («anch&apos;io»); Ctrl+Invio di nuovo registra una nuova richiesta.</translation>
    </message>
    <message>
        <source>File a &amp;new one anyway (Ctrl+Enter)</source>
        <translation>Registra una &amp;nuova comunque (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>New request — from a citizen&apos;s e-mail</source>
        <translation>Nuova segnalazione — dall&apos;e-mail di un cittadino</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MailPanel</name>
    <message>
        <source>&amp;File as a request (Enter)</source>
        <translation>&amp;Registra come segnalazione (Invio)</translation>
    </message>
    <message>
        <source>Set &amp;aside… (Delete)</source>
        <translation>&amp;Metti da parte… (Canc)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>E-mails from citizens waiting</source>
        <translation>E-mail di cittadini in attesa</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>L&apos;e-mail</translation>
    </message>
    <message>
        <source>No e-mails from citizens are waiting. Messages to the municipality&apos;s mailbox appear here by themselves; replies about a request go to that request as notes.</source>
        <translation>Nessuna e-mail di cittadini in attesa. I messaggi alla casella del comune compaiono qui da soli; le risposte su una segnalazione vanno a essa come note.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(senza oggetto)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Da %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Quell&apos;e-mail è già stata gestita.</translation>
    </message>
    <message>
        <source>Set the e-mail aside</source>
        <translation>Metti da parte l&apos;e-mail</translation>
    </message>
    <message>
        <source>Why does it ask for nothing?</source>
        <translation>Perché non chiede nulla?</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam o pubblicità</translation>
    </message>
    <message>
        <source>Thanks or a comment, nothing to do</source>
        <translation>Ringraziamenti o un commento, niente da fare</translation>
    </message>
    <message>
        <source>Not a matter for the municipality</source>
        <translation>Non è di competenza del comune</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Inviata due volte</translation>
    </message>
    <message>
        <source>The e-mail was set aside.</source>
        <translation>L&apos;e-mail è stata messa da parte.</translation>
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
        <source>About CivicDesk</source>
        <translation>Informazioni su CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;Lo sportello delle segnalazioni dei cittadini di un comune: chiamate, segnalazioni, uffici e rapporti.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Chiamata</translation>
    </message>
    <message>
        <source>&amp;Find and requests</source>
        <translation>&amp;Ricerca e segnalazioni</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nuova chiamata</translation>
    </message>
    <message>
        <source>Caller&apos;s number (leave empty for a walk-in or a withheld number):</source>
        <translation>Numero del chiamante (lasciate vuoto per chi è allo sportello o per un numero nascosto):</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>C&amp;hiamata</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nuova chiamata…</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>La &amp;chiamata</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>Coda di &amp;lavoro</translation>
    </message>
    <message>
        <source>The work &amp;queue</source>
        <translation>La coda di &amp;lavoro</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;oda</translation>
    </message>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Esegui ora l&apos;escalation</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Lavorate come %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Cruscotto</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporti…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mappa</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Segnalazione</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (sola lettura)</translation>
    </message>
    <message>
        <source>This file is open read-only: no call can be recorded in it.</source>
        <translation>Questo file è aperto in sola lettura: non vi si può registrare alcuna chiamata.</translation>
    </message>
    <message>
        <source>Database: %1 — read-only, nothing can be changed</source>
        <translation>Database: %1 — sola lettura, non si può cambiare nulla</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guida utente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>I&amp;mpostazioni…</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens…</source>
        <translation>&amp;Messaggi ai cittadini…</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n nuovo avviso: %1</numerusform>
            <numerusform>%n nuovi avvisi: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targeted message…</source>
        <translation>Messaggio &amp;mirato…</translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n nuovo avviso</numerusform>
            <numerusform>CivicDesk: %n nuovi avvisi</numerusform>
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
        <translation>Le &amp;e-mail dei cittadini</translation>
    </message>
    <message>
        <source>Looking for %1 on the server…</source>
        <translation>Ricerca di %1 sul server…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 is not on this desk: it holds the open requests, its department&apos;s and those changed in the last %2 months. Try again when the desk is online.</source>
        <translation>Il server non è raggiungibile e %1 non è su questa postazione: tiene le segnalazioni aperte, quelle del suo ufficio e quelle modificate negli ultimi %2 mesi. Riprovate quando la postazione è in linea.</translation>
    </message>
    <message>
        <source>The server could not look for %1: %2</source>
        <translation>Il server non ha potuto cercare %1: %2</translation>
    </message>
    <message>
        <source>The server has no request %1 either.</source>
        <translation>Nemmeno il server ha la segnalazione %1.</translation>
    </message>
    <message>
        <source>%1 fetched from the server; this desk keeps it from now on.</source>
        <translation>%1 recuperata dal server; questa postazione la tiene d&apos;ora in poi.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message>
        <source>&amp;Open in the queue</source>
        <translation>&amp;Apri nella coda</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Via e numero civico</translation>
    </message>
    <message>
        <source>Find an address on the map</source>
        <translation>Trova un indirizzo sulla mappa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Gruppo di servizi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Periodo della mappa di calore</translation>
    </message>
    <message>
        <source>Crew route</source>
        <translation>Percorso della squadra</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Tutte in sospeso</translation>
    </message>
    <message>
        <source>All service groups</source>
        <translation>Tutti i gruppi di servizi</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti gli uffici</translation>
    </message>
    <message>
        <source>No crew route</source>
        <translation>Nessun percorso di squadra</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimi 12 mesi</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tutto</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Quartieri</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Segnalazioni</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mappa di calore</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Heat map of:</source>
        <translation>Mappa di calore di:</translation>
    </message>
    <message>
        <source>The configured base map cannot be used (%1); showing the districts and streets instead.</source>
        <translation>La mappa di base configurata non si può usare (%1); si mostrano quartieri e strade.</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer.</source>
        <translation>%1 non è nello stradario.</translation>
    </message>
    <message>
        <source>%1 has no pending requests with a place.</source>
        <translation>%1 non ha segnalazioni in sospeso con un luogo.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n tappa, %2 dal deposito.</numerusform>
            <numerusform>%1: %n tappe, %2 dal deposito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln segnalazione in sospeso in vista</numerusform>
            <numerusform>%Ln segnalazioni in sospeso in vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n segnaposto</numerusform>
            <numerusform>%n segnaposto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n gruppo</numerusform>
            <numerusform>%n gruppi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · da %n giorno</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · da %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Shade districts by pending requests</source>
        <translation>Colora i quartieri per segnalazioni in sospeso</translation>
    </message>
    <message>
        <source>Pending requests per district</source>
        <translation>Segnalazioni in sospeso per quartiere</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Mappa di calore: %Ln richiesta nel periodo.</numerusform>
            <numerusform>Mappa di calore: %Ln richieste nel periodo.</numerusform>
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
        <translation>Mappa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests here; click to zoom in</source>
        <translation>
            <numerusform>%Ln segnalazione qui; clic per ingrandire</numerusform>
            <numerusform>%Ln segnalazioni qui; clic per ingrandire</numerusform>
        </translation>
    </message>
    <message>
        <source>some tiles are damaged (not a readable image)</source>
        <translation>alcune tessere sono danneggiate (immagine illeggibile)</translation>
    </message>
    <message>
        <source>the tile server cannot be reached (%1); showing what is cached</source>
        <translation>il server delle tessere non è raggiungibile (%1); si mostra ciò che è in cache</translation>
    </message>
    <message>
        <source>the tile server refuses some tiles (%1)</source>
        <translation>il server rifiuta alcune tessere (%1)</translation>
    </message>
    <message>
        <source>the tile file has no tiles for some of this area</source>
        <translation>il file delle tessere non copre parte di quest&apos;area</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Mappa di base: %1.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>depot marker</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and street gazetteer</source>
        <translation>Mappa di base: quartieri e stradario del comune</translation>
    </message>
    <message>
        <source>Base map incomplete: %1</source>
        <translation>Mappa di base incompleta: %1</translation>
    </message>
    <message>
        <source>Several requests (zoom in)</source>
        <translation>Più segnalazioni (ingrandire)</translation>
    </message>
    <message>
        <source>Heat: fewer → more requests</source>
        <translation>Calore: meno → più segnalazioni</translation>
    </message>
    <message>
        <source>Crew route, stops in order</source>
        <translation>Percorso della squadra, tappe in ordine</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorità: %1</translation>
    </message>
    <message>
        <source>Emergency (flagged)</source>
        <translation>Emergenza (segnalata)</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and streets, © OpenStreetMap contributors</source>
        <translation>Mappa di base: quartieri e vie del comune, © contributori di OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MessageSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>nessun limite</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> al minuto</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server, and the server sends the messages to citizens for all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin mail-settings and sms-settings on the municipality&apos;s file there (see civicdesk-server(8)).</source>
        <translation>Questa postazione lavora con il server del comune, e il server invia i messaggi ai cittadini per tutte le sue postazioni: il server di posta e il gateway SMS si impostano sul server, con civicdesk-admin mail-settings e sms-settings sul file del comune lì (vedi civicdesk-server(8)).</translation>
    </message>
    <message>
        <source>This desk works alone and sends the messages to citizens itself, every half minute and after each change. Without a mail server or an SMS gateway they wait in the outbox.</source>
        <translation>Questa postazione lavora da sola e invia essa stessa i messaggi ai cittadini, ogni mezzo minuto e dopo ogni modifica. Senza un server di posta o un gateway SMS restano in attesa nella posta in uscita.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Never send in clear te&amp;xt (STARTTLS must work)</source>
        <translation>Mai inviare in chiaro (STARTTLS deve funzio&amp;nare)</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>il vostro indirizzo</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail</source>
        <translation>Invia una e-mail di &amp;prova</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;ver di posta:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Indirizzo del &amp;mittente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nome del mittente:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Ut&amp;ente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Al massimo:</translation>
    </message>
    <message>
        <source>Try them:</source>
        <translation>Provatele:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>(the same hour twice: none)</source>
        <translation>(la stessa ora due volte: nessuna)</translation>
    </message>
    <message>
        <source>&amp;Gateway (Kannel&apos;s sendsms):</source>
        <translation>&amp;Gateway (sendsms di Kannel):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Sen&amp;der shown:</source>
        <translation>Mitten&amp;te mostrato:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Ore di &amp;quiete:</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s administrator changes these settings.</source>
        <translation>Solo l’amministratore del comune cambia queste impostazioni.</translation>
    </message>
    <message>
        <source>kept; write a new one to change it</source>
        <translation>conservata; scrivetene una nuova per cambiarla</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>Il server di posta ha accettato il messaggio di prova per %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueueFilterBar</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>Solo le &amp;mie</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tutti gli uffici</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Tutte in sospeso</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>A rischio</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Scaduta</translation>
    </message>
    <message>
        <source>Priority, then deadline</source>
        <translation>Priorità, poi scadenza</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ufficio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>U&amp;fficio:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Scad&amp;enza:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordine:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message>
        <source>Work queue</source>
        <translation>Coda di lavoro</translation>
    </message>
    <message>
        <source>%1 pending requests</source>
        <translation>%1 segnalazioni in corso</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>%n passo di escalation eseguito.</numerusform>
            <numerusform>%n passi di escalation eseguiti.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed.</source>
        <translation>%1 su %2 modificate.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonne…</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapporti</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsiasi</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Nessun raggruppamento</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Ufficio</translation>
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
        <source>District</source>
        <translation>Quartiere</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Data di registrazione</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapporto:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Ufficio:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stato:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>&amp;Quartiere:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>&amp;Priority at least:</source>
        <translation>&amp;Priorità almeno:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Raggruppa per:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Ordina per:</translation>
    </message>
    <message>
        <source>&amp;Most rows:</source>
        <translation>&amp;Righe al massimo:</translation>
    </message>
    <message>
        <source>— saved parameter sets —</source>
        <translation>— parametri salvati —</translation>
    </message>
    <message>
        <source>Saved parameter sets</source>
        <translation>Parametri salvati</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Sal&amp;va come…</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Salva parametri</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Antepri&amp;ma…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Sta&amp;mpa…</translation>
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
        <translation>La stampante ha segnalato un errore; forse non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Salva come PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Salva come CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This desk holds the requests changed since %1 (the last %2 months), the open ones and its department&apos;s; a report from %3 needs the whole municipality&apos;s, which the server has.</source>
        <translation>Questa postazione ha le segnalazioni modificate dal %1 (gli ultimi %2 mesi), quelle aperte e quelle del suo ufficio; un rapporto dal %3 richiede tutte quelle del comune, che sono sul server.</translation>
    </message>
    <message>
        <source>This desk has not yet fetched its requests from the server; the report needs the whole municipality&apos;s, which the server has.</source>
        <translation>Questa postazione non ha ancora scaricato le sue segnalazioni dal server; il rapporto richiede tutte quelle del comune, che sono sul server.</translation>
    </message>
    <message>
        <source>This desk is not connected to the server now; nothing was made from part of the requests.</source>
        <translation>Questa postazione ora non è collegata al server; non è stato fatto nulla da una parte delle segnalazioni.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.</source>
        <translation>Il server ora non è raggiungibile; non è stato fatto nulla da una parte delle segnalazioni. Riprovare quando la postazione è in linea.</translation>
    </message>
    <message>
        <source>The server could not make the report: %1</source>
        <translation>Il server non ha potuto preparare il rapporto: %1</translation>
    </message>
    <message>
        <source>The desk is already asking the server for something; try again in a moment.</source>
        <translation>La postazione sta già chiedendo qualcosa al server; riprovare tra un momento.</translation>
    </message>
    <message>
        <source>The server is making it…</source>
        <translation>Il server lo sta preparando…</translation>
    </message>
    <message>
        <source>Made by the server from the whole municipality&apos;s requests (this desk holds those since %1).</source>
        <translation>Preparato dal server con tutte le segnalazioni del comune (questa postazione ha quelle dal %1).</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accetta</translation>
    </message>
    <message>
        <source>Assi&amp;gn to crew or person…</source>
        <translation>Asse&amp;gna a squadra o persona…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambia &amp;stato…</translation>
    </message>
    <message>
        <source>&amp;Reroute…</source>
        <translation>&amp;Reindirizza…</translation>
    </message>
    <message>
        <source>Link as &amp;duplicate…</source>
        <translation>Collega come &amp;duplicato…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Sospendi…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Scrivi una &amp;nota</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s ra&amp;ting…</source>
        <translation>Registra la valu&amp;tazione del cittadino…</translation>
    </message>
    <message>
        <source>Crew &amp;work list…</source>
        <translation>Lista di lavoro della s&amp;quadra…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n segnalazione</numerusform>
            <numerusform>%n segnalazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>No request has the tracking number %1.</source>
        <translation>Nessuna segnalazione ha il numero di protocollo %1.</translation>
    </message>
    <message>
        <source>You cannot move %1 from “%2”.</source>
        <translation>Non potete spostare %1 da «%2».</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Cambia stato: %1</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— non valutata —</translation>
    </message>
    <message>
        <source>%1 is “%2” now.</source>
        <translation>%1 ora è «%2».</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nuovo stato:</translation>
    </message>
    <message>
        <source>Report &amp;accuracy:</source>
        <translation>&amp;Accuratezza della segnalazione:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Put on hold: %1</source>
        <translation>Sospendi: %1</translation>
    </message>
    <message>
        <source>Waiting for whom or what?</source>
        <translation>In attesa di chi o di che cosa?</translation>
    </message>
    <message>
        <source>Reroute: %1</source>
        <translation>Reindirizza: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Invia a:</translation>
    </message>
    <message>
        <source>Why? (the other department reads it)</source>
        <translation>Perché? (l&apos;altro ufficio lo legge)</translation>
    </message>
    <message>
        <source>— no crew —</source>
        <translation>— nessuna squadra —</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nessuno —</translation>
    </message>
    <message>
        <source>Assign: %1</source>
        <translation>Assegna: %1</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Squadra:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Link as duplicate: %1</source>
        <translation>Collega come duplicato: %1</translation>
    </message>
    <message>
        <source>Tracking number of the request it repeats:</source>
        <translation>Numero di protocollo della segnalazione che ripete:</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating: %1</source>
        <translation>Valutazione del cittadino: %1</translation>
    </message>
    <message>
        <source>How satisfied is the citizen (1–5)?</source>
        <translation>Quanto è soddisfatto il cittadino (1–5)?</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Il suo commento:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestDetailView</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Nota interna per gli uffici e l&apos;appaltatore (Ctrl+Invio la aggiunge)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list</source>
        <translation>A accetta · G assegna · S stato · R reindirizza · D duplicato · H sospendi · N nota · T valutazione · W lista squadra</translation>
    </message>
    <message>
        <source> (not in this list)</source>
        <translation> (non in questo elenco)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Scadenza: %1</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>Ricevuta %1 (%2)</translation>
    </message>
    <message>
        <source>Reported anonymously: nobody to call back.</source>
        <translation>Segnalata in forma anonima: nessuno da richiamare.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(e altri %n)</numerusform>
            <numerusform>(e altri %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Segnalata da %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Non ancora assegnata</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assegnata a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n foto: Invio apre la richiesta con essa.</numerusform>
            <numerusform>%n foto: Invio apre la richiesta con esse.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: no note can be added.</source>
        <translation>Questo file è aperto in sola lettura: non si può aggiungere alcuna nota.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server: loading it…</source>
        <translation>La cronologia di questa segnalazione chiusa è sul server: caricamento…</translation>
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
    <name>CivicDesk::RequestPage</name>
    <message>
        <source>Add the &amp;note</source>
        <translation>Aggiungi la &amp;nota</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>La lingua di chi chiama</translation>
    </message>
    <message>
        <source>What to tell the caller</source>
        <translation>Cosa dire a chi chiama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Nota interna per gli uffici e l&apos;appaltatore (Ctrl+Invio la aggiunge)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Segnalata da</translation>
    </message>
    <message>
        <source>In &amp;language:</source>
        <translation>Nella &amp;lingua:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <source>Close this page (Ctrl+W)</source>
        <translation>Chiudi questa pagina (Ctrl+W)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 è stata modificata.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 non è stata modificata.</translation>
    </message>
    <message>
        <source>The crew work list is in the work queue (W there).</source>
        <translation>L&apos;elenco di lavoro della squadra è nella coda di lavoro (W lì).</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>Richiesta non trovata</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipo sconosciuto</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>priorità %1</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENZA</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Ricevuta:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Luogo:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indicato</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Ufficio:</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>non ancora instradata</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Squadra:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Assegnata a:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ancora a nessuno</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Scadenza:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non fissata</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Chiusa:</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>Nota di stato:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Duplicato di:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 su 5</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Valutazione del cittadino:</translation>
    </message>
    <message>
        <source>Report accuracy:</source>
        <translation>Accuratezza della segnalazione:</translation>
    </message>
    <message>
        <source>reported it again</source>
        <translation>l&apos;ha segnalata di nuovo</translation>
    </message>
    <message>
        <source>Nobody: the request was filed anonymously.</source>
        <translation>Nessuno: la richiesta è stata registrata in forma anonima.</translation>
    </message>
    <message>
        <source>%1 is not on this desk.</source>
        <translation>%1 non è su questa postazione.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La richiesta</translation>
    </message>
    <message>
        <source>Messages to the citizens</source>
        <translation>Messaggi ai cittadini</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-mail a %1</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS a %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>inviato %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>non inviato: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>in attesa: %n tentativo, il prossimo alle %1 (%2)</numerusform>
            <numerusform>in attesa: %n tentativi, il prossimo alle %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent since %1</source>
        <translation>in attesa di invio dal %1</translation>
    </message>
    <message>
        <source>delivered to the phone %1</source>
        <translation>consegnato al telefono %1</translation>
    </message>
    <message>
        <source>not delivered to the phone (reported %1)</source>
        <translation>non consegnato al telefono (segnalato %1)</translation>
    </message>
    <message>
        <source>refused by the carrier (reported %1)</source>
        <translation>rifiutato dall’operatore (segnalato %1)</translation>
    </message>
    <message>
        <source>with the carrier, not yet delivered</source>
        <translation>presso l’operatore, non ancora consegnato</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message>
        <source>Crew work list</source>
        <translation>Lista di lavoro della squadra</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Squadra</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Tappa</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N. protocollo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Tappe in ordine</translation>
    </message>
    <message>
        <source>&amp;Print work order (PDF)…</source>
        <translation>&amp;Stampa l&apos;ordine di lavoro (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Assign to the crew</source>
        <translation>&amp;Assegna alla squadra</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordine di lavoro</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n segnalazione assegnata alla squadra.</numerusform>
            <numerusform>%n segnalazioni assegnate alla squadra.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;rew:</source>
        <translation>S&amp;quadra:</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n tappa, %1 km dal deposito all&apos;ultima tappa (solo vicino più prossimo: %2 km).</numerusform>
            <numerusform>%n tappe, %1 km dal deposito all&apos;ultima tappa (solo vicino più prossimo: %2 km).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Ordine di lavoro — %1</translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Partenza dal deposito (%1, %2); %n tappa, %3 km.</numerusform>
            <numerusform>Partenza dal deposito (%1, %2); %n tappe, %3 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Crew leader&apos;s signature: ____________________</source>
        <translation>Firma del caposquadra: ____________________</translation>
    </message>
    <message>
        <source>The work order could not be written to %1.</source>
        <translation>Impossibile scrivere l&apos;ordine di lavoro in %1.</translation>
    </message>
    <message>
        <source>Work order written to %1.</source>
        <translation>Ordine di lavoro scritto in %1.</translation>
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
        <source>Nothing found.</source>
        <translation>Nessun risultato.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
    <message>
        <source>Look on the server</source>
        <translation>Cerca sul server</translation>
    </message>
    <message>
        <source>Not on this desk? Look for “%1” on the server (Ctrl+Enter)</source>
        <translation>Non è su questa postazione? Cerca «%1» sul server (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Nothing found on this desk, which holds the open requests, its department&apos;s and the recent ones.</source>
        <translation>Nulla trovato su questa postazione, che tiene le segnalazioni aperte, quelle del suo ufficio e quelle recenti.</translation>
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
    <name>CivicDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>Mappa di &amp;base</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporti</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>This file is open read-only: what is kept in it cannot be changed here.</source>
        <translation>Il file è aperto in sola lettura: ciò che vi è conservato non si può cambiare da qui.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La lingua del computer</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Lingua dello sportello:</translation>
    </message>
    <message>
        <source>The desk changes language as soon as you press OK or Apply: the window is built again in the new language, with the requests you have open and the call you are taking (kept as a draft). Category names, dates and printed reports follow the new language too. The same setting is made by starting the desk with --lang.</source>
        <translation>Lo sportello cambia lingua appena premete OK o Applica: la finestra viene ricostruita nella nuova lingua, con le segnalazioni aperte e la chiamata in corso (conservata come bozza). Anche i nomi delle categorie, le date e i rapporti stampati seguono la nuova lingua. La stessa impostazione si ottiene avviando lo sportello con --lang.</translation>
    </message>
    <message>
        <source>Streets and districts, &amp;drawn by CivicDesk (no tiles, works offline)</source>
        <translation>Strade e quartieri, &amp;disegnati da CivicDesk (senza tile, funziona senza rete)</translation>
    </message>
    <message>
        <source>Tiles from a &amp;tile server</source>
        <translation>Tile da un server di &amp;tile</translation>
    </message>
    <message>
        <source>Tiles from an &amp;MBTiles file (offline)</source>
        <translation>Tile da un file &amp;MBTiles (senza rete)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© contributori di OpenStreetMap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Sce&amp;gli…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Scegli un file MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>File MBTiles (*.mbtiles);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Address of the tiles:</source>
        <translation>Indirizzo delle tile:</translation>
    </message>
    <message>
        <source>Highest zoom:</source>
        <translation>Zoom massimo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Attribuzione:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server: the base map is the municipality&apos;s, the same on every desk, and is set at the server (civicdesk-admin map on the municipality&apos;s file there).</source>
        <translation>Questo sportello lavora con il server del comune: la mappa di base è del comune, la stessa su ogni sportello, e si imposta sul server (civicdesk-admin map sul file del comune lì).</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Anteprima: %n tile mostrata</numerusform>
            <numerusform>Anteprima: %n tile mostrate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n mancante</numerusform>
            <numerusform>%n mancanti</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: fetching tiles…</source>
        <translation>Anteprima: scaricamento delle tile…</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1</source>
        <translation>Questa mappa di base non si può usare: %1</translation>
    </message>
    <message>
        <source>Preview: the streets and districts of the municipality&apos;s file.</source>
        <translation>Anteprima: le strade e i quartieri del file del comune.</translation>
    </message>
    <message>
        <source>&amp;Choose an image…</source>
        <translation>S&amp;cegli un’immagine…</translation>
    </message>
    <message>
        <source>Use the CivicDesk &amp;emblem</source>
        <translation>Usa l’&amp;emblema di CivicDesk</translation>
    </message>
    <message>
        <source>Directorate of Citizen Services
City Hall, 1 Main Square</source>
        <translation>Ufficio Relazioni con il Pubblico
Municipio, Piazza del Municipio 1</translation>
    </message>
    <message>
        <source>Logo, at the top right of a report&apos;s first page:</source>
        <translation>Logo, in alto a destra sulla prima pagina di un rapporto:</translation>
    </message>
    <message>
        <source>Lines under the municipality&apos;s name (at most four: the office, its address, a telephone):</source>
        <translation>Righe sotto il nome del comune (al massimo quattro: l’ufficio, il suo indirizzo, un telefono):</translation>
    </message>
    <message>
        <source>The logo is kept in the municipality&apos;s file, so it prints the same after the image file has moved. Both are this desk&apos;s: each desk of a municipality that works with a server sets its own.</source>
        <translation>Il logo è conservato nel file del comune, quindi si stampa uguale anche dopo che il file dell’immagine è stato spostato. Entrambi sono di questo sportello: ogni sportello di un comune che lavora con un server imposta i propri.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Scegli il logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Immagini (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>At most four lines fit under the municipality&apos;s name; there are %1.</source>
        <translation>Sotto il nome del comune stanno al massimo quattro righe; ce ne sono %1.</translation>
    </message>
    <message>
        <source>C&amp;heck the address</source>
        <translation>&amp;Verifica l’indirizzo</translation>
    </message>
    <message>
        <source>A CivicDesk server answers at this address.</source>
        <translation>A questo indirizzo risponde un server CivicDesk.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Indirizzo del server:</translation>
    </message>
    <message>
        <source>Municipality (code):</source>
        <translation>Comune (codice):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server and keeps its own copy of the data. If the server has moved to a new address, write it here: the desk checks that a CivicDesk server answers there and goes on with it, with the same user and the changes still waiting. To work as another user, use File → Sign out.</source>
        <translation>Questo sportello lavora con il server del comune e tiene una propria copia dei dati. Se il server si è spostato a un nuovo indirizzo, scrivetelo qui: lo sportello verifica che lì risponda un server CivicDesk e prosegue con esso, con lo stesso utente e le modifiche ancora in attesa. Per lavorare come un altro utente, usate File → Disconnetti.</translation>
    </message>
    <message>
        <source>This desk works alone on its file. To work with the municipality&apos;s server instead, write the server&apos;s address, the municipality&apos;s code there and your user name: after OK you sign in, and the desk fetches its own copy of the municipality&apos;s data and keeps it in step (the same as starting it with --server, --tenant and --login). This file stays as it is.</source>
        <translation>Questo sportello lavora da solo sul suo file. Per lavorare invece con il server del comune, scrivete l’indirizzo del server, il codice del comune lì e il vostro nome utente: dopo OK accedete, e lo sportello scarica una propria copia dei dati del comune e la tiene aggiornata (come avviarlo con --server, --tenant e --login). Questo file resta com’è.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s code at the server and your user name as well.</source>
        <translation>Scrivete anche il codice del comune sul server e il vostro nome utente.</translation>
    </message>
    <message>
        <source>Aler&amp;ts</source>
        <translation>Avvis&amp;i</translation>
    </message>
    <message>
        <source>&amp;My e-mail address:</source>
        <translation>Il &amp;mio indirizzo e-mail:</translation>
    </message>
    <message>
        <source>Send me my alerts by &amp;e-mail too</source>
        <translation>Inviatemi gli avvisi anche per &amp;e-mail</translation>
    </message>
    <message>
        <source>The work given to you or to your crew, and the escalation ladder&apos;s alerts for your role, are always in the work queue&apos;s alert list, with a notification on the desktop. Ticked, each also comes by e-mail to the address above, sent by the municipality&apos;s mail server.</source>
        <translation>Il lavoro assegnato a lei o alla sua squadra e gli avvisi di escalation per il suo ruolo sono sempre nell’elenco degli avvisi della coda di lavoro, con una notifica sul desktop. Se spuntato, ciascuno arriva anche per e-mail all’indirizzo qui sopra, inviato dal server di posta del comune.</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens</source>
        <translation>&amp;Messaggi ai cittadini</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>Take the highlighted match (type, address)</source>
        <translation>Prendi la proposta evidenziata (tipo, indirizzo)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Spostati tra le proposte</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Su, Giù</translation>
    </message>
    <message>
        <source>Close the matches</source>
        <translation>Chiudi le proposte</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>File the new request</source>
        <translation>Registra la nuova segnalazione</translation>
    </message>
    <message>
        <source>Join the highlighted nearby request</source>
        <translation>Unisci alla segnalazione vicina evidenziata</translation>
    </message>
    <message>
        <source>Choose among the nearby requests</source>
        <translation>Scegli tra le segnalazioni vicine</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Su, Alt+Giù</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Campo successivo, campo precedente</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maiusc+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Vai a un campo</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lettera sottolineata</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Accesso al server</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>Il server chiede a %1 di accedere di nuovo. Le modifiche fatte nel frattempo sono conservate e inviate dopo.</translation>
    </message>
    <message>
        <source>municipality code, such as ATH</source>
        <translation>codice del comune, ad esempio ATH</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Comune:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Accedi</translation>
    </message>
    <message>
        <source>Fill in the server, the municipality, the user and the password.</source>
        <translation>Compila il server, il comune, l&apos;utente e la password.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 di %2 MB</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>tutte</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesi</translation>
    </message>
    <message>
        <source>This desk keeps every open request, its department&apos;s, and those changed in these last months; an older one is fetched from the server when it is looked for.</source>
        <translation>Questa postazione tiene ogni segnalazione aperta, quelle del suo ufficio e quelle modificate in questi ultimi mesi; una più vecchia viene recuperata dal server quando la si cerca.</translation>
    </message>
    <message>
        <source>&amp;Requests kept here:</source>
        <translation>Segnalazioni &amp;tenute qui:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message>
        <source>Filing a request</source>
        <translation>Registrazione di una segnalazione</translation>
    </message>
    <message>
        <source>Adding a caller to a request</source>
        <translation>Aggiunta di un chiamante a una segnalazione</translation>
    </message>
    <message>
        <source>Changing a status</source>
        <translation>Cambio di stato</translation>
    </message>
    <message>
        <source>Routing to a department</source>
        <translation>Inoltro a un ufficio</translation>
    </message>
    <message>
        <source>Assigning a crew</source>
        <translation>Assegnazione a una squadra</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Aggiunta di una nota</translation>
    </message>
    <message>
        <source>Marking a duplicate</source>
        <translation>Segnatura di un duplicato</translation>
    </message>
    <message>
        <source>Recording satisfaction</source>
        <translation>Registrazione della soddisfazione</translation>
    </message>
    <message>
        <source>Saving a citizen</source>
        <translation>Salvataggio di un cittadino</translation>
    </message>
    <message>
        <source>Merging citizens</source>
        <translation>Unione di cittadini</translation>
    </message>
    <message>
        <source>Recording a call</source>
        <translation>Registrazione di una chiamata</translation>
    </message>
    <message>
        <source>Update this desk: the server is newer</source>
        <translation>Aggiorna questa postazione: il server è più recente</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>In linea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Non in linea</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tutto inviato</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n in attesa</numerusform>
            <numerusform>%n in attesa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rifiutata</numerusform>
            <numerusform>%n rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <source>Last brought up to date at %1.</source>
        <translation>Ultimo aggiornamento alle %1.</translation>
    </message>
    <message>
        <source>Not brought up to date since the desk started.</source>
        <translation>Non aggiornato dall&apos;avvio della postazione.</translation>
    </message>
    <message>
        <source>The server has refused none of this desk&apos;s changes.</source>
        <translation>Il server non ha rifiutato nessuna modifica di questa postazione.</translation>
    </message>
    <message>
        <source>These changes were made here while the server&apos;s data said otherwise; they are undone on this desk.
Do again what still needs doing.</source>
        <translation>Queste modifiche sono state fatte qui mentre i dati del server dicevano altro; sono annullate su questa postazione.
Rifai ciò che serve ancora.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused, and conflicts</source>
        <translation>Modifiche rifiutate dal server e conflitti</translation>
    </message>
    <message>
        <source>Citizens&apos; details edited at two desks from the same version: the later edit stands; the other is kept here. Copy back what it should have changed.</source>
        <translation>Dati di cittadini modificati in due postazioni dalla stessa versione: resta la modifica più recente; l&apos;altra è conservata qui. Ricopia ciò che doveva cambiare.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Cittadino</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Resta</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Messa da parte</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>la tua modifica</translation>
    </message>
    <message>
        <source>another desk&apos;s edit</source>
        <translation>la modifica di un&apos;altra postazione</translation>
    </message>
    <message>
        <source>yours: </source>
        <translation>tua: </translation>
    </message>
    <message>
        <source>theirs: </source>
        <translation>altrui: </translation>
    </message>
    <message>
        <source>The server is older than this desk: it must be updated</source>
        <translation>Il server è più vecchio di questa postazione: va aggiornato</translation>
    </message>
    <message>
        <source>Online, not in step</source>
        <translation>In linea, non allineato</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced: click to start again from it</source>
        <translation>I dati del server sono stati sostituiti: clicca per ripartire da essi</translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message>
        <source>Messages to citizens</source>
        <translation>Messaggi ai cittadini</translation>
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
        <translation>Vuoto: il testo qui sopra, in HTML</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Inserisci un segnaposto…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Testo:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Restore CivicDesk&apos;s words</source>
        <translation>&amp;Ripristina il testo di CivicDesk</translation>
    </message>
    <message>
        <source>Only an administrator changes these words; you can read them here.</source>
        <translation>Solo un amministratore cambia questi testi; qui potete leggerli.</translation>
    </message>
    <message>
        <source>This file is open read-only: the templates can be read, not changed.</source>
        <translation>Il file è aperto in sola lettura: i modelli si possono leggere, non cambiare.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 caratteri · %n SMS (%2)</numerusform>
            <numerusform>%1 caratteri · %n SMS (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM 7-bit</source>
        <translation>GSM 7 bit</translation>
    </message>
    <message>
        <source>Unicode: 70 characters in one SMS, 67 in each of several</source>
        <translation>Unicode: 70 caratteri in un SMS, 67 in ciascuno quando sono più di uno</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <source>E-mail: the text and its HTML are both sent; the reader&apos;s program shows one.</source>
        <translation>E-mail: si inviano sia il testo sia il suo HTML; il programma del lettore ne mostra uno.</translation>
    </message>
    <message>
        <source>CivicDesk&apos;s own words.</source>
        <translation>Il testo di CivicDesk.</translation>
    </message>
    <message>
        <source>Written for the municipality on %1.</source>
        <translation>Scritto per il comune il %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n modello cambiato e non salvato. Chiudere e perdere la modifica?</numerusform>
            <numerusform>%n modelli cambiati e non salvati. Chiudere e perdere le modifiche?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserChooser</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Chi lavora a questo sportello?</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>This desk works without a server: choose who you are. What you do is recorded under this name.</source>
        <translation>Questo sportello funziona senza server: scegliete chi siete. Ciò che fate viene registrato con questo nome.</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Digita parte di un nome, ruolo o settore</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Trova un utente</translation>
    </message>
    <message>
        <source>No one: the desk does not open.</source>
        <translation>Nessuno: la postazione non si apre.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guida utente</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommario</translation>
    </message>
</context>
<context>
    <name>CivicDesk::WorkQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
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
        <translation>%1 di ritardo</translation>
    </message>
    <message>
        <source>escalated %1×</source>
        <translation>escalation %1×</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (ricorrente)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Deadline · time left</source>
        <translation>Scadenza · tempo residuo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Segnalanti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N. protocollo</translation>
    </message>
    <message>
        <source>Reporter accuracy</source>
        <translation>Accuratezza del segnalante</translation>
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
        <translation>Lingua dell&apos;interfaccia (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODICE</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Apre, mostra l&apos;elenco delle segnalazioni, stampa la memoria residente in MB ed esce (misura).</translation>
    </message>
    <message>
        <source>A call from NUMBER: hand it to the running desk (or start one) and show the caller.</source>
        <translation>Una chiamata da NUMERO: la passa allo sportello aperto (o ne avvia uno) e mostra il chiamante.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NUMERO</translation>
    </message>
    <message>
        <source>Another desk of this user takes the incoming calls.</source>
        <translation>Un altro sportello di questo utente riceve le chiamate in arrivo.</translation>
    </message>
    <message>
        <source>Work as this user (user name) without being asked.</source>
        <translation>Lavora come questo utente (nome utente) senza chiedere.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>Work with the municipality&apos;s server at URL: signs in, fetches the data on first use, keeps it in step.</source>
        <translation>Lavora con il server del comune all&apos;URL: accede, riceve i dati al primo uso, li tiene aggiornati.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The municipality&apos;s code on the server.</source>
        <translation>Il codice del comune sul server.</translation>
    </message>
    <message>
        <source>The user who signs in to the server.</source>
        <translation>L&apos;utente che accede al server.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>UTENTE</translation>
    </message>
    <message>
        <source>The running desk did not take the call.</source>
        <translation>La postazione in esecuzione non ha accettato la chiamata.</translation>
    </message>
    <message>
        <source>A database file to open, as --db (a double click on a .civicdesk file).</source>
        <translation>Un file di database da aprire, come --db (doppio clic su un file .civicdesk).</translation>
    </message>
</context>
</TS>
