<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CallerAnswer</name>
    <message>
        <source>Your request %1 (%2, %3) was received on %4.</source>
        <translation>Su solicitud %1 (%2, %3) se recibió el %4.</translation>
    </message>
    <message>
        <source>Your request %1 (%2) was received on %3.</source>
        <translation>Su solicitud %1 (%2) se recibió el %3.</translation>
    </message>
    <message>
        <source>It is with %1; its status is “%2”.</source>
        <translation>La tiene %1; su estado es «%2».</translation>
    </message>
    <message>
        <source>Its status is “%1”.</source>
        <translation>Su estado es «%1».</translation>
    </message>
    <message>
        <source>We expect the work to be done by %1.</source>
        <translation>Prevemos terminar el trabajo antes del %1.</translation>
    </message>
    <message>
        <source>It was due by %1 and is late.</source>
        <translation>Debía estar hecha antes del %1 y va con retraso.</translation>
    </message>
    <message>
        <source>Its supervisors have been alerted.</source>
        <translation>Se ha avisado a los responsables.</translation>
    </message>
    <message>
        <source>No completion date has been set yet.</source>
        <translation>Aún no se ha fijado una fecha de finalización.</translation>
    </message>
    <message>
        <source>The work is on hold: %1.</source>
        <translation>El trabajo está en espera: %1.</translation>
    </message>
    <message>
        <source>The work is on hold.</source>
        <translation>El trabajo está en espera.</translation>
    </message>
    <message>
        <source>The time allowed does not run while it waits.</source>
        <translation>El plazo no corre mientras espera.</translation>
    </message>
    <message>
        <source>The work was done on %1.</source>
        <translation>El trabajo se hizo el %1.</translation>
    </message>
    <message>
        <source>It was closed on %1.</source>
        <translation>Se cerró el %1.</translation>
    </message>
    <message>
        <source>It was not taken up: %1.</source>
        <translation>No se aceptó: %1.</translation>
    </message>
    <message>
        <source>It was not taken up.</source>
        <translation>No se aceptó.</translation>
    </message>
    <message>
        <source>It reports the same problem as request %1 and is handled with it.</source>
        <translation>Informa del mismo problema que la solicitud %1 y se atiende junto con ella.</translation>
    </message>
    <message>
        <source>If the problem is still there, we can reopen it now.</source>
        <translation>Si el problema continúa, podemos reabrirla ahora.</translation>
    </message>
</context>
<context>
    <name>CivicDesk</name>
    <message>
        <source>Registered, waiting to be looked into</source>
        <translation>Registrado, pendiente de estudio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Informe de un problema</translation>
    </message>
    <message>
        <source>Follow a report</source>
        <translation>Siga un aviso</translation>
    </message>
    <message>
        <source>Being looked into</source>
        <translation>Se está estudiando</translation>
    </message>
    <message>
        <source>Work scheduled</source>
        <translation>Trabajo programado</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Trabajo en curso</translation>
    </message>
    <message>
        <source>Dealt with</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Not taken up</source>
        <translation>No se ha aceptado</translation>
    </message>
    <message>
        <source>Reported already</source>
        <translation>Ya se había informado</translation>
    </message>
    <message>
        <source>Choose your municipality</source>
        <translation>Elija su municipio</translation>
    </message>
    <message>
        <source>There is no report with the number %1. Check the number in the message you received.</source>
        <translation>No hay ningún aviso con el número %1. Compruebe el número en el mensaje que ha recibido.</translation>
    </message>
    <message>
        <source>As in the message we sent you, such as 26-S0-00012.</source>
        <translation>Como en el mensaje que le enviamos, por ejemplo 26-S0-00012.</translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Mostrar el aviso</translation>
    </message>
    <message>
        <source>Thank you. Your report is registered under the number</source>
        <translation>Gracias. Su aviso se ha registrado con el número</translation>
    </message>
    <message>
        <source>Keep it to follow your report here or to ask about it by phone.</source>
        <translation>Guárdelo para seguir su aviso aquí o para preguntar por él por teléfono.</translation>
    </message>
    <message>
        <source>This problem had been reported already; your report was added to it, under the number</source>
        <translation>El problema ya se había informado; su aviso se ha añadido a él, con el número</translation>
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
        <translation>Informado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>Previsto para</translation>
    </message>
    <message>
        <source>Our note</source>
        <translation>Nuestra nota</translation>
    </message>
    <message>
        <source>What happened so far</source>
        <translation>Qué ha pasado hasta ahora</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Aviso recibido</translation>
    </message>
    <message>
        <source>Your update</source>
        <translation>Su actualización</translation>
    </message>
    <message>
        <source>Your report</source>
        <translation>Su aviso</translation>
    </message>
    <message>
        <source>The form could not be read. Go back and send it again.</source>
        <translation>No se ha podido leer el formulario. Vuelva atrás y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>What kind of problem is it? Choose the closest.</source>
        <translation>¿Qué tipo de problema es? Elija el más parecido.</translation>
    </message>
    <message>
        <source>Other problems</source>
        <translation>Otros problemas</translation>
    </message>
    <message>
        <source>To be told of progress, give an e-mail address or a mobile number.</source>
        <translation>Para recibir noticias del progreso, indique un correo electrónico o un móvil.</translation>
    </message>
    <message>
        <source>Please correct the following</source>
        <translation>Corrija lo siguiente</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
    <message>
        <source>choose another</source>
        <translation>elija otro</translation>
    </message>
    <message>
        <source>Where is it?</source>
        <translation>¿Dónde está?</translation>
    </message>
    <message>
        <source>The street and the number nearest to it.</source>
        <translation>La calle y el número más cercano.</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>(opcional)</translation>
    </message>
    <message>
        <source>What is wrong?</source>
        <translation>¿Qué ocurre?</translation>
    </message>
    <message>
        <source>A few words help the crew find and fix it (at most 4,000 characters).</source>
        <translation>Unas pocas palabras ayudan a la cuadrilla a encontrarlo y arreglarlo (4.000 caracteres como máximo).</translation>
    </message>
    <message>
        <source>A photo (optional)</source>
        <translation>Una foto (opcional)</translation>
    </message>
    <message>
        <source>Who you are (optional)</source>
        <translation>Quién es usted (opcional)</translation>
    </message>
    <message>
        <source>You may report without giving your name. We use these details for this report only.</source>
        <translation>Puede informar sin dar su nombre. Usamos estos datos solo para este aviso.</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Teléfono móvil</translation>
    </message>
    <message>
        <source>Tell me of the progress of this report by e-mail or SMS. I can stop it at any time.</source>
        <translation>Infórmenme del progreso de este aviso por correo electrónico o SMS. Puedo detenerlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Send the report</source>
        <translation>Enviar el aviso</translation>
    </message>
    <message>
        <source>How did we do?</source>
        <translation>¿Cómo lo hemos hecho?</translation>
    </message>
    <message>
        <source>This link is not valid. Check that it was copied whole.</source>
        <translation>El enlace no es válido. Compruebe que se ha copiado entero.</translation>
    </message>
    <message>
        <source>Thank you: your answer about this report is recorded. There is one answer for each report.</source>
        <translation>Gracias: su respuesta sobre este aviso se ha registrado. Hay una respuesta por cada aviso.</translation>
    </message>
    <message>
        <source>This report is not dealt with yet; the survey opens when it is.</source>
        <translation>El aviso aún no se ha resuelto; la encuesta se abrirá cuando lo esté.</translation>
    </message>
    <message>
        <source>Choose one of the five answers.</source>
        <translation>Elija una de las cinco respuestas.</translation>
    </message>
    <message>
        <source>1 — very dissatisfied</source>
        <translation>1 — muy insatisfecho</translation>
    </message>
    <message>
        <source>2 — dissatisfied</source>
        <translation>2 — insatisfecho</translation>
    </message>
    <message>
        <source>3 — neither</source>
        <translation>3 — ni satisfecho ni insatisfecho</translation>
    </message>
    <message>
        <source>4 — satisfied</source>
        <translation>4 — satisfecho</translation>
    </message>
    <message>
        <source>5 — very satisfied</source>
        <translation>5 — muy satisfecho</translation>
    </message>
    <message>
        <source>How satisfied are you with how your report was dealt with?</source>
        <translation>¿Cómo de satisfecho está con la forma en que se resolvió su aviso?</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>Lo que quiera decirnos (opcional)</translation>
    </message>
    <message>
        <source>Send my answer</source>
        <translation>Enviar mi respuesta</translation>
    </message>
    <message>
        <source>We cannot find this address in the municipality. Give a street of it and a number.</source>
        <translation>No encontramos esta dirección en el municipio. Indique una calle del municipio y un número.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>This is not a telephone number.</source>
        <translation>Esto no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The description is too long: at most 4,000 characters.</source>
        <translation>La descripción es demasiado larga: 4.000 caracteres como máximo.</translation>
    </message>
    <message>
        <source>The file is not a photo, or it is larger than 25 MB.</source>
        <translation>El archivo no es una foto, o supera los 25 MB.</translation>
    </message>
    <message>
        <source>Answer this question with one of the answers offered.</source>
        <translation>Responda a esta pregunta con una de las respuestas propuestas.</translation>
    </message>
    <message>
        <source>Choose the kind of problem again.</source>
        <translation>Vuelva a elegir el tipo de problema.</translation>
    </message>
    <message>
        <source>Demo data %1 is missing from this build.</source>
        <translation>Los datos de demostración %1 no están en esta versión.</translation>
    </message>
    <message>
        <source>Demo data %1 is damaged: %2</source>
        <translation>Los datos de demostración %1 están dañados: %2</translation>
    </message>
    <message>
        <source>There is no demo data for country %1 (available: %2).</source>
        <translation>No hay datos de demostración para el país %1 (disponibles: %2).</translation>
    </message>
    <message>
        <source>Demo data for %1 is incomplete.</source>
        <translation>Los datos de demostración de %1 están incompletos.</translation>
    </message>
    <message>
        <source>The demo needs at least one citizen.</source>
        <translation>La demostración necesita al menos un ciudadano.</translation>
    </message>
    <message>
        <source>%1 already holds a municipality; the demo needs an empty database.</source>
        <translation>%1 ya contiene un ayuntamiento; la demostración necesita una base de datos vacía.</translation>
    </message>
    <message>
        <source>Municipality and organisation</source>
        <translation>Ayuntamiento y organigrama</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Indexes</source>
        <translation>Índices</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Demo type %1 names an unknown group or department.</source>
        <translation>El tipo de demostración %1 indica un grupo o un departamento desconocido.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Ciudadanos</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
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
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Servicio municipal</translation>
    </message>
    <message>
        <source>Municipal processing body</source>
        <translation>Organismo autónomo municipal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>Aplicación móvil</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Open311</source>
        <translation>Open311</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicada</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabierta</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Department staff</source>
        <translation>Personal del departamento</translation>
    </message>
    <message>
        <source>Department head</source>
        <translation>Jefe de departamento</translation>
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
        <translation>Baja</translation>
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
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>a position is not a pair of numbers</source>
        <translation>una posición no es un par de números</translation>
    </message>
    <message>
        <source>a position lies outside the range of latitude and longitude</source>
        <translation>una posición está fuera de los límites de latitud y longitud</translation>
    </message>
    <message>
        <source>a ring has fewer than three points or no area</source>
        <translation>un anillo tiene menos de tres puntos o área nula</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>un polígono no tiene anillos</translation>
    </message>
    <message>
        <source>the multipolygon is empty</source>
        <translation>el multipolígono está vacío</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>el elemento no tiene geometría</translation>
    </message>
    <message>
        <source>geometry type %1 is not an area</source>
        <translation>el tipo de geometría %1 no es un área</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The GeoJSON is not valid JSON (at character %1: %2).</source>
        <translation>El GeoJSON no es JSON válido (en el carácter %1: %2).</translation>
    </message>
    <message>
        <source>The GeoJSON holds no features (type &quot;%1&quot;).</source>
        <translation>El GeoJSON no contiene elementos (tipo «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run &quot;init&quot; or &quot;generate&quot; first.</source>
        <translation>La base de datos aún no tiene ayuntamiento; ejecute primero «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos mientras la cabecera tiene %2</translation>
    </message>
    <message>
        <source>kind &quot;%1&quot; is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>el tipo «%1» no es ninguno de person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ni nombre ni organización</translation>
    </message>
    <message>
        <source>phone &quot;%1&quot; kept as typed: %2</source>
        <translation>teléfono «%1» conservado tal como se escribió: %2</translation>
    </message>
    <message>
        <source>e-mail &quot;%1&quot; does not look like an address; kept as typed</source>
        <translation>el correo «%1» no parece una dirección; conservado tal como se escribió</translation>
    </message>
    <message>
        <source>district &quot;%1&quot; is unknown; left empty</source>
        <translation>el barrio «%1» es desconocido; dejado vacío</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>la misma persona que la línea %1</translation>
    </message>
    <message>
        <source>the feature has no property &quot;%1&quot;</source>
        <translation>el elemento no tiene la propiedad «%1»</translation>
    </message>
    <message>
        <source>%1 read, %2 imported, %3 skipped</source>
        <translation>%1 leídos, %2 importados, %3 omitidos</translation>
    </message>
    <message>
        <source>, %1 already present</source>
        <translation>, %1 ya existentes</translation>
    </message>
    <message>
        <source>, %1 warnings</source>
        <translation>, %1 avisos</translation>
    </message>
    <message>
        <source>line %1: skipped: %2</source>
        <translation>línea %1: omitida: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>línea %1: aviso: %2</translation>
    </message>
    <message>
        <source>no service_request_id</source>
        <translation>sin service_request_id</translation>
    </message>
    <message>
        <source>requested_datetime &quot;%1&quot; is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is neither open nor closed</source>
        <translation>el estado «%1» no es ni open ni closed</translation>
    </message>
    <message>
        <source>lat/long &quot;%1&quot;, &quot;%2&quot; is not a position</source>
        <translation>lat/long «%1», «%2» no es una posición</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ni service_code ni service_name</translation>
    </message>
    <message>
        <source>new service type &quot;%1&quot; (%2) flagged as imported</source>
        <translation>tipo nuevo de solicitud «%1» (%2) marcado como importado</translation>
    </message>
    <message>
        <source>Imported from Open311 (%1)</source>
        <translation>Importada de Open311 (%1)</translation>
    </message>
    <message>
        <source>No number given.</source>
        <translation>No se ha indicado ningún número.</translation>
    </message>
    <message>
        <source>The number contains letters.</source>
        <translation>El número contiene letras.</translation>
    </message>
    <message>
        <source>Not a telephone number.</source>
        <translation>No es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>El número tiene demasiadas o muy pocas cifras.</translation>
    </message>
    <message>
        <source>The number is not in use in its country&apos;s numbering plan.</source>
        <translation>El número no existe en el plan de numeración de su país.</translation>
    </message>
    <message>
        <source>The number has an extension; it is kept as typed.</source>
        <translation>El número tiene una extensión; se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>updating the search index</source>
        <translation>actualizar el índice de búsqueda</translation>
    </message>
    <message>
        <source>rebuilding the search index</source>
        <translation>reconstruir el índice de búsqueda</translation>
    </message>
    <message>
        <source>phone number %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message>
        <source>tracking number %1</source>
        <translation>número de registro %1</translation>
    </message>
    <message>
        <source>tax id %1</source>
        <translation>NIF %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>correo %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>name starts with what was typed</source>
        <translation>el nombre empieza por el texto escrito</translation>
    </message>
    <message>
        <source>name, spelt differently (Greeklish or variant)</source>
        <translation>nombre escrito de otra forma (greeklish o variante)</translation>
    </message>
    <message>
        <source>phone number starts with %1</source>
        <translation>el teléfono empieza por %1</translation>
    </message>
    <message>
        <source>tax id starts with %1</source>
        <translation>el NIF empieza por %1</translation>
    </message>
    <message>
        <source>e-mail starts with %1</source>
        <translation>el correo empieza por %1</translation>
    </message>
    <message>
        <source>tracking number starts with %1</source>
        <translation>el número de registro empieza por %1</translation>
    </message>
    <message>
        <source>words of the description or address</source>
        <translation>palabras de la descripción o la dirección</translation>
    </message>
    <message>
        <source>saving a catalogue group</source>
        <translation>guardar un grupo del catálogo</translation>
    </message>
    <message>
        <source>saving request type %1</source>
        <translation>guardar el tipo de solicitud %1</translation>
    </message>
    <message>
        <source>saving a phone number</source>
        <translation>guardar un número de teléfono</translation>
    </message>
    <message>
        <source>saving an e-mail address</source>
        <translation>guardar una dirección de correo</translation>
    </message>
    <message>
        <source>saving a consent</source>
        <translation>guardar un consentimiento</translation>
    </message>
    <message>
        <source>saving citizen %1</source>
        <translation>guardar el ciudadano %1</translation>
    </message>
    <message>
        <source>The citizen record no longer exists.</source>
        <translation>La ficha del ciudadano ya no existe.</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk database (it is not an SQLite file, or its header is damaged). The file was left untouched.</source>
        <translation>%1 no es una base de datos de CivicDesk (no es un archivo SQLite o su cabecera está dañada). El archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database (%2). It may be damaged; it was left untouched. Restore it from a backup or choose another file.</source>
        <translation>%1 no se puede leer como base de datos (%2). Puede estar dañado; no se ha tocado. Restáurelo de una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se ha indicado ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no connection handle.</source>
        <translation>El controlador SQLite no ha dado ninguna conexión.</translation>
    </message>
    <message>
        <source>%1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk to open it; the file was left untouched.</source>
        <translation>%1 lo escribió un CivicDesk más nuevo (esquema %2; este programa conoce hasta el %3). Actualice CivicDesk para abrirlo; el archivo no se ha tocado.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema (version %2 to %3) but can only be read.</source>
        <translation>%1 necesita una actualización del esquema (de la versión %2 a la %3) pero solo se puede leer.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a CivicDesk database. It was left untouched.</source>
        <translation>%1 es un archivo SQLite de otro programa, no una base de datos de CivicDesk. No se ha tocado.</translation>
    </message>
    <message>
        <source>switching to write-ahead logging</source>
        <translation>pasar al registro anticipado (WAL)</translation>
    </message>
    <message>
        <source>upgrading the schema to version %1</source>
        <translation>actualizar el esquema a la versión %1</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>saving the changes</source>
        <translation>guardar los cambios</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this change was saved.</source>
        <translation>El disco donde está %1 está lleno; no se ha guardado nada de este cambio.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 lo está usando otro programa; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation>Error de la base de datos al %1: %2</translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation>guardar un ajuste</translation>
    </message>
    <message>
        <source>District %1 has no usable polygon.</source>
        <translation>El barrio %1 no tiene ningún polígono utilizable.</translation>
    </message>
    <message>
        <source>saving district %1</source>
        <translation>guardar el barrio %1</translation>
    </message>
    <message>
        <source>saving street %1</source>
        <translation>guardar la calle %1</translation>
    </message>
    <message>
        <source>saving a street segment</source>
        <translation>guardar un tramo de calle</translation>
    </message>
    <message>
        <source>saving the municipality</source>
        <translation>guardar el ayuntamiento</translation>
    </message>
    <message>
        <source>saving a department</source>
        <translation>guardar un departamento</translation>
    </message>
    <message>
        <source>saving a user</source>
        <translation>guardar un usuario</translation>
    </message>
    <message>
        <source>Tracking number %1 is already in use.</source>
        <translation>El número de registro %1 ya está en uso.</translation>
    </message>
    <message>
        <source>saving request %1</source>
        <translation>guardar la solicitud %1</translation>
    </message>
    <message>
        <source>saving the request history</source>
        <translation>guardar el historial de la solicitud</translation>
    </message>
    <message>
        <source>saving a reporter</source>
        <translation>guardar una persona solicitante</translation>
    </message>
    <message>
        <source>saving an attachment</source>
        <translation>guardar un adjunto</translation>
    </message>
    <message>
        <source>saving a call</source>
        <translation>guardar una llamada</translation>
    </message>
    <message>
        <source>linking a call to a request</source>
        <translation>enlazar una llamada con una solicitud</translation>
    </message>
    <message>
        <source>Creating the demo municipality…</source>
        <translation>Creando el ayuntamiento de demostración…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>CivicDesk demo</source>
        <translation>Demostración de CivicDesk</translation>
    </message>
    <message>
        <source>The caller&apos;s number is withheld: ask for a number to call back.</source>
        <translation>El número del llamante está oculto: pida un número para devolverle la llamada.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number (%2); it is kept as typed.</source>
        <translation>«%1» no es un número de teléfono (%2); se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>recording the caller of a call</source>
        <translation>registro del llamante de una llamada</translation>
    </message>
    <message>
        <source>ending a call</source>
        <translation>fin de una llamada</translation>
    </message>
    <message>
        <source>Enter a given name or a family name.</source>
        <translation>Escriba un nombre o unos apellidos.</translation>
    </message>
    <message>
        <source>Enter the name of the organisation.</source>
        <translation>Escriba el nombre de la organización.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number; it is kept as typed.</source>
        <translation>«%1» no es un número de teléfono; se conserva tal como se escribió.</translation>
    </message>
    <message>
        <source>%1 does not exist in the numbering plan; check it with the caller.</source>
        <translation>%1 no existe en el plan de numeración; compruébelo con el llamante.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Unknown language “%1”.</source>
        <translation>Idioma desconocido «%1».</translation>
    </message>
    <message>
        <source>Consent to e-mail needs an e-mail address.</source>
        <translation>El consentimiento para correo electrónico necesita una dirección de correo.</translation>
    </message>
    <message>
        <source>Consent to calls or SMS needs a telephone number.</source>
        <translation>El consentimiento para llamadas o SMS necesita un número de teléfono.</translation>
    </message>
    <message>
        <source>The citizen record no longer exists; it may have been merged into another.</source>
        <translation>La ficha del ciudadano ya no existe; quizá se fusionó con otra.</translation>
    </message>
    <message>
        <source>Request %1 filed</source>
        <translation>Solicitud %1 registrada</translation>
    </message>
    <message>
        <source>Also reported %1</source>
        <translation>También avisó de %1</translation>
    </message>
    <message>
        <source>Rated %1: %2 of 5</source>
        <translation>Valoró %1: %2 de 5</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>filed %1</source>
        <translation>registró %1</translation>
    </message>
    <message>
        <source>joined %1</source>
        <translation>se sumó a %1</translation>
    </message>
    <message>
        <source>looked at %1</source>
        <translation>consultó %1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>%1 message (%2)</source>
        <translation>Mensaje %1 (%2)</translation>
    </message>
    <message>
        <source>Merged with a duplicate record</source>
        <translation>Fusionada con una ficha duplicada</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Una ficha no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>One of the two citizen records no longer exists.</source>
        <translation>Una de las dos fichas ya no existe.</translation>
    </message>
    <message>
        <source>Citizen record %1 merged into %2</source>
        <translation>Ficha %1 fusionada en %2</translation>
    </message>
    <message>
        <source>merging citizen records</source>
        <translation>fusión de fichas de ciudadanos</translation>
    </message>
    <message>
        <source>saving the draft</source>
        <translation>guardado del borrador</translation>
    </message>
    <message>
        <source>removing the draft</source>
        <translation>eliminación del borrador</translation>
    </message>
    <message>
        <source>Choose the type of problem.</source>
        <translation>Elija el tipo de problema.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Escriba un número.</translation>
    </message>
    <message>
        <source>Enter a date and time.</source>
        <translation>Escriba fecha y hora.</translation>
    </message>
    <message>
        <source>Choose one value.</source>
        <translation>Elija un solo valor.</translation>
    </message>
    <message>
        <source>“%1” is not one of the values offered.</source>
        <translation>«%1» no es uno de los valores ofrecidos.</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: choose an address from the list or enter coordinates.</source>
        <translation>«%1» no está en el callejero: elija una dirección de la lista o escriba las coordenadas.</translation>
    </message>
    <message>
        <source>Give the address or the coordinates of the problem.</source>
        <translation>Indique la dirección o las coordenadas del problema.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 está fuera del municipio.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>%1 is larger than 25 MB.</source>
        <translation>%1 supera los 25 MB.</translation>
    </message>
    <message>
        <source>%1 is not a photo (%2).</source>
        <translation>%1 no es una foto (%2).</translation>
    </message>
    <message>
        <source>Cannot store %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
    </message>
    <message>
        <source>Reported as an emergency; the caller was told to call %1 if life or property is at risk.</source>
        <translation>Comunicada como emergencia; se indicó al llamante que llame al %1 si hay vidas o bienes en peligro.</translation>
    </message>
    <message>
        <source>The request no longer exists.</source>
        <translation>La solicitud ya no existe.</translation>
    </message>
    <message>
        <source>Another caller reported the same problem.</source>
        <translation>Otro llamante ha avisado del mismo problema.</translation>
    </message>
    <message>
        <source>raising the priority</source>
        <translation>aumento de la prioridad</translation>
    </message>
    <message>
        <source>The check digit does not match: a digit was probably mistyped.</source>
        <translation>El dígito de control no coincide: probablemente se tecleó mal un dígito.</translation>
    </message>
    <message>
        <source>A Greek tax number (AFM) has 9 digits.</source>
        <translation>Un número fiscal griego (AFM) tiene 9 dígitos.</translation>
    </message>
    <message>
        <source>A Romanian CNP or CUI has digits only.</source>
        <translation>Un CNP o CUI rumano solo tiene dígitos.</translation>
    </message>
    <message>
        <source>A Romanian CNP has 13 digits, a CUI 2 to 10.</source>
        <translation>Un CNP rumano tiene 13 dígitos, un CUI de 2 a 10.</translation>
    </message>
    <message>
        <source>This is not the pattern of a codice fiscale (6 letters, 2 digits, a letter, …).</source>
        <translation>No tiene la forma de un codice fiscale (6 letras, 2 dígitos, una letra, …).</translation>
    </message>
    <message>
        <source>The control letter does not match: a character was probably mistyped.</source>
        <translation>La letra de control no coincide: probablemente se tecleó mal un carácter.</translation>
    </message>
    <message>
        <source>An Italian codice fiscale has 16 characters, a partita IVA 11 digits.</source>
        <translation>Un codice fiscale italiano tiene 16 caracteres, una partita IVA 11 dígitos.</translation>
    </message>
    <message>
        <source>A Spanish NIF has 8 digits and a letter, a NIE X, Y or Z, 7 digits and a letter.</source>
        <translation>Un NIF tiene 8 dígitos y una letra; un NIE, X, Y o Z, 7 dígitos y una letra.</translation>
    </message>
    <message>
        <source>A tax id has 4 to 20 letters and digits.</source>
        <translation>Un número fiscal tiene de 4 a 20 letras y dígitos.</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Routed at intake</source>
        <translation>Asignada al registrarse</translation>
    </message>
    <message>
        <source>The same problem was closed here in the last 90 days (%1).</source>
        <translation>El mismo problema se cerró aquí en los últimos 90 días (%1).</translation>
    </message>
    <message>
        <source>queueing a message to a citizen</source>
        <translation>puesta en cola de un mensaje al ciudadano</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1.</source>
        <translation>El calendario no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Zona horaria desconocida «%1».</translation>
    </message>
    <message>
        <source>Easter is “western” or “orthodox”, not “%1”.</source>
        <translation>La Pascua es «western» u «orthodox», no «%1».</translation>
    </message>
    <message>
        <source>Unknown weekday “%1” in the working hours (mon … sun).</source>
        <translation>Día desconocido «%1» en el horario (mon … sun).</translation>
    </message>
    <message>
        <source>Working hours of %1 must be pairs of times from earlier to later, like [&quot;08:00&quot;, &quot;16:00&quot;].</source>
        <translation>El horario de %1 debe ser pares de horas de la más temprana a la más tardía, como [&quot;08:00&quot;, &quot;16:00&quot;].</translation>
    </message>
    <message>
        <source>Working hours of %1 overlap.</source>
        <translation>El horario de %1 se solapa.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is MM-DD.</source>
        <translation>Festivo «%1»: la fecha se escribe MM-DD.</translation>
    </message>
    <message>
        <source>Holiday “%1”: a period is “from” MM-DD “to” a later MM-DD of the same year.</source>
        <translation>Festivo «%1»: un periodo va «from» MM-DD «to» un MM-DD posterior del mismo año.</translation>
    </message>
    <message>
        <source>Holiday “%1”: days from Easter must be within ±120.</source>
        <translation>Festivo «%1»: los días desde Pascua deben estar dentro de ±120.</translation>
    </message>
    <message>
        <source>Holiday “%1”: the date is YYYY-MM-DD.</source>
        <translation>Festivo «%1»: la fecha se escribe AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Holiday “%1” has no date, period, Easter offset or single day.</source>
        <translation>El festivo «%1» no tiene fecha, periodo, distancia a Pascua ni día único.</translation>
    </message>
    <message>
        <source>The holidays “%1” and “%2” overlap.</source>
        <translation>Los festivos «%1» y «%2» se solapan.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Request %1 belongs to another department.</source>
        <translation>La solicitud %1 pertenece a otro departamento.</translation>
    </message>
    <message>
        <source>changing the status of %1</source>
        <translation>cambio de estado de %1</translation>
    </message>
    <message>
        <source>Closed with its cluster&apos;s master %1.</source>
        <translation>Cerrada con la solicitud principal de su grupo, %1.</translation>
    </message>
    <message>
        <source>Rerouting needs a reason.</source>
        <translation>Reasignar necesita un motivo.</translation>
    </message>
    <message>
        <source>Request %1 is %2: it can no longer be rerouted.</source>
        <translation>La solicitud %1 está «%2»: ya no se puede reasignar.</translation>
    </message>
    <message>
        <source>Request %1 is already with that department.</source>
        <translation>La solicitud %1 ya está en ese departamento.</translation>
    </message>
    <message>
        <source>That department does not exist.</source>
        <translation>Ese departamento no existe.</translation>
    </message>
    <message>
        <source>%1 does not handle requests of the type “%2”.</source>
        <translation>%1 no atiende solicitudes del tipo «%2».</translation>
    </message>
    <message>
        <source>rerouting %1</source>
        <translation>reasignación de %1</translation>
    </message>
    <message>
        <source>Operators do not assign work.</source>
        <translation>Los operadores no asignan trabajo.</translation>
    </message>
    <message>
        <source>Request %1 is %2: there is nothing to assign.</source>
        <translation>La solicitud %1 está «%2»: no hay nada que asignar.</translation>
    </message>
    <message>
        <source>That is not a crew.</source>
        <translation>Eso no es una brigada.</translation>
    </message>
    <message>
        <source>%1 is not a crew of the department handling %2.</source>
        <translation>%1 no es una brigada del departamento que atiende %2.</translation>
    </message>
    <message>
        <source>assigning %1</source>
        <translation>asignación de %1</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message numerus="yes">
        <source>Priority follows %n distinct reporter(s).</source>
        <translation>
            <numerusform>La prioridad sigue a %n avisante distinto.</numerusform>
            <numerusform>La prioridad sigue a %n avisantes distintos.</numerusform>
        </translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Una solicitud no puede ser duplicado de sí misma.</translation>
    </message>
    <message>
        <source>%1 is %2: link to an open request.</source>
        <translation>%1 está «%2»: enlace con una solicitud abierta.</translation>
    </message>
    <message>
        <source>%1 is already in the cluster of %2.</source>
        <translation>%1 ya está en el grupo de %2.</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>Duplicado de %1</translation>
    </message>
    <message>
        <source>%1 joined this request&apos;s cluster.</source>
        <translation>%1 se ha unido al grupo de esta solicitud.</translation>
    </message>
    <message>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>La satisfacción se valora de 1 a 5.</translation>
    </message>
    <message>
        <source>The citizen rates the work once the request is resolved.</source>
        <translation>El ciudadano valora el trabajo cuando la solicitud está resuelta.</translation>
    </message>
    <message>
        <source>recording the rating of %1</source>
        <translation>registro de la valoración de %1</translation>
    </message>
    <message>
        <source>running the escalation ladder</source>
        <translation>ejecución de la escalada</translation>
    </message>
    <message>
        <source>%1 is at risk: %2 % of its working time is used.</source>
        <translation>%1 está en riesgo: se ha usado el %2 % de su tiempo de trabajo.</translation>
    </message>
    <message>
        <source>%1 has missed its deadline.</source>
        <translation>%1 ha superado su plazo.</translation>
    </message>
    <message>
        <source>%1 is still open well past its deadline.</source>
        <translation>%1 sigue abierta mucho después de su plazo.</translation>
    </message>
    <message>
        <source>acknowledging an alert</source>
        <translation>acuse de una alerta</translation>
    </message>
    <message>
        <source>saving a routing rule</source>
        <translation>guardado de una regla de asignación</translation>
    </message>
    <message>
        <source>The workflow is not valid JSON: %1.</source>
        <translation>El flujo de trabajo no es JSON válido: %1.</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown initial status “%2”.</source>
        <translation>Flujo «%1»: estado inicial desconocido «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown status “%2”.</source>
        <translation>Flujo «%1»: estado desconocido «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: unknown role “%2”.</source>
        <translation>Flujo «%1»: rol desconocido «%2».</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition without roles could never be made.</source>
        <translation>Flujo «%1»: una transición sin roles nunca podría hacerse.</translation>
    </message>
    <message>
        <source>Workflow “%1”: a transition from “%2” to itself.</source>
        <translation>Flujo «%1»: una transición de «%2» a sí mismo.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the transition from “%2” to “%3” is defined twice.</source>
        <translation>Flujo «%1»: la transición de «%2» a «%3» está definida dos veces.</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” cannot be reached from “%3”.</source>
        <translation>Flujo «%1»: el estado «%2» no es alcanzable desde «%3».</translation>
    </message>
    <message>
        <source>Workflow “%1”: the status “%2” is a dead end (no way out, and not marked done).</source>
        <translation>Flujo «%1»: el estado «%2» es un callejón sin salida (sin salida y no marcado como terminado).</translation>
    </message>
    <message>
        <source>A request cannot go from “%1” to “%2”.</source>
        <translation>Una solicitud no puede pasar de «%1» a «%2».</translation>
    </message>
    <message>
        <source>A user with the role “%1” may not move a request from “%2” to “%3”.</source>
        <translation>Un usuario con el rol «%1» no puede mover una solicitud de «%2» a «%3».</translation>
    </message>
    <message>
        <source>Moving a request to “%1” needs a note saying why.</source>
        <translation>Pasar a «%1» necesita una nota con el motivo.</translation>
    </message>
    <message>
        <source>saving the calendar</source>
        <translation>guardado del calendario</translation>
    </message>
    <message>
        <source>saving the workflow</source>
        <translation>guardado del flujo de trabajo</translation>
    </message>
    <message>
        <source>Requests per type</source>
        <translation>Solicitudes por tipo</translation>
    </message>
    <message>
        <source>Requests per department</source>
        <translation>Solicitudes por departamento</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Solicitudes por estado</translation>
    </message>
    <message>
        <source>Requests per district</source>
        <translation>Solicitudes por distrito</translation>
    </message>
    <message>
        <source>Deadline compliance</source>
        <translation>Cumplimiento de plazos</translation>
    </message>
    <message>
        <source>Citizen satisfaction</source>
        <translation>Satisfacción ciudadana</translation>
    </message>
    <message>
        <source>Crew workload</source>
        <translation>Carga de las brigadas</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Sin distrito</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Give the first and the last day of the period.</source>
        <translation>Indique el primer y el último día del periodo.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>El periodo termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>A report covers at most twenty years, from 1990 on.</source>
        <translation>Un informe abarca como máximo veinte años, desde 1990.</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>Periodo: %1 – %2</translation>
    </message>
    <message>
        <source>Department: %1</source>
        <translation>Departamento: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>District: %1</source>
        <translation>Distrito: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal: %1</translation>
    </message>
    <message>
        <source>Priority at least: %1</source>
        <translation>Prioridad mínima: %1</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %n request(s)</source>
        <translation>
            <numerusform>Total: %n solicitud</numerusform>
            <numerusform>Total: %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the deadline</source>
        <translation>En plazo</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Valoraciones</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Median hours</source>
        <translation>Horas mediana</translation>
    </message>
    <message>
        <source>90 % hours</source>
        <translation>Horas 90 %</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <source>Recurrences</source>
        <translation>Recurrencias</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Crew</source>
        <translation>Brigada</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>La más antigua</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>subtotal</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>Impreso el %1 por %2</translation>
    </message>
    <message>
        <source>No requests match these parameters.</source>
        <translation>Ninguna solicitud coincide con estos parámetros.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The base map settings are not a JSON object: %1</source>
        <translation>La configuración del mapa base no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>Unknown base map kind &quot;%1&quot; (xyz, mbtiles or vector).</source>
        <translation>Tipo de mapa base desconocido «%1» (xyz, mbtiles o vector).</translation>
    </message>
    <message>
        <source>The highest zoom level must lie between 0 and %1.</source>
        <translation>El nivel de zoom máximo debe estar entre 0 y %1.</translation>
    </message>
    <message>
        <source>A tile URL needs {z}, {x} and {y}: %1</source>
        <translation>La URL de las teselas necesita {z}, {x} e {y}: %1</translation>
    </message>
    <message>
        <source>A tile URL must be http or https: %1</source>
        <translation>La URL de las teselas debe ser http o https: %1</translation>
    </message>
    <message>
        <source>An MBTiles base map needs the file&apos;s path.</source>
        <translation>Un mapa base MBTiles necesita la ruta del archivo.</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist.</source>
        <translation>El archivo MBTiles %1 no existe.</translation>
    </message>
    <message>
        <source>The MBTiles file %1 cannot be opened: %2</source>
        <translation>El archivo MBTiles %1 no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (it has no tiles table).</source>
        <translation>%1 no es un archivo MBTiles (no tiene la tabla tiles).</translation>
    </message>
    <message>
        <source>not in the MBTiles file</source>
        <translation>no está en el archivo MBTiles</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parcialmente exacto</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexacto</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Aviso falso</translation>
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
        <translation>Asignada a %1</translation>
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
        <translation>Asignada a %1</translation>
    </message>
    <message>
        <source>Message to the citizen (%1): %2</source>
        <translation>Mensaje al ciudadano (%1): %2</translation>
    </message>
    <message>
        <source>Accuracy of the report: %1</source>
        <translation>Exactitud del aviso: %1</translation>
    </message>
    <message>
        <source>Citizen&apos;s satisfaction: %1 of 5</source>
        <translation>Satisfacción del ciudadano: %1 de 5</translation>
    </message>
    <message>
        <source>Escalation %1: %2</source>
        <translation>Escalada %1: %2</translation>
    </message>
    <message>
        <source>Citizen records merged</source>
        <translation>Fichas de ciudadanos fusionadas</translation>
    </message>
    <message>
        <source>Linked: %1</source>
        <translation>Enlazada: %1</translation>
    </message>
    <message>
        <source>EMERGENCY: %1</source>
        <translation>EMERGENCIA: %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 would break references between its rows; it was left as it was.</source>
        <translation>La actualización de %1 al esquema %2 rompería las referencias entre sus filas; se ha dejado como estaba.</translation>
    </message>
    <message>
        <source>upgrading the request history</source>
        <translation>la actualización del historial de los avisos</translation>
    </message>
    <message>
        <source>upgrading the alerts</source>
        <translation>la actualización de las alertas</translation>
    </message>
    <message>
        <source>The table %1 of %2 does not have the expected shape; it was left untouched.</source>
        <translation>La tabla %1 de %2 no tiene la forma esperada; no se ha tocado.</translation>
    </message>
    <message>
        <source>Escalation ladder</source>
        <translation>Escalada</translation>
    </message>
    <message>
        <source>The command has no valid id.</source>
        <translation>La orden no tiene un identificador válido.</translation>
    </message>
    <message>
        <source>The command has no name.</source>
        <translation>La orden no tiene nombre.</translation>
    </message>
    <message>
        <source>The command has no valid time.</source>
        <translation>La orden no tiene una hora válida.</translation>
    </message>
    <message>
        <source>The command does not say who issued it.</source>
        <translation>La orden no dice quién la dio.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments are not an object.</source>
        <translation>Los argumentos de la orden no son un objeto.</translation>
    </message>
    <message>
        <source>The command %1 is missing %2 or has it of the wrong kind.</source>
        <translation>A la orden %1 le falta %2 o es de un tipo incorrecto.</translation>
    </message>
    <message>
        <source>The command has no valid id or time.</source>
        <translation>La orden no tiene un identificador o una hora válidos.</translation>
    </message>
    <message>
        <source>The command was issued by no active user of this municipality.</source>
        <translation>La orden no la dio ningún usuario activo de este municipio.</translation>
    </message>
    <message>
        <source>There is no command %1.</source>
        <translation>No existe la orden %1.</translation>
    </message>
    <message>
        <source>The photo %1 is not in the photo store.</source>
        <translation>La foto %1 no está en el almacén de fotos.</translation>
    </message>
    <message>
        <source>saving the base map</source>
        <translation>guardado del mapa base</translation>
    </message>
    <message>
        <source>closing a request with its cluster</source>
        <translation>cierre de una solicitud con su grupo</translation>
    </message>
    <message>
        <source>joining a request to its cluster</source>
        <translation>unión de una solicitud a su grupo</translation>
    </message>
    <message>
        <source>The server file %1 could not be opened: %2</source>
        <translation>No se pudo abrir el archivo del servidor %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CivicDesk server file.</source>
        <translation>%1 no es un archivo de servidor CivicDesk.</translation>
    </message>
    <message>
        <source>preparing the server file</source>
        <translation>la preparación del archivo del servidor</translation>
    </message>
    <message>
        <source>Server file error while %1: %2</source>
        <translation>Error del archivo del servidor durante %1: %2</translation>
    </message>
    <message>
        <source>A tenant code is 1 to 32 capital letters, digits, - or _; %1 is not.</source>
        <translation>Un código de entidad tiene de 1 a 32 mayúsculas, cifras, - o _; %1 no lo es.</translation>
    </message>
    <message>
        <source>There is a tenant %1 already.</source>
        <translation>Ya existe la entidad %1.</translation>
    </message>
    <message>
        <source>adding tenant %1</source>
        <translation>el alta de la entidad %1</translation>
    </message>
    <message>
        <source>changing tenant %1</source>
        <translation>el cambio de la entidad %1</translation>
    </message>
    <message>
        <source>Tenant %1 has a user %2 already.</source>
        <translation>La entidad %1 ya tiene un usuario %2.</translation>
    </message>
    <message>
        <source>adding user %1</source>
        <translation>el alta del usuario %1</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>el registro de un inicio de sesión</translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation>el cambio de una contraseña</translation>
    </message>
    <message>
        <source>changing a user</source>
        <translation>el cambio de un usuario</translation>
    </message>
    <message>
        <source>signing out</source>
        <translation>el cierre de sesión</translation>
    </message>
    <message>
        <source>signing a user out</source>
        <translation>el cierre de sesión de un usuario</translation>
    </message>
    <message>
        <source>This desk is registered already, as %1.</source>
        <translation>Este puesto ya está registrado, como %1.</translation>
    </message>
    <message>
        <source>A desk code is 2 to 4 capital letters or digits; %1 is not.</source>
        <translation>Un código de puesto tiene de 2 a 4 mayúsculas o cifras; %1 no lo es.</translation>
    </message>
    <message>
        <source>The desk code %1 belongs to another desk.</source>
        <translation>El código de puesto %1 es de otro puesto.</translation>
    </message>
    <message>
        <source>Every desk code is taken; give this desk one of up to 4 characters.</source>
        <translation>Todos los códigos de puesto están ocupados; dé a este puesto uno de hasta 4 caracteres.</translation>
    </message>
    <message>
        <source>registering a desk</source>
        <translation>el registro de un puesto</translation>
    </message>
    <message>
        <source>reading the changes</source>
        <translation>la lectura de los cambios</translation>
    </message>
    <message>
        <source>recording a mutation</source>
        <translation>el registro de un cambio</translation>
    </message>
    <message>
        <source>copying the data for a new desk</source>
        <translation>la copia de los datos para un puesto nuevo</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be opened.</source>
        <translation>No se pudo abrir la copia para un puesto nuevo.</translation>
    </message>
    <message>
        <source>The copy for a new desk could not be prepared: %1</source>
        <translation>No se pudo preparar la copia para un puesto nuevo: %1</translation>
    </message>
    <message>
        <source>The server sent rows of an unknown table %1.</source>
        <translation>El servidor envió filas de una tabla desconocida %1.</translation>
    </message>
    <message>
        <source>The server sent a row of %1 that does not fit its columns.</source>
        <translation>El servidor envió una fila de %1 que no encaja con sus columnas.</translation>
    </message>
    <message>
        <source>writing the server&apos;s rows of %1</source>
        <translation>la escritura de las filas del servidor en %1</translation>
    </message>
    <message>
        <source>removing the server&apos;s rows of %1</source>
        <translation>la eliminación de filas del servidor de %1</translation>
    </message>
    <message>
        <source>keeping a change for the server</source>
        <translation>el guardado de un cambio para el servidor</translation>
    </message>
    <message>
        <source>clearing answered changes</source>
        <translation>la limpieza de los cambios confirmados</translation>
    </message>
    <message>
        <source>keeping a refused change</source>
        <translation>el guardado de un cambio rechazado</translation>
    </message>
    <message>
        <source>The server could not be reached while %1: %2</source>
        <translation>No se pudo contactar con el servidor durante %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 while %2.</source>
        <translation>El servidor respondió %1 durante %2.</translation>
    </message>
    <message>
        <source>sending changes</source>
        <translation>el envío de cambios</translation>
    </message>
    <message>
        <source>fetching changes</source>
        <translation>la recepción de cambios</translation>
    </message>
    <message>
        <source>The server&apos;s answer to a pull has no valid cursor.</source>
        <translation>La respuesta del servidor a una recepción no tiene un cursor válido.</translation>
    </message>
    <message>
        <source>signing in</source>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in has no token.</source>
        <translation>La respuesta del servidor al inicio de sesión no tiene token.</translation>
    </message>
    <message>
        <source>registering this desk</source>
        <translation>el registro de este puesto</translation>
    </message>
    <message>
        <source>The server gave this desk no code.</source>
        <translation>El servidor no dio ningún código a este puesto.</translation>
    </message>
    <message>
        <source>fetching the municipality&apos;s data</source>
        <translation>la recepción de los datos del municipio</translation>
    </message>
    <message>
        <source>The server&apos;s copy of the data came without its cursor.</source>
        <translation>La copia de los datos del servidor llegó sin cursor.</translation>
    </message>
    <message>
        <source>The data could not be written to %1.</source>
        <translation>No se pudieron escribir los datos en %1.</translation>
    </message>
    <message>
        <source>A row is not {t: table, k: [key], v: [values] or null}.</source>
        <translation>Una fila no es {t: tabla, k: [clave], v: [valores] o null}.</translation>
    </message>
    <message>
        <source>A row names the table %1, which does not travel.</source>
        <translation>Una fila nombra la tabla %1, que no se sincroniza.</translation>
    </message>
    <message>
        <source>The rows are not a list.</source>
        <translation>Las filas no son una lista.</translation>
    </message>
    <message>
        <source>The keys are not a list.</source>
        <translation>Las claves no son una lista.</translation>
    </message>
    <message>
        <source>A key is not {t: synced table, k: [values]}.</source>
        <translation>Una clave no es {t: tabla sincronizada, k: [valores]}.</translation>
    </message>
    <message>
        <source>A key holds something other than text and numbers.</source>
        <translation>Una clave contiene algo distinto de texto y números.</translation>
    </message>
    <message>
        <source>keeping an edit set aside</source>
        <translation>el guardado de una edición dejada de lado</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>sending a photo</source>
        <translation>el envío de una foto</translation>
    </message>
    <message>
        <source>copying the data to %1</source>
        <translation>copia de los datos en %1</translation>
    </message>
    <message>
        <source>reading the desk&apos;s old file</source>
        <translation>lectura del archivo antiguo del puesto</translation>
    </message>
    <message>
        <source>%1 is not a desk that works with a server.</source>
        <translation>%1 no es un puesto que trabaje con un servidor.</translation>
    </message>
    <message>
        <source>Sign in first: the server&apos;s new data is fetched in your name.</source>
        <translation>Inicie sesión primero: los datos nuevos del servidor se descargan a su nombre.</translation>
    </message>
    <message>
        <source>starting again on the server&apos;s new data</source>
        <translation>volver a empezar con los datos nuevos del servidor</translation>
    </message>
    <message>
        <source>%1 is still open elsewhere; close it and try again.</source>
        <translation>%1 sigue abierto en otro lugar; ciérrelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 could not be set aside as %2.</source>
        <translation>No se ha podido apartar %1 como %2.</translation>
    </message>
    <message>
        <source>%1 could not take the place of %2.</source>
        <translation>%1 no ha podido ocupar el lugar de %2.</translation>
    </message>
    <message>
        <source>This request is not on this desk.</source>
        <translation>Esta solicitud no está en este puesto.</translation>
    </message>
    <message>
        <source>Closed late</source>
        <translation>Cerradas con retraso</translation>
    </message>
    <message>
        <source>Open past the deadline</source>
        <translation>Abiertas fuera de plazo</translation>
    </message>
    <message>
        <source>On time, of those closed</source>
        <translation>A tiempo, de las cerradas</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Received: %1 (previous period, %2: %3; change %4).</source>
        <translation>Recibidas: %1 (periodo anterior, %2: %3; variación %4).</translation>
    </message>
    <message>
        <source>Open past their deadline now: %1. Deadlines met, counting these as missed: %2.</source>
        <translation>Abiertas ahora fuera de plazo: %1. Plazos cumplidos, contándolas como incumplidas: %2.</translation>
    </message>
    <message>
        <source>Resolution time: half of the requests within %1 hours, 90 % within %2 hours.</source>
        <translation>Tiempo de resolución: la mitad de las solicitudes en %1 horas, el 90 % en %2 horas.</translation>
    </message>
    <message numerus="yes">
        <source>Citizen satisfaction: %1 of 5 from %n rating(s).</source>
        <translation>
            <numerusform>Satisfacción ciudadana: %1 sobre 5 de %n valoración.</numerusform>
            <numerusform>Satisfacción ciudadana: %1 sobre 5 de %n valoraciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most requests: %1 (%2).</source>
        <translation>Más solicitudes: %1 (%2).</translation>
    </message>
    <message>
        <source>Fewest deadlines met: %1 (%2).</source>
        <translation>Menos plazos cumplidos: %1 (%2).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>tipos</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>distritos</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>departamentos</translation>
    </message>
    <message>
        <source>Deadlines per department</source>
        <translation>Plazos por departamento</translation>
    </message>
    <message>
        <source>Ratings per department</source>
        <translation>Valoraciones por departamento</translation>
    </message>
    <message>
        <source>Requests received per type</source>
        <translation>Solicitudes recibidas por tipo</translation>
    </message>
    <message>
        <source>Requests received per district</source>
        <translation>Solicitudes recibidas por distrito</translation>
    </message>
    <message>
        <source>Requests received per department</source>
        <translation>Solicitudes recibidas por departamento</translation>
    </message>
    <message>
        <source>The %1 largest of %2 %3.</source>
        <translation>Los %1 mayores de %2 %3.</translation>
    </message>
    <message>
        <source>Of the %1 requests filed in the period, %2 are still open (on hold included) and %3 are resolved, closed, not taken up or joined to another request.</source>
        <translation>De las %1 solicitudes del periodo, %2 siguen abiertas (las en espera incluidas) y %3 están resueltas, cerradas, rechazadas o unidas a otra solicitud.</translation>
    </message>
    <message>
        <source>This call filed no request: say how it ended instead.</source>
        <translation>Esta llamada no registró ninguna solicitud: indique cómo terminó.</translation>
    </message>
    <message>
        <source>Request filed or joined</source>
        <translation>Solicitud registrada o unida</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Información dada</translation>
    </message>
    <message>
        <source>Asked about a request</source>
        <translation>Preguntó por una solicitud</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferida</translation>
    </message>
    <message>
        <source>Other (wrong number, silent)</source>
        <translation>Otro (número equivocado, silencio)</translation>
    </message>
    <message>
        <source>; the lines after it are read on their own</source>
        <translation>; las líneas siguientes se leen cada una por separado</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is not closed on it (read on to line %1, %2 fields where the header has %3); the lines after it are read on their own</source>
        <translation>un campo entre comillas abierto en esta línea no se cierra en ella (leído hasta la línea %1, %2 campos donde la cabecera tiene %3); las líneas siguientes se leen cada una por separado</translation>
    </message>
    <message>
        <source>NUL bytes removed</source>
        <translation>se han quitado bytes NUL</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 replaced by � (the file may be in another encoding)</source>
        <translation>bytes que no son UTF-8 sustituidos por � (puede que el archivo esté en otra codificación)</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is never closed (the file ends on line %2)</source>
        <translation>un campo entre comillas abierto en la línea %1 no se cierra nunca (el archivo termina en la línea %2)</translation>
    </message>
    <message>
        <source>No feature of %1 has the property &quot;%2&quot;; the features have: %3. Name the one that holds the district&apos;s name.</source>
        <translation>Ningún elemento de %1 tiene la propiedad «%2»; los elementos tienen: %3. Indique la que contiene el nombre del distrito.</translation>
    </message>
    <message>
        <source>no properties at all</source>
        <translation>ninguna propiedad</translation>
    </message>
    <message>
        <source> (%1 of them updated from the source)</source>
        <translation> (%1 de ellas actualizadas desde el origen)</translation>
    </message>
    <message>
        <source>, %1 kept without a place</source>
        <translation>, %1 conservadas sin lugar</translation>
    </message>
    <message>
        <source>lat/long %1, %2 lies %3 km outside the municipality&apos;s districts: kept without a place</source>
        <translation>lat/long %1, %2 está a %3 km fuera de los distritos del municipio: conservada sin lugar</translation>
    </message>
    <message>
        <source>service_name is empty: the new type is named by its code %1</source>
        <translation>service_name está vacío: el tipo nuevo toma el nombre de su código %1</translation>
    </message>
    <message>
        <source>%1 requests, none of them listed</source>
        <translation>%1 solicitudes, ninguna listada</translation>
    </message>
    <message>
        <source>%1 requests, the first %2 of them listed</source>
        <translation>%1 solicitudes, listadas las primeras %2</translation>
    </message>
    <message>
        <source>The list was cut: the first %1 of %2 requests are listed. Subtotals and totals count them all.</source>
        <translation>La lista se ha cortado: se listan las primeras %1 de %2 solicitudes. Los subtotales y los totales las cuentan todas.</translation>
    </message>
    <message>
        <source>Cannot write the report: %1</source>
        <translation>No se puede escribir el informe: %1</translation>
    </message>
    <message>
        <source>Without a deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Closed: %1; of the %2 that had a deadline, %3 within it (%4; previous period %5).</source>
        <translation>Cerradas: %1; de las %2 que tenían plazo, %3 dentro del plazo (%4; periodo anterior %5).</translation>
    </message>
    <message>
        <source>Closed: %1, none of them with a deadline.</source>
        <translation>Cerradas: %1, ninguna con plazo.</translation>
    </message>
    <message>
        <source>case number %1 of the system it was imported from</source>
        <translation>número de caso %1 del sistema del que se importó</translation>
    </message>
    <message>
        <source>the file is read-only for this user (%1, owner %2)</source>
        <translation>el archivo es de solo lectura para este usuario (%1, propietario %2)</translation>
    </message>
    <message>
        <source>its folder %1 is read-only for this user (%2, owner %3)</source>
        <translation>su carpeta %1 es de solo lectura para este usuario (%2, propietario %3)</translation>
    </message>
    <message>
        <source>%1 can only be read (%2), and changes not yet written into it wait in %3. Open it once where it can be written, or copy it together with that file to a folder of yours.</source>
        <translation>%1 solo se puede leer (%2) y hay cambios aún no escritos que esperan en %3. Ábralo una vez donde se pueda escribir, o cópielo junto con ese archivo a una carpeta suya.</translation>
    </message>
    <message>
        <source>reading the file</source>
        <translation>la lectura del archivo</translation>
    </message>
    <message>
        <source>%1 is open read-only: %2. Nothing was changed.</source>
        <translation>%1 está abierto en solo lectura: %2. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 está abierto en solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Holiday “%1”: %2 is a year from 1900 to 2200.</source>
        <translation>Festivo «%1»: %2 es un año de 1900 a 2200.</translation>
    </message>
    <message>
        <source>Holiday “%1”: its last year comes before its first.</source>
        <translation>Festivo «%1»: su último año es anterior al primero.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1; its columns are: %2.</source>
        <translation>Al archivo le faltan las columnas %1; sus columnas son: %2.</translation>
    </message>
    <message>
        <source>%1
The import stopped there; %2 requests imported before it are kept, and running the import again goes on from where it stopped.</source>
        <translation>%1
La importación se detuvo ahí; se conservan las %2 solicitudes importadas antes, y volver a ejecutar la importación continúa desde donde se detuvo.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such readable file</source>
        <translation>No se puede leer %1: no existe tal archivo legible</translation>
    </message>
    <message>
        <source>%1 is not a readable OpenStreetMap extract (.osm.pbf): %2</source>
        <translation>%1 no es un extracto de OpenStreetMap legible (.osm.pbf): %2</translation>
    </message>
    <message>
        <source>no street name in column %1</source>
        <translation>ningún nombre de calle en la columna %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on line %2</source>
        <translation>«%1» ya está en la línea %2</translation>
    </message>
    <message>
        <source>house numbers &quot;%1&quot;–&quot;%2&quot; are not a range: the street is kept without them</source>
        <translation>los números «%1»–«%2» no son un intervalo: la calle se conserva sin ellos</translation>
    </message>
    <message>
        <source>%1 holds no street: the gazetteer is left as it was.</source>
        <translation>%1 no contiene ninguna calle: el callejero queda como estaba.</translation>
    </message>
    <message>
        <source>the gazetteer now holds the %1 streets of %2; the register gives no geometry, so an address is placed on the map by hand</source>
        <translation>el callejero contiene ahora las %1 calles de %2; el registro no da geometría, así que una dirección se coloca a mano en el mapa</translation>
    </message>
    <message>
        <source>%1 (%2 boundaries)</source>
        <translation>%1 (%2 límites)</translation>
    </message>
    <message>
        <source>%1 has no named administrative boundary of admin_level %2; the levels present are: %3.</source>
        <translation>%1 no tiene ningún límite administrativo con nombre de admin_level %2; los niveles presentes son: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 holds no named street and no address: the gazetteer is left as it was.</source>
        <translation>%1 no tiene ninguna calle con nombre ni ninguna dirección: el callejero queda como estaba.</translation>
    </message>
    <message>
        <source>%1 districts from the boundaries of admin_level %2</source>
        <translation>%1 distritos de los límites de admin_level %2</translation>
    </message>
    <message>
        <source>%1 streets with their geometry, %2 more named only by addresses; %3 numbered address points (%4 repeated left out), %5 stretches to interpolate house numbers along</source>
        <translation>%1 calles con su geometría, %2 más conocidas solo por direcciones; %3 puntos de dirección numerados (%4 repetidos omitidos), %5 tramos para interpolar números</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>dirección %1</translation>
    </message>
    <message>
        <source>address starts with %1</source>
        <translation>la dirección empieza por %1</translation>
    </message>
    <message>
        <source>removing the streets</source>
        <translation>eliminación de las calles</translation>
    </message>
    <message>
        <source>Imported in bulk: the requests&apos; indexes and the dashboard&apos;s figures were made once at the end (%1 s).</source>
        <translation>Importado en bloque: los índices de las solicitudes y las cifras del panel se crearon una sola vez al final (%1 s).</translation>
    </message>
    <message>
        <source>Another import into %1 is running (its lock file %2 is held).</source>
        <translation>Otra importación en %1 está en curso (su archivo de bloqueo %2 está ocupado).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. Write it as https://name-of-the-server (with :port after the name if it is not the usual one).</source>
        <translation>«%1» no es la dirección de un servidor. Escríbala como https://nombre-del-servidor (con :puerto después del nombre si no es el habitual).</translation>
    </message>
    <message>
        <source>No server answers there: %1</source>
        <translation>Allí no responde ningún servidor: %1</translation>
    </message>
    <message>
        <source>Something answers there (HTTP %1), but not a CivicDesk server that is ready.</source>
        <translation>Allí responde algo (HTTP %1), pero no un servidor CivicDesk listo.</translation>
    </message>
    <message>
        <source>The CivicDesk server there (version %1) is older than this desk: it must be updated first.</source>
        <translation>El servidor CivicDesk de allí (versión %1) es más antiguo que este mostrador: hay que actualizarlo primero.</translation>
    </message>
    <message>
        <source>%1 is not an image CivicDesk can read (%2). Use a PNG, JPEG or SVG file.</source>
        <translation>%1 no es una imagen que CivicDesk pueda leer (%2). Use un archivo PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>The image %1 could not be kept as a logo.</source>
        <translation>La imagen %1 no se ha podido guardar como logotipo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» no es una dirección de correo</translation>
    </message>
    <message>
        <source>given up after %1 attempts: %2</source>
        <translation>abandonado tras %1 intentos: %2</translation>
    </message>
    <message>
        <source>The mail settings kept in the file cannot be read (%1).</source>
        <translation>La configuración del correo guardada en el archivo no se puede leer (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server&apos;s address: write smtp://name:587 (or smtps://name:465).</source>
        <translation>«%1» no es la dirección de un servidor de correo: escriba smtp://nombre:587 (o smtps://nombre:465).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation>«%1» no es una dirección de correo desde la que enviar.</translation>
    </message>
    <message>
        <source>The mail server&apos;s time limit must be at least one second.</source>
        <translation>El límite de tiempo del servidor de correo debe ser de al menos un segundo.</translation>
    </message>
    <message>
        <source>libcurl could not be started.</source>
        <translation>No se ha podido iniciar libcurl.</translation>
    </message>
    <message>
        <source>the mail server answered %1: %2</source>
        <translation>el servidor de correo respondió %1: %2</translation>
    </message>
    <message>
        <source>the mail server could not be reached: %1</source>
        <translation>no se ha podido contactar con el servidor de correo: %1</translation>
    </message>
    <message>
        <source>recording a message&apos;s sending</source>
        <translation>el registro del envío de un mensaje</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in international form</source>
        <translation>«%1» no es un número de teléfono en formato internacional</translation>
    </message>
    <message>
        <source>quiet hours: sent at their end</source>
        <translation>horas de silencio: se enviará cuando terminen</translation>
    </message>
    <message>
        <source>The SMS settings kept in the file cannot be read (%1).</source>
        <translation>La configuración de SMS guardada en el archivo no se puede leer (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SMS gateway&apos;s address: write http://name:13013/cgi-bin/sendsms.</source>
        <translation>«%1» no es la dirección de una pasarela de SMS: escriba http://nombre:13013/cgi-bin/sendsms.</translation>
    </message>
    <message>
        <source>The SMS gateway needs the user CivicDesk sends as.</source>
        <translation>La pasarela de SMS necesita el usuario con el que envía CivicDesk.</translation>
    </message>
    <message>
        <source>Quiet hours are hours of the day, 0 to 23.</source>
        <translation>Las horas de silencio son horas del día, de 0 a 23.</translation>
    </message>
    <message>
        <source>the SMS gateway could not be reached: %1</source>
        <translation>no se ha podido contactar con la pasarela de SMS: %1</translation>
    </message>
    <message>
        <source>the SMS gateway answered %1: %2</source>
        <translation>la pasarela de SMS respondió %1: %2</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Solicitud recibida</translation>
    </message>
    <message>
        <source>Report joined to an open request</source>
        <translation>Aviso añadido a una solicitud abierta</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Solicitud aceptada</translation>
    </message>
    <message>
        <source>Crew assigned</source>
        <translation>Cuadrilla asignada</translation>
    </message>
    <message>
        <source>Request resolved</source>
        <translation>Solicitud resuelta</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Request closed</source>
        <translation>Solicitud cerrada</translation>
    </message>
    <message>
        <source>Satisfaction survey</source>
        <translation>Encuesta de satisfacción</translation>
    </message>
    <message>
        <source>the municipality&apos;s name</source>
        <translation>el nombre del ayuntamiento</translation>
    </message>
    <message>
        <source>the tracking number</source>
        <translation>el número de seguimiento</translation>
    </message>
    <message>
        <source>the type of request, in the citizen&apos;s language</source>
        <translation>el tipo de solicitud, en el idioma del ciudadano</translation>
    </message>
    <message>
        <source>the address of the problem</source>
        <translation>la dirección del problema</translation>
    </message>
    <message>
        <source>the request&apos;s status, in the citizen&apos;s language</source>
        <translation>el estado de la solicitud, en el idioma del ciudadano</translation>
    </message>
    <message>
        <source>the date the work is due</source>
        <translation>la fecha límite del trabajo</translation>
    </message>
    <message>
        <source>the note written with the change (why it was rejected, what was done)</source>
        <translation>la nota escrita con el cambio (por qué se rechazó, qué se hizo)</translation>
    </message>
    <message>
        <source>the address of the satisfaction survey</source>
        <translation>la dirección de la encuesta de satisfacción</translation>
    </message>
    <message>
        <source>“%1” is not an event CivicDesk sends messages for.</source>
        <translation>«%1» no es un evento para el que CivicDesk envíe mensajes.</translation>
    </message>
    <message>
        <source>CivicDesk writes messages in %1, not in “%2”.</source>
        <translation>CivicDesk escribe mensajes en %1, no en «%2».</translation>
    </message>
    <message>
        <source>A template is for SMS or for e-mail, not for “%1”.</source>
        <translation>Una plantilla es para SMS o para correo electrónico, no para «%1».</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>El mensaje no tiene texto.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>%1: the “%2” is not part of a placeholder. Placeholders are written {name}: %3.</source>
        <translation>%1: la «%2» no forma parte de un marcador. Los marcadores se escriben {nombre}: %3.</translation>
    </message>
    <message>
        <source>%1: %2 is not a placeholder CivicDesk knows. The placeholders are %3.</source>
        <translation>%1: %2 no es un marcador que CivicDesk conozca. Los marcadores son %3.</translation>
    </message>
    <message>
        <source>For a typical request this SMS takes %1 messages; shorten it to fit in two.</source>
        <translation>Para una solicitud típica este SMS ocupa %1 mensajes; acórtelo para que quepa en dos.</translation>
    </message>
    <message>
        <source>saving a message template</source>
        <translation>guardado de una plantilla de mensaje</translation>
    </message>
    <message>
        <source>%1 has been given to you to work on.</source>
        <translation>Se le ha asignado %1.</translation>
    </message>
    <message>
        <source>A targeted message may name {municipality} only, not {%1}: it is the same text for everyone.</source>
        <translation>Un mensaje dirigido solo puede nombrar {municipality}, no {%1}: es el mismo texto para todos.</translation>
    </message>
    <message>
        <source>A targeted message needs a title (it names the message in the send log).</source>
        <translation>Un mensaje dirigido necesita un título (lo nombra en el registro de envíos).</translation>
    </message>
    <message>
        <source>Alerts by e-mail need an e-mail address.</source>
        <translation>Los avisos por correo necesitan una dirección de correo.</translation>
    </message>
    <message>
        <source>The message needs its text in the municipality&apos;s language (%1): citizens whose language has no text get it.</source>
        <translation>El mensaje necesita su texto en el idioma del ayuntamiento (%1): lo reciben los ciudadanos cuyo idioma no tiene texto.</translation>
    </message>
    <message>
        <source>The pace is 1 to %1 messages a minute.</source>
        <translation>El ritmo es de 1 a %1 mensajes por minuto.</translation>
    </message>
    <message>
        <source>The text in %1 takes %2 SMS; shorten it to fit in two.</source>
        <translation>El texto en %1 ocupa %2 SMS; acórtelo para que quepa en dos.</translation>
    </message>
    <message>
        <source>keeping a targeted message</source>
        <translation>guardado de un mensaje dirigido</translation>
    </message>
    <message>
        <source>queueing a message to a member of staff</source>
        <translation>puesta en cola de un mensaje a un miembro del personal</translation>
    </message>
    <message>
        <source>%1: you will receive no more SMS from us.</source>
        <translation>%1: no recibirá más SMS nuestros.</translation>
    </message>
    <message>
        <source>%1: nobody reads the answers to this number; call us. To receive no more SMS, answer STOP.</source>
        <translation>%1: nadie lee las respuestas a este número; llámenos. Para no recibir más SMS, responda STOP.</translation>
    </message>
    <message>
        <source>This link is not valid (any more). To stop the messages, answer one of them or call us.</source>
        <translation>Este enlace no es válido (ya). Para detener los mensajes, responda a uno de ellos o llámenos.</translation>
    </message>
    <message>
        <source>Do you want to receive no more e-mails about your requests?</source>
        <translation>¿Quiere dejar de recibir correos sobre sus solicitudes?</translation>
    </message>
    <message>
        <source>Stop the e-mails</source>
        <translation>Detener los correos</translation>
    </message>
    <message>
        <source>This service cannot answer now; try again later.</source>
        <translation>El servicio no puede responder ahora; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>You will receive no more e-mails from us. Your requests stay open; call us to hear of them.</source>
        <translation>No recibirá más correos nuestros. Sus solicitudes siguen abiertas; llámenos para conocer su estado.</translation>
    </message>
    <message>
        <source>No more e-mails from %1: %2</source>
        <translation>Para no recibir más correos de %1: %2</translation>
    </message>
    <message>
        <source>recording a delivery report</source>
        <translation>registro de un informe de entrega</translation>
    </message>
    <message>
        <source>cancelling a citizen&apos;s messages</source>
        <translation>cancelación de los mensajes de un ciudadano</translation>
    </message>
    <message>
        <source>There is no such citizen (any more): nothing to stop.</source>
        <translation>Ese ciudadano no existe (ya): nada que detener.</translation>
    </message>
    <message>
        <source>not sent: the citizen withdrew consent to %1</source>
        <translation>no enviado: el ciudadano retiró su consentimiento para %1</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>This report is not signed for this message.</source>
        <translation>El informe no está firmado para este mensaje.</translation>
    </message>
    <message>
        <source>Unknown report type.</source>
        <translation>Tipo de informe desconocido.</translation>
    </message>
    <message>
        <source>This gateway is not known here.</source>
        <translation>Esta pasarela no es conocida aquí.</translation>
    </message>
    <message>
        <source>The number of messages a minute cannot be negative (0: no limit).</source>
        <translation>El número de mensajes por minuto no puede ser negativo (0: sin límite).</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>sent, not delivered</source>
        <translation>enviado, no entregado</translation>
    </message>
    <message>
        <source>CivicDesk: a test message</source>
        <translation>CivicDesk: un mensaje de prueba</translation>
    </message>
    <message>
        <source>This message was sent from the CivicDesk desk to try the mail settings of %1. Messages to citizens will come from the same address.</source>
        <translation>Este mensaje se ha enviado desde CivicDesk para probar la configuración de correo de %1. Los mensajes a los ciudadanos vendrán de la misma dirección.</translation>
    </message>
    <message>
        <source>The form has more than %1 fields.</source>
        <translation>El formulario tiene más de %1 campos.</translation>
    </message>
    <message>
        <source>The form&apos;s field %1 has no valid name.</source>
        <translation>El campo %1 del formulario no tiene un nombre válido.</translation>
    </message>
    <message>
        <source>The field %1 has a &apos;%&apos; that is not followed by two hexadecimal digits.</source>
        <translation>El campo %1 tiene un «%» que no va seguido de dos dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>The field %1 holds more than %2 bytes.</source>
        <translation>El campo %1 contiene más de %2 bytes.</translation>
    </message>
    <message>
        <source>The field %1 is not valid UTF-8 text.</source>
        <translation>El campo %1 no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>A multipart form names its boundary (1 to 70 characters) in its Content-Type.</source>
        <translation>Un formulario multipart indica su delimitador (de 1 a 70 caracteres) en el Content-Type.</translation>
    </message>
    <message>
        <source>The multipart form has no part.</source>
        <translation>El formulario multipart no tiene ninguna parte.</translation>
    </message>
    <message>
        <source>A boundary of the multipart form is not followed by a line break.</source>
        <translation>Un delimitador del formulario multipart no va seguido de un salto de línea.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no end to its headers.</source>
        <translation>Una parte del formulario multipart no tiene final de cabeceras.</translation>
    </message>
    <message>
        <source>The multipart form ends before its closing boundary.</source>
        <translation>El formulario multipart termina antes del delimitador de cierre.</translation>
    </message>
    <message>
        <source>A part of the multipart form is not form-data.</source>
        <translation>Una parte del formulario multipart no es form-data.</translation>
    </message>
    <message>
        <source>A part of the multipart form has no valid name.</source>
        <translation>Una parte del formulario multipart no tiene un nombre válido.</translation>
    </message>
    <message>
        <source>The form has more than %1 files.</source>
        <translation>El formulario tiene más de %1 archivos.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MB.</source>
        <translation>El archivo %1 supera los %2 MB.</translation>
    </message>
    <message>
        <source>Send the form as application/x-www-form-urlencoded or multipart/form-data, not %1.</source>
        <translation>Envíe el formulario como application/x-www-form-urlencoded o multipart/form-data, no como %1.</translation>
    </message>
    <message>
        <source>%1 is not a W3C date and time (2026-12-03T09:30:00+02:00): “%2”.</source>
        <translation>%1 no es una fecha y hora W3C (2026-12-03T09:30:00+02:00): «%2».</translation>
    </message>
    <message>
        <source>%1 is not answered to %2.</source>
        <translation>%1 no responde a %2.</translation>
    </message>
    <message>
        <source>There is nothing at %1.</source>
        <translation>No hay nada en %1.</translation>
    </message>
    <message>
        <source>API keys are issued by the municipality&apos;s administrator.</source>
        <translation>Las claves de API las emite el administrador del municipio.</translation>
    </message>
    <message>
        <source>There is no service %1.</source>
        <translation>No existe el servicio %1.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees, both given.</source>
        <translation>lat y long son una latitud (de −90 a 90) y una longitud (de −180 a 180) en grados, ambas indicadas.</translation>
    </message>
    <message>
        <source>Only the field media may carry a file.</source>
        <translation>Solo el campo media puede llevar un archivo.</translation>
    </message>
    <message>
        <source>This problem was reported already; you now follow request %1.</source>
        <translation>El problema ya se había informado; ahora sigue la solicitud %1.</translation>
    </message>
    <message>
        <source>Expected to be dealt with by %1.</source>
        <translation>Se prevé resolverlo para %1.</translation>
    </message>
    <message>
        <source>At most %1 ids at once.</source>
        <translation>Como máximo %1 identificadores a la vez.</translation>
    </message>
    <message>
        <source>status is open or closed, not “%1”.</source>
        <translation>status es open o closed, no «%1».</translation>
    </message>
    <message>
        <source>page_size is a whole number from 1 to %1.</source>
        <translation>page_size es un número entero de 1 a %1.</translation>
    </message>
    <message>
        <source>page is a whole number from 1.</source>
        <translation>page es un número entero desde 1.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>No existe la solicitud %1.</translation>
    </message>
    <message>
        <source>There is no request for the token %1.</source>
        <translation>No hay ninguna solicitud para el token %1.</translation>
    </message>
    <message>
        <source>service_request_id is required.</source>
        <translation>service_request_id es obligatorio.</translation>
    </message>
    <message>
        <source>description is required.</source>
        <translation>description es obligatorio.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are read.</source>
        <translation>La descripción tiene %1 caracteres; se leen como máximo %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address of the municipality; give lat and long, or a street and number of it.</source>
        <translation>«%1» no es una dirección del municipio; indique lat y long, o una calle y un número del municipio.</translation>
    </message>
    <message>
        <source>service_code is required.</source>
        <translation>service_code es obligatorio.</translation>
    </message>
    <message>
        <source>The service %1 asks no attribute %2.</source>
        <translation>El servicio %1 no pide el atributo %2.</translation>
    </message>
    <message>
        <source>%1 is information for the reporter, not a question: it takes no answer.</source>
        <translation>%1 es información para quien informa, no una pregunta: no admite respuesta.</translation>
    </message>
    <message>
        <source>lat and long are a latitude (−90 to 90) and a longitude (−180 to 180) in degrees.</source>
        <translation>lat y long son una latitud (de −90 a 90) y una longitud (de −180 a 180) en grados.</translation>
    </message>
    <message>
        <source>Say where the problem is: lat and long, or address_string.</source>
        <translation>Indique dónde está el problema: lat y long, o address_string.</translation>
    </message>
    <message>
        <source>“%1” is not a telephone number.</source>
        <translation>«%1» no es un número de teléfono.</translation>
    </message>
    <message>
        <source>media_url is the http or https address of a photo.</source>
        <translation>media_url es la dirección http o https de una foto.</translation>
    </message>
    <message>
        <source>%1 is not JSON (at byte %2: %3).</source>
        <translation>%1 no es JSON (en el byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is not a list of services.</source>
        <translation>%1 no es una lista de servicios.</translation>
    </message>
    <message>
        <source>The services file</source>
        <translation>El archivo de servicios</translation>
    </message>
    <message>
        <source>The definitions file</source>
        <translation>El archivo de definiciones</translation>
    </message>
    <message>
        <source>The database holds no municipality.</source>
        <translation>La base de datos no contiene ningún municipio.</translation>
    </message>
    <message>
        <source>service %1 has no service_code (or one longer than 64 characters)</source>
        <translation>el servicio %1 no tiene service_code (o tiene uno de más de 64 caracteres)</translation>
    </message>
    <message>
        <source>service_name of %1 is empty: the type is named by its code</source>
        <translation>el service_name de %1 está vacío: el tipo toma el nombre de su código</translation>
    </message>
    <message>
        <source>%1: no department %2 here; requests go to the dispatch desk until a department is set</source>
        <translation>%1: aquí no hay ningún departamento %2; las solicitudes van a la distribución hasta que se indique uno</translation>
    </message>
    <message>
        <source>%1: an attribute without a code or with an unknown datatype is left out</source>
        <translation>%1: se omite un atributo sin código o con un tipo de datos desconocido</translation>
    </message>
    <message>
        <source>%1: a value of %2 without a key, or with a comma in it, is left out</source>
        <translation>%1: se omite un valor de %2 sin clave, o con una coma</translation>
    </message>
    <message>
        <source>new service type %1 (%2)</source>
        <translation>nuevo tipo de solicitud %1 (%2)</translation>
    </message>
    <message>
        <source>recording an API key</source>
        <translation>el registro de una clave de API</translation>
    </message>
    <message>
        <source>revoking an API key</source>
        <translation>la revocación de una clave de API</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>The mailbox settings kept in the file cannot be read (%1).</source>
        <translation>La configuración del buzón guardada en el archivo no se puede leer (%1).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mailbox&apos;s address: write imap://name/INBOX (or imaps://name/INBOX).</source>
        <translation>&quot;%1&quot; no es la dirección de un buzón: escriba imap://nombre/INBOX (o imaps://nombre/INBOX).</translation>
    </message>
    <message>
        <source>Reading a mailbox needs its login and password.</source>
        <translation>Para leer un buzón hacen falta su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The mailbox is read every 1 to 3600 seconds.</source>
        <translation>El buzón se lee cada 1 a 3600 segundos.</translation>
    </message>
    <message>
        <source>The mail server refused the mailbox&apos;s login: %1</source>
        <translation>El servidor de correo ha rechazado el acceso al buzón: %1</translation>
    </message>
    <message>
        <source>The mailbox could not be read: %1</source>
        <translation>No se ha podido leer el buzón: %1</translation>
    </message>
    <message>
        <source>The mail server did not say how large message %1 is.</source>
        <translation>El servidor de correo no ha dicho el tamaño del mensaje %1.</translation>
    </message>
    <message>
        <source>An e-mail could not be kept: %1</source>
        <translation>No se ha podido guardar un correo: %1</translation>
    </message>
    <message>
        <source>The message was %1 MB: only its beginning was read, without its attachments.</source>
        <translation>El mensaje tenía %1 MB: solo se ha leído el principio, sin adjuntos.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <source>E-mail from %1: %2</source>
        <translation>Correo de %1: %2</translation>
    </message>
    <message>
        <source>Attached, not kept with the note: %1</source>
        <translation>Adjuntos, no guardados con la nota: %1</translation>
    </message>
    <message>
        <source>%1 was not kept: not a photo (%2).</source>
        <translation>%1 no se ha guardado: no es una foto (%2).</translation>
    </message>
    <message>
        <source>%1 was not kept: %2</source>
        <translation>%1 no se ha guardado: %2</translation>
    </message>
    <message>
        <source>The message has more than %1 parts; the rest were not read.</source>
        <translation>El mensaje tiene más de %1 partes; el resto no se ha leído.</translation>
    </message>
    <message>
        <source>Parts nested more than %1 deep were not read.</source>
        <translation>Las partes anidadas a más de %1 niveles no se han leído.</translation>
    </message>
    <message>
        <source>A part of the message declares several parts but no boundary between them; it was not read.</source>
        <translation>Una parte del mensaje declara varias partes pero ningún separador entre ellas; no se ha leído.</translation>
    </message>
    <message>
        <source>The message ends inside a part: it may have been cut short.</source>
        <translation>El mensaje termina dentro de una parte: puede que se haya cortado.</translation>
    </message>
    <message>
        <source>%1 (%2 MB) was not kept: larger than %3 MB.</source>
        <translation>%1 (%2 MB) no se ha guardado: mayor de %3 MB.</translation>
    </message>
    <message>
        <source>The text was cut after %1 characters.</source>
        <translation>El texto se ha cortado tras %1 caracteres.</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s mailbox brings in e-mails.</source>
        <translation>Solo el buzón del ayuntamiento trae correos.</translation>
    </message>
    <message>
        <source>keeping an e-mail from a citizen</source>
        <translation>guardando el correo de un ciudadano</translation>
    </message>
    <message>
        <source>That e-mail is no longer in the list.</source>
        <translation>Ese correo ya no está en la lista.</translation>
    </message>
    <message>
        <source>That e-mail was handled already.</source>
        <translation>Ese correo ya se ha tramitado.</translation>
    </message>
    <message>
        <source>handling an e-mail from a citizen</source>
        <translation>tramitando el correo de un ciudadano</translation>
    </message>
    <message>
        <source>Chosen on the map: %1. The address may stay empty.</source>
        <translation>Elegido en el mapa: %1. La dirección puede quedar vacía.</translation>
    </message>
    <message>
        <source>Or click the place on the map of the municipality.</source>
        <translation>O haga clic en el lugar, en el mapa del municipio.</translation>
    </message>
    <message>
        <source>The desk&apos;s file could not be opened.</source>
        <translation>No se ha podido abrir el archivo del puesto.</translation>
    </message>
    <message>
        <source>A PostgreSQL store has no page limit.</source>
        <translation>Un almacén PostgreSQL no tiene límite de páginas.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be made in %1: %2</source>
        <translation>No se han podido calcular las cifras del panel en %1: %2</translation>
    </message>
    <message>
        <source>copying the dashboard&apos;s figures</source>
        <translation>la copia de las cifras del panel</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures could not be read back from %1: %2</source>
        <translation>No se han podido volver a leer las cifras del panel de %1: %2</translation>
    </message>
    <message>
        <source>Out of memory while connecting to PostgreSQL.</source>
        <translation>Sin memoria al conectar con PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL cannot be reached (%1).</source>
        <translation>No se puede contactar con PostgreSQL (%1).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the session settings: %1</source>
        <translation>PostgreSQL ha rechazado la configuración de la sesión: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL cluster refused a scratch database: %1</source>
        <translation>El clúster PostgreSQL ha rechazado una base de datos temporal: %1</translation>
    </message>
    <message>
        <source>waiting for other servers&apos; schema upgrades</source>
        <translation>la espera de las actualizaciones de esquema de otros servidores</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1: %2</source>
        <translation>PostgreSQL ha rechazado %1: %2</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lectura de la versión del esquema</translation>
    </message>
    <message>
        <source>reading the database&apos;s tables</source>
        <translation>la lectura de las tablas de la base de datos</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 holds tables of another program; CivicDesk left it untouched.</source>
        <translation>La base de datos PostgreSQL %1 contiene tablas de otro programa; CivicDesk no la ha tocado.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 was written by a newer CivicDesk (schema version %2; this program knows up to %3). Update CivicDesk; the database was left untouched.</source>
        <translation>La base de datos PostgreSQL %1 la escribió un CivicDesk más reciente (versión de esquema %2; este programa conoce hasta la %3). Actualice CivicDesk; la base de datos no se ha tocado.</translation>
    </message>
    <message>
        <source>No municipality was named for the PostgreSQL store.</source>
        <translation>No se ha indicado ningún municipio para el almacén PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the signed-in role: %1</source>
        <translation>PostgreSQL ha rechazado una consulta sobre el rol conectado: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL role %1 is a superuser or bypasses row-level security, so it would see every municipality&apos;s rows. Connect as a role of its own that owns the database (README, &quot;Deployment&quot;).</source>
        <translation>El rol PostgreSQL %1 es un superusuario o se salta la seguridad por filas, así que vería las filas de todos los municipios. Conéctese con un rol propio, propietario de la base de datos (README, «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused a question about the database: %1</source>
        <translation>PostgreSQL ha rechazado una consulta sobre la base de datos: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 sorts text by the collation %2; CivicDesk needs byte order (create it with LC_COLLATE &apos;C&apos;, README &quot;Deployment&quot;).</source>
        <translation>La base de datos PostgreSQL %1 ordena el texto con la intercalación %2; CivicDesk necesita el orden de bytes (créela con LC_COLLATE &apos;C&apos;, README «Deployment»).</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s setting: %1</source>
        <translation>PostgreSQL ha rechazado la configuración del municipio: %1</translation>
    </message>
    <message>
        <source>PostgreSQL refused the municipality&apos;s first rows: %1</source>
        <translation>PostgreSQL ha rechazado las primeras filas del municipio: %1</translation>
    </message>
    <message>
        <source>COPY is PostgreSQL&apos;s.</source>
        <translation>COPY es de PostgreSQL.</translation>
    </message>
    <message>
        <source>The PostgreSQL server holding %1 is out of disk space or memory; nothing of this change was saved (%2).</source>
        <translation>El servidor PostgreSQL que aloja %1 se ha quedado sin disco o memoria; no se ha guardado nada de este cambio (%2).</translation>
    </message>
    <message>
        <source>%1 is busy with another change; try again in a moment.</source>
        <translation>%1 está ocupado con otro cambio; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2); nothing of this change was saved.</source>
        <translation>No se puede contactar con el servidor PostgreSQL de %1 (%2); no se ha guardado nada de este cambio.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the change while %1: %2</source>
        <translation>PostgreSQL ha rechazado el cambio durante %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL refused the catalog&apos;s schema: %1</source>
        <translation>PostgreSQL ha rechazado el esquema del catálogo: %1</translation>
    </message>
    <message>
        <source>Server catalog error while %1: %2</source>
        <translation>Error del catálogo del servidor durante %1: %2</translation>
    </message>
    <message>
        <source>the check for a restored database</source>
        <translation>la comprobación de una base de datos restaurada</translation>
    </message>
    <message>
        <source>the question where the database is served from</source>
        <translation>la consulta de desde dónde se sirve la base de datos</translation>
    </message>
    <message>
        <source>recording where the database is served from</source>
        <translation>el registro de desde dónde se sirve la base de datos</translation>
    </message>
    <message>
        <source>copying the catalog&apos;s %1 rows</source>
        <translation>la copia de las filas %1 del catálogo</translation>
    </message>
    <message>
        <source>reading the catalog&apos;s %1 rows</source>
        <translation>la lectura de las filas %1 del catálogo</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3.</source>
        <translation>La tabla %1 tiene columnas distintas en %2 que en %3.</translation>
    </message>
    <message>
        <source>reading the rows of %1</source>
        <translation>la lectura de las filas de %1</translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation>la copia de las filas de %1</translation>
    </message>
    <message>
        <source>reading the scope of the changes</source>
        <translation>la lectura del alcance de los cambios</translation>
    </message>
    <message>
        <source>finding the requests outside this desk&apos;s scope</source>
        <translation>la búsqueda de las solicitudes fuera del alcance de este puesto</translation>
    </message>
    <message>
        <source>removing the rows outside this desk&apos;s scope</source>
        <translation>la eliminación de las filas fuera del alcance de este puesto</translation>
    </message>
    <message>
        <source>A desk keeps 1 to 240 months of requests, or all of them.</source>
        <translation>Un puesto guarda de 1 a 240 meses de solicitudes, o todas.</translation>
    </message>
    <message>
        <source>fetching requests from the server</source>
        <translation>la obtención de solicitudes del servidor</translation>
    </message>
    <message>
        <source>The report from the server is garbled (%1); nothing was printed.</source>
        <translation>El informe del servidor está dañado (%1); no se ha impreso nada.</translation>
    </message>
    <message>
        <source>The requests of the report could not be read: %1</source>
        <translation>No se han podido leer las solicitudes del informe: %1</translation>
    </message>
    <message>
        <source>reading the requests of the scope</source>
        <translation>la lectura de las solicitudes del alcance</translation>
    </message>
    <message>
        <source>The copy is not whole: a row of %1 names a row of %2 that is not in it.</source>
        <translation>La copia no está completa: una fila de %1 nombra una fila de %2 que no está en ella.</translation>
    </message>
    <message>
        <source>checking the copy&apos;s references</source>
        <translation>la comprobación de las referencias de la copia</translation>
    </message>
    <message>
        <source>asking the server for the report</source>
        <translation>la petición del informe al servidor</translation>
    </message>
</context>
<context>
    <name>CivicDesk::AlertList</name>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message numerus="yes">
        <source>(%n alert(s))</source>
        <translation>
            <numerusform>(%n aviso)</numerusform>
            <numerusform>(%n avisos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter shows the request; Delete acknowledges its alerts.</source>
        <translation>Intro muestra la solicitud; Supr confirma sus avisos.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CallPanel</name>
    <message>
        <source>&amp;End call (Ctrl+E)</source>
        <translation>&amp;Terminar llamada (Ctrl+E)</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Llamante</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No call&lt;/h2&gt;&lt;p&gt;Calls from the telephone system appear here by themselves.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; takes a call by hand (walk-in or a number typed) · &lt;b&gt;Ctrl+F&lt;/b&gt; finds a citizen or a request.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Ninguna llamada&lt;/h2&gt;&lt;p&gt;Las llamadas de la centralita aparecen aquí solas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;F2&lt;/b&gt; atiende una llamada a mano (presencial o con un número escrito) · &lt;b&gt;Ctrl+F&lt;/b&gt; busca un ciudadano o una solicitud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Several citizens have this number — who is calling?</source>
        <translation>Varios ciudadanos tienen este número: ¿quién llama?</translation>
    </message>
    <message>
        <source>Citizens with this number</source>
        <translation>Ciudadanos con este número</translation>
    </message>
    <message>
        <source>None of them: &amp;register a new citizen</source>
        <translation>Ninguno: &amp;registrar un ciudadano nuevo</translation>
    </message>
    <message>
        <source>Tracking number — read it back to the caller:</source>
        <translation>Número de seguimiento — léalo al llamante:</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Copy the number</source>
        <translation>&amp;Copiar el número</translation>
    </message>
    <message>
        <source>&amp;Another request (Ctrl+N)</source>
        <translation>&amp;Otra solicitud (Ctrl+N)</translation>
    </message>
    <message>
        <source>Back to the &amp;citizen</source>
        <translation>Volver al &amp;ciudadano</translation>
    </message>
    <message>
        <source>Citizen registered.</source>
        <translation>Ciudadano registrado.</translation>
    </message>
    <message>
        <source>Citizen saved.</source>
        <translation>Ciudadano guardado.</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;Terminar llamada</translation>
    </message>
    <message>
        <source>&amp;Edit citizen</source>
        <translation>&amp;Editar ciudadano</translation>
    </message>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Guardar ciudadano</translation>
    </message>
    <message>
        <source>&amp;Copy tracking number</source>
        <translation>&amp;Copiar número de seguimiento</translation>
    </message>
    <message>
        <source>Register a new &amp;citizen</source>
        <translation>Registrar un &amp;ciudadano nuevo</translation>
    </message>
    <message>
        <source>Call waiting from %1</source>
        <translation>Llamada en espera de %1</translation>
    </message>
    <message>
        <source>an unknown number</source>
        <translation>un número desconocido</translation>
    </message>
    <message>
        <source>The call could not be logged.

%1</source>
        <translation>No se pudo registrar la llamada.

%1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish or cancel the form first; it is kept as a draft.</source>
        <translation>Termine o cancele antes el formulario; se conserva como borrador.</translation>
    </message>
    <message>
        <source>New request filed.</source>
        <translation>Nueva solicitud registrada.</translation>
    </message>
    <message>
        <source>Filed as an EMERGENCY at the top priority.</source>
        <translation>Registrada como EMERGENCIA con la máxima prioridad.</translation>
    </message>
    <message>
        <source>Sent to: %1.</source>
        <translation>Enviada a: %1.</translation>
    </message>
    <message>
        <source>Request %1 filed.</source>
        <translation>Solicitud %1 registrada.</translation>
    </message>
    <message>
        <source>%1 copied.</source>
        <translation>%1 copiado.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Terminar llamada</translation>
    </message>
    <message>
        <source>The request being typed has not been filed. End the call and keep it as a draft?</source>
        <translation>La solicitud que se está escribiendo no se ha registrado. ¿Terminar la llamada y guardarla como borrador?</translation>
    </message>
    <message>
        <source>Call ended after %1:%2.</source>
        <translation>Llamada terminada tras %1:%2.</translation>
    </message>
    <message>
        <source>Walk-in or unknown number</source>
        <translation>Atención presencial o número desconocido</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Ciudadano</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Ninguna llamada</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>No se pudo guardar el borrador: %1</translation>
    </message>
    <message>
        <source>The form left unfinished has been restored.</source>
        <translation>Se ha recuperado el formulario que quedó a medias.</translation>
    </message>
    <message>
        <source>Merge with another record</source>
        <translation>Fusionar con otra ficha</translation>
    </message>
    <message>
        <source>Find the other record of %1. Its requests, calls and messages move here, its phones and e-mails are added, and it is removed; what it held is kept in the history.</source>
        <translation>Busque la otra ficha de %1. Sus solicitudes, llamadas y mensajes pasan aquí, sus teléfonos y correos se añaden y la ficha se elimina; lo que contenía queda en el historial.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? This cannot be undone from the desk.</source>
        <translation>¿Fusionar «%1» en «%2»? No se puede deshacer desde el mostrador.</translation>
    </message>
    <message>
        <source>“%1” merged into “%2”.</source>
        <translation>«%1» fusionada en «%2».</translation>
    </message>
    <message>
        <source>Take the next waiting call (F6)</source>
        <translation>Atender la siguiente llamada en espera (F6)</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Atender la siguiente llamada en &amp;espera</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Drop the registration being typed and take this citizen as the caller?</source>
        <translation>¿Descartar el registro en curso y tomar a este ciudadano como quien llama?</translation>
    </message>
    <message>
        <source>A request without a citizen: nobody will be informed of its progress.</source>
        <translation>Una solicitud sin ciudadano: nadie será informado de su progreso.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>Ninguna llamada en espera.</translation>
    </message>
    <message>
        <source>End this call first (Ctrl+E); the next one waits.</source>
        <translation>Termine primero esta llamada (Ctrl+E); la siguiente espera.</translation>
    </message>
    <message>
        <source>Take the next call</source>
        <translation>Atender la siguiente llamada</translation>
    </message>
    <message>
        <source>The form being typed has not been saved. Drop it and take the next call?</source>
        <translation>El formulario en curso no se ha guardado. ¿Descartarlo y atender la siguiente llamada?</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting — F6 takes the next</source>
        <translation>
            <numerusform>%n llamada en espera — F6 atiende la siguiente</numerusform>
            <numerusform>%n llamadas en espera — F6 atiende la siguiente</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;The caller is not identified&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; takes a request without registering them (anonymous) · &lt;b&gt;Ctrl+R&lt;/b&gt; registers them · &lt;b&gt;Ctrl+F&lt;/b&gt; finds them and takes them as the caller · &lt;b&gt;Ctrl+E&lt;/b&gt; ends the call.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;No se ha identificado a quien llama&lt;/h2&gt;&lt;p&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; toma una solicitud sin registrarlo (anónima) · &lt;b&gt;Ctrl+R&lt;/b&gt; lo registra · &lt;b&gt;Ctrl+F&lt;/b&gt; lo busca y lo toma como quien llama · &lt;b&gt;Ctrl+E&lt;/b&gt; termina la llamada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What to read back to the caller</source>
        <translation>Qué leer a quien llama</translation>
    </message>
    <message>
        <source>Filed without a citizen: nobody will be informed of its progress.</source>
        <translation>Registrada sin ciudadano: nadie será informado de su progreso.</translation>
    </message>
    <message>
        <source>The caller was added to this existing request.</source>
        <translation>Se ha añadido a quien llama a esta solicitud existente.</translation>
    </message>
    <message>
        <source>A confirmation SMS is on its way, and SMS will tell of its progress.</source>
        <translation>Un SMS de confirmación está en camino, y por SMS se le informará del progreso.</translation>
    </message>
    <message>
        <source>A confirmation e-mail is on its way, and e-mail will tell of its progress.</source>
        <translation>Un correo de confirmación está en camino, y por correo se le informará del progreso.</translation>
    </message>
    <message>
        <source>The citizen has not agreed to messages: nothing is sent to them; they can call to ask.</source>
        <translation>El ciudadano no ha aceptado mensajes: no se le envía nada; puede llamar para preguntar.</translation>
    </message>
    <message>
        <source>This call filed no request. How did it end?</source>
        <translation>Esta llamada no registró ninguna solicitud. ¿Cómo terminó?</translation>
    </message>
    <message>
        <source>How the call ended</source>
        <translation>Cómo terminó la llamada</translation>
    </message>
    <message>
        <source>What was said or done (optional): &quot;gave the collection days&quot;, &quot;passed to the water utility&quot;</source>
        <translation>Qué se dijo o hizo (opcional): «di los días de recogida», «pasada a la empresa de aguas»</translation>
    </message>
    <message>
        <source>Note on the call</source>
        <translation>Nota sobre la llamada</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;End the call (Enter)</source>
        <translation>&amp;Terminar la llamada (Intro)</translation>
    </message>
    <message>
        <source>&amp;Back to the call (Esc)</source>
        <translation>Volver a la ll&amp;amada (Esc)</translation>
    </message>
    <message>
        <source>Finish the call or the form in hand first; the e-mail keeps waiting.</source>
        <translation>Termine primero la llamada o el formulario en curso; el correo sigue esperando.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CampaignDialog</name>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>%1 by SMS, %2 by e-mail.</source>
        <translation>%1 por SMS, %2 por correo.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen citizen(s) agreed to no message and get nothing.</source>
        <translation>
            <numerusform>%n ciudadano elegido no aceptó mensajes y no recibe nada.</numerusform>
            <numerusform>%n ciudadanos elegidos no aceptaron mensajes y no reciben nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New message</source>
        <translation>Mensaje &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Ritmo:</translation>
    </message>
    <message>
        <source>&amp;Send…</source>
        <translation>&amp;Enviar…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Citizens who live in (none ticked: anywhere):</source>
        <translation>Ciudadanos que viven en (ninguno marcado: en cualquier lugar):</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fallidos:</translation>
    </message>
    <message>
        <source>It reads: %1</source>
        <translation>Dice: %1</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>No message of this one failed.</source>
        <translation>Ningún mensaje de este envío ha fallado.</translation>
    </message>
    <message>
        <source>Only a supervisor or the administrator sends targeted messages.</source>
        <translation>Solo un supervisor o el administrador envía mensajes dirigidos.</translation>
    </message>
    <message>
        <source>Optional: for the citizens who asked for English</source>
        <translation>Opcional: para los ciudadanos que pidieron inglés</translation>
    </message>
    <message numerus="yes">
        <source>Reaches %n citizen(s): </source>
        <translation>
            <numerusform>Llega a %n ciudadano: </numerusform>
            <numerusform>Llega a %n ciudadanos: </numerusform>
        </translation>
    </message>
    <message>
        <source>Send &amp;log</source>
        <translation>&amp;Registro de envíos</translation>
    </message>
    <message numerus="yes">
        <source>Send “%1” to %n citizen(s)? It cannot be called back.</source>
        <translation>
            <numerusform>¿Enviar «%1» a %n ciudadano? No se puede retirar.</numerusform>
            <numerusform>¿Enviar «%1» a %n ciudadanos? No se puede retirar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent in about %n minute(s).</source>
        <translation>
            <numerusform>Se envía en unos %n minuto.</numerusform>
            <numerusform>Se envía en unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Subject of the e-mail (%1):</source>
        <translation>Asunto del correo (%1):</translation>
    </message>
    <message>
        <source>Targeted message</source>
        <translation>Mensaje dirigido</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Texto (%1):</translation>
    </message>
    <message numerus="yes">
        <source>The SMS takes %n message(s).</source>
        <translation>
            <numerusform>El SMS ocupa %n mensaje.</numerusform>
            <numerusform>El SMS ocupa %n mensajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be sent from it.</source>
        <translation>El archivo está abierto solo para lectura: no se puede enviar nada desde él.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>What it is about, for the send log (e.g. Water cut, Upper Town, 5 March)</source>
        <translation>De qué trata, para el registro (p. ej. Corte de agua, Casco Alto, 5 de marzo)</translation>
    </message>
    <message>
        <source>who are (none ticked: any kind):</source>
        <translation>que son (ninguno marcado: de cualquier tipo):</translation>
    </message>
    <message>
        <source>who reported (none ticked: anything):</source>
        <translation>que avisaron de (ninguno marcado: cualquier cosa):</translation>
    </message>
    <message>
        <source>{municipality}: … (the same text for everyone; {municipality} is the municipality&apos;s name)</source>
        <translation>{municipality}: … (el mismo texto para todos; {municipality} es el nombre del ayuntamiento)</translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenEditor</name>
    <message>
        <source>&amp;Save citizen</source>
        <translation>&amp;Guardar ciudadano</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Kind of citizen</source>
        <translation>Tipo de ciudadano</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>NIF</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Municipality&apos;s language</source>
        <translation>Idioma del municipio</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Móvil:</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Teléfono de &amp;casa:</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Teléfono del &amp;trabajo:</translation>
    </message>
    <message>
        <source>%1 (not in use?)</source>
        <translation>%1 (¿fuera de servicio?)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Tax id:</source>
        <translation>N&amp;IF:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Consents to contact by %1</source>
        <translation>Consiente el contacto por %1</translation>
    </message>
    <message>
        <source>May be contacted by:</source>
        <translation>Se le puede contactar por:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>contact person, optional</source>
        <translation>persona de contacto, opcional</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>Ciudadano nuevo</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>File a request &amp;without registering (Ctrl+N)</source>
        <translation>Registrar una solicitud &amp;sin registro (Ctrl+N)</translation>
    </message>
    <message>
        <source>The caller does not give a name or does not want to be registered: the request is filed anonymously.</source>
        <translation>Quien llama no da su nombre o no quiere ser registrado: la solicitud se registra de forma anónima.</translation>
    </message>
    <message>
        <source>Ask the caller: may the municipality tell them of their requests by %1? Tick what they agree to and save again (Ctrl+S); what stays unticked is recorded as their &quot;no&quot;.</source>
        <translation>Pregunte a quien llama: ¿puede el ayuntamiento informarle de sus solicitudes por %1? Marque lo que acepte y guarde de nuevo (Ctrl+S); lo que quede sin marcar se registra como «no».</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>CivicDesk::CitizenPage</name>
    <message>
        <source>Satisfaction ratings over time</source>
        <translation>Valoraciones de satisfacción en el tiempo</translation>
    </message>
    <message>
        <source>Contacts per channel</source>
        <translation>Contactos por canal</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nueva solicitud</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Editar datos</translation>
    </message>
    <message>
        <source>Merge &amp;with…</source>
        <translation>&amp;Fusionar con…</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Requests of this citizen</source>
        <translation>Solicitudes de este ciudadano</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Satisfaction and contacts</source>
        <translation>Satisfacción y contactos</translation>
    </message>
    <message>
        <source>Citizen not found</source>
        <translation>Ciudadano no encontrado</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>habla %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Dirección: %1</translation>
    </message>
    <message>
        <source>Tax id: %1</source>
        <translation>NIF: %1</translation>
    </message>
    <message>
        <source>May be contacted by: %1</source>
        <translation>Se le puede contactar por: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ningún medio</translation>
    </message>
    <message numerus="yes">
        <source>Report accuracy: %1 % over %n rated report(s)</source>
        <translation>
            <numerusform>Precisión de los avisos: %1 % sobre %n aviso valorado</numerusform>
            <numerusform>Precisión de los avisos: %1 % sobre %n avisos valorados</numerusform>
        </translation>
    </message>
    <message>
        <source>Report accuracy: no report rated yet</source>
        <translation>Precisión de los avisos: aún no se ha valorado ningún aviso</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (con retraso)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>Satisfaction (1–5): not rated yet</source>
        <translation>Satisfacción (1–5): aún sin valorar</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>History of the selected request</source>
        <translation>Historial de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>This file is open read-only: nothing can be changed in it.</source>
        <translation>Este archivo está abierto en solo lectura: no se puede cambiar nada en él.</translation>
    </message>
    <message>
        <source>Stopped the e-mails with the link in one of them, %1</source>
        <translation>Detuvo los correos con el enlace de uno de ellos, %1</translation>
    </message>
    <message>
        <source>Stopped the SMS by answering STOP, %1</source>
        <translation>Detuvo los SMS respondiendo STOP, %1</translation>
    </message>
    <message>
        <source>O&amp;lder requests from the server</source>
        <translation>Solicitudes más a&amp;ntiguas del servidor</translation>
    </message>
    <message>
        <source>This desk holds the open requests and those of the last %1 months; the citizen&apos;s older ones are on the server.</source>
        <translation>Este puesto guarda las solicitudes abiertas y las de los últimos %1 meses; las más antiguas del ciudadano están en el servidor.</translation>
    </message>
    <message>
        <source>Looking for older requests on the server…</source>
        <translation>Buscando solicitudes más antiguas en el servidor…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the requests older than %1 months are not on this desk. Try again when the desk is online.</source>
        <translation>No se puede contactar con el servidor: las solicitudes de hace más de %1 meses no están en este puesto. Vuelva a intentarlo cuando el puesto tenga conexión.</translation>
    </message>
    <message>
        <source>The server could not send the older requests: %1</source>
        <translation>El servidor no ha podido enviar las solicitudes más antiguas: %1</translation>
    </message>
    <message>
        <source>The server has no older requests of this citizen.</source>
        <translation>El servidor no tiene solicitudes más antiguas de este ciudadano.</translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) fetched from the server; this desk keeps them.</source>
        <translation>
            <numerusform>%n solicitud más antigua obtenida del servidor; el puesto la guarda.</numerusform>
            <numerusform>%n solicitudes más antiguas obtenidas del servidor; el puesto las guarda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::DashboardPanel</name>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>Sin distrito</translation>
    </message>
    <message>
        <source>Not routed</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Este trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Type group</source>
        <translation>Grupo de tipos</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>Pa&amp;sos:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>De&amp;partamento:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>D&amp;istrito:</translation>
    </message>
    <message>
        <source>T&amp;ypes:</source>
        <translation>T&amp;ipos:</translation>
    </message>
    <message>
        <source>Requests received, by channel</source>
        <translation>Solicitudes recibidas, por canal</translation>
    </message>
    <message>
        <source>Open now, by status</source>
        <translation>Abiertas ahora, por estado</translation>
    </message>
    <message>
        <source>Requests per group of types</source>
        <translation>Solicitudes por grupo de tipos</translation>
    </message>
    <message>
        <source>Requests and deadlines met per department</source>
        <translation>Solicitudes y plazos cumplidos por departamento</translation>
    </message>
    <message>
        <source>Resolution time per department (hours)</source>
        <translation>Tiempo de resolución por departamento (horas)</translation>
    </message>
    <message>
        <source>Escalations per level</source>
        <translation>Escaladas por nivel</translation>
    </message>
    <message>
        <source>Citizen satisfaction per department</source>
        <translation>Satisfacción ciudadana por departamento</translation>
    </message>
    <message>
        <source>Report accuracy</source>
        <translation>Exactitud de los avisos</translation>
    </message>
    <message>
        <source>Top 10 types</source>
        <translation>Los 10 tipos más frecuentes</translation>
    </message>
    <message>
        <source>Top 10 districts</source>
        <translation>Los 10 distritos más frecuentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;The period ends before it starts.&lt;/b&gt; Choose a “from” date before the “to” date.</source>
        <translation>&lt;b&gt;El periodo termina antes de empezar.&lt;/b&gt; Elija una fecha «desde» anterior a la «hasta».</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidas</translation>
    </message>
    <message>
        <source>Closed within the deadline</source>
        <translation>Cerradas en plazo</translation>
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
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Mean rating (1–5)</source>
        <translation>Valoración media (1–5)</translation>
    </message>
    <message>
        <source>Accurate</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Partly accurate</source>
        <translation>Parcialmente exacto</translation>
    </message>
    <message>
        <source>Inaccurate</source>
        <translation>Inexacto</translation>
    </message>
    <message>
        <source>False report</source>
        <translation>Aviso falso</translation>
    </message>
    <message>
        <source>Requests received, by channel (* so far: the step is still under way)</source>
        <translation>Solicitudes recibidas, por canal (* hasta ahora: el periodo no ha terminado)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Deadlines met</source>
        <translation>Plazos cumplidos</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Abiertas ahora</translation>
    </message>
    <message>
        <source>Past the deadline now</source>
        <translation>Fuera de plazo ahora</translation>
    </message>
    <message>
        <source>Open requests&apos; median wait</source>
        <translation>Espera mediana de las abiertas</translation>
    </message>
    <message>
        <source>Calls handled</source>
        <translation>Llamadas atendidas</translation>
    </message>
    <message>
        <source>Average call</source>
        <translation>Llamada media</translation>
    </message>
    <message>
        <source>previous period</source>
        <translation>periodo anterior</translation>
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
        <translation>Solicitudes registradas en el periodo, por cualquier canal.</translation>
    </message>
    <message>
        <source>Requests closed in the period, whenever filed.</source>
        <translation>Solicitudes cerradas en el periodo, sin importar cuándo se registraron.</translation>
    </message>
    <message>
        <source>%1: %2 of those closed</source>
        <translation>%1: %2 de las cerradas</translation>
    </message>
    <message>
        <source>in the period: %1%2 (received less closed)</source>
        <translation>en el periodo: %1%2 (recibidas menos cerradas)</translation>
    </message>
    <message>
        <source>Requests open now, on hold included, whenever filed.</source>
        <translation>Solicitudes abiertas ahora, incluidas las que están en espera, sin importar cuándo se registraron.</translation>
    </message>
    <message>
        <source>%1 of the open ones</source>
        <translation>%1 de las abiertas</translation>
    </message>
    <message>
        <source>Open requests whose deadline has passed (on hold left out: their clock is stopped).</source>
        <translation>Solicitudes abiertas con el plazo vencido (las en espera no cuentan: su reloj está parado).</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>half of the open requests have waited longer</source>
        <translation>la mitad de las solicitudes abiertas lleva más tiempo esperando</translation>
    </message>
    <message>
        <source>How long the open requests have waited since they were filed: the middle one.</source>
        <translation>Cuánto llevan esperando las solicitudes abiertas desde su registro: la del medio.</translation>
    </message>
    <message>
        <source>Calls taken at the desks in the period, the whole municipality, whatever they filed.</source>
        <translation>Llamadas atendidas en los puestos en el periodo, en todo el municipio, hayan registrado una solicitud o no.</translation>
    </message>
    <message>
        <source>From answering to ending the call, the calls of the period that ended.</source>
        <translation>Desde la respuesta hasta el final de la llamada, de las llamadas terminadas del periodo.</translation>
    </message>
    <message>
        <source>Resolution median &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfaction &lt;b&gt;%3&lt;/b&gt; (%4 ratings) · &lt;b&gt;%5&lt;/b&gt; recurrences · deadlines met &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; open past their deadline now counted as missed)</source>
        <translation>Resolución mediana &lt;b&gt;%1&lt;/b&gt;, 90 %: &lt;b&gt;%2&lt;/b&gt; · satisfacción &lt;b&gt;%3&lt;/b&gt; (%4 valoraciones) · &lt;b&gt;%5&lt;/b&gt; repeticiones · plazos cumplidos &lt;b&gt;%6&lt;/b&gt; (&lt;b&gt;%7&lt;/b&gt; abiertas fuera de plazo contadas como incumplidas)</translation>
    </message>
    <message>
        <source>Closed within the deadline, of those closed in the period that had a deadline and those open past their deadline now (counted as missed); requests without a deadline count in neither. Of the closed ones alone: %1.</source>
        <translation>Cerradas dentro del plazo, de las cerradas en el periodo que tenían plazo y de las abiertas ahora fuera de plazo (contadas como incumplidas); las solicitudes sin plazo no cuentan en ninguna. Solo de las cerradas: %1.</translation>
    </message>
    <message>
        <source>not on this desk</source>
        <translation>no en este puesto</translation>
    </message>
    <message>
        <source> This desk holds the calls since %1; the server has the earlier ones.</source>
        <translation> Este puesto tiene las llamadas desde el %1; las anteriores están en el servidor.</translation>
    </message>
    <message>
        <source>Escalations per level: not on this desk before %1 (the server has them)</source>
        <translation>Escalados por nivel: no en este puesto antes del %1 (están en el servidor)</translation>
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
        <translation>No se ha podido crear el ayuntamiento de demostración.

%1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>No se ha podido abrir la base de datos.

%1</translation>
    </message>
    <message>
        <source>The municipality&apos;s data could not be opened.

%1</source>
        <translation>No se pudieron abrir los datos del municipio.

%1</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) of yours have not reached the server yet. Stay signed in until they have (the status bar says &quot;all sent&quot;), so that they are sent in your name.</source>
        <translation>
            <numerusform>%n cambio suyo aún no ha llegado al servidor. Siga en la sesión hasta que llegue (la barra de estado dice «todo enviado»), para que se envíe en su nombre.</numerusform>
            <numerusform>%n cambios suyos aún no han llegado al servidor. Siga en la sesión hasta que lleguen (la barra de estado dice «todo enviado»), para que se envíen en su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start again from the server&apos;s data</source>
        <translation>Volver a empezar desde los datos del servidor</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; %n change(s) made here and not yet sent are carried over and sent, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>
            <numerusform>Los datos del servidor se han sustituido (restaurados de una copia de seguridad o cargados de nuevo). El puesto descarga la nueva copia del servidor y trabaja con ella; %n cambio hecho aquí y aún no enviado se traslada y se envía, los borradores se conservan y el archivo actual se guarda junto al nuevo.</numerusform>
            <numerusform>Los datos del servidor se han sustituido (restaurados de una copia de seguridad o cargados de nuevo). El puesto descarga la nueva copia del servidor y trabaja con ella; %n cambios hechos aquí y aún no enviados se trasladan y se envían, los borradores se conservan y el archivo actual se guarda junto al nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data…</source>
        <translation>Descargando los datos del servidor…</translation>
    </message>
    <message>
        <source>Fetching the server&apos;s data: %1 of %2 MB</source>
        <translation>Descargando los datos del servidor: %1 de %2 MB</translation>
    </message>
    <message>
        <source>The desk could not start again from the server&apos;s data; it goes on with its present file.

%1</source>
        <translation>El puesto no ha podido volver a empezar desde los datos del servidor; sigue con el archivo actual.

%1</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced (restored from a backup or loaded anew). This desk fetches the server&apos;s new copy and works on it; no change of this desk is waiting, drafts are kept, and the present file is kept beside the new one.</source>
        <translation>Los datos del servidor se han sustituido (restaurados de una copia de seguridad o cargados de nuevo). El puesto descarga la nueva copia del servidor y trabaja con ella; no hay ningún cambio del puesto en espera, los borradores se conservan y el archivo actual se guarda junto al nuevo.</translation>
    </message>
    <message>
        <source>There is no CivicDesk database at %1.

Nothing was created there. Check the name and the folder, or open another file.</source>
        <translation>No hay ninguna base de datos de CivicDesk en %1.

No se ha creado nada allí. Compruebe el nombre y la carpeta, o abra otro archivo.</translation>
    </message>
    <message>
        <source>CivicDesk could not open %1.

The database writes its journal in the same folder (%2): you may not be allowed to write there, or the disk may be full or gone. Copy the file to a folder of yours, or ask your administrator.

(%3)</source>
        <translation>CivicDesk no ha podido abrir %1.

La base de datos escribe su diario en la misma carpeta (%2): quizá no tenga permiso para escribir allí, o el disco está lleno o no disponible. Copie el archivo a una carpeta suya o pregunte a su administrador.

(%3)</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Open the demo municipality</source>
        <translation>Abrir el municipio de demostración</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Abrir una base de datos de CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de CivicDesk (*.civicdesk *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Messages to citizens: %1 sent</source>
        <translation>Mensajes a los ciudadanos: %1 enviados</translation>
    </message>
    <message>
        <source>%1 to try again</source>
        <translation>%1 por reintentar</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fallidos</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail(s) from citizens waiting</source>
        <translation>
            <numerusform>%n correo de ciudadanos en espera</numerusform>
            <numerusform>%n correos de ciudadanos en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added to their requests</source>
        <translation>
            <numerusform>%n respuesta añadida a su solicitud</numerusform>
            <numerusform>%n respuestas añadidas a sus solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizens&apos; mailbox: %1</source>
        <translation>El buzón de los ciudadanos: %1</translation>
    </message>
</context>
<context>
    <name>CivicDesk::HistorySource</name>
    <message>
        <source>The server no longer has this request&apos;s history.</source>
        <translation>El servidor ya no tiene el historial de esta solicitud.</translation>
    </message>
    <message>
        <source>The server could not send this request&apos;s history: %1</source>
        <translation>El servidor no ha podido enviar el historial de esta solicitud: %1</translation>
    </message>
    <message>
        <source>The history of this closed request is on the server, which cannot be reached now. It is fetched when the desk is online again.</source>
        <translation>El historial de esta solicitud cerrada está en el servidor, que ahora no es accesible. Se descargará cuando el puesto vuelva a estar conectado.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;mergency: danger to people or property</source>
        <translation>E&amp;mergencia: peligro para personas o bienes</translation>
    </message>
    <message>
        <source>Attach &amp;photos…</source>
        <translation>Adjuntar &amp;fotos…</translation>
    </message>
    <message>
        <source>&amp;Join selected request (Ctrl+L)</source>
        <translation>&amp;Sumarse a la solicitud seleccionada (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;File new request (Ctrl+Enter)</source>
        <translation>&amp;Registrar nueva solicitud (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Type what the problem is: pothole, light, rubbish…</source>
        <translation>Escriba cuál es el problema: bache, farola, basura…</translation>
    </message>
    <message>
        <source>Type of problem</source>
        <translation>Tipo de problema</translation>
    </message>
    <message>
        <source>Street and number, e.g. %1</source>
        <translation>Calle y número, p. ej. %1</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>or latitude, longitude: 37.9755, 23.7348</source>
        <translation>o latitud, longitud: 37.9755, 23.7348</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>Coordenadas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>What the caller says, in their words</source>
        <translation>Lo que dice el llamante, con sus palabras</translation>
    </message>
    <message>
        <source>Can wait</source>
        <translation>Puede esperar</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reporters · address · description</source>
        <translation>Avisantes · dirección · descripción</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation>&amp;Urgencia:</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Open requests nearby</source>
        <translation>Solicitudes abiertas cercanas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>“%1” is not in the street gazetteer: check the spelling or enter coordinates.</source>
        <translation>«%1» no está en el callejero: revise la ortografía o escriba las coordenadas.</translation>
    </message>
    <message>
        <source>New request — anonymous caller</source>
        <translation>Nueva solicitud — llamante anónimo</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message numerus="yes">
        <source>Priority %1 · target %n working hour(s) · duplicates within %2 m</source>
        <translation>
            <numerusform>Prioridad %1 · objetivo %n hora laborable · duplicados a menos de %2 m</numerusform>
            <numerusform>Prioridad %1 · objetivo %n horas laborables · duplicados a menos de %2 m</numerusform>
        </translation>
    </message>
    <message>
        <source>No type matches “%1”.</source>
        <translation>Ningún tipo coincide con «%1».</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>— not known —</source>
        <translation>— no se sabe —</translation>
    </message>
    <message>
        <source>number not on this street</source>
        <translation>número que no existe en esta calle</translation>
    </message>
    <message>
        <source>Number %1 is not on %2 in the gazetteer: give another number or the coordinates.</source>
        <translation>El número %1 no está en %2 según el callejero: indique otro número o las coordenadas.</translation>
    </message>
    <message>
        <source>%1 · %2, %3</source>
        <translation>%1 · %2, %3</translation>
    </message>
    <message>
        <source>Write the coordinates as latitude, longitude (e.g. 37.9755, 23.7348).</source>
        <translation>Escriba las coordenadas como latitud, longitud (p. ej. 37.9755, 23.7348).</translation>
    </message>
    <message>
        <source>These are not coordinates on Earth.</source>
        <translation>Estas no son coordenadas de la Tierra.</translation>
    </message>
    <message>
        <source>%1, %2 is outside the municipality.</source>
        <translation>%1, %2 está fuera del municipio.</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message numerus="yes">
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n avisante</numerusform>
            <numerusform>%n avisantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests of the same type nearby show here once the type and the place are known.</source>
        <translation>Las solicitudes abiertas del mismo tipo cercanas aparecen aquí en cuanto se conocen el tipo y el lugar.</translation>
    </message>
    <message>
        <source>No open request of this type within %1 m in the last 30 days.</source>
        <translation>Ninguna solicitud abierta de este tipo a menos de %1 m en los últimos 30 días.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n open request(s) of this type within %1 m&lt;/b&gt; — the same problem? Join it with Ctrl+L (Alt+Up/Down to choose), or file a new one with Ctrl+Enter.</source>
        <translation>
            <numerusform>&lt;b&gt;%n solicitud abierta de este tipo a menos de %1 m&lt;/b&gt;: ¿el mismo problema? Súmese con Ctrl+L (elija con Alt+Arriba/Abajo) o registre una nueva con Ctrl+Intro.</numerusform>
            <numerusform>&lt;b&gt;%n solicitudes abiertas de este tipo a menos de %1 m&lt;/b&gt;: ¿el mismo problema? Súmese con Ctrl+L (elija con Alt+Arriba/Abajo) o registre una nueva con Ctrl+Intro.</numerusform>
        </translation>
    </message>
    <message>
        <source>EMERGENCY — if anyone is in danger, tell the caller to hang up and call %1 now. The request will be filed at the top priority and the emergency is logged.</source>
        <translation>EMERGENCIA — si alguien está en peligro, diga al llamante que cuelgue y llame ya al %1. La solicitud se registrará con la máxima prioridad y la emergencia queda anotada.</translation>
    </message>
    <message>
        <source>Attach photos</source>
        <translation>Adjuntar fotos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.heic *.webp *.gif *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>On the map: click to set the place</source>
        <translation>En el mapa: haga clic para fijar el lugar</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>Mapa del lugar</translation>
    </message>
    <message>
        <source>%1 · %2 (from the map)</source>
        <translation>%1 · %2 (del mapa)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (%2, %3 m away) may be the same problem.&lt;/b&gt; Ctrl+L adds the caller to it (“me too”); Ctrl+Enter again files a new request.</source>
        <translation>&lt;b&gt;%1 (%2, a %3 m) puede ser el mismo problema.&lt;/b&gt; Ctrl+L añade a quien llama («yo también»); Ctrl+Intro otra vez registra una solicitud nueva.</translation>
    </message>
    <message>
        <source>File a &amp;new one anyway (Ctrl+Enter)</source>
        <translation>Registrar una &amp;nueva de todos modos (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>New request — from a citizen&apos;s e-mail</source>
        <translation>Nueva solicitud — del correo de un ciudadano</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MailPanel</name>
    <message>
        <source>&amp;File as a request (Enter)</source>
        <translation>&amp;Registrar como solicitud (Intro)</translation>
    </message>
    <message>
        <source>Set &amp;aside… (Delete)</source>
        <translation>&amp;Dejar de lado… (Supr)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>E-mails from citizens waiting</source>
        <translation>Correos de ciudadanos en espera</translation>
    </message>
    <message>
        <source>The e-mail</source>
        <translation>El correo</translation>
    </message>
    <message>
        <source>No e-mails from citizens are waiting. Messages to the municipality&apos;s mailbox appear here by themselves; replies about a request go to that request as notes.</source>
        <translation>No hay correos de ciudadanos en espera. Los mensajes al buzón del ayuntamiento aparecen aquí solos; las respuestas sobre una solicitud van a ella como notas.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
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
        <translation>Ese correo ya se ha tramitado.</translation>
    </message>
    <message>
        <source>Set the e-mail aside</source>
        <translation>Dejar de lado el correo</translation>
    </message>
    <message>
        <source>Why does it ask for nothing?</source>
        <translation>¿Por qué no pide nada?</translation>
    </message>
    <message>
        <source>Spam or advertising</source>
        <translation>Spam o publicidad</translation>
    </message>
    <message>
        <source>Thanks or a comment, nothing to do</source>
        <translation>Agradecimientos o un comentario, nada que hacer</translation>
    </message>
    <message>
        <source>Not a matter for the municipality</source>
        <translation>No es competencia del ayuntamiento</translation>
    </message>
    <message>
        <source>Sent twice</source>
        <translation>Enviado dos veces</translation>
    </message>
    <message>
        <source>The e-mail was set aside.</source>
        <translation>El correo se ha dejado de lado.</translation>
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
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>&amp;Find a caller or a request</source>
        <translation>&amp;Buscar una persona o una solicitud</translation>
    </message>
    <message>
        <source>Latest requests</source>
        <translation>Últimas solicitudes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Open a CivicDesk database</source>
        <translation>Abrir una base de datos de CivicDesk</translation>
    </message>
    <message>
        <source>CivicDesk databases (*.civicdesk *.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de CivicDesk (*.civicdesk *.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open the &amp;demo municipality</source>
        <translation>Abrir el ayuntamiento de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;About CivicDesk</source>
        <translation>&amp;Acerca de CivicDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>%1 citizens · %2 requests</source>
        <translation>%1 ciudadanos · %2 solicitudes</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Acerca de CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;La oficina de solicitudes ciudadanas de un ayuntamiento: llamadas, solicitudes, departamentos e informes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;Find and requests</source>
        <translation>&amp;Buscar y solicitudes</translation>
    </message>
    <message>
        <source>New call</source>
        <translation>Nueva llamada</translation>
    </message>
    <message>
        <source>Caller&apos;s number (leave empty for a walk-in or a withheld number):</source>
        <translation>Número del llamante (vacío para atención presencial o número oculto):</translation>
    </message>
    <message>
        <source>C&amp;all</source>
        <translation>&amp;Llamada</translation>
    </message>
    <message>
        <source>&amp;New call…</source>
        <translation>&amp;Nueva llamada…</translation>
    </message>
    <message>
        <source>The &amp;call</source>
        <translation>La &amp;llamada</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Work queue</source>
        <translation>Cola de &amp;trabajo</translation>
    </message>
    <message>
        <source>The work &amp;queue</source>
        <translation>La cola de &amp;trabajo</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>C&amp;ola</translation>
    </message>
    <message>
        <source>Run the escalation ladder now</source>
        <translation>Ejecutar ahora la escalada</translation>
    </message>
    <message>
        <source>Working as %1 (%2)</source>
        <translation>Trabajando como %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
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
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <source>This file is open read-only: no call can be recorded in it.</source>
        <translation>Este archivo está abierto en solo lectura: no se puede registrar ninguna llamada en él.</translation>
    </message>
    <message>
        <source>Database: %1 — read-only, nothing can be changed</source>
        <translation>Base de datos: %1 — solo lectura, no se puede cambiar nada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens…</source>
        <translation>&amp;Mensajes a los ciudadanos…</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s): %1</source>
        <translation>
            <numerusform>%n aviso nuevo: %1</numerusform>
            <numerusform>%n avisos nuevos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Targeted message…</source>
        <translation>Mensaje &amp;dirigido…</translation>
    </message>
    <message numerus="yes">
        <source>CivicDesk: %n new alert(s)</source>
        <translation>
            <numerusform>CivicDesk: %n aviso nuevo</numerusform>
            <numerusform>CivicDesk: %n avisos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;E-mail (%1)</source>
        <translation>C&amp;orreo (%1)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>C&amp;orreo</translation>
    </message>
    <message>
        <source>The citizens&apos; &amp;e-mails</source>
        <translation>Los c&amp;orreos de los ciudadanos</translation>
    </message>
    <message>
        <source>Looking for %1 on the server…</source>
        <translation>Buscando %1 en el servidor…</translation>
    </message>
    <message>
        <source>The server cannot be reached, and %1 is not on this desk: it holds the open requests, its department&apos;s and those changed in the last %2 months. Try again when the desk is online.</source>
        <translation>No se puede contactar con el servidor y %1 no está en este puesto: guarda las solicitudes abiertas, las de su departamento y las modificadas en los últimos %2 meses. Vuelva a intentarlo cuando el puesto tenga conexión.</translation>
    </message>
    <message>
        <source>The server could not look for %1: %2</source>
        <translation>El servidor no ha podido buscar %1: %2</translation>
    </message>
    <message>
        <source>The server has no request %1 either.</source>
        <translation>El servidor tampoco tiene ninguna solicitud %1.</translation>
    </message>
    <message>
        <source>%1 fetched from the server; this desk keeps it from now on.</source>
        <translation>%1 se ha obtenido del servidor; este puesto la guarda desde ahora.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MapPanel</name>
    <message>
        <source>&amp;Open in the queue</source>
        <translation>&amp;Abrir en la cola</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>Find an address on the map</source>
        <translation>Buscar una dirección en el mapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Service group</source>
        <translation>Grupo de servicios</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Heat map period</source>
        <translation>Periodo del mapa de calor</translation>
    </message>
    <message>
        <source>Crew route</source>
        <translation>Ruta de la cuadrilla</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Todas las pendientes</translation>
    </message>
    <message>
        <source>All service groups</source>
        <translation>Todos los grupos de servicios</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>No crew route</source>
        <translation>Sin ruta de cuadrilla</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Heat map of:</source>
        <translation>Mapa de calor de:</translation>
    </message>
    <message>
        <source>The configured base map cannot be used (%1); showing the districts and streets instead.</source>
        <translation>El mapa base configurado no se puede usar (%1); se muestran los distritos y las calles.</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer.</source>
        <translation>%1 no está en el callejero.</translation>
    </message>
    <message>
        <source>%1 has no pending requests with a place.</source>
        <translation>%1 no tiene solicitudes pendientes con lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stop(s), %2 from the depot.</source>
        <translation>
            <numerusform>%1: %n parada, %2 desde el depósito.</numerusform>
            <numerusform>%1: %n paradas, %2 desde el depósito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending request(s) in view</source>
        <translation>
            <numerusform>%Ln solicitud pendiente a la vista</numerusform>
            <numerusform>%Ln solicitudes pendientes a la vista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s)</source>
        <translation>
            <numerusform>%n marcador</numerusform>
            <numerusform>%n marcadores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 · %3 · %4 · %5 · %n day(s) old</source>
        <translation>
            <numerusform>%1 — %2 · %3 · %4 · %5 · hace %n día</numerusform>
            <numerusform>%1 — %2 · %3 · %4 · %5 · hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Shade districts by pending requests</source>
        <translation>Sombrear los distritos por solicitudes pendientes</translation>
    </message>
    <message>
        <source>Pending requests per district</source>
        <translation>Solicitudes pendientes por distrito</translation>
    </message>
    <message numerus="yes">
        <source>Heat map: %Ln request(s) in the period.</source>
        <translation>
            <numerusform>Mapa de calor: %Ln solicitud en el periodo.</numerusform>
            <numerusform>Mapa de calor: %Ln solicitudes en el periodo.</numerusform>
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
            <numerusform>%Ln solicitud aquí; haga clic para ampliar</numerusform>
            <numerusform>%Ln solicitudes aquí; haga clic para ampliar</numerusform>
        </translation>
    </message>
    <message>
        <source>some tiles are damaged (not a readable image)</source>
        <translation>algunas teselas están dañadas (imagen ilegible)</translation>
    </message>
    <message>
        <source>the tile server cannot be reached (%1); showing what is cached</source>
        <translation>no se puede acceder al servidor de teselas (%1); se muestra lo que hay en caché</translation>
    </message>
    <message>
        <source>the tile server refuses some tiles (%1)</source>
        <translation>el servidor rechaza algunas teselas (%1)</translation>
    </message>
    <message>
        <source>the tile file has no tiles for some of this area</source>
        <translation>el archivo de teselas no cubre parte de esta zona</translation>
    </message>
    <message>
        <source>Base map: %1.</source>
        <translation>Mapa base: %1.</translation>
    </message>
    <message>
        <source>D</source>
        <comment>depot marker</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and street gazetteer</source>
        <translation>Mapa base: distritos y callejero del municipio</translation>
    </message>
    <message>
        <source>Base map incomplete: %1</source>
        <translation>Mapa base incompleto: %1</translation>
    </message>
    <message>
        <source>Several requests (zoom in)</source>
        <translation>Varias solicitudes (amplíe)</translation>
    </message>
    <message>
        <source>Heat: fewer → more requests</source>
        <translation>Calor: menos → más solicitudes</translation>
    </message>
    <message>
        <source>Crew route, stops in order</source>
        <translation>Ruta de la cuadrilla, paradas en orden</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Prioridad: %1</translation>
    </message>
    <message>
        <source>Emergency (flagged)</source>
        <translation>Emergencia (marcada)</translation>
    </message>
    <message>
        <source>Base map: the municipality&apos;s districts and streets, © OpenStreetMap contributors</source>
        <translation>Mapa base: distritos y calles del municipio, © colaboradores de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>CivicDesk::MessageSettingsPage</name>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server, and the server sends the messages to citizens for all its desks: its mail server and SMS gateway are set on the server, with civicdesk-admin mail-settings and sms-settings on the municipality&apos;s file there (see civicdesk-server(8)).</source>
        <translation>Este puesto trabaja con el servidor del ayuntamiento, y el servidor envía los mensajes a los ciudadanos por todos sus puestos: el servidor de correo y la pasarela de SMS se configuran en el servidor, con civicdesk-admin mail-settings y sms-settings sobre el archivo del ayuntamiento allí (véase civicdesk-server(8)).</translation>
    </message>
    <message>
        <source>This desk works alone and sends the messages to citizens itself, every half minute and after each change. Without a mail server or an SMS gateway they wait in the outbox.</source>
        <translation>Este puesto trabaja solo y envía él mismo los mensajes a los ciudadanos, cada medio minuto y después de cada cambio. Sin servidor de correo ni pasarela de SMS esperan en la bandeja de salida.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Never send in clear te&amp;xt (STARTTLS must work)</source>
        <translation>No enviar nunca en texto cla&amp;ro (STARTTLS debe funcionar)</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>su dirección</translation>
    </message>
    <message>
        <source>Send a test &amp;e-mail</source>
        <translation>Enviar un correo de &amp;prueba</translation>
    </message>
    <message>
        <source>Mail ser&amp;ver:</source>
        <translation>Ser&amp;vidor de correo:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <source>L&amp;ogin:</source>
        <translation>Us&amp;uario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>At most:</source>
        <translation>Como máximo:</translation>
    </message>
    <message>
        <source>Try them:</source>
        <translation>Pruébelas:</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>(the same hour twice: none)</source>
        <translation>(la misma hora dos veces: ninguna)</translation>
    </message>
    <message>
        <source>&amp;Gateway (Kannel&apos;s sendsms):</source>
        <translation>&amp;Pasarela (sendsms de Kannel):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>U&amp;suario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contrase&amp;ña:</translation>
    </message>
    <message>
        <source>Sen&amp;der shown:</source>
        <translation>Remi&amp;tente mostrado:</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>Horas de &amp;silencio:</translation>
    </message>
    <message>
        <source>Only the municipality&apos;s administrator changes these settings.</source>
        <translation>Solo el administrador del ayuntamiento cambia esta configuración.</translation>
    </message>
    <message>
        <source>kept; write a new one to change it</source>
        <translation>guardada; escriba una nueva para cambiarla</translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation>El servidor de correo ha aceptado el mensaje de prueba para %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueueFilterBar</name>
    <message>
        <source>&amp;Mine only</source>
        <translation>Solo las &amp;mías</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <source>All pending</source>
        <translation>Todas las pendientes</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Priority, then deadline</source>
        <translation>Prioridad, luego plazo</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>De&amp;partment:</source>
        <translation>De&amp;partamento:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>P&amp;lazo:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Orden:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::QueuePanel</name>
    <message>
        <source>Work queue</source>
        <translation>Cola de trabajo</translation>
    </message>
    <message>
        <source>%1 pending requests</source>
        <translation>%1 solicitudes pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) taken.</source>
        <translation>
            <numerusform>%n paso de escalada dado.</numerusform>
            <numerusform>%n pasos de escalada dados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 changed.</source>
        <translation>%1 de %2 cambiadas.</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
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
        <translation>Todos</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Sin agrupar</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Date filed</source>
        <translation>Fecha de registro</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de seguimiento</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>De&amp;partamento:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>D&amp;istrict:</source>
        <translation>D&amp;istrito:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Priority at least:</source>
        <translation>&amp;Prioridad mínima:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>A&amp;grupar por:</translation>
    </message>
    <message>
        <source>S&amp;ort by:</source>
        <translation>&amp;Ordenar por:</translation>
    </message>
    <message>
        <source>&amp;Most rows:</source>
        <translation>&amp;Filas como máximo:</translation>
    </message>
    <message>
        <source>— saved parameter sets —</source>
        <translation>— parámetros guardados —</translation>
    </message>
    <message>
        <source>Saved parameter sets</source>
        <translation>Parámetros guardados</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Guar&amp;dar como…</translation>
    </message>
    <message>
        <source>Save parameters</source>
        <translation>Guardar parámetros</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Vista previa…</translation>
    </message>
    <message>
        <source>Pri&amp;nt…</source>
        <translation>Impri&amp;mir…</translation>
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
        <translation>La impresora informó de un error; puede que no se haya impreso nada.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Guardar como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>This desk holds the requests changed since %1 (the last %2 months), the open ones and its department&apos;s; a report from %3 needs the whole municipality&apos;s, which the server has.</source>
        <translation>Este puesto tiene las solicitudes modificadas desde el %1 (los últimos %2 meses), las abiertas y las de su departamento; un informe desde el %3 necesita todas las del municipio, que están en el servidor.</translation>
    </message>
    <message>
        <source>This desk has not yet fetched its requests from the server; the report needs the whole municipality&apos;s, which the server has.</source>
        <translation>Este puesto aún no ha obtenido sus solicitudes del servidor; el informe necesita todas las del municipio, que están en el servidor.</translation>
    </message>
    <message>
        <source>This desk is not connected to the server now; nothing was made from part of the requests.</source>
        <translation>Este puesto no está conectado ahora al servidor; no se ha hecho nada a partir de una parte de las solicitudes.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; nothing was made from part of the requests. Try again when the desk is online.</source>
        <translation>Ahora no se puede contactar con el servidor; no se ha hecho nada a partir de una parte de las solicitudes. Vuelva a intentarlo cuando el puesto esté conectado.</translation>
    </message>
    <message>
        <source>The server could not make the report: %1</source>
        <translation>El servidor no ha podido hacer el informe: %1</translation>
    </message>
    <message>
        <source>The desk is already asking the server for something; try again in a moment.</source>
        <translation>El puesto ya está pidiendo algo al servidor; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server is making it…</source>
        <translation>El servidor lo está haciendo…</translation>
    </message>
    <message>
        <source>Made by the server from the whole municipality&apos;s requests (this desk holds those since %1).</source>
        <translation>Hecho por el servidor con todas las solicitudes del municipio (este puesto tiene las desde el %1).</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestActions</name>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Assi&amp;gn to crew or person…</source>
        <translation>Asi&amp;gnar a brigada o persona…</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar &amp;estado…</translation>
    </message>
    <message>
        <source>&amp;Reroute…</source>
        <translation>&amp;Reasignar…</translation>
    </message>
    <message>
        <source>Link as &amp;duplicate…</source>
        <translation>Enlazar como &amp;duplicado…</translation>
    </message>
    <message>
        <source>Put on &amp;hold…</source>
        <translation>Poner en es&amp;pera…</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Escribir una &amp;nota</translation>
    </message>
    <message>
        <source>Record the citizen&apos;s ra&amp;ting…</source>
        <translation>Registrar la valora&amp;ción del ciudadano…</translation>
    </message>
    <message>
        <source>Crew &amp;work list…</source>
        <translation>&amp;Hoja de ruta de la brigada…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n solicitud</numerusform>
            <numerusform>%n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>No request has the tracking number %1.</source>
        <translation>Ninguna solicitud tiene el número de seguimiento %1.</translation>
    </message>
    <message>
        <source>You cannot move %1 from “%2”.</source>
        <translation>No puede mover %1 desde «%2».</translation>
    </message>
    <message>
        <source>Change status: %1</source>
        <translation>Cambiar estado: %1</translation>
    </message>
    <message>
        <source>— not rated —</source>
        <translation>— sin valorar —</translation>
    </message>
    <message>
        <source>%1 is “%2” now.</source>
        <translation>%1 ahora está «%2».</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <source>Report &amp;accuracy:</source>
        <translation>&amp;Exactitud del aviso:</translation>
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
        <translation>¿A la espera de quién o de qué?</translation>
    </message>
    <message>
        <source>Reroute: %1</source>
        <translation>Redirigir: %1</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>Why? (the other department reads it)</source>
        <translation>¿Por qué? (lo lee el otro departamento)</translation>
    </message>
    <message>
        <source>— no crew —</source>
        <translation>— sin brigada —</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— nadie —</translation>
    </message>
    <message>
        <source>Assign: %1</source>
        <translation>Asignar: %1</translation>
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
        <translation>Vincular como duplicado: %1</translation>
    </message>
    <message>
        <source>Tracking number of the request it repeats:</source>
        <translation>Número de seguimiento de la solicitud que repite:</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating: %1</source>
        <translation>Valoración del ciudadano: %1</translation>
    </message>
    <message>
        <source>How satisfied is the citizen (1–5)?</source>
        <translation>¿Qué satisfacción tiene el ciudadano (1–5)?</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Su comentario:</translation>
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
        <translation>Nota interna para los departamentos y la contrata (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>A accept · G assign · S status · R reroute · D duplicate · H hold · N note · T rating · W crew work list</source>
        <translation>A aceptar · G asignar · S estado · R reasignar · D duplicado · H en espera · N nota · T valoración · W hoja de ruta</translation>
    </message>
    <message>
        <source> (not in this list)</source>
        <translation> (no está en esta lista)</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Plazo: %1</translation>
    </message>
    <message>
        <source>Filed %1 by %2</source>
        <translation>Recibida %1 (%2)</translation>
    </message>
    <message>
        <source>Reported anonymously: nobody to call back.</source>
        <translation>Comunicada de forma anónima: nadie a quien devolver la llamada.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(y %n más)</numerusform>
            <numerusform>(y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported by %1</source>
        <translation>Comunicada por %1</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Aún no asignada</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Asignada a %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s): Enter opens the request with them.</source>
        <translation>
            <numerusform>%n foto: Intro abre la solicitud con ella.</numerusform>
            <numerusform>%n fotos: Intro abre la solicitud con ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file is open read-only: no note can be added.</source>
        <translation>Este archivo está abierto en solo lectura: no se puede añadir ninguna nota.</translation>
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
        <translation>El historial de esta solicitud cerrada está en el servidor: cargándolo…</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestListModel</name>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Barrio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RequestPage</name>
    <message>
        <source>Add the &amp;note</source>
        <translation>Añadir la &amp;nota</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>The caller&apos;s language</source>
        <translation>El idioma de quien llama</translation>
    </message>
    <message>
        <source>What to tell the caller</source>
        <translation>Qué decir a quien llama</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Internal note for the departments and the contractor (Ctrl+Enter adds it)</source>
        <translation>Nota interna para los departamentos y la contrata (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Comunicada por</translation>
    </message>
    <message>
        <source>In &amp;language:</source>
        <translation>En el &amp;idioma:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close this page (Ctrl+W)</source>
        <translation>Cerrar esta página (Ctrl+W)</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1 se ha cambiado.</translation>
    </message>
    <message>
        <source>%1 was not changed.</source>
        <translation>%1 no se ha cambiado.</translation>
    </message>
    <message>
        <source>The crew work list is in the work queue (W there).</source>
        <translation>La lista de trabajo de la cuadrilla está en la cola de trabajo (W allí).</translation>
    </message>
    <message>
        <source>Request not found</source>
        <translation>No se encontró la solicitud</translation>
    </message>
    <message>
        <source>Unknown type</source>
        <translation>Tipo desconocido</translation>
    </message>
    <message>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
    <message>
        <source>EMERGENCY</source>
        <translation>EMERGENCIA</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Recibida:</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <source>not routed yet</source>
        <translation>aún no encaminada</translation>
    </message>
    <message>
        <source>Crew:</source>
        <translation>Brigada:</translation>
    </message>
    <message>
        <source>Assigned to:</source>
        <translation>Asignada a:</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>a nadie todavía</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Plazo:</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Closed:</source>
        <translation>Cerrada:</translation>
    </message>
    <message>
        <source>Status note:</source>
        <translation>Nota de estado:</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>Duplicado de:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 de 5</translation>
    </message>
    <message>
        <source>Citizen&apos;s rating:</source>
        <translation>Valoración del ciudadano:</translation>
    </message>
    <message>
        <source>Report accuracy:</source>
        <translation>Precisión del aviso:</translation>
    </message>
    <message>
        <source>reported it again</source>
        <translation>la volvió a comunicar</translation>
    </message>
    <message>
        <source>Nobody: the request was filed anonymously.</source>
        <translation>Nadie: la solicitud se registró de forma anónima.</translation>
    </message>
    <message>
        <source>%1 is not on this desk.</source>
        <translation>%1 no está en este puesto.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Messages to the citizens</source>
        <translation>Mensajes a los ciudadanos</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>Correo a %1</translation>
    </message>
    <message>
        <source>SMS to %1</source>
        <translation>SMS a %1</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>enviado %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message numerus="yes">
        <source>waiting: tried %n time(s), next at %1 (%2)</source>
        <translation>
            <numerusform>en espera: %n intento, el siguiente a las %1 (%2)</numerusform>
            <numerusform>en espera: %n intentos, el siguiente a las %1 (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent since %1</source>
        <translation>en espera de envío desde %1</translation>
    </message>
    <message>
        <source>delivered to the phone %1</source>
        <translation>entregado al teléfono %1</translation>
    </message>
    <message>
        <source>not delivered to the phone (reported %1)</source>
        <translation>no entregado al teléfono (informado %1)</translation>
    </message>
    <message>
        <source>refused by the carrier (reported %1)</source>
        <translation>rechazado por el operador (informado %1)</translation>
    </message>
    <message>
        <source>with the carrier, not yet delivered</source>
        <translation>en el operador, aún no entregado</translation>
    </message>
</context>
<context>
    <name>CivicDesk::RouteDialog</name>
    <message>
        <source>Crew work list</source>
        <translation>Hoja de ruta de la brigada</translation>
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
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Stops in order</source>
        <translation>Paradas en orden</translation>
    </message>
    <message>
        <source>&amp;Print work order (PDF)…</source>
        <translation>&amp;Imprimir la orden de trabajo (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Assign to the crew</source>
        <translation>&amp;Asignar a la brigada</translation>
    </message>
    <message>
        <source>Work order</source>
        <translation>Orden de trabajo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) assigned to the crew.</source>
        <translation>
            <numerusform>%n solicitud asignada a la brigada.</numerusform>
            <numerusform>%n solicitudes asignadas a la brigada.</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;rew:</source>
        <translation>&amp;Brigada:</translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s), %1 km from the depot through the last stop (nearest neighbour alone: %2 km).</source>
        <translation>
            <numerusform>%n parada, %1 km desde la base hasta la última parada (solo vecino más cercano: %2 km).</numerusform>
            <numerusform>%n paradas, %1 km desde la base hasta la última parada (solo vecino más cercano: %2 km).</numerusform>
        </translation>
    </message>
    <message>
        <source>Work order — %1</source>
        <translation>Orden de trabajo — %1</translation>
    </message>
    <message numerus="yes">
        <source>Start from the depot (%1, %2); %n stop(s), %3 km.</source>
        <translation>
            <numerusform>Salida desde la base (%1, %2); %n parada, %3 km.</numerusform>
            <numerusform>Salida desde la base (%1, %2); %n paradas, %3 km.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Crew leader&apos;s signature: ____________________</source>
        <translation>Firma del jefe de brigada: ____________________</translation>
    </message>
    <message>
        <source>The work order could not be written to %1.</source>
        <translation>No se pudo escribir la orden de trabajo en %1.</translation>
    </message>
    <message>
        <source>Work order written to %1.</source>
        <translation>Orden de trabajo escrita en %1.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchPanel</name>
    <message>
        <source>Search citizens and requests: name, phone, e-mail, tax id or tracking number</source>
        <translation>Busque ciudadanos y solicitudes: nombre, teléfono, correo, NIF o número de registro</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Look on the server</source>
        <translation>Buscar en el servidor</translation>
    </message>
    <message>
        <source>Not on this desk? Look for “%1” on the server (Ctrl+Enter)</source>
        <translation>¿No está en este puesto? Buscar «%1» en el servidor (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Nothing found on this desk, which holds the open requests, its department&apos;s and the recent ones.</source>
        <translation>No se ha encontrado nada en este puesto, que guarda las solicitudes abiertas, las de su departamento y las recientes.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SearchResultsModel</name>
    <message>
        <source>Citizen</source>
        <translation>Ciudadano</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name or tracking number</source>
        <translation>Nombre o número de registro</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Encontrado por</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Base map</source>
        <translation>Mapa &amp;base</translation>
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
        <translation>El archivo está abierto solo para lectura: lo que se guarda en él no se puede cambiar desde aquí.</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma del ordenador</translation>
    </message>
    <message>
        <source>Language of the desk:</source>
        <translation>Idioma del mostrador:</translation>
    </message>
    <message>
        <source>The desk changes language as soon as you press OK or Apply: the window is built again in the new language, with the requests you have open and the call you are taking (kept as a draft). Category names, dates and printed reports follow the new language too. The same setting is made by starting the desk with --lang.</source>
        <translation>El mostrador cambia de idioma en cuanto pulsa Aceptar o Aplicar: la ventana se vuelve a construir en el nuevo idioma, con las solicitudes que tiene abiertas y la llamada que atiende (guardada como borrador). Los nombres de las categorías, las fechas y los informes impresos también siguen el nuevo idioma. El mismo ajuste se hace iniciando el mostrador con --lang.</translation>
    </message>
    <message>
        <source>Streets and districts, &amp;drawn by CivicDesk (no tiles, works offline)</source>
        <translation>Calles y distritos, &amp;dibujados por CivicDesk (sin teselas, funciona sin red)</translation>
    </message>
    <message>
        <source>Tiles from a &amp;tile server</source>
        <translation>Teselas de un servidor de &amp;teselas</translation>
    </message>
    <message>
        <source>Tiles from an &amp;MBTiles file (offline)</source>
        <translation>Teselas de un archivo &amp;MBTiles (sin red)</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© colaboradores de OpenStreetMap</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Choose an MBTiles file</source>
        <translation>Elija un archivo MBTiles</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>Archivos MBTiles (*.mbtiles);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Address of the tiles:</source>
        <translation>Dirección de las teselas:</translation>
    </message>
    <message>
        <source>Highest zoom:</source>
        <translation>Zoom máximo:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation>Atribución:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server: the base map is the municipality&apos;s, the same on every desk, and is set at the server (civicdesk-admin map on the municipality&apos;s file there).</source>
        <translation>Este mostrador trabaja con el servidor del ayuntamiento: el mapa base es del ayuntamiento, el mismo en cada mostrador, y se establece en el servidor (civicdesk-admin map sobre el archivo del ayuntamiento allí).</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n tile(s) shown</source>
        <translation>
            <numerusform>Vista previa: %n tesela mostrada</numerusform>
            <numerusform>Vista previa: %n teselas mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>falta %n</numerusform>
            <numerusform>faltan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: fetching tiles…</source>
        <translation>Vista previa: obteniendo las teselas…</translation>
    </message>
    <message>
        <source>This base map cannot be used: %1</source>
        <translation>Este mapa base no se puede usar: %1</translation>
    </message>
    <message>
        <source>Preview: the streets and districts of the municipality&apos;s file.</source>
        <translation>Vista previa: las calles y los distritos del archivo del ayuntamiento.</translation>
    </message>
    <message>
        <source>&amp;Choose an image…</source>
        <translation>&amp;Elegir una imagen…</translation>
    </message>
    <message>
        <source>Use the CivicDesk &amp;emblem</source>
        <translation>Usar el &amp;emblema de CivicDesk</translation>
    </message>
    <message>
        <source>Directorate of Citizen Services
City Hall, 1 Main Square</source>
        <translation>Oficina de Atención Ciudadana
Ayuntamiento, Plaza Mayor 1</translation>
    </message>
    <message>
        <source>Logo, at the top right of a report&apos;s first page:</source>
        <translation>Logotipo, arriba a la derecha de la primera página de un informe:</translation>
    </message>
    <message>
        <source>Lines under the municipality&apos;s name (at most four: the office, its address, a telephone):</source>
        <translation>Líneas bajo el nombre del ayuntamiento (como máximo cuatro: la oficina, su dirección, un teléfono):</translation>
    </message>
    <message>
        <source>The logo is kept in the municipality&apos;s file, so it prints the same after the image file has moved. Both are this desk&apos;s: each desk of a municipality that works with a server sets its own.</source>
        <translation>El logotipo se guarda en el archivo del ayuntamiento, así que se imprime igual aunque el archivo de la imagen se haya movido. Ambos son de este mostrador: cada mostrador de un ayuntamiento que trabaja con un servidor establece los suyos.</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Elija el logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>At most four lines fit under the municipality&apos;s name; there are %1.</source>
        <translation>Bajo el nombre del ayuntamiento caben como máximo cuatro líneas; hay %1.</translation>
    </message>
    <message>
        <source>C&amp;heck the address</source>
        <translation>&amp;Comprobar la dirección</translation>
    </message>
    <message>
        <source>A CivicDesk server answers at this address.</source>
        <translation>En esta dirección responde un servidor CivicDesk.</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Municipality (code):</source>
        <translation>Ayuntamiento (código):</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>This desk works with the municipality&apos;s server and keeps its own copy of the data. If the server has moved to a new address, write it here: the desk checks that a CivicDesk server answers there and goes on with it, with the same user and the changes still waiting. To work as another user, use File → Sign out.</source>
        <translation>Este mostrador trabaja con el servidor del ayuntamiento y guarda su propia copia de los datos. Si el servidor se ha trasladado a una dirección nueva, escríbala aquí: el mostrador comprueba que allí responde un servidor CivicDesk y continúa con él, con el mismo usuario y los cambios que aún esperan. Para trabajar como otro usuario, use Archivo → Cerrar sesión.</translation>
    </message>
    <message>
        <source>This desk works alone on its file. To work with the municipality&apos;s server instead, write the server&apos;s address, the municipality&apos;s code there and your user name: after OK you sign in, and the desk fetches its own copy of the municipality&apos;s data and keeps it in step (the same as starting it with --server, --tenant and --login). This file stays as it is.</source>
        <translation>Este mostrador trabaja solo sobre su archivo. Para trabajar en cambio con el servidor del ayuntamiento, escriba la dirección del servidor, el código del ayuntamiento allí y su nombre de usuario: tras Aceptar inicia sesión, y el mostrador obtiene su propia copia de los datos del ayuntamiento y la mantiene al día (igual que iniciarlo con --server, --tenant y --login). Este archivo queda como está.</translation>
    </message>
    <message>
        <source>Write the municipality&apos;s code at the server and your user name as well.</source>
        <translation>Escriba también el código del ayuntamiento en el servidor y su nombre de usuario.</translation>
    </message>
    <message>
        <source>Aler&amp;ts</source>
        <translation>Avis&amp;os</translation>
    </message>
    <message>
        <source>&amp;My e-mail address:</source>
        <translation>&amp;Mi dirección de correo:</translation>
    </message>
    <message>
        <source>Send me my alerts by &amp;e-mail too</source>
        <translation>Envíenme los avisos también por &amp;correo</translation>
    </message>
    <message>
        <source>The work given to you or to your crew, and the escalation ladder&apos;s alerts for your role, are always in the work queue&apos;s alert list, with a notification on the desktop. Ticked, each also comes by e-mail to the address above, sent by the municipality&apos;s mail server.</source>
        <translation>El trabajo asignado a usted o a su cuadrilla y los avisos de escalado de su rol están siempre en la lista de avisos de la cola de trabajo, con una notificación en el escritorio. Si lo marca, cada uno llega también por correo a la dirección de arriba, enviado por el servidor de correo del ayuntamiento.</translation>
    </message>
    <message>
        <source>&amp;Messages to citizens</source>
        <translation>&amp;Mensajes a los ciudadanos</translation>
    </message>
</context>
<context>
    <name>CivicDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Take the highlighted match (type, address)</source>
        <translation>Tomar la coincidencia resaltada (tipo, dirección)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Move through the matches</source>
        <translation>Moverse por las coincidencias</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <source>Close the matches</source>
        <translation>Cerrar las coincidencias</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>File the new request</source>
        <translation>Registrar la nueva solicitud</translation>
    </message>
    <message>
        <source>Join the highlighted nearby request</source>
        <translation>Sumarse a la solicitud cercana resaltada</translation>
    </message>
    <message>
        <source>Choose among the nearby requests</source>
        <translation>Elegir entre las solicitudes cercanas</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Arriba, Alt+Abajo</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Campo siguiente, campo anterior</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Go to a field</source>
        <translation>Ir a un campo</translation>
    </message>
    <message>
        <source>Alt + the underlined letter</source>
        <translation>Alt + la letra subrayada</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the server</source>
        <translation>Inicio de sesión en el servidor</translation>
    </message>
    <message>
        <source>The server asks %1 to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>El servidor pide a %1 que vuelva a iniciar sesión. Los cambios hechos mientras tanto se guardan y se envían después.</translation>
    </message>
    <message>
        <source>municipality code, such as ATH</source>
        <translation>código del municipio, por ejemplo ATH</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipio:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Fill in the server, the municipality, the user and the password.</source>
        <translation>Rellene el servidor, el municipio, el usuario y la contraseña.</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 de %2 MB</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>todas</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>This desk keeps every open request, its department&apos;s, and those changed in these last months; an older one is fetched from the server when it is looked for.</source>
        <translation>Este puesto guarda todas las solicitudes abiertas, las de su departamento y las modificadas en estos últimos meses; una más antigua se obtiene del servidor cuando se busca.</translation>
    </message>
    <message>
        <source>&amp;Requests kept here:</source>
        <translation>Solicitudes &amp;guardadas aquí:</translation>
    </message>
</context>
<context>
    <name>CivicDesk::SyncStatus</name>
    <message>
        <source>Filing a request</source>
        <translation>Registro de una solicitud</translation>
    </message>
    <message>
        <source>Adding a caller to a request</source>
        <translation>Añadir a quien llama a una solicitud</translation>
    </message>
    <message>
        <source>Changing a status</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Routing to a department</source>
        <translation>Derivación a un departamento</translation>
    </message>
    <message>
        <source>Assigning a crew</source>
        <translation>Asignación a una cuadrilla</translation>
    </message>
    <message>
        <source>Adding a note</source>
        <translation>Añadir una nota</translation>
    </message>
    <message>
        <source>Marking a duplicate</source>
        <translation>Marcar un duplicado</translation>
    </message>
    <message>
        <source>Recording satisfaction</source>
        <translation>Registro de la satisfacción</translation>
    </message>
    <message>
        <source>Saving a citizen</source>
        <translation>Guardar un ciudadano</translation>
    </message>
    <message>
        <source>Merging citizens</source>
        <translation>Fusión de ciudadanos</translation>
    </message>
    <message>
        <source>Recording a call</source>
        <translation>Registro de una llamada</translation>
    </message>
    <message>
        <source>Update this desk: the server is newer</source>
        <translation>Actualice este puesto: el servidor es más nuevo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>todo enviado</translation>
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
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Last brought up to date at %1.</source>
        <translation>Última actualización a las %1.</translation>
    </message>
    <message>
        <source>Not brought up to date since the desk started.</source>
        <translation>Sin actualizar desde que se inició el puesto.</translation>
    </message>
    <message>
        <source>The server has refused none of this desk&apos;s changes.</source>
        <translation>El servidor no ha rechazado ningún cambio de este puesto.</translation>
    </message>
    <message>
        <source>These changes were made here while the server&apos;s data said otherwise; they are undone on this desk.
Do again what still needs doing.</source>
        <translation>Estos cambios se hicieron aquí mientras los datos del servidor decían otra cosa; se han deshecho en este puesto.
Vuelva a hacer lo que todavía haga falta.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes the server refused, and conflicts</source>
        <translation>Cambios rechazados por el servidor, y conflictos</translation>
    </message>
    <message>
        <source>Citizens&apos; details edited at two desks from the same version: the later edit stands; the other is kept here. Copy back what it should have changed.</source>
        <translation>Datos de ciudadanos editados en dos puestos desde la misma versión: se queda la edición más reciente; la otra se guarda aquí. Vuelva a copiar lo que debía cambiar.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Ciudadano</translation>
    </message>
    <message>
        <source>Stands</source>
        <translation>Se queda</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Dejada de lado</translation>
    </message>
    <message>
        <source>your edit</source>
        <translation>su edición</translation>
    </message>
    <message>
        <source>another desk&apos;s edit</source>
        <translation>la edición de otro puesto</translation>
    </message>
    <message>
        <source>yours: </source>
        <translation>suya: </translation>
    </message>
    <message>
        <source>theirs: </source>
        <translation>de otro: </translation>
    </message>
    <message>
        <source>The server is older than this desk: it must be updated</source>
        <translation>El servidor es más antiguo que este puesto: hay que actualizarlo</translation>
    </message>
    <message>
        <source>Online, not in step</source>
        <translation>En línea, sin sincronizar</translation>
    </message>
    <message>
        <source>The server&apos;s data was replaced: click to start again from it</source>
        <translation>Los datos del servidor se han sustituido: haga clic para volver a empezar desde ellos</translation>
    </message>
</context>
<context>
    <name>CivicDesk::TemplatesDialog</name>
    <message>
        <source>Messages to citizens</source>
        <translation>Mensajes a los ciudadanos</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Empty: the text above, as HTML</source>
        <translation>Vacío: el texto de arriba, como HTML</translation>
    </message>
    <message>
        <source>Insert a placeholder…</source>
        <translation>Insertar un marcador…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>As&amp;unto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Restore CivicDesk&apos;s words</source>
        <translation>&amp;Restaurar el texto de CivicDesk</translation>
    </message>
    <message>
        <source>Only an administrator changes these words; you can read them here.</source>
        <translation>Solo un administrador cambia estos textos; aquí puede leerlos.</translation>
    </message>
    <message>
        <source>This file is open read-only: the templates can be read, not changed.</source>
        <translation>El archivo está abierto solo para lectura: las plantillas se pueden leer, no cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 characters · %n SMS (%2)</source>
        <translation>
            <numerusform>%1 caracteres · %n SMS (%2)</numerusform>
            <numerusform>%1 caracteres · %n SMS (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM 7-bit</source>
        <translation>GSM 7 bits</translation>
    </message>
    <message>
        <source>Unicode: 70 characters in one SMS, 67 in each of several</source>
        <translation>Unicode: 70 caracteres en un SMS, 67 en cada uno cuando son varios</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>E-mail: the text and its HTML are both sent; the reader&apos;s program shows one.</source>
        <translation>Correo: se envían el texto y su HTML; el programa del lector muestra uno.</translation>
    </message>
    <message>
        <source>CivicDesk&apos;s own words.</source>
        <translation>El texto de CivicDesk.</translation>
    </message>
    <message>
        <source>Written for the municipality on %1.</source>
        <translation>Escrito para el ayuntamiento el %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) changed and not saved. Close and lose the changes?</source>
        <translation>
            <numerusform>%n plantilla cambiada y no guardada. ¿Cerrar y perder el cambio?</numerusform>
            <numerusform>%n plantillas cambiadas y no guardadas. ¿Cerrar y perder los cambios?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserChooser</name>
    <message>
        <source>Who is working at this desk?</source>
        <translation>¿Quién trabaja en este puesto?</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>This desk works without a server: choose who you are. What you do is recorded under this name.</source>
        <translation>Este puesto funciona sin servidor: elija quién es usted. Lo que haga se registra con este nombre.</translation>
    </message>
    <message>
        <source>Type part of a name, role or department</source>
        <translation>Escriba parte de un nombre, rol o departamento</translation>
    </message>
    <message>
        <source>Find a user</source>
        <translation>Buscar un usuario</translation>
    </message>
    <message>
        <source>No one: the desk does not open.</source>
        <translation>Nadie: el puesto no se abre.</translation>
    </message>
</context>
<context>
    <name>CivicDesk::UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
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
        <translation>%1 de retraso</translation>
    </message>
    <message>
        <source>escalated %1×</source>
        <translation>escalada %1×</translation>
    </message>
    <message>
        <source> (recurring)</source>
        <translation> (recurrente)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Deadline · time left</source>
        <translation>Plazo · tiempo restante</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>Avisantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>N.º de seguimiento</translation>
    </message>
    <message>
        <source>Reporter accuracy</source>
        <translation>Exactitud del avisante</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CivicDesk — the citizen request desk of a municipality.</source>
        <translation>CivicDesk — la oficina de solicitudes ciudadanas de un ayuntamiento.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Abrir este archivo de base de datos.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Open the demo municipality (created on first use).</source>
        <translation>Abrir el ayuntamiento de demostración (se crea la primera vez).</translation>
    </message>
    <message>
        <source>Country of the demo municipality: GR, RO, IT or ES.</source>
        <translation>País del ayuntamiento de demostración: GR, RO, IT o ES.</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>User interface language (el, ro, it, ca, es, en).</source>
        <translation>Idioma de la interfaz (el, ro, it, ca, es, en).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Open, show the request list, print resident memory in MB and quit (benchmark).</source>
        <translation>Abre, muestra la lista de solicitudes, escribe la memoria residente en MB y sale (medición).</translation>
    </message>
    <message>
        <source>A call from NUMBER: hand it to the running desk (or start one) and show the caller.</source>
        <translation>Una llamada de NÚMERO: la pasa al mostrador abierto (o abre uno) y muestra al llamante.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>Another desk of this user takes the incoming calls.</source>
        <translation>Otro mostrador de este usuario recibe las llamadas entrantes.</translation>
    </message>
    <message>
        <source>Work as this user (user name) without being asked.</source>
        <translation>Trabajar como este usuario (nombre de usuario) sin preguntar.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Work with the municipality&apos;s server at URL: signs in, fetches the data on first use, keeps it in step.</source>
        <translation>Trabaja con el servidor del municipio en la URL: inicia sesión, recibe los datos la primera vez y los mantiene al día.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The municipality&apos;s code on the server.</source>
        <translation>El código del municipio en el servidor.</translation>
    </message>
    <message>
        <source>The user who signs in to the server.</source>
        <translation>El usuario que inicia sesión en el servidor.</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>The running desk did not take the call.</source>
        <translation>El puesto en marcha no aceptó la llamada.</translation>
    </message>
    <message>
        <source>A database file to open, as --db (a double click on a .civicdesk file).</source>
        <translation>Un archivo de base de datos para abrir, como --db (doble clic en un archivo .civicdesk).</translation>
    </message>
</context>
</TS>
