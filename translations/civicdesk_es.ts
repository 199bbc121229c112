<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CivicDesk</name>
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
        <source>The GeoJSON holds no features (type "%1").</source>
        <translation>El GeoJSON no contiene elementos (tipo «%1»).</translation>
    </message>
    <message>
        <source>The database has no municipality yet; run "init" or "generate" first.</source>
        <translation>La base de datos aún no tiene ayuntamiento; ejecute primero «init» o «generate».</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file lacks the columns %1.</source>
        <translation>Al archivo le faltan las columnas %1.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos mientras la cabecera tiene %2</translation>
    </message>
    <message>
        <source>kind "%1" is not one of person, legal_entity, volunteer, municipal_service, processing_body</source>
        <translation>el tipo «%1» no es ninguno de person, legal_entity, volunteer, municipal_service, processing_body</translation>
    </message>
    <message>
        <source>neither a name nor an organisation</source>
        <translation>ni nombre ni organización</translation>
    </message>
    <message>
        <source>phone "%1" kept as typed: %2</source>
        <translation>teléfono «%1» conservado tal como se escribió: %2</translation>
    </message>
    <message>
        <source>e-mail "%1" does not look like an address; kept as typed</source>
        <translation>el correo «%1» no parece una dirección; conservado tal como se escribió</translation>
    </message>
    <message>
        <source>district "%1" is unknown; left empty</source>
        <translation>el barrio «%1» es desconocido; dejado vacío</translation>
    </message>
    <message>
        <source>same person as line %1</source>
        <translation>la misma persona que la línea %1</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>the feature has no property "%1"</source>
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
        <source>requested_datetime "%1" is not an ISO 8601 time</source>
        <translation>requested_datetime «%1» no es una hora ISO 8601</translation>
    </message>
    <message>
        <source>status "%1" is neither open nor closed</source>
        <translation>el estado «%1» no es ni open ni closed</translation>
    </message>
    <message>
        <source>lat/long "%1", "%2" is not a position</source>
        <translation>lat/long «%1», «%2» no es una posición</translation>
    </message>
    <message>
        <source>neither service_code nor service_name</source>
        <translation>ni service_code ni service_name</translation>
    </message>
    <message>
        <source>new service type "%1" (%2) flagged as imported</source>
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
        <source>The number is not in use in its country's numbering plan.</source>
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
        <source>%1 is read-only; nothing was changed.</source>
        <translation>%1 es de solo lectura; no se ha cambiado nada.</translation>
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
        <source>Citizen: %1</source>
        <translation>Ciudadano: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>About CivicDesk</source>
        <translation>Acerca de CivicDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;The citizen request desk of a municipality: calls, requests, departments and reports.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CivicDesk %1&lt;/h3&gt;&lt;p&gt;La oficina de solicitudes ciudadanas de un ayuntamiento: llamadas, solicitudes, departamentos e informes.&lt;/p&gt;</translation>
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
        <source>Nothing found (%1 ms)</source>
        <translation>No se ha encontrado nada (%1 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) in %1 ms</source>
        <translation>
            <numerusform>%n resultado en %1 ms</numerusform><numerusform>%n resultados en %1 ms</numerusform></translation>
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
</context>
</TS>