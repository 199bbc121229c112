<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca" sourcelanguage="en">
<context>
    <name>CallerAnswer</name>
    <message>
        <source>Your request %1 (%2, %3) was received on %4.</source>
        <translation>La vostra sol·licitud %1 (%2, %3) es va rebre el %4.</translation>
    </message>
    <message>
        <source>Your request %1 (%2) was received on %3.</source>
        <translation>La vostra sol·licitud %1 (%2) es va rebre el %3.</translation>
    </message>
    <message>
        <source>It is with %1; its status is “%2”.</source>
        <translation>La té %1; el seu estat és «%2».</translation>
    </message>
    <message>
        <source>Its status is “%1”.</source>
        <translation>El seu estat és «%1».</translation>
    </message>
    <message>
        <source>We expect the work to be done by %1.</source>
        <translation>Preveiem acabar la feina abans de %1.</translation>
    </message>
    <message>
        <source>It was due by %1 and is late.</source>
        <translation>Havia d&apos;estar feta abans de %1 i va amb retard.</translation>
    </message>
    <message>
        <source>Its supervisors have been alerted.</source>
        <translation>S&apos;ha avisat els responsables.</translation>
    </message>
    <message>
        <source>No completion date has been set yet.</source>
        <translation>Encara no s&apos;ha fixat cap data d&apos;acabament.</translation>
    </message>
    <message>
        <source>The work is on hold: %1.</source>
        <translation>La feina està en espera: %1.</translation>
    </message>
    <message>
        <source>The work is on hold.</source>
        <translation>La feina està en espera.</translation>
    </message>
    <message>
        <source>The time allowed does not run while it waits.</source>
        <translation>El temps previst no corre mentre espera.</translation>
    </message>
    <message>
        <source>The work was done on %1.</source>
        <translation>La feina es va fer el %1.</translation>
    </message>
    <message>
        <source>It was closed on %1.</source>
        <translation>Es va tancar el %1.</translation>
    </message>
    <message>
        <source>It was not taken up: %1.</source>
        <translation>No es va acceptar: %1.</translation>
    </message>
    <message>
        <source>It was not taken up.</source>
        <translation>No es va acceptar.</translation>
    </message>
    <message>
        <source>It reports the same problem as request %1 and is handled with it.</source>
        <translation>Informa del mateix problema que la sol·licitud %1 i es tracta juntament amb ella.</translation>
    </message>
    <message>
        <source>If the problem is still there, we can reopen it now.</source>
        <translation>Si el problema continua, la podem reobrir ara.</translation>
    </message>
</context>
<context>
    <name>CivicDesk</name>
    <message>
        <source>Registered, waiting to be looked into</source>
        <translation>Registrat, pendent d&apos;estudi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informa d&apos;un problema</translation>
    </message>
    <message>
        <source>Follow a report</source>
        <translation>Segueix un avís</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>S&apos;està estudiant</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Treball programat</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Treball en curs</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Resolt</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>No s&apos;ha acceptat</translation>
    </message>
    <message>
        <source>Reported already</source>
        <translation>Ja s&apos;havia informat</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Trieu el vostre municipi</translation>
    </message>
    <message>
        <source>There is no report with the number %1. Check the number in the message you received.</source>
        <translation>No hi ha cap avís amb el número %1. Comproveu el número al missatge que heu rebut.</translation>
    </message>
    <message>
        <source>As in the message we sent you, such as 26-S0-00012.</source>
        <translation>Com al missatge que us vam enviar, per exemple 26-S0-00012.</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostra l&apos;avís</translation>
    </message>
    <message>
        <source>Thank you. Your report is registered under the number</source>
        <translation>Gràcies. El vostre avís s&apos;ha registrat amb el número</translation>
    </message>
    <message>
        <source>Keep it to follow your report here or to ask about it by phone.</source>
        <translation>Guardeu-lo per seguir l&apos;avís aquí o per preguntar-ne per telèfon.</translation>
    </message>
    <message>
        <source>This problem had been reported already; your report was added to it, under the number</source>
        <translation>El problema ja s&apos;havia informat; el vostre avís s&apos;hi ha afegit, amb el número</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Previst per a</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>La nostra nota</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Què ha passat fins ara</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Avís rebut</translation>
    </message>
    <message>
        <source>Your update</source>
        <translation>La vostra actualització</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>El vostre avís</translation>
    </message>
    <message>
        <source>The form could not be read. Go back and send it again.</source>
        <translation>No s&apos;ha pogut llegir el formulari. Torneu enrere i envieu-lo de nou.</translation>
    </message>
    <message>
        <source>What kind of problem is it? Choose the closest.</source>
        <translation>Quin tipus de problema és? Trieu el més semblant.</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Altres problemes</translation>
    </message>
    <message>
        <source>To be told of progress, give an e-mail address or a mobile number.</source>
        <translation>Per rebre notícies del progrés, doneu una adreça electrònica o un mòbil.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Corregiu el següent</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>choose another</source>
        <translation>trieu-ne un altre</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>On és?</translation>
    </message>
    <message>
        <source>The street and the number nearest to it.</source>
        <translation>El carrer i el número més proper.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>Què passa?</translation>
    </message>
    <message>
        <source>A few words help the crew find and fix it (at most 4,000 characters).</source>
        <translation>Unes poques paraules ajuden la brigada a trobar-ho i arreglar-ho (4.000 caràcters com a màxim).</translation>
    </message>
    <message>
        <source>A photo (optional)</source>
        <translation>Una foto (opcional)</translation>
    </message>
    <message>
        <source>Who you are (optional)</source>
        <translation>Qui sou (opcional)</translation>
    </message>
    <message>
        <source>You may report without giving your name. We use these details for this report only.</source>
        <translation>Podeu informar sense donar el vostre nom. Fem servir aquestes dades només per a aquest avís.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Telèfon mòbil</translation>
    </message>
    <message>
        <source>Tell me of the progress of this report by e-mail or SMS. I can stop it at any time.</source>
        <translation>Informeu-me del progrés d&apos;aquest avís per correu electrònic o SMS. Ho puc aturar en qualsevol moment.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Envia l&apos;avís</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>Com ho hem fet?</translation>
    </message>
    <message>
        <source>This link is not valid. Check that it was copied whole.</source>
        <translation>L&apos;enllaç no és vàlid. Comproveu que s&apos;ha copiat sencer.</translation>
    </message>
    <message>
        <source>Thank you: your answer about this report is recorded. There is one answer for each report.</source>
        <translation>Gràcies: la vostra resposta sobre aquest avís s&apos;ha registrat. Hi ha una resposta per a cada avís.</translation>
    </message>
    <message>
        <source>This report is not dealt with yet; the survey opens when it is.</source>
        <translation>L&apos;avís encara no s&apos;ha resolt; l&apos;enquesta s&apos;obrirà quan ho estigui.</translation>
    </message>
    <message>
        <source>Choose one of the five answers.</source>
        <translation>Trieu una de les cinc respostes.</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — molt insatisfet</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — insatisfet</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — ni satisfet ni insatisfet</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — satisfet</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — molt satisfet</translation>
    </message>
    <message>
        <source>How satisfied are you with how your report was dealt with?</source>
        <translation>Fins a quin punt esteu satisfet de com s&apos;ha resolt el vostre avís?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>El que ens vulgueu dir (opcional)</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Envia la resposta</translation>
    </message>
    <message>
        <source>We cannot find this address in the municipality. Give a street of it and a number.</source>
        <translation>No trobem aquesta adreça al municipi. Doneu un carrer del municipi i un número.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Això no és una adreça electrònica.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Això no és un número de telèfon.</translation>
    </message>
    <message>
        <source>The description is too long: at most 4,000 characters.</source>
        <translation>La descripció és massa llarga: 4.000 caràcters com a màxim.</translation>
    </message>
    <message>
        <source>The file is not a photo, or it is larger than 25 MB.</source>
        <translation>El fitxer no és una foto, o fa més de 25 MB.</translation>
    </message>
    <message>
        <source>Answer this question with one of the answers offered.</source>
        <translation>Responeu aquesta pregunta amb una de les respostes proposades.</translation>
    </message>
    <message>
        <source>Choose the kind of problem again.</source>
        <translation>Torneu a triar el tipus de problema.</translation>
    </message>
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
        <translation>l&apos;element no té geometria</translation>
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
        <source>The GeoJSON holds no features (type &quot;%1&quot;).</source>
        <translation>El GeoJSON no conté elements (tipus «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run &quot;init&quot; or &quot;generate&quot; first.</source>
        <translation>La base de dades encara no té ajuntament; executeu primer «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El fitxer és buit.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 camps mentre la capçalera en té %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>el tipus «%1» no és cap de person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ni nom ni organització</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot; kept as typed: %2</source>
        <translation>telèfon «%1» conservat tal com s&apos;ha escrit: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; does not look like an address; kept as typed</source>
        <translation>el correu «%1» no sembla una adreça; conservat tal com s&apos;ha escrit</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is unknown; left empty</source>
        <translation>el barri «%1» és desconegut; deixat buit</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>la mateixa persona que la línia %1</translation>
    </message>
    <message>
        <source>the feature has no property &quot;%1&quot;</source>
        <translation>l&apos;element no té la propietat «%1»</translation>
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
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» no és una hora ISO 8601</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither open nor closed</source>
        <translation>l&apos;estat «%1» no és ni open ni closed</translation>
    </message>
    <message>
        <source>lat/long &quot;%1&quot;, &quot;%2&quot; is not a position</source>
        <translation>lat/long «%1», «%2» no és una posició</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ni service_code ni service_name</translation>
    </message>
    <message>
        <source>new service type &quot;%1&quot; (%2) flagged as imported</source>
        <translation>tipus nou de sol·licitud «%1» (%2) marcat com a importat</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Importada d&apos;Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>No s&apos;ha indicat cap número.</translation>
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
        <source>The number is not in use in its country&apos;s numbering plan.</source>
        <translation>El número no existeix al pla de numeració del seu país.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>El número té una extensió; es conserva tal com s&apos;ha escrit.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualitzar l&apos;índex de cerca</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruir l&apos;índex de cerca</translation>
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
        <translation>nom escrit d&apos;una altra manera (greeklish o variant)</translation>
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
        <translation>paraules de la descripció o l&apos;adreça</translation>
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
        <translation>%1 no és una base de dades de CivicDesk (no és un fitxer SQLite o la capçalera és malmesa). El fitxer no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>%1 no es pot llegir com a base de dades (%2). Pot estar malmès; no s&apos;ha tocat. Restaureu-lo d&apos;una còpia de seguretat o trieu un altre fitxer.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No s&apos;ha indicat cap fitxer de base de dades.</translation>
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
        <translation>%1 l&apos;ha escrit un CivicDesk més nou (esquema %2; aquest programa en coneix fins al %3). Actualitzeu CivicDesk per obrir-lo; el fitxer no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>%1 necessita una actualització de l&apos;esquema (de la versió %2 a la %3) però només es pot llegir.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>%1 és un fitxer SQLite d&apos;un altre programa, no una base de dades de CivicDesk. No s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>passar al registre anticipat (WAL)</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualitzar l&apos;esquema a la versió %1</translation>
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
        <translation>El disc on és %1 és ple; no s&apos;ha desat res d&apos;aquest canvi.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 l&apos;està fent servir un altre programa; torneu-ho a provar d&apos;aquí a un moment.</translation>
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
        <translation>desar l&apos;ajuntament</translation>
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
        <translation>desar l&apos;historial de la sol·licitud</translation>
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
        <translation>S&apos;està creant l&apos;ajuntament de demostració…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Demostració de CivicDesk</translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: ask for a number to call back.</source>
        <translation>El número de qui truca està ocult: demaneu un número per tornar-li la trucada.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number (%2); it is kept as typed.</source>
        <translation>«%1» no és un número de telèfon (%2); es conserva tal com s&apos;ha escrit.</translation>
    </message>
    <message>
        <source>recording the caller of a call</source>
        <translation>registre de qui truca en una trucada</translation>
    </message>
    <message>
        <source>ending a call</source>
        <translation>final d&apos;una trucada</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Escriviu un nom o uns cognoms.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Escriviu el nom de l&apos;organització.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number; it is kept as typed.</source>
        <translation>«%1» no és un número de telèfon; es conserva tal com s&apos;ha escrit.</translation>
    </message>
    <message>
        <source>%1 does not exist in the numbering plan; check it with the caller.</source>
        <translation>%1 no existeix al pla de numeració; comproveu-lo amb qui truca.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no és una adreça electrònica.</translation>
    </message>
    <message>
        <source>Unknown language “%1”.</source>
        <translation>Llengua desconeguda «%1».</translation>
    </message>
    <message>
        <source>Consent to e-mail needs an e-mail address.</source>
        <translation>El consentiment per a correu electrònic necessita una adreça de correu.</translation>
    </message>
    <message>
        <source>Consent to calls or SMS needs a telephone number.</source>
        <translation>El consentiment per a trucades o SMS necessita un número de telèfon.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists; it may have been merged into another.</source>
        <translation>La fitxa del ciutadà ja no existeix; potser s&apos;ha fusionat amb una altra.</translation>
    </message>
    <message>
        <source>Request %1 filed</source>
        <translation>Sol·licitud %1 registrada</translation>
    </message>
    <message>
        <source>Also reported %1</source>
        <translation>També va avisar de %1</translation>
    </message>
    <message>
        <source>Rated %1: %2 of 5</source>
        <translation>Va valorar %1: %2 de 5</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>va registrar %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>es va sumar a %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>va consultar %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Trucada</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cua</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallit</translation>
    </message>
    <message>
        <source>%1 message (%2)</source>
        <translation>Missatge %1 (%2)</translation>
    </message>
    <message>
        <source>Merged with a duplicate record</source>
        <translation>Fusionada amb una fitxa duplicada</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Una fitxa no es pot fusionar amb ella mateixa.</translation>
    </message>
    <message>
        <source>One of the two citizen records no longer exists.</source>
        <translation>Una de les dues fitxes ja no existeix.</translation>
    </message>
    <message>
        <source>Citizen record %1 merged into %2</source>
        <translation>Fitxa %1 fusionada a %2</translation>
    </message>
    <message>
        <source>merging citizen records</source>
        <translation>fusió de fitxes de ciutadans</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>desament de l&apos;esborrany</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>eliminació de l&apos;esborrany</translation>
    </message>
    <message>
        <source>Choose the type of problem.</source>
        <translation>Trieu el tipus de problema.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatori.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriviu un número.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Escriviu data i hora.</translation>
    </message>
    <message>
        <source>Choose one value.</source>
        <translation>Trieu un sol valor.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values offered.</source>
        <translation>«%1» no és cap dels valors oferts.</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.</source>
        <translation>«%1» no és al carrerer: trieu una adreça de la llista o escriviu les coordenades.</translation>
    </message>
    <message>
        <source>Give the address or the coordinates of the problem.</source>
        <translation>Indiqueu l&apos;adreça o les coordenades del problema.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 és fora del municipi.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No es pot llegir %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB.</source>
        <translation>%1 supera els 25 MB.</translation>
    </message>
    <message>
        <source>%1 is not a photo (%2).</source>
        <translation>%1 no és una foto (%2).</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>No es pot desar %1: %2</translation>
    </message>
    <message>
        <source>Reported as an emergency; the caller was told to call %1 if life or property is at risk.</source>
        <translation>Comunicada com a emergència; s&apos;ha indicat a qui truca que truqui al %1 si hi ha vides o béns en perill.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La sol·licitud ja no existeix.</translation>
    </message>
    <message>
        <source>Another caller reported the same problem.</source>
        <translation>Una altra persona ha avisat del mateix problema.</translation>
    </message>
    <message>
        <source>raising the priority</source>
        <translation>augment de la prioritat</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>El dígit de control no coincideix: probablement s&apos;ha teclejat malament un dígit.</translation>
    </message>
    <message>
        <source>A Greek tax number (AFM) has 9 digits.</source>
        <translation>Un número fiscal grec (AFM) té 9 dígits.</translation>
    </message>
    <message>
        <source>A Romanian CNP or CUI has digits only.</source>
        <translation>Un CNP o CUI romanès només té dígits.</translation>
    </message>
    <message>
        <source>A Romanian CNP has 13 digits, a CUI 2 to 10.</source>
        <translation>Un CNP romanès té 13 dígits, un CUI de 2 a 10.</translation>
    </message>
    <message>
        <source>This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …).</source>
        <translation>No té la forma d&apos;un codice fiscale (6 lletres, 2 dígits, una lletra, …).</translation>
    </message>
    <message>
        <source>The control letter does not match: a character was probably mistyped.</source>
        <translation>La lletra de control no coincideix: probablement s&apos;ha teclejat malament un caràcter.</translation>
    </message>
    <message>
        <source>An Italian codice fiscale has 16 characters, a partita IVA 11 digits.</source>
        <translation>Un codice fiscale italià té 16 caràcters, una partita IVA 11 dígits.</translation>
    </message>
    <message>
        <source>A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIF té 8 dígits i una lletra; un NIE, X, Y o Z, 7 dígits i una lletra.</translation>
    </message>
    <message>
        <source>A tax id has 4 to 20 letters and digits.</source>
        <translation>Un número fiscal té de 4 a 20 lletres i dígits.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telèfon</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correu postal</translation>
    </message>
    <message>
        <source>Routed at intake</source>
        <translation>Assignada en registrar-se</translation>
    </message>
    <message>
        <source>The same problem was closed here in the last 90 days (%1).</source>
        <translation>El mateix problema es va tancar aquí en els darrers 90 dies (%1).</translation>
    </message>
    <message>
        <source>queueing a message to a citizen</source>
        <translation>posada en cua d&apos;un missatge al ciutadà</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1.</source>
        <translation>El calendari no és JSON vàlid: %1.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Zona horària desconeguda «%1».</translation>
    </message>
    <message>
        <source>Easter is “western” or “orthodox”, not “%1”.</source>
        <translation>La Pasqua és «western» o «orthodox», no «%1».</translation>
    </message>
    <message>
        <source>Unknown weekday “%1” in the working hours (mon … sun).</source>
        <translation>Dia desconegut «%1» a l&apos;horari (mon … sun).</translation>
    </message>
    <message>
        <source>Working hours of %1 must be pairs of times from earlier to later, like [&quot;08:00&quot;, &quot;16:00&quot;].</source>
        <translation>L&apos;horari de %1 han de ser parelles d&apos;hores de la més d&apos;hora a la més tard, com [&quot;08:00&quot;, &quot;16:00&quot;].</translation>
    </message>
    <message>
        <source>Working hours of %1 overlap.</source>
        <translation>L&apos;horari de %1 se superposa.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is MM-DD.</source>
        <translation>Festiu «%1»: la data s&apos;escriu MM-DD.</translation>
    </message>
    <message>
        <source>Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.</source>
        <translation>Festiu «%1»: un període va «from» MM-DD «to» un MM-DD posterior del mateix any.</translation>
    </message>
    <message>
        <source>Holiday “%1”: days from Easter must be within ±120.</source>
        <translation>Festiu «%1»: els dies des de Pasqua han de ser dins de ±120.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is YYYY-MM-DD.</source>
        <translation>Festiu «%1»: la data s&apos;escriu AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Holiday “%1” has no date, period, Easter offset or single day.</source>
        <translation>El festiu «%1» no té data, període, distància a Pasqua ni dia únic.</translation>
    </message>
    <message>
        <source>The holidays “%1” and “%2” overlap.</source>
        <translation>Els festius «%1» i «%2» se superposen.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sense termini</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En termini</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vençut</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Request %1 belongs to another department.</source>
        <translation>La sol·licitud %1 pertany a un altre departament.</translation>
    </message>
    <message>
        <source>changing the status of %1</source>
        <translation>canvi d&apos;estat de %1</translation>
    </message>
    <message>
        <source>Closed with its cluster&apos;s master %1.</source>
        <translation>Tancada amb la sol·licitud principal del seu grup, %1.</translation>
    </message>
    <message>
        <source>Rerouting needs a reason.</source>
        <translation>Reassignar necessita un motiu.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be rerouted.</source>
        <translation>La sol·licitud %1 és «%2»: ja no es pot reassignar.</translation>
    </message>
    <message>
        <source>Request %1 is already with that department.</source>
        <translation>La sol·licitud %1 ja és en aquest departament.</translation>
    </message>
    <message>
        <source>That department does not exist.</source>
        <translation>Aquest departament no existeix.</translation>
    </message>
    <message>
        <source>%1 does not handle requests of the type “%2”.</source>
        <translation>%1 no atén sol·licituds del tipus «%2».</translation>
    </message>
    <message>
        <source>rerouting %1</source>
        <translation>reassignació de %1</translation>
    </message>
    <message>
        <source>Operators do not assign work.</source>
        <translation>Els operadors no assignen feina.</translation>
    </message>
    <message>
        <source>Request %1 is %2: there is nothing to assign.</source>
        <translation>La sol·licitud %1 és «%2»: no hi ha res a assignar.</translation>
    </message>
    <message>
        <source>That is not a crew.</source>
        <translation>Això no és una brigada.</translation>
    </message>
    <message>
        <source>%1 is not a crew of the department handling %2.</source>
        <translation>%1 no és una brigada del departament que atén %2.</translation>
    </message>
    <message>
        <source>assigning %1</source>
        <translation>assignació de %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota és buida.</translation>
    </message>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>La prioritat segueix %n avisador diferent.</numerusform>
            <numerusform>La prioritat segueix %n avisadors diferents.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Una sol·licitud no pot ser duplicat d&apos;ella mateixa.</translation>
    </message>
    <message>
        <source>%1 is %2: link to an open request.</source>
        <translation>%1 és «%2»: enllaceu amb una sol·licitud oberta.</translation>
    </message>
    <message>
        <source>%1 is already in the cluster of %2.</source>
        <translation>%1 ja és al grup de %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplicat de %1</translation>
    </message>
    <message>
        <source>%1 joined this request&apos;s cluster.</source>
        <translation>%1 s&apos;ha unit al grup d&apos;aquesta sol·licitud.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>La satisfacció es valora de l&apos;1 al 5.</translation>
    </message>
    <message>
        <source>The citizen rates the work once the request is resolved.</source>
        <translation>El ciutadà valora la feina quan la sol·licitud està resolta.</translation>
    </message>
    <message>
        <source>recording the rating of %1</source>
        <translation>registre de la valoració de %1</translation>
    </message>
    <message>
        <source>running the escalation ladder</source>
        <translation>execució de l&apos;escalada</translation>
    </message>
    <message>
        <source>%1 is at risk: %2 % of its working time is used.</source>
        <translation>%1 és en risc: s&apos;ha fet servir el %2 % del temps de feina.</translation>
    </message>
    <message>
        <source>%1 has missed its deadline.</source>
        <translation>%1 ha superat el termini.</translation>
    </message>
    <message>
        <source>%1 is still open well past its deadline.</source>
        <translation>%1 encara és oberta molt després del termini.</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>confirmació d&apos;una alerta</translation>
    </message>
    <message>
        <source>saving a routing rule</source>
        <translation>desament d&apos;una regla d&apos;assignació</translation>
    </message>
    <message>
        <source>The workflow is not valid JSON: %1.</source>
        <translation>El flux de treball no és JSON vàlid: %1.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown initial status “%2”.</source>
        <translation>Flux «%1»: estat inicial desconegut «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown status “%2”.</source>
        <translation>Flux «%1»: estat desconegut «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown role “%2”.</source>
        <translation>Flux «%1»: rol desconegut «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition without roles could never be made.</source>
        <translation>Flux «%1»: una transició sense rols no es podria fer mai.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition from “%2” to itself.</source>
        <translation>Flux «%1»: una transició de «%2» a ell mateix.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the transition from “%2” to “%3” is defined twice.</source>
        <translation>Flux «%1»: la transició de «%2» a «%3» està definida dues vegades.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” cannot be reached from “%3”.</source>
        <translation>Flux «%1»: l&apos;estat «%2» no és accessible des de «%3».</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).</source>
        <translation>Flux «%1»: l&apos;estat «%2» és un atzucac (sense sortida i no marcat com a acabat).</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Una sol·licitud no pot passar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>A user with the role “%1” may not move a request from “%2” to “%3”.</source>
        <translation>Un usuari amb el rol «%1» no pot moure una sol·licitud de «%2» a «%3».</translation>
    </message>
    <message>
        <source>Moving a request to “%1” needs a note saying why.</source>
        <translation>Passar a «%1» necessita una nota amb el motiu.</translation>
    </message>
    <message>
        <source>saving the calendar</source>
        <translation>desament del calendari</translation>
    </message>
    <message>
        <source>saving the workflow</source>
        <translation>desament del flux de treball</translation>
    </message>
    <message>
        <source>Requests per type</source>
        <translation>Sol·licituds per tipus</translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Sol·licituds per departament</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Sol·licituds per estat</translation>
    </message>
    <message>
        <source>Requests per district</source>
        <translation>Sol·licituds per districte</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Compliment de terminis</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Satisfacció ciutadana</translation>
    </message>
    <message>
        <source>Crew workload</source>
        <translation>Càrrega de les brigades</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Sense districte</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Sense assignar</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indiqueu el primer i l&apos;últim dia del període.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El període acaba (%1) abans de començar (%2).</translation>
    </message>
    <message>
        <source>A report covers at most twenty years, from 1990 on.</source>
        <translation>Un informe abasta com a màxim vint anys, des del 1990.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Període: %1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departament: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipus: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Districte: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estat: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Priority at least: %1</source>
        <translation>Prioritat mínima: %1</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Núm. de seguiment</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Registrada</translation>
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
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Districte</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termini</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n sol·licitud</numerusform>
            <numerusform>%n sol·licituds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Total: %n sol·licitud</numerusform>
            <numerusform>Total: %n sol·licituds</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>En termini</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoracions</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mitjana</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebudes</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Hores mediana</translation>
    </message>
    <message>
        <source>90 % hours</source>
        <translation>Hores 90 %</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacció</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Recurrències</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Percentatge</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Brigada</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>La més antiga</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
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
        <translation>Imprès el %1 per %2</translation>
    </message>
    <message>
        <source>No requests match these parameters.</source>
        <translation>Cap sol·licitud coincideix amb aquests paràmetres.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No es pot escriure %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pàgina %1 de %2</translation>
    </message>
    <message>
        <source>The base map settings are not a JSON object: %1</source>
        <translation>La configuració del mapa de base no és un objecte JSON: %1</translation>
    </message>
    <message>
        <source>Unknown base map kind &quot;%1&quot; (xyz, mbtiles or vector).</source>
        <translation>Tipus de mapa de base desconegut «%1» (xyz, mbtiles o vector).</translation>
    </message>
    <message>
        <source>The highest zoom level must lie between 0 and %1.</source>
        <translation>El nivell de zoom màxim ha d&apos;estar entre 0 i %1.</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y}: %1</source>
        <translation>L&apos;URL de les teselles necessita {z}, {x} i {y}: %1</translation>
    </message>
    <message>
        <source>A tile URL must be http or https: %1</source>
        <translation>L&apos;URL de les teselles ha de ser http o https: %1</translation>
    </message>
    <message>
        <source>An MBTiles base map needs the file&apos;s path.</source>
        <translation>Un mapa de base MBTiles necessita el camí del fitxer.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>El fitxer MBTiles %1 no existeix.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>El fitxer MBTiles %1 no es pot obrir: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 no és un fitxer MBTiles (no té la taula tiles).</translation>
    </message>
    <message>
        <source>not in the MBTiles file</source>
        <translation>no és al fitxer MBTiles</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parcialment exacte</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexacte</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Avís fals</translation>
    </message>
    <message>
        <source>Filed (%1)</source>
        <translation>Registrada (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Routed to %1</source>
        <translation>Assignada a %1</translation>
    </message>
    <message>
        <source>Rerouted from %1 to %2</source>
        <translation>Redirigida de %1 a %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assignada a %1</translation>
    </message>
    <message>
        <source>Message to the citizen (%1): %2</source>
        <translation>Missatge al ciutadà (%1): %2</translation>
    </message>
    <message>
        <source>Accuracy of the report: %1</source>
        <translation>Exactitud de l&apos;avís: %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction: %1 of 5</source>
        <translation>Satisfacció del ciutadà: %1 de 5</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escalada %1: %2</translation>
    </message>
    <message>
        <source>Citizen records merged</source>
        <translation>Fitxes de ciutadans fusionades</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Enllaçada: %1</translation>
    </message>
    <message>
        <source>EMERGENCY: %1</source>
        <translation>EMERGÈNCIA: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 would break references between its rows; it was left as it was.</source>
        <translation>L&apos;actualització de %1 a l&apos;esquema %2 trencaria les referències entre les seves files; s&apos;ha deixat com estava.</translation>
    </message>
    <message>
        <source>upgrading the request history</source>
        <translation>l&apos;actualització de l&apos;historial dels avisos</translation>
    </message>
    <message>
        <source>upgrading the alerts</source>
        <translation>l&apos;actualització de les alertes</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the expected shape; it was left untouched.</source>
        <translation>La taula %1 de %2 no té la forma esperada; no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>The command has no valid id.</source>
        <translation>L&apos;ordre no té un identificador vàlid.</translation>
    </message>
    <message>
        <source>The command has no name.</source>
        <translation>L&apos;ordre no té nom.</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>L&apos;ordre no té una hora vàlida.</translation>
    </message>
    <message>
        <source>The command does not say who issued it.</source>
        <translation>L&apos;ordre no diu qui l&apos;ha donada.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments are not an object.</source>
        <translation>Els arguments de l&apos;ordre no són un objecte.</translation>
    </message>
    <message>
        <source>The command %1 is missing %2 or has it of the wrong kind.</source>
        <translation>A l&apos;ordre %1 li falta %2 o és d&apos;un tipus incorrecte.</translation>
    </message>
    <message>
        <source>The command has no valid id or time.</source>
        <translation>L&apos;ordre no té un identificador o una hora vàlids.</translation>
    </message>
    <message>
        <source>The command was issued by no active user of this municipality.</source>
        <translation>L&apos;ordre no l&apos;ha donada cap usuari actiu d&apos;aquest municipi.</translation>
    </message>
    <message>
        <source>There is no command %1.</source>
        <translation>No hi ha cap ordre %1.</translation>
    </message>
    <message>
        <source>The photo %1 is not in the photo store.</source>
        <translation>La foto %1 no és al magatzem de fotos.</translation>
    </message>
    <message>
        <source>saving the base map</source>
        <translation>desament del mapa base</translation>
    </message>
    <message>
        <source>closing a request with its cluster</source>
        <translation>tancament d&apos;una sol·licitud amb el seu grup</translation>
    </message>
    <message>
        <source>joining a request to its cluster</source>
        <translation>unió d&apos;una sol·licitud al seu grup</translation>
    </message>
    <message>
        <source>The server file %1 could not be opened: %2</source>
        <translation>No s&apos;ha pogut obrir el fitxer del servidor %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk server file.</source>
        <translation>%1 no és un fitxer de servidor CivicDesk.</translation>
    </message>
    <message>
        <source>preparing the server file</source>
        <translation>la preparació del fitxer del servidor</translation>
    </message>
    <message>
        <source>Server file error while %1: %2</source>
        <translation>Error del fitxer del servidor durant %1: %2</translation>
    </message>
    <message>
        <source>A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.</source>
        <translation>Un codi d&apos;ens té d&apos;1 a 32 majúscules, xifres, - o _; %1 no ho és.</translation>
    </message>
    <message>
        <source>There is a tenant %1 already.</source>
        <translation>Ja hi ha un ens %1.</translation>
    </message>
    <message>
        <source>adding tenant %1</source>
        <translation>l&apos;alta de l&apos;ens %1</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>el canvi de l&apos;ens %1</translation>
    </message>
    <message>
        <source>Tenant %1 has a user %2 already.</source>
        <translation>L&apos;ens %1 ja té un usuari %2.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>l&apos;alta de l&apos;usuari %1</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>el registre d&apos;un inici de sessió</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>el canvi d&apos;una contrasenya</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>el canvi d&apos;un usuari</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>la sortida de la sessió</translation>
    </message>
    <message>
        <source>signing a user out</source>
        <translation>la sortida de la sessió d&apos;un usuari</translation>
    </message>
    <message>
        <source>This desk is registered already, as %1.</source>
        <translation>Aquest lloc de treball ja està registrat, com a %1.</translation>
    </message>
    <message>
        <source>A desk code is 2 to 4 capital letters or digits; %1 is not.</source>
        <translation>Un codi de lloc té de 2 a 4 majúscules o xifres; %1 no ho és.</translation>
    </message>
    <message>
        <source>The desk code %1 belongs to another desk.</source>
        <translation>El codi de lloc %1 és d&apos;un altre lloc.</translation>
    </message>
    <message>
        <source>Every desk code is taken; give this desk one of up to 4 characters.</source>
        <translation>Tots els codis de lloc estan ocupats; doneu a aquest lloc un de fins a 4 caràcters.</translation>
    </message>
    <message>
        <source>registering a desk</source>
        <translation>el registre d&apos;un lloc</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>la lectura dels canvis</translation>
    </message>
    <message>
        <source>recording a mutation</source>
        <translation>el registre d&apos;un canvi</translation>
    </message>
    <message>
        <source>copying the data for a new desk</source>
        <translation>la còpia de les dades per a un lloc nou</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be opened.</source>
        <translation>No s&apos;ha pogut obrir la còpia per a un lloc nou.</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be prepared: %1</source>
        <translation>No s&apos;ha pogut preparar la còpia per a un lloc nou: %1</translation>
    </message>
    <message>
        <source>The server sent rows of an unknown table %1.</source>
        <translation>El servidor ha enviat files d&apos;una taula desconeguda %1.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 that does not fit its columns.</source>
        <translation>El servidor ha enviat una fila de %1 que no encaixa amb les seves columnes.</translation>
    </message>
    <message>
        <source>writing the server&apos;s rows of %1</source>
        <translation>l&apos;escriptura de les files del servidor a %1</translation>
    </message>
    <message>
        <source>removing the server&apos;s rows of %1</source>
        <translation>l&apos;eliminació de files del servidor de %1</translation>
    </message>
    <message>
        <source>keeping a change for the server</source>
        <translation>la desada d&apos;un canvi per al servidor</translation>
    </message>
    <message>
        <source>clearing answered changes</source>
        <translation>la neteja dels canvis confirmats</translation>
    </message>
    <message>
        <source>keeping a refused change</source>
        <translation>la desada d&apos;un canvi rebutjat</translation>
    </message>
    <message>
        <source>The server could not be reached while %1: %2</source>
        <translation>No s&apos;ha pogut contactar amb el servidor durant %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 while %2.</source>
        <translation>El servidor ha respost %1 durant %2.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>l&apos;enviament de canvis</translation>
    </message>
    <message>
        <source>fetching changes</source>
        <translation>la recepció de canvis</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull has no valid cursor.</source>
        <translation>La resposta del servidor a una recepció no té un cursor vàlid.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>l&apos;inici de sessió</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no token.</source>
        <translation>La resposta del servidor a l&apos;inici de sessió no té cap testimoni.</translation>
    </message>
    <message>
        <source>registering this desk</source>
        <translation>el registre d&apos;aquest lloc</translation>
    </message>
    <message>
        <source>The server gave this desk no code.</source>
        <translation>El servidor no ha donat cap codi a aquest lloc.</translation>
    </message>
    <message>
        <source>fetching the municipality&apos;s data</source>
        <translation>la recepció de les dades del municipi</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the data came without its cursor.</source>
        <translation>La còpia de les dades del servidor ha arribat sense cursor.</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>No s&apos;han pogut escriure les dades a %1.</translation>
    </message>
    <message>
        <source>A row is not {t: table, k: [key], v: [values] or null}.</source>
        <translation>Una fila no és {t: taula, k: [clau], v: [valors] o null}.</translation>
    </message>
    <message>
        <source>A row names the table %1, which does not travel.</source>
        <translation>Una fila esmenta la taula %1, que no se sincronitza.</translation>
    </message>
    <message>
        <source>The rows are not a list.</source>
        <translation>Les files no són una llista.</translation>
    </message>
    <message>
        <source>The keys are not a list.</source>
        <translation>Les claus no són una llista.</translation>
    </message>
    <message>
        <source>A key is not {t: synced table, k: [values]}.</source>
        <translation>Una clau no és {t: taula sincronitzada, k: [valors]}.</translation>
    </message>
    <message>
        <source>A key holds something other than text and numbers.</source>
        <translation>Una clau conté una altra cosa que text i nombres.</translation>
    </message>
    <message>
        <source>keeping an edit set aside</source>
        <translation>la desada d&apos;una edició deixada de banda</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permís denegat</translation>
    </message>
    <message>
        <source>sending a photo</source>
        <translation>l&apos;enviament d&apos;una foto</translation>
    </message>
    <message>
        <source>copying the data to %1</source>
        <translation>còpia de les dades a %1</translation>
    </message>
    <message>
        <source>reading the desk&apos;s old file</source>
        <translation>lectura del fitxer antic del lloc</translation>
    </message>
    <message>
        <source>%1 is not a desk that works with a server.</source>
        <translation>%1 no és un lloc que treballi amb un servidor.</translation>
    </message>
    <message>
        <source>Sign in first: the server&apos;s new data is fetched in your name.</source>
        <translation>Inicieu la sessió primer: les dades noves del servidor es baixen al vostre nom.</translation>
    </message>
    <message>
        <source>starting again on the server&apos;s new data</source>
        <translation>tornar a començar amb les dades noves del servidor</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere; close it and try again.</source>
        <translation>%1 encara és obert en un altre lloc; tanqueu-lo i torneu-ho a provar.</translation>
    </message>
    <message>
        <source>%1 could not be set aside as %2.</source>
        <translation>No s&apos;ha pogut apartar %1 com a %2.</translation>
    </message>
    <message>
        <source>%1 could not take the place of %2.</source>
        <translation>%1 no ha pogut ocupar el lloc de %2.</translation>
    </message>
    <message>
        <source>This request is not on this desk.</source>
        <translation>Aquesta sol·licitud no és en aquest lloc de treball.</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Tancades amb retard</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Obertes fora de termini</translation>
    </message>
    <message>
        <source>On time, of those closed</source>
        <translation>A temps, de les tancades</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Terminis complerts</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Període anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variació</translation>
    </message>
    <message>
        <source>Received: %1 (previous period, %2: %3; change %4).</source>
        <translation>Rebudes: %1 (període anterior, %2: %3; variació %4).</translation>
    </message>
    <message>
        <source>Open past their deadline now: %1. Deadlines met, counting these as missed: %2.</source>
        <translation>Obertes ara fora de termini: %1. Terminis complerts, comptant-les com a incomplerts: %2.</translation>
    </message>
    <message>
        <source>Resolution time: half of the requests within %1 hours, 90 % within %2 hours.</source>
        <translation>Temps de resolució: la meitat de les sol·licituds en %1 hores, el 90 % en %2 hores.</translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Satisfacció ciutadana: %1 sobre 5 de %n valoració.</numerusform>
            <numerusform>Satisfacció ciutadana: %1 sobre 5 de %n valoracions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most requests: %1 (%2).</source>
        <translation>Més sol·licituds: %1 (%2).</translation>
    </message>
    <message>
        <source>Fewest deadlines met: %1 (%2).</source>
        <translation>Menys terminis complerts: %1 (%2).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipus</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>districtes</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departaments</translation>
    </message>
    <message>
        <source>Deadlines per department</source>
        <translation>Terminis per departament</translation>
    </message>
    <message>
        <source>Ratings per department</source>
        <translation>Valoracions per departament</translation>
    </message>
    <message>
        <source>Requests received per type</source>
        <translation>Sol·licituds rebudes per tipus</translation>
    </message>
    <message>
        <source>Requests received per district</source>
        <translation>Sol·licituds rebudes per districte</translation>
    </message>
    <message>
        <source>Requests received per department</source>
        <translation>Sol·licituds rebudes per departament</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3.</source>
        <translation>Els %1 més grans de %2 %3.</translation>
    </message>
    <message>
        <source>Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.</source>
        <translation>De les %1 sol·licituds del període, %2 són encara obertes (les aturades incloses) i %3 estan resoltes, tancades, rebutjades o unides a una altra sol·licitud.</translation>
    </message>
    <message>
        <source>This call filed no request: say how it ended instead.</source>
        <translation>Aquesta trucada no ha registrat cap sol·licitud: digueu com ha acabat.</translation>
    </message>
    <message>
        <source>Request filed or joined</source>
        <translation>Sol·licitud registrada o unida</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informació donada</translation>
    </message>
    <message>
        <source>Asked about a request</source>
        <translation>Ha preguntat per una sol·licitud</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queixa</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Other (wrong number, silent)</source>
        <translation>Altre (número equivocat, silenci)</translation>
    </message>
    <message>
        <source>; the lines after it are read on their own</source>
        <translation>; les línies següents es llegeixen cadascuna per separat</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); the lines after it are read on their own</source>
        <translation>un camp entre cometes obert en aquesta línia no s&apos;hi tanca (llegit fins a la línia %1, %2 camps on la capçalera en té %3); les línies següents es llegeixen cadascuna per separat</translation>
    </message>
    <message>
        <source>NUL bytes removed</source>
        <translation>s&apos;han tret bytes NUL</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 replaced by � (the file may be in another encoding)</source>
        <translation>bytes que no són UTF-8 substituïts per � (potser el fitxer té una altra codificació)</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed (the file ends on line %2)</source>
        <translation>un camp entre cometes obert a la línia %1 no es tanca mai (el fitxer acaba a la línia %2)</translation>
    </message>
    <message>
        <source>No feature of %1 has the property &quot;%2&quot;; the features have: %3. Name the one that holds the district&apos;s name.</source>
        <translation>Cap element de %1 no té la propietat «%2»; els elements tenen: %3. Indiqueu la que conté el nom del districte.</translation>
    </message>
    <message>
        <source>no properties at all</source>
        <translation>cap propietat</translation>
    </message>
    <message>
        <source> (%1 of them updated from the source)</source>
        <translation> (%1 d&apos;elles actualitzades des de l&apos;origen)</translation>
    </message>
    <message>
        <source>, %1 kept without a place</source>
        <translation>, %1 conservades sense lloc</translation>
    </message>
    <message>
        <source>lat/long %1, %2 lies %3 km outside the municipality&apos;s districts: kept without a place</source>
        <translation>lat/long %1, %2 és a %3 km fora dels districtes del municipi: conservada sense lloc</translation>
    </message>
    <message>
        <source>service_name is empty: the new type is named by its code %1</source>
        <translation>service_name és buit: el tipus nou pren el nom del seu codi %1</translation>
    </message>
    <message>
        <source>%1 requests, none of them listed</source>
        <translation>%1 sol·licituds, cap de llistada</translation>
    </message>
    <message>
        <source>%1 requests, the first %2 of them listed</source>
        <translation>%1 sol·licituds, llistades les primeres %2</translation>
    </message>
    <message>
        <source>The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.</source>
        <translation>La llista s&apos;ha tallat: s&apos;hi llisten les primeres %1 de %2 sol·licituds. Els subtotals i els totals les compten totes.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No es pot escriure l&apos;informe: %1</translation>
    </message>
    <message>
        <source>Without a deadline</source>
        <translation>Sense termini</translation>
    </message>
    <message>
        <source>Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).</source>
        <translation>Tancades: %1; de les %2 que tenien termini, %3 dins del termini (%4; període anterior %5).</translation>
    </message>
    <message>
        <source>Closed: %1, none of them with a deadline.</source>
        <translation>Tancades: %1, cap amb termini.</translation>
    </message>
    <message>
        <source>case number %1 of the system it was imported from</source>
        <translation>número d&apos;expedient %1 del sistema d&apos;on es va importar</translation>
    </message>
    <message>
        <source>the file is read-only for this user (%1, owner %2)</source>
        <translation>el fitxer és només de lectura per a aquest usuari (%1, propietari %2)</translation>
    </message>
    <message>
        <source>its folder %1 is read-only for this user (%2, owner %3)</source>
        <translation>la seva carpeta %1 és només de lectura per a aquest usuari (%2, propietari %3)</translation>
    </message>
    <message>
        <source>%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it can be written, or copy it together with that file to a folder of yours.</source>
        <translation>%1 només es pot llegir (%2) i hi ha canvis encara no escrits que esperen a %3. Obriu-lo una vegada on es pugui escriure, o copieu-lo juntament amb aquell fitxer a una carpeta vostra.</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>la lectura del fitxer</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>%1 és obert només en lectura: %2. No s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 és obert només en lectura; no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>Holiday “%1”: %2 is a year from 1900 to 2200.</source>
        <translation>Festiu «%1»: %2 és un any del 1900 al 2200.</translation>
    </message>
    <message>
        <source>Holiday “%1”: its last year comes before its first.</source>
        <translation>Festiu «%1»: el seu darrer any és anterior al primer.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1; its columns are: %2.</source>
        <translation>Al fitxer li falten les columnes %1; les seves columnes són: %2.</translation>
    </message>
    <message>
        <source>%1
The import stopped there; %2 requests imported before it are kept, and running the import again goes on from where it stopped.</source>
        <translation>%1
La importació s&apos;ha aturat aquí; es conserven les %2 sol·licituds importades abans, i tornar a executar la importació continua des d&apos;on s&apos;ha aturat.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such readable file</source>
        <translation>No es pot llegir %1: no hi ha cap fitxer llegible amb aquest nom</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenStreetMap extract (.osm.pbf): %2</source>
        <translation>%1 no és un extracte d&apos;OpenStreetMap llegible (.osm.pbf): %2</translation>
    </message>
    <message>
        <source>no street name in column %1</source>
        <translation>cap nom de carrer a la columna %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>«%1» ja és a la línia %2</translation>
    </message>
    <message>
        <source>house numbers &quot;%1&quot;–&quot;%2&quot; are not a range: the street is kept without them</source>
        <translation>els números «%1»–«%2» no són un interval: el carrer es conserva sense ells</translation>
    </message>
    <message>
        <source>%1 holds no street: the gazetteer is left as it was.</source>
        <translation>%1 no conté cap carrer: el nomenclàtor queda com estava.</translation>
    </message>
    <message>
        <source>the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand</source>
        <translation>el nomenclàtor té ara els %1 carrers de %2; el registre no dona geometria, així que una adreça es col·loca a mà al mapa</translation>
    </message>
    <message>
        <source>%1 (%2 boundaries)</source>
        <translation>%1 (%2 límits)</translation>
    </message>
    <message>
        <source>%1 has no named administrative boundary of admin_level %2; the levels present are: %3.</source>
        <translation>%1 no té cap límit administratiu amb nom d&apos;admin_level %2; els nivells presents són: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>cap</translation>
    </message>
    <message>
        <source>%1 holds no named street and no address: the gazetteer is left as it was.</source>
        <translation>%1 no té cap carrer amb nom ni cap adreça: el nomenclàtor queda com estava.</translation>
    </message>
    <message>
        <source>%1 districts from the boundaries of admin_level %2</source>
        <translation>%1 districtes dels límits d&apos;admin_level %2</translation>
    </message>
    <message>
        <source>%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), %5 stretches to interpolate house numbers along</source>
        <translation>%1 carrers amb la seva geometria, %2 més coneguts només per adreces; %3 punts d&apos;adreça numerats (%4 repetits deixats de banda), %5 trams per interpolar números</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>adreça %1</translation>
    </message>
    <message>
        <source>address starts with %1</source>
        <translation>l&apos;adreça comença amb %1</translation>
    </message>
    <message>
        <source>removing the streets</source>
        <translation>eliminació dels carrers</translation>
    </message>
    <message>
        <source>Imported in bulk: the requests&apos; indexes and the dashboard&apos;s figures were made once at the end (%1 s).</source>
        <translation>Importat en bloc: els índexs de les sol·licituds i les xifres del tauler s&apos;han creat una sola vegada al final (%1 s).</translation>
    </message>
    <message>
        <source>Another import into %1 is running (its lock file %2 is held).</source>
        <translation>Una altra importació a %1 està en curs (el seu fitxer de bloqueig %2 està ocupat).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name-of-the-server (with :port after the name if it is not the usual one).</source>
        <translation>«%1» no és l’adreça d’un servidor. Escriviu-la com a https://nom-del-servidor (amb :port després del nom si no és l’habitual).</translation>
    </message>
    <message>
        <source>No server answers there: %1</source>
        <translation>Allà no hi respon cap servidor: %1</translation>
    </message>
    <message>
        <source>Something answers there (HTTP %1), but not a CivicDesk server that is ready.</source>
        <translation>Allà hi respon alguna cosa (HTTP %1), però no un servidor CivicDesk a punt.</translation>
    </message>
    <message>
        <source>The CivicDesk server there (version %1) is older than this desk: it must be updated first.</source>
        <translation>El servidor CivicDesk d’allà (versió %1) és més antic que aquest taulell: cal actualitzar-lo primer.</translation>
    </message>
    <message>
        <source>%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.</source>
        <translation>%1 no és una imatge que CivicDesk pugui llegir (%2). Feu servir un fitxer PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>The image %1 could not be kept as a logo.</source>
        <translation>La imatge %1 no s’ha pogut desar com a logotip.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no és una adreça de correu</translation>
    </message>
    <message>
        <source>given up after %1 attempts: %2</source>
        <translation>abandonat després de %1 intents: %2</translation>
    </message>
    <message>
        <source>The mail settings kept in the file cannot be read (%1).</source>
        <translation>La configuració del correu desada al fitxer no es pot llegir (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server&apos;s address: write smtp://name:587 (or smtps://name:465).</source>
        <translation>«%1» no és l’adreça d’un servidor de correu: escriviu smtp://nom:587 (o smtps://nom:465).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>«%1» no és una adreça de correu des de la qual enviar.</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limit must be at least one second.</source>
        <translation>El límit de temps del servidor de correu ha de ser d’almenys un segon.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>No s’ha pogut iniciar libcurl.</translation>
    </message>
    <message>
        <source>the mail server answered %1: %2</source>
        <translation>el servidor de correu ha respost %1: %2</translation>
    </message>
    <message>
        <source>the mail server could not be reached: %1</source>
        <translation>no s’ha pogut contactar amb el servidor de correu: %1</translation>
    </message>
    <message>
        <source>recording a message&apos;s sending</source>
        <translation>el registre de l’enviament d’un missatge</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form</source>
        <translation>«%1» no és un número de telèfon en format internacional</translation>
    </message>
    <message>
        <source>quiet hours: sent at their end</source>
        <translation>hores de silenci: s’enviarà quan acabin</translation>
    </message>
    <message>
        <source>The SMS settings kept in the file cannot be read (%1).</source>
        <translation>La configuració d’SMS desada al fitxer no es pot llegir (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway&apos;s address: write http://name:13013/cgi-bin/sendsms.</source>
        <translation>«%1» no és l’adreça d’una passarel·la d’SMS: escriviu http://nom:13013/cgi-bin/sendsms.</translation>
    </message>
    <message>
        <source>The SMS gateway needs the user CivicDesk sends as.</source>
        <translation>La passarel·la d’SMS necessita l’usuari amb què envia CivicDesk.</translation>
    </message>
    <message>
        <source>Quiet hours are hours of the day, 0 to 23.</source>
        <translation>Les hores de silenci són hores del dia, de 0 a 23.</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached: %1</source>
        <translation>no s’ha pogut contactar amb la passarel·la d’SMS: %1</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>la passarel·la d’SMS ha respost %1: %2</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Sol·licitud rebuda</translation>
    </message>
    <message>
        <source>Report joined to an open request</source>
        <translation>Avís afegit a una sol·licitud oberta</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Sol·licitud acceptada</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <translation>Brigada assignada</translation>
    </message>
    <message>
        <source>Request resolved</source>
        <translation>Sol·licitud resolta</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Sol·licitud rebutjada</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Sol·licitud tancada</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Enquesta de satisfacció</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>el nom de l&apos;ajuntament</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>el número de seguiment</translation>
    </message>
    <message>
        <source>the type of request, in the citizen&apos;s language</source>
        <translation>el tipus de sol·licitud, en la llengua del ciutadà</translation>
    </message>
    <message>
        <source>the address of the problem</source>
        <translation>l&apos;adreça del problema</translation>
    </message>
    <message>
        <source>the request&apos;s status, in the citizen&apos;s language</source>
        <translation>l’estat de la sol·licitud, en la llengua del ciutadà</translation>
    </message>
    <message>
        <source>the date the work is due</source>
        <translation>la data límit de la feina</translation>
    </message>
    <message>
        <source>the note written with the change (why it was rejected, what was done)</source>
        <translation>la nota escrita amb el canvi (per què es va rebutjar, què s’ha fet)</translation>
    </message>
    <message>
        <source>the address of the satisfaction survey</source>
        <translation>l&apos;adreça de l&apos;enquesta de satisfacció</translation>
    </message>
    <message>
        <source>“%1” is not an event CivicDesk sends messages for.</source>
        <translation>«%1» no és un esdeveniment pel qual CivicDesk enviï missatges.</translation>
    </message>
    <message>
        <source>CivicDesk writes messages in %1, not in “%2”.</source>
        <translation>CivicDesk escriu missatges en %1, no en «%2».</translation>
    </message>
    <message>
        <source>A template is for SMS or for e-mail, not for “%1”.</source>
        <translation>Una plantilla és per a SMS o per a correu electrònic, no per a «%1».</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>El missatge no té text.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assumpte</translation>
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
        <translation>%1: la «%2» no forma part d’un camp. Els camps s’escriuen {nom}: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.</source>
        <translation>%1: %2 no és un camp que CivicDesk conegui. Els camps són %3.</translation>
    </message>
    <message>
        <source>For a typical request this SMS takes %1 messages; shorten it to fit in two.</source>
        <translation>Per a una sol·licitud típica aquest SMS ocupa %1 missatges; escurceu-lo perquè càpiga en dos.</translation>
    </message>
    <message>
        <source>saving a message template</source>
        <translation>desament d’una plantilla de missatge</translation>
    </message>
    <message>
        <source>%1 has been given to you to work on.</source>
        <translation>Se us ha assignat %1.</translation>
    </message>
    <message>
        <source>A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.</source>
        <translation>Un missatge adreçat només pot anomenar {municipality}, no {%1}: és el mateix text per a tothom.</translation>
    </message>
    <message>
        <source>A targeted message needs a title (it names the message in the send log).</source>
        <translation>Un missatge adreçat necessita un títol (l’anomena al registre d’enviaments).</translation>
    </message>
    <message>
        <source>Alerts by e-mail need an e-mail address.</source>
        <translation>Els avisos per correu necessiten una adreça de correu.</translation>
    </message>
    <message>
        <source>The message needs its text in the municipality&apos;s language (%1): citizens whose language has no text get it.</source>
        <translation>El missatge necessita el text en la llengua de l’ajuntament (%1): el reben els ciutadans la llengua dels quals no té text.</translation>
    </message>
    <message>
        <source>The pace is 1 to %1 messages a minute.</source>
        <translation>El ritme és d’1 a %1 missatges per minut.</translation>
    </message>
    <message>
        <source>The text in %1 takes %2 SMS; shorten it to fit in two.</source>
        <translation>El text en %1 ocupa %2 SMS; escurceu-lo perquè càpiga en dos.</translation>
    </message>
    <message>
        <source>keeping a targeted message</source>
        <translation>desament d’un missatge adreçat</translation>
    </message>
    <message>
        <source>queueing a message to a member of staff</source>
        <translation>posada a la cua d’un missatge a un membre del personal</translation>
    </message>
    <message>
        <source>%1: you will receive no more SMS from us.</source>
        <translation>%1: no rebreu més SMS de part nostra.</translation>
    </message>
    <message>
        <source>%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.</source>
        <translation>%1: ningú no llegeix les respostes a aquest número; truqueu-nos. Per no rebre més SMS, responeu STOP.</translation>
    </message>
    <message>
        <source>This link is not valid (any more). To stop the messages, answer one of them or call us.</source>
        <translation>Aquest enllaç no és (ja) vàlid. Per aturar els missatges, responeu-ne un o truqueu-nos.</translation>
    </message>
    <message>
        <source>Do you want to receive no more e-mails about your requests?</source>
        <translation>Voleu deixar de rebre correus sobre les vostres sol·licituds?</translation>
    </message>
    <message>
        <source>Stop the e-mails</source>
        <translation>Atura els correus</translation>
    </message>
    <message>
        <source>This service cannot answer now; try again later.</source>
        <translation>El servei no pot respondre ara; torneu-ho a provar més tard.</translation>
    </message>
    <message>
        <source>You will receive no more e-mails from us. Your requests stay open; call us to hear of them.</source>
        <translation>No rebreu més correus de part nostra. Les vostres sol·licituds continuen obertes; truqueu-nos per saber-ne l’estat.</translation>
    </message>
    <message>
        <source>No more e-mails from %1: %2</source>
        <translation>Per no rebre més correus de %1: %2</translation>
    </message>
    <message>
        <source>recording a delivery report</source>
        <translation>registre d’un informe de lliurament</translation>
    </message>
    <message>
        <source>cancelling a citizen&apos;s messages</source>
        <translation>cancel·lació dels missatges d’un ciutadà</translation>
    </message>
    <message>
        <source>There is no such citizen (any more): nothing to stop.</source>
        <translation>Aquest ciutadà no existeix (ja): res a aturar.</translation>
    </message>
    <message>
        <source>not sent: the citizen withdrew consent to %1</source>
        <translation>no enviat: el ciutadà ha retirat el consentiment per a %1</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hi ha res.</translation>
    </message>
    <message>
        <source>This report is not signed for this message.</source>
        <translation>L’informe no està signat per a aquest missatge.</translation>
    </message>
    <message>
        <source>Unknown report type.</source>
        <translation>Tipus d’informe desconegut.</translation>
    </message>
    <message>
        <source>This gateway is not known here.</source>
        <translation>Aquesta passarel·la no és coneguda aquí.</translation>
    </message>
    <message>
        <source>The number of messages a minute cannot be negative (0: no limit).</source>
        <translation>El nombre de missatges per minut no pot ser negatiu (0: sense límit).</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>lliurat</translation>
    </message>
    <message>
        <source>sent, not delivered</source>
        <translation>enviat, no lliurat</translation>
    </message>
    <message>
        <source>CivicDesk: a test message</source>
        <translation>CivicDesk: un missatge de prova</translation>
    </message>
    <message>
        <source>This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will come from the same address.</source>
        <translation>Aquest missatge s’ha enviat des de CivicDesk per provar la configuració de correu de %1. Els missatges als ciutadans vindran de la mateixa adreça.</translation>
    </message>
    <message>
        <source>The form has more than %1 fields.</source>
        <translation>El formulari té més de %1 camps.</translation>
    </message>
    <message>
        <source>The form&apos;s field %1 has no valid name.</source>
        <translation>El camp %1 del formulari no té un nom vàlid.</translation>
    </message>
    <message>
        <source>The field %1 has a &apos;%&apos; that is not followed by two hexadecimal digits.</source>
        <translation>El camp %1 té un «%» que no va seguit de dues xifres hexadecimals.</translation>
    </message>
    <message>
        <source>The field %1 holds more than %2 bytes.</source>
        <translation>El camp %1 conté més de %2 bytes.</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8 text.</source>
        <translation>El camp %1 no és text UTF-8 vàlid.</translation>
    </message>
    <message>
        <source>A multipart form names its boundary (1 to 70 characters) in its Content-Type.</source>
        <translation>Un formulari multipart indica el seu delimitador (d&apos;1 a 70 caràcters) al Content-Type.</translation>
    </message>
    <message>
        <source>The multipart form has no part.</source>
        <translation>El formulari multipart no té cap part.</translation>
    </message>
    <message>
        <source>A boundary of the multipart form is not followed by a line break.</source>
        <translation>Un delimitador del formulari multipart no va seguit d&apos;un salt de línia.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no end to its headers.</source>
        <translation>Una part del formulari multipart no té final de capçaleres.</translation>
    </message>
    <message>
        <source>The multipart form ends before its closing boundary.</source>
        <translation>El formulari multipart acaba abans del delimitador de tancament.</translation>
    </message>
    <message>
        <source>A part of the multipart form is not form-data.</source>
        <translation>Una part del formulari multipart no és form-data.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no valid name.</source>
        <translation>Una part del formulari multipart no té un nom vàlid.</translation>
    </message>
    <message>
        <source>The form has more than %1 files.</source>
        <translation>El formulari té més de %1 fitxers.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>El fitxer %1 fa més de %2 MB.</translation>
    </message>
    <message>
        <source>Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Envieu el formulari com a application/x-www-form-urlencoded o multipart/form-data, no com a %1.</translation>
    </message>
    <message>
        <source>%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.</source>
        <translation>%1 no és una data i hora W3C (2026-12-03T09:30:00+02:00): «%2».</translation>
    </message>
    <message>
        <source>%1 is not answered to %2.</source>
        <translation>%1 no respon a %2.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>No hi ha res a %1.</translation>
    </message>
    <message>
        <source>API keys are issued by the municipality&apos;s administrator.</source>
        <translation>Les claus d&apos;API les emet l&apos;administrador del municipi.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>No hi ha cap servei %1.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.</source>
        <translation>lat i long són una latitud (de −90 a 90) i una longitud (de −180 a 180) en graus, totes dues.</translation>
    </message>
    <message>
        <source>Only the field media may carry a file.</source>
        <translation>Només el camp media pot portar un fitxer.</translation>
    </message>
    <message>
        <source>This problem was reported already; you now follow request %1.</source>
        <translation>El problema ja s&apos;havia informat; ara seguiu la sol·licitud %1.</translation>
    </message>
    <message>
        <source>Expected to be dealt with by %1.</source>
        <translation>Es preveu resoldre-ho per a %1.</translation>
    </message>
    <message>
        <source>At most %1 ids at once.</source>
        <translation>Com a màxim %1 identificadors alhora.</translation>
    </message>
    <message>
        <source>status is open or closed, not “%1”.</source>
        <translation>status és open o closed, no «%1».</translation>
    </message>
    <message>
        <source>page_size is a whole number from 1 to %1.</source>
        <translation>page_size és un nombre enter d&apos;1 a %1.</translation>
    </message>
    <message>
        <source>page is a whole number from 1.</source>
        <translation>page és un nombre enter a partir d&apos;1.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>No hi ha cap sol·licitud %1.</translation>
    </message>
    <message>
        <source>There is no request for the token %1.</source>
        <translation>No hi ha cap sol·licitud per al testimoni %1.</translation>
    </message>
    <message>
        <source>service_request_id is required.</source>
        <translation>service_request_id és obligatori.</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>description és obligatori.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are read.</source>
        <translation>La descripció té %1 caràcters; se&apos;n llegeixen com a màxim %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the municipality; give lat and long, or a street and number of it.</source>
        <translation>«%1» no és una adreça del municipi; doneu lat i long, o un carrer i un número del municipi.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code és obligatori.</translation>
    </message>
    <message>
        <source>The service %1 asks no attribute %2.</source>
        <translation>El servei %1 no demana l&apos;atribut %2.</translation>
    </message>
    <message>
        <source>%1 is information for the reporter, not a question: it takes no answer.</source>
        <translation>%1 és informació per a qui informa, no una pregunta: no admet resposta.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.</source>
        <translation>lat i long són una latitud (de −90 a 90) i una longitud (de −180 a 180) en graus.</translation>
    </message>
    <message>
        <source>Say where the problem is: lat and long, or address_string.</source>
        <translation>Digueu on és el problema: lat i long, o address_string.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number.</source>
        <translation>«%1» no és un número de telèfon.</translation>
    </message>
    <message>
        <source>media_url is the http or https address of a photo.</source>
        <translation>media_url és l&apos;adreça http o https d&apos;una foto.</translation>
    </message>
    <message>
        <source>%1 is not JSON (at byte %2: %3).</source>
        <translation>%1 no és JSON (al byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a list of services.</source>
        <translation>%1 no és una llista de serveis.</translation>
    </message>
    <message>
        <source>The services file</source>
        <translation>El fitxer de serveis</translation>
    </message>
    <message>
        <source>The definitions file</source>
        <translation>El fitxer de definicions</translation>
    </message>
    <message>
        <source>The database holds no municipality.</source>
        <translation>La base de dades no conté cap municipi.</translation>
    </message>
    <message>
        <source>service %1 has no service_code (or one longer than 64 characters)</source>
        <translation>el servei %1 no té service_code (o en té un de més de 64 caràcters)</translation>
    </message>
    <message>
        <source>service_name of %1 is empty: the type is named by its code</source>
        <translation>el service_name de %1 és buit: el tipus pren el nom del codi</translation>
    </message>
    <message>
        <source>%1: no department %2 here; requests go to the dispatch desk until a department is set</source>
        <translation>%1: aquí no hi ha cap departament %2; les sol·licituds van a la distribució fins que se n&apos;indiqui un</translation>
    </message>
    <message>
        <source>%1: an attribute without a code or with an unknown datatype is left out</source>
        <translation>%1: s&apos;omet un atribut sense codi o amb un tipus de dades desconegut</translation>
    </message>
    <message>
        <source>%1: a value of %2 without a key, or with a comma in it, is left out</source>
        <translation>%1: s&apos;omet un valor de %2 sense clau, o amb una coma</translation>
    </message>
    <message>
        <source>new service type %1 (%2)</source>
        <translation>nou tipus de sol·licitud %1 (%2)</translation>
    </message>
    <message>
        <source>recording an API key</source>
        <translation>el registre d&apos;una clau d&apos;API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>la revocació d&apos;una clau d&apos;API</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguiment</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— trieu —</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <source>The mailbox settings kept in the file cannot be read (%1).</source>
        <translation>La configuració de la bústia desada al fitxer no es pot llegir (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox&apos;s address: write imap://name/INBOX (or imaps://name/INBOX).</source>
        <translation>&quot;%1&quot; no és l&apos;adreça d&apos;una bústia: escriviu imap://nom/INBOX (o imaps://nom/INBOX).</translation>
    </message>
    <message>
        <source>Reading a mailbox needs its login and password.</source>
        <translation>Per llegir una bústia calen el seu usuari i la seva contrasenya.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no és una adreça electrònica.</translation>
    </message>
    <message>
        <source>The mailbox is read every 1 to 3600 seconds.</source>
        <translation>La bústia es llegeix cada 1 a 3600 segons.</translation>
    </message>
    <message>
        <source>The mail server refused the mailbox&apos;s login: %1</source>
        <translation>El servidor de correu ha rebutjat l&apos;accés a la bústia: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>No s&apos;ha pogut llegir la bústia: %1</translation>
    </message>
    <message>
        <source>The mail server did not say how large message %1 is.</source>
        <translation>El servidor de correu no ha dit la mida del missatge %1.</translation>
    </message>
    <message>
        <source>An e-mail could not be kept: %1</source>
        <translation>No s&apos;ha pogut desar un correu: %1</translation>
    </message>
    <message>
        <source>The message was %1 MB: only its beginning was read, without its attachments.</source>
        <translation>El missatge feia %1 MB: només se n&apos;ha llegit el començament, sense adjunts.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sense text)</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>Correu de %1: %2</translation>
    </message>
    <message>
        <source>Attached, not kept with the note: %1</source>
        <translation>Adjunts, no desats amb la nota: %1</translation>
    </message>
    <message>
        <source>%1 was not kept: not a photo (%2).</source>
        <translation>%1 no s&apos;ha desat: no és una foto (%2).</translation>
    </message>
    <message>
        <source>%1 was not kept: %2</source>
        <translation>%1 no s&apos;ha desat: %2</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>El missatge té més de %1 parts; la resta no s&apos;han llegit.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not read.</source>
        <translation>Les parts imbricades més de %1 nivells no s&apos;han llegit.</translation>
    </message>
    <message>
        <source>A part of the message declares several parts but no boundary between them; it was not read.</source>
        <translation>Una part del missatge declara diverses parts però cap separador entre elles; no s&apos;ha llegit.</translation>
    </message>
    <message>
        <source>The message ends inside a part: it may have been cut short.</source>
        <translation>El missatge acaba dins d&apos;una part: potser s&apos;ha tallat.</translation>
    </message>
    <message>
        <source>%1 (%2 MB) was not kept: larger than %3 MB.</source>
        <translation>%1 (%2 MB) no s&apos;ha desat: més gran de %3 MB.</translation>
    </message>
    <message>
        <source>The text was cut after %1 characters.</source>
        <translation>El text s&apos;ha tallat després de %1 caràcters.</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s mailbox brings in e-mails.</source>
        <translation>Només la bústia de l&apos;ajuntament porta correus.</translation>
    </message>
    <message>
        <source>keeping an e-mail from a citizen</source>
        <translation>desant el correu d&apos;un ciutadà</translation>
    </message>
    <message>
        <source>That e-mail is no longer in the list.</source>
        <translation>Aquest correu ja no és a la llista.</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Aquest correu ja s&apos;ha tramitat.</translation>
    </message>
    <message>
        <source>handling an e-mail from a citizen</source>
        <translation>tramitant el correu d&apos;un ciutadà</translation>
    </message>
    <message>
        <source>Chosen on the map: %1. The address may stay empty.</source>
        <translation>Triat al mapa: %1. L&apos;adreça pot quedar buida.</translation>
    </message>
    <message>
        <source>Or click the place on the map of the municipality.</source>
        <translation>O feu clic al lloc, al mapa del municipi.</translation>
    </message>
    <message>
        <source>The desk&apos;s file could not be opened.</source>
        <translation>No s&apos;ha pogut obrir el fitxer del lloc.</translation>
    </message>
    <message>
        <source>A PostgreSQL store has no page limit.</source>
        <translation>Un magatzem PostgreSQL no té límit de pàgines.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be made in %1: %2</source>
        <translation>No s&apos;han pogut calcular les xifres del tauler a %1: %2</translation>
    </message>
    <message>
        <source>copying the dashboard&apos;s figures</source>
        <translation>la còpia de les xifres del tauler</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read back from %1: %2</source>
        <translation>No s&apos;han pogut tornar a llegir les xifres del tauler de %1: %2</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Sense memòria en connectar amb PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>No es pot contactar amb PostgreSQL (%1).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the session settings: %1</source>
        <translation>PostgreSQL ha rebutjat la configuració de la sessió: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster refused a scratch database: %1</source>
        <translation>El clúster PostgreSQL ha rebutjat una base de dades temporal: %1</translation>
    </message>
    <message>
        <source>waiting for other servers&apos; schema upgrades</source>
        <translation>l&apos;espera de les actualitzacions d&apos;esquema d&apos;altres servidors</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1: %2</source>
        <translation>PostgreSQL ha rebutjat %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lectura de la versió de l&apos;esquema</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>la lectura de les taules de la base de dades</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.</source>
        <translation>La base de dades PostgreSQL %1 conté taules d&apos;un altre programa; CivicDesk no l&apos;ha tocada.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk; the database was left untouched.</source>
        <translation>La base de dades PostgreSQL %1 l&apos;ha escrita un CivicDesk més nou (versió d&apos;esquema %2; aquest programa coneix fins a la %3). Actualitzeu CivicDesk; la base de dades no s&apos;ha tocat.</translation>
    </message>
    <message>
        <source>No municipality was named for the PostgreSQL store.</source>
        <translation>No s&apos;ha indicat cap municipi per al magatzem PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the signed-in role: %1</source>
        <translation>PostgreSQL ha rebutjat una consulta sobre el rol connectat: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every municipality&apos;s rows. Connect as a role of its own that owns the database (README, &quot;Deployment&quot;).</source>
        <translation>El rol PostgreSQL %1 és un superusuari o se salta la seguretat per files, de manera que veuria les files de tots els municipis. Connecteu-vos amb un rol propi, propietari de la base de dades (README, «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the database: %1</source>
        <translation>PostgreSQL ha rebutjat una consulta sobre la base de dades: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with LC_COLLATE &apos;C&apos;, README &quot;Deployment&quot;).</source>
        <translation>La base de dades PostgreSQL %1 ordena el text amb la col·lació %2; CivicDesk necessita l&apos;ordre dels bytes (creeu-la amb LC_COLLATE &apos;C&apos;, README «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s setting: %1</source>
        <translation>PostgreSQL ha rebutjat la configuració del municipi: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s first rows: %1</source>
        <translation>PostgreSQL ha rebutjat les primeres files del municipi: %1</translation>
    </message>
    <message>
        <source>COPY is PostgreSQL&apos;s.</source>
        <translation>COPY és de PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).</source>
        <translation>El servidor PostgreSQL que allotja %1 s&apos;ha quedat sense disc o memòria; no s&apos;ha desat res d&apos;aquest canvi (%2).</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>%1 està ocupat amb un altre canvi; torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.</source>
        <translation>No es pot contactar amb el servidor PostgreSQL de %1 (%2); no s&apos;ha desat res d&apos;aquest canvi.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change while %1: %2</source>
        <translation>PostgreSQL ha rebutjat el canvi durant %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the catalog&apos;s schema: %1</source>
        <translation>PostgreSQL ha rebutjat l&apos;esquema del catàleg: %1</translation>
    </message>
    <message>
        <source>Server catalog error while %1: %2</source>
        <translation>Error del catàleg del servidor durant %1: %2</translation>
    </message>
    <message>
        <source>the check for a restored database</source>
        <translation>la comprovació d&apos;una base de dades restaurada</translation>
    </message>
    <message>
        <source>the question where the database is served from</source>
        <translation>la consulta de des d&apos;on se serveix la base de dades</translation>
    </message>
    <message>
        <source>recording where the database is served from</source>
        <translation>el registre de des d&apos;on se serveix la base de dades</translation>
    </message>
    <message>
        <source>copying the catalog&apos;s %1 rows</source>
        <translation>la còpia de les files %1 del catàleg</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s %1 rows</source>
        <translation>la lectura de les files %1 del catàleg</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>La taula %1 té columnes diferents a %2 que a %3.</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>la lectura de les files de %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>la còpia de les files de %1</translation>
    </message>
    <message>
        <source>reading the scope of the changes</source>
        <translation>la lectura de l&apos;abast dels canvis</translation>
    </message>
    <message>
        <source>finding the requests outside this desk&apos;s scope</source>
        <translation>la cerca de les sol·licituds fora de l&apos;abast d&apos;aquest lloc</translation>
    </message>
    <message>
        <source>removing the rows outside this desk&apos;s scope</source>
        <translation>l&apos;eliminació de les files fora de l&apos;abast d&apos;aquest lloc</translation>
    </message>
    <message>
        <source>A desk keeps 1 to 240 months of requests, or all of them.</source>
        <translation>Un lloc guarda d&apos;1 a 240 mesos de sol·licituds, o totes.</translation>
    </message>
    <message>
        <source>fetching requests from the server</source>
        <translation>l&apos;obtenció de sol·licituds del servidor</translation>
    </message>
    <message>
        <source>The report from the server is garbled (%1); nothing was printed.</source>
        <translation>L&apos;informe del servidor està malmès (%1); no s&apos;ha imprès res.</translation>
    </message>
    <message>
        <source>The requests of the report could not be read: %1</source>
        <translation>No s&apos;han pogut llegir les sol·licituds de l&apos;informe: %1</translation>
    </message>
    <message>
        <source>reading the requests of the scope</source>
        <translation>la lectura de les sol·licituds de l&apos;abast</translation>
    </message>
    <message>
        <source>The copy is not whole: a row of %1 names a row of %2 that is not in it.</source>
        <translation>La còpia no és completa: una fila de %1 esmenta una fila de %2 que no hi és.</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>la comprovació de les referències de la còpia</translation>
    </message>
    <message>
        <source>asking the server for the report</source>
        <translation>la petició de l&apos;informe al servidor</translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n avís)</numerusform>
            <numerusform>(%n avisos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows the request; Delete acknowledges its alerts.</source>
        <translation>Retorn mostra la sol·licitud; Supr confirma els seus avisos.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>&amp;Acaba la trucada (Ctrl+E)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Qui truca</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No call&lt;/h2&gt;&lt;p&gt;Calls from the telephone system appear here by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; takes a call by hand (walk-in or a number typed) · &lt;b&gt;Ctrl+F&lt;/b&gt; finds a citizen or a request.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Cap trucada&lt;/h2&gt;&lt;p&gt;Les trucades de la centraleta apareixen aquí soles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; atén una trucada a mà (presencial o amb un número escrit) · &lt;b&gt;Ctrl+F&lt;/b&gt; cerca un ciutadà o una sol·licitud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several citizens have this number — who is calling?</source>
        <translation>Diversos ciutadans tenen aquest número: qui truca?</translation>
    </message>
    <message>
        <source>Citizens with this number</source>
        <translation>Ciutadans amb aquest número</translation>
    </message>
    <message>
        <source>None of them: &amp;register a new citizen</source>
        <translation>Cap d&apos;ells: &amp;registra un ciutadà nou</translation>
    </message>
    <message>
        <source>Tracking number — read it back to the caller:</source>
        <translation>Número de seguiment — llegiu-lo a qui truca:</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguiment</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Copia el número</translation>
    </message>
    <message>
        <source>&amp;Another request (Ctrl+N)</source>
        <translation>&amp;Una altra sol·licitud (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the &amp;citizen</source>
        <translation>Torna al &amp;ciutadà</translation>
    </message>
    <message>
        <source>Citizen registered.</source>
        <translation>Ciutadà registrat.</translation>
    </message>
    <message>
        <source>Citizen saved.</source>
        <translation>Ciutadà desat.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nova sol·licitud</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Acaba la trucada</translation>
    </message>
    <message>
        <source>&amp;Edit citizen</source>
        <translation>&amp;Edita el ciutadà</translation>
    </message>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Desa el ciutadà</translation>
    </message>
    <message>
        <source>&amp;Copy tracking number</source>
        <translation>&amp;Copia el número de seguiment</translation>
    </message>
    <message>
        <source>Register a new &amp;citizen</source>
        <translation>Registra un &amp;ciutadà nou</translation>
    </message>
    <message>
        <source>Call waiting from %1</source>
        <translation>Trucada en espera de %1</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un número desconegut</translation>
    </message>
    <message>
        <source>The call could not be logged.

%1</source>
        <translation>No s&apos;ha pogut registrar la trucada.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n sol·licitud</numerusform>
            <numerusform>%n sol·licituds</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or cancel the form first; it is kept as a draft.</source>
        <translation>Acabeu o cancel·leu primer el formulari; es conserva com a esborrany.</translation>
    </message>
    <message>
        <source>New request filed.</source>
        <translation>Nova sol·licitud registrada.</translation>
    </message>
    <message>
        <source>Filed as an EMERGENCY at the top priority.</source>
        <translation>Registrada com a EMERGÈNCIA amb la màxima prioritat.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Enviada a: %1.</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>Sol·licitud %1 registrada.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiat.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Acaba la trucada</translation>
    </message>
    <message>
        <source>The request being typed has not been filed. End the call and keep it as a draft?</source>
        <translation>La sol·licitud que s&apos;està escrivint no s&apos;ha registrat. Voleu acabar la trucada i desar-la com a esborrany?</translation>
    </message>
    <message>
        <source>Call ended after %1:%2.</source>
        <translation>Trucada acabada després de %1:%2.</translation>
    </message>
    <message>
        <source>Walk-in or unknown number</source>
        <translation>Atenció presencial o número desconegut</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Ciutadà</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Cap trucada</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No s&apos;ha pogut desar l&apos;esborrany: %1</translation>
    </message>
    <message>
        <source>The form left unfinished has been restored.</source>
        <translation>S&apos;ha recuperat el formulari que va quedar a mitges.</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Fusiona amb una altra fitxa</translation>
    </message>
    <message>
        <source>Find the other record of %1. Its requests, calls and messages move here, its phones and e-mails are added, and it is removed; what it held is kept in the history.</source>
        <translation>Cerqueu l&apos;altra fitxa de %1. Les seves sol·licituds, trucades i missatges passen aquí, els seus telèfons i correus s&apos;afegeixen i la fitxa s&apos;elimina; el que contenia queda a l&apos;historial.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusiona</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone from the desk.</source>
        <translation>Voleu fusionar «%1» a «%2»? No es pot desfer des del taulell.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>«%1» fusionada a «%2».</translation>
    </message>
    <message>
        <source>Take the next waiting call (F6)</source>
        <translation>Agafa la següent trucada en espera (F6)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Agafa la següent trucada en &amp;espera</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Drop the registration being typed and take this citizen as the caller?</source>
        <translation>Voleu descartar el registre en curs i prendre aquest ciutadà com a qui truca?</translation>
    </message>
    <message>
        <source>A request without a citizen: nobody will be informed of its progress.</source>
        <translation>Una sol·licitud sense ciutadà: ningú no serà informat del seu progrés.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Cap trucada en espera.</translation>
    </message>
    <message>
        <source>End this call first (Ctrl+E); the next one waits.</source>
        <translation>Primer acabeu aquesta trucada (Ctrl+E); la següent espera.</translation>
    </message>
    <message>
        <source>Take the next call</source>
        <translation>Agafa la següent trucada</translation>
    </message>
    <message>
        <source>The form being typed has not been saved. Drop it and take the next call?</source>
        <translation>El formulari en curs no s&apos;ha desat. Voleu descartar-lo i agafar la següent trucada?</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n trucada en espera — F6 agafa la següent</numerusform>
            <numerusform>%n trucades en espera — F6 agafa la següent</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The caller is not identified&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; takes a request without registering them (anonymous) · &lt;b&gt;Ctrl+R&lt;/b&gt; registers them · &lt;b&gt;Ctrl+F&lt;/b&gt; finds them and takes them as the caller · &lt;b&gt;Ctrl+E&lt;/b&gt; ends the call.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No s&apos;ha identificat qui truca&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; pren una sol·licitud sense registrar-lo (anònima) · &lt;b&gt;Ctrl+R&lt;/b&gt; el registra · &lt;b&gt;Ctrl+F&lt;/b&gt; el cerca i el pren com a qui truca · &lt;b&gt;Ctrl+E&lt;/b&gt; acaba la trucada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to read back to the caller</source>
        <translation>Què cal llegir a qui truca</translation>
    </message>
    <message>
        <source>Filed without a citizen: nobody will be informed of its progress.</source>
        <translation>Registrada sense ciutadà: ningú no serà informat del seu progrés.</translation>
    </message>
    <message>
        <source>The caller was added to this existing request.</source>
        <translation>S&apos;ha afegit qui truca a aquesta sol·licitud existent.</translation>
    </message>
    <message>
        <source>A confirmation SMS is on its way, and SMS will tell of its progress.</source>
        <translation>Un SMS de confirmació és en camí, i per SMS se l&apos;informarà del progrés.</translation>
    </message>
    <message>
        <source>A confirmation e-mail is on its way, and e-mail will tell of its progress.</source>
        <translation>Un correu de confirmació és en camí, i per correu se l&apos;informarà del progrés.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to messages: nothing is sent to them; they can call to ask.</source>
        <translation>El ciutadà no ha acceptat missatges: no se li envia res; pot trucar per preguntar.</translation>
    </message>
    <message>
        <source>This call filed no request. How did it end?</source>
        <translation>Aquesta trucada no ha registrat cap sol·licitud. Com ha acabat?</translation>
    </message>
    <message>
        <source>How the call ended</source>
        <translation>Com ha acabat la trucada</translation>
    </message>
    <message>
        <source>What was said or done (optional): &quot;gave the collection days&quot;, &quot;passed to the water utility&quot;</source>
        <translation>Què s&apos;ha dit o fet (opcional): «he donat els dies de recollida», «passada a l&apos;empresa d&apos;aigües»</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Nota sobre la trucada</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;End the call (Enter)</source>
        <translation>&amp;Acaba la trucada (Retorn)</translation>
    </message>
    <message>
        <source>&amp;Back to the call (Esc)</source>
        <translation>Torna a la t&amp;rucada (Esc)</translation>
    </message>
    <message>
        <source>Finish the call or the form in hand first; the e-mail keeps waiting.</source>
        <translation>Acabeu primer la trucada o el formulari en curs; el correu continua esperant.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message>
        <source> a minute</source>
        <translation> per minut</translation>
    </message>
    <message>
        <source>%1 by SMS, %2 by e-mail.</source>
        <translation>%1 per SMS, %2 per correu.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n ciutadà triat no ha acceptat missatges i no rep res.</numerusform>
            <numerusform>%n ciutadans triats no han acceptat missatges i no reben res.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>Missatge &amp;nou</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritme:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Envia…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <source>Citizens who live in (none ticked: anywhere):</source>
        <translation>Ciutadans que viuen a (cap marcat: on sigui):</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Lliurats</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallits</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fallits:</translation>
    </message>
    <message>
        <source>It reads: %1</source>
        <translation>Diu: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Missatges</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sense consentiment</translation>
    </message>
    <message>
        <source>No message of this one failed.</source>
        <translation>Cap missatge d’aquest enviament no ha fallat.</translation>
    </message>
    <message>
        <source>Only a supervisor or the administrator sends targeted messages.</source>
        <translation>Només un supervisor o l’administrador envia missatges adreçats.</translation>
    </message>
    <message>
        <source>Optional: for the citizens who asked for English</source>
        <translation>Opcional: per als ciutadans que han demanat l’anglès</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Arriba a %n ciutadà: </numerusform>
            <numerusform>Arriba a %n ciutadans: </numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;log</source>
        <translation>&amp;Registre d’enviaments</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>Voleu enviar «%1» a %n ciutadà? No es pot retirar.</numerusform>
            <numerusform>Voleu enviar «%1» a %n ciutadans? No es pot retirar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>S’envia en uns %n minut.</numerusform>
            <numerusform>S’envia en uns %n minuts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviat el</translation>
    </message>
    <message>
        <source>Subject of the e-mail (%1):</source>
        <translation>Assumpte del correu (%1):</translation>
    </message>
    <message>
        <source>Targeted message</source>
        <translation>Missatge adreçat</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Text (%1):</translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>L’SMS ocupa %n missatge.</numerusform>
            <numerusform>L’SMS ocupa %n missatges.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be sent from it.</source>
        <translation>El fitxer és obert només per llegir: no se’n pot enviar res.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Títol</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)</source>
        <translation>De què tracta, per al registre (p. ex. Tall d’aigua, Dalt la Vila, 5 de març)</translation>
    </message>
    <message>
        <source>who are (none ticked: any kind):</source>
        <translation>que són (cap marcat: de qualsevol tipus):</translation>
    </message>
    <message>
        <source>who reported (none ticked: anything):</source>
        <translation>que han avisat de (cap marcat: qualsevol cosa):</translation>
    </message>
    <message>
        <source>{municipality}: … (the same text for everyone; {municipality} is the municipality&apos;s name)</source>
        <translation>{municipality}: … (el mateix text per a tothom; {municipality} és el nom de l’ajuntament)</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenEditor</name>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Desa el ciutadà</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Kind of citizen</source>
        <translation>Tipus de ciutadà</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognoms</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organització</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Llengua preferida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Municipality&apos;s language</source>
        <translation>Llengua del municipi</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Cognoms:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organització:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mòbil:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telèfon de &amp;casa:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Telèfon de la &amp;feina:</translation>
    </message>
    <message>
        <source>%1 (not in use?)</source>
        <translation>%1 (fora de servei?)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Correu &amp;electrònic:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dreça:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <source>Consents to contact by %1</source>
        <translation>Consent el contacte per %1</translation>
    </message>
    <message>
        <source>May be contacted by:</source>
        <translation>Se&apos;l pot contactar per:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Desa (Ctrl+S)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>contact person, optional</source>
        <translation>persona de contacte, opcional</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Ciutadà nou</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edita %1</translation>
    </message>
    <message>
        <source>File a request &amp;without registering (Ctrl+N)</source>
        <translation>Registra una sol·licitud &amp;sense registre (Ctrl+N)</translation>
    </message>
    <message>
        <source>The caller does not give a name or does not want to be registered: the request is filed anonymously.</source>
        <translation>Qui truca no dona el nom o no vol ser registrat: la sol·licitud es registra de manera anònima.</translation>
    </message>
    <message>
        <source>Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and save again (Ctrl+S); what stays unticked is recorded as their &quot;no&quot;.</source>
        <translation>Pregunteu a qui truca: l&apos;ajuntament li pot informar de les seves sol·licituds per %1? Marqueu el que accepti i deseu de nou (Ctrl+S); el que quedi sense marcar es registra com a «no».</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message>
        <source>Satisfaction ratings over time</source>
        <translation>Valoracions de satisfacció en el temps</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contactes per canal</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nova sol·licitud</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Edita les dades</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>&amp;Fusiona amb…</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Núm. de seguiment</translation>
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
        <source>Filed</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Requests of this citizen</source>
        <translation>Sol·licituds d&apos;aquest ciutadà</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Sol·licituds</translation>
    </message>
    <message>
        <source>Satisfaction and contacts</source>
        <translation>Satisfacció i contactes</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>No s&apos;ha trobat el ciutadà</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>parla %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telèfon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correu: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adreça: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>May be contacted by: %1</source>
        <translation>Se&apos;l pot contactar per: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>cap mitjà</translation>
    </message>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Precisió dels avisos: %1 % sobre %n avís valorat</numerusform>
            <numerusform>Precisió dels avisos: %1 % sobre %n avisos valorats</numerusform>
        </translation>
    </message>
    <message>
        <source>Report accuracy: no report rated yet</source>
        <translation>Precisió dels avisos: encara no s&apos;ha valorat cap avís</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (amb retard)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacció (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5): not rated yet</source>
        <translation>Satisfacció (1–5): encara sense valorar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactes</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mòbil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>feina</translation>
    </message>
    <message>
        <source>History of the selected request</source>
        <translation>Historial de la sol·licitud seleccionada</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be changed in it.</source>
        <translation>Aquest fitxer és obert només en lectura: no s&apos;hi pot canviar res.</translation>
    </message>
    <message>
        <source>Stopped the e-mails with the link in one of them, %1</source>
        <translation>Ha aturat els correus amb l’enllaç d’un d’ells, %1</translation>
    </message>
    <message>
        <source>Stopped the SMS by answering STOP, %1</source>
        <translation>Ha aturat els SMS responent STOP, %1</translation>
    </message>
    <message>
        <source>O&amp;lder requests from the server</source>
        <translation>Sol·licituds més &amp;antigues del servidor</translation>
    </message>
    <message>
        <source>This desk holds the open requests and those of the last %1 months; the citizen&apos;s older ones are on the server.</source>
        <translation>Aquest lloc guarda les sol·licituds obertes i les dels últims %1 mesos; les més antigues del ciutadà són al servidor.</translation>
    </message>
    <message>
        <source>Looking for older requests on the server…</source>
        <translation>S&apos;estan cercant sol·licituds més antigues al servidor…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the requests older than %1 months are not on this desk. Try again when the desk is online.</source>
        <translation>No es pot contactar amb el servidor: les sol·licituds de fa més de %1 mesos no són en aquest lloc. Torneu-ho a provar quan el lloc tingui connexió.</translation>
    </message>
    <message>
        <source>The server could not send the older requests: %1</source>
        <translation>El servidor no ha pogut enviar les sol·licituds més antigues: %1</translation>
    </message>
    <message>
        <source>The server has no older requests of this citizen.</source>
        <translation>El servidor no té sol·licituds més antigues d&apos;aquest ciutadà.</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n sol·licitud més antiga obtinguda del servidor; el lloc la guarda.</numerusform>
            <numerusform>%n sol·licituds més antigues obtingudes del servidor; el lloc les guarda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message>
        <source>All departments</source>
        <translation>Tots els departaments</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Tots els districtes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tots els tipus</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Sense districte</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Sense assignar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Darrers 30 dies</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Aquest trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Aquest any</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Darrers 12 mesos</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates triades</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per dia</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Per setmana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per mes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Període</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Des de</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fins a</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Districte</translation>
    </message>
    <message>
        <source>Type group</source>
        <translation>Grup de tipus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Període:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Pa&amp;ssos:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>De&amp;partament:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>D&amp;istricte:</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>T&amp;ipus:</translation>
    </message>
    <message>
        <source>Requests received, by channel</source>
        <translation>Sol·licituds rebudes, per canal</translation>
    </message>
    <message>
        <source>Open now, by status</source>
        <translation>Obertes ara, per estat</translation>
    </message>
    <message>
        <source>Requests per group of types</source>
        <translation>Sol·licituds per grup de tipus</translation>
    </message>
    <message>
        <source>Requests and deadlines met per department</source>
        <translation>Sol·licituds i terminis complerts per departament</translation>
    </message>
    <message>
        <source>Resolution time per department (hours)</source>
        <translation>Temps de resolució per departament (hores)</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Escalades per nivell</translation>
    </message>
    <message>
        <source>Citizen satisfaction per department</source>
        <translation>Satisfacció ciutadana per departament</translation>
    </message>
    <message>
        <source>Report accuracy</source>
        <translation>Exactitud dels avisos</translation>
    </message>
    <message>
        <source>Top 10 types</source>
        <translation>Els 10 tipus més freqüents</translation>
    </message>
    <message>
        <source>Top 10 districts</source>
        <translation>Els 10 districtes més freqüents</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period ends before it starts.&lt;/b&gt; Choose a “from” date before the “to” date.</source>
        <translation>&lt;b&gt;El període acaba abans de començar.&lt;/b&gt; Trieu una data «des de» anterior a la «fins a».</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebudes</translation>
    </message>
    <message>
        <source>Closed within the deadline</source>
        <translation>Tancades en termini</translation>
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
        <translation>En risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vençut</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Direcció</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>Valoració mitjana (1–5)</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exacte</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parcialment exacte</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexacte</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Avís fals</translation>
    </message>
    <message>
        <source>Requests received, by channel (* so far: the step is still under way)</source>
        <translation>Sol·licituds rebudes, per canal (* fins ara: el període no s&apos;ha acabat)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Tancades</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Terminis complerts</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Obertes ara</translation>
    </message>
    <message>
        <source>Past the deadline now</source>
        <translation>Fora de termini ara</translation>
    </message>
    <message>
        <source>Open requests&apos; median wait</source>
        <translation>Espera mediana de les obertes</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Trucades ateses</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Trucada mitjana</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>període anterior</translation>
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
        <translation>Sol·licituds registrades en el període, per qualsevol canal.</translation>
    </message>
    <message>
        <source>Requests closed in the period, whenever filed.</source>
        <translation>Sol·licituds tancades en el període, independentment de quan es van registrar.</translation>
    </message>
    <message>
        <source>%1: %2 of those closed</source>
        <translation>%1: %2 de les tancades</translation>
    </message>
    <message>
        <source>in the period: %1%2 (received less closed)</source>
        <translation>en el període: %1%2 (rebudes menys tancades)</translation>
    </message>
    <message>
        <source>Requests open now, on hold included, whenever filed.</source>
        <translation>Sol·licituds obertes ara, incloses les aturades, independentment de quan es van registrar.</translation>
    </message>
    <message>
        <source>%1 of the open ones</source>
        <translation>%1 de les obertes</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed (on hold left out: their clock is stopped).</source>
        <translation>Sol·licituds obertes amb el termini passat (les aturades no hi compten: el seu rellotge està aturat).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>half of the open requests have waited longer</source>
        <translation>la meitat de les sol·licituds obertes fa més temps que esperen</translation>
    </message>
    <message>
        <source>How long the open requests have waited since they were filed: the middle one.</source>
        <translation>Quant fa que esperen les sol·licituds obertes des que es van registrar: la del mig.</translation>
    </message>
    <message>
        <source>Calls taken at the desks in the period, the whole municipality, whatever they filed.</source>
        <translation>Trucades ateses als punts d&apos;atenció en el període, a tot el municipi, tant si van registrar una sol·licitud com si no.</translation>
    </message>
    <message>
        <source>From answering to ending the call, the calls of the period that ended.</source>
        <translation>De la resposta al final de la trucada, per a les trucades acabades del període.</translation>
    </message>
    <message>
        <source>Resolution median &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfaction &lt;b&gt;%3&lt;/b&gt; (%4 ratings) · &lt;b&gt;%5&lt;/b&gt; recurrences · deadlines met &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; open past their deadline now counted as missed)</source>
        <translation>Resolució mediana &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfacció &lt;b&gt;%3&lt;/b&gt; (%4 valoracions) · &lt;b&gt;%5&lt;/b&gt; repeticions · terminis complerts &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; obertes fora de termini comptades com a incomplertes)</translation>
    </message>
    <message>
        <source>Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now (counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.</source>
        <translation>Tancades dins del termini, de les tancades en el període que tenien termini i de les obertes ara fora de termini (comptades com a incomplertes); les sol·licituds sense termini no compten enlloc. Només de les tancades: %1.</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>no en aquest lloc</translation>
    </message>
    <message>
        <source> This desk holds the calls since %1; the server has the earlier ones.</source>
        <translation> Aquest lloc té les trucades des del %1; les anteriors són al servidor.</translation>
    </message>
    <message>
        <source>Escalations per level: not on this desk before %1 (the server has them)</source>
        <translation>Escalats per nivell: no en aquest lloc abans del %1 (són al servidor)</translation>
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
        <translation>No s&apos;ha pogut crear l&apos;ajuntament de demostració.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>No s&apos;ha pogut obrir la base de dades.

%1</translation>
    </message>
    <message>
        <source>The municipality&apos;s data could not be opened.

%1</source>
        <translation>No s&apos;han pogut obrir les dades del municipi.

%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Surt de la sessió</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n canvi vostre encara no ha arribat al servidor. Quedeu-vos a la sessió fins que hi arribi (la barra d&apos;estat diu «tot enviat»), perquè s&apos;enviï en nom vostre.</numerusform>
            <numerusform>%n canvis vostres encara no han arribat al servidor. Quedeu-vos a la sessió fins que hi arribin (la barra d&apos;estat diu «tot enviat»), perquè s&apos;enviïn en nom vostre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again from the server&apos;s data</source>
        <translation>Tornar a començar des de les dades del servidor</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>Les dades del servidor s&apos;han substituït (restaurades d&apos;una còpia de seguretat o carregades de nou). El lloc baixa la nova còpia del servidor i hi treballa; %n canvi fet aquí i encara no enviat es trasllada i s&apos;envia, els esborranys es conserven i el fitxer actual es guarda al costat del nou.</numerusform>
            <numerusform>Les dades del servidor s&apos;han substituït (restaurades d&apos;una còpia de seguretat o carregades de nou). El lloc baixa la nova còpia del servidor i hi treballa; %n canvis fets aquí i encara no enviats es traslladen i s&apos;envien, els esborranys es conserven i el fitxer actual es guarda al costat del nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data…</source>
        <translation>S&apos;estan baixant les dades del servidor…</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data: %1 of %2 MB</source>
        <translation>S&apos;estan baixant les dades del servidor: %1 de %2 MB</translation>
    </message>
    <message>
        <source>The desk could not start again from the server&apos;s data; it goes on with its present file.

%1</source>
        <translation>El lloc no ha pogut tornar a començar des de les dades del servidor; continua amb el fitxer actual.

%1</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; no change of this desk is waiting, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>Les dades del servidor s&apos;han substituït (restaurades d&apos;una còpia de seguretat o carregades de nou). El lloc baixa la nova còpia del servidor i hi treballa; no hi ha cap canvi del lloc en espera, els esborranys es conserven i el fitxer actual es guarda al costat del nou.</translation>
    </message>
    <message>
        <source>There is no CivicDesk database at %1.

Nothing was created there. Check the name and the folder, or open another file.</source>
        <translation>No hi ha cap base de dades de CivicDesk a %1.

No s&apos;hi ha creat res. Comproveu el nom i la carpeta, o obriu un altre fitxer.</translation>
    </message>
    <message>
        <source>CivicDesk could not open %1.

The database writes its journal in the same folder (%2): you may not be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, or ask your administrator.

(%3)</source>
        <translation>CivicDesk no ha pogut obrir %1.

La base de dades escriu el seu diari a la mateixa carpeta (%2): potser no hi podeu escriure, o el disc és ple o no disponible. Copieu el fitxer a una carpeta vostra o pregunteu a l&apos;administrador.

(%3)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Obre un altre fitxer…</translation>
    </message>
    <message>
        <source>Open the demo municipality</source>
        <translation>Obre el municipi de demostració</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Surt</translation>
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
        <source>Messages to citizens: %1 sent</source>
        <translation>Missatges als ciutadans: %1 enviats</translation>
    </message>
    <message>
        <source>%1 to try again</source>
        <translation>%1 per tornar a provar</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallits</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n correu de ciutadans en espera</numerusform>
            <numerusform>%n correus de ciutadans en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n resposta afegida a la seva sol·licitud</numerusform>
            <numerusform>%n respostes afegides a les seves sol·licituds</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizens&apos; mailbox: %1</source>
        <translation>La bústia dels ciutadans: %1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::HistorySource</name>
    <message>
        <source>The server no longer has this request&apos;s history.</source>
        <translation>El servidor ja no té l&apos;historial d&apos;aquesta sol·licitud.</translation>
    </message>
    <message>
        <source>The server could not send this request&apos;s history: %1</source>
        <translation>El servidor no ha pogut enviar l&apos;historial d&apos;aquesta sol·licitud: %1</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server, which cannot be reached now. It is fetched when the desk is online again.</source>
        <translation>L&apos;historial d&apos;aquesta sol·licitud tancada és al servidor, que ara no és accessible. Es baixarà quan el lloc torni a estar connectat.</translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency: danger to people or property</source>
        <translation>E&amp;mergència: perill per a persones o béns</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>Adjunta &amp;fotos…</translation>
    </message>
    <message>
        <source>&amp;Join selected request (Ctrl+L)</source>
        <translation>&amp;Suma&apos;t a la sol·licitud seleccionada (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File new request (Ctrl+Enter)</source>
        <translation>&amp;Registra una sol·licitud nova (Ctrl+Retorn)</translation>
    </message>
    <message>
        <source>Type what the problem is: pothole, light, rubbish…</source>
        <translation>Escriviu quin és el problema: sot, fanal, brossa…</translation>
    </message>
    <message>
        <source>Type of problem</source>
        <translation>Tipus de problema</translation>
    </message>
    <message>
        <source>Street and number, e.g. %1</source>
        <translation>Carrer i número, p. ex. %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>or latitude, longitude: 37.9755, 23.7348</source>
        <translation>o latitud, longitud: 37.9755, 23.7348</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenades</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripció</translation>
    </message>
    <message>
        <source>What the caller says, in their words</source>
        <translation>El que diu qui truca, amb les seves paraules</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>Pot esperar</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgència</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergència</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Núm. de seguiment</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distància</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antiguitat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Reporters · address · description</source>
        <translation>Avisadors · adreça · descripció</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibles duplicats</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripció:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgència:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Open requests nearby</source>
        <translation>Sol·licituds obertes a prop</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: check the spelling or enter coordinates.</source>
        <translation>«%1» no és al carrerer: reviseu l&apos;ortografia o escriviu les coordenades.</translation>
    </message>
    <message>
        <source>New request — anonymous caller</source>
        <translation>Nova sol·licitud — trucada anònima</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nova sol·licitud</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Prioritat %1 · objectiu %n hora laborable · duplicats a menys de %2 m</numerusform>
            <numerusform>Prioritat %1 · objectiu %n hores laborables · duplicats a menys de %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source>No type matches “%1”.</source>
        <translation>Cap tipus coincideix amb «%1».</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— trieu —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— no se sap —</translation>
    </message>
    <message>
        <source>number not on this street</source>
        <translation>número que no existeix en aquest carrer</translation>
    </message>
    <message>
        <source>Number %1 is not on %2 in the gazetteer: give another number or the coordinates.</source>
        <translation>El número %1 no és a %2 segons el carrerer: indiqueu un altre número o les coordenades.</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348).</source>
        <translation>Escriviu les coordenades com a latitud, longitud (p. ex. 37.9755, 23.7348).</translation>
    </message>
    <message>
        <source>These are not coordinates on Earth.</source>
        <translation>Aquestes no són coordenades de la Terra.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 és fora del municipi.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n avisador</numerusform>
            <numerusform>%n avisadors</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests of the same type nearby show here once the type and the place are known.</source>
        <translation>Les sol·licituds obertes del mateix tipus properes apareixen aquí tan aviat com se&apos;n coneixen el tipus i el lloc.</translation>
    </message>
    <message>
        <source>No open request of this type within %1 m in the last 30 days.</source>
        <translation>Cap sol·licitud oberta d&apos;aquest tipus a menys de %1 m en els darrers 30 dies.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n sol·licitud oberta d&apos;aquest tipus a menys de %1 m&lt;/b&gt;: el mateix problema? Sumeu-vos-hi amb Ctrl+L (trieu amb Alt+Amunt/Avall) o registreu-ne una de nova amb Ctrl+Retorn.</numerusform>
            <numerusform>&lt;b&gt;%n sol·licituds obertes d&apos;aquest tipus a menys de %1 m&lt;/b&gt;: el mateix problema? Sumeu-vos-hi amb Ctrl+L (trieu amb Alt+Amunt/Avall) o registreu-ne una de nova amb Ctrl+Retorn.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. The request will be filed at the top priority and the emergency is logged.</source>
        <translation>EMERGÈNCIA — si algú és en perill, digueu a qui truca que pengi i truqui ara mateix al %1. La sol·licitud es registrarà amb la màxima prioritat i l&apos;emergència queda anotada.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Adjunta fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>On the map: click to set the place</source>
        <translation>Al mapa: feu clic per fixar el lloc</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Mapa del lloc</translation>
    </message>
    <message>
        <source>%1 · %2 (from the map)</source>
        <translation>%1 · %2 (del mapa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2, %3 m away) may be the same problem.&lt;/b&gt; Ctrl+L adds the caller to it (“me too”); Ctrl+Enter again files a new request.</source>
        <translation>&lt;b&gt;%1 (%2, a %3 m) pot ser el mateix problema.&lt;/b&gt; Ctrl+L hi afegeix qui truca («jo també»); Ctrl+Retorn un altre cop registra una sol·licitud nova.</translation>
    </message>
    <message>
        <source>File a &amp;new one anyway (Ctrl+Enter)</source>
        <translation>Registra&apos;n una de &amp;nova igualment (Ctrl+Retorn)</translation>
    </message>
    <message>
        <source>New request — from a citizen&apos;s e-mail</source>
        <translation>Nova sol·licitud — del correu d&apos;un ciutadà</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MailPanel</name>
    <message>
        <source>&amp;File as a request (Enter)</source>
        <translation>&amp;Registra com a sol·licitud (Retorn)</translation>
    </message>
    <message>
        <source>Set &amp;aside… (Delete)</source>
        <translation>&amp;Deixa de banda… (Supr)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Rebut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assumpte</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>E-mails from citizens waiting</source>
        <translation>Correus de ciutadans en espera</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>El correu</translation>
    </message>
    <message>
        <source>No e-mails from citizens are waiting. Messages to the municipality&apos;s mailbox appear here by themselves; replies about a request go to that request as notes.</source>
        <translation>No hi ha correus de ciutadans en espera. Els missatges a la bústia de l&apos;ajuntament apareixen aquí sols; les respostes sobre una sol·licitud hi van com a notes.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sense assumpte)</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Photos: %1</source>
        <translation>Fotos: %1</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Aquest correu ja s&apos;ha tramitat.</translation>
    </message>
    <message>
        <source>Set the e-mail aside</source>
        <translation>Deixa de banda el correu</translation>
    </message>
    <message>
        <source>Why does it ask for nothing?</source>
        <translation>Per què no demana res?</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Correu brossa o publicitat</translation>
    </message>
    <message>
        <source>Thanks or a comment, nothing to do</source>
        <translation>Agraïments o un comentari, res a fer</translation>
    </message>
    <message>
        <source>Not a matter for the municipality</source>
        <translation>No és competència de l&apos;ajuntament</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Enviat dues vegades</translation>
    </message>
    <message>
        <source>The e-mail was set aside.</source>
        <translation>El correu s&apos;ha deixat de banda.</translation>
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
        <translation>Obre l&apos;ajuntament de &amp;demostració</translation>
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
        <source>About CivicDesk</source>
        <translation>Quant a CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;L&apos;oficina de sol·licituds ciutadanes d&apos;un ajuntament: trucades, sol·licituds, departaments i informes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Trucada</translation>
    </message>
    <message>
        <source>&amp;Find and requests</source>
        <translation>&amp;Cerca i sol·licituds</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Trucada nova</translation>
    </message>
    <message>
        <source>Caller&apos;s number (leave empty for a walk-in or a withheld number):</source>
        <translation>Número de qui truca (buit per a atenció presencial o número ocult):</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Trucada</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>Trucada &amp;nova…</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>La &amp;trucada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Dreceres de teclat</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>Cua de &amp;feina</translation>
    </message>
    <message>
        <source>The work &amp;queue</source>
        <translation>La cua de &amp;feina</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;ua</translation>
    </message>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Executa ara l&apos;escalada</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Treballant com a %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tauler</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Surt de la sessió</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Sol·licitud</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (només lectura)</translation>
    </message>
    <message>
        <source>This file is open read-only: no call can be recorded in it.</source>
        <translation>Aquest fitxer és obert només en lectura: no s&apos;hi pot registrar cap trucada.</translation>
    </message>
    <message>
        <source>Database: %1 — read-only, nothing can be changed</source>
        <translation>Base de dades: %1 — només lectura, no es pot canviar res</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia d&apos;usuari</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuració…</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens…</source>
        <translation>&amp;Missatges als ciutadans…</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n avís nou: %1</numerusform>
            <numerusform>%n avisos nous: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targeted message…</source>
        <translation>Missatge &amp;adreçat…</translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n avís nou</numerusform>
            <numerusform>CivicDesk: %n avisos nous</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail (%1)</source>
        <translation>C&amp;orreu (%1)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>C&amp;orreu</translation>
    </message>
    <message>
        <source>The citizens&apos; &amp;e-mails</source>
        <translation>Els c&amp;orreus dels ciutadans</translation>
    </message>
    <message>
        <source>Looking for %1 on the server…</source>
        <translation>S&apos;està cercant %1 al servidor…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 is not on this desk: it holds the open requests, its department&apos;s and those changed in the last %2 months. Try again when the desk is online.</source>
        <translation>No es pot contactar amb el servidor i %1 no és en aquest lloc: guarda les sol·licituds obertes, les del seu departament i les modificades els últims %2 mesos. Torneu-ho a provar quan el lloc tingui connexió.</translation>
    </message>
    <message>
        <source>The server could not look for %1: %2</source>
        <translation>El servidor no ha pogut cercar %1: %2</translation>
    </message>
    <message>
        <source>The server has no request %1 either.</source>
        <translation>El servidor tampoc no té cap sol·licitud %1.</translation>
    </message>
    <message>
        <source>%1 fetched from the server; this desk keeps it from now on.</source>
        <translation>%1 s&apos;ha obtingut del servidor; aquest lloc la guarda d&apos;ara endavant.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message>
        <source>&amp;Open in the queue</source>
        <translation>&amp;Obre a la cua</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Carrer i número</translation>
    </message>
    <message>
        <source>Find an address on the map</source>
        <translation>Cerca una adreça al mapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Grup de serveis</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Període del mapa de calor</translation>
    </message>
    <message>
        <source>Crew route</source>
        <translation>Ruta de la brigada</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Totes les pendents</translation>
    </message>
    <message>
        <source>All service groups</source>
        <translation>Tots els grups de serveis</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tots els departaments</translation>
    </message>
    <message>
        <source>No crew route</source>
        <translation>Sense ruta de brigada</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últims 30 dies</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últims 90 dies</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últims 12 mesos</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adreça:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tat:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostra:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districtes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Sol·licituds</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Llegenda</translation>
    </message>
    <message>
        <source>Heat map of:</source>
        <translation>Mapa de calor de:</translation>
    </message>
    <message>
        <source>The configured base map cannot be used (%1); showing the districts and streets instead.</source>
        <translation>El mapa de base configurat no es pot fer servir (%1); es mostren els districtes i els carrers.</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer.</source>
        <translation>%1 no és al carrerer.</translation>
    </message>
    <message>
        <source>%1 has no pending requests with a place.</source>
        <translation>%1 no té sol·licituds pendents amb lloc.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n parada, %2 des del dipòsit.</numerusform>
            <numerusform>%1: %n parades, %2 des del dipòsit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln sol·licitud pendent a la vista</numerusform>
            <numerusform>%Ln sol·licituds pendents a la vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marcador</numerusform>
            <numerusform>%n marcadors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grup</numerusform>
            <numerusform>%n grups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · fa %n dia</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · fa %n dies</numerusform>
        </translation>
    </message>
    <message>
        <source>Shade districts by pending requests</source>
        <translation>Ombreja els districtes per sol·licituds pendents</translation>
    </message>
    <message>
        <source>Pending requests per district</source>
        <translation>Sol·licituds pendents per districte</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Mapa de calor: %Ln sol·licitud en el període.</numerusform>
            <numerusform>Mapa de calor: %Ln sol·licituds en el període.</numerusform>
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
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests here; click to zoom in</source>
        <translation>
            <numerusform>%Ln sol·licitud aquí; feu clic per ampliar</numerusform>
            <numerusform>%Ln sol·licituds aquí; feu clic per ampliar</numerusform>
        </translation>
    </message>
    <message>
        <source>some tiles are damaged (not a readable image)</source>
        <translation>algunes teselles estan malmeses (imatge illegible)</translation>
    </message>
    <message>
        <source>the tile server cannot be reached (%1); showing what is cached</source>
        <translation>no es pot accedir al servidor de teselles (%1); es mostra el que hi ha a la memòria cau</translation>
    </message>
    <message>
        <source>the tile server refuses some tiles (%1)</source>
        <translation>el servidor rebutja algunes teselles (%1)</translation>
    </message>
    <message>
        <source>the tile file has no tiles for some of this area</source>
        <translation>el fitxer de teselles no cobreix part d&apos;aquesta zona</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Mapa de base: %1.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>depot marker</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and street gazetteer</source>
        <translation>Mapa de base: districtes i carrerer del municipi</translation>
    </message>
    <message>
        <source>Base map incomplete: %1</source>
        <translation>Mapa de base incomplet: %1</translation>
    </message>
    <message>
        <source>Several requests (zoom in)</source>
        <translation>Diverses sol·licituds (amplieu)</translation>
    </message>
    <message>
        <source>Heat: fewer → more requests</source>
        <translation>Calor: menys → més sol·licituds</translation>
    </message>
    <message>
        <source>Crew route, stops in order</source>
        <translation>Ruta de la brigada, parades en ordre</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioritat: %1</translation>
    </message>
    <message>
        <source>Emergency (flagged)</source>
        <translation>Emergència (marcada)</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and streets, © OpenStreetMap contributors</source>
        <translation>Mapa de base: districtes i carrers del municipi, © col·laboradors d&apos;OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MessageSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>sense límit</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> per minut</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server, and the server sends the messages to citizens for all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin mail-settings and sms-settings on the municipality&apos;s file there (see civicdesk-server(8)).</source>
        <translation>Aquest lloc treballa amb el servidor de l’ajuntament, i el servidor envia els missatges als ciutadans per a tots els seus llocs: el servidor de correu i la passarel·la d’SMS es configuren al servidor, amb civicdesk-admin mail-settings i sms-settings sobre el fitxer de l’ajuntament d’allà (vegeu civicdesk-server(8)).</translation>
    </message>
    <message>
        <source>This desk works alone and sends the messages to citizens itself, every half minute and after each change. Without a mail server or an SMS gateway they wait in the outbox.</source>
        <translation>Aquest lloc treballa sol i envia ell mateix els missatges als ciutadans, cada mig minut i després de cada canvi. Sense servidor de correu ni passarel·la d’SMS esperen a la safata de sortida.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correu</translation>
    </message>
    <message>
        <source>Never send in clear te&amp;xt (STARTTLS must work)</source>
        <translation>No enviar mai en text cla&amp;r (STARTTLS ha de funcionar)</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>la vostra adreça</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail</source>
        <translation>Envia un correu de &amp;prova</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;vidor de correu:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Adreça del &amp;remitent:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nom del remitent:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Us&amp;uari:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Com a màxim:</translation>
    </message>
    <message>
        <source>Try them:</source>
        <translation>Proveu-les:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>fins a</translation>
    </message>
    <message>
        <source>(the same hour twice: none)</source>
        <translation>(la mateixa hora dues vegades: cap)</translation>
    </message>
    <message>
        <source>&amp;Gateway (Kannel&apos;s sendsms):</source>
        <translation>&amp;Passarel·la (sendsms de Kannel):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;nya:</translation>
    </message>
    <message>
        <source>Sen&amp;der shown:</source>
        <translation>Remi&amp;tent mostrat:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Hores de &amp;silenci:</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s administrator changes these settings.</source>
        <translation>Només l’administrador de l’ajuntament canvia aquesta configuració.</translation>
    </message>
    <message>
        <source>kept; write a new one to change it</source>
        <translation>desada; escriviu-ne una de nova per canviar-la</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>El servidor de correu ha acceptat el missatge de prova per a %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueueFilterBar</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>Només les &amp;meves</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Tots els departaments</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Totes les pendents</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tots els tipus</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsevol</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En risc</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vençut</translation>
    </message>
    <message>
        <source>Priority, then deadline</source>
        <translation>Prioritat, després termini</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antiguitat</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partament:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipus:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tat:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Ter&amp;mini:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Ordre:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message>
        <source>Work queue</source>
        <translation>Cua de feina</translation>
    </message>
    <message>
        <source>%1 pending requests</source>
        <translation>%1 sol·licituds pendents</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>S&apos;ha fet %n pas d&apos;escalada.</numerusform>
            <numerusform>S&apos;han fet %n passos d&apos;escalada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed.</source>
        <translation>%1 de %2 canviades.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnes…</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tots</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualsevol</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sense agrupar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departament</translation>
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
        <source>District</source>
        <translation>Districte</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Data de registre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritat</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguiment</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Des de:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fins a:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>De&amp;partament:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipus:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estat:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>D&amp;istricte:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Priority at least:</source>
        <translation>&amp;Prioritat mínima:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupa per:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Ordena per:</translation>
    </message>
    <message>
        <source>&amp;Most rows:</source>
        <translation>&amp;Files com a màxim:</translation>
    </message>
    <message>
        <source>— saved parameter sets —</source>
        <translation>— paràmetres desats —</translation>
    </message>
    <message>
        <source>Saved parameter sets</source>
        <translation>Paràmetres desats</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>&amp;Desa com a…</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Desa els paràmetres</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Previsualització…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Impri&amp;meix…</translation>
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
        <translation>La impressora ha informat d&apos;un error; potser no s&apos;ha imprès res.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Desa com a PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Desa com a CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This desk holds the requests changed since %1 (the last %2 months), the open ones and its department&apos;s; a report from %3 needs the whole municipality&apos;s, which the server has.</source>
        <translation>Aquest lloc té les sol·licituds modificades des del %1 (els darrers %2 mesos), les obertes i les del seu departament; un informe des del %3 necessita totes les del municipi, que són al servidor.</translation>
    </message>
    <message>
        <source>This desk has not yet fetched its requests from the server; the report needs the whole municipality&apos;s, which the server has.</source>
        <translation>Aquest lloc encara no ha obtingut les seves sol·licituds del servidor; l&apos;informe necessita totes les del municipi, que són al servidor.</translation>
    </message>
    <message>
        <source>This desk is not connected to the server now; nothing was made from part of the requests.</source>
        <translation>Aquest lloc no està connectat ara al servidor; no s&apos;ha fet res a partir d&apos;una part de les sol·licituds.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.</source>
        <translation>Ara no es pot contactar amb el servidor; no s&apos;ha fet res a partir d&apos;una part de les sol·licituds. Torneu-ho a provar quan el lloc estigui connectat.</translation>
    </message>
    <message>
        <source>The server could not make the report: %1</source>
        <translation>El servidor no ha pogut fer l&apos;informe: %1</translation>
    </message>
    <message>
        <source>The desk is already asking the server for something; try again in a moment.</source>
        <translation>El lloc ja està demanant alguna cosa al servidor; torneu-ho a provar d&apos;aquí a un moment.</translation>
    </message>
    <message>
        <source>The server is making it…</source>
        <translation>El servidor l&apos;està fent…</translation>
    </message>
    <message>
        <source>Made by the server from the whole municipality&apos;s requests (this desk holds those since %1).</source>
        <translation>Fet pel servidor amb totes les sol·licituds del municipi (aquest lloc té les des del %1).</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepta</translation>
    </message>
    <message>
        <source>Assi&amp;gn to crew or person…</source>
        <translation>Assi&amp;gna a brigada o persona…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Canvia l&apos;&amp;estat…</translation>
    </message>
    <message>
        <source>&amp;Reroute…</source>
        <translation>&amp;Reassigna…</translation>
    </message>
    <message>
        <source>Link as &amp;duplicate…</source>
        <translation>Enllaça com a &amp;duplicat…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>Posa en es&amp;pera…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Escriu una &amp;nota</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s ra&amp;ting…</source>
        <translation>Registra la valora&amp;ció del ciutadà…</translation>
    </message>
    <message>
        <source>Crew &amp;work list…</source>
        <translation>&amp;Full de ruta de la brigada…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n sol·licitud</numerusform>
            <numerusform>%n sol·licituds</numerusform>
        </translation>
    </message>
    <message>
        <source>No request has the tracking number %1.</source>
        <translation>Cap sol·licitud té el número de seguiment %1.</translation>
    </message>
    <message>
        <source>You cannot move %1 from “%2”.</source>
        <translation>No podeu moure %1 des de «%2».</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Canvia l&apos;estat: %1</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— sense valorar —</translation>
    </message>
    <message>
        <source>%1 is “%2” now.</source>
        <translation>%1 ara és «%2».</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>Estat &amp;nou:</translation>
    </message>
    <message>
        <source>Report &amp;accuracy:</source>
        <translation>&amp;Exactitud de l&apos;avís:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Put on hold: %1</source>
        <translation>En espera: %1</translation>
    </message>
    <message>
        <source>Waiting for whom or what?</source>
        <translation>A l&apos;espera de qui o de què?</translation>
    </message>
    <message>
        <source>Reroute: %1</source>
        <translation>Redirigeix: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envia a:</translation>
    </message>
    <message>
        <source>Why? (the other department reads it)</source>
        <translation>Per què? (ho llegeix l&apos;altre departament)</translation>
    </message>
    <message>
        <source>— no crew —</source>
        <translation>— sense brigada —</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— ningú —</translation>
    </message>
    <message>
        <source>Assign: %1</source>
        <translation>Assigna: %1</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Brigada:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>Link as duplicate: %1</source>
        <translation>Enllaça com a duplicat: %1</translation>
    </message>
    <message>
        <source>Tracking number of the request it repeats:</source>
        <translation>Número de seguiment de la sol·licitud que repeteix:</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating: %1</source>
        <translation>Valoració del ciutadà: %1</translation>
    </message>
    <message>
        <source>How satisfied is the citizen (1–5)?</source>
        <translation>Com de satisfet està el ciutadà (1–5)?</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>El seu comentari:</translation>
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
        <translation>Nota interna per als departaments i l&apos;empresa adjudicatària (Ctrl+Retorn l&apos;afegeix)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list</source>
        <translation>A acceptar · G assignar · S estat · R reassignar · D duplicat · H en espera · N nota · T valoració · W full de ruta</translation>
    </message>
    <message>
        <source> (not in this list)</source>
        <translation> (no és en aquesta llista)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Termini: %1</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>Rebuda %1 (%2)</translation>
    </message>
    <message>
        <source>Reported anonymously: nobody to call back.</source>
        <translation>Comunicada de manera anònima: ningú a qui tornar la trucada.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(i %n més)</numerusform>
            <numerusform>(i %n més)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Comunicada per %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Encara no assignada</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assignada a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n foto: Retorn obre la sol·licitud amb ella.</numerusform>
            <numerusform>%n fotos: Retorn obre la sol·licitud amb elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: no note can be added.</source>
        <translation>Aquest fitxer és obert només en lectura: no s&apos;hi pot afegir cap nota.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestHistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server: loading it…</source>
        <translation>L&apos;historial d&apos;aquesta sol·licitud tancada és al servidor: s&apos;està carregant…</translation>
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
    <name>CivicDesk::RequestPage</name>
    <message>
        <source>Add the &amp;note</source>
        <translation>Afegeix la &amp;nota</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>La llengua de qui truca</translation>
    </message>
    <message>
        <source>What to tell the caller</source>
        <translation>Què cal dir a qui truca</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Nota interna per als departaments i l&apos;empresa adjudicatària (Ctrl+Retorn l&apos;afegeix)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Comunicada per</translation>
    </message>
    <message>
        <source>In &amp;language:</source>
        <translation>En la &amp;llengua:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tanca</translation>
    </message>
    <message>
        <source>Close this page (Ctrl+W)</source>
        <translation>Tanca aquesta pàgina (Ctrl+W)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 s&apos;ha canviat.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 no s&apos;ha canviat.</translation>
    </message>
    <message>
        <source>The crew work list is in the work queue (W there).</source>
        <translation>La llista de feina de la brigada és a la cua de feina (W allà).</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>No s&apos;ha trobat la sol·licitud</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipus desconegut</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioritat %1</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGÈNCIA</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Rebuda:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lloc:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicat</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departament:</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>encara no s&apos;ha encaminat</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Brigada:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Assignada a:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>a ningú encara</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Termini:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>no fixat</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Tancada:</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>Nota d&apos;estat:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Duplicat de:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripció:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Valoració del ciutadà:</translation>
    </message>
    <message>
        <source>Report accuracy:</source>
        <translation>Precisió de la comunicació:</translation>
    </message>
    <message>
        <source>reported it again</source>
        <translation>l&apos;ha tornat a comunicar</translation>
    </message>
    <message>
        <source>Nobody: the request was filed anonymously.</source>
        <translation>Ningú: la sol·licitud es va registrar de manera anònima.</translation>
    </message>
    <message>
        <source>%1 is not on this desk.</source>
        <translation>%1 no és en aquest lloc de treball.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La sol·licitud</translation>
    </message>
    <message>
        <source>Messages to the citizens</source>
        <translation>Missatges als ciutadans</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Correu a %1</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS a %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviat %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviat: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>en espera: %n intent, el següent a les %1 (%2)</numerusform>
            <numerusform>en espera: %n intents, el següent a les %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent since %1</source>
        <translation>en espera de ser enviat des de %1</translation>
    </message>
    <message>
        <source>delivered to the phone %1</source>
        <translation>lliurat al telèfon %1</translation>
    </message>
    <message>
        <source>not delivered to the phone (reported %1)</source>
        <translation>no lliurat al telèfon (informat %1)</translation>
    </message>
    <message>
        <source>refused by the carrier (reported %1)</source>
        <translation>rebutjat per l’operador (informat %1)</translation>
    </message>
    <message>
        <source>with the carrier, not yet delivered</source>
        <translation>a l’operador, encara no lliurat</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message>
        <source>Crew work list</source>
        <translation>Full de ruta de la brigada</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Brigada</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Núm. de seguiment</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Parades en ordre</translation>
    </message>
    <message>
        <source>&amp;Print work order (PDF)…</source>
        <translation>&amp;Imprimeix l&apos;ordre de treball (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Assign to the crew</source>
        <translation>&amp;Assigna a la brigada</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Ordre de treball</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n sol·licitud assignada a la brigada.</numerusform>
            <numerusform>%n sol·licituds assignades a la brigada.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;rew:</source>
        <translation>&amp;Brigada:</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n parada, %1 km des de la base fins a l&apos;última parada (només veí més proper: %2 km).</numerusform>
            <numerusform>%n parades, %1 km des de la base fins a l&apos;última parada (només veí més proper: %2 km).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Ordre de treball — %1</translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Sortida des de la base (%1, %2); %n parada, %3 km.</numerusform>
            <numerusform>Sortida des de la base (%1, %2); %n parades, %3 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fet</translation>
    </message>
    <message>
        <source>Crew leader&apos;s signature: ____________________</source>
        <translation>Signatura del cap de brigada: ____________________</translation>
    </message>
    <message>
        <source>The work order could not be written to %1.</source>
        <translation>No s&apos;ha pogut escriure l&apos;ordre de treball a %1.</translation>
    </message>
    <message>
        <source>Work order written to %1.</source>
        <translation>Ordre de treball escrita a %1.</translation>
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
        <source>Nothing found.</source>
        <translation>No s&apos;ha trobat res.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Look on the server</source>
        <translation>Cerca al servidor</translation>
    </message>
    <message>
        <source>Not on this desk? Look for “%1” on the server (Ctrl+Enter)</source>
        <translation>No és en aquest lloc? Cerca «%1» al servidor (Ctrl+Retorn)</translation>
    </message>
    <message>
        <source>Nothing found on this desk, which holds the open requests, its department&apos;s and the recent ones.</source>
        <translation>No s&apos;ha trobat res en aquest lloc, que guarda les sol·licituds obertes, les del seu departament i les recents.</translation>
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
    <name>CivicDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuració</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Llengua</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>Mapa de &amp;base</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>This file is open read-only: what is kept in it cannot be changed here.</source>
        <translation>El fitxer és obert només per llegir: el que s’hi desa no es pot canviar des d’aquí.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La llengua de l’ordinador</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Llengua del taulell:</translation>
    </message>
    <message>
        <source>The desk changes language as soon as you press OK or Apply: the window is built again in the new language, with the requests you have open and the call you are taking (kept as a draft). Category names, dates and printed reports follow the new language too. The same setting is made by starting the desk with --lang.</source>
        <translation>El taulell canvia de llengua tan bon punt premeu D’acord o Aplica: la finestra es torna a construir en la nova llengua, amb les sol·licituds que teniu obertes i la trucada que ateneu (desada com a esborrany). Els noms de les categories, les dates i els informes impresos també segueixen la nova llengua. El mateix paràmetre s’estableix iniciant el taulell amb --lang.</translation>
    </message>
    <message>
        <source>Streets and districts, &amp;drawn by CivicDesk (no tiles, works offline)</source>
        <translation>Carrers i districtes, &amp;dibuixats per CivicDesk (sense teselles, funciona sense xarxa)</translation>
    </message>
    <message>
        <source>Tiles from a &amp;tile server</source>
        <translation>Teselles d’un servidor de &amp;teselles</translation>
    </message>
    <message>
        <source>Tiles from an &amp;MBTiles file (offline)</source>
        <translation>Teselles d’un fitxer &amp;MBTiles (sense xarxa)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© col·laboradors d’OpenStreetMap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Tr&amp;ia…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Trieu un fitxer MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Fitxers MBTiles (*.mbtiles);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>Address of the tiles:</source>
        <translation>Adreça de les teselles:</translation>
    </message>
    <message>
        <source>Highest zoom:</source>
        <translation>Zoom màxim:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fitxer:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribució:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server: the base map is the municipality&apos;s, the same on every desk, and is set at the server (civicdesk-admin map on the municipality&apos;s file there).</source>
        <translation>Aquest taulell treballa amb el servidor de l’ajuntament: el mapa de base és de l’ajuntament, el mateix a cada taulell, i s’estableix al servidor (civicdesk-admin map sobre el fitxer de l’ajuntament d’allà).</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Previsualització: %n tesel·la mostrada</numerusform>
            <numerusform>Previsualització: %n teselles mostrades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>en falta %n</numerusform>
            <numerusform>en falten %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: fetching tiles…</source>
        <translation>Previsualització: s’estan obtenint les teselles…</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1</source>
        <translation>Aquest mapa de base no es pot fer servir: %1</translation>
    </message>
    <message>
        <source>Preview: the streets and districts of the municipality&apos;s file.</source>
        <translation>Previsualització: els carrers i els districtes del fitxer de l’ajuntament.</translation>
    </message>
    <message>
        <source>&amp;Choose an image…</source>
        <translation>&amp;Trieu una imatge…</translation>
    </message>
    <message>
        <source>Use the CivicDesk &amp;emblem</source>
        <translation>Usa l’&amp;emblema de CivicDesk</translation>
    </message>
    <message>
        <source>Directorate of Citizen Services
City Hall, 1 Main Square</source>
        <translation>Oficina d’Atenció Ciutadana
Ajuntament, Plaça de la Vila 1</translation>
    </message>
    <message>
        <source>Logo, at the top right of a report&apos;s first page:</source>
        <translation>Logotip, a dalt a la dreta de la primera pàgina d’un informe:</translation>
    </message>
    <message>
        <source>Lines under the municipality&apos;s name (at most four: the office, its address, a telephone):</source>
        <translation>Línies sota el nom de l’ajuntament (com a màxim quatre: l’oficina, la seva adreça, un telèfon):</translation>
    </message>
    <message>
        <source>The logo is kept in the municipality&apos;s file, so it prints the same after the image file has moved. Both are this desk&apos;s: each desk of a municipality that works with a server sets its own.</source>
        <translation>El logotip es desa al fitxer de l’ajuntament, de manera que s’imprimeix igual encara que el fitxer de la imatge s’hagi mogut. Tots dos són d’aquest taulell: cada taulell d’un ajuntament que treballa amb un servidor estableix els seus.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Trieu el logotip</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Imatges (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Tots els fitxers (*)</translation>
    </message>
    <message>
        <source>At most four lines fit under the municipality&apos;s name; there are %1.</source>
        <translation>Sota el nom de l’ajuntament hi caben com a màxim quatre línies; n’hi ha %1.</translation>
    </message>
    <message>
        <source>C&amp;heck the address</source>
        <translation>&amp;Comprova l’adreça</translation>
    </message>
    <message>
        <source>A CivicDesk server answers at this address.</source>
        <translation>En aquesta adreça respon un servidor CivicDesk.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Adreça del servidor:</translation>
    </message>
    <message>
        <source>Municipality (code):</source>
        <translation>Ajuntament (codi):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’usuari:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server and keeps its own copy of the data. If the server has moved to a new address, write it here: the desk checks that a CivicDesk server answers there and goes on with it, with the same user and the changes still waiting. To work as another user, use File → Sign out.</source>
        <translation>Aquest taulell treballa amb el servidor de l’ajuntament i en conserva una còpia pròpia de les dades. Si el servidor s’ha traslladat a una adreça nova, escriviu-la aquí: el taulell comprova que hi respon un servidor CivicDesk i continua amb ell, amb el mateix usuari i els canvis que encara esperen. Per treballar com un altre usuari, feu servir Fitxer → Surt de la sessió.</translation>
    </message>
    <message>
        <source>This desk works alone on its file. To work with the municipality&apos;s server instead, write the server&apos;s address, the municipality&apos;s code there and your user name: after OK you sign in, and the desk fetches its own copy of the municipality&apos;s data and keeps it in step (the same as starting it with --server, --tenant and --login). This file stays as it is.</source>
        <translation>Aquest taulell treballa sol sobre el seu fitxer. Per treballar en canvi amb el servidor de l’ajuntament, escriviu l’adreça del servidor, el codi de l’ajuntament allà i el vostre nom d’usuari: després de D’acord inicieu la sessió, i el taulell obté una còpia pròpia de les dades de l’ajuntament i la manté al dia (igual que iniciar-lo amb --server, --tenant i --login). Aquest fitxer queda tal com és.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s code at the server and your user name as well.</source>
        <translation>Escriviu també el codi de l’ajuntament al servidor i el vostre nom d’usuari.</translation>
    </message>
    <message>
        <source>Aler&amp;ts</source>
        <translation>Avis&amp;os</translation>
    </message>
    <message>
        <source>&amp;My e-mail address:</source>
        <translation>La &amp;meva adreça de correu:</translation>
    </message>
    <message>
        <source>Send me my alerts by &amp;e-mail too</source>
        <translation>Envieu-me els avisos també per &amp;correu</translation>
    </message>
    <message>
        <source>The work given to you or to your crew, and the escalation ladder&apos;s alerts for your role, are always in the work queue&apos;s alert list, with a notification on the desktop. Ticked, each also comes by e-mail to the address above, sent by the municipality&apos;s mail server.</source>
        <translation>La feina assignada a vós o a la vostra brigada i els avisos d’escalada del vostre rol són sempre a la llista d’avisos de la cua de treball, amb una notificació a l’escriptori. Si ho marqueu, cadascun arriba també per correu a l’adreça de dalt, enviat pel servidor de correu de l’ajuntament.</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens</source>
        <translation>&amp;Missatges als ciutadans</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Dreceres de teclat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tecles</translation>
    </message>
    <message>
        <source>Take the highlighted match (type, address)</source>
        <translation>Pren la coincidència ressaltada (tipus, adreça)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Retorn</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Mou-te per les coincidències</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Amunt, Avall</translation>
    </message>
    <message>
        <source>Close the matches</source>
        <translation>Tanca les coincidències</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>File the new request</source>
        <translation>Registra la sol·licitud nova</translation>
    </message>
    <message>
        <source>Join the highlighted nearby request</source>
        <translation>Suma&apos;t a la sol·licitud propera ressaltada</translation>
    </message>
    <message>
        <source>Choose among the nearby requests</source>
        <translation>Tria entre les sol·licituds properes</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Amunt, Alt+Avall</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Camp següent, camp anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Vés a un camp</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la lletra subratllada</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Torneu a iniciar la sessió</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Inici de sessió al servidor</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>El servidor demana a %1 que torni a iniciar la sessió. Els canvis fets mentrestant es desen i s&apos;envien després.</translation>
    </message>
    <message>
        <source>municipality code, such as ATH</source>
        <translation>codi del municipi, per exemple ATH</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipi:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuari:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contrasenya:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Inicia la sessió</translation>
    </message>
    <message>
        <source>Fill in the server, the municipality, the user and the password.</source>
        <translation>Ompliu el servidor, el municipi, l&apos;usuari i la contrasenya.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>totes</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mesos</translation>
    </message>
    <message>
        <source>This desk keeps every open request, its department&apos;s, and those changed in these last months; an older one is fetched from the server when it is looked for.</source>
        <translation>Aquest lloc guarda totes les sol·licituds obertes, les del seu departament i les modificades en aquests últims mesos; una de més antiga s&apos;obté del servidor quan es cerca.</translation>
    </message>
    <message>
        <source>&amp;Requests kept here:</source>
        <translation>Sol·licituds &amp;guardades aquí:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message>
        <source>Filing a request</source>
        <translation>Registre d&apos;una sol·licitud</translation>
    </message>
    <message>
        <source>Adding a caller to a request</source>
        <translation>Afegir una persona que truca a una sol·licitud</translation>
    </message>
    <message>
        <source>Changing a status</source>
        <translation>Canvi d&apos;estat</translation>
    </message>
    <message>
        <source>Routing to a department</source>
        <translation>Derivació a un departament</translation>
    </message>
    <message>
        <source>Assigning a crew</source>
        <translation>Assignació a una brigada</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Afegir una nota</translation>
    </message>
    <message>
        <source>Marking a duplicate</source>
        <translation>Marcar un duplicat</translation>
    </message>
    <message>
        <source>Recording satisfaction</source>
        <translation>Registre de la satisfacció</translation>
    </message>
    <message>
        <source>Saving a citizen</source>
        <translation>Desar una persona ciutadana</translation>
    </message>
    <message>
        <source>Merging citizens</source>
        <translation>Fusió de persones ciutadanes</translation>
    </message>
    <message>
        <source>Recording a call</source>
        <translation>Registre d&apos;una trucada</translation>
    </message>
    <message>
        <source>Update this desk: the server is newer</source>
        <translation>Actualitzeu aquest lloc: el servidor és més nou</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Torneu a iniciar la sessió</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línia</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Fora de línia</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>tot enviat</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rebutjat</numerusform>
            <numerusform>%n rebutjats</numerusform>
        </translation>
    </message>
    <message>
        <source>Last brought up to date at %1.</source>
        <translation>Darrera actualització a les %1.</translation>
    </message>
    <message>
        <source>Not brought up to date since the desk started.</source>
        <translation>No s&apos;ha actualitzat des que s&apos;ha iniciat el lloc.</translation>
    </message>
    <message>
        <source>The server has refused none of this desk&apos;s changes.</source>
        <translation>El servidor no ha rebutjat cap canvi d&apos;aquest lloc.</translation>
    </message>
    <message>
        <source>These changes were made here while the server&apos;s data said otherwise; they are undone on this desk.
Do again what still needs doing.</source>
        <translation>Aquests canvis es van fer aquí mentre les dades del servidor deien una altra cosa; s&apos;han desfet en aquest lloc.
Torneu a fer el que encara calgui.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quan</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Canvi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Per què</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicte</numerusform>
            <numerusform>%n conflictes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused, and conflicts</source>
        <translation>Canvis que el servidor ha rebutjat, i conflictes</translation>
    </message>
    <message>
        <source>Citizens&apos; details edited at two desks from the same version: the later edit stands; the other is kept here. Copy back what it should have changed.</source>
        <translation>Dades de persones ciutadanes editades en dos llocs des de la mateixa versió: es queda l&apos;edició més recent; l&apos;altra es desa aquí. Torneu a copiar el que havia de canviar.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Persona ciutadana</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Es queda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Deixada de banda</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>la vostra edició</translation>
    </message>
    <message>
        <source>another desk&apos;s edit</source>
        <translation>l&apos;edició d&apos;un altre lloc</translation>
    </message>
    <message>
        <source>yours: </source>
        <translation>vostra: </translation>
    </message>
    <message>
        <source>theirs: </source>
        <translation>d&apos;un altre: </translation>
    </message>
    <message>
        <source>The server is older than this desk: it must be updated</source>
        <translation>El servidor és més antic que aquest lloc: cal actualitzar-lo</translation>
    </message>
    <message>
        <source>Online, not in step</source>
        <translation>En línia, sense sincronitzar</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced: click to start again from it</source>
        <translation>Les dades del servidor s&apos;han substituït: feu clic per tornar a començar des d&apos;elles</translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message>
        <source>Messages to citizens</source>
        <translation>Missatges als ciutadans</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correu electrònic</translation>
    </message>
    <message>
        <source>Empty: the text above, as HTML</source>
        <translation>Buit: el text de dalt, com a HTML</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Insereix un camp…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Llengua:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Assumpte:</translation>
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
        <translation>Previsualització:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>&amp;Restore CivicDesk&apos;s words</source>
        <translation>&amp;Restaura el text de CivicDesk</translation>
    </message>
    <message>
        <source>Only an administrator changes these words; you can read them here.</source>
        <translation>Només un administrador canvia aquests textos; aquí els podeu llegir.</translation>
    </message>
    <message>
        <source>This file is open read-only: the templates can be read, not changed.</source>
        <translation>El fitxer és obert només per llegir: les plantilles es poden llegir, no canviar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 caràcters · %n SMS (%2)</numerusform>
            <numerusform>%1 caràcters · %n SMS (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM 7-bit</source>
        <translation>GSM 7 bits</translation>
    </message>
    <message>
        <source>Unicode: 70 characters in one SMS, 67 in each of several</source>
        <translation>Unicode: 70 caràcters en un SMS, 67 en cadascun quan en són diversos</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Assumpte:</translation>
    </message>
    <message>
        <source>E-mail: the text and its HTML are both sent; the reader&apos;s program shows one.</source>
        <translation>Correu: s’envien el text i el seu HTML; el programa del lector en mostra un.</translation>
    </message>
    <message>
        <source>CivicDesk&apos;s own words.</source>
        <translation>El text de CivicDesk.</translation>
    </message>
    <message>
        <source>Written for the municipality on %1.</source>
        <translation>Escrit per a l&apos;ajuntament el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n plantilla canviada i no desada. Voleu tancar i perdre el canvi?</numerusform>
            <numerusform>%n plantilles canviades i no desades. Voleu tancar i perdre els canvis?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserChooser</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>Qui treballa en aquest taulell?</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuaris</translation>
    </message>
    <message>
        <source>This desk works without a server: choose who you are. What you do is recorded under this name.</source>
        <translation>Aquest taulell funciona sense servidor: trieu qui sou. El que feu es registra amb aquest nom.</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Escriviu part d&apos;un nom, rol o departament</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Cerca un usuari</translation>
    </message>
    <message>
        <source>No one: the desk does not open.</source>
        <translation>Ningú: el lloc no s&apos;obre.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guia d&apos;usuari</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Enrere</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contingut</translation>
    </message>
</context>
<context>
    <name>CivicDesk::WorkQueueModel</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
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
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>escalated %1×</source>
        <translation>escalada %1×</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (recurrent)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritat</translation>
    </message>
    <message>
        <source>Deadline · time left</source>
        <translation>Termini · temps restant</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antiguitat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adreça</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Avisadors</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Núm. de seguiment</translation>
    </message>
    <message>
        <source>Reporter accuracy</source>
        <translation>Exactitud de l&apos;avisador</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — l&apos;oficina de sol·licituds ciutadanes d&apos;un ajuntament.</translation>
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
        <translation>Obre l&apos;ajuntament de demostració (es crea el primer cop).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>País de l&apos;ajuntament de demostració: GR, RO, IT o ES.</translation>
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
    <message>
        <source>A call from NUMBER: hand it to the running desk (or start one) and show the caller.</source>
        <translation>Una trucada de NÚMERO: la passa al taulell obert (o n&apos;obre un) i mostra qui truca.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Another desk of this user takes the incoming calls.</source>
        <translation>Un altre taulell d&apos;aquest usuari rep les trucades entrants.</translation>
    </message>
    <message>
        <source>Work as this user (user name) without being asked.</source>
        <translation>Treballa com aquest usuari (nom d&apos;usuari) sense preguntar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Work with the municipality&apos;s server at URL: signs in, fetches the data on first use, keeps it in step.</source>
        <translation>Treballa amb el servidor del municipi a l&apos;URL: inicia la sessió, rep les dades el primer cop i les manté al dia.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The municipality&apos;s code on the server.</source>
        <translation>El codi del municipi al servidor.</translation>
    </message>
    <message>
        <source>The user who signs in to the server.</source>
        <translation>L&apos;usuari que inicia la sessió al servidor.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>USUARI</translation>
    </message>
    <message>
        <source>The running desk did not take the call.</source>
        <translation>El lloc de treball obert no ha acceptat la trucada.</translation>
    </message>
    <message>
        <source>A database file to open, as --db (a double click on a .civicdesk file).</source>
        <translation>Un fitxer de base de dades per obrir, com --db (doble clic en un fitxer .civicdesk).</translation>
    </message>
</context>
</TS>
