<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clock warning</source>
        <translation>Aviso del reloj</translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <source>My state</source>
        <translation>Mi estado</translation>
    </message>
    <message>
        <source>Reason for the state</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Motivo, luego Intro</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <source>Set my state</source>
        <translation>Fijar mi estado</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tiempo en el estado</translation>
    </message>
    <message>
        <source>State notice</source>
        <translation>Aviso de estado</translation>
    </message>
    <message>
        <source>Paused by your team lead: no leads until resumed</source>
        <translation>En pausa por su jefe de equipo: sin leads hasta que la reanude</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
</context>
<context>
    <name>AgentStateControl</name>
    <message>
        <source>Your state: {problem}</source>
        <translation>Su estado: {problem}</translation>
    </message>
    <message>
        <source>Go Ready?</source>
        <translation>¿Pasar a Disponible?</translation>
    </message>
    <message>
        <source>You are on {state} for {time}. Go Ready and take the next lead?</source>
        <translation>Está en {state} desde hace {time}. ¿Pasar a Disponible y tomar el siguiente lead?</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>un rato</translation>
    </message>
    <message>
        <source>&amp;Go Ready</source>
        <translation>&amp;Pasar a Disponible</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Todavía no</translation>
    </message>
</context>
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
    <message>
        <source>Center</source>
        <translation>Centro</translation>
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
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
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
        <source>any action, or a code</source>
        <translation>cualquier acción, o un código</translation>
    </message>
    <message>
        <source>Choose an action, or type its code or the start of one: lead.claimed, lead</source>
        <translation>Elija una acción, o escriba su código o su comienzo: lead.claimed, lead</translation>
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
        <source>&amp;Who</source>
        <translation>&amp;Quién</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Your teams&apos; people and leads only.</source>
        <translation>Solo las personas y los leads de sus equipos.</translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation>Cada cambio en el centro, el más reciente primero. Horas en UTC.</translation>
    </message>
    <message>
        <source>; only the newest are shown: narrow the filter</source>
        <translation>; solo se muestran los más recientes: acote el filtro</translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation>No se muestra nada: vea el problema arriba</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados a {path}</translation>
    </message>
    <message>
        <source>Nothing exported: see the problem above</source>
        <translation>No se exportó nada: vea el problema arriba</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>CallbackPicker</name>
    <message>
        <source>Callback date and time in the prospect&apos;s time</source>
        <translation>Fecha y hora de la rellamada en la hora del prospecto</translation>
    </message>
    <message>
        <source>Time zone the callback time is in</source>
        <translation>Zona horaria de la hora de la devolución de llamada</translation>
    </message>
    <message>
        <source>in &amp;zone</source>
        <translation>en la &amp;zona</translation>
    </message>
    <message>
        <source>Prospect&apos;s time ({zone}) · your time {mine} {mine_zone}</source>
        <translation>Hora del prospecto ({zone}) · su hora {mine} {mine_zone}</translation>
    </message>
    <message>
        <source> · also {times}</source>
        <translation> · también {times}</translation>
    </message>
    <message>
        <source> · also {count} other time zones, from {earliest} to {latest}</source>
        <translation> · también otras {count} zonas horarias, de {earliest} a {latest}</translation>
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
        <source>Calling rules</source>
        <translation>Reglas de llamada</translation>
    </message>
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
        <source>A lead follows its region&apos;s rule, else its country&apos;s, else the default (place left empty; without one, the settings file&apos;s window). Windows are local time at the called party; workstations follow a change within a minute.</source>
        <translation>Un lead sigue la regla de su región; si no hay, la de su país; si no, la regla por defecto (lugar vacío; sin ella, el horario del archivo de configuración). Los horarios son la hora local del destinatario; los puestos aplican un cambio en menos de un minuto.</translation>
    </message>
    <message>
        <source>Administrators change these rules.</source>
        <translation>Los administradores cambian estas reglas.</translation>
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
        <source>&amp;Place</source>
        <translation>Lu&amp;gar</translation>
    </message>
    <message>
        <source>Window s&amp;tart</source>
        <translation>Inicio del &amp;horario</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Guardar regla</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>&amp;Fin del horario</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>&amp;Calls a day</source>
        <translation>Llamadas al &amp;día</translation>
    </message>
    <message>
        <source>Calls a &amp;week</source>
        <translation>&amp;Llamadas a la semana</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>F&amp;uente</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>&amp;Por qué</translation>
    </message>
    <message>
        <source>; saved the rule of {place}</source>
        <translation>; guardada la regla de {place}</translation>
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
    <message>
        <source>nothing</source>
        <translation>nada</translation>
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
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation>Nueva ca&amp;mpaña</translation>
    </message>
    <message>
        <source>Reports spread a campaign&apos;s cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation>Los informes reparten el coste de una campaña por igual entre los días que duró; sin ambas fechas, el coste entero cuenta en cada período.</translation>
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
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Guardar campaña</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;oste</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primer día</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Último día</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;qué</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; guardado {name}</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>el primer día</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>el último día</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
</context>
<context>
    <name>CenterArea</name>
    <message>
        <source>The center</source>
        <translation>El centro</translation>
    </message>
    <message>
        <source>Save the &amp;center</source>
        <translation>Guardar el &amp;centro</translation>
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
        <source>what every amount is in, e.g. EUR</source>
        <translation>la moneda de todos los importes, p. ej. EUR</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Horario de llamadas</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Do-not-call registries</source>
        <translation>Listas de exclusión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>Estado del centro</translation>
    </message>
    <message>
        <source>The time zone makes the center&apos;s day: reports and exports count their days by it, and a nurture lead&apos;s recycle date, a partner&apos;s close date and a registry snapshot&apos;s date are read on its calendar. Changing it counts every call again.

The calling window is the local time at the called party when calls may be made, wherever no calling rule of its place applies (a default rule in the Calling rules area comes first).

The currency is what every amount is counted in: campaign costs, partners&apos; pipeline and revenue, ROI. Amounts are never converted; set it before costs are typed.

A registry the center honours blocks its countries&apos; leads until a snapshot of it is imported (Do not call area), and again when the snapshot is too old.</source>
        <translation>La zona horaria marca el día del centro: los informes y las exportaciones cuentan sus días por ella, y la fecha de reciclaje de un lead en nurturing, la fecha de cierre de un socio y la fecha de una instantánea de lista de exclusión se leen en su calendario. Cambiarla vuelve a contar cada llamada.

El horario de llamadas es la hora local del destinatario en la que se puede llamar, donde no se aplica ninguna regla de llamada de su lugar (una regla por defecto del área Reglas de llamada va primero).

La moneda es aquella en la que se cuenta cada importe: costes de campañas, pipeline e ingresos de los socios, ROI. Los importes nunca se convierten; fíjela antes de escribir costes.

Una lista de exclusión que el centro respeta bloquea los leads de sus países hasta que se importa una instantánea (área No llamar), y de nuevo cuando la instantánea es demasiado antigua.</translation>
    </message>
    <message>
        <source>&amp;{name}: the national registry ({countries})</source>
        <translation>&amp;{name}: la lista nacional de exclusión ({countries})</translation>
    </message>
    <message>
        <source>The law behind it: {source}</source>
        <translation>La norma que la impone: {source}</translation>
    </message>
    <message>
        <source>The default calling rule (Calling rules area) sets the window in use; this one applies without it.</source>
        <translation>La regla de llamada por defecto (área Reglas de llamada) fija el horario vigente; este se aplica sin ella.</translation>
    </message>
    <message>
        <source>Every workstation works by these.</source>
        <translation>Todos los puestos de trabajo se rigen por esto.</translation>
    </message>
    <message>
        <source>The center has no name or time zone yet: give both and save.</source>
        <translation>El centro aún no tiene nombre ni zona horaria: indique ambos y guarde.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Count every amount in {after} instead of {before}? Amounts are never converted: every campaign&apos;s cost, partner&apos;s pipeline and revenue kept so far is read in {after}.</source>
        <translation>¿Contar todos los importes en {after} en lugar de {before}? Los importes nunca se convierten: el coste de cada campaña, el pipeline y los ingresos de los socios guardados hasta ahora se leen en {after}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved: {name}, time zone {zone}, calls {window}, amounts in {currency}. Every workstation works by these.</source>
        <translation>Guardado: {name}, zona horaria {zone}, llamadas {window}, importes en {currency}. Todos los puestos de trabajo se rigen por esto.</translation>
    </message>
</context>
<context>
    <name>ChartDrill</name>
    <message>
        <source>{}: Enter opens the leads behind it</source>
        <translation>{}: Intro abre los leads que hay detrás</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Aceptados por el socio</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Listos para ventas</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactados</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Tomados</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(sin actividad)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>No cualificados</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>Proporción de leads</translation>
    </message>
    <message>
        <source>Contacted by the partner, customers say</source>
        <translation>Contactados por el socio, según los clientes</translation>
    </message>
    <message>
        <source>Share of customers reached</source>
        <translation>Proporción de clientes localizados</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
</context>
<context>
    <name>CheckCallMode</name>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are complete; Ctrl+Enter saves them</source>
        <translation>Llamada de control: las respuestas del cliente están completas; Ctrl+Intro las guarda</translation>
    </message>
    <message>
        <source>Check call: ask the script&apos;s questions, or log a no-contact call</source>
        <translation>Llamada de control: haga las preguntas del guion o registre una llamada sin contacto</translation>
    </message>
    <message>
        <source>All answers in: Ctrl+Enter saves them</source>
        <translation>Todas las respuestas: Ctrl+Intro las guarda</translation>
    </message>
    <message>
        <source>Check call: {count} required answers to go</source>
        <translation>Llamada de control: faltan {count} respuestas obligatorias</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are the outcome</source>
        <translation>Llamada de control: las respuestas del cliente son el resultado</translation>
    </message>
</context>
<context>
    <name>CheckCallPolicyPanel</name>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Check-call policies</source>
        <translation>Políticas de llamadas de control</translation>
    </message>
    <message>
        <source>every partner</source>
        <translation>todos los partners</translation>
    </message>
    <message>
        <source>Only for this partner</source>
        <translation>Solo para este partner</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation>Días tras la entrega</translation>
    </message>
    <message>
        <source>Share of handoffs checked</source>
        <translation>Parte de los traspasos controlados</translation>
    </message>
    <message>
        <source>At least per partner and month</source>
        <translation>Como mínimo por partner y mes</translation>
    </message>
    <message>
        <source>Share for partners with a poor record</source>
        <translation>Parte para partners con mal historial</translation>
    </message>
    <message>
        <source>as the others</source>
        <translation>como los demás</translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation>Guardar polític&amp;a</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy</source>
        <translation>Quita&amp;r política</translation>
    </message>
    <message>
        <source>No policy yet: no handoff gets a check call.</source>
        <translation>Aún no hay política: ningún traspaso recibe llamada de control.</translation>
    </message>
    <message>
        <source>Check after</source>
        <translation>Controlar tras</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>At least a month</source>
        <translation>Mínimo al mes</translation>
    </message>
    <message>
        <source>Poor record</source>
        <translation>Mal historial</translation>
    </message>
    <message>
        <source>(every partner)</source>
        <translation>(todos los partners)</translation>
    </message>
</context>
<context>
    <name>CheckCallsTab</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Comercial del partner</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Lo que dijo el cliente</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Handoffs reopened by a check call</source>
        <translation>Traspasos reabiertos por una llamada de control</translation>
    </message>
    <message>
        <source>why the lead stays with the partner</source>
        <translation>por qué el lead sigue con el partner</translation>
    </message>
    <message>
        <source>Why the lead stays with the partner</source>
        <translation>Por qué el lead sigue con el partner</translation>
    </message>
    <message>
        <source>Re-route to the ne&amp;xt partner</source>
        <translation>Reasignar al siguie&amp;nte partner</translation>
    </message>
    <message>
        <source>Kee&amp;p with the partner</source>
        <translation>&amp;Mantener con el partner</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>What customers tell the check calls (contacted by the partner, satisfaction) is part of each partner&apos;s routing weight.</source>
        <translation>Lo que los clientes dicen en las llamadas de control (contactado por el partner, satisfacción) forma parte del peso de cada partner en el enrutamiento.</translation>
    </message>
    <message>
        <source>Handoffs a check call reopened</source>
        <translation>Traspasos que reabrió una llamada de control</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors decide these.</source>
        <translation>Solo los channel managers y los supervisores deciden sobre estos.</translation>
    </message>
    <message>
        <source>contradicts the partner&apos;s status</source>
        <translation>contradice el estado del partner</translation>
    </message>
    <message>
        <source>{count}: the customer says the partner never called.</source>
        <translation>{count}: el cliente dice que el partner nunca llamó.</translation>
    </message>
    <message>
        <source>No handoff is reopened by a check call.</source>
        <translation>Ningún traspaso está reabierto por una llamada de control.</translation>
    </message>
    <message>
        <source>Re-routing…</source>
        <translation>Reasignando…</translation>
    </message>
    <message>
        <source>Lead {lead} re-routed to {partner}.</source>
        <translation>Lead {lead} reasignado a {partner}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Elija primero un traspaso.</translation>
    </message>
    <message>
        <source>Kept with the partner.</source>
        <translation>Se mantiene con el partner.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Leads held</source>
        <translation>Leads retenidos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Contraseña de un solo uso</translation>
    </message>
    <message>
        <source>{holder} (working)</source>
        <translation>{holder} (trabajando)</translation>
    </message>
    <message>
        <source>{holder} (stale)</source>
        <translation>{holder} (caducada)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Próxima llamada</translation>
    </message>
    <message>
        <source>Inquired</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>En el estado</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Trabajando en</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Desde hace</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Rellamadas pendientes</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Intentos hoy</translation>
    </message>
    <message>
        <source>Talk today</source>
        <translation>Conversación hoy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificados</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Open / max</source>
        <translation>Abiertas / máx.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Message-ID to look for</source>
        <translation>Message-ID que buscar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Responder antes de</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Últimas noticias</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Responsable de canal</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sin noticias</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Oldest news</source>
        <translation>Noticia más antigua</translation>
    </message>
    <message>
        <source>Partner reps</source>
        <translation>Comerciales del socio</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>New/applied</source>
        <translation>Nuevos/aplicados</translation>
    </message>
    <message>
        <source>Merged/unchanged</source>
        <translation>Fusionados/sin cambios</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Archivo de rechazos</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Being worked by</source>
        <translation>Lo trabaja</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Saltar a</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Motivo de descalificación</translation>
    </message>
    <message>
        <source>Reporting compliance</source>
        <translation>Cumplimiento de informes</translation>
    </message>
    <message>
        <source>Due for news</source>
        <translation>Con noticias pendientes</translation>
    </message>
    <message>
        <source>Routing weight a week before</source>
        <translation>Peso de asignación una semana antes</translation>
    </message>
    <message>
        <source>Routing weight now</source>
        <translation>Peso de asignación ahora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Festivo</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Iría a</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation>dado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>{caption} check</source>
        <translation>Comprobación: {caption}</translation>
    </message>
    <message>
        <source>{caption} problem</source>
        <translation>Problema: {caption}</translation>
    </message>
    <message>
        <source>No e-mail address: the one on file is removed when you save</source>
        <translation>Sin dirección de correo: la registrada se elimina al guardar</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sin dirección de correo</translation>
    </message>
    <message>
        <source>Typo? Did you mean {address}? Shift+F3 takes it</source>
        <translation>¿Errata? ¿Quiso decir {address}? Mayús+F3 la toma</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Imported leads go to the queues the scoring rules name: {ruled}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} está listo: equipo {team} con las colas {join}. Los leads importados van a las colas que nombran las reglas de puntuación: {ruled}. Inicie sesión como {admin}. Base de datos: {description}</translation>
    </message>
    <message>
        <source>Unexpected problem while connecting: {kind}: {detail}</source>
        <translation>Problema inesperado al conectar: {kind}: {detail}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} row</source>
        <translation>{n} fila</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} filas</translation>
    </message>
    <message>
        <source>{n} rule</source>
        <translation>{n} regla</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} reglas</translation>
    </message>
    <message>
        <source>{n} holiday</source>
        <translation>{n} festivo</translation>
    </message>
    <message>
        <source>{n} holidays</source>
        <translation>{n} festivos</translation>
    </message>
    <message>
        <source>{n} campaign</source>
        <translation>{n} campaña</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campañas</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} entrada</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entradas</translation>
    </message>
    <message>
        <source>{n} lead</source>
        <translation>{n} lead</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} leads</translation>
    </message>
    <message>
        <source>{n} version</source>
        <translation>{n} versión</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} versiones</translation>
    </message>
    <message>
        <source>{n} team</source>
        <translation>{n} equipo</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} equipos</translation>
    </message>
    <message>
        <source>{n} open queue</source>
        <translation>{n} cola abierta</translation>
    </message>
    <message>
        <source>{n} open queues</source>
        <translation>{n} colas abiertas</translation>
    </message>
    <message>
        <source>{n} user</source>
        <translation>{n} usuario</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} usuarios</translation>
    </message>
    <message>
        <source>{n} callback</source>
        <translation>{n} rellamada</translation>
    </message>
    <message>
        <source>{n} callbacks</source>
        <translation>{n} rellamadas</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} socio</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} socios</translation>
    </message>
    <message>
        <source>{n} check call</source>
        <translation>{n} llamada de control</translation>
    </message>
    <message>
        <source>{n} check calls</source>
        <translation>{n} llamadas de control</translation>
    </message>
    <message>
        <source>{n} handoff</source>
        <translation>{n} entrega</translation>
    </message>
    <message>
        <source>{n} handoffs</source>
        <translation>{n} entregas</translation>
    </message>
    <message>
        <source>{n} stale lease released.</source>
        <translation>{n} asignación caducada liberada.</translation>
    </message>
    <message>
        <source>{n} stale leases released.</source>
        <translation>{n} asignaciones caducadas liberadas.</translation>
    </message>
    <message>
        <source>{n} reopened handoff</source>
        <translation>{n} traspaso reabierto</translation>
    </message>
    <message>
        <source>{n} reopened handoffs</source>
        <translation>{n} traspasos reabiertos</translation>
    </message>
    <message>
        <source>{n} call</source>
        <translation>{n} llamada</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} llamadas</translation>
    </message>
    <message>
        <source>{n} lead eligible for you now</source>
        <translation>{n} lead disponible para usted ahora</translation>
    </message>
    <message>
        <source>{n} leads eligible for you now</source>
        <translation>{n} leads disponibles para usted ahora</translation>
    </message>
    <message>
        <source>{n} handoff delivered</source>
        <translation>{n} entrega enviada</translation>
    </message>
    <message>
        <source>{n} handoffs delivered</source>
        <translation>{n} entregas enviadas</translation>
    </message>
    <message>
        <source>{n} partner reminded</source>
        <translation>{n} socio avisado</translation>
    </message>
    <message>
        <source>{n} partners reminded</source>
        <translation>{n} socios avisados</translation>
    </message>
    <message>
        <source>{n} SLA expired</source>
        <translation>{n} SLA vencido</translation>
    </message>
    <message>
        <source>{n} SLAs expired</source>
        <translation>{n} SLA vencidos</translation>
    </message>
    <message>
        <source>{n} lead re-routed</source>
        <translation>{n} lead reasignado</translation>
    </message>
    <message>
        <source>{n} leads re-routed</source>
        <translation>{n} leads reasignados</translation>
    </message>
    <message>
        <source>{n} lead waiting for a partner</source>
        <translation>{n} lead esperando un socio</translation>
    </message>
    <message>
        <source>{n} leads waiting for a partner</source>
        <translation>{n} leads esperando un socio</translation>
    </message>
    <message>
        <source>{n} lead back from nurture</source>
        <translation>{n} lead vuelve de maduración</translation>
    </message>
    <message>
        <source>{n} leads back from nurture</source>
        <translation>{n} leads vuelven de maduración</translation>
    </message>
    <message>
        <source>{n} earlier attempt</source>
        <translation>{n} intento anterior</translation>
    </message>
    <message>
        <source>{n} earlier attempts</source>
        <translation>{n} intentos anteriores</translation>
    </message>
    <message>
        <source>{n} employee</source>
        <translation>{n} empleado</translation>
    </message>
    <message>
        <source>{n} employees</source>
        <translation>{n} empleados</translation>
    </message>
    <message>
        <source>{n} touch</source>
        <translation>{n} contacto</translation>
    </message>
    <message>
        <source>{n} touches</source>
        <translation>{n} contactos</translation>
    </message>
    <message>
        <source>{n} import</source>
        <translation>{n} importación</translation>
    </message>
    <message>
        <source>{n} imports</source>
        <translation>{n} importaciones</translation>
    </message>
    <message>
        <source>; {n} row hidden in the workbook is not read</source>
        <translation>; {n} fila oculta en el libro no se lee</translation>
    </message>
    <message>
        <source>; {n} rows hidden in the workbook are not read</source>
        <translation>; {n} filas ocultas en el libro no se leen</translation>
    </message>
    <message>
        <source>{n} row read</source>
        <translation>{n} fila leída</translation>
    </message>
    <message>
        <source>{n} rows read</source>
        <translation>{n} filas leídas</translation>
    </message>
    <message>
        <source>{n} new reference row</source>
        <translation>{n} nueva fila de referencia</translation>
    </message>
    <message>
        <source>{n} new reference rows</source>
        <translation>{n} nuevas filas de referencia</translation>
    </message>
    <message>
        <source>{n} lead enriched</source>
        <translation>{n} lead enriquecido</translation>
    </message>
    <message>
        <source>{n} leads enriched</source>
        <translation>{n} leads enriquecidos</translation>
    </message>
    <message>
        <source>{n} row hidden in the workbook was not read.</source>
        <translation>{n} fila oculta en el libro no se leyó.</translation>
    </message>
    <message>
        <source>{n} rows hidden in the workbook were not read.</source>
        <translation>{n} filas ocultas en el libro no se leyeron.</translation>
    </message>
    <message>
        <source>{n} screen</source>
        <translation>{n} pantalla</translation>
    </message>
    <message>
        <source>{n} screens</source>
        <translation>{n} pantallas</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>the number {number} is not a valid phone number: correct it first (F2)</source>
        <translation>el número {number} no es un número de teléfono válido: corríjalo primero (F2)</translation>
    </message>
    <message>
        <source>Not dialled: {why}</source>
        <translation>No marcado: {why}</translation>
    </message>
    <message>
        <source>Cannot dial: {problem}</source>
        <translation>No se puede marcar: {problem}</translation>
    </message>
    <message>
        <source>Extension {extension}: dial it when the switchboard answers.</source>
        <translation>Extensión {extension}: márquela cuando conteste la centralita.</translation>
    </message>
    <message>
        <source>no program on this workstation opens {scheme}: links; set dial_command or dial_uri_template in the settings file</source>
        <translation>ningún programa de este puesto abre enlaces {scheme}:; configure dial_command o dial_uri_template en el archivo de ajustes</translation>
    </message>
    <message>
        <source>Dialling failed: {problem}</source>
        <translation>Falló la marcación: {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>US-CA, US-WA (leave empty for whole countries)</source>
        <translation>US-CA, US-WA (vacío para países enteros)</translation>
    </message>
    <message>
        <source>941, US:100 (optional)</source>
        <translation>941, US:100 (opcional)</translation>
    </message>
    <message>
        <source>contact center, networking (empty: all)</source>
        <translation>contact center, networking (vacío: todos)</translation>
    </message>
    <message>
        <source>enterprise, smb (empty: both)</source>
        <translation>enterprise, smb (vacío: ambos)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
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
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>N&amp;ivel</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regiones</translation>
    </message>
    <message>
        <source>&amp;Postal prefixes</source>
        <translation>Pr&amp;efijos postales</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;ductos</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Segmen&amp;tos</translation>
    </message>
    <message>
        <source>Open handoffs &amp;at most</source>
        <translation>Entregas abiertas como má&amp;ximo</translation>
    </message>
    <message>
        <source>Acceptance S&amp;LA (hours)</source>
        <translation>S&amp;LA de aceptación (horas)</translation>
    </message>
    <message>
        <source>Channel &amp;manager</source>
        <translation>Respons&amp;able de canal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Sales r&amp;eps</source>
        <translation>&amp;Comerciales</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{login} is deactivated: choose another channel manager</source>
        <translation>{login} está desactivado: elija otro responsable de canal</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nuevo socio</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Directorio de socios</translation>
    </message>
    <message>
        <source>Ne&amp;w partner</source>
        <translation>&amp;Nuevo socio</translation>
    </message>
    <message>
        <source>Sa&amp;ve partner</source>
        <translation>&amp;Guardar socio</translation>
    </message>
    <message>
        <source>Handoffs per wee&amp;k</source>
        <translation>Entregas por se&amp;mana</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; guardado {name}</translation>
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
        <source>Do-not-call list</source>
        <translation>Lista de no llamar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>B&amp;uscar</translation>
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
        <source>Block a phone number or e-mail address</source>
        <translation>Bloquear un teléfono o una dirección de correo</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation>por qué sale de la lista</translation>
    </message>
    <message>
        <source>Take the selected entry off the list (leads it blocked stay do-not-call)</source>
        <translation>Quitar la entrada seleccionada de la lista (los leads que bloqueó siguen en no llamar)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>P&amp;or qué</translation>
    </message>
    <message>
        <source>; only the newest are shown: search for more</source>
        <translation>; solo se muestran las más recientes: busque para ver más</translation>
    </message>
    <message>
        <source>No entries yet: nobody is on the do-not-call list</source>
        <translation>Aún no hay entradas: nadie está en la lista de no llamar</translation>
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
        <source>; {leads} taken out of the queues</source>
        <translation>; {leads} retirados de las colas</translation>
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
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>Do-not-call reason</source>
        <translation>Motivo de no llamar</translation>
    </message>
    <message>
        <source>Do-not-call reason problem</source>
        <translation>Problema con el motivo de no llamar</translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation>Poner en la lista de no llamar</translation>
    </message>
    <message>
        <source>Confirm do not call</source>
        <translation>Confirmar no llamar</translation>
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
    <name>DraftDialog</name>
    <message>
        <source>Unsaved work on lead {lead}</source>
        <translation>Trabajo sin guardar del lead {lead}</translation>
    </message>
    <message>
        <source>{company}, {contact}; typed {saved}</source>
        <translation>{company}, {contact}; escrito el {saved}</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>Why the work cannot go back on the lead</source>
        <translation>Por qué el trabajo no puede volver al lead</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Notes from the draft</source>
        <translation>Notas del borrador</translation>
    </message>
    <message>
        <source>&amp;Also typed</source>
        <translation>&amp;También escrito</translation>
    </message>
    <message>
        <source>Nothing else.</source>
        <translation>Nada más.</translation>
    </message>
    <message>
        <source>Also typed</source>
        <translation>También escrito</translation>
    </message>
    <message>
        <source>&amp;Copy notes</source>
        <translation>&amp;Copiar notas</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved work on lead {lead} was not put back: another outcome was recorded on the lead since you typed it.</source>
        <translation>Su trabajo sin guardar en el lead {lead} no se ha recuperado: desde que lo escribió se registró otro resultado para el lead.</translation>
    </message>
    <message>
        <source>Your notes were: {notes}</source>
        <translation>Sus notas eran: {notes}</translation>
    </message>
    <message>
        <source>You have unsaved work from {saved} on lead {lead} ({company}, {contact}). Restore it?</source>
        <translation>Tiene trabajo sin guardar del {saved} en el lead {lead} ({company}, {contact}). ¿Restaurarlo?</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>Unsaved work on lead {lead} ({company}) waits in the Workspace</source>
        <translation>Hay trabajo sin guardar del lead {lead} ({company}) esperando en el Puesto de trabajo</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Your unsaved work from {saved} on lead {lead} ({company}) cannot go back on the lead: {why}. View it to copy your notes.</source>
        <translation>Su trabajo sin guardar del {saved} en el lead {lead} ({company}) no puede volver al lead: {why}. Véalo para copiar sus notas.</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sin empresa</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Resultado: {kind}</translation>
    </message>
    <message>
        <source>Call: {disposition}</source>
        <translation>Llamada: {disposition}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Callback at</source>
        <translation>Devolver la llamada el</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Reciclar el</translation>
    </message>
    <message>
        <source>Overruled because</source>
        <translation>Anulado porque</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation>Leads detrás de {title}</translation>
    </message>
    <message>
        <source>; the first {count} shown</source>
        <translation>; se muestran los primeros {count}</translation>
    </message>
    <message>
        <source>{summary} — {title}{more}</source>
        <translation>{summary} — {title}{more}</translation>
    </message>
    <message>
        <source>Leads behind the figure</source>
        <translation>Leads detrás de la cifra</translation>
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
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados a {path}</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Ask for erasure</source>
        <translation>Solicitar supresión</translation>
    </message>
    <message>
        <source>Ask an administrator to erase the person of lead %1 everywhere. The request is kept in the audit.</source>
        <translation>Pida a un administrador que suprima en todas partes a la persona del lead %1. La solicitud queda en la auditoría.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Suprimir a una persona</translation>
    </message>
    <message>
        <source>Erase the person of lead %1 everywhere: leads, calls, answers, handoff packages, drafts and the audit&apos;s personal values. Their phone and e-mail stay on the do-not-call list as hashes only. This cannot be undone.</source>
        <translation>Suprimir en todas partes a la persona del lead %1: leads, llamadas, respuestas, paquetes de traspaso, borradores y los valores personales de la auditoría. Su teléfono y su correo quedan en la lista de no llamar solo como hashes. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Why: the person&apos;s request, its date and channel</source>
        <translation>Por qué: la solicitud de la persona, su fecha y su canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Entiendo que esto no se puede deshacer</translation>
    </message>
    <message>
        <source>The person asked for it</source>
        <translation>La persona lo pidió</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar la solicitud</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Say why the person is erased</source>
        <translation>Indique por qué se suprime a la persona</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>{field} problem</source>
        <translation>Problema: {field}</translation>
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
    <message>
        <source>Rows read</source>
        <translation>Filas leídas</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Leads nuevos</translation>
    </message>
    <message>
        <source>Merged into existing leads</source>
        <translation>Fusionadas con leads existentes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazadas</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Ya importadas</translation>
    </message>
    <message>
        <source>Do-not-call</source>
        <translation>No llamar</translation>
    </message>
</context>
<context>
    <name>FirmographicsPanel</name>
    <message>
        <source>Firmographic reference data</source>
        <translation>Datos firmográficos de referencia</translation>
    </message>
    <message>
        <source>A file of companies or web domains with their employees, annual revenue and industry fills what leads lack (each value keeps its source) and re-scores the leads not yet worked.</source>
        <translation>Un archivo de empresas o dominios web con sus empleados, facturación anual y sector completa lo que les falta a los leads (cada valor conserva su origen) y vuelve a puntuar los leads aún no trabajados.</translation>
    </message>
    <message>
        <source>CSV or XLSX: company and/or domain, employees …</source>
        <translation>CSV o XLSX: empresa y/o dominio, empleados …</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Archivo de referencia</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>optional: where the data comes from</source>
        <translation>opcional: de dónde vienen los datos</translation>
    </message>
    <message>
        <source>Loa&amp;d reference data</source>
        <translation>Cargar &amp;datos de referencia</translation>
    </message>
    <message>
        <source>Loading reference data</source>
        <translation>Cargando datos de referencia</translation>
    </message>
    <message>
        <source>Reference data result</source>
        <translation>Resultado de los datos de referencia</translation>
    </message>
    <message>
        <source>Reference fi&amp;le:</source>
        <translation>Archivo de &amp;referencia:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Orige&amp;n:</translation>
    </message>
    <message>
        <source>{rows}: {loaded}, {updated}, {rejected} (source: {source}).</source>
        <translation>{rows}: {loaded}, {updated}, {rejected} (origen: {source}).</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} actualizadas</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} rechazadas</translation>
    </message>
    <message>
        <source>{leads}, {rescored} of them re-scored.</source>
        <translation>{leads}, {rescored} de ellos con nueva puntuación.</translation>
    </message>
    <message>
        <source>{leads} and re-scored.</source>
        <translation>{leads} y con nueva puntuación.</translation>
    </message>
    <message>
        <source>{leads}, not re-scored (already worked).</source>
        <translation>{leads}, sin nueva puntuación (ya trabajado).</translation>
    </message>
    <message>
        <source>Rejected rows and why: {path}</source>
        <translation>Filas rechazadas y por qué: {path}</translation>
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
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made wherever no calling rule of a place&apos;s own applies (the US and some of its states have theirs: Calling rules area), and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation>Esta base de datos aún no tiene usuarios ({description}). Dé nombre al centro, elija cuándo se puede llamar allí donde ningún lugar tenga una regla de llamadas propia (EE. UU. y algunos de sus estados tienen la suya: área Reglas de llamada) y cree el primer administrador con un primer equipo y una primera cola. Todo lo demás se puede añadir después en la aplicación.</translation>
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
        <source>what every amount is in, e.g. EUR</source>
        <translation>en qué se cuenta cada importe, p. ej. EUR</translation>
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
        <source>&amp;Center name</source>
        <translation>Nombre &amp;del centro</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Horario de llamadas</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>Administrator &amp;login</source>
        <translation>&amp;Usuario del administrador</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>C&amp;ontraseña</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <source>First t&amp;eam</source>
        <translation>Primer &amp;equipo</translation>
    </message>
    <message>
        <source>First &amp;queue</source>
        <translation>&amp;Primera cola</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>el centro necesita un nombre</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s login</source>
        <translation>elija el usuario del administrador</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s password</source>
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
        <source>Deliveries waiting for a person</source>
        <translation>Entregas que esperan a una persona</translation>
    </message>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation>lo que dijo el socio (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>What the partner said</source>
        <translation>Lo que dijo el socio</translation>
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
        <source>address refused: correct it in the directory, then send again</source>
        <translation>dirección rechazada: corríjala en el directorio y luego envíe de nuevo</translation>
    </message>
    <message>
        <source>may have reached the partner</source>
        <translation>puede haber llegado al socio</translation>
    </message>
    <message>
        <source>1 delivery waits for a person: ask the partner about the Message-ID (or give it a working address), then mark it delivered or send it again.</source>
        <translation>1 entrega espera a una persona: pregunte al socio por el Message-ID (o dele una dirección que funcione) y luego márquela como entregada o envíela de nuevo.</translation>
    </message>
    <message>
        <source>{count} deliveries wait for a person: ask the partner about the Message-ID (or give it a working address), then mark one delivered or send it again.</source>
        <translation>{count} entregas esperan a una persona: pregunte al socio por el Message-ID (o dele una dirección que funcione) y luego marque una como entregada o envíela de nuevo.</translation>
    </message>
    <message>
        <source>message refused by the mail server: have it let through, then send again, or hand the lead over another way and mark it delivered</source>
        <translation>mensaje rechazado por el servidor de correo: haga que lo dejen pasar y envíelo de nuevo, o entregue el lead de otra manera y márquelo como entregado</translation>
    </message>
    <message>
        <source>the lead went do-not-call: not sent</source>
        <translation>el lead pasó a no llamar: no enviado</translation>
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
    <message>
        <source>Handoff {handoff} marked delivered; its SLA starts now.</source>
        <translation>Entrega {handoff} marcada como enviada; su SLA empieza ahora.</translation>
    </message>
    <message>
        <source>Handoff {handoff} sent again.</source>
        <translation>Entrega {handoff} enviada de nuevo.</translation>
    </message>
    <message>
        <source>Handoff {handoff} not sent: {problem}</source>
        <translation>Entrega {handoff} no enviada: {problem}</translation>
    </message>
</context>
<context>
    <name>FormAndJson</name>
    <message>
        <source>&amp;Form</source>
        <translation>Fo&amp;rmulario</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
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
        <translation>&amp;Volver a maduración</translation>
    </message>
    <message>
        <source>&amp;Pipeline value</source>
        <translation>Valor de &amp;pipeline</translation>
    </message>
    <message>
        <source>Won re&amp;venue</source>
        <translation>&amp;Ingresos ganados</translation>
    </message>
    <message>
        <source>&amp;Close date</source>
        <translation>Fecha de &amp;cierre</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por qué este socio</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>Pendiente de envío</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Show handoffs</source>
        <translation>Mostrar entregas</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>e.g. 48000</source>
        <translation>p. ej. 48000</translation>
    </message>
    <message>
        <source>e.g. 45000</source>
        <translation>p. ej. 45000</translation>
    </message>
    <message>
        <source>New st&amp;atus</source>
        <translation>Nuevo &amp;estado</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Motivo</translation>
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
        <source>Handoff {handoff} to {partner} ({rep})</source>
        <translation>Entrega {handoff} a {partner} ({rep})</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>sin comercial</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Rechazada: {reason}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Perdida: {reason}</translation>
    </message>
    <message>
        <source>Lead status: {status}</source>
        <translation>Estado del lead: {status}</translation>
    </message>
    <message>
        <source>Handoff: {status}.</source>
        <translation>Entrega: {status}.</translation>
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
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
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
        <source>Holidays: no calls on these dates</source>
        <translation>Festivos: no se llama en estas fechas</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>A&amp;ñadir festivo</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>Holiday na&amp;me</source>
        <translation>No&amp;mbre del festivo</translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation>Eliminar fes&amp;tivo</translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation>Festivos de {value}</translation>
    </message>
    <message>
        <source>every place (default)</source>
        <translation>todos los lugares (por defecto)</translation>
    </message>
    <message>
        <source>listed through {year}: from {day} this place&apos;s leads wait until that year&apos;s holidays are added</source>
        <translation>registrados hasta {year}: desde el {day} los leads de este lugar esperan hasta que se añadan los festivos de ese año</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Recent imports</source>
        <translation>Importaciones recientes</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Actualizar &amp;la lista</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Aún no se ha importado nada.</translation>
    </message>
    <message>
        <source>{file}, started {started} ({status}): {what_to_do}</source>
        <translation>{file}, iniciada el {started} ({status}): {what_to_do}</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
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
        <source>File to import</source>
        <translation>Archivo a importar</translation>
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
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Country of the file</source>
        <translation>País del archivo</translation>
    </message>
    <message>
        <source>optional: rows that name no country are read as from this one</source>
        <translation>opcional: las filas sin país se leen como de este</translation>
    </message>
    <message>
        <source>Rows with no country, or an empty one, are read as written in this country (national phone numbers, dates) and get it as their country. A row&apos;s own country, or a phone number in +international form, wins. Leave it empty when the rows say their own country.</source>
        <translation>Las filas sin país, o con el país vacío, se leen como escritas en este país (números de teléfono nacionales, fechas) y lo reciben como su país. El país propio de una fila, o un número de teléfono en formato internacional (+…), tiene prioridad. Déjelo vacío cuando las filas indiquen su propio país.</translation>
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
        <source>C&amp;ountry of the file:</source>
        <translation>&amp;País del archivo:</translation>
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
        <source>Column mapping</source>
        <translation>Asignación de columnas</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
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
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
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
        <source>Step 1 of 4: choose a file</source>
        <translation>Paso 1 de 4: elija un archivo</translation>
    </message>
    <message>
        <source>Step 3 of 4: importing</source>
        <translation>Paso 3 de 4: importando</translation>
    </message>
    <message>
        <source>Step 4 of 4: summary</source>
        <translation>Paso 4 de 4: resumen</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo a importar.</translation>
    </message>
    <message>
        <source>Read {column} as</source>
        <translation>Leer {column} como</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>Inquiry dates and times without a zone are read on the center&apos;s clock ({zone}); one with an offset or a zone (10:00 -0500, 10:00 CET) as it says.</source>
        <translation>Las fechas y horas de consulta sin zona se leen con el reloj del centro ({zone}); una con desfase o zona (10:00 -0500, 10:00 CET), tal como indica.</translation>
    </message>
    <message>
        <source>{field} is read from {columns}, in this order: the first valid one is taken, the others are kept on the lead&apos;s touch.</source>
        <translation>{field} se lee de {columns}, en este orden: se toma el primero válido y los demás se guardan en el contacto del lead.</translation>
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
        <source>Cancelled after {plural}. What was stored stays; import the same file again to continue where it stopped.</source>
        <translation>Cancelado tras {plural}. Lo guardado se conserva; importe el mismo archivo otra vez para continuar donde se detuvo.</translation>
    </message>
    <message>
        <source> {count} row was kept with a flagged value (see its touch).</source>
        <translation> {count} fila se conservó con un valor marcado (vea su contacto).</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>Paso 2 de 4: compruebe las columnas</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {rows}</source>
        <translation>Paso 2 de 4: compruebe las columnas — {file_name}, {rows}</translation>
    </message>
    <message>
        <source>{file} is imported: {accounting}.</source>
        <translation>{file} está importado: {accounting}.</translation>
    </message>
    <message>
        <source> Rows naming no country were read as from {country}.</source>
        <translation> Las filas sin país se leyeron como de {country}.</translation>
    </message>
    <message>
        <source> {count} rows were kept with a flagged value (see their touches).</source>
        <translation> {count} filas se conservaron con un valor marcado (vea sus contactos).</translation>
    </message>
    <message>
        <source>New leads by queue: {queues}</source>
        <translation>Leads nuevos por cola: {queues}</translation>
    </message>
    <message>
        <source>New queue: {queue} (named by the scoring rules).</source>
        <translation>Cola nueva: {queue} (nombrada por las reglas de puntuación).</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Aviso: {warning}.</translation>
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
    <name>Imports</name>
    <message>
        <source>Inquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Firmographics</source>
        <translation>Datos de empresas</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Respuesta de socios</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Socios</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>not on this computer: {path}</source>
        <translation>no está en este equipo: {path}</translation>
    </message>
    <message>
        <source>purged (retention period over)</source>
        <translation>eliminado (plazo de conservación vencido)</translation>
    </message>
    <message>
        <source>not written (the import stopped)</source>
        <translation>no escrito (la importación se detuvo)</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Campaign and source</source>
        <translation>Campaña y origen</translation>
    </message>
    <message>
        <source>Score and segment</source>
        <translation>Puntuación y segmento</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Datos de la empresa</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contactos previos</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Intentos anteriores</translation>
    </message>
    <message>
        <source>Why the lead came back</source>
        <translation>Por qué volvió el lead</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
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
        <source>(no company)</source>
        <translation>(sin empresa)</translation>
    </message>
    <message>
        <source>inquired {day}</source>
        <translation>consulta del {day}</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>sin campaña</translation>
    </message>
    <message>
        <source>segment unknown</source>
        <translation>segmento desconocido</translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} · consent {consent} · {where}</source>
        <translation>Puntuación {score} · {segment} · {attempts} · consentimiento {consent} · {where}</translation>
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
        <source>revenue {amount} {currency}</source>
        <translation>facturación {amount} {currency}</translation>
    </message>
    <message>
        <source>interest: {product}</source>
        <translation>interés: {product}</translation>
    </message>
    <message>
        <source>{plural}: {touches}</source>
        <translation>{plural}: {touches}</translation>
    </message>
    <message>
        <source>Earlier attempts:</source>
        <translation>Intentos anteriores:</translation>
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
        <source>Last outcome: {outcome}</source>
        <translation>Último resultado: {outcome}</translation>
    </message>
    <message>
        <source>Nurture reason: {reason}</source>
        <translation>Motivo de maduración: {reason}</translation>
    </message>
    <message>
        <source>Partner: {reason}</source>
        <translation>Partner: {reason}</translation>
    </message>
    <message>
        <source>Earlier BANT answers: {day} on {script}, grade {grade}</source>
        <translation>Respuestas BANT anteriores: {day} con {script}, grado {grade}</translation>
    </message>
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
        <source>Phone {phone}    E-mail {email}</source>
        <translation>Teléfono {phone}    Correo {email}</translation>
    </message>
    <message>
        <source>Status {status}    Score {score}    Grade {grade}    Attempts {attempts}    Campaign {campaign}</source>
        <translation>Estado {status}    Puntuación {score}    Grado {grade}    Intentos {attempts}    Campaña {campaign}</translation>
    </message>
    <message>
        <source>Being worked by {rep}</source>
        <translation>Lo está trabajando {rep}</translation>
    </message>
    <message>
        <source>Assigned to {rep}</source>
        <translation>Asignado a {rep}</translation>
    </message>
    <message>
        <source>Inquiry: {inquiry}</source>
        <translation>Consulta: {inquiry}</translation>
    </message>
    <message>
        <source>Consent on the call: {consent}</source>
        <translation>Consentimiento en la llamada: {consent}</translation>
    </message>
    <message>
        <source>Came back to the center.</source>
        <translation>Ha vuelto al centro.</translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation>No se pudo cargar la ficha del lead.</translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>our products</source>
        <translation>nuestros productos</translation>
    </message>
    <message>
        <source>our partner</source>
        <translation>nuestro partner</translation>
    </message>
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
    <name>LeadTableModel</name>
    <message>
        <source>lease until {at}</source>
        <translation>reservado hasta las {at}</translation>
    </message>
</context>
<context>
    <name>LeadTableView</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
</context>
<context>
    <name>LeaseHeartbeat</name>
    <message>
        <source>The database cannot be reached: {problem}. Nothing you typed is lost; the lead stays open and the connection is tried again.</source>
        <translation>No se puede acceder a la base de datos: {problem}. No se pierde nada de lo escrito; el lead sigue abierto y se vuelve a intentar la conexión.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>Prospect&apos;s local time</source>
        <translation>Hora local del prospecto</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Horario de llamadas</translation>
    </message>
    <message>
        <source>Your own time</source>
        <translation>Su propia hora</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Cronómetro de la llamada</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Ningún lead abierto</translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation>Llamada 00:00</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>On call 00:00</source>
        <translation>En llamada 00:00</translation>
    </message>
    <message>
        <source>Talked {m:02d}:{s:02d}</source>
        <translation>Hablado {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>… {count} more time zones in between</source>
        <translation>… {count} zonas horarias más entre medias</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>zona horaria desconocida</translation>
    </message>
    <message>
        <source>Your time {time} {zone}</source>
        <translation>Su hora {time} {zone}</translation>
    </message>
    <message>
        <source>On call {m:02d}:{s:02d}</source>
        <translation>En llamada {m:02d}:{s:02d}</translation>
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
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>p. ej. rita.rep</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
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
        <source>Problem with the search</source>
        <translation>Problema con la búsqueda</translation>
    </message>
    <message>
        <source>What was searched</source>
        <translation>Qué se buscó</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Leads encontrados</translation>
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
        <source> — more match; type more to narrow it down</source>
        <translation> — hay más coincidencias; escriba más para acotar</translation>
    </message>
    <message>
        <source>{plural}, {understood_as}{more}.</source>
        <translation>{plural}, {understood_as}{more}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qualifier — {display_name}</source>
        <translation>Qualifier — {display_name}</translation>
    </message>
    <message>
        <source>Waiting in another area</source>
        <translation>Pendiente en otra área</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Aviso del reloj</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>C&amp;errar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
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
        <source>{note}: {key} shows it</source>
        <translation>{note}: {key} lo muestra</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>Mostrar {area}</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Área siguiente</translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation>Área anterior</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation>⚠ Reloj desfasado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>You still hold {held}. Give it back to the queue? What you typed stays on this workstation as a draft.</source>
        <translation>Todavía tiene {held}. ¿Devolverlo a la cola? Lo que escribió queda en este puesto como borrador.</translation>
    </message>
    <message>
        <source>&amp;Release the lead and continue</source>
        <translation>&amp;Liberar el lead y continuar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Quedarme</translation>
    </message>
    <message>
        <source>Giving {held} back…</source>
        <translation>Devolviendo {held}…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{text}: answer yes or no</source>
        <translation>{text}: responda sí o no</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not one of the options</source>
        <translation>{text}: {raw!r} no es una de las opciones</translation>
    </message>
    <message>
        <source>{text}: {join} is not one of the options</source>
        <translation>{text}: {join} no es una de las opciones</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a number</source>
        <translation>{text}: {raw!r} no es un número</translation>
    </message>
    <message>
        <source>{text}: at most two decimals</source>
        <translation>{text}: como máximo dos decimales</translation>
    </message>
    <message>
        <source>{text}: must be at least {floor}</source>
        <translation>{text}: debe ser como mínimo {floor}</translation>
    </message>
    <message>
        <source>{text}: must be at most {maximum}</source>
        <translation>{text}: debe ser como máximo {maximum}</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text}: {raw!r} no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>script {script}: {where}: {problem}</source>
        <translation>guion {script}: {where}: {problem}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>Calling not allowed now · window {window} · opens in {wait}</source>
        <translation>No se puede llamar ahora · horario {window} · abre dentro de {wait}</translation>
    </message>
    <message>
        <source>Time zone unknown: do not call until it is known</source>
        <translation>Zona horaria desconocida: no llame hasta conocerla</translation>
    </message>
    <message>
        <source>Calling allowed · window {window} · closes in {left}</source>
        <translation>Se puede llamar · horario {window} · cierra dentro de {left}</translation>
    </message>
    <message>
        <source>Calling not allowed · window {window} never opens in every zone</source>
        <translation>No se puede llamar · el horario {window} nunca está abierto en todas las zonas</translation>
    </message>
    <message>
        <source>calling rule {place}: weekdays {weekdays!r} must be ISO day digits</source>
        <translation>regla de llamada {place}: los días {weekdays!r} deben ser dígitos ISO de día</translation>
    </message>
    <message>
        <source>calling rule {place}: a call cap must be at least 1</source>
        <translation>regla de llamada {place}: un límite de llamadas debe ser al menos 1</translation>
    </message>
    <message>
        <source>a calling window must start before it ends ({text})</source>
        <translation>un horario de llamadas debe empezar antes de terminar ({text})</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>zona horaria desconocida {name!r}</translation>
    </message>
    <message>
        <source>calling window {text!r} is not of the form HH:MM-HH:MM</source>
        <translation>el horario {text!r} no tiene la forma HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>unknown status {strip!r}; use one of {known}</source>
        <translation>estado desconocido {strip!r}; use uno de {known}</translation>
    </message>
    <message>
        <source>a partner cannot set a handoff to {value}</source>
        <translation>un socio no puede poner una entrega en {value}</translation>
    </message>
    <message>
        <source>this handoff has not been delivered to the partner yet</source>
        <translation>esta entrega aún no se ha enviado al socio</translation>
    </message>
    <message>
        <source>the partner let this handoff expire; the lead went to another partner</source>
        <translation>el socio dejó caducar esta entrega; el lead pasó a otro socio</translation>
    </message>
    <message>
        <source>this handoff is closed as {value}; it cannot become {target}</source>
        <translation>esta entrega está cerrada como {value}; no puede pasar a {target}</translation>
    </message>
    <message>
        <source>an active opportunity cannot be rejected any more; report it lost</source>
        <translation>una oportunidad activa ya no se puede rechazar; márquela como perdida</translation>
    </message>
    <message>
        <source>a handoff that is {value} cannot go back to {value2}</source>
        <translation>una entrega en {value} no puede volver a {value2}</translation>
    </message>
    <message>
        <source>{replace} must be zero or more</source>
        <translation>{replace} debe ser cero o más</translation>
    </message>
    <message>
        <source>{replace} has more than two decimals</source>
        <translation>{replace} tiene más de dos decimales</translation>
    </message>
    <message>
        <source>say why the lead was {value}</source>
        <translation>indique por qué el lead quedó {value}</translation>
    </message>
    <message>
        <source>an active opportunity needs its pipeline value</source>
        <translation>una oportunidad activa necesita su valor de pipeline</translation>
    </message>
    <message>
        <source>the close date {closed_on} is in the future</source>
        <translation>la fecha de cierre {closed_on} está en el futuro</translation>
    </message>
    <message>
        <source>{replace} {strip!r} is not an amount</source>
        <translation>{replace} {strip!r} no es un importe</translation>
    </message>
    <message>
        <source>{replace} {cleaned!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{replace} {cleaned!r} no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a won lead needs its revenue</source>
        <translation>un lead ganado necesita sus ingresos</translation>
    </message>
    <message>
        <source>a won lead needs its close date</source>
        <translation>un lead ganado necesita su fecha de cierre</translation>
    </message>
    <message>
        <source>{channel}: {answer} ({when} UTC, {rep}, {script})</source>
        <translation>{channel}: {answer} ({when} UTC, {rep}, {script})</translation>
    </message>
    <message>
        <source>recording notice given</source>
        <translation>aviso de grabación dado</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation>contacto por teléfono</translation>
    </message>
    <message>
        <source>contact by e-mail</source>
        <translation>contacto por correo electrónico</translation>
    </message>
    <message>
        <source>passing the details to a partner</source>
        <translation>pasar los datos a un partner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fijo o móvil</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>tarificación adicional</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coste compartido</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>{international} · national {national} · {type} · {zones}</source>
        <translation>{international} · nacional {national} · {type} · {zones}</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>zona horaria desconocida</translation>
    </message>
    <message>
        <source>{phone!r} is not a number that can be dialled</source>
        <translation>{phone!r} no es un número que se pueda marcar</translation>
    </message>
    <message>
        <source>no column is recognised as a name or company; map one</source>
        <translation>ninguna columna se reconoce como nombre o empresa; asigne una</translation>
    </message>
    <message>
        <source>the mapping names a column {title!r} that the file does not have</source>
        <translation>la asignación nombra una columna {title!r} que el archivo no tiene</translation>
    </message>
    <message>
        <source>the mapping gives column {title!r} an unknown field {name!r}; known fields: {join}</source>
        <translation>la asignación da a la columna {title!r} un campo desconocido {name!r}; campos conocidos: {join}</translation>
    </message>
    <message>
        <source>a lead that is {label} cannot become {label2}</source>
        <translation>un lead en estado {label} no puede pasar a {label2}</translation>
    </message>
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
        <source>check call</source>
        <translation>llamada de control</translation>
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
        <source>choose how the call went: no answer, busy, voicemail …</source>
        <translation>elija cómo fue la llamada: no contesta, ocupado, buzón …</translation>
    </message>
    <message>
        <source>pick the date and time of the callback</source>
        <translation>elija la fecha y la hora de la rellamada</translation>
    </message>
    <message>
        <source>the callback time has no time zone</source>
        <translation>la hora de rellamada no tiene zona horaria</translation>
    </message>
    <message>
        <source>the callback time has passed; pick a later one</source>
        <translation>la hora de rellamada ya pasó; elija una posterior</translation>
    </message>
    <message>
        <source>a callback can be at most three months ahead</source>
        <translation>una rellamada puede ser como mucho a tres meses vista</translation>
    </message>
    <message>
        <source>say why the lead is disqualified</source>
        <translation>indique por qué se descalifica el lead</translation>
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
        <source>say why the lead goes to nurture</source>
        <translation>indique por qué el lead pasa a maduración</translation>
    </message>
    <message>
        <source>pick the date to call this lead again</source>
        <translation>elija la fecha para volver a llamar a este lead</translation>
    </message>
    <message>
        <source>the recycle date must be after today</source>
        <translation>la fecha de reciclaje debe ser posterior a hoy</translation>
    </message>
    <message>
        <source>{label} must be at least {low}</source>
        <translation>{label} debe ser como mínimo {low}</translation>
    </message>
    <message>
        <source>name at least one country or region the partner covers</source>
        <translation>indique al menos un país o una región que cubra el socio</translation>
    </message>
    <message>
        <source>an active partner needs at least one active sales rep to send leads to</source>
        <translation>un socio activo necesita al menos un comercial activo al que enviar leads</translation>
    </message>
    <message>
        <source>the partner needs a name</source>
        <translation>el socio necesita un nombre</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>el nombre tiene más de 200 caracteres</translation>
    </message>
    <message>
        <source>tier {tier!r} is unknown; use {join}</source>
        <translation>el nivel {tier!r} es desconocido; use {join}</translation>
    </message>
    <message>
        <source>the acceptance SLA (hours) is missing</source>
        <translation>falta el SLA de aceptación (horas)</translation>
    </message>
    <message>
        <source>the acceptance SLA must be at most {MAX_SLA_HOURS} hours</source>
        <translation>el SLA de aceptación debe ser como máximo de {MAX_SLA_HOURS} horas</translation>
    </message>
    <message>
        <source>{label} {strip!r} is not a whole number</source>
        <translation>{label} {strip!r} no es un número entero</translation>
    </message>
    <message>
        <source>{region!r} is not a region; write country-region, like US-CA</source>
        <translation>{region!r} no es una región; escriba país-región, como US-CA</translation>
    </message>
    <message>
        <source>{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)</source>
        <translation>{raw!r} no es un prefijo postal (como 941, o US:941 para un solo país)</translation>
    </message>
    <message>
        <source>sales rep e-mail {strip!r} is not valid: {reason}</source>
        <translation>el correo del comercial {strip!r} no es válido: {reason}</translation>
    </message>
    <message>
        <source>sales rep {normalized} is listed twice</source>
        <translation>el comercial {normalized} aparece dos veces</translation>
    </message>
    <message>
        <source>segment {segment!r} is unknown; use {join}</source>
        <translation>el segmento {segment!r} es desconocido; use {join}</translation>
    </message>
    <message>
        <source>{subject} went to {partner} on {at:%Y-%m-%d}, but it is not eligible for this lead now</source>
        <translation>{subject} fue a {partner} el {at:%Y-%m-%d}, pero ahora no es elegible para este lead</translation>
    </message>
    <message>
        <source>the same company</source>
        <translation>la misma empresa</translation>
    </message>
    <message>
        <source>the same contact</source>
        <translation>la misma persona de contacto</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>el período empieza ({start}) después de terminar ({end})</translation>
    </message>
    <message>
        <source>{label} is not a no-contact disposition</source>
        <translation>{label} no es un resultado sin contacto</translation>
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
        <source>[retry] max_attempts must be at least 1</source>
        <translation>[retry] max_attempts debe ser al menos 1</translation>
    </message>
    <message>
        <source>[retry] nurture_recycle_days must be at least 1</source>
        <translation>[retry] nurture_recycle_days debe ser al menos 1</translation>
    </message>
    <message>
        <source>[retry] delays_minutes: {name!r} is not a no-contact disposition ({known})</source>
        <translation>[retry] delays_minutes: {name!r} no es un resultado sin contacto ({known})</translation>
    </message>
    <message>
        <source>[retry] delays_minutes.{name}: every delay must be positive minutes</source>
        <translation>[retry] delays_minutes.{name}: cada espera debe ser de minutos positivos</translation>
    </message>
    <message>
        <source>{login} ({lower}) may not {value}</source>
        <translation>{login} ({lower}) no puede {value}</translation>
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
    <message>
        <source>login {login!r} must start with a letter and use only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (2 to 64 characters)</source>
        <translation>el usuario {login!r} debe empezar por una letra y usar solo a-z, 0-9, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (de 2 a 64 caracteres)</translation>
    </message>
    <message>
        <source>{login} is deactivated; ask an administrator</source>
        <translation>{login} está desactivado; consulte a un administrador</translation>
    </message>
    <message>
        <source>this database has an administrator; act as one with --as LOGIN</source>
        <translation>esta base de datos tiene un administrador; actúe como él con --as USUARIO</translation>
    </message>
    <message>
        <source>a user {login!r} exists already</source>
        <translation>ya existe un usuario {login!r}</translation>
    </message>
    <message>
        <source>unknown login or wrong password</source>
        <translation>usuario desconocido o contraseña incorrecta</translation>
    </message>
    <message>
        <source>covers the lead&apos;s country and segment (simulated history)</source>
        <translation>cubre el país y el segmento del lead (historial simulado)</translation>
    </message>
    <message>
        <source>SLA ran out</source>
        <translation>venció el SLA</translation>
    </message>
    <message>
        <source>Grade {grade} — {recommendation}: {reason} ({points})</source>
        <translation>Grado {grade} — {recommendation}: {reason} ({points})</translation>
    </message>
    <message>
        <source>passed the {segment} rules for grade {grade}</source>
        <translation>cumple las reglas de {segment} para el grado {grade}</translation>
    </message>
    <message>
        <source>no real interest ({short})</source>
        <translation>sin interés real ({short})</translation>
    </message>
    <message>
        <source>no real interest</source>
        <translation>sin interés real</translation>
    </message>
    <message>
        <source>{dimension} {points} of {need}</source>
        <translation>{dimension} {points} de {need}</translation>
    </message>
    <message>
        <source>the prospect asked to talk at another time</source>
        <translation>el prospecto pidió hablar en otro momento</translation>
    </message>
    <message>
        <source>not sales-ready yet ({short})</source>
        <translation>aún no está listo para ventas ({short})</translation>
    </message>
    <message>
        <source>not sales-ready yet</source>
        <translation>aún no está listo para ventas</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>presupuesto</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridad</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>plazo</translation>
    </message>
    <message>
        <source>the script does not validate: {problem}</source>
        <translation>el guion no es válido: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}, question {question}: {problem}</source>
        <translation>pantalla {screen}, pregunta {question}: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}: {problem}</source>
        <translation>pantalla {screen}: {problem}</translation>
    </message>
    <message>
        <source>question {question}: {problem}</source>
        <translation>pregunta {question}: {problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>a script needs at least one screen</source>
        <translation>un guion necesita al menos una pantalla</translation>
    </message>
    <message>
        <source>a script is a JSON object with name, screens and pass_rules</source>
        <translation>un guion es un objeto JSON con name, screens y pass_rules</translation>
    </message>
    <message>
        <source>the script needs a name</source>
        <translation>el guion necesita un nombre</translation>
    </message>
    <message>
        <source>there are no pass rules: every lead would be graded D</source>
        <translation>no hay reglas de aprobación: todos los leads tendrían grado D</translation>
    </message>
    <message>
        <source>screen number {number} has no key</source>
        <translation>la pantalla número {number} no tiene clave</translation>
    </message>
    <message>
        <source>jumps to screen {target!r}, which does not exist</source>
        <translation>salta a la pantalla {target!r}, que no existe</translation>
    </message>
    <message>
        <source>jumps back to screen {target!r}: a path could loop and never end</source>
        <translation>vuelve a la pantalla {target!r}: un recorrido podría repetirse sin terminar nunca</translation>
    </message>
    <message>
        <source>branches on {value!r}, which is not one of its answers</source>
        <translation>se bifurca según {value!r}, que no es una de sus respuestas</translation>
    </message>
    <message>
        <source>no path reaches this screen</source>
        <translation>ningún recorrido llega a esta pantalla</translation>
    </message>
    <message>
        <source>two screens have this key</source>
        <translation>dos pantallas tienen esta clave</translation>
    </message>
    <message>
        <source>a question is not an object</source>
        <translation>una pregunta no es un objeto</translation>
    </message>
    <message>
        <source>another question has this key</source>
        <translation>otra pregunta tiene esta clave</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>{reason} ({zone})</source>
        <translation>{reason} ({zone})</translation>
    </message>
    <message>
        <source>{time:%H:%M} in {zone} is {reason}</source>
        <translation>las {time:%H:%M} en {zone} quedan {reason}</translation>
    </message>
    <message>
        <source>the default rule</source>
        <translation>la regla por defecto</translation>
    </message>
    <message>
        <source>the prospect&apos;s time zone is unknown</source>
        <translation>se desconoce la zona horaria del prospecto</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} is a legal holiday in {place}</source>
        <translation>el {day:%Y-%m-%d} es festivo en {place}</translation>
    </message>
    <message>
        <source>no calls on {weekday} in {place}</source>
        <translation>no se llama el {weekday} en {place}</translation>
    </message>
    <message>
        <source>outside the calling window {window} of {place}</source>
        <translation>fuera del horario de llamadas {window} de {place}</translation>
    </message>
    <message>
        <source> (poor check-call record)</source>
        <translation> (historial de llamadas de control deficiente)</translation>
    </message>
    <message>
        <source>customers say it contacted {contacted} of {reached} ({rate:.0%})</source>
        <translation>según los clientes, contactó a {contacted} de {reached} ({rate:.0%})</translation>
    </message>
    <message>
        <source>every handoff</source>
        <translation>todas las entregas</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>the segment must be one of {segments}</source>
        <translation>el segmento debe ser uno de {segments}</translation>
    </message>
    <message>
        <source>the check call comes 1 to 30 business days after delivery</source>
        <translation>la llamada de control se hace de 1 a 30 días hábiles después de la entrega</translation>
    </message>
    <message>
        <source>the share of handoffs to check is 0 to 100 %</source>
        <translation>la proporción de entregas a controlar va del 0 al 100 %</translation>
    </message>
    <message>
        <source>the minimum per partner and month is 0 to 1000</source>
        <translation>el mínimo por socio y mes va de 0 a 1000</translation>
    </message>
    <message>
        <source>partners with a poor record are checked more often: {share} to 100 %, not {poor_share}</source>
        <translation>los socios con mal historial se controlan más a menudo: del {share} al 100 %, no {poor_share}</translation>
    </message>
    <message>
        <source>the partner already reported the lead {status}</source>
        <translation>el socio ya informó el lead como {status}</translation>
    </message>
    <message>
        <source>the handoff is {status}</source>
        <translation>la entrega está {status}</translation>
    </message>
    <message>
        <source>at least {minimum} per partner a month ({so_far} so far)</source>
        <translation>al menos {minimum} por socio al mes ({so_far} hasta ahora)</translation>
    </message>
    <message>
        <source>not in the {share} % sample</source>
        <translation>fuera de la muestra del {share} %</translation>
    </message>
    <message>
        <source>the partner&apos;s call cannot be in the future</source>
        <translation>la llamada del socio no puede estar en el futuro</translation>
    </message>
    <message>
        <source>no check call answered yet</source>
        <translation>aún no se ha respondido ninguna llamada de control</translation>
    </message>
    <message>
        <source>, satisfaction {satisfaction:.1f}/5</source>
        <translation>, satisfacción {satisfaction:.1f}/5</translation>
    </message>
    <message>
        <source>, at least {minimum} per partner a month</source>
        <translation>, al menos {minimum} por socio al mes</translation>
    </message>
    <message>
        <source>, {share} % for partners with a poor record</source>
        <translation>, {share} % para socios con mal historial</translation>
    </message>
    <message>
        <source>every handoff is checked</source>
        <translation>se controlan todas las entregas</translation>
    </message>
    <message>
        <source>in the {share} % sample</source>
        <translation>en la muestra del {share} %</translation>
    </message>
    <message>
        <source>rate the experience from 1 to 5</source>
        <translation>valore la experiencia de 1 a 5</translation>
    </message>
    <message>
        <source>the day of the partner&apos;s call is not a date</source>
        <translation>el día de la llamada del socio no es una fecha</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganada</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, {rep}): the lead cannot be handed off</source>
        <translation>el prospecto no aceptó que se pasen sus datos a un socio ({at:%Y-%m-%d %H:%M} UTC, {rep}): el lead no se puede entregar</translation>
    </message>
    <message>
        <source>the dial URI template must start with tel:, sip: or callto: and contain {{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}</source>
        <translation>la plantilla de URI de marcación debe empezar por tel:, sip: o callto: y contener {{number}} o {{digits}}, p. ej. tel:{{number}}; no {template!r}</translation>
    </message>
    <message>
        <source>the dial command template must pass the number as an argument ({{number}} or {{digits}}), e.g. softphone --dial {{number}}; not {template!r}</source>
        <translation>la plantilla del comando de marcación debe pasar el número como argumento ({{number}} o {{digits}}), p. ej. softphone --dial {{number}}; no {template!r}</translation>
    </message>
    <message>
        <source>the dial command template cannot be split into arguments ({problem}): {template!r}</source>
        <translation>la plantilla del comando de marcación no se puede dividir en argumentos ({problem}): {template!r}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Extensión</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado o región</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Facturación anual</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Inquiry date</source>
        <translation>Fecha de la consulta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>several columns are mapped to {columns}</source>
        <translation>varias columnas están asignadas a {columns}</translation>
    </message>
    <message>
        <source>no column is recognised as phone or e-mail; map one (columns: {columns})</source>
        <translation>ninguna columna se reconoce como teléfono o correo electrónico; asigne una (columnas: {columns})</translation>
    </message>
    <message>
        <source>not now: no budget yet</source>
        <translation>ahora no: aún sin presupuesto</translation>
    </message>
    <message>
        <source>not now: buying in more than a year</source>
        <translation>ahora no: compra en más de un año</translation>
    </message>
    <message>
        <source>only researching</source>
        <translation>solo se está informando</translation>
    </message>
    <message>
        <source>not the decision maker; no access to one</source>
        <translation>no decide; sin acceso a quien decide</translation>
    </message>
    <message>
        <source>junk or fake data</source>
        <translation>datos basura o falsos</translation>
    </message>
    <message>
        <source>student or private person</source>
        <translation>estudiante o particular</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>competidor</translation>
    </message>
    <message>
        <source>wrong data</source>
        <translation>datos erróneos</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>sin necesidad</translation>
    </message>
    <message>
        <source>duplicate of another lead</source>
        <translation>duplicado de otro lead</translation>
    </message>
    <message>
        <source>asked not to be called</source>
        <translation>pidió que no le llamen</translation>
    </message>
    <message>
        <source>legal request</source>
        <translation>requerimiento legal</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>volver a llamar</translation>
    </message>
    <message>
        <source>sales-ready</source>
        <translation>listo para ventas</translation>
    </message>
    <message>
        <source>disqualify</source>
        <translation>descalificar</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>platino</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>oro</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>plata</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>bronce</translation>
    </message>
    <message>
        <source>all of {country}</source>
        <translation>todo {country}</translation>
    </message>
    <message>
        <source>{measured} (weight {weight:,.2f})</source>
        <translation>{measured} (peso {weight:,.2f})</translation>
    </message>
    <message>
        <source>postal codes {prefix}… in {area}</source>
        <translation>códigos postales {prefix}… en {area}</translation>
    </message>
    <message>
        <source>new partner ({measured} of {needed} handoffs measured), so it gets the new-partner floor of {weight:,.2f}</source>
        <translation>socio nuevo ({measured} de {needed} entregas medidas), por eso recibe el mínimo para socios nuevos de {weight:,.2f}</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>aún sin mediciones</translation>
    </message>
    <message>
        <source>covers only some postal codes and the lead&apos;s postal code is unknown</source>
        <translation>cubre solo algunos códigos postales y el código postal del lead es desconocido</translation>
    </message>
    <message>
        <source>does not cover the lead&apos;s postal code in {where}</source>
        <translation>no cubre el código postal del lead en {where}</translation>
    </message>
    <message>
        <source>the lead&apos;s country is unknown</source>
        <translation>el país del lead es desconocido</translation>
    </message>
    <message>
        <source>does not cover {area}</source>
        <translation>no cubre {area}</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>está inactivo</translation>
    </message>
    <message>
        <source>does not sell {product}</source>
        <translation>no vende {product}</translation>
    </message>
    <message>
        <source>does not serve {segment} companies</source>
        <translation>no atiende a empresas {segment}</translation>
    </message>
    <message>
        <source>has no active sales rep with an e-mail address</source>
        <translation>no tiene ningún comercial activo con dirección de correo</translation>
    </message>
    <message>
        <source>sells {products}</source>
        <translation>vende {products}</translation>
    </message>
    <message>
        <source>serves {segment} companies</source>
        <translation>atiende a empresas {segment}</translation>
    </message>
    <message>
        <source>Covers {where}, {offer}.</source>
        <translation>Cubre {where}, {offer}.</translation>
    </message>
    <message>
        <source>Covers {where}.</source>
        <translation>Cubre {where}.</translation>
    </message>
    <message>
        <source>Already with this partner: {subject} went to {partner} on {at:%Y-%m-%d} (handoff {handoff}); keeping the account with one partner avoids channel conflict.</source>
        <translation>Ya está con este socio: {subject} fue a {partner} el {at:%Y-%m-%d} (entrega {handoff}); mantener la cuenta con un solo socio evita conflictos de canal.</translation>
    </message>
    <message>
        <source>answers in {hours:,.0f} h on average</source>
        <translation>responde en {hours:,.0f} h de media</translation>
    </message>
    <message>
        <source>reports on {share:.0%} of its leads</source>
        <translation>informa sobre el {share:.0%} de sus leads</translation>
    </message>
    <message>
        <source>wins {share:.0%}</source>
        <translation>gana el {share:.0%}</translation>
    </message>
    <message>
        <source>covers only some regions of {country} and the lead&apos;s region is unknown</source>
        <translation>cubre solo algunas regiones de {country} y la región del lead es desconocida</translation>
    </message>
    <message>
        <source>does not cover {area} (only {regions})</source>
        <translation>no cubre {area} (solo {regions})</translation>
    </message>
    <message>
        <source>{count:,} other partners do not cover {area}</source>
        <translation>{count:,} socios más no cubren {area}</translation>
    </message>
    <message>
        <source>{count:,} partners cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} socios no se pueden comparar: el país del lead es desconocido</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>esta empresa</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contacto</translation>
    </message>
    <message>
        <source>Next in the fair rotation: furthest behind its fair share of recent leads.</source>
        <translation>Siguiente en la rotación justa: el más alejado de su reparto justo de leads recientes.</translation>
    </message>
    <message>
        <source>Alternative {number}.</source>
        <translation>Alternativa {number}.</translation>
    </message>
    <message>
        <source>has let handoffs expire</source>
        <translation>ha dejado caducar entregas</translation>
    </message>
    <message>
        <source>&quot;segments&quot; is missing</source>
        <translation>falta &quot;segments&quot;</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>falta &quot;points&quot;</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be a list of rules</source>
        <translation>&quot;queues&quot; debe ser una lista de reglas</translation>
    </message>
    <message>
        <source>the queue rules have no catch-all rule (one without conditions)</source>
        <translation>las reglas de cola no tienen una regla general (una sin condiciones)</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; is missing</source>
        <translation>falta &quot;points.{name}&quot;</translation>
    </message>
    <message>
        <source>queue rule {index} has no queue name</source>
        <translation>la regla de cola {index} no tiene nombre de cola</translation>
    </message>
    <message>
        <source>queue rule {index} has unknown conditions: {conditions}</source>
        <translation>la regla de cola {index} tiene condiciones desconocidas: {conditions}</translation>
    </message>
    <message>
        <source>&quot;segments.{key}&quot; must be a number</source>
        <translation>&quot;segments.{key}&quot; debe ser un número</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>llamada entrante</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulario web</translation>
    </message>
    <message>
        <source>trade show</source>
        <translation>feria</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinario</translation>
    </message>
    <message>
        <source>content download</source>
        <translation>descarga de contenido</translation>
    </message>
    <message>
        <source>purchased list</source>
        <translation>lista comprada</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>could not start the dial command {command!r}: {problem}</source>
        <translation>no se pudo iniciar el comando de marcación {command!r}: {problem}</translation>
    </message>
    <message>
        <source>{name} has {count:,} columns; an import reads at most {most:,}</source>
        <translation>{name} tiene {count:,} columnas; una importación lee como máximo {most:,}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into smaller files</source>
        <translation>{name} ocupa {size:,.0f} MB, más de los {most:,} MB que lee una importación; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>{name}: old .xls files are not supported; save it as .xlsx or CSV</source>
        <translation>{name}: los archivos .xls antiguos no se admiten; guárdelo como .xlsx o CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)</source>
        <translation>{name} es un archivo ZIP, no un CSV (¿un archivo XLSX? llámelo .xlsx)</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save it as CSV or XLSX</source>
        <translation>{name} no es un archivo de texto (contiene datos binarios); guárdelo como CSV o XLSX</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} has a header cell longer than {most:,} characters</source>
        <translation>{name} tiene una celda de cabecera de más de {most:,} caracteres</translation>
    </message>
    <message>
        <source>unknown table format {fmt!r}; use csv or xlsx</source>
        <translation>formato de tabla desconocido {fmt!r}; use csv o xlsx</translation>
    </message>
    <message>
        <source>{name} has no header row</source>
        <translation>{name} no tiene fila de cabecera</translation>
    </message>
    <message>
        <source>{name}: the header row cannot be read ({problem})</source>
        <translation>{name}: no se puede leer la fila de cabecera ({problem})</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file ({problem})</source>
        <translation>{name} no es un archivo XLSX legible ({problem})</translation>
    </message>
    <message>
        <source>{name} is a damaged XLSX file ({problem})</source>
        <translation>{name} es un archivo XLSX dañado ({problem})</translation>
    </message>
    <message>
        <source>cannot write {path}: {strerror}</source>
        <translation>no se puede escribir {path}: {strerror}</translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: it holds a cell far longer than an import reads, or is damaged</source>
        <translation>{name}: {filename} se descomprime a {size:,.0f} MB desde {packed:,.0f} KB: contiene una celda mucho más larga de lo que lee una importación, o está dañado</translation>
    </message>
    <message>
        <source>{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB an import holds; split the file or save it as CSV</source>
        <translation>{name}: {what} se descomprime a {size:,.0f} MB, más de los {most:,} MB que admite una importación; divida el archivo o guárdelo como CSV</translation>
    </message>
    <message>
        <source>cannot reach the database ({where}): {detail}</source>
        <translation>no se puede acceder a la base de datos ({where}): {detail}</translation>
    </message>
    <message>
        <source>{where} is busy (another program holds a write lock)</source>
        <translation>{where} está ocupada (otro programa tiene un bloqueo de escritura)</translation>
    </message>
    <message>
        <source>{where} is busy: this workstation&apos;s connection stayed in use</source>
        <translation>{where} está ocupada: la conexión de este puesto siguió en uso</translation>
    </message>
    <message>
        <source>database {backend!r} is not supported; use SQLite or PostgreSQL</source>
        <translation>la base de datos {backend!r} no está soportada; use SQLite o PostgreSQL</translation>
    </message>
    <message>
        <source>the folder {folder} for the SQLite database does not exist</source>
        <translation>la carpeta {folder} de la base de datos SQLite no existe</translation>
    </message>
    <message>
        <source>sslmode {mode!r} is not one of {modes}</source>
        <translation>sslmode {mode!r} no es ninguno de {modes}</translation>
    </message>
    <message>
        <source>the CA file {path} (sslrootcert) is missing or unreadable</source>
        <translation>el archivo de la CA {path} (sslrootcert) falta o no se puede leer</translation>
    </message>
    <message>
        <source>{url!r} is not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DATABASE)</source>
        <translation>{url!r} no es una URL de base de datos (se espera sqlite:///RUTA o postgresql://USUARIO@SERVIDOR/BASE)</translation>
    </message>
    <message>
        <source>the SQLite database {path} is read-only or not readable</source>
        <translation>la base de datos SQLite {path} es de solo lectura o no se puede leer</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; SQLite needs to write its journal beside the database</source>
        <translation>la carpeta {folder} es de solo lectura; SQLite necesita escribir su diario junto a la base de datos</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name} there</source>
        <translation>la carpeta {folder} es de solo lectura; no se puede crear {name} en ella</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {wait} s</source>
        <translation>demasiadas contraseñas incorrectas para {login}; inténtelo de nuevo en {wait} s</translation>
    </message>
    <message>
        <source>signed out: this connection is closed</source>
        <translation>sesión cerrada: esta conexión está cerrada</translation>
    </message>
    <message>
        <source>the database refuses this workstation&apos;s sign-in role {role}: ask an administrator for its password (sign_in_password in the settings)</source>
        <translation>la base de datos rechaza el rol de inicio de sesión {role} de este puesto: pida su contraseña a un administrador (sign_in_password en la configuración)</translation>
    </message>
    <message>
        <source>the database schema ({current}) is older than this version of Qualifier ({head}); run `qualifier db upgrade`</source>
        <translation>el esquema de la base de datos ({current}) es más antiguo que esta versión de Qualifier ({head}); ejecute `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({current}) is newer than this version of Qualifier ({head}); install the newer Qualifier instead</source>
        <translation>el esquema de la base de datos ({current}) es más reciente que esta versión de Qualifier ({head}); instale la versión más reciente de Qualifier</translation>
    </message>
    <message>
        <source>this database was not created by Qualifier (no schema version found)</source>
        <translation>esta base de datos no la creó Qualifier (no se encontró la versión del esquema)</translation>
    </message>
    <message>
        <source>the saved sign-in has expired or was ended; run `qualifier login` again</source>
        <translation>el inicio de sesión guardado ha caducado o se cerró; ejecute `qualifier login` de nuevo</translation>
    </message>
    <message>
        <source>the password is too long to keep in a sign-in</source>
        <translation>la contraseña es demasiado larga para guardarla en un inicio de sesión</translation>
    </message>
    <message>
        <source>the calling window must start before it ends</source>
        <translation>el horario de llamadas debe empezar antes de terminar</translation>
    </message>
    <message>
        <source>calling window {text!r} must read like 09:00-18:00</source>
        <translation>el horario {text!r} debe escribirse como 09:00-18:00</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; use a name like Europe/Berlin</source>
        <translation>la zona horaria {name!r} es desconocida; use un nombre como Europe/Madrid</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>el centro necesita un nombre</translation>
    </message>
    <message>
        <source>this database is set up already; sign in as an administrator</source>
        <translation>esta base de datos ya está configurada; inicie sesión como administrador</translation>
    </message>
    <message>
        <source>the password must have at least {MIN_PASSWORD_LENGTH} characters</source>
        <translation>la contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres</translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <translation>la contraseña no debe empezar ni terminar con espacios</translation>
    </message>
    <message>
        <source>the password must not contain the login</source>
        <translation>la contraseña no debe contener el usuario</translation>
    </message>
    <message>
        <source>the password is too simple: use more different characters</source>
        <translation>la contraseña es demasiado simple: use más caracteres distintos</translation>
    </message>
    <message>
        <source>choose a new password, not the current one again</source>
        <translation>elija una contraseña nueva, no otra vez la actual</translation>
    </message>
    <message>
        <source>there is no user {login!r}</source>
        <translation>no existe el usuario {login!r}</translation>
    </message>
    <message>
        <source>{login} is the last active administrator; make someone else one first</source>
        <translation>{login} es el último administrador activo; nombre antes a otra persona</translation>
    </message>
    <message>
        <source>role {role!r} is not one of {choices}</source>
        <translation>el rol {role!r} no es uno de {choices}</translation>
    </message>
    <message>
        <source>there is no team {team!r}</source>
        <translation>no existe el equipo {team!r}</translation>
    </message>
    <message>
        <source>the team {name} is deactivated</source>
        <translation>el equipo {name} está desactivado</translation>
    </message>
    <message>
        <source>there is no active user {login!r}</source>
        <translation>no existe ningún usuario activo {login!r}</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>no puede desactivarse a sí mismo</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>la contraseña actual es incorrecta</translation>
    </message>
    <message>
        <source>there is no team {name!r}</source>
        <translation>no existe el equipo {name!r}</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {max} s</source>
        <translation>demasiadas contraseñas incorrectas para {login}; vuelva a intentarlo dentro de {max} s</translation>
    </message>
    <message>
        <source>{login} is deactivated</source>
        <translation>{login} está desactivado</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → después</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>the period ends ({until}) before it starts ({since})</source>
        <translation>el período termina ({until}) antes de empezar ({since})</translation>
    </message>
    <message>
        <source>lead {lead_id} cannot exist: ids start at 1</source>
        <translation>el lead {lead_id} no puede existir: los números empiezan en 1</translation>
    </message>
    <message>
        <source>{name}: the audit log is exported as a .csv file</source>
        <translation>{name}: el registro de auditoría se exporta como archivo .csv</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Llamadas al día</translation>
    </message>
    <message>
        <source>Calls a week</source>
        <translation>Llamadas a la semana</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Festivos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Default (everywhere else)</source>
        <translation>Por defecto (en el resto)</translation>
    </message>
    <message>
        <source>{strip!r} is not a place: a country code (US) or country-region (US-FL)</source>
        <translation>{strip!r} no es un lugar: un código de país (US) o país-región (US-FL)</translation>
    </message>
    <message>
        <source>the window must end after it starts ({strip})</source>
        <translation>el horario debe terminar después de empezar ({strip})</translation>
    </message>
    <message>
        <source>the window must be at least an hour long</source>
        <translation>el horario debe durar al menos una hora</translation>
    </message>
    <message>
        <source>choose at least one day of the week for calls</source>
        <translation>elija al menos un día de la semana para llamar</translation>
    </message>
    <message>
        <source>the weekly cap cannot be below the daily cap</source>
        <translation>el límite semanal no puede ser menor que el diario</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM)</source>
        <translation>{value} no es una hora del día (HH:MM)</translation>
    </message>
    <message>
        <source>a cap must be at least 1 call (leave it empty for no cap)</source>
        <translation>un límite debe ser de al menos 1 llamada (déjelo vacío para no limitar)</translation>
    </message>
    <message>
        <source>there is no calling rule for {value}</source>
        <translation>no hay regla de llamada para {value}</translation>
    </message>
    <message>
        <source>the default rule can be changed, not removed</source>
        <translation>la regla por defecto se puede cambiar, no eliminar</translation>
    </message>
    <message>
        <source>{value} has no calling rule: add its rule first</source>
        <translation>{value} no tiene regla de llamada: añada primero su regla</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is already a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} ya es festivo en {value}</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is not a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} no es festivo en {value}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>el inicio</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>a campaign&apos;s {field} has at most {limit} characters</source>
        <translation>el campo {field} de una campaña tiene como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>the campaign starts ({starts_on}) after it ends ({ends_on})</source>
        <translation>la campaña empieza ({starts_on}) después de terminar ({ends_on})</translation>
    </message>
    <message>
        <source>{text!r} is not a list of whole minutes such as 120, 240, 1440</source>
        <translation>{text!r} no es una lista de minutos enteros como 120, 240, 1440</translation>
    </message>
    <message>
        <source>the attempt cap must be 1 to {most} calls, not {given}</source>
        <translation>el límite de intentos debe ser de 1 a {most} llamadas, no {given}</translation>
    </message>
    <message>
        <source>nurture leads come back after 1 to {most} days, not {given}</source>
        <translation>los leads en maduración vuelven después de 1 a {most} días, no {given}</translation>
    </message>
    <message>
        <source>{name!r} is not a no-contact disposition ({known})</source>
        <translation>{name!r} no es un resultado sin contacto ({known})</translation>
    </message>
    <message>
        <source>at most {most} delays; the last one repeats</source>
        <translation>como máximo {most} esperas; la última se repite</translation>
    </message>
    <message>
        <source>every delay must be 1 to {most} minutes (90 days)</source>
        <translation>cada espera debe ser de 1 a {most} minutos (90 días)</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue.</source>
        <translation>De {examined:,} leads en cola aún no trabajados: {score:,} cambian de puntuación, {segment:,} de segmento, {queue:,} de cola.</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue; the queues {new} would be created.</source>
        <translation>De {examined:,} leads en cola aún no trabajados: {score:,} cambian de puntuación, {segment:,} de segmento, {queue:,} de cola; se crearían las colas {new}.</translation>
    </message>
    <message>
        <source>there is no version {version} of the scoring rules</source>
        <translation>no existe la versión {version} de las reglas de puntuación</translation>
    </message>
    <message>
        <source>someone saved version {version} of the scoring rules a moment ago: open them and make your change again</source>
        <translation>alguien guardó hace un momento la versión {version} de las reglas de puntuación: ábralas y vuelva a hacer su cambio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Cualificaciones</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Guardado (UTC)</translation>
    </message>
    <message>
        <source>there is no script {which}</source>
        <translation>no existe el guion {which}</translation>
    </message>
    <message>
        <source>someone saved version {version} of {name} a moment ago: open it and make your change again</source>
        <translation>alguien guardó hace un momento la versión {version} de {name}: ábralo y vuelva a hacer su cambio</translation>
    </message>
    <message>
        <source>the {what} needs a name</source>
        <translation>{what} necesita un nombre</translation>
    </message>
    <message>
        <source>the {what} name must have at most 80 characters</source>
        <translation>el nombre de {what} debe tener como máximo 80 caracteres</translation>
    </message>
    <message>
        <source>segment {segment!r} is not one of {join}</source>
        <translation>el segmento {segment!r} no es uno de {join}</translation>
    </message>
    <message>
        <source>{login} ({role}) does not work leads</source>
        <translation>{login} ({role}) no trabaja leads</translation>
    </message>
    <message>
        <source>a team {name!r} exists already</source>
        <translation>ya existe un equipo {name!r}</translation>
    </message>
    <message>
        <source>a queue {name!r} exists already</source>
        <translation>ya existe una cola {name!r}</translation>
    </message>
    <message>
        <source>the team {name} is not one of your teams</source>
        <translation>el equipo {name} no es uno de sus equipos</translation>
    </message>
    <message>
        <source>there is no queue {name!r}</source>
        <translation>no existe la cola {name!r}</translation>
    </message>
    <message>
        <source>the queue {name} is not one of your teams&apos; queues</source>
        <translation>la cola {name} no es de sus equipos</translation>
    </message>
    <message>
        <source>{login} may not create teams; ask an administrator</source>
        <translation>{login} no puede crear equipos; consulte a un administrador</translation>
    </message>
    <message>
        <source>a team {new_name!r} exists already</source>
        <translation>ya existe un equipo {new_name!r}</translation>
    </message>
    <message>
        <source>a queue {new_name!r} exists already</source>
        <translation>ya existe una cola {new_name!r}</translation>
    </message>
    <message>
        <source>{login} is not in your teams</source>
        <translation>{login} no está en sus equipos</translation>
    </message>
    <message>
        <source>choose another, open queue than {move_to!r}</source>
        <translation>elija otra cola abierta distinta de {move_to!r}</translation>
    </message>
    <message>
        <source>{people} active people are in the team {name}; move them to another team first</source>
        <translation>hay {people} personas activas en el equipo {name}; muévalas antes a otro equipo</translation>
    </message>
    <message>
        <source>being worked</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>stale lease</source>
        <translation>reserva caducada</translation>
    </message>
    <message>
        <source>a lead cannot be both assigned to a rep and unassigned</source>
        <translation>un lead no puede estar a la vez asignado a un agente y sin asignar</translation>
    </message>
    <message>
        <source>{status!r} is not a lead status ({join})</source>
        <translation>{status!r} no es un estado de lead ({join})</translation>
    </message>
    <message>
        <source>cannot sort leads by {sort!r}</source>
        <translation>no se pueden ordenar los leads por {sort!r}</translation>
    </message>
    <message>
        <source>a page is 1 to {MAX_PAGE} leads from offset 0 on</source>
        <translation>una página tiene de 1 a {MAX_PAGE} leads desde la posición 0</translation>
    </message>
    <message>
        <source>{moved}; {count} not moved</source>
        <translation>{moved}; {count} sin mover</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>la cola {name}</translation>
    </message>
    <message>
        <source>{count} lead moved to {target}</source>
        <translation>{count} lead movido a {target}</translation>
    </message>
    <message>
        <source>{count} leads moved to {target}</source>
        <translation>{count} leads movidos a {target}</translation>
    </message>
    <message>
        <source>not one of your teams&apos; leads</source>
        <translation>no es un lead de sus equipos</translation>
    </message>
    <message>
        <source>changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and try again</source>
        <translation>cambió desde que lo cargó (ahora {status}, a las {at:%H:%M:%S} UTC); vuelva a cargar e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>is {status}; only queued leads and callbacks move</source>
        <translation>está en {status}; solo se mueven leads en cola y rellamadas</translation>
    </message>
    <message>
        <source>{rep} is working on it right now</source>
        <translation>{rep} lo está trabajando ahora mismo</translation>
    </message>
    <message>
        <source>{rep} is working on it right now; select it to take it away</source>
        <translation>{rep} lo está trabajando ahora mismo; selecciónelo para quitárselo</translation>
    </message>
    <message>
        <source>already with {rep}</source>
        <translation>ya lo tiene {rep}</translation>
    </message>
    <message>
        <source>already in {queue}</source>
        <translation>ya está en {queue}</translation>
    </message>
    <message>
        <source>move leads either to a rep or to a queue</source>
        <translation>mueva los leads a un agente o a una cola</translation>
    </message>
    <message>
        <source>choose a different rep to take the callbacks</source>
        <translation>elija otro agente para las rellamadas</translation>
    </message>
    <message>
        <source>there is no queue {queue_id}</source>
        <translation>no existe la cola {queue_id}</translation>
    </message>
    <message>
        <source>the queue {name} is closed</source>
        <translation>la cola {name} está cerrada</translation>
    </message>
    <message>
        <source>select at least one lead to move</source>
        <translation>seleccione al menos un lead para mover</translation>
    </message>
    <message>
        <source>choose at least one filter (status, queue, campaign, region, rep …) before moving everything that matches</source>
        <translation>elija al menos un filtro (estado, cola, campaña, región, agente …) antes de mover todo lo que coincida</translation>
    </message>
    <message>
        <source>more than {MAX_FILTER_MOVE:,} leads match; narrow the filter</source>
        <translation>coinciden más de {MAX_FILTER_MOVE:,} leads; acote el filtro</translation>
    </message>
    <message>
        <source>there is no user {rep_id}</source>
        <translation>no existe el usuario {rep_id}</translation>
    </message>
    <message>
        <source>{name} does not work leads; choose a rep</source>
        <translation>{name} no trabaja leads; elija un agente</translation>
    </message>
    <message>
        <source>{name} is deactivated; choose another rep</source>
        <translation>{name} está desactivado; elija otro agente</translation>
    </message>
    <message>
        <source>{name} is not in your teams</source>
        <translation>{name} no está en sus equipos</translation>
    </message>
    <message>
        <source>{name} does not work leads</source>
        <translation>{name} no trabaja leads</translation>
    </message>
    <message>
        <source>{name} is {value} already</source>
        <translation>{name} ya está {value}</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>it is empty (leave the option out instead)</source>
        <translation>está vacío (omita la opción en su lugar)</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>el nombre del archivo está vacío</translation>
    </message>
    <message>
        <source>the rejects file {path} exists already; add --force to replace it</source>
        <translation>el archivo de rechazos {path} ya existe; añada --force para reemplazarlo</translation>
    </message>
    <message>
        <source>cannot use {name}: {problem}</source>
        <translation>no se puede usar {name}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a file name</source>
        <translation>{name} no es un nombre de archivo</translation>
    </message>
    <message>
        <source>the file name {name} is too long for this system (at most 255 characters a name)</source>
        <translation>el nombre de archivo {name} es demasiado largo para este sistema (como máximo 255 caracteres por nombre)</translation>
    </message>
    <message>
        <source>--remove takes the policy away: it cannot go with {options}</source>
        <translation>--remove elimina la política: no puede ir con {options}</translation>
    </message>
    <message>
        <source>there is no database at {path}; `qualifier setup` sets up a new center there (`qualifier db upgrade` makes an empty one)</source>
        <translation>no hay ninguna base de datos en {path}; `qualifier setup` configura allí un centro nuevo (`qualifier db upgrade` crea una vacía)</translation>
    </message>
    <message>
        <source>interrupted: the rows stored so far are kept; import {name} again to add the rest (the rows already imported are skipped)</source>
        <translation>interrumpido: las filas guardadas hasta ahora se conservan; importe {name} de nuevo para añadir el resto (las filas ya importadas se omiten)</translation>
    </message>
    <message>
        <source>give --max-attempts, --delay or --recycle-days</source>
        <translation>indique --max-attempts, --delay o --recycle-days</translation>
    </message>
    <message>
        <source>Work state changed</source>
        <translation>Estado de trabajo cambiado</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Festivo añadido</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Festivo quitado</translation>
    </message>
    <message>
        <source>Calling rule removed</source>
        <translation>Regla de llamadas quitada</translation>
    </message>
    <message>
        <source>Calling rule saved</source>
        <translation>Regla de llamadas guardada</translation>
    </message>
    <message>
        <source>Campaign changed</source>
        <translation>Campaña cambiada</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Campaña creada</translation>
    </message>
    <message>
        <source>Center changed</source>
        <translation>Centro modificado</translation>
    </message>
    <message>
        <source>Center set up</source>
        <translation>Centro configurado</translation>
    </message>
    <message>
        <source>Check call answered</source>
        <translation>Llamada de control respondida</translation>
    </message>
    <message>
        <source>Check call: callback</source>
        <translation>Llamada de control: volver a llamar</translation>
    </message>
    <message>
        <source>Check call cancelled</source>
        <translation>Llamada de control cancelada</translation>
    </message>
    <message>
        <source>Check call answers recorded</source>
        <translation>Respuestas de la llamada de control registradas</translation>
    </message>
    <message>
        <source>Check call: disqualified</source>
        <translation>Llamada de control: descalificado</translation>
    </message>
    <message>
        <source>Check call: do not call</source>
        <translation>Llamada de control: no llamar</translation>
    </message>
    <message>
        <source>Check call scheduled</source>
        <translation>Llamada de control programada</translation>
    </message>
    <message>
        <source>Reopened handoff kept with the partner</source>
        <translation>Entrega reabierta mantenida con el socio</translation>
    </message>
    <message>
        <source>Check call: nurture</source>
        <translation>Llamada de control: a maduración</translation>
    </message>
    <message>
        <source>Check call outcome undone</source>
        <translation>Resultado de la llamada de control deshecho</translation>
    </message>
    <message>
        <source>Reopened handoff rerouted</source>
        <translation>Entrega reabierta reasignada</translation>
    </message>
    <message>
        <source>Check call: no contact</source>
        <translation>Llamada de control: sin contacto</translation>
    </message>
    <message>
        <source>Check call: sales-ready</source>
        <translation>Llamada de control: lista para ventas</translation>
    </message>
    <message>
        <source>Check call skipped (not in the sample)</source>
        <translation>Llamada de control omitida (fuera de la muestra)</translation>
    </message>
    <message>
        <source>Check call: customer not reached</source>
        <translation>Llamada de control: cliente no localizado</translation>
    </message>
    <message>
        <source>Check call policy removed</source>
        <translation>Política de llamadas de control quitada</translation>
    </message>
    <message>
        <source>Check call policy set</source>
        <translation>Política de llamadas de control fijada</translation>
    </message>
    <message>
        <source>Command-line session closed</source>
        <translation>Sesión de línea de comandos cerrada</translation>
    </message>
    <message>
        <source>Command-line session opened</source>
        <translation>Sesión de línea de comandos abierta</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Datos de contacto corregidos</translation>
    </message>
    <message>
        <source>Demo history added</source>
        <translation>Historial de demostración añadido</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Datos de demostración cargados</translation>
    </message>
    <message>
        <source>Do-not-call registry imported</source>
        <translation>Registro de no llamar importado</translation>
    </message>
    <message>
        <source>Added to the do-not-call list</source>
        <translation>Añadido a la lista de no llamar</translation>
    </message>
    <message>
        <source>Removed from the do-not-call list</source>
        <translation>Quitado de la lista de no llamar</translation>
    </message>
    <message>
        <source>Company data imported</source>
        <translation>Datos de empresas importados</translation>
    </message>
    <message>
        <source>Handoff awaiting delivery</source>
        <translation>Entrega pendiente de envío</translation>
    </message>
    <message>
        <source>Handoff created</source>
        <translation>Entrega creada</translation>
    </message>
    <message>
        <source>Handoff delivered</source>
        <translation>Entrega enviada</translation>
    </message>
    <message>
        <source>Handoff delivery confirmed</source>
        <translation>Envío de la entrega confirmado</translation>
    </message>
    <message>
        <source>Handoff delivery failed</source>
        <translation>Envío de la entrega fallido</translation>
    </message>
    <message>
        <source>Handoff delivery flagged</source>
        <translation>Envío de la entrega señalado</translation>
    </message>
    <message>
        <source>Handoff sent again</source>
        <translation>Entrega enviada de nuevo</translation>
    </message>
    <message>
        <source>Handoff delivery started</source>
        <translation>Envío de la entrega iniciado</translation>
    </message>
    <message>
        <source>Handoff delivery unknown</source>
        <translation>Envío de la entrega desconocido</translation>
    </message>
    <message>
        <source>Handoff expired</source>
        <translation>Entrega vencida</translation>
    </message>
    <message>
        <source>Partner feedback recorded</source>
        <translation>Respuesta del socio registrada</translation>
    </message>
    <message>
        <source>Partner chosen over the proposal</source>
        <translation>Socio elegido en lugar del propuesto</translation>
    </message>
    <message>
        <source>Partner reminded</source>
        <translation>Recordatorio enviado al socio</translation>
    </message>
    <message>
        <source>Partner reminder failed</source>
        <translation>Recordatorio al partner fallido</translation>
    </message>
    <message>
        <source>Partner reminder given up</source>
        <translation>Recordatorio al partner abandonado</translation>
    </message>
    <message>
        <source>Partner reminder unknown</source>
        <translation>Recordatorio al partner incierto</translation>
    </message>
    <message>
        <source>Handoff taken back</source>
        <translation>Entrega retirada</translation>
    </message>
    <message>
        <source>Rejected import rows purged</source>
        <translation>Filas rechazadas de importación purgadas</translation>
    </message>
    <message>
        <source>Inquiry import cancelled</source>
        <translation>Importación de consultas cancelada</translation>
    </message>
    <message>
        <source>Inquiry import failed</source>
        <translation>Importación de consultas fallida</translation>
    </message>
    <message>
        <source>Inquiry import interrupted</source>
        <translation>Importación de consultas interrumpida</translation>
    </message>
    <message>
        <source>Inquiries imported</source>
        <translation>Consultas importadas</translation>
    </message>
    <message>
        <source>Lead back to nurture</source>
        <translation>Lead devuelto a maduración</translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation>Rellamada programada</translation>
    </message>
    <message>
        <source>Lead claimed</source>
        <translation>Lead tomado de la cola</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead creado</translation>
    </message>
    <message>
        <source>Lead disqualified</source>
        <translation>Lead descalificado</translation>
    </message>
    <message>
        <source>Lead marked do-not-call</source>
        <translation>Lead marcado como no llamar</translation>
    </message>
    <message>
        <source>Lead enriched with company data</source>
        <translation>Lead completado con datos de empresa</translation>
    </message>
    <message>
        <source>Lead erased</source>
        <translation>Lead suprimido</translation>
    </message>
    <message>
        <source>Lead handed off</source>
        <translation>Lead entregado al socio</translation>
    </message>
    <message>
        <source>Hold on the lead released</source>
        <translation>Retención del lead liberada</translation>
    </message>
    <message>
        <source>Leads merged</source>
        <translation>Leads fusionados</translation>
    </message>
    <message>
        <source>Lead put in nurture</source>
        <translation>Lead puesto en maduración</translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation>Resultado deshecho</translation>
    </message>
    <message>
        <source>Lead reassigned</source>
        <translation>Lead reasignado</translation>
    </message>
    <message>
        <source>Lead back from nurture</source>
        <translation>Lead de vuelta de maduración</translation>
    </message>
    <message>
        <source>Lead kept in nurture: the prospect said no to more calls</source>
        <translation>Lead mantenido en nutrición: el prospecto no quiere más llamadas</translation>
    </message>
    <message>
        <source>Lead released</source>
        <translation>Lead soltado</translation>
    </message>
    <message>
        <source>Lead placed again in its time zones</source>
        <translation>Lead ubicado de nuevo en sus husos horarios</translation>
    </message>
    <message>
        <source>Lead rescored</source>
        <translation>Lead repuntuado</translation>
    </message>
    <message>
        <source>Lead resumed</source>
        <translation>Lead retomado</translation>
    </message>
    <message>
        <source>No contact: lead to retry</source>
        <translation>Sin contacto: lead a reintentar</translation>
    </message>
    <message>
        <source>Lead returned for routing</source>
        <translation>Lead devuelto para asignar socio</translation>
    </message>
    <message>
        <source>Lead marked sales-ready</source>
        <translation>Lead marcado como listo para ventas</translation>
    </message>
    <message>
        <source>Lead taken</source>
        <translation>Lead tomado</translation>
    </message>
    <message>
        <source>Leads exported</source>
        <translation>Leads exportados</translation>
    </message>
    <message>
        <source>Leads placed again in their time zones</source>
        <translation>Leads ubicados de nuevo en sus husos horarios</translation>
    </message>
    <message>
        <source>Leads rescored</source>
        <translation>Leads repuntuados</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inicio de sesión fallido</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Inicio de sesión frenado tras fallos</translation>
    </message>
    <message>
        <source>Outbox purged</source>
        <translation>Carpeta de salida purgada</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Socio añadido</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Socio cambiado</translation>
    </message>
    <message>
        <source>Partner feedback imported</source>
        <translation>Respuestas de socios importadas</translation>
    </message>
    <message>
        <source>Partners imported</source>
        <translation>Socios importados</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Persona suprimida</translation>
    </message>
    <message>
        <source>Erasure requested</source>
        <translation>Supresión solicitada</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Datos personales exportados</translation>
    </message>
    <message>
        <source>Qualification overruled</source>
        <translation>Cualificación anulada</translation>
    </message>
    <message>
        <source>Qualification recorded</source>
        <translation>Cualificación registrada</translation>
    </message>
    <message>
        <source>Queue added</source>
        <translation>Cola añadida</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>Cola cambiada</translation>
    </message>
    <message>
        <source>Queue closed</source>
        <translation>Cola cerrada</translation>
    </message>
    <message>
        <source>Queue created</source>
        <translation>Cola creada</translation>
    </message>
    <message>
        <source>Queue&apos;s leads moved</source>
        <translation>Leads de la cola movidos</translation>
    </message>
    <message>
        <source>Queue member added</source>
        <translation>Miembro añadido a la cola</translation>
    </message>
    <message>
        <source>Queue member removed</source>
        <translation>Miembro quitado de la cola</translation>
    </message>
    <message>
        <source>Rep paused</source>
        <translation>Agente en pausa</translation>
    </message>
    <message>
        <source>Rep resumed</source>
        <translation>Agente reanudado</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Informe enviado</translation>
    </message>
    <message>
        <source>Report published</source>
        <translation>Informe publicado</translation>
    </message>
    <message>
        <source>Retry settings saved</source>
        <translation>Ajustes de reintento guardados</translation>
    </message>
    <message>
        <source>Scoring rules saved</source>
        <translation>Reglas de puntuación guardadas</translation>
    </message>
    <message>
        <source>Script installed</source>
        <translation>Guion instalado</translation>
    </message>
    <message>
        <source>Script saved</source>
        <translation>Guion guardado</translation>
    </message>
    <message>
        <source>Team activated</source>
        <translation>Equipo activado</translation>
    </message>
    <message>
        <source>Team added</source>
        <translation>Equipo añadido</translation>
    </message>
    <message>
        <source>Team deactivated</source>
        <translation>Equipo desactivado</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Equipo renombrado</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuario añadido</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario cambiado</translation>
    </message>
    <message>
        <source>Channel manager role changed</source>
        <translation>Rol de responsable de canal cambiado</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Usuario desbloqueado</translation>
    </message>
    <message>
        <source>User&apos;s work returned to the queue</source>
        <translation>Trabajo del usuario devuelto a la cola</translation>
    </message>
    <message>
        <source>calling rule</source>
        <translation>regla de llamadas</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campaña</translation>
    </message>
    <message>
        <source>center</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>check call policy</source>
        <translation>política de llamadas de control</translation>
    </message>
    <message>
        <source>command-line session</source>
        <translation>sesión de línea de comandos</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>do-not-call registry</source>
        <translation>registro de no llamar</translation>
    </message>
    <message>
        <source>do-not-call entry</source>
        <translation>entrada de no llamar</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>carpeta de salida</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>cualificación</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>cola</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>retry settings</source>
        <translation>ajustes de reintento</translation>
    </message>
    <message>
        <source>scoring rules</source>
        <translation>reglas de puntuación</translation>
    </message>
    <message>
        <source>script</source>
        <translation>guion</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>added at</source>
        <translation>fecha de alta</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>ya importados</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicados</translation>
    </message>
    <message>
        <source>assigned rep</source>
        <translation>agente asignado</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>intentos</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>días laborables</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>intento de llamada</translation>
    </message>
    <message>
        <source>callbacks returned</source>
        <translation>rellamadas devueltas</translation>
    </message>
    <message>
        <source>open capacity</source>
        <translation>capacidad libre</translation>
    </message>
    <message>
        <source>weekly capacity</source>
        <translation>capacidad semanal</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiados</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>check</source>
        <translation>control</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>fecha de cierre</translation>
    </message>
    <message>
        <source>computed grade</source>
        <translation>grado calculado</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>contact correction</source>
        <translation>corrección de contacto</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coste</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nombre visible</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>tipificación</translation>
    </message>
    <message>
        <source>added to do-not-call</source>
        <translation>añadidos a no llamar</translation>
    </message>
    <message>
        <source>due at</source>
        <translation>vencimiento</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>examined</source>
        <translation>examinados</translation>
    </message>
    <message>
        <source>expires at</source>
        <translation>caducidad</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>inicios de sesión fallidos</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>señalado</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grado</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importados</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>último intento</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>estado del lead</translation>
    </message>
    <message>
        <source>leads returned</source>
        <translation>leads devueltos</translation>
    </message>
    <message>
        <source>hold expires at</source>
        <translation>caducidad de la retención</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>retenido por</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>cargados</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>bloqueado hasta</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>members</source>
        <translation>miembros</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>minimum per month</source>
        <translation>mínimo al mes</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movidos</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>next call</source>
        <translation>próxima llamada</translation>
    </message>
    <message>
        <source>on</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>partner&apos;s rep</source>
        <translation>comercial del socio</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation>valor en cartera</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>share when poor (%)</source>
        <translation>porcentaje si es bajo (%)</translation>
    </message>
    <message>
        <source>postal code prefixes</source>
        <translation>prefijos postales</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridad</translation>
    </message>
    <message>
        <source>products</source>
        <translation>productos</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>proposed partner</source>
        <translation>socio propuesto</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendación</translation>
    </message>
    <message>
        <source>back from nurture on</source>
        <translation>vuelta de maduración</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <source>national registries honoured</source>
        <translation>registros nacionales respetados</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>reminded at</source>
        <translation>fecha del recordatorio</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>retention days</source>
        <translation>días de conservación</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>rows changed</source>
        <translation>filas cambiadas</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>screens</source>
        <translation>pantallas</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segmentos</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>porcentaje (%)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA incumplido</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>horas de SLA</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado de trabajo</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>motivo del estado</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>fecha de toma</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>value fingerprint</source>
        <translation>huella del valor</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>window</source>
        <translation>franja</translation>
    </message>
    <message>
        <source>won revenue</source>
        <translation>ingresos ganados</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>puesto</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text</source>
        <translation>&quot;{field}&quot; debe ser un texto</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be an object</source>
        <translation>&quot;{field}&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number, at least 1</source>
        <translation>&quot;{field}&quot; debe ser un número entero, al menos 1</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a list</source>
        <translation>&quot;{field}&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>the rules of {places} leave no common calling hours</source>
        <translation>las reglas de {places} no dejan horas de llamada en común</translation>
    </message>
    <message>
        <source>{never}</source>
        <translation>{never}</translation>
    </message>
    <message>
        <source>the legal holidays of {year} are not listed for {place}: add them to its calling rules</source>
        <translation>los festivos legales de {year} no están registrados para {place}: añádalos a sus reglas de llamada</translation>
    </message>
    <message>
        <source>{count} call in any 24 hours</source>
        <translation>{count} llamada en 24 horas</translation>
    </message>
    <message>
        <source>{count} calls in any 24 hours</source>
        <translation>{count} llamadas en 24 horas</translation>
    </message>
    <message>
        <source>{count} call in any 7 days</source>
        <translation>{count} llamada en 7 días</translation>
    </message>
    <message>
        <source>{count} calls in any 7 days</source>
        <translation>{count} llamadas en 7 días</translation>
    </message>
    <message>
        <source>{count} business day after delivery, {share}</source>
        <translation>{count} día hábil después de la entrega, {share}</translation>
    </message>
    <message>
        <source>{count} business days after delivery, {share}</source>
        <translation>{count} días hábiles después de la entrega, {share}</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} ahead of the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>El reloj de este puesto va {amount} adelantado respecto al de la base de datos. Qualifier usa la hora de la base de datos, pero haga corregir el reloj y su zona horaria.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} behind the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>El reloj de este puesto va {amount} atrasado respecto al de la base de datos. Qualifier usa la hora de la base de datos, pero haga corregir el reloj y su zona horaria.</translation>
    </message>
    <message>
        <source>{replace} must be less than {most:,}</source>
        <translation>{replace} debe ser menor que {most:,}</translation>
    </message>
    <message>
        <source>{value!r} is not a country Qualifier knows: give its two-letter ISO code, such as DE or US, or its name</source>
        <translation>{value!r} no es un país que Qualifier conozca: indique su código ISO de dos letras, como DE o US, o su nombre</translation>
    </message>
    <message>
        <source>{value!r} is not a region of {country} Qualifier knows: give its ISO code, such as US-NY</source>
        <translation>{value!r} no es una región de {country} que Qualifier conozca: indique su código ISO, como US-NY</translation>
    </message>
    <message>
        <source>{name}: no header row found; the header must be one of the first {rows} rows and name a phone or e-mail column and a name or company column (such as {expected})</source>
        <translation>{name}: no se encontró la fila de encabezado; el encabezado debe ser una de las primeras {rows} filas y nombrar una columna de teléfono o correo electrónico y una de nombre o empresa (como {expected})</translation>
    </message>
    <message>
        <source>the mapping has {count} columns but the file has {columns}; preview the file again</source>
        <translation>la asignación tiene {count} columnas pero el archivo tiene {columns}; vuelva a previsualizar el archivo</translation>
    </message>
    <message>
        <source>unknown fields {names}; known fields: {join}</source>
        <translation>campos desconocidos {names}; campos conocidos: {join}</translation>
    </message>
    <message>
        <source>the mapping lists several columns for {name!r}; only {fields} may be read from several columns (like {{&quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}})</source>
        <translation>la asignación indica varias columnas para {name!r}; solo {fields} pueden leerse de varias columnas (como {{&quot;phone&quot;: [&quot;Móvil&quot;, &quot;Teléfono&quot;]}})</translation>
    </message>
    <message>
        <source>the mapping reads column {title!r} as both {first} and {second}</source>
        <translation>la asignación lee la columna {title!r} a la vez como {first} y como {second}</translation>
    </message>
    <message>
        <source>{count:,} other partner does not cover {area}</source>
        <translation>{count:,} socio más no cubre {area}</translation>
    </message>
    <message>
        <source>{count:,} partner cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} socio no se puede comparar: el país del lead es desconocido</translation>
    </message>
    <message>
        <source>Rotation: {count} lead in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotación: {count} lead en los últimos {days} días frente a un reparto justo de {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>Rotation: {count} leads in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotación: {count} leads en los últimos {days} días frente a un reparto justo de {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;when&quot; must be an object of conditions</source>
        <translation>regla de cola {index}: &quot;when&quot; debe ser un objeto de condiciones</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must map keywords to their points, like {example}</source>
        <translation>&quot;points.{name}&quot; debe asignar sus puntos a palabras clave, como {example}</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must be a list of pairs like {example}</source>
        <translation>&quot;points.{name}&quot; debe ser una lista de pares como {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} no es un número</translation>
    </message>
    <message>
        <source>{where}: the points {value} are not a number</source>
        <translation>{where}: los puntos {value} no son un número</translation>
    </message>
    <message>
        <source>{where} is {entry}, not a pair like {example}</source>
        <translation>{where} es {entry}, no un par como {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a keyword (a text that is not empty)</source>
        <translation>{where}: {value} no es una palabra clave (un texto no vacío)</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;segment&quot; must be &quot;smb&quot; or &quot;enterprise&quot;, not {value}</source>
        <translation>regla de cola {index}: &quot;segment&quot; debe ser &quot;smb&quot; o &quot;enterprise&quot;, no {value}</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;{condition}&quot; must be a list of texts like [&quot;US&quot;], not {value}</source>
        <translation>regla de cola {index}: &quot;{condition}&quot; debe ser una lista de textos como [&quot;US&quot;], no {value}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} no es un archivo normal</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a text file; save it as CSV</source>
        <translation>{name} es una hoja de cálculo, no un archivo de texto; guárdelo como CSV</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>no se puede leer {path}: {strerror}</translation>
    </message>
    <message>
        <source>{name} is damaged after row {number} ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está dañado después de la fila {number} ({problem}); no se importa nada: ábralo en la hoja de cálculo y guárdelo de nuevo, o guárdelo como CSV</translation>
    </message>
    <message>
        <source>the database refused this: {detail}; nothing was saved</source>
        <translation>la base de datos lo ha rechazado: {detail}; no se ha guardado nada</translation>
    </message>
    <message>
        <source>{where} answers like PgBouncer ({detail}): set pooler = &quot;pgbouncer&quot; in [database] of the settings, or add ?pooler=pgbouncer to its url</source>
        <translation>{where} responde como PgBouncer ({detail}): ponga pooler = &quot;pgbouncer&quot; en [database] de la configuración, o añada ?pooler=pgbouncer a su URL</translation>
    </message>
    <message>
        <source>{where} asks for a password and none was given: name the database login in the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password in the OS keyring (service qualifier-database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} pide una contraseña y no se dio ninguna: indique el usuario de la base de datos en la URL (postgresql://LOGIN@HOST/DATABASE) y guarde su contraseña en el llavero del sistema (servicio qualifier-database), en ~/.pgpass o en PGPASSWORD</translation>
    </message>
    <message>
        <source>the database refused this change to {table}: row-level security does not let your login make it; nothing was saved</source>
        <translation>la base de datos ha rechazado este cambio en {table}: la seguridad a nivel de fila no se lo permite a su usuario; no se ha guardado nada</translation>
    </message>
    <message>
        <source>an in-memory SQLite database ends with the command that opened it; give a file: sqlite:///PATH</source>
        <translation>una base de datos SQLite en memoria termina con la orden que la abrió; indique un archivo: sqlite:///RUTA</translation>
    </message>
    <message>
        <source>{url!r} is not a SQLite URL: write sqlite:/// and then the file&apos;s path</source>
        <translation>{url!r} no es una URL de SQLite: escriba sqlite:/// y luego la ruta del archivo</translation>
    </message>
    <message>
        <source>cannot use the SQLite database {path}: {problem}</source>
        <translation>no se puede usar la base de datos SQLite {path}: {problem}</translation>
    </message>
    <message>
        <source>the server has no database {name}: check the database&apos;s name in the [database] url of the settings</source>
        <translation>el servidor no tiene la base de datos {name}: compruebe el nombre de la base de datos en la URL de [database] de la configuración</translation>
    </message>
    <message>
        <source>{where} has no Qualifier schema yet, or one older than this version of Qualifier: an administrator runs `qualifier db upgrade`</source>
        <translation>{where} aún no tiene el esquema de Qualifier, o tiene uno anterior a esta versión de Qualifier: un administrador ejecuta `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>{where} does not let the sign-in role {role} connect: an administrator runs `qualifier db upgrade`, which lets it</source>
        <translation>{where} no deja conectarse al rol de inicio de sesión {role}: un administrador ejecuta `qualifier db upgrade`, que se lo permite</translation>
    </message>
    <message>
        <source>the database is empty ({database}); run `qualifier db upgrade` to create it</source>
        <translation>la base de datos está vacía ({database}); ejecute `qualifier db upgrade` para crearla</translation>
    </message>
    <message>
        <source>the upgrade waited more than {seconds} s for a table that open sessions are using, and changed nothing: run it when the workstations are closed, or give it longer with --lock-wait</source>
        <translation>la actualización esperó más de {seconds} s por una tabla que usan sesiones abiertas y no cambió nada: ejecútela con los puestos cerrados, o dele más tiempo con --lock-wait</translation>
    </message>
    <message>
        <source>the database refused the upgrade ({detail}) and nothing was changed: run `qualifier db upgrade` with the database owner&apos;s credentials</source>
        <translation>la base de datos rechazó la actualización ({detail}) y no se cambió nada: ejecute `qualifier db upgrade` con las credenciales del propietario de la base de datos</translation>
    </message>
    <message>
        <source>only the database&apos;s owner {owner} may upgrade its schema, and {login} is not a member of it: run `qualifier db upgrade` with the owner&apos;s credentials</source>
        <translation>solo el propietario de la base de datos, {owner}, puede actualizar su esquema, y {login} no es miembro de él: ejecute `qualifier db upgrade` con las credenciales del propietario</translation>
    </message>
    <message>
        <source>the center&apos;s name must have at most {limit} characters</source>
        <translation>el nombre del centro puede tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>nobody resets or unlocks their own sign-in: another administrator does; choose your own password with Session → Change password… or `qualifier password`</source>
        <translation>nadie restablece ni desbloquea su propio acceso: lo hace otro administrador; elija su propia contraseña con Sesión → Cambiar contraseña… o `qualifier password`</translation>
    </message>
    <message>
        <source>the name must have at most {limit} characters</source>
        <translation>el nombre puede tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>a database role named {login} exists already; choose another login</source>
        <translation>ya existe un rol de base de datos llamado {login}; elija otro usuario</translation>
    </message>
    <message>
        <source>the password of {login} is a one-time password: choose your own first, with `qualifier password --as {login}` or at the desktop app&apos;s sign-in</source>
        <translation>la contraseña de {login} es una contraseña de un solo uso: elija primero la suya, con `qualifier password --as {login}` o al iniciar sesión en la aplicación de escritorio</translation>
    </message>
    <message>
        <source>no country: add a +country code or set the lead&apos;s country</source>
        <translation>sin país: añada el prefijo +país o indique el país del lead</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>no es un número de teléfono</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>demasiado corto tras el prefijo internacional</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>not a valid number in {region}</source>
        <translation>no es un número válido en {region}</translation>
    </message>
    <message>
        <source>too short for {region}</source>
        <translation>demasiado corto para {region}</translation>
    </message>
    <message>
        <source>too long for {region}</source>
        <translation>demasiado largo para {region}</translation>
    </message>
    <message>
        <source>wrong length for {region}</source>
        <translation>longitud incorrecta para {region}</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>código de país desconocido</translation>
    </message>
    <message>
        <source>{reason}; a number in another country starts with + and its country code</source>
        <translation>{reason}; un número de otro país empieza por + y su prefijo de país</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>no tiene @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>no hay nada antes de la @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>no hay nada después de la @</translation>
    </message>
    <message>
        <source>the part after the @ needs a period, as in example.com</source>
        <translation>la parte tras la @ necesita un punto, como en example.com</translation>
    </message>
    <message>
        <source>two periods in a row</source>
        <translation>dos puntos seguidos</translation>
    </message>
    <message>
        <source>characters not allowed before the @: {characters}</source>
        <translation>caracteres no permitidos antes de la @: {characters}</translation>
    </message>
    <message>
        <source>characters not allowed after the @: {characters}</source>
        <translation>caracteres no permitidos después de la @: {characters}</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name that receives no e-mail</source>
        <translation>la parte tras la @ es un nombre reservado que no recibe correo</translation>
    </message>
    <message>
        <source>the domain {domain} does not exist</source>
        <translation>el dominio {domain} no existe</translation>
    </message>
    <message>
        <source>the domain {domain} receives no e-mail</source>
        <translation>el dominio {domain} no recibe correo</translation>
    </message>
    <message>
        <source>{count} time zones</source>
        <translation>{count} zonas horarias</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sin número de teléfono</translation>
    </message>
    <message>
        <source>its country</source>
        <translation>su país</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sin dirección de correo</translation>
    </message>
    <message>
        <source>a period at the start</source>
        <translation>un punto al principio</translation>
    </message>
    <message>
        <source>no country: write it with its +country code, or give its country</source>
        <translation>sin país: escríbalo con su prefijo +país, o indique su país</translation>
    </message>
    <message>
        <source>a period just before the @</source>
        <translation>un punto justo antes de la @</translation>
    </message>
    <message>
        <source>a period just after the @</source>
        <translation>un punto justo después de la @</translation>
    </message>
    <message>
        <source>{field} {text!r} is in {marked}, but the center counts in {currency}: amounts are not converted; give it in {currency}</source>
        <translation>{field} {text!r} está en {marked}, pero el centro cuenta en {currency}: los importes no se convierten; indíquelo en {currency}</translation>
    </message>
    <message>
        <source>{typed!r} is not a currency code: give one of ISO 4217&apos;s, such as USD, EUR, GBP or CHF</source>
        <translation>{typed!r} no es un código de moneda: indique uno de ISO 4217, como USD, EUR, GBP o CHF</translation>
    </message>
    <message>
        <source>{extension!r} is not an extension that can be dialled</source>
        <translation>{extension!r} no es una extensión que se pueda marcar</translation>
    </message>
    <message>
        <source>{label} must be at most {high:,}</source>
        <translation>{label} debe ser como máximo {high:,}</translation>
    </message>
    <message>
        <source>{region!r} is not a region of {country} (ISO 3166-2, like US-CA)</source>
        <translation>{region!r} no es una región de {country} (ISO 3166-2, como US-CA)</translation>
    </message>
    <message>
        <source>{region!r} is in {country}, which the partner&apos;s countries do not list</source>
        <translation>{region!r} está en {country}, que los países del socio no incluyen</translation>
    </message>
    <message>
        <source>{raw!r} is for {country}, which the partner does not cover</source>
        <translation>{raw!r} es para {country}, que el socio no cubre</translation>
    </message>
    <message>
        <source>the column titles again, no data (files put one after another?)</source>
        <translation>otra vez los títulos de las columnas, sin datos (¿archivos pegados uno tras otro?)</translation>
    </message>
    <message>
        <source>{name}: its header row is longer than {most:,} characters, the longest line an import reads</source>
        <translation>{name}: su fila de encabezado tiene más de {most:,} caracteres, la línea más larga que lee una importación</translation>
    </message>
    <message>
        <source>a cell holds something its type cannot hold</source>
        <translation>una celda contiene algo que su tipo no admite</translation>
    </message>
    <message>
        <source>{name} is damaged in its first rows ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está dañado en sus primeras filas ({problem}); no se importa nada: ábralo en la hoja de cálculo y guárdelo de nuevo, o guárdelo como CSV</translation>
    </message>
    <message>
        <source>this database has no users yet; set up the center first (qualifier setup)</source>
        <translation>esta base de datos aún no tiene usuarios; configure primero el centro (qualifier setup)</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin nombre de usuario</translation>
    </message>
    <message>
        <source>the login is also on row {value}</source>
        <translation>el nombre de usuario también está en la fila {value}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(quitado)</translation>
    </message>
    <message>
        <source>the center has no name and time zone yet: give both (and the calling window, else {window})</source>
        <translation>el centro aún no tiene nombre ni zona horaria: indique ambos (y el horario; si no, {window})</translation>
    </message>
    <message>
        <source>v{version} (in force)</source>
        <translation>v{version} (vigente)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>de fábrica</translation>
    </message>
    <message>
        <source>v{version} (in use)</source>
        <translation>v{version} (en uso)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>the queue {name} is closed; adding a queue of that name opens it again</source>
        <translation>la cola {name} está cerrada; añadir una cola con ese nombre la abre de nuevo</translation>
    </message>
    <message>
        <source>the queue {name} is closed already</source>
        <translation>la cola {name} ya está cerrada</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} lead; move it to another queue first (--move-to QUEUE)</source>
        <translation>la cola {name} aún contiene {count} lead; muévalo antes a otra cola (--move-to COLA)</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} leads; move them to another queue first (--move-to QUEUE)</source>
        <translation>la cola {name} aún contiene {count} leads; muévalos antes a otra cola (--move-to COLA)</translation>
    </message>
    <message>
        <source>the name {name!r} is a closed queue of another team; choose another name (an administrator can open that queue again)</source>
        <translation>el nombre {name!r} es una cola cerrada de otro equipo; elija otro nombre (un administrador puede volver a abrir esa cola)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; did you mean {city}?</source>
        <translation>la zona horaria {name!r} es desconocida; ¿quiso decir {city}?</translation>
    </message>
    <message>
        <source>the queue {name!r} belongs to no team; an administrator gives it to one</source>
        <translation>la cola {name!r} no pertenece a ningún equipo; un administrador se la asigna a uno</translation>
    </message>
    <message>
        <source>Paused by team lead</source>
        <translation>En pausa por el jefe de equipo</translation>
    </message>
    <message>
        <source>{disposition} logged; the customer was not reached: check call closed</source>
        <translation>{disposition} registrado; no se localizó al cliente: llamada de control cerrada</translation>
    </message>
    <message>
        <source>Check call saved: {words}</source>
        <translation>Llamada de control guardada: {words}</translation>
    </message>
    <message>
        <source>lead {lead} has no check call due any more</source>
        <translation>el lead {lead} ya no tiene una llamada de control pendiente</translation>
    </message>
    <message>
        <source>; flagged: {partner} reports the lead active</source>
        <translation>; marcado: {partner} informa el lead como activo</translation>
    </message>
    <message>
        <source>; reopened for the channel manager</source>
        <translation>; reabierto para el responsable de canal</translation>
    </message>
    <message>
        <source>the customer does not know whether {partner} called</source>
        <translation>el cliente no sabe si {partner} llamó</translation>
    </message>
    <message>
        <source>; still needs it</source>
        <translation>; aún lo necesita</translation>
    </message>
    <message>
        <source>On the do-not-call list; the check call is closed</source>
        <translation>En la lista de no llamar; la llamada de control está cerrada</translation>
    </message>
    <message>
        <source>the customer says {partner} never contacted them</source>
        <translation>el cliente dice que {partner} nunca lo contactó</translation>
    </message>
    <message>
        <source>the customer says {partner} contacted them</source>
        <translation>el cliente dice que {partner} lo contactó</translation>
    </message>
    <message>
        <source>; no longer needs it</source>
        <translation>; ya no lo necesita</translation>
    </message>
    <message>
        <source> (experience {score}/5)</source>
        <translation> (experiencia {score}/5)</translation>
    </message>
    <message>
        <source>the check call&apos;s answers need its script</source>
        <translation>las respuestas de la llamada de control necesitan su guion</translation>
    </message>
    <message>
        <source>keep it with {partner} with a note, or re-route it later</source>
        <translation>déjelo con {partner} con una nota, o reasígnelo más tarde</translation>
    </message>
    <message>
        <source>no other partner can take the lead now ({why}): {keep}</source>
        <translation>ningún otro socio puede tomar el lead ahora ({why}): {keep}</translation>
    </message>
    <message>
        <source>no other partner can take the lead now: {keep}</source>
        <translation>ningún otro socio puede tomar el lead ahora: {keep}</translation>
    </message>
    <message>
        <source>the customer told our check call that {partner} never contacted them</source>
        <translation>el cliente dijo en nuestra llamada de control que {partner} nunca lo contactó</translation>
    </message>
    <message>
        <source>taken back from {partner}; not re-routed yet: {why}</source>
        <translation>retirado de {partner}; aún sin reasignar: {why}</translation>
    </message>
    <message>
        <source>say why the lead stays with the partner</source>
        <translation>indique por qué el lead se queda con el socio</translation>
    </message>
    <message>
        <source>there is no check call {check_call}</source>
        <translation>no existe la llamada de control {check_call}</translation>
    </message>
    <message>
        <source>check call {check_call} is not open for a decision</source>
        <translation>la llamada de control {check_call} no está abierta a una decisión</translation>
    </message>
    <message>
        <source>the handoff to {partner} is {status} now; nothing to decide</source>
        <translation>la entrega a {partner} está ahora {status}; no hay nada que decidir</translation>
    </message>
    <message>
        <source>the customer no longer needs it: keep the handoff with the partner instead</source>
        <translation>el cliente ya no lo necesita: mantenga la entrega con el socio</translation>
    </message>
    <message>
        <source>Re-routed because {reason}.</source>
        <translation>Reenrutado porque {reason}.</translation>
    </message>
    <message>
        <source>taken back: {reason}</source>
        <translation>retirado: {reason}</translation>
    </message>
    <message>
        <source>there is no check-call policy for {which}</source>
        <translation>no hay ninguna política de llamadas de control para {which}</translation>
    </message>
    <message>
        <source>there is no partner {partner!r}</source>
        <translation>no existe el socio {partner!r}</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Comercial del socio</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Controladas</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Localizados</translation>
    </message>
    <message>
        <source>Contacted by partner</source>
        <translation>Contactados por el socio</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>No contactados</translation>
    </message>
    <message>
        <source>Median days to contact</source>
        <translation>Mediana de días hasta el contacto</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfacción (1–5)</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contradichas</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabiertas</translation>
    </message>
    <message>
        <source>--by must be one of {choices}</source>
        <translation>--by debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>Check calls by partner</source>
        <translation>Llamadas de control por socio</translation>
    </message>
    <message>
        <source>Check calls by rep</source>
        <translation>Llamadas de control por agente</translation>
    </message>
    <message>
        <source>the lead is {status}</source>
        <translation>estado del lead: {status}</translation>
    </message>
    <message>
        <source>the prospect said no to phone calls</source>
        <translation>el prospecto dijo que no a las llamadas</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: the channel manager already decided on the reopened handoff</source>
        <translation>la llamada de control del lead {lead} no se puede deshacer: el responsable de canal ya decidió sobre la entrega reabierta</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: it changed since</source>
        <translation>la llamada de control del lead {lead} no se puede deshacer: ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>number has had as many calls as {place} allows (at most {limits}, counting every lead with this number)</source>
        <translation>el número ya recibió tantas llamadas como permite {place} (como máximo {limits}, contando todos los leads con este número)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key (hash)</source>
        <translation>Clave (hash)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Añadida por</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Añadida (UTC)</translation>
    </message>
    <message>
        <source>reason or source containing {words!r}</source>
        <translation>motivo o fuente que contiene {words!r}</translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation>correo {email}</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>teléfono {phone}</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address to block</source>
        <translation>indique un teléfono o una dirección de correo para bloquear</translation>
    </message>
    <message>
        <source>{value} is not on the do-not-call list</source>
        <translation>{value} no está en la lista de no llamar</translation>
    </message>
    <message>
        <source>phone {phone!r}: {reason}</source>
        <translation>teléfono {phone!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {email!r}: {reason}</source>
        <translation>correo {email!r}: {reason}</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>indique por qué la entrada sale de la lista</translation>
    </message>
    <message>
        <source>do-not-call entry {entry_id} is no longer on the list</source>
        <translation>la entrada de no llamar {entry_id} ya no está en la lista</translation>
    </message>
    <message>
        <source>{name}: a person&apos;s data is exported as a .zip file</source>
        <translation>{name}: los datos de una persona se exportan como archivo .zip</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}: no existe esa carpeta</translation>
    </message>
    <message>
        <source>say why the person is to be erased</source>
        <translation>indique por qué se borra a la persona</translation>
    </message>
    <message>
        <source>say why the person is erased (--reason)</source>
        <translation>indique por qué se borra a la persona (--reason)</translation>
    </message>
    <message>
        <source>give exactly one of --email, --phone or --lead</source>
        <translation>indique exactamente uno de --email, --phone o --lead</translation>
    </message>
    <message>
        <source>no lead matches {describe}</source>
        <translation>ningún lead coincide con {describe}</translation>
    </message>
    <message>
        <source>there is no lead {lead_id}</source>
        <translation>no existe el lead {lead_id}</translation>
    </message>
    <message>
        <source>no lead matches {describe}; it is on the do-not-call list (as a hash), as after an erasure: nothing about it is left to export or erase</source>
        <translation>ningún lead coincide con {describe}; está en la lista de no llamar (como hash), como tras un borrado: no queda nada que exportar ni borrar</translation>
    </message>
    <message>
        <source>{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit {limit}): leads in {countries} are not claimable until a fresh import</source>
        <translation>la instantánea del registro de no llamar {name} del {taken_on} tiene {age} días (límite {limit}): los leads de {countries} no se pueden reclamar hasta una importación nueva</translation>
    </message>
    <message>
        <source>{name} line {line}: {value!r} is not a {name2} phone number</source>
        <translation>{name} línea {line}: {value!r} no es un teléfono de {name2}</translation>
    </message>
    <message>
        <source>the {name} do-not-call registry, which the center honours, has never been imported: leads in {countries} are not claimable until it is</source>
        <translation>el registro nacional de no llamar {name}, que el centro respeta, nunca se ha importado: los leads de {countries} no se pueden tomar hasta que se importe</translation>
    </message>
    <message>
        <source>unknown registry {name!r}; known registries: {known}</source>
        <translation>registro desconocido {name!r}; registros conocidos: {known}</translation>
    </message>
    <message>
        <source>{name}: no number column in the header (expected one of {join})</source>
        <translation>{name}: no hay columna de número en el encabezado (se esperaba una de {join})</translation>
    </message>
    <message>
        <source>{name} holds no phone numbers (it is empty, or has only a header or blank lines); nothing was imported</source>
        <translation>{name} no contiene números de teléfono (está vacío o solo tiene un encabezado o líneas en blanco); no se importó nada</translation>
    </message>
    <message>
        <source>{name} line {number}: no value in the number column</source>
        <translation>{name} línea {number}: la columna de número está vacía</translation>
    </message>
    <message>
        <source>{path} is not a readable file</source>
        <translation>{path} no es un archivo legible</translation>
    </message>
    <message>
        <source>the snapshot&apos;s date {taken_on} is after the center&apos;s today ({today})</source>
        <translation>la fecha de la copia {taken_on} es posterior al día de hoy del centro ({today})</translation>
    </message>
    <message>
        <source>a snapshot of {taken_on} is already {age} days old; the {name} registry must be at most {max_age_days} days old</source>
        <translation>una copia del {taken_on} ya tiene {age} días; el registro {name} debe tener como máximo {max_age_days} días</translation>
    </message>
    <message>
        <source>the {name} registry holds the snapshot of {loaded}; one of {taken_on} is older</source>
        <translation>el registro {name} ya tiene la instantánea del {loaded}; una del {taken_on} es más antigua</translation>
    </message>
    <message>
        <source>{reason} (the cell holds the spreadsheet error {error}, read as empty)</source>
        <translation>{reason} (la celda contiene el error de hoja de cálculo {error}, leído como vacío)</translation>
    </message>
    <message>
        <source>no header row found: the header must be one of the first {rows} rows and have a column for {join}</source>
        <translation>no se encontró la fila de encabezado: el encabezado debe ser una de las primeras {rows} filas y tener una columna para {join}</translation>
    </message>
    <message>
        <source>the file has no column for {join} (its columns: {value})</source>
        <translation>el archivo no tiene columna para {join} (sus columnas: {value})</translation>
    </message>
    <message>
        <source>created queue {queue} (named by the scoring rules)</source>
        <translation>creada la cola {queue} (nombrada por las reglas de puntuación)</translation>
    </message>
    <message>
        <source>{count:,} new leads</source>
        <translation>{count:,} leads nuevos</translation>
    </message>
    <message>
        <source>{count:,} merged into existing leads</source>
        <translation>{count:,} fusionados con leads existentes</translation>
    </message>
    <message>
        <source>{count:,} rejected</source>
        <translation>{count:,} rechazados</translation>
    </message>
    <message>
        <source> ({count:,} rows not accounted for: please report this)</source>
        <translation> ({count:,} filas sin contabilizar: por favor, informe de ello)</translation>
    </message>
    <message>
        <source>{count:,} already imported</source>
        <translation>{count:,} ya importados</translation>
    </message>
    <message>
        <source>; {count:,} blank row between them skipped</source>
        <translation>; {count:,} fila vacía entre ellas omitida</translation>
    </message>
    <message>
        <source>; {count:,} blank rows between them skipped</source>
        <translation>; {count:,} filas vacías entre ellas omitidas</translation>
    </message>
    <message>
        <source>; {count:,} row hidden in the workbook (a filter?) not read: show it to import it</source>
        <translation>; {count:,} fila oculta en el libro (¿un filtro?) no leída: muéstrela para importarla</translation>
    </message>
    <message>
        <source>; {count:,} rows hidden in the workbook (a filter?) not read: show them to import them</source>
        <translation>; {count:,} filas ocultas en el libro (¿un filtro?) no leídas: muéstrelas para importarlas</translation>
    </message>
    <message>
        <source>; sheet {sheet} read ({passed} before it: no header row)</source>
        <translation>; se leyó la hoja {sheet} ({passed} antes de ella: sin fila de encabezado)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the {count:,} rows above it are not data</source>
        <translation>; el encabezado está en la fila {row}: las {count:,} filas de encima no son datos</translation>
    </message>
    <message>
        <source>; not read: sheet {unread}, which holds rows too (one sheet is read per file: save it as a file of its own)</source>
        <translation>; no leída: la hoja {unread}, que también tiene filas (se lee una hoja por archivo: guárdela como un archivo aparte)</translation>
    </message>
    <message>
        <source>; not read: sheets {unread}, which hold rows too (one sheet is read per file: save each as a file of its own)</source>
        <translation>; no leídas: las hojas {unread}, que también tienen filas (se lee una hoja por archivo: guarde cada una como un archivo aparte)</translation>
    </message>
    <message>
        <source>the source name is longer than 120 characters</source>
        <translation>el nombre de la fuente tiene más de 120 caracteres</translation>
    </message>
    <message>
        <source>no column is recognised as company or domain (columns: {columns})</source>
        <translation>ninguna columna se reconoce como empresa o dominio (columnas: {columns})</translation>
    </message>
    <message>
        <source>nothing of it was kept; run the same file again</source>
        <translation>no se conservó nada; importe de nuevo el mismo archivo</translation>
    </message>
    <message>
        <source>the same file was imported in full afterwards (import {batch_id})</source>
        <translation>el mismo archivo se importó completo después (importación {batch_id})</translation>
    </message>
    <message>
        <source>the {count:,} row read so far is kept; run the same file again: rows already stored are not added twice</source>
        <translation>se conserva la {count:,} fila leída hasta ahora; importe de nuevo el mismo archivo: las filas ya guardadas no se añaden dos veces</translation>
    </message>
    <message>
        <source>the {count:,} rows read so far are kept; run the same file again: rows already stored are not added twice</source>
        <translation>se conservan las {count:,} filas leídas hasta ahora; importe de nuevo el mismo archivo: las filas ya guardadas no se añaden dos veces</translation>
    </message>
    <message>
        <source>there is no import kind {value!r} (kinds: {join})</source>
        <translation>no existe el tipo de importación {value!r} (tipos: {join})</translation>
    </message>
    <message>
        <source>the limit must be between 1 and {most}</source>
        <translation>el límite debe estar entre 1 y {most}</translation>
    </message>
    <message>
        <source>the campaign name is longer than 120 characters</source>
        <translation>el nombre de la campaña tiene más de 120 caracteres</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows to import</source>
        <translation>{name} tiene fila de encabezado pero ninguna fila que importar</translation>
    </message>
    <message>
        <source>the rejects file {path} is a folder; name a file in it</source>
        <translation>el archivo de rechazos {path} es una carpeta; indique un archivo dentro de ella</translation>
    </message>
    <message>
        <source>the folder {parent} for the rejects file does not exist</source>
        <translation>la carpeta {parent} del archivo de rechazos no existe</translation>
    </message>
    <message>
        <source>the rejects file {path} is the file being imported; name another file</source>
        <translation>el archivo de rechazos {path} es el archivo que se importa; indique otro</translation>
    </message>
    <message>
        <source>the scoring rules</source>
        <translation>las reglas de puntuación</translation>
    </message>
    <message>
        <source>{name}: the rules must be a JSON object</source>
        <translation>{name}: las reglas deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>the row is about partner {named}; this file is {partner}&apos;s</source>
        <translation>la fila es del socio {named}; este archivo es de {partner}</translation>
    </message>
    <message>
        <source>the row has no handoff id; say which partner the file comes from to find its lead by e-mail or phone</source>
        <translation>la fila no tiene número de entrega; indique de qué socio es el archivo para encontrar su lead por correo o teléfono</translation>
    </message>
    <message>
        <source>the lead with this {what} was not handed to {partner}</source>
        <translation>el lead con este {what} no se entregó a {partner}</translation>
    </message>
    <message>
        <source>{partner} no longer has this lead: its handoff {handoff_id} is {state}</source>
        <translation>{partner} ya no tiene este lead: su entrega {handoff_id} está {state}</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a whole number: handoff ids have no decimals (was the cell changed by a formula or rounding?)</source>
        <translation>el número de entrega {handoff_text!r} no es un número entero: los números de entrega no tienen decimales (¿cambió la celda una fórmula o un redondeo?)</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not {partner}&apos;s</source>
        <translation>la entrega {handoff_id} no es de {partner}</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server is configured, the package is in the outbox</source>
        <translation>pendiente de envío: no hay servidor de correo configurado, el paquete está en la carpeta de salida</translation>
    </message>
    <message>
        <source>not sent: the lead went do-not-call after it was routed; the partner must not have it</source>
        <translation>no enviado: el lead pasó a no llamar después de asignarse; el socio no debe recibirlo</translation>
    </message>
    <message>
        <source>{awaiting}; the SLA starts when it is e-mailed</source>
        <translation>{awaiting}; el SLA empieza cuando se envía por correo</translation>
    </message>
    <message>
        <source>e-mailed to the partner rep</source>
        <translation>enviado por correo al comercial del socio</translation>
    </message>
    <message>
        <source>left in the outbox</source>
        <translation>dejado en la carpeta de salida</translation>
    </message>
    <message>
        <source>outcome unknown, not resent before {at:%Y-%m-%d %H:%M} UTC: {problem}</source>
        <translation>resultado desconocido, no se reenvía antes de {at:%Y-%m-%d %H:%M} UTC: {problem}</translation>
    </message>
    <message>
        <source>not delivered, kept in the outbox for a retry: {problem}</source>
        <translation>no entregado, guardado en la carpeta de salida para reintentar: {problem}</translation>
    </message>
    <message>
        <source>{name} is managed by another channel manager</source>
        <translation>{name} lo gestiona otro gestor de canal</translation>
    </message>
    <message>
        <source>name yourself as the channel manager of your partners</source>
        <translation>indique su propio usuario como gestor de canal de sus socios</translation>
    </message>
    <message>
        <source>{login} still looks after {partners}: give those partners another channel manager first</source>
        <translation>{login} aún atiende a {partners}: asigne antes otro responsable de canal a esos socios</translation>
    </message>
    <message>
        <source>awaiting delivery: waiting for a person to decide, SLA not started</source>
        <translation>pendiente de envío: espera la decisión de una persona, SLA sin iniciar</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed by someone else meanwhile; import the file again</source>
        <translation>otra persona cambió la entrega {handoff_id} mientras tanto; importe el archivo de nuevo</translation>
    </message>
    <message>
        <source>the partner&apos;s update of {at:%Y-%m-%d %H:%M} UTC is older than the handoff&apos;s last news ({last:%Y-%m-%d %H:%M} UTC), which stays</source>
        <translation>la actualización del socio del {at:%Y-%m-%d %H:%M} UTC es anterior a la última noticia de la entrega ({last:%Y-%m-%d %H:%M} UTC), que se mantiene</translation>
    </message>
    <message>
        <source>say which partner the file comes from: it finds handoffs by the lead&apos;s e-mail or phone</source>
        <translation>indique de qué socio es el archivo: busca las entregas por el correo o el teléfono del lead</translation>
    </message>
    <message>
        <source>the number of days must be at most {most:,}, not {days:,}</source>
        <translation>el número de días debe ser como máximo {most:,}, no {days:,}</translation>
    </message>
    <message>
        <source>{login} records feedback only for the partners they manage</source>
        <translation>{login} registra respuestas solo de los socios que gestiona</translation>
    </message>
    <message>
        <source>the partner rep&apos;s address was refused: waiting for a person to give the partner a working address in the directory and send it again, or to mark it delivered</source>
        <translation>la dirección del representante del socio fue rechazada: espera a que una persona dé al socio una dirección que funcione en el directorio y envíe de nuevo, o la marque como entregada</translation>
    </message>
    <message>
        <source>{flag} ({why})</source>
        <translation>{flag} ({why})</translation>
    </message>
    <message>
        <source>the partner directory is empty</source>
        <translation>el directorio de socios está vacío</translation>
    </message>
    <message>
        <source>reminder: answer due by {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>recordatorio: respuesta antes de {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>awaiting delivery, SLA not started</source>
        <translation>pendiente de envío, SLA sin iniciar</translation>
    </message>
    <message>
        <source>{count:,} lead: {reason}</source>
        <translation>{count:,} lead: {reason}</translation>
    </message>
    <message>
        <source>{count:,} leads: {reason}</source>
        <translation>{count:,} leads: {reason}</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>toda la lista</translation>
    </message>
    <message>
        <source>{count:,} row read = {parts}</source>
        <translation>{count:,} fila leída = {parts}</translation>
    </message>
    <message>
        <source>{count:,} rows read = {parts}</source>
        <translation>{count:,} filas leídas = {parts}</translation>
    </message>
    <message>
        <source>{count:,} new lead</source>
        <translation>{count:,} lead nuevo</translation>
    </message>
    <message>
        <source>{count:,} merged into an existing lead</source>
        <translation>{count:,} fusionado con un lead existente</translation>
    </message>
    <message>
        <source> ({count:,} row not accounted for: please report this)</source>
        <translation> ({count:,} fila sin contabilizar: por favor, informe de ello)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the row above it is not data</source>
        <translation>; el encabezado está en la fila {row}: la fila de encima no son datos</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead.</source>
        <translation>Ningún socio es elegible para este lead.</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server configured, SLA not started</source>
        <translation>pendiente de envío: no hay servidor de correo configurado, SLA sin iniciar</translation>
    </message>
    <message>
        <source>awaiting delivery: the mail server failed, the sweep retries, SLA not started</source>
        <translation>pendiente de envío: el servidor de correo falló, la revisión periódica reintenta, SLA sin iniciar</translation>
    </message>
    <message>
        <source> (SLA breached)</source>
        <translation> (SLA incumplido)</translation>
    </message>
    <message>
        <source>may have reached the partner already: waiting for a person to check</source>
        <translation>puede que ya haya llegado al socio: espera a que una persona lo compruebe</translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <source>{flag} ({why}; look for Message-ID {msg_id})</source>
        <translation>{flag} ({why}; busque el Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>a person confirmed the partner received the e-mail</source>
        <translation>una persona confirmó que el socio recibió el correo</translation>
    </message>
    <message>
        <source>a person asked for one more try with the same Message-ID</source>
        <translation>una persona pidió un nuevo intento con el mismo Message-ID</translation>
    </message>
    <message>
        <source>Chosen by {person} instead of the proposed {partner}: {reason}.</source>
        <translation>Elegido por {person} en lugar del propuesto {partner}: {reason}.</translation>
    </message>
    <message>
        <source>no partner is eligible for this lead: {why}</source>
        <translation>ningún socio es elegible para este lead: {why}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>rejected this lead (handed on {at:%Y-%m-%d})</source>
        <translation>rechazó este lead (entregado el {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})</source>
        <translation>dejó vencer su SLA de aceptación con este lead (entregado el {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead: {why}.</source>
        <translation>Ningún socio es elegible para este lead: {why}.</translation>
    </message>
    <message>
        <source>No partner: {why}.</source>
        <translation>Ningún socio: {why}.</translation>
    </message>
    <message>
        <source>lead {id} is handed off already to {partner} ({status})</source>
        <translation>el lead {id} ya está entregado a {partner} ({status})</translation>
    </message>
    <message>
        <source>lead {id} is handed off already</source>
        <translation>el lead {id} ya está entregado</translation>
    </message>
    <message>
        <source>Re-routed after {partner} let its {hours} h acceptance SLA run out.</source>
        <translation>Reenrutado después de que {partner} dejara vencer su SLA de aceptación de {hours} h.</translation>
    </message>
    <message>
        <source>not accepted by {at:%Y-%m-%d %H:%M} UTC; SLA breached</source>
        <translation>no aceptado antes de {at:%Y-%m-%d %H:%M} UTC; SLA incumplido</translation>
    </message>
    <message>
        <source>no lead is eligible now, and none is waiting in your queues</source>
        <translation>ahora no hay ningún lead disponible, y ninguno espera en sus colas</translation>
    </message>
    <message>
        <source>no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)</source>
        <translation>ahora no hay ningún lead disponible; el siguiente estará disponible a las {when} (en {minutes} min)</translation>
    </message>
    <message>
        <source>no lead is eligible now</source>
        <translation>ahora no hay ningún lead disponible</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work no queue yet; an administrator adds you to a team, whose queues you then work</source>
        <translation>ningún lead está disponible ahora: todavía no trabaja ninguna cola; un administrador le añade a un equipo, cuyas colas trabajará entonces</translation>
    </message>
    <message>
        <source>lead {lead_id} is not one of your teams&apos; leads</source>
        <translation>el lead {lead_id} no es de sus equipos</translation>
    </message>
    <message>
        <source>a letter ({letter}) where a digit belongs</source>
        <translation>una letra ({letter}) donde va un dígito</translation>
    </message>
    <message>
        <source>an extension&apos;s mark without its number</source>
        <translation>una marca de extensión sin su número</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoff, at most {most})</source>
        <translation>no le queda capacidad ({count} entrega abierta, como máximo {most})</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoffs, at most {most})</source>
        <translation>no le queda capacidad ({count} entregas abiertas, como máximo {most})</translation>
    </message>
    <message>
        <source>has had its {count} lead for this week ({received} in the last {days} days)</source>
        <translation>ya recibió su {count} lead de esta semana ({received} en los últimos {days} días)</translation>
    </message>
    <message>
        <source>has had its {count} leads for this week ({received} in the last {days} days)</source>
        <translation>ya recibió sus {count} leads de esta semana ({received} en los últimos {days} días)</translation>
    </message>
    <message>
        <source>all time to today</source>
        <translation>todo el período hasta hoy</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>puntos y comas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticales</translation>
    </message>
    <message>
        <source>{cells:,} cells, but the header has {width:,} columns: a cell holds the delimiter without quotes, so the values after it are in the wrong columns; the row is not imported</source>
        <translation>{cells:,} celdas, pero el encabezado tiene {width:,} columnas: una celda contiene el separador sin comillas, así que los valores que siguen están en columnas equivocadas; la fila no se importa</translation>
    </message>
    <message>
        <source>unclosed quote from row {number}: the quote that opens this cell is never closed, so the row is not imported; the rows after it are read on their own</source>
        <translation>comilla sin cerrar desde la fila {number}: la comilla que abre esta celda nunca se cierra, así que la fila no se importa; las filas siguientes se leen por separado</translation>
    </message>
    <message>
        <source>1 cell holding {values:,} values separated by {called}, but the file separates its {width:,} columns by {own}: the row was written with another separator; the row is not imported</source>
        <translation>1 celda con {values:,} valores separados por {called}, pero el archivo separa sus {width:,} columnas con {own}: la fila se escribió con otro separador; la fila no se importa</translation>
    </message>
    <message>
        <source>{name} is not a JSON text file (UTF-8)</source>
        <translation>{name} no es un archivo de texto JSON (UTF-8)</translation>
    </message>
    <message>
        <source>{name} is not JSON: {problem} at line {line}, column {column}</source>
        <translation>{name} no es JSON: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} es una hoja de cálculo OpenDocument, que no se lee; guárdela como libro de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 file, which is not read; save it without a password as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} está protegido con contraseña o es un archivo antiguo de Excel 97-2003, que no se lee; guárdelo sin contraseña como libro de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>{name} is not an XLSX file, nor a text file; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} no es un archivo XLSX ni un archivo de texto; guárdelo como libro de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds no sheet; open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está dañado: no contiene ninguna hoja; ábralo en la hoja de cálculo y vuelva a guardarlo, o guárdelo como CSV</translation>
    </message>
    <message>
        <source>{name} is a text (CSV) file, not an XLSX file; name it .csv</source>
        <translation>{name} es un archivo de texto (CSV), no un archivo XLSX; cámbiele el nombre a .csv</translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} está guardado como Strict Open XML, que no se lee; guárdelo como libro de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive of other files, not an XLSX file; unpack it, or save the sheet as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} es un archivo ZIP de otros archivos, no un archivo XLSX; descomprímalo o guarde la hoja como libro de Excel (.xlsx) o CSV</translation>
    </message>
    <message>
        <source>{where} answers, but PgBouncer cannot sign in to the PostgreSQL server behind it ({detail}): its administrator finds why in PgBouncer&apos;s log (after a backup was restored, PgBouncer&apos;s look-up is given again: README, Through PgBouncer)</source>
        <translation>{where} responde, pero PgBouncer no puede iniciar sesión en el servidor PostgreSQL que tiene detrás ({detail}): su administrador encuentra el motivo en el registro de PgBouncer (tras restaurar una copia de seguridad, la consulta de PgBouncer se vuelve a conceder: README, Through PgBouncer)</translation>
    </message>
    <message>
        <source>{where} asks for {login}&apos;s password and none was given: keep it in the OS keyring (qualifier keyring database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} pide la contraseña de {login} y no se dio ninguna: guárdela en el llavero del sistema (qualifier keyring database), en ~/.pgpass o en PGPASSWORD</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>someone else changed this meanwhile, to {value}: nothing was saved; save again to replace it</source>
        <translation>otra persona lo cambió mientras tanto, a {value}: no se guardó nada; guarde de nuevo para reemplazarlo</translation>
    </message>
    <message>
        <source>the scoring rules were changed by someone else meanwhile (version {version}); reload them and make your change again</source>
        <translation>otra persona cambió las reglas de puntuación mientras tanto (versión {version}); vuelva a cargarlas y haga su cambio de nuevo</translation>
    </message>
    <message>
        <source>{rep} took it at {at:%H:%M:%S} UTC, after you loaded it; reload to see it</source>
        <translation>{rep} lo tomó a las {at:%H:%M:%S} UTC, después de que usted lo cargara; vuelva a cargar para verlo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>the period starts ({start}) after today ({today})</source>
        <translation>el periodo empieza ({start}) después de hoy ({today})</translation>
    </message>
    <message>
        <source>{disposition} logged; next check call {when}</source>
        <translation>{disposition} registrado; próxima llamada de control {when}</translation>
    </message>
    <message>
        <source>Check call again at {when}</source>
        <translation>Volver a llamar para el control el {when}</translation>
    </message>
    <message>
        <source>{reason} (no waiting lead held back by it now)</source>
        <translation>{reason} (no retiene ahora ningún lead en espera)</translation>
    </message>
    <message>
        <source>nobody works queue {queue}</source>
        <translation>nadie trabaja la cola {queue}</translation>
    </message>
    <message>
        <source>there is no do-not-call entry {entry_id}</source>
        <translation>no hay ninguna entrada de no llamar {entry_id}</translation>
    </message>
    <message>
        <source>settings file: [mail] outbox {folder} is the outbox of another database ({other}); databases sharing one would shred and overwrite each other&apos;s handoff packages. Name a folder of this database&apos;s own, or remove the line to use its own folder in the data folder</source>
        <translation>archivo de configuración: [mail] outbox {folder} es la bandeja de salida de otra base de datos ({other}); bases de datos que compartan una destruirían y sobrescribirían los paquetes de traspaso de la otra. Indique una carpeta propia de esta base de datos, o quite la línea para usar su propia carpeta en la carpeta de datos</translation>
    </message>
    <message>
        <source>{name} holds {count:,} number, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contiene {count:,} número, un {share:.0%} menos que los {previous:,} de la última copia del registro {registry} (¿un archivo cortado?): no se importó nada; confirme que el registro se redujo para cargarlo</translation>
    </message>
    <message>
        <source>{name} holds {count:,} numbers, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contiene {count:,} números, un {share:.0%} menos que los {previous:,} de la última copia del registro {registry} (¿un archivo cortado?): no se importó nada; confirme que el registro se redujo para cargarlo</translation>
    </message>
    <message>
        <source>nobody works queue {queue}: its leads wait until an administrator gives it to a team or to people who work it (Teams and queues)</source>
        <translation>nadie trabaja la cola {queue}: sus leads esperan hasta que un administrador la asigne a un equipo o a personas que la trabajen (Equipos y colas)</translation>
    </message>
    <message>
        <source>nobody works queue {queue} of team {team}: its leads wait until a rep is in {team} (Users) or someone is ticked under Worked by (Teams and queues)</source>
        <translation>nadie trabaja la cola {queue} del equipo {team}: sus leads esperan a que haya un agente en {team} (Usuarios) o alguien marcado en Trabajada por (Equipos y colas)</translation>
    </message>
    <message>
        <source>a number in more than one of the partner&apos;s countries</source>
        <translation>un número en más de uno de los países del socio</translation>
    </message>
    <message>
        <source>not delivered, the mail server refused it for good: {problem}</source>
        <translation>no entregado, el servidor de correo lo rechazó definitivamente: {problem}</translation>
    </message>
    <message>
        <source>the mail server refused the message for good: waiting for a person to have it let through (by the partner&apos;s mail administrator, or the center&apos;s when it refused the sender) and send it again, or to hand the lead to the partner another way and mark it delivered</source>
        <translation>el servidor de correo rechazó el mensaje definitivamente: a la espera de que una persona haga que lo dejen pasar (el administrador de correo del socio, o el del centro si rechazó al remitente) y lo envíe de nuevo, o entregue el lead al socio de otra manera y lo marque como entregado</translation>
    </message>
    <message>
        <source>reminder refused for good by the mail server, not sent again: {problem}</source>
        <translation>recordatorio rechazado definitivamente por el servidor de correo, no se envía de nuevo: {problem}</translation>
    </message>
    <message>
        <source>the proposal changed meanwhile: {name} is proposed now; confirm to send the lead there, or choose another partner</source>
        <translation>la propuesta cambió mientras tanto: ahora se propone {name}; confirme para enviar el lead allí, o elija otro socio</translation>
    </message>
    <message>
        <source>lead {lead_id} was erased on the person&apos;s request while you had it open; what you typed about them is discarded</source>
        <translation>el lead {lead_id} se borró a petición de la persona mientras lo tenía abierto; lo que escribió sobre ella se descarta</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is {status} now</source>
        <translation>{rep} no tiene el lead {lead_id}; ahora está {status}</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work none of your team&apos;s queues yet; an administrator or a team lead adds you to one (Worked by, in Teams and queues; qualifier queue members QUEUE --add LOGIN)</source>
        <translation>ningún lead está disponible ahora: todavía no trabaja ninguna cola de su equipo; un administrador o un jefe de equipo le añade a una (Trabajada por, en Equipos y colas; qualifier queue members QUEUE --add LOGIN)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie aún)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>(not handed off)</source>
        <translation>(no entregado)</translation>
    </message>
    <message>
        <source>(no partner rep)</source>
        <translation>(sin comercial del socio)</translation>
    </message>
    <message>
        <source>(no channel manager)</source>
        <translation>(sin responsable de canal)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocida)</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(sin agente)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(sin campaña)</translation>
    </message>
    <message>
        <source>your reports are those of your teams ({teams}), not of {team!r}</source>
        <translation>sus informes son los de sus equipos ({teams}), no los de {team!r}</translation>
    </message>
    <message>
        <source>a publication&apos;s figure belongs to one ISO week, Monday to Sunday</source>
        <translation>una cifra de la publicación pertenece a una semana ISO, de lunes a domingo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Estado por región</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Estado por equipo</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Estado por agente</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Responsable de canal</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Estado por responsable de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Estado por socio</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Estado por comercial del socio</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was changed at {at:%H:%M} UTC at another of your workstations while you had it open here ({change})</source>
        <translation>el lead {lead} ({company}) se modificó a las {at:%H:%M} UTC en otro de sus puestos mientras lo tenía abierto aquí ({change})</translation>
    </message>
    <message>
        <source>a lead keeps a phone number: type the right one, or put back {old}</source>
        <translation>un lead conserva un número de teléfono: escriba el correcto o vuelva a poner {old}</translation>
    </message>
    <message>
        <source>on the do-not-call list</source>
        <translation>en la lista de no llamar</translation>
    </message>
    <message>
        <source>also belongs to lead {names}</source>
        <translation>también pertenece al lead {names}</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>enrutamiento</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>envío</translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation>revisión de SLA</translation>
    </message>
    <message>
        <source>partner import</source>
        <translation>importación del socio</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number has had as many calls as {place} allows (at most {limits}, counting every lead with this number): call it later</source>
        <translation>el número del lead {id} ya recibió tantas llamadas como permite {place} (como máximo {limits}, contando todos los leads con este número): llame más tarde</translation>
    </message>
    <message>
        <source>lead {id} may not be called now: {why}</source>
        <translation>el lead {id} no se puede llamar ahora: {why}</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number is on the national do-not-call registry: it may not be called</source>
        <translation>el número del lead {id} está en el registro nacional de no llamar: no se le puede llamar</translation>
    </message>
    <message>
        <source>lead {id} has had its {count} attempt</source>
        <translation>el lead {id} ya tuvo {count} intento, el máximo</translation>
    </message>
    <message>
        <source>lead {id} has had all {count} attempts</source>
        <translation>el lead {id} ya ha agotado sus {count} intentos</translation>
    </message>
    <message>
        <source>lead {id} is on do-not-call: it may not be called</source>
        <translation>el lead {id} está en no llamar: no se le puede llamar</translation>
    </message>
    <message>
        <source>lead {id} is no longer yours to call ({status}); take the next lead</source>
        <translation>el lead {id} ya no es suyo para llamar ({status}); tome el siguiente lead</translation>
    </message>
    <message>
        <source>the prospect of lead {id} said no to phone calls: it may not be called. If the prospect is calling you, take it as an inbound call</source>
        <translation>el cliente potencial del lead {id} no quiere llamadas: no se le puede llamar. Si el cliente le está llamando, tome el lead como llamada entrante</translation>
    </message>
    <message>
        <source>the number {number} is on the do-not-call list: it may not be called</source>
        <translation>el número {number} está en la lista de no llamar: no se puede llamar</translation>
    </message>
    <message>
        <source>the number {number} is on the national do-not-call registry: it may not be called</source>
        <translation>el número {number} está en el registro nacional de no llamar: no se puede llamar</translation>
    </message>
    <message>
        <source>the number {number} may not be called now: {why}</source>
        <translation>el número {number} no se puede llamar ahora: {why}</translation>
    </message>
    <message>
        <source>the number {number} has had as many calls as {place} allows (at most {limits}): call it later</source>
        <translation>el número {number} ya recibió tantas llamadas como permite {place} (como máximo {limits}): llame más tarde</translation>
    </message>
    <message>
        <source>the prospect said no to being called again: no callback can be set; choose Nurture (it is not recycled), Disqualify or Do not call</source>
        <translation>el prospecto dijo que no quiere que se le vuelva a llamar: no se puede fijar una rellamada; elija Maduración (no se recicla), Descalificar o No llamar</translation>
    </message>
    <message>
        <source>the number dialled must be in E.164 form (+ and up to 15 digits): {number!r}</source>
        <translation>el número marcado debe estar en formato E.164 (+ y hasta 15 dígitos): {number!r}</translation>
    </message>
    <message>
        <source>Not saved as {chosen}: the corrected {field} is on the do-not-call list, so the lead is do-not-call: it is not called again nor handed to a partner</source>
        <translation>No guardado como {chosen}: el {field} corregido está en la lista de no llamar, así que el lead pasa a no llamar: no se le vuelve a llamar ni se entrega a un partner</translation>
    </message>
    <message>
        <source>Nurture without a recycle date: the prospect said no to being called again; the lead comes back only if they call in</source>
        <translation>Maduración sin fecha de reciclaje: el prospecto dijo que no quiere que se le vuelva a llamar; el lead solo vuelve si él llama</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other lead with the same phone or e-mail too</source>
        <translation>En la lista de no llamar; también {count} lead más con el mismo teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other leads with the same phone or e-mail too</source>
        <translation>En la lista de no llamar; también {count} leads más con el mismo teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {who} changed the lead since ({change})</source>
        <translation>{what} no se puede deshacer: {who} cambió el lead desde entonces ({change})</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} cannot be undone: the lead was moved to a queue you do not work</source>
        <translation>el resultado del lead {lead} no se puede deshacer: el lead se movió a una cola que usted no trabaja</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>el sistema</translation>
    </message>
    <message>
        <source>settings file: [workspace] after_call_work_seconds must be 0 to {most}, not {seconds}</source>
        <translation>archivo de configuración: [workspace] after_call_work_seconds debe estar entre 0 y {most}, no {seconds}</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}]; did you mean [{close}]? (sections: {known})</source>
        <translation>archivo de configuración: no existe la sección [{section}]; ¿quería decir [{close}]? (secciones: {known})</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}] (sections: {known})</source>
        <translation>archivo de configuración: no existe la sección [{section}] (secciones: {known})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>texto entre comillas</translation>
    </message>
    <message>
        <source>settings file: [{section}] {key} must be {kind}, not {value!r}</source>
        <translation>archivo de configuración: [{section}] {key} debe ser {kind}, no {value!r}</translation>
    </message>
    <message>
        <source>channel manager</source>
        <translation>responsable de canal</translation>
    </message>
    <message>
        <source>{outcome} on {at:%Y-%m-%d} by {rep}</source>
        <translation>{outcome} el {at:%Y-%m-%d}, por {rep}</translation>
    </message>
    <message>
        <source>{partner} {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>{direction} call: {disposition}</source>
        <translation>Llamada {direction}: {disposition}</translation>
    </message>
    <message>
        <source>BANT answers on {script}: grade {grade}</source>
        <translation>Respuestas BANT con {script}: grado {grade}</translation>
    </message>
    <message>
        <source>Handoff to {partner} ({status})</source>
        <translation>Entrega a {partner} ({status})</translation>
    </message>
    <message>
        <source>{field} corrected</source>
        <translation>{field} corregido</translation>
    </message>
    <message>
        <source>{partner}: {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>no aceptado a tiempo</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; it is not worked by the center now</source>
        <translation>el lead {lead} ({company}) está en {status}; el centro ya no lo trabaja</translation>
    </message>
    <message>
        <source>name or company starting “{start}”</source>
        <translation>nombre o empresa que empieza por “{start}”</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is on do-not-call: it may not be worked</source>
        <translation>el lead {lead} ({company}) está en la lista de no llamar: no se puede trabajar</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was merged into lead {merged_into}: open that one</source>
        <translation>el lead {lead} ({company}) se fusionó con el lead {merged_into}: abra ese</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; only an inbound call takes it back</source>
        <translation>el lead {lead} ({company}) está en {status}; solo una llamada entrante lo recupera</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is assigned to {rep}</source>
        <translation>el lead {lead} ({company}) está asignado a {rep}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} with {partner}; it is not worked by the center now</source>
        <translation>el lead {lead} ({company}) está en {status} con {partner}; el centro ya no lo trabaja</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M}, the prospect&apos;s time ({zone})</source>
        <translation>{at:%a %d %b %H:%M}, hora del prospecto ({zone})</translation>
    </message>
    <message>
        <source>settings file: [database] url is empty; remove the line to use the embedded database</source>
        <translation>archivo de configuración: [database] url está vacío; quite la línea para usar la base de datos integrada</translation>
    </message>
    <message>
        <source>settings file: [mail] deadline_seconds must not be negative</source>
        <translation>archivo de configuración: [mail] deadline_seconds no puede ser negativo</translation>
    </message>
    <message>
        <source>settings file: [{section}] has an unknown key: {problem}</source>
        <translation>archivo de configuración: [{section}] tiene una clave desconocida: {problem}</translation>
    </message>
    <message>
        <source>settings file: [{section}] has a bad value: {problem}</source>
        <translation>archivo de configuración: [{section}] tiene un valor incorrecto: {problem}</translation>
    </message>
    <message>
        <source>settings file: [publication] weekday must be one of mon ... sun</source>
        <translation>archivo de configuración: [publication] weekday debe ser uno de mon ... sun</translation>
    </message>
    <message>
        <source>settings file: [publication] hour must be 0 to 23</source>
        <translation>archivo de configuración: [publication] hour debe estar entre 0 y 23</translation>
    </message>
    <message>
        <source>settings file: [publication] manager_address needs {login}</source>
        <translation>archivo de configuración: [publication] manager_address necesita {login}</translation>
    </message>
    <message>
        <source>settings file: [retention] days must be at least 1</source>
        <translation>archivo de configuración: [retention] los días deben ser al menos 1</translation>
    </message>
    <message>
        <source>{key} must be a table such as {example}, not {value!r}</source>
        <translation>{key} debe ser una tabla como {example}, no {value!r}</translation>
    </message>
    <message>
        <source>{key} must be text such as {example}, not {value!r}</source>
        <translation>{key} debe ser un texto como {example}, no {value!r}</translation>
    </message>
    <message>
        <source>fallback_time_zones must be a list of time zones such as {example}, not {value!r}</source>
        <translation>fallback_time_zones debe ser una lista de zonas horarias como {example}, no {value!r}</translation>
    </message>
    <message>
        <source>settings file: [routing] day and minute counts must be at least 1</source>
        <translation>archivo de configuración: [routing] los días y minutos deben ser al menos 1</translation>
    </message>
    <message>
        <source>settings file: [routing] the measure weights must be 0 or more, and not all 0</source>
        <translation>archivo de configuración: [routing] los pesos de las medidas deben ser 0 o más, y no todos 0</translation>
    </message>
    <message>
        <source>settings file: [mail] must not hold the password; store it in the OS keyring (service qualifier-smtp, account USER@HOST)</source>
        <translation>archivo de configuración: [mail] no debe contener la contraseña; guárdela en el llavero del sistema (servicio qualifier-smtp, cuenta USUARIO@SERVIDOR)</translation>
    </message>
    <message>
        <source>settings file: [mail] security must be starttls, ssl or none</source>
        <translation>archivo de configuración: [mail] security debe ser starttls, ssl o none</translation>
    </message>
    <message>
        <source>settings file: [mail] timeout_seconds and unknown_retry_hours must be positive</source>
        <translation>archivo de configuración: [mail] timeout_seconds y unknown_retry_hours deben ser positivos</translation>
    </message>
    <message>
        <source>settings file: [mail] attempts and sweep_lease_minutes must be at least 1, unknown_retries at least 0</source>
        <translation>archivo de configuración: [mail] attempts y sweep_lease_minutes deben ser al menos 1, unknown_retries al menos 0</translation>
    </message>
    <message>
        <source>settings file: {section} must be a section ([{section}]), not {value!r}</source>
        <translation>archivo de configuración: {section} debe ser una sección ([{section}]), no {value!r}</translation>
    </message>
    <message>
        <source>settings file: [database] has an unknown key {key!r} (known: {known})</source>
        <translation>archivo de configuración: [database] tiene una clave desconocida {key!r} (conocidas: {known})</translation>
    </message>
    <message>
        <source>settings file: [workspace] default_country must be a two-letter country code such as US or DE, not {country!r}</source>
        <translation>archivo de configuración: [workspace] default_country debe ser un código de país de dos letras como US o DE, no {country!r}</translation>
    </message>
    <message>
        <source>settings file: language must be one of {languages}, not {language!r}</source>
        <translation>archivo de configuración: language debe ser uno de {languages}, no {language!r}</translation>
    </message>
    <message>
        <source>lease_minutes must be between 1 and 1440, not {minutes}</source>
        <translation>lease_minutes debe estar entre 1 y 1440, no {minutes}</translation>
    </message>
    <message>
        <source>heartbeat_seconds must be at least 1 and shorter than the lease ({minutes} min), not {seconds}</source>
        <translation>heartbeat_seconds debe ser al menos 1 y más corto que la reserva ({minutes} min), no {seconds}</translation>
    </message>
    <message>
        <source>max_attempts must be at least 1, not {attempts}</source>
        <translation>max_attempts debe ser al menos 1, no {attempts}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 1, not {value!r}</source>
        <translation>[database] {name} debe ser un número entero de al menos 1, no {value!r}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 0, not {value!r}</source>
        <translation>[database] {name} debe ser un número entero de al menos 0, no {value!r}</translation>
    </message>
    <message>
        <source>[database] pooler must be empty or &quot;pgbouncer&quot;, not {pooler!r}</source>
        <translation>[database] pooler debe estar vacío o ser &quot;pgbouncer&quot;, no {pooler!r}</translation>
    </message>
    <message>
        <source>[database] change_poll_seconds must be 0.1 to 60, not {poll!r}</source>
        <translation>[database] change_poll_seconds debe estar entre 0,1 y 60, no {poll!r}</translation>
    </message>
    <message>
        <source>settings file {path} cannot be read: {problem}</source>
        <translation>no se puede leer el archivo de configuración {path}: {problem}</translation>
    </message>
    <message>
        <source>settings file: [queue] {problem}</source>
        <translation>archivo de configuración: [queue] {problem}</translation>
    </message>
    <message>
        <source>settings file: {problem}</source>
        <translation>archivo de configuración: {problem}</translation>
    </message>
    <message>
        <source>settings file: [workspace] {problem}</source>
        <translation>archivo de configuración: [workspace] {problem}</translation>
    </message>
    <message>
        <source>calling window {window} is shorter than {minutes} minutes</source>
        <translation>el horario de llamadas {window} dura menos de {minutes} minutos</translation>
    </message>
    <message>
        <source>lead {lead}</source>
        <translation>lead {lead}</translation>
    </message>
    <message>
        <source>e-mail starting {start}</source>
        <translation>correo electrónico que empieza por {start}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>teléfono {number}</translation>
    </message>
    <message>
        <source>e-mail {address}</source>
        <translation>correo electrónico {address}</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>otro agente</translation>
    </message>
    <message>
        <source>{disposition} logged; {reason}: the lead goes to nurture</source>
        <translation>{disposition} registrado; {reason}: el lead pasa a maduración</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M} UTC</source>
        <translation>{at:%a %d %b %H:%M} UTC</translation>
    </message>
    <message>
        <source>{disposition} logged; next call {when}</source>
        <translation>{disposition} registrado; próxima llamada {when}</translation>
    </message>
    <message>
        <source>Callback set for {when}</source>
        <translation>Rellamada programada para {when}</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}): ready for a partner</source>
        <translation>Listo para ventas (grado {grade}): listo para un socio</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Descalificado</translation>
    </message>
    <message>
        <source>Nurture until {on:%d %b %Y}</source>
        <translation>En maduración hasta el {on:%d %b %Y}</translation>
    </message>
    <message>
        <source>On the do-not-call list</source>
        <translation>En la lista de no llamar</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} ({company})</source>
        <translation>el resultado del lead {lead} ({company})</translation>
    </message>
    <message>
        <source>no check-call script is installed</source>
        <translation>no hay ningún guion de llamada de control instalado</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} no existe</translation>
    </message>
    <message>
        <source>{name}: a mapping is an object like {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}}</source>
        <translation>{name}: una asignación es un objeto como {{&quot;Encabezado de columna&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Móvil&quot;, &quot;Teléfono&quot;]}}</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>updated at {cleaned} is in the future</source>
        <translation>la actualización del {cleaned} está en el futuro</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>el estado está vacío</translation>
    </message>
    <message>
        <source>no handoff for a lead with this {what}</source>
        <translation>no hay entrega de un lead con este {what}</translation>
    </message>
    <message>
        <source>several handed-off leads have this {what}; give the handoff id instead</source>
        <translation>varios leads entregados tienen este {what}; indique el número de entrega</translation>
    </message>
    <message>
        <source>there is no handoff {handoff_id}</source>
        <translation>no existe la entrega {handoff_id}</translation>
    </message>
    <message>
        <source>lead e-mail is not valid: {reason}</source>
        <translation>el correo del lead no es válido: {reason}</translation>
    </message>
    <message>
        <source>the row has no handoff id, lead e-mail or lead phone</source>
        <translation>la fila no tiene número de entrega, correo ni teléfono del lead</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a number</source>
        <translation>el número de entrega {handoff_text!r} no es un número</translation>
    </message>
    <message>
        <source>lead phone is not valid ({reason}); use the +country format</source>
        <translation>el teléfono del lead no es válido ({reason}); use el formato +país</translation>
    </message>
    <message>
        <source>updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>la actualización {cleaned!r} no es una fecha y hora (use AAAA-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>active {text!r} must be yes or no</source>
        <translation>activo {text!r} debe ser yes o no</translation>
    </message>
    <message>
        <source>there is no partner {partner_id}</source>
        <translation>no existe el socio {partner_id}</translation>
    </message>
    <message>
        <source>there is a partner called {value} already</source>
        <translation>ya existe un socio llamado {value}</translation>
    </message>
    <message>
        <source>{login} is not a channel manager</source>
        <translation>{login} no es responsable de canal</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it and make your change again</source>
        <translation>alguien cambió {name} mientras tanto; vuelva a cargarlo y repita su cambio</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it</source>
        <translation>alguien cambió {name} mientras tanto; vuelva a cargarlo</translation>
    </message>
    <message>
        <source>the partner is also on line {value}</source>
        <translation>el socio también está en la línea {value}</translation>
    </message>
    <message>
        <source>{login} may not see partner handoffs</source>
        <translation>{login} no puede ver las entregas a socios</translation>
    </message>
    <message>
        <source>the file needs a handoff id, lead e-mail or lead phone column to find the handoffs by</source>
        <translation>el archivo necesita una columna de número de entrega, correo o teléfono del lead para encontrar las entregas</translation>
    </message>
    <message>
        <source>{login} may not see partner reports</source>
        <translation>{login} no puede ver los informes de socios</translation>
    </message>
    <message>
        <source>the number of days must be at least 1</source>
        <translation>el número de días debe ser al menos 1</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is {value}; only rejected, expired or lost leads go back to nurture</source>
        <translation>la entrega {handoff_id} está {value}; solo los leads rechazados, caducados o perdidos vuelven a maduración</translation>
    </message>
    <message>
        <source>the lead went on to another partner (handoff {value}) after this one</source>
        <translation>el lead pasó después a otro socio (entrega {value})</translation>
    </message>
    <message>
        <source>say why the lead goes back to nurture</source>
        <translation>indique por qué el lead vuelve a maduración</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed meanwhile; reload it and try again</source>
        <translation>la entrega {handoff_id} cambió mientras tanto; vuelva a cargarla e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>lead {id} was changed meanwhile; try again</source>
        <translation>el lead {id} cambió mientras tanto; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was delivered already; nothing to resolve</source>
        <translation>la entrega {handoff_id} ya se entregó; no hay nada que resolver</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not waiting for a person&apos;s decision</source>
        <translation>la entrega {handoff_id} no espera la decisión de una persona</translation>
    </message>
    <message>
        <source>handoff {id} was changed by someone else meanwhile; try again</source>
        <translation>alguien cambió la entrega {id} mientras tanto; inténtelo de nuevo</translation>
    </message>
    <message>
        <source>say &apos;delivered&apos; or &apos;send-again&apos;, not {strip!r}</source>
        <translation>diga &apos;delivered&apos; o &apos;send-again&apos;, no {strip!r}</translation>
    </message>
    <message>
        <source>the reminder may have reached the partner; not sent again (Message-ID {msg_id})</source>
        <translation>puede que el recordatorio haya llegado al partner; no se vuelve a enviar (Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>reminder, attempt {attempt}</source>
        <translation>recordatorio, intento {attempt}</translation>
    </message>
    <message>
        <source>reminder outcome unknown, not resent blindly: {problem}</source>
        <translation>resultado del recordatorio incierto, no se reenvía a ciegas: {problem}</translation>
    </message>
    <message>
        <source>reminder not sent, tried again by the next sweep: {problem}</source>
        <translation>recordatorio no enviado, la próxima revisión lo vuelve a intentar: {problem}</translation>
    </message>
    <message>
        <source>lead {id} is {label}; only sales-ready leads are routed</source>
        <translation>el lead {id} está {label}; solo se asignan los leads listos para ventas</translation>
    </message>
    <message>
        <source>partners kept filling up while this lead was routed; route it again</source>
        <translation>los socios se llenaron mientras se asignaba este lead; asígnelo de nuevo</translation>
    </message>
    <message>
        <source>request {request_id} was used for another lead</source>
        <translation>la solicitud {request_id} se usó para otro lead</translation>
    </message>
    <message>
        <source>lead {lead}: {refused}</source>
        <translation>lead {lead}: {refused}</translation>
    </message>
    <message>
        <source>{name} cannot take this lead: {join}</source>
        <translation>{name} no puede aceptar este lead: {join}</translation>
    </message>
    <message>
        <source>say why {name} instead of the proposed {name2}</source>
        <translation>indique por qué {name} en lugar del propuesto {name2}</translation>
    </message>
    <message>
        <source>the request id must be 1 to 36 characters</source>
        <translation>el identificador de solicitud debe tener de 1 a 36 caracteres</translation>
    </message>
    <message>
        <source>lead {lead_id} was changed by someone else meanwhile; nothing was routed</source>
        <translation>alguien cambió el lead {lead_id} mientras tanto; no se asignó nada</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it was reassigned to {name}</source>
        <translation>{rep} no tiene el lead {lead_id}; se reasignó a {name}</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is no longer in your queues</source>
        <translation>{rep} no tiene el lead {lead_id}; ya no está en sus colas</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; {name} holds it now</source>
        <translation>{rep} no tiene el lead {lead_id}; ahora lo tiene {name}</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot take leads</source>
        <translation>{login} está desactivado y no puede tomar leads</translation>
    </message>
    <message>
        <source>{login} is paused by a team lead; no leads until resumed</source>
        <translation>un jefe de equipo ha pausado a {login}; no recibe leads hasta que se reanude</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; nobody holds it now</source>
        <translation>{rep} no tiene el lead {lead_id}; ahora no lo tiene nadie</translation>
    </message>
    <message>
        <source>lead {lead_id} is not held by anyone</source>
        <translation>nadie tiene el lead {lead_id}</translation>
    </message>
    <message>
        <source>there is no conversion report by {by!r}</source>
        <translation>no hay informe de conversión por {by!r}</translation>
    </message>
    <message>
        <source>there is no campaign {campaign!r}</source>
        <translation>no existe la campaña {campaign!r}</translation>
    </message>
    <message>
        <source>there is no {what} named {value!r}</source>
        <translation>no hay ningún {what} llamado {value!r}</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>la carpeta {parent} no existe</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use csv, xlsx or json</source>
        <translation>formato desconocido {fmt!r}; use csv, xlsx o json</translation>
    </message>
    <message>
        <source>unknown status {join}; use one of {join2}</source>
        <translation>estado desconocido {join}; use uno de {join2}</translation>
    </message>
    <message>
        <source>the segment is smb or enterprise</source>
        <translation>el segmento es smb o enterprise</translation>
    </message>
    <message>
        <source>{country!r} is not a country</source>
        <translation>{country!r} no es un país</translation>
    </message>
    <message>
        <source>the week {text} has not begun yet</source>
        <translation>la semana {text} aún no ha empezado</translation>
    </message>
    <message>
        <source>the week must look like 2026-W48 (ISO year and week), not {text!r}</source>
        <translation>la semana debe escribirse como 2026-W48 (año y semana ISO), no {text!r}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {join}</source>
        <translation>{value!r} no es uno de {join}</translation>
    </message>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversión por agente</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversión por campaña</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversión por socio</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Tomados</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Aceptados por el socio</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganados</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Tasa de contacto</translation>
    </message>
    <message>
        <source>Qualify rate</source>
        <translation>Tasa de cualificación</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Tasa de aceptación</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Hours on leads</source>
        <translation>Horas en leads</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificados</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>Cost per qualified lead</source>
        <translation>Coste por lead cualificado</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Hours to accept</source>
        <translation>Horas hasta aceptar</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Incumplimientos de SLA</translation>
    </message>
    <message>
        <source>Feedback compliance</source>
        <translation>Cumplimiento de respuestas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>No cualificados</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Valor de pipeline</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Trabajo tras la llamada</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>the reason is {len} characters long; at most {REASON_MAX}</source>
        <translation>el motivo tiene {len} caracteres; como máximo {REASON_MAX}</translation>
    </message>
    <message>
        <source>unknown state {state!r}: choose one of {choices}</source>
        <translation>estado desconocido {state!r}: elija uno de {choices}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was taken over while you had it open: {holder} holds it now</source>
        <translation>el lead {lead} ({company}) fue tomado mientras lo tenía abierto: ahora lo tiene {holder}</translation>
    </message>
    <message>
        <source> (last change: {change} by {by} at {at:%H:%M} UTC)</source>
        <translation> (último cambio: {change} por {by} a las {at:%H:%M} UTC)</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was reassigned to {assigned} while you had it open</source>
        <translation>el lead {lead} ({company}) se reasignó a {assigned} mientras lo tenía abierto</translation>
    </message>
    <message>
        <source>. Your notes are kept as a draft.</source>
        <translation>. Sus notas se guardan como borrador.</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} now; nobody holds it</source>
        <translation>el lead {lead} ({company}) está ahora en {status}; nadie lo tiene</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) changed while you had it open (your lease ran out); nobody holds it now</source>
        <translation>el lead {lead} ({company}) cambió mientras lo tenía abierto (su reserva caducó); ahora nadie lo tiene</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un operador</translation>
    </message>
    <message>
        <source>{field!r} is not a contact field (phone or email)</source>
        <translation>{field!r} no es un campo de contacto (phone o email)</translation>
    </message>
    <message>
        <source>the corrected {field} is on the do-not-call list; choose Do not call for this lead</source>
        <translation>el {field} corregido está en la lista de no llamar; elija No llamar para este lead</translation>
    </message>
    <message>
        <source>phone {value!r}: {reason}</source>
        <translation>teléfono {value!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {value!r}: {reason}</source>
        <translation>correo {value!r}: {reason}</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interés de producto</translation>
    </message>
    <message>
        <source>Consent (import)</source>
        <translation>Consentimiento (importación)</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Reciclar el</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionado en</translation>
    </message>
    <message>
        <source>type a phone number, an e-mail address, a name or a company</source>
        <translation>escriba un teléfono, un correo, un nombre o una empresa</translation>
    </message>
    <message>
        <source>type at least {MIN_PREFIX} letters of a name or company</source>
        <translation>escriba al menos {MIN_PREFIX} letras de un nombre o una empresa</translation>
    </message>
    <message>
        <source>phone {query}: {reason}</source>
        <translation>teléfono {query}: {reason}</translation>
    </message>
    <message>
        <source>lead {id} ({company}) is being worked by {name}</source>
        <translation>{name} está trabajando el lead {id} ({company})</translation>
    </message>
    <message>
        <source>you hold lead {other}: save or release it before taking another</source>
        <translation>usted tiene el lead {other}: guárdelo o libérelo antes de tomar otro</translation>
    </message>
    <message>
        <source>lead {lead_id} changed a moment ago; search again</source>
        <translation>el lead {lead_id} cambió hace un momento; busque de nuevo</translation>
    </message>
    <message>
        <source>lead {id} is outside its calling window ({text}){when}. If the prospect is calling you, take it as an inbound call</source>
        <translation>el lead {id} está fuera de su horario de llamadas ({text}){when}. Si el cliente potencial le está llamando, atiéndalo como llamada entrante</translation>
    </message>
    <message>
        <source>this request id was already used for another outcome</source>
        <translation>este identificador de solicitud ya se usó para otro resultado</translation>
    </message>
    <message>
        <source>a callback then is not allowed: {refused}</source>
        <translation>no se permite una rellamada a esa hora: {refused}</translation>
    </message>
    <message>
        <source>the talk time cannot be negative</source>
        <translation>el tiempo de conversación no puede ser negativo</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}), but {refused}</source>
        <translation>Listo para ventas (grado {grade}), pero {refused}</translation>
    </message>
    <message>
        <source>the request id must be 8–36 letters, digits or dashes</source>
        <translation>el identificador de solicitud debe tener de 8 a 36 letras, dígitos o guiones</translation>
    </message>
    <message>
        <source>answer “{text}” first: a sales-ready lead needs every required answer</source>
        <translation>responda primero «{text}»: un lead listo para ventas necesita todas las respuestas obligatorias</translation>
    </message>
    <message>
        <source>the script recommends {phrase} (grade {grade}: {reason}); say why you choose {phrase2} instead</source>
        <translation>el guion recomienda {phrase} (nota {grade}: {reason}); indique por qué elige {phrase2}</translation>
    </message>
    <message>
        <source>go through the script before calling a lead sales-ready</source>
        <translation>recorra el guion antes de declarar un lead listo para ventas</translation>
    </message>
    <message>
        <source>question {key!r} is not in script {name} v{version}</source>
        <translation>la pregunta {key!r} no está en el guion {name} v{version}</translation>
    </message>
    <message>
        <source>there is no script {script_id}</source>
        <translation>no existe el guion {script_id}</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {value} has the lead now</source>
        <translation>{what} no se puede deshacer: ahora {value} tiene el lead</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead changed since</source>
        <translation>{what} no se puede deshacer: el lead ha cambiado desde entonces</translation>
    </message>
    <message>
        <source>there is no outcome {attempt_id} of yours to undo</source>
        <translation>no tiene ningún resultado {attempt_id} que deshacer</translation>
    </message>
    <message>
        <source>{what} was saved {int} s ago; it can be undone only within {UNDO_SECONDS} s. Open the lead again to change it.</source>
        <translation>{what} se guardó hace {int} s; solo se puede deshacer en los primeros {UNDO_SECONDS} s. Vuelva a abrir el lead para cambiarlo.</translation>
    </message>
    <message>
        <source>{what} is do-not-call: it applies at once to every lead with the same phone or e-mail and is lifted only from the do-not-call list</source>
        <translation>{what} es no llamar: se aplica de inmediato a todos los leads con el mismo teléfono o correo y solo se levanta desde la lista de no llamar</translation>
    </message>
    <message>
        <source>{what} has no record of how the lead was before; not undone</source>
        <translation>{what} no tiene constancia de cómo estaba el lead antes; no se deshizo</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already and delivered</source>
        <translation>{what} no se puede deshacer: el lead ya se entregó a un socio y se envió</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already</source>
        <translation>{what} no se puede deshacer: el lead ya se entregó a un socio</translation>
    </message>
    <message>
        <source>no BANT script is installed for the {segment} segment</source>
        <translation>no hay ningún guion BANT instalado para el segmento {segment}</translation>
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
        <source>Move the leads to</source>
        <translation>Mover los leads a</translation>
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
    <name>MyFiguresDialog</name>
    <message>
        <source>My figures</source>
        <translation>Mis cifras</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tiempo de conversación</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Listos para ventas</translation>
    </message>
    <message>
        <source>Accepted by partners</source>
        <translation>Aceptados por partners</translation>
    </message>
    <message>
        <source>Won by partners</source>
        <translation>Ganados por partners</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>As of {at}; the week began {week}.</source>
        <translation>A las {at}; la semana empezó el {week}.</translation>
    </message>
    <message>
        <source>Could not load your figures: {problem}</source>
        <translation>No se pudieron cargar sus cifras: {problem}</translation>
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
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Resultado: {kind}</translation>
    </message>
    <message>
        <source>How the call went</source>
        <translation>Cómo fue la llamada</translation>
    </message>
    <message>
        <source>Callback time in other zones</source>
        <translation>Hora de la rellamada en otras zonas</translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Solo y&amp;o (si no, cualquiera de la cola)</translation>
    </message>
    <message>
        <source>Callback for me only</source>
        <translation>Rellamada solo para mí</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recycle date</source>
        <translation>Fecha de reciclaje</translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>por qué decide distinto del guion</translation>
    </message>
    <message>
        <source>Reason for overruling the recommendation</source>
        <translation>Motivo para no seguir la recomendación</translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notas para el próximo agente o para el socio</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Guardar resultado  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Tomar el siguiente lead al guardar</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problema con el resultado</translation>
    </message>
    <message>
        <source>How it went: problem</source>
        <translation>Cómo fue: problema</translation>
    </message>
    <message>
        <source>Callback time problem</source>
        <translation>Problema con la hora de rellamada</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problema con el motivo</translation>
    </message>
    <message>
        <source>Recycle date problem</source>
        <translation>Problema con la fecha de reciclaje</translation>
    </message>
    <message>
        <source>Overrule reason problem</source>
        <translation>Problema con el motivo para decidir otra cosa</translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation>Cómo &amp;fue</translation>
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
        <translation>&amp;Decidir otra cosa porque</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notas</translation>
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
        <source>Eligible partners</source>
        <translation>Socios elegibles</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por qué este socio</translation>
    </message>
    <message>
        <source>Reason for another partner</source>
        <translation>Motivo para otro socio</translation>
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
        <source>this lead</source>
        <translation>este lead</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation>{value} va a {name}</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Este lead</translation>
    </message>
    <message>
        <source>{rank}. {name} — proposed</source>
        <translation>{rank}. {name} — propuesto</translation>
    </message>
    <message>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <source>Say why {chosen} instead of {first}.</source>
        <translation>Indique por qué {chosen} en lugar de {first}.</translation>
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
        <source>proposing a partner</source>
        <translation>proponiendo un socio</translation>
    </message>
    <message>
        <source>sending the lead to the partner</source>
        <translation>enviando el lead al socio</translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation>Lead {lead_id} entregado a {partner} ({status_text}).</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>No mail server is configured: handoffs are not e-mailed to partners. Their packages wait in the outbox folder ({outbox}) as “awaiting delivery”, and their acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA sweep e-mails them and their SLAs start then.</source>
        <translation>No hay servidor de correo configurado: las entregas no se envían por correo a los socios. Sus paquetes esperan en la carpeta de salida ({outbox}) como «pendiente de envío», y sus SLA de aceptación no empiezan. Cuando se configure [mail] en el archivo de configuración, la siguiente revisión de SLA los enviará y sus SLA empezarán entonces.</translation>
    </message>
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
    <message>
        <source>Check calls</source>
        <translation>Llamadas de control</translation>
    </message>
</context>
<context>
    <name>PassRulesTable</name>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Pass rules</source>
        <translation>Reglas de aprobación</translation>
    </message>
    <message>
        <source>The fewest points per dimension for each grade; the first grade a lead meets is its grade, D when none. Empty cell: no minimum; empty row: no such grade.</source>
        <translation>Los puntos mínimos por dimensión para cada grado; el primer grado que cumple un lead es su grado, D si ninguno. Celda vacía: sin mínimo; fila vacía: no existe ese grado.</translation>
    </message>
    <message>
        <source>{segment} {grade}, {dimension}: {text!r} is not whole points</source>
        <translation>{segment} {grade}, {dimension}: {text!r} no son puntos enteros</translation>
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
        <source>{login}: you signed in with a one-time password. Choose your own to continue.</source>
        <translation>{login}: ha iniciado sesión con una contraseña de un solo uso. Elija la suya para continuar.</translation>
    </message>
    <message>
        <source>Change the password of {login}</source>
        <translation>Cambiar la contraseña de {login}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Contraseña &amp;nueva</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Contraseña &amp;actual</translation>
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
    <name>PeopleListDialog</name>
    <message>
        <source>People added from {file}</source>
        <translation>Personas añadidas desde {file}</translation>
    </message>
    <message>
        <source>{file}: {rows} = {added} added + {refused} refused</source>
        <translation>{file}: {rows} = {added} añadidas + {refused} rechazadas</translation>
    </message>
    <message>
        <source>, {hidden} hidden in the workbook (not read)</source>
        <translation>, {hidden} ocultas en el libro (no leídas)</translation>
    </message>
    <message>
        <source>Give each person their one-time password now: it is shown only this once, and they choose their own at the first sign-in.</source>
        <translation>Entregue ahora a cada persona su contraseña de un solo uso: solo se muestra esta vez, y cada una elige la suya al iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personas añadidas</translation>
    </message>
    <message>
        <source>Row {line} ({login}): {reason}</source>
        <translation>Fila {line} ({login}): {reason}</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sin nombre de usuario</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copiar la tabla</translation>
    </message>
    <message>
        <source>Tab-separated, to paste into a spreadsheet</source>
        <translation>Separado por tabulaciones, para pegar en una hoja de cálculo</translation>
    </message>
</context>
<context>
    <name>PeopleListImport</name>
    <message>
        <source>A list of people</source>
        <translation>Una lista de personas</translation>
    </message>
    <message>
        <source>Adding the people of {file}…</source>
        <translation>Añadiendo las personas de {file}…</translation>
    </message>
    <message>
        <source>Adding… row {line} done</source>
        <translation>Añadiendo… fila {line} hecha</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>E&amp;xport person data…</source>
        <translation>E&amp;xportar datos de la persona…</translation>
    </message>
    <message>
        <source>Every row about the person, as JSON in a zip</source>
        <translation>Todas las filas sobre la persona, como JSON en un zip</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Suprimir persona…</translation>
    </message>
    <message>
        <source>Ask for &amp;erasure…</source>
        <translation>Solicitar &amp;supresión…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exportar los datos de la persona</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{rows} about {leads} written to {path}</source>
        <translation>{rows} sobre {leads} escritas en {path}</translation>
    </message>
    <message>
        <source>Erasure requested for {leads}; an administrator erases it</source>
        <translation>Supresión solicitada para {leads}; un administrador la suprime</translation>
    </message>
    <message>
        <source>Erased: {leads}, {rows} replaced, {files} shredded; phone and e-mail stay on the do-not-call list as hashes</source>
        <translation>Suprimido: {leads}, {rows} sustituidas, {files} destruidos; el teléfono y el correo quedan en la lista de no llamar como hashes</translation>
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
        <source>Week to publish</source>
        <translation>Semana que publicar</translation>
    </message>
    <message>
        <source>Dr&amp;y run</source>
        <translation>S&amp;imulación</translation>
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
        <source>E-mail last week&apos;s scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation>Enviar por correo las fichas de la semana pasada a cada socio y responsable de canal, y a los supervisores el resumen de quién no informa; nunca dos veces la misma semana</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation>Publicación semanal:</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Socios que no informan</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>Calculando las fichas…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Not reporting: {partner} ({share}, routing weight {before} → {now})</source>
        <translation>Sin informar: {partner} ({share}, peso de asignación {before} → {now})</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Elija una cifra: los nombres no representan leads</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question key</source>
        <translation>Clave de la pregunta</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Obli&amp;gatoria</translation>
    </message>
    <message>
        <source>the screen&apos;s dimension</source>
        <translation>la dimensión de la pantalla</translation>
    </message>
    <message>
        <source>Points count for</source>
        <translation>Los puntos cuentan para</translation>
    </message>
    <message>
        <source>Question asked of</source>
        <translation>Pregunta hecha a</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>Añadir &amp;opción</translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation>Quitar o&amp;pción</translation>
    </message>
    <message>
        <source>at least:points, e.g. 500:10, 100:5</source>
        <translation>al menos:puntos, p. ej. 500:10, 100:5</translation>
    </message>
    <message>
        <source>Point bands</source>
        <translation>Tramos de puntos</translation>
    </message>
    <message>
        <source>Question problems</source>
        <translation>Problemas de la pregunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Puntos para</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Se pregunta a</translation>
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
        <source>{plural} in the refinery</source>
        <translation>{plural} en la refinería</translation>
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
        <translation>Si&amp;guiente lead  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Siguiente lead</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Estado de la cola</translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation>Mis rellamadas</translation>
    </message>
    <message>
        <source>DUE · </source>
        <translation>PENDIENTE · </translation>
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
        <source>Nothing eligible now; the next lead becomes eligible at {when} your time</source>
        <translation>Nada disponible ahora; el siguiente lead estará disponible el {when}, su hora</translation>
    </message>
    <message>
        <source>Nothing eligible now</source>
        <translation>Nada disponible ahora</translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation>No hay nada esperando en sus colas</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n más)</numerusform>
            <numerusform> (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back: </source>
        <translation>Retenidos: </translation>
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
        <source>Higher first: a rep&apos;s next lead comes from the highest queue</source>
        <translation>Mayor primero: el siguiente lead de un agente sale de la cola más alta</translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation>&amp;Eliminar cola…</translation>
    </message>
    <message>
        <source>Queue na&amp;me</source>
        <translation>No&amp;mbre de la cola</translation>
    </message>
    <message>
        <source>&amp;Under team</source>
        <translation>&amp;Del equipo</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Segment&amp;o</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridad</translation>
    </message>
    <message>
        <source>&amp;Worked by</source>
        <translation>&amp;Trabajada por</translation>
    </message>
    <message>
        <source>What happened to the queue</source>
        <translation>Qué pasó con la cola</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to the queue</source>
        <translation>Ninguna regla de puntuación envía leads a la cola</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>Espacio marca o desmarca a la persona bajo el cursor</translation>
    </message>
    <message>
        <source>A new queue is worked by its team&apos;s reps; change it after saving</source>
        <translation>Una cola nueva la trabajan los agentes de su equipo; cámbielo después de guardar</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to queue {name}: imports never fill it until the rules name it (Scoring rules area).</source>
        <translation>Ninguna regla de puntuación envía leads a la cola {name}: las importaciones no la llenan hasta que las reglas la nombren (área Reglas de puntuación).</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Nueva cola</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Cola {name}</translation>
    </message>
    <message>
        <source>Queue {name} is added.</source>
        <translation>Cola {name} añadida.</translation>
    </message>
    <message>
        <source>Queue {name} is saved.</source>
        <translation>Cola {name} guardada.</translation>
    </message>
    <message>
        <source>Sa&amp;ve queue</source>
        <translation>&amp;Guardar cola</translation>
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
        <source>; {leads} moved to {queue}</source>
        <translation>; {leads} movidos a {queue}</translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation>La cola {name} se ha eliminado{where}.</translation>
    </message>
</context>
<context>
    <name>RegistryImportPanel</name>
    <message>
        <source>Loading the registries…</source>
        <translation>Cargando los registros…</translation>
    </message>
    <message>
        <source>one number a line, or CSV with a number column</source>
        <translation>un número por línea, o CSV con una columna de números</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Snapshot taken on</source>
        <translation>Instantánea tomada el</translation>
    </message>
    <message>
        <source>Import a national registry snapshot</source>
        <translation>Importar una instantánea de un registro nacional</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Elegi&amp;r…</translation>
    </message>
    <message>
        <source>Taken o&amp;n</source>
        <translation>Tomada &amp;el</translation>
    </message>
    <message>
        <source>&amp;Load it although it holds far fewer numbers</source>
        <translation>&amp;Cargarlo aunque contenga muchos menos números</translation>
    </message>
    <message>
        <source>Registry import progress</source>
        <translation>Progreso de la importación del registro</translation>
    </message>
    <message>
        <source>Registry snapshot</source>
        <translation>Instantánea del registro</translation>
    </message>
    <message>
        <source>No national registry imported yet</source>
        <translation>Aún no se ha importado ningún registro nacional</translation>
    </message>
    <message>
        <source>STALE: claims blocked</source>
        <translation>CADUCADO: reclamaciones bloqueadas</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>{name}: honoured, never imported · {fresh}</source>
        <translation>{name}: respetado, nunca importado · {fresh}</translation>
    </message>
    <message>
        <source>{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}</source>
        <translation>{name}: {taken_on}, {age} / {max_age} días, {entries} números · {fresh}</translation>
    </message>
    <message>
        <source>choose the registry file</source>
        <translation>elija el archivo del registro</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>%1 numbers read; stored when the whole file has been read</source>
        <translation>%1 números leídos; se guardan cuando se haya leído todo el archivo</translation>
    </message>
    <message>
        <source>%1 registry of %2: %3 numbers from %4 lines; claims follow it now</source>
        <translation>Registro %1 del %2: %3 números de %4 líneas; las reclamaciones lo siguen ya</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>RepBoard</name>
    <message>
        <source>Team board</source>
        <translation>Tablero del equipo</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{items} of {leads}</source>
        <translation>{items} de {leads}</translation>
    </message>
    <message>
        <source>{counted}, {amount}</source>
        <translation>{counted}, {amount}</translation>
    </message>
    <message>
        <source>Cost is the campaign&apos;s spend, not leads</source>
        <translation>El coste es el gasto de la campaña, no leads</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Elija una cifra: los nombres no representan leads</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversión por agente</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversión por campaña</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversión por socio</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Estado por región</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Estado por equipo</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Estado por agente</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Estado por responsable de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Estado por socio</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Estado por comercial del socio</translation>
    </message>
    <message>
        <source>Check calls per partner and partner rep</source>
        <translation>Llamadas de control por partner y comercial del partner</translation>
    </message>
    <message>
        <source>Check calls per rep</source>
        <translation>Llamadas de control por agente</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
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
        <source>&amp;All time</source>
        <translation>&amp;Todo el período</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtro de equipo</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
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
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabla del informe</translation>
    </message>
    <message>
        <source>This report per group</source>
        <translation>Este informe por grupo</translation>
    </message>
    <message>
        <source>Funnel: claimed → won</source>
        <translation>Embudo: tomados → ganados</translation>
    </message>
    <message>
        <source>Trend per day</source>
        <translation>Tendencia por día</translation>
    </message>
    <message>
        <source>Sales-ready and won per rep</source>
        <translation>Listos para venta y ganados por agente</translation>
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
        <source>all teams</source>
        <translation>todos los equipos</translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation>todas las campañas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>{summary} behind {title}</source>
        <translation>{summary} detrás de {title}</translation>
    </message>
    <message>
        <source>{title} · {period} · {plural}</source>
        <translation>{title} · {period} · {plural}</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados a {path}</translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation>Abriendo los leads…</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>Exportar {upper}</translation>
    </message>
</context>
<context>
    <name>RetryPanel</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{text} is not a whole number of {what}</source>
        <translation>{text} no es un número entero de {what}</translation>
    </message>
    <message>
        <source>calls per lead before nurture</source>
        <translation>llamadas por lead antes de maduración</translation>
    </message>
    <message>
        <source>e.g. 120, 240, 1440 (the last repeats; empty: no more calls)</source>
        <translation>p. ej. 120, 240, 1440 (el último se repite; vacío: no más llamadas)</translation>
    </message>
    <message>
        <source>days until a nurtured lead is called again</source>
        <translation>días hasta que se vuelve a llamar a un lead en maduración</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por qué (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Retries after a call that reached nobody</source>
        <translation>Reintentos tras una llamada que no llegó a nadie</translation>
    </message>
    <message>
        <source>&amp;Update retries</source>
        <translation>&amp;Actualizar reintentos</translation>
    </message>
    <message>
        <source>Ma&amp;x attempts</source>
        <translation>Má&amp;x. intentos</translation>
    </message>
    <message>
        <source>Nurture &amp;for, days</source>
        <translation>Madura&amp;ción durante, días</translation>
    </message>
    <message>
        <source>Why (retries)</source>
        <translation>Por qué (reintentos)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Retry rules status</source>
        <translation>Estado de las reglas de reintento</translation>
    </message>
    <message>
        <source>No answer, m&amp;inutes</source>
        <translation>Sin respuesta, m&amp;inutos</translation>
    </message>
    <message>
        <source>&amp;Busy, minutes</source>
        <translation>&amp;Ocupado, minutos</translation>
    </message>
    <message>
        <source>Voicemail &amp;left, minutes</source>
        <translation>&amp;Buzón de voz dejado, minutos</translation>
    </message>
    <message>
        <source>Wron&amp;g number, minutes</source>
        <translation>Número equi&amp;vocado, minutos</translation>
    </message>
    <message>
        <source>Bad number, minutes</source>
        <translation>Número erróneo, minutos</translation>
    </message>
    <message>
        <source>Not saved in the database yet: each workstation follows its settings file. Saving makes these the rules of every workstation.</source>
        <translation>Aún no guardadas en la base de datos: cada puesto sigue su archivo de ajustes. Guardarlas las convierte en las reglas de todos los puestos.</translation>
    </message>
    <message>
        <source>Shared by every workstation; saved {when} UTC by {who}.</source>
        <translation>Compartidas por todos los puestos; guardadas el {when} UTC por {who}.</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings file sets its own: {names}.</source>
        <translation>El archivo de ajustes de este puesto fija las suyas: {names}.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Saved: the next call outcome follows these rules.</source>
        <translation>Guardado: el siguiente resultado de llamada sigue estas reglas.</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation>Socio propuesto</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por qué este socio</translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation>&amp;Confirmar y enviar  (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Confirm the proposed partner</source>
        <translation>Confirmar el socio propuesto</translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation>Elegir &amp;otro…</translation>
    </message>
    <message>
        <source>Choose another partner, with a reason</source>
        <translation>Elegir otro socio, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Leave the lead ready for a partner</source>
        <translation>Dejar el lead listo para un socio</translation>
    </message>
    <message>
        <source>Not for a partner: the prospect said no</source>
        <translation>No es para un partner: el cliente potencial dijo que no</translation>
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
        <source>Waiting leads</source>
        <translation>Leads en espera</translation>
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
        <source>&amp;Choose partner…</source>
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
        <source>(no eligible partner)</source>
        <translation>(ningún socio elegible)</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation>{plural} esperando un socio</translation>
    </message>
    <message>
        <source>Routed {plural}; {waiting} still wait</source>
        <translation>{plural} asignados; {waiting} siguen esperando</translation>
    </message>
    <message>
        <source>. {count} queued for e-mail: the outbox sweep sends them</source>
        <translation>. {count} en cola para correo: la revisión de la bandeja de salida los envía</translation>
    </message>
    <message>
        <source>. {count} awaiting delivery in the outbox: no mail server is configured, their SLAs have not started</source>
        <translation>. {count} esperando envío en la bandeja de salida: no hay servidor de correo configurado, sus SLA no han empezado</translation>
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
        <source>Lead {open} is open with your work on it: save it first. Lead {saved} can no longer be undone from here.</source>
        <translation>El lead {open} está abierto con su trabajo: guárdelo primero. El lead {saved} ya no se puede deshacer desde aquí.</translation>
    </message>
    <message>
        <source>Outcome undone: lead {lead} is yours again, as it was before saving.</source>
        <translation>Resultado deshecho: el lead {lead} vuelve a ser suyo, como estaba antes de guardar.</translation>
    </message>
    <message>
        <source>Could not undo: {problem}</source>
        <translation>No se pudo deshacer: {problem}</translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation>Deshaciendo el resultado del lead {lead_id}…</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>At least employees</source>
        <translation>Al menos empleados</translation>
    </message>
    <message>
        <source>the first size reached, from the largest</source>
        <translation>el primer tamaño alcanzado, desde el mayor</translation>
    </message>
    <message>
        <source>Industry contains</source>
        <translation>El sector contiene</translation>
    </message>
    <message>
        <source>the first keyword found in the industry</source>
        <translation>la primera palabra clave encontrada en el sector</translation>
    </message>
    <message>
        <source>Title word</source>
        <translation>Palabra del cargo</translation>
    </message>
    <message>
        <source>the first word or phrase found in the title</source>
        <translation>la primera palabra o frase encontrada en el cargo</translation>
    </message>
    <message>
        <source>Interest contains</source>
        <translation>El interés contiene</translation>
    </message>
    <message>
        <source>the first keyword found</source>
        <translation>la primera palabra clave encontrada</translation>
    </message>
    <message>
        <source>Source contains</source>
        <translation>La fuente contiene</translation>
    </message>
    <message>
        <source>the first keyword found in the source</source>
        <translation>la primera palabra clave encontrada en la fuente</translation>
    </message>
    <message>
        <source>Inquired within days</source>
        <translation>Consulta en los últimos días</translation>
    </message>
    <message>
        <source>the first limit not exceeded, from the shortest</source>
        <translation>el primer límite no superado, desde el más corto</translation>
    </message>
    <message>
        <source>At least touches</source>
        <translation>Al menos contactos previos</translation>
    </message>
    <message>
        <source>the first count reached, from the highest</source>
        <translation>el primer recuento alcanzado, desde el mayor</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interés de producto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Recency days</source>
        <translation>Días desde la consulta</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contactos previos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Enterprise from &amp;employees</source>
        <translation>Enterprise desde &amp;empleados</translation>
    </message>
    <message>
        <source>or annual re&amp;venue</source>
        <translation>o factura&amp;ción anual</translation>
    </message>
    <message>
        <source>Enterprise from employees</source>
        <translation>Enterprise desde empleados</translation>
    </message>
    <message>
        <source>Enterprise from annual revenue</source>
        <translation>Enterprise desde facturación anual</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Tabla de puntos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Reglas de cola</translation>
    </message>
    <message>
        <source>Add q&amp;ueue rule</source>
        <translation>Añadir regla de c&amp;ola</translation>
    </message>
    <message>
        <source>Remove queue ru&amp;le</source>
        <translation>Quitar regla de co&amp;la</translation>
    </message>
    <message>
        <source>Rule u&amp;p</source>
        <translation>S&amp;ubir regla</translation>
    </message>
    <message>
        <source>Rule d&amp;own</source>
        <translation>&amp;Bajar regla</translation>
    </message>
    <message>
        <source>Scoring form problems</source>
        <translation>Problemas del formulario de puntuación</translation>
    </message>
    <message>
        <source>Point &amp;table</source>
        <translation>&amp;Tabla de puntos</translation>
    </message>
    <message>
        <source>Queue rules, first match wins: empty cells match anything; lists are comma-separated (countries US, CA; regions US-FL). The last rule should match everything.</source>
        <translation>Reglas de cola, gana la primera que coincide: las celdas vacías coinciden con todo; las listas van separadas por comas (países US, CA; regiones US-FL). La última regla debería coincidir con todo.</translation>
    </message>
    <message>
        <source>Points for {reading}.</source>
        <translation>Puntos para {reading}.</translation>
    </message>
    <message>
        <source>The Enterprise thresholds must be numbers</source>
        <translation>Los umbrales Enterprise deben ser números</translation>
    </message>
    <message>
        <source>Row {row}: {column} and whole points, please</source>
        <translation>Fila {row}: {column} y puntos enteros, por favor</translation>
    </message>
    <message>
        <source>Queue rule {row} needs a queue</source>
        <translation>La regla de cola {row} necesita una cola</translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Scoring rules versions</source>
        <translation>Versiones de las reglas de puntuación</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Scoring rules JSON</source>
        <translation>JSON de las reglas de puntuación</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Elija una versión para editar</translation>
    </message>
    <message>
        <source>Scoring rules problems</source>
        <translation>Problemas de las reglas de puntuación</translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation>El efecto en la cola aparece aquí cuando las reglas son válidas.</translation>
    </message>
    <message>
        <source>Effect of the rules</source>
        <translation>Efecto de las reglas</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>qué cambia y por qué (se guarda en la auditoría)</translation>
    </message>
    <message>
        <source>Preview, then apply</source>
        <translation>Vista previa, luego aplicar</translation>
    </message>
    <message>
        <source>&amp;Apply and rescore</source>
        <translation>&amp;Aplicar y puntuar de nuevo</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation>Efecto en los leads en cola aún no trabajados</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>No es JSON: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>The rules must be a JSON object</source>
        <translation>Las reglas deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>No es válido:</translation>
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
        <source>Apply again to replace version {version} with these rules</source>
        <translation>Aplique de nuevo para reemplazar la versión {version} con estas reglas</translation>
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
    <name>ScriptFiles</name>
    <message>
        <source>{name} is not a script (a JSON object)</source>
        <translation>{name} no es un guion (un objeto JSON)</translation>
    </message>
    <message>
        <source>cannot write {name}: {problem}</source>
        <translation>no se puede escribir {name}: {problem}</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xportar JSON…</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Importar un guion</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Exportar el guion</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Escrito en {path}</translation>
    </message>
</context>
<context>
    <name>ScriptForm</name>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <source>Script name</source>
        <translation>Nombre del guion</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tí&amp;tulo</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Título del guion</translation>
    </message>
    <message>
        <source>Nurture af&amp;ter</source>
        <translation>Maduración tr&amp;as</translation>
    </message>
    <message>
        <source>Default recycle months</source>
        <translation>Meses de reciclaje por defecto</translation>
    </message>
    <message>
        <source>Script problems</source>
        <translation>Problemas del guion</translation>
    </message>
    <message>
        <source>Screens and questions</source>
        <translation>Pantallas y preguntas</translation>
    </message>
    <message>
        <source>Pass rules and grades</source>
        <translation>Reglas de aprobación y grados</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>&amp;Add screen</source>
        <translation>A&amp;ñadir pantalla</translation>
    </message>
    <message>
        <source>&amp;Remove screen</source>
        <translation>&amp;Quitar pantalla</translation>
    </message>
    <message>
        <source>Screen u&amp;p</source>
        <translation>S&amp;ubir pantalla</translation>
    </message>
    <message>
        <source>Screen d&amp;own</source>
        <translation>&amp;Bajar pantalla</translation>
    </message>
    <message>
        <source>Screen key</source>
        <translation>Clave de la pantalla</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Título de la pantalla</translation>
    </message>
    <message>
        <source>What the rep says</source>
        <translation>Lo que dice el agente</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>sin puntos</translation>
    </message>
    <message>
        <source>Screen points count for</source>
        <translation>Los puntos de la pantalla cuentan para</translation>
    </message>
    <message>
        <source>Screen shown to</source>
        <translation>Pantalla mostrada a</translation>
    </message>
    <message>
        <source>Screen problems</source>
        <translation>Problemas de la pantalla</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Add q&amp;uestion</source>
        <translation>Aña&amp;dir pregunta</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Quitar pr&amp;egunta</translation>
    </message>
    <message>
        <source>Question up</source>
        <translation>Subir pregunta</translation>
    </message>
    <message>
        <source>Question down</source>
        <translation>Bajar pregunta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rep says</source>
        <translation>El agente dice</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Puntos para</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Se muestra a</translation>
    </message>
    <message>
        <source>Screens, in order</source>
        <translation>Pantallas, en orden</translation>
    </message>
    <message>
        <source>Questions of the screen</source>
        <translation>Preguntas de la pantalla</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Nueva pantalla</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>opción única</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>opción múltiple</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>importe</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>every segment</source>
        <translation>todos los segmentos</translation>
    </message>
    <message>
        <source>SMB only</source>
        <translation>Solo SMB</translation>
    </message>
    <message>
        <source>Enterprise only</source>
        <translation>Solo Enterprise</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesidad</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Ejemplo</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample Company</source>
        <translation>Empresa Ejemplo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation>Siguie&amp;nte pantalla</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation>Reini&amp;ciar</translation>
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
        <source>ended early</source>
        <translation>terminó antes</translation>
    </message>
    <message>
        <source>ended: call back</source>
        <translation>terminó: volver a llamar</translation>
    </message>
    <message>
        <source>after the last screen</source>
        <translation>tras la última pantalla</translation>
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
        <source>Script screen</source>
        <translation>Pantalla del guion</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Pantalla anterior del guion</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Siguiente pantalla del guion</translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Responda el guion para ver la nota</translation>
    </message>
    <message>
        <source>Grade and recommendation</source>
        <translation>Grado y recomendación</translation>
    </message>
    <message>
        <source>  — earlier answer: confirm or change it</source>
        <translation>  — respuesta anterior: confírmela o cámbiela</translation>
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
        <source>Save as a new version</source>
        <translation>Guardar como versión nueva</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Por qué</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Versiones del guion</translation>
    </message>
    <message>
        <source>Script JSON</source>
        <translation>JSON del guion</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Guardar versión nueva</translation>
    </message>
    <message>
        <source>Imported; not saved until Save new version</source>
        <translation>Importado; no se guarda hasta Guardar nueva versión</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>No es JSON: {problem} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>No es válido:</translation>
    </message>
    <message>
        <source>Valid: {screens}, every path ends</source>
        <translation>Válido: {screens}, todos los caminos terminan</translation>
    </message>
    <message>
        <source>Save new version again to replace {name} v{version} with this text</source>
        <translation>Guarde de nuevo una nueva versión para reemplazar {name} v{version} con este texto</translation>
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
    <name>Segments</name>
    <message>
        <source>SMB</source>
        <translation>Pyme</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Gran empresa</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Cualquier segmento</translation>
    </message>
</context>
<context>
    <name>ServiceCalls</name>
    <message>
        <source>Connection lost, your work is kept: the database cannot be reached while {doing} ({problem}). Nothing you typed is lost; trying again in {seconds} s (attempt {attempt}).</source>
        <translation>Conexión perdida, su trabajo se conserva: no se puede acceder a la base de datos al {doing} ({problem}). No se pierde nada de lo escrito; nuevo intento en {seconds} s (intento {attempt}).</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
</context>
<context>
    <name>ShiftTools</name>
    <message>
        <source>lead {id} ({company})</source>
        <translation>lead {id} ({company})</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Next tab inside the area</source>
        <translation>Pestaña siguiente dentro del área</translation>
    </message>
    <message>
        <source>Previous tab inside the area</source>
        <translation>Pestaña anterior dentro del área</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Siguiente lead</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Guardar resultado</translation>
    </message>
    <message>
        <source>Undo the last outcome (30 s)</source>
        <translation>Deshacer el último resultado (30 s)</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Siguiente pantalla del guion</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Pantalla anterior del guion</translation>
    </message>
    <message>
        <source>Restart call timer</source>
        <translation>Reiniciar el cronómetro de la llamada</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (starts the call timer)</source>
        <translation>Llamar al número del lead (inicia el temporizador de llamada)</translation>
    </message>
    <message>
        <source>Hang up (stops the call timer)</source>
        <translation>Colgar (detiene el temporizador de llamada)</translation>
    </message>
    <message>
        <source>My state: Ready, break, lunch, training…</source>
        <translation>Mi estado: Disponible, descanso, comida, formación…</translation>
    </message>
    <message>
        <source>My figures today and this week</source>
        <translation>Mis cifras de hoy y de esta semana</translation>
    </message>
    <message>
        <source>Find a lead (phone, e-mail, name, company)</source>
        <translation>Buscar un lead (teléfono, correo, nombre, empresa)</translation>
    </message>
    <message>
        <source>Go to the phone number</source>
        <translation>Ir al teléfono</translation>
    </message>
    <message>
        <source>Go to the e-mail</source>
        <translation>Ir al correo</translation>
    </message>
    <message>
        <source>Take the e-mail address the card suggests</source>
        <translation>Tomar la dirección de correo que sugiere la ficha</translation>
    </message>
    <message>
        <source>No contact: no answer</source>
        <translation>Sin contacto: no contesta</translation>
    </message>
    <message>
        <source>No contact: busy</source>
        <translation>Sin contacto: ocupado</translation>
    </message>
    <message>
        <source>No contact: voicemail left</source>
        <translation>Sin contacto: mensaje en el buzón</translation>
    </message>
    <message>
        <source>No contact: wrong number</source>
        <translation>Sin contacto: número equivocado</translation>
    </message>
    <message>
        <source>No contact: bad number</source>
        <translation>Sin contacto: número erróneo</translation>
    </message>
    <message>
        <source>Outcome: Sales-ready</source>
        <translation>Resultado: listo para ventas</translation>
    </message>
    <message>
        <source>Outcome: Callback</source>
        <translation>Resultado: rellamada</translation>
    </message>
    <message>
        <source>Outcome: Nurture</source>
        <translation>Resultado: maduración</translation>
    </message>
    <message>
        <source>Outcome: Disqualify</source>
        <translation>Resultado: descalificar</translation>
    </message>
    <message>
        <source>Outcome: Do not call…</source>
        <translation>Resultado: no llamar…</translation>
    </message>
    <message>
        <source>Export the audit rows shown (CSV)</source>
        <translation>Exportar las filas de auditoría mostradas (CSV)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>SlaSweep</name>
    <message>
        <source>SLA sweep: {said}</source>
        <translation>Revisión de SLA: {said}</translation>
    </message>
    <message>
        <source>SLA sweep failed: {problem}</source>
        <translation>La revisión de SLA falló: {problem}</translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>No news for at least</source>
        <translation>Sin noticias durante al menos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Socios que no informan</translation>
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
        <source>{stale} of {awaiting}</source>
        <translation>{stale} de {awaiting}</translation>
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
        <source>Not claimable: {line}</source>
        <translation>No reclamable: {line}</translation>
    </message>
    <message>
        <source>{company} (lead {lead})</source>
        <translation>{company} (lead {lead})</translation>
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
        <source>The filter was changed: press Filter to see its leads, then move them.</source>
        <translation>El filtro cambió: pulse Filtrar para ver sus leads y luego muévalos.</translation>
    </message>
    <message>
        <source>No lead matches the filter.</source>
        <translation>Ningún lead coincide con el filtro.</translation>
    </message>
    <message>
        <source>Move the {plural} matching the filter to {target}?</source>
        <translation>¿Mover los {plural} que coinciden con el filtro a {target}?</translation>
    </message>
    <message>
        <source> · {plural} due</source>
        <translation> · {plural} pendientes</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases ({stale_leases})</source>
        <translation>&amp;Liberar asignaciones caducadas ({stale_leases})</translation>
    </message>
    <message>
        <source>Updated {at} · live</source>
        <translation>Actualizado a las {at} · en directo</translation>
    </message>
    <message>
        <source>Updated {at} · live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Actualizado a las {at} · las actualizaciones en directo se detuvieron ({why}); se actualiza cada 10 s</translation>
    </message>
    <message>
        <source> · {plural} reopened by check calls</source>
        <translation> · {plural} reabiertos por llamadas de control</translation>
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
        <source>{rep} is paused: the leads wait for them until they are resumed.</source>
        <translation>{rep} está en pausa: los leads lo esperan hasta que se reanude.</translation>
    </message>
    <message>
        <source>Lead {lead}: {reason}.</source>
        <translation>Lead {lead}: {reason}.</translation>
    </message>
    <message>
        <source>… and {count} more not moved.</source>
        <translation>… y {count} más sin mover.</translation>
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
        <source>Board status</source>
        <translation>Estado del tablero</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>&amp;Pausar agente</translation>
    </message>
    <message>
        <source>Pause or resume the selected rep</source>
        <translation>Pausar o reanudar al agente seleccionado</translation>
    </message>
    <message>
        <source>Move callbacks to rep</source>
        <translation>Mover rellamadas al agente</translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation>Mover &amp;rellamadas a</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases</source>
        <translation>&amp;Liberar asignaciones caducadas</translation>
    </message>
    <message>
        <source>Leads held back</source>
        <translation>Leads retenidos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtro de cola</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campaña</translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation>Filtro de agente</translation>
    </message>
    <message>
        <source>Lease filter</source>
        <translation>Filtro de reserva</translation>
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
        <source>Region filter</source>
        <translation>Filtro de región</translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation>la empresa empieza por</translation>
    </message>
    <message>
        <source>Company filter</source>
        <translation>Filtro de empresa</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrar</translation>
    </message>
    <message>
        <source>Region filter problem</source>
        <translation>Problema del filtro de región</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover a</translation>
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
        <source>Move result</source>
        <translation>Resultado del movimiento</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>cualquier estado</translation>
    </message>
    <message>
        <source>any queue</source>
        <translation>cualquier cola</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>cualquier campaña</translation>
    </message>
    <message>
        <source>any rep</source>
        <translation>cualquier agente</translation>
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
    <message>
        <source>the {name} queue</source>
        <translation>la cola {name}</translation>
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
        <translation>Nue&amp;vo equipo</translation>
    </message>
    <message>
        <source>Save &amp;team</source>
        <translation>G&amp;uardar equipo</translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation>p. ej. Norteamérica</translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation>Des&amp;activar equipo</translation>
    </message>
    <message>
        <source>What happened to the team</source>
        <translation>Qué pasó con el equipo</translation>
    </message>
    <message>
        <source>Choose one of your teams to rename it</source>
        <translation>Elija uno de sus equipos para cambiarle el nombre</translation>
    </message>
    <message>
        <source>Team {name} is added.</source>
        <translation>Equipo {name} añadido.</translation>
    </message>
    <message>
        <source>Team {old} is now {name}.</source>
        <translation>El equipo {old} ahora es {name}.</translation>
    </message>
    <message>
        <source>Team {name} is active again.</source>
        <translation>El equipo {name} vuelve a estar activo.</translation>
    </message>
    <message>
        <source>Team {name} is deactivated.</source>
        <translation>El equipo {name} está desactivado.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Team &amp;name</source>
        <translation>&amp;Nombre del equipo</translation>
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
    <name>Timeline</name>
    <message>
        <source>touch</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>intento</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>calificación</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>entrega</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>socio</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>corrección</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoría</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}  ({key})</source>
        <translation>Deshacer lead {lead_id}  ({key})</translation>
    </message>
</context>
<context>
    <name>UnexpectedProblems</name>
    <message>
        <source>Qualifier: unexpected problem</source>
        <translation>Qualifier: problema inesperado</translation>
    </message>
    <message>
        <source>Something went wrong in Qualifier ({kind}): what you just did may not have finished. Check it before you go on; the answers of a call are kept in its draft.

The details, without any prospect&apos;s data, are in {log} for your administrator.</source>
        <translation>Algo salió mal en Qualifier ({kind}): puede que lo que acaba de hacer no haya terminado. Compruébelo antes de seguir; las respuestas de una llamada se guardan en su borrador.

Los detalles, sin datos de ningún prospecto, están en {log} para su administrador.</translation>
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
        <source>Save</source>
        <translation>Guardar</translation>
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
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Add from a l&amp;ist…</source>
        <translation>Añadir desde una l&amp;ista…</translation>
    </message>
    <message>
        <source>A CSV or XLSX list: login, name, role, team; a one-time password each</source>
        <translation>Una lista CSV o XLSX: usuario, nombre, rol, equipo; una contraseña de un solo uso para cada persona</translation>
    </message>
    <message>
        <source>Unlo&amp;ck</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;l</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activar</translation>
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
        <source>They are in no team, and get no leads from a queue until you give them one.</source>
        <translation>No está en ningún equipo y no recibe leads de ninguna cola hasta que le asigne uno.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>; {leads} back in the queue, {callbacks} to the team</source>
        <translation>; {leads} vuelven a la cola, {callbacks} al equipo</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sin equipo</translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation>Guardado {login}: {label}, {team}, {state}{returned}</translation>
    </message>
    <message>
        <source>{login} is still the channel manager of {partners}: give those partners another one in Partners.</source>
        <translation>{login} sigue siendo el responsable de canal de {partners}: asigne otro a esos socios en Socios.</translation>
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
        <source>Finish lead {lead} ({company}) first: choose an outcome and save it with Ctrl+Enter.</source>
        <translation>Termine primero el lead {lead} ({company}): elija un resultado y guárdelo con Ctrl+Intro.</translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation>Tomando el siguiente lead…</translation>
    </message>
    <message>
        <source>taking the next lead</source>
        <translation>tomar el siguiente lead</translation>
    </message>
    <message>
        <source>Could not take the next lead: {problem}</source>
        <translation>No se pudo tomar el siguiente lead: {problem}</translation>
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
        <source>Could not save the draft on this workstation: {problem}</source>
        <translation>No se pudo guardar el borrador en este puesto: {problem}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;View draft</source>
        <translation>&amp;Ver borrador</translation>
    </message>
    <message>
        <source>Cannot restore the draft: {problem}</source>
        <translation>No se puede restaurar el borrador: {problem}</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar borrador</translation>
    </message>
    <message>
        <source>restoring your draft</source>
        <translation>restaurar su borrador</translation>
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
        <source>saving the outcome</source>
        <translation>guardar el resultado</translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation>Lead {lead_id} guardado: {message}.</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>No se pudo guardar: {problem}</translation>
    </message>
    <message>
        <source>Lead {lead} is no longer yours; what you typed is kept as a draft.</source>
        <translation>El lead {lead} ya no es suyo; lo que escribió se guarda como borrador.</translation>
    </message>
    <message>
        <source>Your account was deactivated by an administrator; you are signed out. Your unsaved work is kept on this workstation.</source>
        <translation>Un administrador ha desactivado su cuenta; se ha cerrado su sesión. Su trabajo sin guardar se conserva en este puesto.</translation>
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
        <source>Taking the next lead</source>
        <translation>Tomando el siguiente lead</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Undo last outcome</source>
        <translation>Deshacer el último resultado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <translation>Llamar al lead</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (F11)</source>
        <translation>Llamar al número del lead (F11)</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hang up: the call timer stops (F12)</source>
        <translation>Colgar: el temporizador de llamada se detiene (F12)</translation>
    </message>
    <message>
        <source>Why the lead cannot be called</source>
        <translation>Por qué no se puede llamar al lead</translation>
    </message>
    <message>
        <source>No lead is eligible now</source>
        <translation>Ningún lead está disponible ahora</translation>
    </message>
</context>
</TS>
