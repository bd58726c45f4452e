<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation>Puesto de trabajo</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tablero del equipo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Equipos y colas</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Guiones</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Reglas de puntuación</translation>
    </message>
    <message>
        <source>Calling rules</source>
        <translation>Reglas de llamada</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{cleaned!r} is not a date like 2026-11-24</source>
        <translation>{cleaned!r} no es una fecha como 2026-11-24</translation>
    </message>
    <message>
        <source>{strip!r} is not a lead number</source>
        <translation>{strip!r} no es un número de lead</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>login, or operator</source>
        <translation>usuario u operador</translation>
    </message>
    <message>
        <source>lead number</source>
        <translation>número de lead</translation>
    </message>
    <message>
        <source>lead, lead.claimed, campaign …</source>
        <translation>lead, lead.claimed, campaign …</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Your teams' people and leads only.</source>
        <translation>Solo las personas y los leads de sus equipos.</translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation>Cada cambio en el centro, el más reciente primero. Horas en UTC.</translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation>No se muestra nada: vea el problema arriba</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados a {path}</translation>
    </message>
</context>
<context>
    <name>CallingRules</name>
    <message>
        <source>{cleaned!r} is not a whole number of calls (empty: no cap)</source>
        <translation>{cleaned!r} no es un número entero de llamadas (vacío: sin límite)</translation>
    </message>
</context>
<context>
    <name>CallingRulesArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Nueva regla</translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation>Eliminar &amp;regla</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>US, US-FL, DE … (empty: the default)</source>
        <translation>US, US-FL, DE … (vacío: la regla por defecto)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>vacío: sin límite</translation>
    </message>
    <message>
        <source>the law that sets these hours</source>
        <translation>la ley que fija este horario</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por qué (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>Rule: {label}</source>
        <translation>Regla: {label}</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nueva regla</translation>
    </message>
</context>
<context>
    <name>CallingRulesHolidays</name>
    <message>
        <source>{value} is not a date like 2026-12-25</source>
        <translation>{value} no es una fecha como 2026-12-25</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>{label} {cleaned!r} is not a date like 2026-11-24</source>
        <translation>{label} {cleaned!r} no es una fecha como 2026-11-24</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation>Nueva ca&amp;mpaña</translation>
    </message>
    <message>
        <source>Reports spread a campaign's cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation>Los informes reparten el coste de una campaña por igual entre los días que duró; sin ambas fechas, el coste entero cuenta en cada período.</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>trade show, web form, download, purchased list …</source>
        <translation>feria, formulario web, descarga, lista comprada …</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por qué (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} está listo: equipo {team} con las colas {join}. Inicie sesión como {admin}. Base de datos: {description}</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation>&amp;Nuevo socio</translation>
    </message>
    <message>
        <source>Receives leads</source>
        <translation>Recibe leads</translation>
    </message>
    <message>
        <source>Alex Morgan &lt;alex@partner.example&gt;
one sales rep a line</source>
        <translation>Alex Morgan &lt;alex@partner.example&gt;
un comercial por línea</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Editando {name}</translation>
    </message>
</context>
<context>
    <name>DoNotCallArea</name>
    <message>
        <source>phone, e-mail, or words of the reason or source</source>
        <translation>teléfono, correo o palabras del motivo o del origen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>US (for numbers without +)</source>
        <translation>US (para números sin +)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>asked on the phone, legal request …</source>
        <translation>lo pidió por teléfono, requerimiento legal …</translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation>por qué sale de la lista</translation>
    </message>
    <message>
        <source>say why they must not be called</source>
        <translation>indique por qué no se debe llamar</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Ya está en la lista</translation>
    </message>
    <message>
        <source>{entries} added{blocked}</source>
        <translation>{entries} añadidas{blocked}</translation>
    </message>
    <message>
        <source>choose the entry in the list first</source>
        <translation>elija primero la entrada en la lista</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>indique por qué la entrada sale de la lista</translation>
    </message>
    <message>
        <source>The {kind} entry {value}… is off the list</source>
        <translation>La entrada {kind} {value}… ha salido de la lista</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>Put {value} ({value2}) on the do-not-call list? Nobody will call this phone number or e-mail again, on any lead.</source>
        <translation>¿Poner {value} ({value2}) en la lista de no llamar? Nadie volverá a llamar a este teléfono ni a escribir a este correo, en ningún lead.</translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation>Poner en la lista de no llamar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the do-not-call entry.</source>
        <translation>Indique por qué: el motivo se guarda con la entrada de no llamar.</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation>Leads detrás de {title}</translation>
    </message>
    <message>
        <source>{count} leads — {title}{more}</source>
        <translation>{count} leads — {title}{more}</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Abrir &amp;ficha</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>Exportar {upper}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>{count} leads exported to {path}</source>
        <translation>{count} leads exportados a {path}</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Eligible now</source>
        <translation>Disponibles ahora</translation>
    </message>
    <message>
        <source>Leased now</source>
        <translation>En curso ahora</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rellamadas</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Maduración</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Listo para ventas</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Intentos hoy</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contactos hoy</translation>
    </message>
    <message>
        <source>Qualified today</source>
        <translation>Cualificados hoy</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Qualifier — set up a center</source>
        <translation>Qualifier — configurar un centro</translation>
    </message>
    <message>
        <source>Set up your Qualifying Center</source>
        <translation>Configure su centro de cualificación</translation>
    </message>
    <message>
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made, and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation>Esta base de datos aún no tiene usuarios ({description}). Dé nombre al centro, elija cuándo se puede llamar y cree el primer administrador con un primer equipo y una primera cola. Todo lo demás se puede añadir después en la aplicación.</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>p. ej. Centro de cualificación de Lisboa</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <source>e.g. ada.admin</source>
        <translation>p. ej. ada.admin</translation>
    </message>
    <message>
        <source>optional, e.g. Ada Lovelace</source>
        <translation>opcional, p. ej. Ada Lovelace</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>al menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation>&amp;Configurar el centro</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>el centro necesita un nombre</translation>
    </message>
    <message>
        <source>choose the administrator's login</source>
        <translation>elija el usuario del administrador</translation>
    </message>
    <message>
        <source>choose the administrator's password</source>
        <translation>elija la contraseña del administrador</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same one twice</source>
        <translation>las dos contraseñas no coinciden; escriba la misma dos veces</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
</context>
<context>
    <name>FlaggedDeliveries</name>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation>lo que dijo el socio (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marcar como &amp;entregado</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Enviar de &amp;nuevo</translation>
    </message>
    <message>
        <source>{len} {value} may have reached the partner: ask them about the Message-ID, then mark it delivered or send it again.</source>
        <translation>{len} {value} puede haber llegado al socio: pregúntele por el Message-ID y luego márquelo como entregado o envíelo de nuevo.</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Seleccione primero una entrega.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Enviando de nuevo…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>HandoffsTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Select a handoff to see why it went to its partner.</source>
        <translation>Seleccione una entrega para ver por qué fue a su socio.</translation>
    </message>
    <message>
        <source>why rejected or lost</source>
        <translation>por qué se rechazó o se perdió</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation>Registrar &amp;novedad</translation>
    </message>
    <message>
        <source>Back to &amp;nurture</source>
        <translation>Volver a &amp;maduración</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por qué este socio</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Respuesta del socio</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors enter feedback.</source>
        <translation>Solo los responsables de canal y los supervisores registran respuestas.</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Seleccione primero una entrega.</translation>
    </message>
    <message>
        <source>Handoff {id} is {status}; the lead is {replace}.</source>
        <translation>La entrega {id} está {status}; el lead está {replace}.</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Choose a rule to see its holidays</source>
        <translation>Elija una regla para ver sus festivos</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>optional, e.g. Christmas Day</source>
        <translation>opcional, p. ej. Navidad</translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation>Eli&amp;minar festivo</translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation>Festivos de {value}</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import inquiries</source>
        <translation>Importar consultas</translation>
    </message>
    <message>
        <source>CSV (any delimiter or encoding) or XLSX file</source>
        <translation>Archivo CSV (cualquier separador o codificación) o XLSX</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>optional: the campaign every row belongs to</source>
        <translation>opcional: la campaña a la que pertenecen todas las filas</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>Check how each column is read. Recognised headers are mapped already; choose “ignore” for columns Qualifier should not read.</source>
        <translation>Compruebe cómo se lee cada columna. Los encabezados reconocidos ya están asignados; elija «ignore» para las columnas que Qualifier no debe leer.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeras filas:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importar &amp;otro archivo</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {total_rows} rows</source>
        <translation>Paso 2 de 4: compruebe las columnas — {file_name}, {total_rows} filas</translation>
    </message>
    <message>
        <source>Several columns are read as {join}.</source>
        <translation>Varias columnas se leen como {join}.</translation>
    </message>
    <message>
        <source>Cancelling after the rows being stored now…</source>
        <translation>Cancelando después de las filas que se están guardando…</translation>
    </message>
    <message>
        <source>{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected</source>
        <translation>{done} de {total} filas: {imported} nuevas, {merged} fusionadas, {rejected} rechazadas</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>La importación se detuvo: {message}</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>Paso 2 de 4: compruebe las columnas</translation>
    </message>
    <message>
        <source>Every rejected row and why: {rejects_file}</source>
        <translation>Cada fila rechazada y el motivo: {rejects_file}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>No se rechazó ninguna fila.</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Ningún lead abierto</translation>
    </message>
    <message>
        <source>Press Ctrl+N for the next lead.</source>
        <translation>Pulse Ctrl+N para el siguiente lead.</translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} earlier attempts · consent {consent} · {where}</source>
        <translation>Puntuación {score} · {segment} · {attempts} intentos anteriores · consentimiento {consent} · {where}</translation>
    </message>
    <message>
        <source>Asked for: {inquiry}</source>
        <translation>Pidió: {inquiry}</translation>
    </message>
    <message>
        <source>No inquiry text recorded</source>
        <translation>No consta el texto de la consulta</translation>
    </message>
    <message>
        <source>{len} touch(es): {touches}</source>
        <translation>{len} contacto(s): {touches}</translation>
    </message>
    <message>
        <source>First call to this lead</source>
        <translation>Primera llamada a este lead</translation>
    </message>
    <message>
        <source>Came back to the center.
{past_text}</source>
        <translation>Volvió al centro.
{past_text}</translation>
    </message>
</context>
<context>
    <name>LeadRecordDialog</name>
    <message>
        <source>Lead record</source>
        <translation>Ficha del lead</translation>
    </message>
    <message>
        <source>Loading the lead record…</source>
        <translation>Cargando la ficha del lead…</translation>
    </message>
    <message>
        <source>Take as &amp;inbound call</source>
        <translation>Atender como llamada &amp;entrante</translation>
    </message>
    <message>
        <source>The prospect is calling: take the lead now, whatever its calling window</source>
        <translation>El cliente potencial está llamando: tome el lead ahora, sea cual sea su horario de llamada</translation>
    </message>
    <message>
        <source>Take and call &amp;out</source>
        <translation>Tomar y &amp;llamar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Lead {id}: {company}{name}{title}</source>
        <translation>Lead {id}: {company}{name}{title}</translation>
    </message>
    <message>
        <source>Lead {id} — {company}</source>
        <translation>Lead {id} — {company}</translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation>No se pudo cargar la ficha del lead.</translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>the callback time is not a date and time</source>
        <translation>la hora de rellamada no es una fecha y hora</translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation>elija primero un resultado</translation>
    </message>
    <message>
        <source>the recycle date is not a date</source>
        <translation>la fecha de reciclaje no es una fecha</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>No lead open</source>
        <translation>Ningún lead abierto</translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation>Llamada 00:00</translation>
    </message>
    <message>
        <source>Your time {mine:%H:%M} {tzname}</source>
        <translation>Su hora {mine:%H:%M} {tzname}</translation>
    </message>
    <message>
        <source>Call {minutes:02d}:{seconds:02d}</source>
        <translation>Llamada {minutes:02d}:{seconds:02d}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Qualifier — sign in</source>
        <translation>Qualifier — iniciar sesión</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Qualifying Center — sign in to your workstation</source>
        <translation>Centro de cualificación — inicie sesión en su puesto</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>p. ej. rita.rep</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Database: {description}</source>
        <translation>Base de datos: {description}</translation>
    </message>
    <message>
        <source>Cannot work with this database.</source>
        <translation>No se puede trabajar con esta base de datos.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Escriba su usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Choose a new password to sign in: yours was reset.</source>
        <translation>Elija una contraseña nueva para entrar: la suya se restableció.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Find a lead</source>
        <translation>Buscar un lead</translation>
    </message>
    <message>
        <source>Phone (any format), e-mail, name or company — then Enter</source>
        <translation>Teléfono (cualquier formato), correo, nombre o empresa — luego Intro</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No lead found ({understood_as}).</source>
        <translation>No se encontró ningún lead ({understood_as}).</translation>
    </message>
    <message>
        <source>{len} lead(s), {understood_as}{more}.</source>
        <translation>{len} lead(s), {understood_as}{more}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qualifier — {display_name}</source>
        <translation>Qualifier — {display_name}</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>Mostrar {area}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>&lt;table cellspacing='6'&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing='6'&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation>⚠ Reloj desfasado</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rellamada</translation>
    </message>
    <message>
        <source>nurture</source>
        <translation>maduración</translation>
    </message>
    <message>
        <source>sales ready</source>
        <translation>listo para ventas</translation>
    </message>
    <message>
        <source>handed off</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>descalificado</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>no llamar</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionado</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rellamada</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Listo para ventas</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Maduración</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Descalificar</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>No llamar</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No contesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Mensaje en el buzón</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número equivocado</translation>
    </message>
    <message>
        <source>Bad number</source>
        <translation>Número erróneo</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Jefe de equipo</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>MoveLeadsDialog</name>
    <message>
        <source>Remove queue</source>
        <translation>Eliminar cola</translation>
    </message>
    <message>
        <source>The queue {name} still holds {plural} (waiting, called back or in nurture). Move them to:</source>
        <translation>La cola {name} aún contiene {plural} (en espera, por rellamar o en maduración). Muévalos a:</translation>
    </message>
    <message>
        <source>&amp;Move them and remove the queue</source>
        <translation>&amp;Moverlos y eliminar la cola</translation>
    </message>
    <message>
        <source>There is no other open queue: add one first.</source>
        <translation>No hay otra cola abierta: añada una primero.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>Aún no hay recomendación</translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Solo &amp;yo (si no, cualquiera de la cola)</translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>por qué decide distinto del guion</translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notas para el próximo agente o para el socio</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Guardar resultado  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Tomar el siguiente lead al guardar</translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation>&amp;Cómo fue</translation>
    </message>
    <message>
        <source>&amp;Callback at</source>
        <translation>&amp;Rellamar el</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Recycle &amp;on</source>
        <translation>Reciclar &amp;el</translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation>De&amp;cidir otra cosa porque</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Ningún lead abierto</translation>
    </message>
    <message>
        <source>No recommendation yet: answer the script, or log a no-contact call</source>
        <translation>Aún no hay recomendación: responda el guion o registre una llamada sin contacto</translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation>Recomendado: {text}</translation>
    </message>
    <message>
        <source>Script in progress ({points}); finish it for a grade</source>
        <translation>Guion en curso ({points}); termínelo para obtener una nota</translation>
    </message>
</context>
<context>
    <name>PartnerChoiceDialog</name>
    <message>
        <source>Hand off lead {lead_id}</source>
        <translation>Entregar el lead {lead_id}</translation>
    </message>
    <message>
        <source>Finding the best partner…</source>
        <translation>Buscando el mejor socio…</translation>
    </message>
    <message>
        <source>Why not the proposed partner? (required)</source>
        <translation>¿Por qué no el socio propuesto? (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Reason for choosing another partner</source>
        <translation>&amp;Motivo para elegir otro socio</translation>
    </message>
    <message>
        <source>No partner can take {value} now</source>
        <translation>Ningún socio puede aceptar {value} ahora</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation>{value} va a {name}</translation>
    </message>
    <message>
        <source>Handing off…</source>
        <translation>Entregando…</translation>
    </message>
</context>
<context>
    <name>PartnerRouting</name>
    <message>
        <source>Lead {lead_id} is ready for a partner; no proposal: {problem_text}</source>
        <translation>El lead {lead_id} está listo para un socio; sin propuesta: {problem_text}</translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation>Lead {lead_id} entregado a {partner} ({status_text}).</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Handoffs and feedback</source>
        <translation>Entregas y respuestas</translation>
    </message>
    <message>
        <source>Waiting for a partner</source>
        <translation>Esperando un socio</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>Sin informar</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>at least 10 characters, not the login</source>
        <translation>al menos 10 caracteres, distinta del usuario</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation>escriba su contraseña actual</translation>
    </message>
    <message>
        <source>choose the new password</source>
        <translation>elija la contraseña nueva</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>las dos contraseñas no coinciden</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Unexpected problem: {kind}</source>
        <translation>Problema inesperado: {kind}</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Dr&amp;y run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing</source>
        <translation>Decir qué se enviaría; no enviar nada</translation>
    </message>
    <message>
        <source>&amp;Publish scorecards</source>
        <translation>&amp;Publicar fichas de resultados</translation>
    </message>
    <message>
        <source>E-mail last week's scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation>Enviar por correo las fichas de la semana pasada a cada socio y responsable de canal, y a los supervisores el resumen de quién no informa; nunca dos veces la misma semana</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation>Publicación semanal:</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>Calculando las fichas…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
</context>
<context>
    <name>QueueOverview</name>
    <message>
        <source>Shared lead queue</source>
        <translation>Cola compartida de leads</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{total} leads in the refinery</source>
        <translation>{total} leads en la refinería</translation>
    </message>
    <message>
        <source>Could not load the queue: {message}</source>
        <translation>No se pudo cargar la cola: {message}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Next lead  (Ctrl+N)</source>
        <translation>&amp;Siguiente lead  (Ctrl+N)</translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation>Mis rellamadas</translation>
    </message>
    <message>
        <source>No callbacks for you</source>
        <translation>No tiene rellamadas</translation>
    </message>
    <message>
        <source>{eligible} leads eligible for you now</source>
        <translation>{eligible} leads disponibles para usted ahora</translation>
    </message>
    <message>
        <source>Nothing eligible now; the next lead becomes eligible at {astimezone:%a %H:%M} your time</source>
        <translation>Nada disponible ahora; el siguiente lead estará disponible a las {astimezone:%a %H:%M} (su hora)</translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation>No hay nada esperando en sus colas</translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation>Nueva &amp;cola</translation>
    </message>
    <message>
        <source>e.g. SMB West</source>
        <translation>p. ej. Pymes Oeste</translation>
    </message>
    <message>
        <source>Higher first: a rep's next lead comes from the highest queue</source>
        <translation>Mayor primero: el siguiente lead de un agente sale de la cola más alta</translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation>&amp;Eliminar cola…</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>Espacio marca o desmarca a la persona bajo el cursor</translation>
    </message>
    <message>
        <source>A new queue is worked by its team's reps; change it after saving</source>
        <translation>Una cola nueva la trabajan los agentes de su equipo; cámbielo después de guardar</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Nueva cola</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Cola {name}</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Eliminar cola</translation>
    </message>
    <message>
        <source>Remove the queue {name}? It holds no leads; nobody works it any more.</source>
        <translation>¿Eliminar la cola {name}? No contiene leads; nadie la trabaja ya.</translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation>La cola {name} se ha eliminado{where}.</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Todo el período</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exportar &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Este informe</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Handed off, accepted, won, revenue and SLA breaches open their leads; activity figures are daily totals</source>
        <translation>Entregados, aceptados, ganados, ingresos e incumplimientos de SLA abren sus leads; las cifras de actividad son totales diarios</translation>
    </message>
    <message>
        <source>This column does not stand for leads</source>
        <translation>Esta columna no representa leads</translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation>Abriendo los leads…</translation>
    </message>
    <message>
        <source>{count} leads behind {title}</source>
        <translation>{count} leads detrás de {title}</translation>
    </message>
    <message>
        <source>{title} · {period} · {len} rows</source>
        <translation>{title} · {period} · {len} filas</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>Exportar {upper}</translation>
    </message>
    <message>
        <source>{count} rows exported to {path}</source>
        <translation>{count} filas exportadas a {path}</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation>Socio propuesto</translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation>&amp;Confirmar y enviar  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation>Elegir &amp;otro…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>No partner can take it now</source>
        <translation>Ningún socio puede aceptarlo ahora</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Sales-ready leads that have no partner yet: new ones, rejected ones, and those whose partner let the SLA run out with nobody else eligible.</source>
        <translation>Leads listos para ventas que aún no tienen socio: nuevos, rechazados y aquellos cuyo socio dejó vencer el SLA sin otro socio elegible.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>C&amp;hoose partner…</source>
        <translation>E&amp;legir socio…</translation>
    </message>
    <message>
        <source>Route &amp;all</source>
        <translation>Asignar &amp;todos</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Asignando…</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation>{plural} esperando un socio</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Seleccione primero un lead.</translation>
    </message>
</context>
<context>
    <name>SaferOutcomes</name>
    <message>
        <source>There is no outcome to undo: only the last one, within 30 s.</source>
        <translation>No hay ningún resultado que deshacer: solo el último, en los 30 s siguientes.</translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation>Deshaciendo el resultado del lead {lead_id}…</translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Elija una versión para editar</translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation>El efecto en la cola aparece aquí cuando las reglas son válidas.</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>qué cambia y por qué (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation>Efecto en los leads en cola aún no trabajados</translation>
    </message>
    <message>
        <source>Valid: previewing the effect on the queue…</source>
        <translation>Válidas: calculando el efecto en la cola…</translation>
    </message>
    <message>
        <source>Counting the leads that would change…</source>
        <translation>Contando los leads que cambiarían…</translation>
    </message>
    <message>
        <source>Valid: see the effect before applying</source>
        <translation>Válidas: vea el efecto antes de aplicar</translation>
    </message>
    <message>
        <source>Nothing to preview until the rules validate.</source>
        <translation>No hay vista previa hasta que las reglas sean válidas.</translation>
    </message>
    <message>
        <source>Wait for the preview of these rules before applying</source>
        <translation>Espere la vista previa de estas reglas antes de aplicar</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Aplicadas como versión {version}</translation>
    </message>
    <message>
        <source>Version {version} already says this; nothing saved</source>
        <translation>La versión {version} ya dice esto; no se guardó nada</translation>
    </message>
    <message>
        <source>Rescored {examined} queued leads: {changed} changed, {moved} moved to another queue.</source>
        <translation>Se puntuaron de nuevo {examined} leads en cola: {changed} cambiaron, {moved} pasaron a otra cola.</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation>&amp;Siguiente pantalla</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Preview: nothing to walk</source>
        <translation>Vista previa: nada que recorrer</translation>
    </message>
    <message>
        <source>Preview — {title} ({join})</source>
        <translation>Vista previa — {title} ({join})</translation>
    </message>
    <message>
        <source>Required: {value}</source>
        <translation>Obligatorio: {value}</translation>
    </message>
    <message>
        <source>The script {how}. {text}</source>
        <translation>El guion {how}. {text}</translation>
    </message>
    <message>
        <source>Preview — done ({join})</source>
        <translation>Vista previa — terminada ({join})</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Script</source>
        <translation>Guion</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Responda el guion para ver la nota</translation>
    </message>
    <message>
        <source>{title} — screen {value} of {len}</source>
        <translation>{title} — pantalla {value} de {len}</translation>
    </message>
    <message>
        <source>Points so far: {points}</source>
        <translation>Puntos hasta ahora: {points}</translation>
    </message>
</context>
<context>
    <name>ScriptsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Elija una versión para editar</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>qué cambia y por qué (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Valid: {len} screens, every path ends</source>
        <translation>Válido: {len} pantallas, todos los caminos terminan</translation>
    </message>
    <message>
        <source>Saved as {name} v{version}: new leads get it</source>
        <translation>Guardado como {name} v{version}: los leads nuevos lo usarán</translation>
    </message>
    <message>
        <source>{name} v{version} already says this; nothing saved</source>
        <translation>{name} v{version} ya dice esto; no se guardó nada</translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Open handoffs with no news from the partner for at least</source>
        <translation>Entregas abiertas sin noticias del socio desde hace al menos</translation>
    </message>
    <message>
        <source>Partners that report get more leads: this measure is part of their weight.</source>
        <translation>Los socios que informan reciben más leads: esta medida forma parte de su peso.</translation>
    </message>
    <message>
        <source>{plural} not reporting</source>
        <translation>{plural} sin informar</translation>
    </message>
    <message>
        <source>Every partner reported on its open handoffs.</source>
        <translation>Todos los socios informaron de sus entregas abiertas.</translation>
    </message>
</context>
<context>
    <name>TeamBoardArea</name>
    <message>
        <source>Live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Las actualizaciones en directo se detuvieron ({why}); se actualiza cada 10 s</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>todos los equipos</translation>
    </message>
    <message>
        <source>Release stale leases ({stale_leases})</source>
        <translation>Liberar asignaciones caducadas ({stale_leases})</translation>
    </message>
    <message>
        <source>Updated {at:%H:%M:%S} UTC · live</source>
        <translation>Actualizado {at:%H:%M:%S} UTC · en directo</translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation>{count} leads</translation>
    </message>
    <message>
        <source>Choose a rep or a queue to move the leads to.</source>
        <translation>Elija un agente o una cola adonde mover los leads.</translation>
    </message>
    <message>
        <source>Select the leads to move first.</source>
        <translation>Seleccione primero los leads que quiere mover.</translation>
    </message>
    <message>
        <source>{waiting} of the {len} selected leads are still loading: scroll through them and move again, or filter and use Move matching.</source>
        <translation>{waiting} de los {len} leads seleccionados aún se están cargando: desplácese por ellos y vuelva a mover, o filtre y use Mover coincidentes.</translation>
    </message>
    <message>
        <source>Set a filter first; moving every lead at once is not offered.</source>
        <translation>Ponga primero un filtro; no se ofrece mover todos los leads a la vez.</translation>
    </message>
    <message>
        <source>Move leads</source>
        <translation>Mover leads</translation>
    </message>
    <message>
        <source>Select the rep whose callbacks move, and the rep who takes them.</source>
        <translation>Seleccione el agente cuyas rellamadas se mueven y el agente que las recibe.</translation>
    </message>
    <message>
        <source>Select a rep on the board first.</source>
        <translation>Seleccione primero un agente en el tablero.</translation>
    </message>
    <message>
        <source>&amp;Resume rep</source>
        <translation>&amp;Reanudar agente</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>&amp;Pausar agente</translation>
    </message>
    <message>
        <source>{count} stale lease{value} released.</source>
        <translation>{count} asignación(es) caducada(s) liberada(s).</translation>
    </message>
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Team board</source>
        <translation>Tablero del equipo</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>&amp;Pausar agente</translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation>Mover &amp;rellamadas a</translation>
    </message>
    <message>
        <source>Release stale leases</source>
        <translation>Liberar asignaciones caducadas</translation>
    </message>
    <message>
        <source>any lease</source>
        <translation>cualquier asignación</translation>
    </message>
    <message>
        <source>country or US-NY</source>
        <translation>país o US-NY</translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation>la empresa empieza por</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Mover seleccionados a</translation>
    </message>
    <message>
        <source>Move &amp;all matching to</source>
        <translation>Mover &amp;todos los coincidentes a</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>nadie (sin asignar)</translation>
    </message>
    <message>
        <source>rep: {name}</source>
        <translation>agente: {name}</translation>
    </message>
    <message>
        <source>queue: {name}</source>
        <translation>cola: {name}</translation>
    </message>
</context>
<context>
    <name>TeamsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation>Nuevo &amp;equipo</translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation>p. ej. Norteamérica</translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation>&amp;Desactivar equipo</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Equipo {name}</translation>
    </message>
    <message>
        <source>Re&amp;activate team</source>
        <translation>&amp;Reactivar equipo</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>amount, e.g. 120000</source>
        <translation>importe, p. ej. 120000</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}: {message}  ({key})</source>
        <translation>Deshacer lead {lead_id}: {message}  ({key})</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>p. ej. rita.rep</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reactivar</translation>
    </message>
    <message>
        <source>choose a login</source>
        <translation>elija un usuario</translation>
    </message>
    <message>
        <source>{login} is added. One-time password: {password} — give it to them now, it is shown only once; they choose their own at the first sign-in.</source>
        <translation>{login} se ha añadido. Contraseña de un solo uso: {password} — entréguesela ahora, solo se muestra una vez; elegirá la suya al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation>Guardado {login}: {label}, {team}, {state}{returned}</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. The leads {login} holds go back to the queue, and their “me only” callbacks to the team.</source>
        <translation>¿Desactivar a {login}? Ya no podrá iniciar sesión. Los leads que tiene {login} vuelven a la cola, y sus rellamadas «solo yo» al equipo.</translation>
    </message>
    <message>
        <source>One-time password for {login}: {password} — give it to them now, it is shown only once; they must choose their own at the next sign-in.</source>
        <translation>Contraseña de un solo uso para {login}: {password} — entréguesela ahora, solo se muestra una vez; deberá elegir la suya en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>{login} is unlocked and can sign in again.</source>
        <translation>{login} está desbloqueado y puede volver a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <source>Could not load your queue: {problem_text}</source>
        <translation>No se pudo cargar su cola: {problem_text}</translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation>Tomando el siguiente lead…</translation>
    </message>
    <message>
        <source>Restored your unsaved work on lead {id}.</source>
        <translation>Se recuperó su trabajo sin guardar del lead {id}.</translation>
    </message>
    <message>
        <source>Lead {id} is yours until you save an outcome.</source>
        <translation>El lead {id} es suyo hasta que guarde un resultado.</translation>
    </message>
    <message>
        <source>Draft for lead {lead_id} discarded.</source>
        <translation>Borrador del lead {lead_id} descartado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation>Lead {lead_id} guardado: {message}.</translation>
    </message>
    <message>
        <source>No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).</source>
        <translation>Ningún lead está disponible ahora. El siguiente estará disponible el {when}, su hora (dentro de {wait}).</translation>
    </message>
</context>
<context>
    <name>WorkspaceLookup</name>
    <message>
        <source>Finish lead {lead_id} first: save its outcome, then take this one.</source>
        <translation>Termine primero el lead {lead_id}: guarde su resultado y luego tome este.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>No lead is eligible now</source>
        <translation>Ningún lead está disponible ahora</translation>
    </message>
</context>
</TS>
