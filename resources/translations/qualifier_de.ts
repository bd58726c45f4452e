<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clock warning</source>
        <translation>Uhrzeitwarnung</translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <source>My state</source>
        <translation>Mein Status</translation>
    </message>
    <message>
        <source>Reason for the state</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Grund, dann Eingabe</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Set my state</source>
        <translation>Meinen Status setzen</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Zeit im Status</translation>
    </message>
    <message>
        <source>State notice</source>
        <translation>Statushinweis</translation>
    </message>
    <message>
        <source>Paused by your team lead: no leads until resumed</source>
        <translation>Von Ihrer Teamleitung pausiert: keine Leads bis zur Freigabe</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
</context>
<context>
    <name>AgentStateControl</name>
    <message>
        <source>Your state: {problem}</source>
        <translation>Ihr Status: {problem}</translation>
    </message>
    <message>
        <source>Go Ready?</source>
        <translation>Auf Bereit wechseln?</translation>
    </message>
    <message>
        <source>You are on {state} for {time}. Go Ready and take the next lead?</source>
        <translation>Sie sind seit {time} im Status {state}. Auf Bereit wechseln und den nächsten Lead nehmen?</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>eine Weile</translation>
    </message>
    <message>
        <source>&amp;Go Ready</source>
        <translation>Auf &amp;Bereit</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Noch nicht</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Team-Übersicht</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Teams und Warteschlangen</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Gesprächsleitfäden</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Bewertungsregeln</translation>
    </message>
    <message>
        <source>Calling rules</source>
        <translation>Anrufregeln</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{cleaned!r} is not a date like 2026-11-24</source>
        <translation>{cleaned!r} ist kein Datum wie 2026-11-24</translation>
    </message>
    <message>
        <source>{strip!r} is not a lead number</source>
        <translation>{strip!r} ist keine Lead-Nummer</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>login, or operator</source>
        <translation>Login oder Bearbeiter</translation>
    </message>
    <message>
        <source>lead number</source>
        <translation>Lead-Nummer</translation>
    </message>
    <message>
        <source>any action, or a code</source>
        <translation>jede Aktion, oder ein Code</translation>
    </message>
    <message>
        <source>Choose an action, or type its code or the start of one: lead.claimed, lead</source>
        <translation>Wählen Sie eine Aktion, oder tippen Sie ihren Code oder seinen Anfang: lead.claimed, lead</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Wer</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Your teams&apos; people and leads only.</source>
        <translation>Nur Personen und Leads Ihrer Teams.</translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation>Jede Änderung im Center, neueste zuerst. Zeiten in UTC.</translation>
    </message>
    <message>
        <source>; only the newest are shown: narrow the filter</source>
        <translation>; nur die neuesten werden angezeigt: grenzen Sie den Filter ein</translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation>Nichts angezeigt: siehe das Problem oben</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Nothing exported: see the problem above</source>
        <translation>Nichts exportiert: siehe das Problem oben</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CallbackPicker</name>
    <message>
        <source>Callback date and time in the prospect&apos;s time</source>
        <translation>Rückrufdatum und -zeit in der Zeit des Interessenten</translation>
    </message>
    <message>
        <source>Time zone the callback time is in</source>
        <translation>Zeitzone der Rückrufzeit</translation>
    </message>
    <message>
        <source>in &amp;zone</source>
        <translation>in Zeitz&amp;one</translation>
    </message>
    <message>
        <source>Prospect&apos;s time ({zone}) · your time {mine} {mine_zone}</source>
        <translation>Zeit des Interessenten ({zone}) · Ihre Zeit {mine} {mine_zone}</translation>
    </message>
    <message>
        <source> · also {times}</source>
        <translation> · außerdem {times}</translation>
    </message>
    <message>
        <source> · also {count} other time zones, from {earliest} to {latest}</source>
        <translation> · außerdem {count} weitere Zeitzonen, von {earliest} bis {latest}</translation>
    </message>
</context>
<context>
    <name>CallingRules</name>
    <message>
        <source>{cleaned!r} is not a whole number of calls (empty: no cap)</source>
        <translation>{cleaned!r} ist keine ganze Zahl von Anrufen (leer: keine Obergrenze)</translation>
    </message>
</context>
<context>
    <name>CallingRulesArea</name>
    <message>
        <source>Calling rules</source>
        <translation>Anrufregeln</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>Neue Re&amp;gel</translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation>&amp;Regel entfernen</translation>
    </message>
    <message>
        <source>A lead follows its region&apos;s rule, else its country&apos;s, else the default (place left empty; without one, the settings file&apos;s window). Windows are local time at the called party; workstations follow a change within a minute.</source>
        <translation>Ein Lead folgt der Regel seiner Region, sonst der seines Landes, sonst der Standardregel (Ort leer lassen; ohne sie gilt das Zeitfenster der Einstellungsdatei). Die Zeitfenster gelten in der Ortszeit des Angerufenen; Arbeitsplätze übernehmen eine Änderung innerhalb einer Minute.</translation>
    </message>
    <message>
        <source>Administrators change these rules.</source>
        <translation>Administratoren ändern diese Regeln.</translation>
    </message>
    <message>
        <source>US, US-FL, DE … (empty: the default)</source>
        <translation>US, US-FL, DE … (leer: Standard)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>leer: keine Obergrenze</translation>
    </message>
    <message>
        <source>the law that sets these hours</source>
        <translation>das Gesetz, das diese Zeiten festlegt</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>optional: warum (fürs Audit-Protokoll)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Window s&amp;tart</source>
        <translation>Fenster&amp;beginn</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>Fens&amp;terende</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>&amp;Calls a day</source>
        <translation>&amp;Anrufe pro Tag</translation>
    </message>
    <message>
        <source>Calls a &amp;week</source>
        <translation>Anrufe &amp;pro Woche</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>; saved the rule of {place}</source>
        <translation>; Regel für {place} gespeichert</translation>
    </message>
    <message>
        <source>Rule: {label}</source>
        <translation>Regel: {label}</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
</context>
<context>
    <name>CallingRulesHolidays</name>
    <message>
        <source>{value} is not a date like 2026-12-25</source>
        <translation>{value} ist kein Datum wie 2026-12-25</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>{label} {cleaned!r} is not a date like 2026-11-24</source>
        <translation>{label} {cleaned!r} ist kein Datum wie 2026-11-24</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation>Neue &amp;Kampagne</translation>
    </message>
    <message>
        <source>Reports spread a campaign&apos;s cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation>Berichte verteilen die Kosten einer Kampagne gleichmäßig auf die Tage, an denen sie lief; ohne beide Tage zählen die gesamten Kosten in jedem Zeitraum.</translation>
    </message>
    <message>
        <source>trade show, web form, download, purchased list …</source>
        <translation>Messe, Webformular, Download, gekaufte Liste …</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>optional: warum (fürs Audit-Protokoll)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Kampagne speichern</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>Kan&amp;al</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>K&amp;osten</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} gespeichert</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>der erste Tag</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>der letzte Tag</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
</context>
<context>
    <name>CenterArea</name>
    <message>
        <source>The center</source>
        <translation>Das Center</translation>
    </message>
    <message>
        <source>Save the &amp;center</source>
        <translation>&amp;Center speichern</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>z. B. Qualifizierungscenter Lissabon</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>worin jeder Betrag gerechnet wird, z. B. EUR</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>Anruf&amp;fenster</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <source>Do-not-call registries</source>
        <translation>Sperrlisten (Robinsonlisten)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>Status des Centers</translation>
    </message>
    <message>
        <source>The time zone makes the center&apos;s day: reports and exports count their days by it, and a nurture lead&apos;s recycle date, a partner&apos;s close date and a registry snapshot&apos;s date are read on its calendar. Changing it counts every call again.

The calling window is the local time at the called party when calls may be made, wherever no calling rule of its place applies (a default rule in the Calling rules area comes first).

The currency is what every amount is counted in: campaign costs, partners&apos; pipeline and revenue, ROI. Amounts are never converted; set it before costs are typed.

A registry the center honours blocks its countries&apos; leads until a snapshot of it is imported (Do not call area), and again when the snapshot is too old.</source>
        <translation>Die Zeitzone bestimmt den Tag des Centers: Berichte und Exporte zählen ihre Tage danach, und das Wiedervorlagedatum eines Nurture-Leads, das Abschlussdatum eines Partners und das Datum eines Sperrlisten-Stands gelten in ihrem Kalender. Eine Änderung zählt jeden Anruf neu.

Das Anruffenster ist die Ortszeit beim Angerufenen, zu der angerufen werden darf, wo keine Anrufregel seines Orts gilt (eine Standardregel im Bereich Anrufregeln geht vor).

Die Währung ist die, in der jeder Betrag gerechnet wird: Kampagnenkosten, Pipeline und Umsatz der Partner, ROI. Beträge werden nie umgerechnet; legen Sie sie fest, bevor Kosten erfasst werden.

Eine Sperrliste, die das Center beachtet, sperrt die Leads ihrer Länder, bis ein Stand davon importiert ist (Bereich Nicht anrufen), und wieder, wenn der Stand zu alt ist.</translation>
    </message>
    <message>
        <source>&amp;{name}: the national registry ({countries})</source>
        <translation>&amp;{name}: die nationale Sperrliste ({countries})</translation>
    </message>
    <message>
        <source>The law behind it: {source}</source>
        <translation>Die Rechtsgrundlage: {source}</translation>
    </message>
    <message>
        <source>The default calling rule (Calling rules area) sets the window in use; this one applies without it.</source>
        <translation>Die Standard-Anrufregel (Bereich Anrufregeln) legt das geltende Fenster fest; dieses gilt ohne sie.</translation>
    </message>
    <message>
        <source>Every workstation works by these.</source>
        <translation>Jeder Arbeitsplatz arbeitet danach.</translation>
    </message>
    <message>
        <source>The center has no name or time zone yet: give both and save.</source>
        <translation>Das Center hat noch keinen Namen und keine Zeitzone: Geben Sie beides an und speichern Sie.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Count every amount in {after} instead of {before}? Amounts are never converted: every campaign&apos;s cost, partner&apos;s pipeline and revenue kept so far is read in {after}.</source>
        <translation>Jeden Betrag in {after} statt {before} rechnen? Beträge werden nie umgerechnet: Die bisher gespeicherten Kosten jeder Kampagne, Pipeline und Umsätze der Partner gelten dann in {after}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved: {name}, time zone {zone}, calls {window}, amounts in {currency}. Every workstation works by these.</source>
        <translation>Gespeichert: {name}, Zeitzone {zone}, Anrufe {window}, Beträge in {currency}. Jeder Arbeitsplatz arbeitet danach.</translation>
    </message>
</context>
<context>
    <name>ChartDrill</name>
    <message>
        <source>{}: Enter opens the leads behind it</source>
        <translation>{}: Eingabe öffnet die zugehörigen Leads</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Vom Partner angenommen</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Vertriebsbereit</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(keine Aktivität)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>Anteil der Leads</translation>
    </message>
    <message>
        <source>Contacted by the partner, customers say</source>
        <translation>Vom Partner kontaktiert, laut Kunden</translation>
    </message>
    <message>
        <source>Share of customers reached</source>
        <translation>Anteil erreichter Kunden</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
</context>
<context>
    <name>CheckCallMode</name>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are complete; Ctrl+Enter saves them</source>
        <translation>Kontrollanruf: die Antworten des Kunden sind vollständig; Strg+Eingabe speichert sie</translation>
    </message>
    <message>
        <source>Check call: ask the script&apos;s questions, or log a no-contact call</source>
        <translation>Kontrollanruf: stellen Sie die Fragen des Skripts oder erfassen Sie einen Anruf ohne Kontakt</translation>
    </message>
    <message>
        <source>All answers in: Ctrl+Enter saves them</source>
        <translation>Alle Antworten da: Strg+Eingabe speichert sie</translation>
    </message>
    <message>
        <source>Check call: {count} required answers to go</source>
        <translation>Kontrollanruf: noch {count} Pflichtantworten</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are the outcome</source>
        <translation>Kontrollanruf: die Antworten des Kunden sind das Ergebnis</translation>
    </message>
</context>
<context>
    <name>CheckCallPolicyPanel</name>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Check-call policies</source>
        <translation>Kontrollanruf-Richtlinien</translation>
    </message>
    <message>
        <source>every partner</source>
        <translation>jeder Partner</translation>
    </message>
    <message>
        <source>Only for this partner</source>
        <translation>Nur für diesen Partner</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> Werktage</translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation>Tage nach Zustellung</translation>
    </message>
    <message>
        <source>Share of handoffs checked</source>
        <translation>Anteil geprüfter Übergaben</translation>
    </message>
    <message>
        <source>At least per partner and month</source>
        <translation>Mindestens pro Partner und Monat</translation>
    </message>
    <message>
        <source>Share for partners with a poor record</source>
        <translation>Anteil für Partner mit schlechter Bilanz</translation>
    </message>
    <message>
        <source>as the others</source>
        <translation>wie die anderen</translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation>&amp;Richtlinie speichern</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy</source>
        <translation>Richtlinie &amp;entfernen</translation>
    </message>
    <message>
        <source>No policy yet: no handoff gets a check call.</source>
        <translation>Noch keine Richtlinie: keine Übergabe erhält einen Kontrollanruf.</translation>
    </message>
    <message>
        <source>Check after</source>
        <translation>Prüfen nach</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>At least a month</source>
        <translation>Mindestens pro Monat</translation>
    </message>
    <message>
        <source>Poor record</source>
        <translation>Schlechte Bilanz</translation>
    </message>
    <message>
        <source>(every partner)</source>
        <translation>(jeder Partner)</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Was der Kunde sagte</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Handoffs reopened by a check call</source>
        <translation>Durch Kontrollanruf wieder geöffnete Übergaben</translation>
    </message>
    <message>
        <source>why the lead stays with the partner</source>
        <translation>warum der Lead beim Partner bleibt</translation>
    </message>
    <message>
        <source>Why the lead stays with the partner</source>
        <translation>Warum der Lead beim Partner bleibt</translation>
    </message>
    <message>
        <source>Re-route to the ne&amp;xt partner</source>
        <translation>An den &amp;nächsten Partner neu zuweisen</translation>
    </message>
    <message>
        <source>Kee&amp;p with the partner</source>
        <translation>&amp;Beim Partner belassen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>What customers tell the check calls (contacted by the partner, satisfaction) is part of each partner&apos;s routing weight.</source>
        <translation>Was Kunden in Kontrollanrufen sagen (vom Partner kontaktiert, Zufriedenheit), fließt in das Routing-Gewicht jedes Partners ein.</translation>
    </message>
    <message>
        <source>Handoffs a check call reopened</source>
        <translation>Übergaben, die ein Kontrollanruf wieder geöffnet hat</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors decide these.</source>
        <translation>Nur Channel-Manager und Supervisoren entscheiden darüber.</translation>
    </message>
    <message>
        <source>contradicts the partner&apos;s status</source>
        <translation>widerspricht dem Status des Partners</translation>
    </message>
    <message>
        <source>{count}: the customer says the partner never called.</source>
        <translation>{count}: der Kunde sagt, der Partner habe nie angerufen.</translation>
    </message>
    <message>
        <source>No handoff is reopened by a check call.</source>
        <translation>Keine Übergabe wurde durch einen Kontrollanruf wieder geöffnet.</translation>
    </message>
    <message>
        <source>Re-routing…</source>
        <translation>Wird neu zugewiesen…</translation>
    </message>
    <message>
        <source>Lead {lead} re-routed to {partner}.</source>
        <translation>Lead {lead} an {partner} neu zugewiesen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Wählen Sie zuerst eine Übergabe aus.</translation>
    </message>
    <message>
        <source>Kept with the partner.</source>
        <translation>Beim Partner belassen.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Leads held</source>
        <translation>Gehaltene Leads</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Einmalpasswort</translation>
    </message>
    <message>
        <source>{holder} (working)</source>
        <translation>{holder} (in Arbeit)</translation>
    </message>
    <message>
        <source>{holder} (stale)</source>
        <translation>{holder} (abgelaufen)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Nächster Anruf</translation>
    </message>
    <message>
        <source>Inquired</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Im Status</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Arbeitet an</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Fällige Rückrufe</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Versuche heute</translation>
    </message>
    <message>
        <source>Talk today</source>
        <translation>Gesprächszeit heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Open / max</source>
        <translation>Offen / max.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Message-ID to look for</source>
        <translation>Zu suchende Message-ID</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Channel-Manager</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Keine Meldung</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Oldest news</source>
        <translation>Älteste Meldung</translation>
    </message>
    <message>
        <source>Partner reps</source>
        <translation>Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New/applied</source>
        <translation>Neu/angewendet</translation>
    </message>
    <message>
        <source>Merged/unchanged</source>
        <translation>Zusammengeführt/unverändert</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Datei der abgelehnten Zeilen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Being worked by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Disqualifizierungsgrund</translation>
    </message>
    <message>
        <source>Reporting compliance</source>
        <translation>Meldetreue</translation>
    </message>
    <message>
        <source>Due for news</source>
        <translation>Meldung fällig</translation>
    </message>
    <message>
        <source>Routing weight a week before</source>
        <translation>Routing-Gewicht vor einer Woche</translation>
    </message>
    <message>
        <source>Routing weight now</source>
        <translation>Routing-Gewicht jetzt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Ginge an</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation>erteilt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>{caption} check</source>
        <translation>{caption}: Prüfung</translation>
    </message>
    <message>
        <source>{caption} problem</source>
        <translation>{caption}: Problem</translation>
    </message>
    <message>
        <source>No e-mail address: the one on file is removed when you save</source>
        <translation>Keine E-Mail-Adresse: die gespeicherte wird beim Speichern entfernt</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Typo? Did you mean {address}? Shift+F3 takes it</source>
        <translation>Tippfehler? Meinten Sie {address}? Umschalt+F3 übernimmt sie</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Imported leads go to the queues the scoring rules name: {ruled}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} ist eingerichtet: Team {team} mit den Warteschlangen {join}. Importierte Leads gehen in die Warteschlangen, die die Bewertungsregeln nennen: {ruled}. Melden Sie sich als {admin} an. Datenbank: {description}</translation>
    </message>
    <message>
        <source>Unexpected problem while connecting: {kind}: {detail}</source>
        <translation>Unerwarteter Fehler beim Verbinden: {kind}: {detail}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} row</source>
        <translation>{n} Zeile</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} Zeilen</translation>
    </message>
    <message>
        <source>{n} rule</source>
        <translation>{n} Regel</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} Regeln</translation>
    </message>
    <message>
        <source>{n} holiday</source>
        <translation>{n} Feiertag</translation>
    </message>
    <message>
        <source>{n} holidays</source>
        <translation>{n} Feiertage</translation>
    </message>
    <message>
        <source>{n} campaign</source>
        <translation>{n} Kampagne</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} Kampagnen</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} Eintrag</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} Einträge</translation>
    </message>
    <message>
        <source>{n} lead</source>
        <translation>{n} Lead</translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation>{n} Leads</translation>
    </message>
    <message>
        <source>{n} version</source>
        <translation>{n} Version</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} Versionen</translation>
    </message>
    <message>
        <source>{n} team</source>
        <translation>{n} Team</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} Teams</translation>
    </message>
    <message>
        <source>{n} open queue</source>
        <translation>{n} offene Warteschlange</translation>
    </message>
    <message>
        <source>{n} open queues</source>
        <translation>{n} offene Warteschlangen</translation>
    </message>
    <message>
        <source>{n} user</source>
        <translation>{n} Benutzer</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} Benutzer</translation>
    </message>
    <message>
        <source>{n} callback</source>
        <translation>{n} Rückruf</translation>
    </message>
    <message>
        <source>{n} callbacks</source>
        <translation>{n} Rückrufe</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} Partner</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} Partner</translation>
    </message>
    <message>
        <source>{n} check call</source>
        <translation>{n} Kontrollanruf</translation>
    </message>
    <message>
        <source>{n} check calls</source>
        <translation>{n} Kontrollanrufe</translation>
    </message>
    <message>
        <source>{n} handoff</source>
        <translation>{n} Übergabe</translation>
    </message>
    <message>
        <source>{n} handoffs</source>
        <translation>{n} Übergaben</translation>
    </message>
    <message>
        <source>{n} stale lease released.</source>
        <translation>{n} abgelaufene Reservierung freigegeben.</translation>
    </message>
    <message>
        <source>{n} stale leases released.</source>
        <translation>{n} abgelaufene Reservierungen freigegeben.</translation>
    </message>
    <message>
        <source>{n} reopened handoff</source>
        <translation>{n} wieder geöffnete Übergabe</translation>
    </message>
    <message>
        <source>{n} reopened handoffs</source>
        <translation>{n} wieder geöffnete Übergaben</translation>
    </message>
    <message>
        <source>{n} call</source>
        <translation>{n} Anruf</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} Anrufe</translation>
    </message>
    <message>
        <source>{n} lead eligible for you now</source>
        <translation>{n} Lead jetzt für Sie verfügbar</translation>
    </message>
    <message>
        <source>{n} leads eligible for you now</source>
        <translation>{n} Leads jetzt für Sie verfügbar</translation>
    </message>
    <message>
        <source>{n} handoff delivered</source>
        <translation>{n} Übergabe zugestellt</translation>
    </message>
    <message>
        <source>{n} handoffs delivered</source>
        <translation>{n} Übergaben zugestellt</translation>
    </message>
    <message>
        <source>{n} partner reminded</source>
        <translation>{n} Partner erinnert</translation>
    </message>
    <message>
        <source>{n} partners reminded</source>
        <translation>{n} Partner erinnert</translation>
    </message>
    <message>
        <source>{n} SLA expired</source>
        <translation>{n} SLA abgelaufen</translation>
    </message>
    <message>
        <source>{n} SLAs expired</source>
        <translation>{n} SLAs abgelaufen</translation>
    </message>
    <message>
        <source>{n} lead re-routed</source>
        <translation>{n} Lead neu zugewiesen</translation>
    </message>
    <message>
        <source>{n} leads re-routed</source>
        <translation>{n} Leads neu zugewiesen</translation>
    </message>
    <message>
        <source>{n} lead waiting for a partner</source>
        <translation>{n} Lead wartet auf einen Partner</translation>
    </message>
    <message>
        <source>{n} leads waiting for a partner</source>
        <translation>{n} Leads warten auf einen Partner</translation>
    </message>
    <message>
        <source>{n} lead back from nurture</source>
        <translation>{n} Lead zurück aus dem Nurturing</translation>
    </message>
    <message>
        <source>{n} leads back from nurture</source>
        <translation>{n} Leads zurück aus dem Nurturing</translation>
    </message>
    <message>
        <source>{n} earlier attempt</source>
        <translation>{n} früherer Versuch</translation>
    </message>
    <message>
        <source>{n} earlier attempts</source>
        <translation>{n} frühere Versuche</translation>
    </message>
    <message>
        <source>{n} employee</source>
        <translation>{n} mitarbeitende Person</translation>
    </message>
    <message>
        <source>{n} employees</source>
        <translation>{n} Mitarbeitende</translation>
    </message>
    <message>
        <source>{n} touch</source>
        <translation>{n} Kontakt</translation>
    </message>
    <message>
        <source>{n} touches</source>
        <translation>{n} Kontakte</translation>
    </message>
    <message>
        <source>{n} import</source>
        <translation>{n} Import</translation>
    </message>
    <message>
        <source>{n} imports</source>
        <translation>{n} Importe</translation>
    </message>
    <message>
        <source>; {n} row hidden in the workbook is not read</source>
        <translation>; {n} in der Arbeitsmappe ausgeblendete Zeile wird nicht gelesen</translation>
    </message>
    <message>
        <source>; {n} rows hidden in the workbook are not read</source>
        <translation>; {n} in der Arbeitsmappe ausgeblendete Zeilen werden nicht gelesen</translation>
    </message>
    <message>
        <source>{n} row read</source>
        <translation>{n} Zeile gelesen</translation>
    </message>
    <message>
        <source>{n} rows read</source>
        <translation>{n} Zeilen gelesen</translation>
    </message>
    <message>
        <source>{n} new reference row</source>
        <translation>{n} neue Referenzzeile</translation>
    </message>
    <message>
        <source>{n} new reference rows</source>
        <translation>{n} neue Referenzzeilen</translation>
    </message>
    <message>
        <source>{n} lead enriched</source>
        <translation>{n} Lead angereichert</translation>
    </message>
    <message>
        <source>{n} leads enriched</source>
        <translation>{n} Leads angereichert</translation>
    </message>
    <message>
        <source>{n} row hidden in the workbook was not read.</source>
        <translation>{n} in der Arbeitsmappe ausgeblendete Zeile wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>{n} rows hidden in the workbook were not read.</source>
        <translation>{n} in der Arbeitsmappe ausgeblendete Zeilen wurden nicht gelesen.</translation>
    </message>
    <message>
        <source>{n} screen</source>
        <translation>{n} Bildschirm</translation>
    </message>
    <message>
        <source>{n} screens</source>
        <translation>{n} Bildschirme</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} Datei</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} Dateien</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>the number {number} is not a valid phone number: correct it first (F2)</source>
        <translation>die Nummer {number} ist keine gültige Telefonnummer: zuerst korrigieren (F2)</translation>
    </message>
    <message>
        <source>Not dialled: {why}</source>
        <translation>Nicht gewählt: {why}</translation>
    </message>
    <message>
        <source>Cannot dial: {problem}</source>
        <translation>Wählen nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Extension {extension}: dial it when the switchboard answers.</source>
        <translation>Durchwahl {extension}: wählen Sie sie, sobald die Zentrale abnimmt.</translation>
    </message>
    <message>
        <source>no program on this workstation opens {scheme}: links; set dial_command or dial_uri_template in the settings file</source>
        <translation>kein Programm auf diesem Arbeitsplatz öffnet {scheme}:-Links; setzen Sie dial_command oder dial_uri_template in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Dialling failed: {problem}</source>
        <translation>Wählen fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>US-CA, US-WA (leave empty for whole countries)</source>
        <translation>US-CA, US-WA (leer lassen für ganze Länder)</translation>
    </message>
    <message>
        <source>941, US:100 (optional)</source>
        <translation>941, US:100 (optional)</translation>
    </message>
    <message>
        <source>contact center, networking (empty: all)</source>
        <translation>contact center, networking (leer: alle)</translation>
    </message>
    <message>
        <source>enterprise, smb (empty: both)</source>
        <translation>enterprise, smb (leer: beide)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>Receives leads</source>
        <translation>Erhält Leads</translation>
    </message>
    <message>
        <source>Alex Morgan &lt;alex@partner.example&gt;
one sales rep a line</source>
        <translation>Alex Morgan &lt;alex@partner.example&gt;
ein Vertriebsmitarbeiter pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regionen</translation>
    </message>
    <message>
        <source>&amp;Postal prefixes</source>
        <translation>&amp;Postleitzahl-Präfixe</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;dukte</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmente</translation>
    </message>
    <message>
        <source>Open handoffs &amp;at most</source>
        <translation>&amp;Offene Übergaben höchstens</translation>
    </message>
    <message>
        <source>Acceptance S&amp;LA (hours)</source>
        <translation>&amp;Annahme-SLA (Stunden)</translation>
    </message>
    <message>
        <source>Channel &amp;manager</source>
        <translation>&amp;Channel-Manager</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sales r&amp;eps</source>
        <translation>V&amp;ertriebsmitarbeiter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>{login} is deactivated: choose another channel manager</source>
        <translation>{login} ist deaktiviert: Wählen Sie einen anderen Channel-Manager</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Partnerverzeichnis</translation>
    </message>
    <message>
        <source>Ne&amp;w partner</source>
        <translation>&amp;Neuer Partner</translation>
    </message>
    <message>
        <source>Sa&amp;ve partner</source>
        <translation>Partner spe&amp;ichern</translation>
    </message>
    <message>
        <source>Handoffs per wee&amp;k</source>
        <translation>Übergaben pro &amp;Woche</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} gespeichert</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>{name} wird bearbeitet</translation>
    </message>
</context>
<context>
    <name>DoNotCallArea</name>
    <message>
        <source>phone, e-mail, or words of the reason or source</source>
        <translation>Telefon, E-Mail oder Wörter aus Grund oder Quelle</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Sperrliste</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>Such&amp;begriff</translation>
    </message>
    <message>
        <source>US (for numbers without +)</source>
        <translation>US (für Nummern ohne +)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>asked on the phone, legal request …</source>
        <translation>am Telefon gewünscht, rechtliche Aufforderung …</translation>
    </message>
    <message>
        <source>Block a phone number or e-mail address</source>
        <translation>Eine Telefonnummer oder E-Mail-Adresse sperren</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Gru&amp;nd</translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation>warum sie von der Liste kommt</translation>
    </message>
    <message>
        <source>Take the selected entry off the list (leads it blocked stay do-not-call)</source>
        <translation>Den ausgewählten Eintrag von der Liste nehmen (von ihm gesperrte Leads bleiben „nicht anrufen“)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfe&amp;rnen</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>; only the newest are shown: search for more</source>
        <translation>; nur die neuesten werden angezeigt: suchen Sie nach weiteren</translation>
    </message>
    <message>
        <source>No entries yet: nobody is on the do-not-call list</source>
        <translation>Noch keine Einträge: niemand steht auf der Sperrliste</translation>
    </message>
    <message>
        <source>say why they must not be called</source>
        <translation>geben Sie an, warum sie nicht angerufen werden dürfen</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Bereits auf der Liste</translation>
    </message>
    <message>
        <source>; {leads} taken out of the queues</source>
        <translation>; {leads} aus den Warteschlangen genommen</translation>
    </message>
    <message>
        <source>{entries} added{blocked}</source>
        <translation>{entries} hinzugefügt{blocked}</translation>
    </message>
    <message>
        <source>choose the entry in the list first</source>
        <translation>wählen Sie zuerst den Eintrag in der Liste</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>geben Sie an, warum der Eintrag von der Liste kommt</translation>
    </message>
    <message>
        <source>The {kind} entry {value}… is off the list</source>
        <translation>Der {kind}-Eintrag {value}… ist nicht mehr auf der Liste</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>Put {value} ({value2}) on the do-not-call list? Nobody will call this phone number or e-mail again, on any lead.</source>
        <translation>{value} ({value2}) auf die Sperrliste setzen? Niemand wird diese Telefonnummer oder E-Mail-Adresse je wieder anrufen oder anschreiben, bei keinem Lead.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>keine Firma</translation>
    </message>
    <message>
        <source>Do-not-call reason</source>
        <translation>Sperrgrund</translation>
    </message>
    <message>
        <source>Do-not-call reason problem</source>
        <translation>Problem mit dem Sperrgrund</translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation>Auf die Sperrliste setzen</translation>
    </message>
    <message>
        <source>Confirm do not call</source>
        <translation>„Nicht anrufen“ bestätigen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the do-not-call entry.</source>
        <translation>Geben Sie den Grund an: er wird mit dem Sperrlisteneintrag gespeichert.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved work on lead {lead}</source>
        <translation>Nicht gespeicherte Arbeit an Lead {lead}</translation>
    </message>
    <message>
        <source>{company}, {contact}; typed {saved}</source>
        <translation>{company}, {contact}; eingegeben {saved}</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>keine Firma</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <source>Why the work cannot go back on the lead</source>
        <translation>Warum die Arbeit nicht zurück auf den Lead kann</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Notes from the draft</source>
        <translation>Notizen aus dem Entwurf</translation>
    </message>
    <message>
        <source>&amp;Also typed</source>
        <translation>&amp;Außerdem eingegeben</translation>
    </message>
    <message>
        <source>Nothing else.</source>
        <translation>Sonst nichts.</translation>
    </message>
    <message>
        <source>Also typed</source>
        <translation>Außerdem eingegeben</translation>
    </message>
    <message>
        <source>&amp;Copy notes</source>
        <translation>Notizen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved work on lead {lead} was not put back: another outcome was recorded on the lead since you typed it.</source>
        <translation>Ihre ungespeicherte Arbeit an Lead {lead} wurde nicht wiederhergestellt: Seit Sie sie eingegeben haben, wurde ein anderes Ergebnis für den Lead erfasst.</translation>
    </message>
    <message>
        <source>Your notes were: {notes}</source>
        <translation>Ihre Notizen waren: {notes}</translation>
    </message>
    <message>
        <source>You have unsaved work from {saved} on lead {lead} ({company}, {contact}). Restore it?</source>
        <translation>Sie haben ungespeicherte Arbeit vom {saved} an Lead {lead} ({company}, {contact}). Wiederherstellen?</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>keine Firma</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <source>Unsaved work on lead {lead} ({company}) waits in the Workspace</source>
        <translation>Ungespeicherte Arbeit an Lead {lead} ({company}) wartet im Arbeitsplatz</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Your unsaved work from {saved} on lead {lead} ({company}) cannot go back on the lead: {why}. View it to copy your notes.</source>
        <translation>Ihre nicht gespeicherte Arbeit vom {saved} an Lead {lead} ({company}) kann nicht zurück auf den Lead: {why}. Sehen Sie sie an, um Ihre Notizen zu kopieren.</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>keine Firma</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Ergebnis: {kind}</translation>
    </message>
    <message>
        <source>Call: {disposition}</source>
        <translation>Anruf: {disposition}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Callback at</source>
        <translation>Rückruf am</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Overruled because</source>
        <translation>Überstimmt, weil</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation>Leads hinter {title}</translation>
    </message>
    <message>
        <source>; the first {count} shown</source>
        <translation>; die ersten {count} werden angezeigt</translation>
    </message>
    <message>
        <source>{summary} — {title}{more}</source>
        <translation>{summary} — {title}{more}</translation>
    </message>
    <message>
        <source>Leads behind the figure</source>
        <translation>Leads hinter der Zahl</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>&amp;Datensatz öffnen</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>{upper} exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} nach {path} exportiert</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Ask for erasure</source>
        <translation>Löschung beantragen</translation>
    </message>
    <message>
        <source>Ask an administrator to erase the person of lead %1 everywhere. The request is kept in the audit.</source>
        <translation>Bitten Sie einen Administrator, die Person von Lead %1 überall zu löschen. Der Antrag wird im Audit festgehalten.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Eine Person löschen</translation>
    </message>
    <message>
        <source>Erase the person of lead %1 everywhere: leads, calls, answers, handoff packages, drafts and the audit&apos;s personal values. Their phone and e-mail stay on the do-not-call list as hashes only. This cannot be undone.</source>
        <translation>Die Person von Lead %1 überall löschen: Leads, Anrufe, Antworten, Übergabepakete, Entwürfe und die personenbezogenen Werte im Audit. Ihre Telefonnummer und E-Mail-Adresse bleiben nur als Hashes auf der Sperrliste. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Why: the person&apos;s request, its date and channel</source>
        <translation>Warum: der Antrag der Person, sein Datum und Kanal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Mir ist bewusst, dass dies nicht rückgängig gemacht werden kann</translation>
    </message>
    <message>
        <source>The person asked for it</source>
        <translation>Die Person hat es verlangt</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Antrag senden</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Say why the person is erased</source>
        <translation>Geben Sie an, warum die Person gelöscht wird</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>{field} problem</source>
        <translation>{field}: Problem</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Eligible now</source>
        <translation>Jetzt verfügbar</translation>
    </message>
    <message>
        <source>Leased now</source>
        <translation>Jetzt in Bearbeitung</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rückrufe</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Vertriebsbereit</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Versuche heute</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Kontakte heute</translation>
    </message>
    <message>
        <source>Qualified today</source>
        <translation>Qualifiziert heute</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Neue Leads</translation>
    </message>
    <message>
        <source>Merged into existing leads</source>
        <translation>Mit bestehenden Leads zusammengeführt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>Do-not-call</source>
        <translation>Sperrliste</translation>
    </message>
</context>
<context>
    <name>FirmographicsPanel</name>
    <message>
        <source>Firmographic reference data</source>
        <translation>Firmografische Referenzdaten</translation>
    </message>
    <message>
        <source>A file of companies or web domains with their employees, annual revenue and industry fills what leads lack (each value keeps its source) and re-scores the leads not yet worked.</source>
        <translation>Eine Datei mit Firmen oder Webdomains und ihren Mitarbeitern, ihrem Jahresumsatz und ihrer Branche ergänzt, was Leads fehlt (jeder Wert behält seine Quelle), und bewertet die noch nicht bearbeiteten Leads neu.</translation>
    </message>
    <message>
        <source>CSV or XLSX: company and/or domain, employees …</source>
        <translation>CSV oder XLSX: Firma und/oder Domain, Mitarbeiter …</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Referenzdatei</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>optional: where the data comes from</source>
        <translation>optional: woher die Daten stammen</translation>
    </message>
    <message>
        <source>Loa&amp;d reference data</source>
        <translation>Referenzdaten &amp;einlesen</translation>
    </message>
    <message>
        <source>Loading reference data</source>
        <translation>Referenzdaten werden eingelesen</translation>
    </message>
    <message>
        <source>Reference data result</source>
        <translation>Ergebnis der Referenzdaten</translation>
    </message>
    <message>
        <source>Reference fi&amp;le:</source>
        <translation>&amp;Referenzdatei:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>{rows}: {loaded}, {updated}, {rejected} (source: {source}).</source>
        <translation>{rows}: {loaded}, {updated}, {rejected} (Quelle: {source}).</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} aktualisiert</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} abgelehnt</translation>
    </message>
    <message>
        <source>{leads}, {rescored} of them re-scored.</source>
        <translation>{leads}, davon {rescored} neu bewertet.</translation>
    </message>
    <message>
        <source>{leads} and re-scored.</source>
        <translation>{leads} und neu bewertet.</translation>
    </message>
    <message>
        <source>{leads}, not re-scored (already worked).</source>
        <translation>{leads}, nicht neu bewertet (bereits bearbeitet).</translation>
    </message>
    <message>
        <source>Rejected rows and why: {path}</source>
        <translation>Abgelehnte Zeilen und warum: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Qualifier — set up a center</source>
        <translation>Qualifier — ein Center einrichten</translation>
    </message>
    <message>
        <source>Set up your Qualifying Center</source>
        <translation>Richten Sie Ihr Qualifizierungscenter ein</translation>
    </message>
    <message>
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made wherever no calling rule of a place&apos;s own applies (the US and some of its states have theirs: Calling rules area), and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation>Diese Datenbank hat noch keine Benutzer ({description}). Benennen Sie das Center, legen Sie fest, wann angerufen werden darf, wo kein Ort eine eigene Anrufregel hat (die USA und einige ihrer Bundesstaaten haben ihre: Bereich Anrufregeln), und erstellen Sie den ersten Administrator mit einem ersten Team und einer ersten Warteschlange. Alles Weitere lässt sich danach in der App hinzufügen.</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>z. B. Qualifizierungscenter Lissabon</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>worin jeder Betrag gerechnet wird, z. B. EUR</translation>
    </message>
    <message>
        <source>e.g. ada.admin</source>
        <translation>z. B. ada.admin</translation>
    </message>
    <message>
        <source>optional, e.g. Ada Lovelace</source>
        <translation>optional, z. B. Ada Lovelace</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>mindestens 10 Zeichen</translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation>Center &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Center name</source>
        <translation>&amp;Name des Centers</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>Anruf&amp;fenster</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <source>Administrator &amp;login</source>
        <translation>Administrator-&amp;Login</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>Passwort wie&amp;derholen</translation>
    </message>
    <message>
        <source>First t&amp;eam</source>
        <translation>Erstes &amp;Team</translation>
    </message>
    <message>
        <source>First &amp;queue</source>
        <translation>Erste &amp;Warteschlange</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>das Center braucht einen Namen</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s login</source>
        <translation>wählen Sie das Login des Administrators</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s password</source>
        <translation>wählen Sie das Passwort des Administrators</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same one twice</source>
        <translation>die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe ein</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
</context>
<context>
    <name>FlaggedDeliveries</name>
    <message>
        <source>Deliveries waiting for a person</source>
        <translation>Zustellungen, die auf eine Person warten</translation>
    </message>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation>was der Partner sagte (wird im Audit festgehalten)</translation>
    </message>
    <message>
        <source>What the partner said</source>
        <translation>Was der Partner sagte</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Als &amp;zugestellt markieren</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>address refused: correct it in the directory, then send again</source>
        <translation>Adresse abgelehnt: im Verzeichnis korrigieren, dann erneut senden</translation>
    </message>
    <message>
        <source>may have reached the partner</source>
        <translation>möglicherweise beim Partner angekommen</translation>
    </message>
    <message>
        <source>1 delivery waits for a person: ask the partner about the Message-ID (or give it a working address), then mark it delivered or send it again.</source>
        <translation>1 Zustellung wartet auf eine Person: Fragen Sie den Partner nach der Message-ID (oder geben Sie ihm eine funktionierende Adresse) und markieren Sie sie dann als zugestellt oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>{count} deliveries wait for a person: ask the partner about the Message-ID (or give it a working address), then mark one delivered or send it again.</source>
        <translation>{count} Zustellungen warten auf eine Person: Fragen Sie den Partner nach der Message-ID (oder geben Sie ihm eine funktionierende Adresse) und markieren Sie dann eine als zugestellt oder senden Sie sie erneut.</translation>
    </message>
    <message>
        <source>message refused by the mail server: have it let through, then send again, or hand the lead over another way and mark it delivered</source>
        <translation>Nachricht vom Mailserver abgelehnt: lassen Sie sie freigeben und senden Sie sie erneut, oder übergeben Sie den Lead auf anderem Weg und markieren Sie ihn als zugestellt</translation>
    </message>
    <message>
        <source>the lead went do-not-call: not sent</source>
        <translation>der Lead wurde auf die Sperrliste gesetzt: nicht gesendet</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Wählen Sie zuerst eine Zustellung aus.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Handoff {handoff} marked delivered; its SLA starts now.</source>
        <translation>Übergabe {handoff} als zugestellt markiert; ihr SLA beginnt jetzt.</translation>
    </message>
    <message>
        <source>Handoff {handoff} sent again.</source>
        <translation>Übergabe {handoff} erneut gesendet.</translation>
    </message>
    <message>
        <source>Handoff {handoff} not sent: {problem}</source>
        <translation>Übergabe {handoff} nicht gesendet: {problem}</translation>
    </message>
</context>
<context>
    <name>FormAndJson</name>
    <message>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
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
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Select a handoff to see why it went to its partner.</source>
        <translation>Wählen Sie eine Übergabe, um zu sehen, warum sie an ihren Partner ging.</translation>
    </message>
    <message>
        <source>why rejected or lost</source>
        <translation>warum abgelehnt oder verloren</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation>Aktualisierung &amp;erfassen</translation>
    </message>
    <message>
        <source>Back to &amp;nurture</source>
        <translation>Zurück ins &amp;Nurturing</translation>
    </message>
    <message>
        <source>&amp;Pipeline value</source>
        <translation>&amp;Pipeline-Wert</translation>
    </message>
    <message>
        <source>Won re&amp;venue</source>
        <translation>Gewonnener &amp;Umsatz</translation>
    </message>
    <message>
        <source>&amp;Close date</source>
        <translation>Abschluss&amp;datum</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Warum dieser Partner</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>Wartet auf Zustellung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Show handoffs</source>
        <translation>Übergaben anzeigen</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>e.g. 48000</source>
        <translation>z. B. 48000</translation>
    </message>
    <message>
        <source>e.g. 45000</source>
        <translation>z. B. 45000</translation>
    </message>
    <message>
        <source>New st&amp;atus</source>
        <translation>Neue&amp;r Status</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Partner-Feedback</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors enter feedback.</source>
        <translation>Nur Channel-Manager und Supervisoren erfassen Feedback.</translation>
    </message>
    <message>
        <source>Handoff {handoff} to {partner} ({rep})</source>
        <translation>Übergabe {handoff} an {partner} ({rep})</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>kein Mitarbeiter</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Verloren: {reason}</translation>
    </message>
    <message>
        <source>Lead status: {status}</source>
        <translation>Lead-Status: {status}</translation>
    </message>
    <message>
        <source>Handoff: {status}.</source>
        <translation>Übergabe: {status}.</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Wählen Sie zuerst eine Übergabe aus.</translation>
    </message>
    <message>
        <source>Handoff {id} is {status}; the lead is {replace}.</source>
        <translation>Übergabe {id} ist {status}; der Lead ist {replace}.</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Choose a rule to see its holidays</source>
        <translation>Wählen Sie eine Regel, um ihre Feiertage zu sehen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>optional, e.g. Christmas Day</source>
        <translation>optional, z. B. Erster Weihnachtstag</translation>
    </message>
    <message>
        <source>Holidays: no calls on these dates</source>
        <translation>Feiertage: keine Anrufe an diesen Tagen</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Feiertag hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Holiday na&amp;me</source>
        <translation>&amp;Name des Feiertags</translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation>Feiertag &amp;entfernen</translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation>Feiertage von {value}</translation>
    </message>
    <message>
        <source>every place (default)</source>
        <translation>alle Orte (Standard)</translation>
    </message>
    <message>
        <source>listed through {year}: from {day} this place&apos;s leads wait until that year&apos;s holidays are added</source>
        <translation>erfasst bis {year}: ab dem {day} warten die Leads dieses Orts, bis die Feiertage jenes Jahres eingetragen sind</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Liste &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Es wurde noch nichts importiert.</translation>
    </message>
    <message>
        <source>{file}, started {started} ({status}): {what_to_do}</source>
        <translation>{file}, begonnen {started} ({status}): {what_to_do}</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import inquiries</source>
        <translation>Anfragen importieren</translation>
    </message>
    <message>
        <source>CSV (any delimiter or encoding) or XLSX file</source>
        <translation>CSV-Datei (beliebiges Trennzeichen oder Encoding) oder XLSX-Datei</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>optional: the campaign every row belongs to</source>
        <translation>optional: die Kampagne, zu der jede Zeile gehört</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Country of the file</source>
        <translation>Land der Datei</translation>
    </message>
    <message>
        <source>optional: rows that name no country are read as from this one</source>
        <translation>optional: Zeilen ohne Land werden als aus diesem Land gelesen</translation>
    </message>
    <message>
        <source>Rows with no country, or an empty one, are read as written in this country (national phone numbers, dates) and get it as their country. A row&apos;s own country, or a phone number in +international form, wins. Leave it empty when the rows say their own country.</source>
        <translation>Zeilen ohne Land oder mit leerem Land werden gelesen, wie sie in diesem Land geschrieben werden (nationale Telefonnummern, Datumsangaben), und erhalten es als ihr Land. Das eigene Land einer Zeile oder eine Telefonnummer in internationaler Form (+…) hat Vorrang. Leer lassen, wenn die Zeilen ihr Land selbst angeben.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>C&amp;ountry of the file:</source>
        <translation>&amp;Land der Datei:</translation>
    </message>
    <message>
        <source>Check how each column is read. Recognised headers are mapped already; choose “ignore” for columns Qualifier should not read.</source>
        <translation>Prüfen Sie, wie jede Spalte gelesen wird. Erkannte Überschriften sind bereits zugeordnet; wählen Sie „ignorieren“ für Spalten, die Qualifier nicht lesen soll.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>&amp;Weitere Datei importieren</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose a file</source>
        <translation>Schritt 1 von 4: Datei wählen</translation>
    </message>
    <message>
        <source>Step 3 of 4: importing</source>
        <translation>Schritt 3 von 4: Import läuft</translation>
    </message>
    <message>
        <source>Step 4 of 4: summary</source>
        <translation>Schritt 4 von 4: Zusammenfassung</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Wählen Sie die zu importierende Datei.</translation>
    </message>
    <message>
        <source>Read {column} as</source>
        <translation>{column} lesen als</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(diese Spalte ignorieren)</translation>
    </message>
    <message>
        <source>Inquiry dates and times without a zone are read on the center&apos;s clock ({zone}); one with an offset or a zone (10:00 -0500, 10:00 CET) as it says.</source>
        <translation>Anfragedaten und -zeiten ohne Zeitzone werden nach der Uhr des Centers gelesen ({zone}); eine mit Versatz oder Zone (10:00 -0500, 10:00 MEZ) so, wie sie dasteht.</translation>
    </message>
    <message>
        <source>{field} is read from {columns}, in this order: the first valid one is taken, the others are kept on the lead&apos;s touch.</source>
        <translation>{field} wird aus {columns} gelesen, in dieser Reihenfolge: der erste gültige Wert wird übernommen, die anderen bleiben beim Kontakt des Leads.</translation>
    </message>
    <message>
        <source>Several columns are read as {join}.</source>
        <translation>Mehrere Spalten werden als {join} gelesen.</translation>
    </message>
    <message>
        <source>Cancelling after the rows being stored now…</source>
        <translation>Abbruch nach den Zeilen, die gerade gespeichert werden…</translation>
    </message>
    <message>
        <source>{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected</source>
        <translation>{done} von {total} Zeilen: {imported} neu, {merged} zusammengeführt, {rejected} abgelehnt</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>Der Import wurde angehalten: {message}</translation>
    </message>
    <message>
        <source>Cancelled after {plural}. What was stored stays; import the same file again to continue where it stopped.</source>
        <translation>Abgebrochen nach {plural}. Das Gespeicherte bleibt erhalten; importieren Sie dieselbe Datei erneut, um dort fortzufahren, wo der Import stehen blieb.</translation>
    </message>
    <message>
        <source> {count} row was kept with a flagged value (see its touch).</source>
        <translation> {count} Zeile wurde mit einem markierten Wert übernommen (siehe ihren Kontakt).</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>Schritt 2 von 4: Spalten prüfen</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {rows}</source>
        <translation>Schritt 2 von 4: Spalten prüfen — {file_name}, {rows}</translation>
    </message>
    <message>
        <source>{file} is imported: {accounting}.</source>
        <translation>{file} ist importiert: {accounting}.</translation>
    </message>
    <message>
        <source> Rows naming no country were read as from {country}.</source>
        <translation> Zeilen ohne Land wurden als aus {country} gelesen.</translation>
    </message>
    <message>
        <source> {count} rows were kept with a flagged value (see their touches).</source>
        <translation> {count} Zeilen wurden mit einem markierten Wert übernommen (siehe ihre Kontakte).</translation>
    </message>
    <message>
        <source>New leads by queue: {queues}</source>
        <translation>Neue Leads nach Warteschlange: {queues}</translation>
    </message>
    <message>
        <source>New queue: {queue} (named by the scoring rules).</source>
        <translation>Neue Warteschlange: {queue} (von den Bewertungsregeln genannt).</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Warnung: {warning}.</translation>
    </message>
    <message>
        <source>Every rejected row and why: {rejects_file}</source>
        <translation>Jede abgelehnte Zeile und der Grund: {rejects_file}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Firmographics</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Partner-Feedback</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>not on this computer: {path}</source>
        <translation>nicht auf diesem Computer: {path}</translation>
    </message>
    <message>
        <source>purged (retention period over)</source>
        <translation>gelöscht (Aufbewahrungsfrist abgelaufen)</translation>
    </message>
    <message>
        <source>not written (the import stopped)</source>
        <translation>nicht geschrieben (der Import brach ab)</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Campaign and source</source>
        <translation>Kampagne und Quelle</translation>
    </message>
    <message>
        <source>Score and segment</source>
        <translation>Punktzahl und Segment</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Frühere Versuche</translation>
    </message>
    <message>
        <source>Why the lead came back</source>
        <translation>Warum der Lead zurückkam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Kein Lead geöffnet</translation>
    </message>
    <message>
        <source>Press Ctrl+N for the next lead.</source>
        <translation>Drücken Sie Strg+N für den nächsten Lead.</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(keine Firma)</translation>
    </message>
    <message>
        <source>inquired {day}</source>
        <translation>Anfrage vom {day}</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>keine Kampagne</translation>
    </message>
    <message>
        <source>segment unknown</source>
        <translation>Segment unbekannt</translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} · consent {consent} · {where}</source>
        <translation>Punkte {score} · {segment} · {attempts} · Einwilligung {consent} · {where}</translation>
    </message>
    <message>
        <source>Asked for: {inquiry}</source>
        <translation>Anfrage: {inquiry}</translation>
    </message>
    <message>
        <source>No inquiry text recorded</source>
        <translation>Kein Anfragetext erfasst</translation>
    </message>
    <message>
        <source>revenue {amount} {currency}</source>
        <translation>Umsatz {amount} {currency}</translation>
    </message>
    <message>
        <source>interest: {product}</source>
        <translation>Interesse: {product}</translation>
    </message>
    <message>
        <source>{plural}: {touches}</source>
        <translation>{plural}: {touches}</translation>
    </message>
    <message>
        <source>Earlier attempts:</source>
        <translation>Frühere Versuche:</translation>
    </message>
    <message>
        <source>First call to this lead</source>
        <translation>Erster Anruf bei diesem Lead</translation>
    </message>
    <message>
        <source>Came back to the center.
{past_text}</source>
        <translation>Ist ins Center zurückgekehrt.
{past_text}</translation>
    </message>
</context>
<context>
    <name>LeadRecordDialog</name>
    <message>
        <source>Last outcome: {outcome}</source>
        <translation>Letztes Ergebnis: {outcome}</translation>
    </message>
    <message>
        <source>Nurture reason: {reason}</source>
        <translation>Nurturing-Grund: {reason}</translation>
    </message>
    <message>
        <source>Partner: {reason}</source>
        <translation>Partner: {reason}</translation>
    </message>
    <message>
        <source>Earlier BANT answers: {day} on {script}, grade {grade}</source>
        <translation>Frühere BANT-Antworten: {day} mit {script}, Note {grade}</translation>
    </message>
    <message>
        <source>Lead record</source>
        <translation>Lead-Datensatz</translation>
    </message>
    <message>
        <source>Loading the lead record…</source>
        <translation>Lead-Datensatz wird geladen…</translation>
    </message>
    <message>
        <source>Take as &amp;inbound call</source>
        <translation>Als &amp;eingehenden Anruf annehmen</translation>
    </message>
    <message>
        <source>The prospect is calling: take the lead now, whatever its calling window</source>
        <translation>Der Interessent ruft an: Lead jetzt übernehmen, unabhängig von seinem Anruffenster</translation>
    </message>
    <message>
        <source>Take and call &amp;out</source>
        <translation>Übernehmen und an&amp;rufen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
        <translation>Telefon {phone}    E-Mail {email}</translation>
    </message>
    <message>
        <source>Status {status}    Score {score}    Grade {grade}    Attempts {attempts}    Campaign {campaign}</source>
        <translation>Status {status}    Score {score}    Note {grade}    Versuche {attempts}    Kampagne {campaign}</translation>
    </message>
    <message>
        <source>Being worked by {rep}</source>
        <translation>Wird bearbeitet von {rep}</translation>
    </message>
    <message>
        <source>Assigned to {rep}</source>
        <translation>Zugewiesen an {rep}</translation>
    </message>
    <message>
        <source>Inquiry: {inquiry}</source>
        <translation>Anfrage: {inquiry}</translation>
    </message>
    <message>
        <source>Consent on the call: {consent}</source>
        <translation>Einwilligung im Anruf: {consent}</translation>
    </message>
    <message>
        <source>Came back to the center.</source>
        <translation>Ist ins Center zurückgekommen.</translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation>Der Lead-Datensatz konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>our products</source>
        <translation>unsere Produkte</translation>
    </message>
    <message>
        <source>our partner</source>
        <translation>unser Partner</translation>
    </message>
    <message>
        <source>the callback time is not a date and time</source>
        <translation>die Rückrufzeit ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation>wählen Sie zuerst ein Ergebnis</translation>
    </message>
    <message>
        <source>the recycle date is not a date</source>
        <translation>das Wiedervorlagedatum ist kein Datum</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>lease until {at}</source>
        <translation>reserviert bis {at}</translation>
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
        <translation>Die Datenbank ist nicht erreichbar: {problem}. Nichts Eingegebenes geht verloren; der Lead bleibt offen und die Verbindung wird erneut versucht.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>Prospect&apos;s local time</source>
        <translation>Ortszeit des Interessenten</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Anruffenster</translation>
    </message>
    <message>
        <source>Your own time</source>
        <translation>Ihre eigene Zeit</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Gesprächstimer</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Kein Lead geöffnet</translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation>Anruf 00:00</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>On call 00:00</source>
        <translation>Im Gespräch 00:00</translation>
    </message>
    <message>
        <source>Talked {m:02d}:{s:02d}</source>
        <translation>Gesprochen {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>… {count} more time zones in between</source>
        <translation>… {count} weitere Zeitzonen dazwischen</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>Your time {time} {zone}</source>
        <translation>Ihre Zeit {time} {zone}</translation>
    </message>
    <message>
        <source>On call {m:02d}:{s:02d}</source>
        <translation>Im Gespräch {m:02d}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Qualifier — sign in</source>
        <translation>Qualifier — Anmeldung</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Qualifying Center — sign in to your workstation</source>
        <translation>Qualifizierungscenter — melden Sie sich an Ihrem Arbeitsplatz an</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>z. B. rita.rep</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Database: {description}</source>
        <translation>Datenbank: {description}</translation>
    </message>
    <message>
        <source>Cannot work with this database.</source>
        <translation>Mit dieser Datenbank kann nicht gearbeitet werden.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Choose a new password to sign in: yours was reset.</source>
        <translation>Wählen Sie ein neues Passwort, um sich anzumelden: Ihres wurde zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Find a lead</source>
        <translation>Lead suchen</translation>
    </message>
    <message>
        <source>Phone (any format), e-mail, name or company — then Enter</source>
        <translation>Telefon (beliebiges Format), E-Mail, Name oder Firma — dann Eingabe</translation>
    </message>
    <message>
        <source>Problem with the search</source>
        <translation>Problem bei der Suche</translation>
    </message>
    <message>
        <source>What was searched</source>
        <translation>Wonach gesucht wurde</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Gefundene Leads</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No lead found ({understood_as}).</source>
        <translation>Kein Lead gefunden ({understood_as}).</translation>
    </message>
    <message>
        <source> — more match; type more to narrow it down</source>
        <translation> — weitere Treffer; tippen Sie mehr, um einzugrenzen</translation>
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
        <translation>Wartet in einem anderen Bereich</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Uhrzeitwarnung</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>{note}: {key} shows it</source>
        <translation>{note}: {key} zeigt sie</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>{area} anzeigen</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation>⚠ Uhr weicht ab</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>You still hold {held}. Give it back to the queue? What you typed stays on this workstation as a draft.</source>
        <translation>Sie halten noch {held}. An die Warteschlange zurückgeben? Was Sie eingegeben haben, bleibt als Entwurf auf diesem Arbeitsplatz.</translation>
    </message>
    <message>
        <source>&amp;Release the lead and continue</source>
        <translation>Lead f&amp;reigeben und fortfahren</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Giving {held} back…</source>
        <translation>{held} wird zurückgegeben…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{text}: answer yes or no</source>
        <translation>{text}: antworten Sie mit Ja oder Nein</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not one of the options</source>
        <translation>{text}: {raw!r} ist keine der Optionen</translation>
    </message>
    <message>
        <source>{text}: {join} is not one of the options</source>
        <translation>{text}: {join} ist keine der Optionen</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a number</source>
        <translation>{text}: {raw!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>{text}: at most two decimals</source>
        <translation>{text}: höchstens zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>{text}: must be at least {floor}</source>
        <translation>{text}: muss mindestens {floor} sein</translation>
    </message>
    <message>
        <source>{text}: must be at most {maximum}</source>
        <translation>{text}: darf höchstens {maximum} sein</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text}: {raw!r} ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>script {script}: {where}: {problem}</source>
        <translation>Skript {script}: {where}: {problem}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} Std. {minutes:02d} Min.</translation>
    </message>
    <message>
        <source>Calling not allowed now · window {window} · opens in {wait}</source>
        <translation>Anrufen jetzt nicht erlaubt · Zeitfenster {window} · öffnet in {wait}</translation>
    </message>
    <message>
        <source>Time zone unknown: do not call until it is known</source>
        <translation>Zeitzone unbekannt: nicht anrufen, bis sie bekannt ist</translation>
    </message>
    <message>
        <source>Calling allowed · window {window} · closes in {left}</source>
        <translation>Anrufen erlaubt · Zeitfenster {window} · schließt in {left}</translation>
    </message>
    <message>
        <source>Calling not allowed · window {window} never opens in every zone</source>
        <translation>Anrufen nicht erlaubt · Zeitfenster {window} ist nie in allen Zonen offen</translation>
    </message>
    <message>
        <source>calling rule {place}: weekdays {weekdays!r} must be ISO day digits</source>
        <translation>Anrufregel {place}: Wochentage {weekdays!r} müssen ISO-Tagesziffern sein</translation>
    </message>
    <message>
        <source>calling rule {place}: a call cap must be at least 1</source>
        <translation>Anrufregel {place}: eine Anrufobergrenze muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>a calling window must start before it ends ({text})</source>
        <translation>ein Anruffenster muss beginnen, bevor es endet ({text})</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>unbekannte Zeitzone {name!r}</translation>
    </message>
    <message>
        <source>calling window {text!r} is not of the form HH:MM-HH:MM</source>
        <translation>Anruffenster {text!r} hat nicht die Form HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>unknown status {strip!r}; use one of {known}</source>
        <translation>unbekannter Status {strip!r}; verwenden Sie einen von {known}</translation>
    </message>
    <message>
        <source>a partner cannot set a handoff to {value}</source>
        <translation>ein Partner kann eine Übergabe nicht auf {value} setzen</translation>
    </message>
    <message>
        <source>this handoff has not been delivered to the partner yet</source>
        <translation>diese Übergabe wurde dem Partner noch nicht zugestellt</translation>
    </message>
    <message>
        <source>the partner let this handoff expire; the lead went to another partner</source>
        <translation>der Partner hat diese Übergabe verfallen lassen; der Lead ging an einen anderen Partner</translation>
    </message>
    <message>
        <source>this handoff is closed as {value}; it cannot become {target}</source>
        <translation>diese Übergabe ist als {value} abgeschlossen; sie kann nicht {target} werden</translation>
    </message>
    <message>
        <source>an active opportunity cannot be rejected any more; report it lost</source>
        <translation>eine aktive Opportunity kann nicht mehr abgelehnt werden; melden Sie sie als verloren</translation>
    </message>
    <message>
        <source>a handoff that is {value} cannot go back to {value2}</source>
        <translation>eine Übergabe mit Status {value} kann nicht zurück zu {value2}</translation>
    </message>
    <message>
        <source>{replace} must be zero or more</source>
        <translation>{replace} muss null oder mehr sein</translation>
    </message>
    <message>
        <source>{replace} has more than two decimals</source>
        <translation>{replace} hat mehr als zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>say why the lead was {value}</source>
        <translation>geben Sie an, warum der Lead {value} wurde</translation>
    </message>
    <message>
        <source>an active opportunity needs its pipeline value</source>
        <translation>eine aktive Opportunity braucht ihren Pipeline-Wert</translation>
    </message>
    <message>
        <source>the close date {closed_on} is in the future</source>
        <translation>das Abschlussdatum {closed_on} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>{replace} {strip!r} is not an amount</source>
        <translation>{replace} {strip!r} ist kein Betrag</translation>
    </message>
    <message>
        <source>{replace} {cleaned!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{replace} {cleaned!r} ist kein Datum (verwenden Sie JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>a won lead needs its revenue</source>
        <translation>ein gewonnener Lead braucht seinen Umsatz</translation>
    </message>
    <message>
        <source>a won lead needs its close date</source>
        <translation>ein gewonnener Lead braucht sein Abschlussdatum</translation>
    </message>
    <message>
        <source>{channel}: {answer} ({when} UTC, {rep}, {script})</source>
        <translation>{channel}: {answer} ({when} UTC, {rep}, {script})</translation>
    </message>
    <message>
        <source>recording notice given</source>
        <translation>Hinweis auf Aufzeichnung gegeben</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation>Kontakt per Telefon</translation>
    </message>
    <message>
        <source>contact by e-mail</source>
        <translation>Kontakt per E-Mail</translation>
    </message>
    <message>
        <source>passing the details to a partner</source>
        <translation>Weitergabe der Daten an einen Partner</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>Festnetz oder Mobil</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gebührenfrei</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>Premium-Dienst</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>geteilte Kosten</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>persönliche Nummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Voicemail</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>{international} · national {national} · {type} · {zones}</source>
        <translation>{international} · national {national} · {type} · {zones}</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
    <message>
        <source>{phone!r} is not a number that can be dialled</source>
        <translation>{phone!r} ist keine wählbare Nummer</translation>
    </message>
    <message>
        <source>no column is recognised as a name or company; map one</source>
        <translation>keine Spalte wird als Name oder Firma erkannt; ordnen Sie eine zu</translation>
    </message>
    <message>
        <source>the mapping names a column {title!r} that the file does not have</source>
        <translation>die Zuordnung nennt eine Spalte {title!r}, die die Datei nicht hat</translation>
    </message>
    <message>
        <source>the mapping gives column {title!r} an unknown field {name!r}; known fields: {join}</source>
        <translation>die Zuordnung gibt Spalte {title!r} ein unbekanntes Feld {name!r}; bekannte Felder: {join}</translation>
    </message>
    <message>
        <source>a lead that is {label} cannot become {label2}</source>
        <translation>ein Lead mit Status {label} kann nicht {label2} werden</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>sales ready</source>
        <translation>vertriebsbereit</translation>
    </message>
    <message>
        <source>handed off</source>
        <translation>übergeben</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>Kontrollanruf</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>disqualifiziert</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>nicht anrufen</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>choose how the call went: no answer, busy, voicemail …</source>
        <translation>wählen Sie, wie der Anruf verlief: keine Antwort, besetzt, Voicemail …</translation>
    </message>
    <message>
        <source>pick the date and time of the callback</source>
        <translation>wählen Sie Datum und Uhrzeit des Rückrufs</translation>
    </message>
    <message>
        <source>the callback time has no time zone</source>
        <translation>die Rückrufzeit hat keine Zeitzone</translation>
    </message>
    <message>
        <source>the callback time has passed; pick a later one</source>
        <translation>die Rückrufzeit ist vorbei; wählen Sie eine spätere</translation>
    </message>
    <message>
        <source>a callback can be at most three months ahead</source>
        <translation>ein Rückruf kann höchstens drei Monate im Voraus liegen</translation>
    </message>
    <message>
        <source>say why the lead is disqualified</source>
        <translation>geben Sie an, warum der Lead disqualifiziert wird</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Kein Kontakt</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rückruf</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Vertriebsbereit</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nurturing</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifizieren</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Nicht anrufen</translation>
    </message>
    <message>
        <source>say why the lead goes to nurture</source>
        <translation>geben Sie an, warum der Lead ins Nurturing geht</translation>
    </message>
    <message>
        <source>pick the date to call this lead again</source>
        <translation>wählen Sie das Datum, an dem dieser Lead erneut angerufen wird</translation>
    </message>
    <message>
        <source>the recycle date must be after today</source>
        <translation>das Wiedervorlagedatum muss nach heute liegen</translation>
    </message>
    <message>
        <source>{label} must be at least {low}</source>
        <translation>{label} muss mindestens {low} sein</translation>
    </message>
    <message>
        <source>name at least one country or region the partner covers</source>
        <translation>nennen Sie mindestens ein Land oder eine Region, die der Partner abdeckt</translation>
    </message>
    <message>
        <source>an active partner needs at least one active sales rep to send leads to</source>
        <translation>ein aktiver Partner braucht mindestens einen aktiven Vertriebsmitarbeiter, an den Leads gesendet werden</translation>
    </message>
    <message>
        <source>the partner needs a name</source>
        <translation>der Partner braucht einen Namen</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>der Name ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>tier {tier!r} is unknown; use {join}</source>
        <translation>Stufe {tier!r} ist unbekannt; verwenden Sie {join}</translation>
    </message>
    <message>
        <source>the acceptance SLA (hours) is missing</source>
        <translation>das Annahme-SLA (Stunden) fehlt</translation>
    </message>
    <message>
        <source>the acceptance SLA must be at most {MAX_SLA_HOURS} hours</source>
        <translation>das Annahme-SLA darf höchstens {MAX_SLA_HOURS} Stunden betragen</translation>
    </message>
    <message>
        <source>{label} {strip!r} is not a whole number</source>
        <translation>{label} {strip!r} ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>{region!r} is not a region; write country-region, like US-CA</source>
        <translation>{region!r} ist keine Region; schreiben Sie Land-Region, wie US-CA</translation>
    </message>
    <message>
        <source>{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)</source>
        <translation>{raw!r} ist kein Postleitzahl-Präfix (wie 941 oder US:941 für ein Land)</translation>
    </message>
    <message>
        <source>sales rep e-mail {strip!r} is not valid: {reason}</source>
        <translation>E-Mail des Vertriebsmitarbeiters {strip!r} ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>sales rep {normalized} is listed twice</source>
        <translation>Vertriebsmitarbeiter {normalized} ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>segment {segment!r} is unknown; use {join}</source>
        <translation>Segment {segment!r} ist unbekannt; verwenden Sie {join}</translation>
    </message>
    <message>
        <source>{subject} went to {partner} on {at:%Y-%m-%d}, but it is not eligible for this lead now</source>
        <translation>{subject} ging am {at:%Y-%m-%d} an {partner}, der jetzt für diesen Lead nicht in Frage kommt</translation>
    </message>
    <message>
        <source>the same company</source>
        <translation>dieselbe Firma</translation>
    </message>
    <message>
        <source>the same contact</source>
        <translation>dieselbe Kontaktperson</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>der Zeitraum beginnt ({start}) nach seinem Ende ({end})</translation>
    </message>
    <message>
        <source>{label} is not a no-contact disposition</source>
        <translation>{label} ist kein Ergebnis ohne Kontakt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Nachricht hinterlassen</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Falsche Nummer</translation>
    </message>
    <message>
        <source>Bad number</source>
        <translation>Ungültige Nummer</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>[retry] max_attempts must be at least 1</source>
        <translation>[retry] max_attempts muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>[retry] nurture_recycle_days must be at least 1</source>
        <translation>[retry] nurture_recycle_days muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>[retry] delays_minutes: {name!r} is not a no-contact disposition ({known})</source>
        <translation>[retry] delays_minutes: {name!r} ist kein Ergebnis ohne Kontakt ({known})</translation>
    </message>
    <message>
        <source>[retry] delays_minutes.{name}: every delay must be positive minutes</source>
        <translation>[retry] delays_minutes.{name}: jede Verzögerung muss eine positive Anzahl Minuten sein</translation>
    </message>
    <message>
        <source>{login} ({lower}) may not {value}</source>
        <translation>{login} ({lower}) darf nicht {value}</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>login {login!r} must start with a letter and use only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (2 to 64 characters)</source>
        <translation>Login {login!r} muss mit einem Buchstaben beginnen und darf nur a-z, 0-9, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; enthalten (2 bis 64 Zeichen)</translation>
    </message>
    <message>
        <source>{login} is deactivated; ask an administrator</source>
        <translation>{login} ist deaktiviert; wenden Sie sich an einen Administrator</translation>
    </message>
    <message>
        <source>this database has an administrator; act as one with --as LOGIN</source>
        <translation>diese Datenbank hat einen Administrator; handeln Sie als dieser mit --as LOGIN</translation>
    </message>
    <message>
        <source>a user {login!r} exists already</source>
        <translation>ein Benutzer {login!r} existiert bereits</translation>
    </message>
    <message>
        <source>unknown login or wrong password</source>
        <translation>unbekannter Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>covers the lead&apos;s country and segment (simulated history)</source>
        <translation>deckt Land und Segment des Leads ab (simuliert)</translation>
    </message>
    <message>
        <source>SLA ran out</source>
        <translation>SLA abgelaufen</translation>
    </message>
    <message>
        <source>Grade {grade} — {recommendation}: {reason} ({points})</source>
        <translation>Note {grade} — {recommendation}: {reason} ({points})</translation>
    </message>
    <message>
        <source>passed the {segment} rules for grade {grade}</source>
        <translation>erfüllt die {segment}-Regeln für Note {grade}</translation>
    </message>
    <message>
        <source>no real interest ({short})</source>
        <translation>kein echtes Interesse ({short})</translation>
    </message>
    <message>
        <source>no real interest</source>
        <translation>kein echtes Interesse</translation>
    </message>
    <message>
        <source>{dimension} {points} of {need}</source>
        <translation>{dimension} {points} von {need}</translation>
    </message>
    <message>
        <source>the prospect asked to talk at another time</source>
        <translation>der Interessent möchte zu einer anderen Zeit sprechen</translation>
    </message>
    <message>
        <source>not sales-ready yet ({short})</source>
        <translation>noch nicht vertriebsreif ({short})</translation>
    </message>
    <message>
        <source>not sales-ready yet</source>
        <translation>noch nicht vertriebsreif</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>the script does not validate: {problem}</source>
        <translation>das Skript ist nicht gültig: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}, question {question}: {problem}</source>
        <translation>Bildschirm {screen}, Frage {question}: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}: {problem}</source>
        <translation>Bildschirm {screen}: {problem}</translation>
    </message>
    <message>
        <source>question {question}: {problem}</source>
        <translation>Frage {question}: {problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (und {count} weitere)</translation>
    </message>
    <message>
        <source>a script needs at least one screen</source>
        <translation>ein Skript braucht mindestens einen Bildschirm</translation>
    </message>
    <message>
        <source>a script is a JSON object with name, screens and pass_rules</source>
        <translation>ein Skript ist ein JSON-Objekt mit name, screens und pass_rules</translation>
    </message>
    <message>
        <source>the script needs a name</source>
        <translation>das Skript braucht einen Namen</translation>
    </message>
    <message>
        <source>there are no pass rules: every lead would be graded D</source>
        <translation>es gibt keine Bestehensregeln: jeder Lead würde mit D bewertet</translation>
    </message>
    <message>
        <source>screen number {number} has no key</source>
        <translation>Bildschirm Nummer {number} hat keinen Schlüssel</translation>
    </message>
    <message>
        <source>jumps to screen {target!r}, which does not exist</source>
        <translation>springt zu Bildschirm {target!r}, der nicht existiert</translation>
    </message>
    <message>
        <source>jumps back to screen {target!r}: a path could loop and never end</source>
        <translation>springt zurück zu Bildschirm {target!r}: ein Pfad könnte sich endlos wiederholen</translation>
    </message>
    <message>
        <source>branches on {value!r}, which is not one of its answers</source>
        <translation>verzweigt bei {value!r}, das keine seiner Antworten ist</translation>
    </message>
    <message>
        <source>no path reaches this screen</source>
        <translation>kein Pfad erreicht diesen Bildschirm</translation>
    </message>
    <message>
        <source>two screens have this key</source>
        <translation>zwei Bildschirme haben diesen Schlüssel</translation>
    </message>
    <message>
        <source>a question is not an object</source>
        <translation>eine Frage ist kein Objekt</translation>
    </message>
    <message>
        <source>another question has this key</source>
        <translation>eine andere Frage hat diesen Schlüssel</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>{reason} ({zone})</source>
        <translation>{reason} ({zone})</translation>
    </message>
    <message>
        <source>{time:%H:%M} in {zone} is {reason}</source>
        <translation>{time:%H:%M} in {zone} ist {reason}</translation>
    </message>
    <message>
        <source>the default rule</source>
        <translation>die Standardregel</translation>
    </message>
    <message>
        <source>the prospect&apos;s time zone is unknown</source>
        <translation>die Zeitzone des Interessenten ist unbekannt</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} is a legal holiday in {place}</source>
        <translation>{day:%Y-%m-%d} ist ein gesetzlicher Feiertag in {place}</translation>
    </message>
    <message>
        <source>no calls on {weekday} in {place}</source>
        <translation>keine Anrufe am {weekday} in {place}</translation>
    </message>
    <message>
        <source>outside the calling window {window} of {place}</source>
        <translation>außerhalb des Anruffensters {window} von {place}</translation>
    </message>
    <message>
        <source> (poor check-call record)</source>
        <translation> (schlechte Kontrollanruf-Bilanz)</translation>
    </message>
    <message>
        <source>customers say it contacted {contacted} of {reached} ({rate:.0%})</source>
        <translation>laut Kunden hat er {contacted} von {reached} kontaktiert ({rate:.0%})</translation>
    </message>
    <message>
        <source>every handoff</source>
        <translation>jede Übergabe</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>the segment must be one of {segments}</source>
        <translation>das Segment muss eines von {segments} sein</translation>
    </message>
    <message>
        <source>the check call comes 1 to 30 business days after delivery</source>
        <translation>der Kontrollanruf erfolgt 1 bis 30 Werktage nach Zustellung</translation>
    </message>
    <message>
        <source>the share of handoffs to check is 0 to 100 %</source>
        <translation>der Anteil zu prüfender Übergaben liegt zwischen 0 und 100 %</translation>
    </message>
    <message>
        <source>the minimum per partner and month is 0 to 1000</source>
        <translation>das Minimum pro Partner und Monat liegt zwischen 0 und 1000</translation>
    </message>
    <message>
        <source>partners with a poor record are checked more often: {share} to 100 %, not {poor_share}</source>
        <translation>Partner mit schlechter Bilanz werden häufiger geprüft: {share} bis 100 %, nicht {poor_share}</translation>
    </message>
    <message>
        <source>the partner already reported the lead {status}</source>
        <translation>der Partner hat den Lead bereits als {status} gemeldet</translation>
    </message>
    <message>
        <source>the handoff is {status}</source>
        <translation>die Übergabe ist {status}</translation>
    </message>
    <message>
        <source>at least {minimum} per partner a month ({so_far} so far)</source>
        <translation>mindestens {minimum} pro Partner und Monat (bisher {so_far})</translation>
    </message>
    <message>
        <source>not in the {share} % sample</source>
        <translation>nicht in der {share}-%-Stichprobe</translation>
    </message>
    <message>
        <source>the partner&apos;s call cannot be in the future</source>
        <translation>der Anruf des Partners kann nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>no check call answered yet</source>
        <translation>noch kein Kontrollanruf beantwortet</translation>
    </message>
    <message>
        <source>, satisfaction {satisfaction:.1f}/5</source>
        <translation>, Zufriedenheit {satisfaction:.1f}/5</translation>
    </message>
    <message>
        <source>, at least {minimum} per partner a month</source>
        <translation>, mindestens {minimum} pro Partner und Monat</translation>
    </message>
    <message>
        <source>, {share} % for partners with a poor record</source>
        <translation>, {share} % für Partner mit schlechter Bilanz</translation>
    </message>
    <message>
        <source>every handoff is checked</source>
        <translation>jede Übergabe wird geprüft</translation>
    </message>
    <message>
        <source>in the {share} % sample</source>
        <translation>in der {share}-%-Stichprobe</translation>
    </message>
    <message>
        <source>rate the experience from 1 to 5</source>
        <translation>bewerten Sie die Erfahrung von 1 bis 5</translation>
    </message>
    <message>
        <source>the day of the partner&apos;s call is not a date</source>
        <translation>der Tag des Partneranrufs ist kein Datum</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, {rep}): the lead cannot be handed off</source>
        <translation>der Interessent hat der Weitergabe seiner Daten an einen Partner widersprochen ({at:%Y-%m-%d %H:%M} UTC, {rep}): der Lead kann nicht übergeben werden</translation>
    </message>
    <message>
        <source>the dial URI template must start with tel:, sip: or callto: and contain {{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}</source>
        <translation>die Wähl-URI-Vorlage muss mit tel:, sip: oder callto: beginnen und {{number}} oder {{digits}} enthalten, z. B. tel:{{number}}; nicht {template!r}</translation>
    </message>
    <message>
        <source>the dial command template must pass the number as an argument ({{number}} or {{digits}}), e.g. softphone --dial {{number}}; not {template!r}</source>
        <translation>die Vorlage für den Wählbefehl muss die Nummer als Argument übergeben ({{number}} oder {{digits}}), z. B. softphone --dial {{number}}; nicht {template!r}</translation>
    </message>
    <message>
        <source>the dial command template cannot be split into arguments ({problem}): {template!r}</source>
        <translation>die Vorlage für den Wählbefehl lässt sich nicht in Argumente zerlegen ({problem}): {template!r}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Bundesland oder Region</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Inquiry date</source>
        <translation>Anfragedatum</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>several columns are mapped to {columns}</source>
        <translation>mehrere Spalten sind {columns} zugeordnet</translation>
    </message>
    <message>
        <source>no column is recognised as phone or e-mail; map one (columns: {columns})</source>
        <translation>keine Spalte wird als Telefon oder E-Mail erkannt; ordnen Sie eine zu (Spalten: {columns})</translation>
    </message>
    <message>
        <source>not now: no budget yet</source>
        <translation>nicht jetzt: noch kein Budget</translation>
    </message>
    <message>
        <source>not now: buying in more than a year</source>
        <translation>nicht jetzt: Kauf in mehr als einem Jahr</translation>
    </message>
    <message>
        <source>only researching</source>
        <translation>informiert sich nur</translation>
    </message>
    <message>
        <source>not the decision maker; no access to one</source>
        <translation>kein Entscheider; kein Zugang zu einem</translation>
    </message>
    <message>
        <source>junk or fake data</source>
        <translation>Unsinn oder gefälschte Daten</translation>
    </message>
    <message>
        <source>student or private person</source>
        <translation>Student oder Privatperson</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>wrong data</source>
        <translation>falsche Daten</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>kein Bedarf</translation>
    </message>
    <message>
        <source>duplicate of another lead</source>
        <translation>Dublette eines anderen Leads</translation>
    </message>
    <message>
        <source>asked not to be called</source>
        <translation>möchte nicht angerufen werden</translation>
    </message>
    <message>
        <source>legal request</source>
        <translation>rechtliche Aufforderung</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>kein Kontakt</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>zurückrufen</translation>
    </message>
    <message>
        <source>sales-ready</source>
        <translation>vertriebsreif</translation>
    </message>
    <message>
        <source>disqualify</source>
        <translation>disqualifizieren</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>Platin</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>Silber</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>Bronze</translation>
    </message>
    <message>
        <source>all of {country}</source>
        <translation>ganz {country}</translation>
    </message>
    <message>
        <source>{measured} (weight {weight:,.2f})</source>
        <translation>{measured} (Gewicht {weight:,.2f})</translation>
    </message>
    <message>
        <source>postal codes {prefix}… in {area}</source>
        <translation>Postleitzahlen {prefix}… in {area}</translation>
    </message>
    <message>
        <source>new partner ({measured} of {needed} handoffs measured), so it gets the new-partner floor of {weight:,.2f}</source>
        <translation>neuer Partner ({measured} von {needed} Übergaben gemessen), daher gilt die Untergrenze für neue Partner von {weight:,.2f}</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>noch keine Messwerte</translation>
    </message>
    <message>
        <source>covers only some postal codes and the lead&apos;s postal code is unknown</source>
        <translation>deckt nur einige Postleitzahlen ab, und die Postleitzahl des Leads ist unbekannt</translation>
    </message>
    <message>
        <source>does not cover the lead&apos;s postal code in {where}</source>
        <translation>deckt die Postleitzahl des Leads in {where} nicht ab</translation>
    </message>
    <message>
        <source>the lead&apos;s country is unknown</source>
        <translation>das Land des Leads ist unbekannt</translation>
    </message>
    <message>
        <source>does not cover {area}</source>
        <translation>deckt {area} nicht ab</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>ist inaktiv</translation>
    </message>
    <message>
        <source>does not sell {product}</source>
        <translation>verkauft {product} nicht</translation>
    </message>
    <message>
        <source>does not serve {segment} companies</source>
        <translation>betreut keine {segment}-Unternehmen</translation>
    </message>
    <message>
        <source>has no active sales rep with an e-mail address</source>
        <translation>hat keinen aktiven Vertriebsmitarbeiter mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>sells {products}</source>
        <translation>verkauft {products}</translation>
    </message>
    <message>
        <source>serves {segment} companies</source>
        <translation>betreut {segment}-Unternehmen</translation>
    </message>
    <message>
        <source>Covers {where}, {offer}.</source>
        <translation>Deckt {where} ab, {offer}.</translation>
    </message>
    <message>
        <source>Covers {where}.</source>
        <translation>Deckt {where} ab.</translation>
    </message>
    <message>
        <source>Already with this partner: {subject} went to {partner} on {at:%Y-%m-%d} (handoff {handoff}); keeping the account with one partner avoids channel conflict.</source>
        <translation>Bereits bei diesem Partner: {subject} ging am {at:%Y-%m-%d} an {partner} (Übergabe {handoff}); ein Kunde bei nur einem Partner vermeidet Kanalkonflikte.</translation>
    </message>
    <message>
        <source>answers in {hours:,.0f} h on average</source>
        <translation>antwortet im Schnitt in {hours:,.0f} h</translation>
    </message>
    <message>
        <source>reports on {share:.0%} of its leads</source>
        <translation>meldet sich zu {share:.0%} seiner Leads</translation>
    </message>
    <message>
        <source>wins {share:.0%}</source>
        <translation>gewinnt {share:.0%}</translation>
    </message>
    <message>
        <source>covers only some regions of {country} and the lead&apos;s region is unknown</source>
        <translation>deckt nur einige Regionen von {country} ab, und die Region des Leads ist unbekannt</translation>
    </message>
    <message>
        <source>does not cover {area} (only {regions})</source>
        <translation>deckt {area} nicht ab (nur {regions})</translation>
    </message>
    <message>
        <source>{count:,} other partners do not cover {area}</source>
        <translation>{count:,} weitere Partner decken {area} nicht ab</translation>
    </message>
    <message>
        <source>{count:,} partners cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} Partner können nicht zugeordnet werden: das Land des Leads ist unbekannt</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>diese Firma</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diesen Kontakt</translation>
    </message>
    <message>
        <source>Next in the fair rotation: furthest behind its fair share of recent leads.</source>
        <translation>Als Nächster in der fairen Rotation: am weitesten hinter seinem fairen Anteil an neuen Leads.</translation>
    </message>
    <message>
        <source>Alternative {number}.</source>
        <translation>Alternative {number}.</translation>
    </message>
    <message>
        <source>has let handoffs expire</source>
        <translation>hat Übergaben verfallen lassen</translation>
    </message>
    <message>
        <source>&quot;segments&quot; is missing</source>
        <translation>&quot;segments&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>&quot;points&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be a list of rules</source>
        <translation>&quot;queues&quot; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>the queue rules have no catch-all rule (one without conditions)</source>
        <translation>die Warteschlangenregeln haben keine Auffangregel (eine ohne Bedingungen)</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; is missing</source>
        <translation>&quot;points.{name}&quot; fehlt</translation>
    </message>
    <message>
        <source>queue rule {index} has no queue name</source>
        <translation>Warteschlangenregel {index} hat keinen Warteschlangennamen</translation>
    </message>
    <message>
        <source>queue rule {index} has unknown conditions: {conditions}</source>
        <translation>Warteschlangenregel {index} hat unbekannte Bedingungen: {conditions}</translation>
    </message>
    <message>
        <source>&quot;segments.{key}&quot; must be a number</source>
        <translation>&quot;segments.{key}&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>eingehender Anruf</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <source>trade show</source>
        <translation>Messe</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>content download</source>
        <translation>Inhalts-Download</translation>
    </message>
    <message>
        <source>purchased list</source>
        <translation>gekaufte Liste</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>could not start the dial command {command!r}: {problem}</source>
        <translation>der Wählbefehl {command!r} konnte nicht gestartet werden: {problem}</translation>
    </message>
    <message>
        <source>{name} has {count:,} columns; an import reads at most {most:,}</source>
        <translation>{name} hat {count:,} Spalten; ein Import liest höchstens {most:,}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into smaller files</source>
        <translation>{name} ist {size:,.0f} MB groß, mehr als die {most:,} MB, die ein Import liest; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>{name}: old .xls files are not supported; save it as .xlsx or CSV</source>
        <translation>{name}: alte .xls-Dateien werden nicht unterstützt; speichern Sie sie als .xlsx oder CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)</source>
        <translation>{name} ist ein ZIP-Archiv, keine CSV-Datei (eine XLSX-Datei? benennen Sie sie .xlsx)</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save it as CSV or XLSX</source>
        <translation>{name} ist keine Textdatei (sie enthält Binärdaten); speichern Sie sie als CSV oder XLSX</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} has a header cell longer than {most:,} characters</source>
        <translation>{name} hat eine Kopfzelle mit mehr als {most:,} Zeichen</translation>
    </message>
    <message>
        <source>unknown table format {fmt!r}; use csv or xlsx</source>
        <translation>unbekanntes Tabellenformat {fmt!r}; verwenden Sie csv oder xlsx</translation>
    </message>
    <message>
        <source>{name} has no header row</source>
        <translation>{name} hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>{name}: the header row cannot be read ({problem})</source>
        <translation>{name}: die Kopfzeile kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file ({problem})</source>
        <translation>{name} ist keine lesbare XLSX-Datei ({problem})</translation>
    </message>
    <message>
        <source>{name} is a damaged XLSX file ({problem})</source>
        <translation>{name} ist eine beschädigte XLSX-Datei ({problem})</translation>
    </message>
    <message>
        <source>cannot write {path}: {strerror}</source>
        <translation>{path} kann nicht geschrieben werden: {strerror}</translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: it holds a cell far longer than an import reads, or is damaged</source>
        <translation>{name}: {filename} entpackt sich aus {packed:,.0f} KB zu {size:,.0f} MB: sie enthält eine Zelle, die weit länger ist, als ein Import liest, oder ist beschädigt</translation>
    </message>
    <message>
        <source>{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB an import holds; split the file or save it as CSV</source>
        <translation>{name}: {what} entpacken sich zu {size:,.0f} MB, mehr als die {most:,} MB, die ein Import fasst; teilen Sie die Datei auf oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>cannot reach the database ({where}): {detail}</source>
        <translation>die Datenbank ist nicht erreichbar ({where}): {detail}</translation>
    </message>
    <message>
        <source>{where} is busy (another program holds a write lock)</source>
        <translation>{where} ist belegt (ein anderes Programm hält eine Schreibsperre)</translation>
    </message>
    <message>
        <source>{where} is busy: this workstation&apos;s connection stayed in use</source>
        <translation>{where} ist belegt: die Verbindung dieses Arbeitsplatzes blieb in Gebrauch</translation>
    </message>
    <message>
        <source>database {backend!r} is not supported; use SQLite or PostgreSQL</source>
        <translation>die Datenbank {backend!r} wird nicht unterstützt; verwenden Sie SQLite oder PostgreSQL</translation>
    </message>
    <message>
        <source>the folder {folder} for the SQLite database does not exist</source>
        <translation>der Ordner {folder} für die SQLite-Datenbank existiert nicht</translation>
    </message>
    <message>
        <source>sslmode {mode!r} is not one of {modes}</source>
        <translation>sslmode {mode!r} ist keiner von {modes}</translation>
    </message>
    <message>
        <source>the CA file {path} (sslrootcert) is missing or unreadable</source>
        <translation>die CA-Datei {path} (sslrootcert) fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <source>{url!r} is not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DATABASE)</source>
        <translation>{url!r} ist keine Datenbank-URL (erwartet: sqlite:///PFAD oder postgresql://BENUTZER@SERVER/DATENBANK)</translation>
    </message>
    <message>
        <source>the SQLite database {path} is read-only or not readable</source>
        <translation>die SQLite-Datenbank {path} ist schreibgeschützt oder nicht lesbar</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; SQLite needs to write its journal beside the database</source>
        <translation>der Ordner {folder} ist schreibgeschützt; SQLite muss sein Journal neben die Datenbank schreiben</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name} there</source>
        <translation>der Ordner {folder} ist schreibgeschützt; {name} kann dort nicht angelegt werden</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {wait} s</source>
        <translation>zu viele falsche Passwörter für {login}; versuchen Sie es in {wait} s erneut</translation>
    </message>
    <message>
        <source>signed out: this connection is closed</source>
        <translation>abgemeldet: diese Verbindung ist geschlossen</translation>
    </message>
    <message>
        <source>the database refuses this workstation&apos;s sign-in role {role}: ask an administrator for its password (sign_in_password in the settings)</source>
        <translation>die Datenbank lehnt die Anmelderolle {role} dieses Arbeitsplatzes ab: bitten Sie einen Administrator um ihr Passwort (sign_in_password in den Einstellungen)</translation>
    </message>
    <message>
        <source>the database schema ({current}) is older than this version of Qualifier ({head}); run `qualifier db upgrade`</source>
        <translation>das Datenbankschema ({current}) ist älter als diese Version von Qualifier ({head}); führen Sie `qualifier db upgrade` aus</translation>
    </message>
    <message>
        <source>the database schema ({current}) is newer than this version of Qualifier ({head}); install the newer Qualifier instead</source>
        <translation>das Datenbankschema ({current}) ist neuer als diese Version von Qualifier ({head}); installieren Sie stattdessen das neuere Qualifier</translation>
    </message>
    <message>
        <source>this database was not created by Qualifier (no schema version found)</source>
        <translation>diese Datenbank wurde nicht von Qualifier angelegt (keine Schemaversion gefunden)</translation>
    </message>
    <message>
        <source>the saved sign-in has expired or was ended; run `qualifier login` again</source>
        <translation>die gespeicherte Anmeldung ist abgelaufen oder wurde beendet; führen Sie `qualifier login` erneut aus</translation>
    </message>
    <message>
        <source>the password is too long to keep in a sign-in</source>
        <translation>das Passwort ist zu lang, um es in einer Anmeldung aufzubewahren</translation>
    </message>
    <message>
        <source>the calling window must start before it ends</source>
        <translation>das Anruffenster muss beginnen, bevor es endet</translation>
    </message>
    <message>
        <source>calling window {text!r} must read like 09:00-18:00</source>
        <translation>Anruffenster {text!r} muss wie 09:00-18:00 aussehen</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; use a name like Europe/Berlin</source>
        <translation>Zeitzone {name!r} ist unbekannt; verwenden Sie einen Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>das Center braucht einen Namen</translation>
    </message>
    <message>
        <source>this database is set up already; sign in as an administrator</source>
        <translation>diese Datenbank ist bereits eingerichtet; melden Sie sich als Administrator an</translation>
    </message>
    <message>
        <source>the password must have at least {MIN_PASSWORD_LENGTH} characters</source>
        <translation>das Passwort muss mindestens {MIN_PASSWORD_LENGTH} Zeichen haben</translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <translation>das Passwort darf nicht mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>the password must not contain the login</source>
        <translation>das Passwort darf das Login nicht enthalten</translation>
    </message>
    <message>
        <source>the password is too simple: use more different characters</source>
        <translation>das Passwort ist zu einfach: verwenden Sie mehr unterschiedliche Zeichen</translation>
    </message>
    <message>
        <source>choose a new password, not the current one again</source>
        <translation>wählen Sie ein neues Passwort, nicht noch einmal das aktuelle</translation>
    </message>
    <message>
        <source>there is no user {login!r}</source>
        <translation>es gibt keinen Benutzer {login!r}</translation>
    </message>
    <message>
        <source>{login} is the last active administrator; make someone else one first</source>
        <translation>{login} ist der letzte aktive Administrator; machen Sie zuerst jemand anderen dazu</translation>
    </message>
    <message>
        <source>role {role!r} is not one of {choices}</source>
        <translation>Rolle {role!r} ist keine von {choices}</translation>
    </message>
    <message>
        <source>there is no team {team!r}</source>
        <translation>es gibt kein Team {team!r}</translation>
    </message>
    <message>
        <source>the team {name} is deactivated</source>
        <translation>das Team {name} ist deaktiviert</translation>
    </message>
    <message>
        <source>there is no active user {login!r}</source>
        <translation>es gibt keinen aktiven Benutzer {login!r}</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>Sie können sich nicht selbst deaktivieren</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>das aktuelle Passwort ist falsch</translation>
    </message>
    <message>
        <source>there is no team {name!r}</source>
        <translation>es gibt kein Team {name!r}</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {max} s</source>
        <translation>zu viele falsche Passwörter für {login}; versuchen Sie es in {max} s erneut</translation>
    </message>
    <message>
        <source>{login} is deactivated</source>
        <translation>{login} ist deaktiviert</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Vorher → nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>the period ends ({until}) before it starts ({since})</source>
        <translation>der Zeitraum endet ({until}), bevor er beginnt ({since})</translation>
    </message>
    <message>
        <source>lead {lead_id} cannot exist: ids start at 1</source>
        <translation>Lead {lead_id} kann nicht existieren: IDs beginnen bei 1</translation>
    </message>
    <message>
        <source>{name}: the audit log is exported as a .csv file</source>
        <translation>{name}: das Audit-Protokoll wird als .csv-Datei exportiert</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Anrufe pro Tag</translation>
    </message>
    <message>
        <source>Calls a week</source>
        <translation>Anrufe pro Woche</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>Default (everywhere else)</source>
        <translation>Standard (überall sonst)</translation>
    </message>
    <message>
        <source>{strip!r} is not a place: a country code (US) or country-region (US-FL)</source>
        <translation>{strip!r} ist kein Ort: ein Ländercode (US) oder Land-Region (US-FL)</translation>
    </message>
    <message>
        <source>the window must end after it starts ({strip})</source>
        <translation>das Zeitfenster muss nach seinem Beginn enden ({strip})</translation>
    </message>
    <message>
        <source>the window must be at least an hour long</source>
        <translation>das Zeitfenster muss mindestens eine Stunde lang sein</translation>
    </message>
    <message>
        <source>choose at least one day of the week for calls</source>
        <translation>wählen Sie mindestens einen Wochentag für Anrufe</translation>
    </message>
    <message>
        <source>the weekly cap cannot be below the daily cap</source>
        <translation>die wöchentliche Obergrenze darf nicht unter der täglichen liegen</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM)</source>
        <translation>{value} ist keine Uhrzeit (HH:MM)</translation>
    </message>
    <message>
        <source>a cap must be at least 1 call (leave it empty for no cap)</source>
        <translation>eine Obergrenze muss mindestens 1 Anruf sein (leer lassen für keine Obergrenze)</translation>
    </message>
    <message>
        <source>there is no calling rule for {value}</source>
        <translation>es gibt keine Anrufregel für {value}</translation>
    </message>
    <message>
        <source>the default rule can be changed, not removed</source>
        <translation>die Standardregel kann geändert, aber nicht entfernt werden</translation>
    </message>
    <message>
        <source>{value} has no calling rule: add its rule first</source>
        <translation>{value} hat keine Anrufregel: fügen Sie zuerst seine Regel hinzu</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is already a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} ist bereits ein Feiertag in {value}</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is not a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} ist kein Feiertag in {value}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>a campaign&apos;s {field} has at most {limit} characters</source>
        <translation>{field} einer Kampagne hat höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>the campaign starts ({starts_on}) after it ends ({ends_on})</source>
        <translation>die Kampagne beginnt ({starts_on}) nach ihrem Ende ({ends_on})</translation>
    </message>
    <message>
        <source>{text!r} is not a list of whole minutes such as 120, 240, 1440</source>
        <translation>{text!r} ist keine Liste ganzer Minuten wie 120, 240, 1440</translation>
    </message>
    <message>
        <source>the attempt cap must be 1 to {most} calls, not {given}</source>
        <translation>die Versuchsobergrenze muss 1 bis {most} Anrufe betragen, nicht {given}</translation>
    </message>
    <message>
        <source>nurture leads come back after 1 to {most} days, not {given}</source>
        <translation>Nurturing-Leads kommen nach 1 bis {most} Tagen zurück, nicht {given}</translation>
    </message>
    <message>
        <source>{name!r} is not a no-contact disposition ({known})</source>
        <translation>{name!r} ist kein Ergebnis ohne Kontakt ({known})</translation>
    </message>
    <message>
        <source>at most {most} delays; the last one repeats</source>
        <translation>höchstens {most} Verzögerungen; die letzte wiederholt sich</translation>
    </message>
    <message>
        <source>every delay must be 1 to {most} minutes (90 days)</source>
        <translation>jede Verzögerung muss 1 bis {most} Minuten (90 Tage) betragen</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue.</source>
        <translation>Von {examined:,} noch nicht bearbeiteten Leads in der Warteschlange: {score:,} ändern den Score, {segment:,} das Segment, {queue:,} die Warteschlange.</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue; the queues {new} would be created.</source>
        <translation>Von {examined:,} noch nicht bearbeiteten Leads in der Warteschlange: {score:,} ändern den Score, {segment:,} das Segment, {queue:,} die Warteschlange; die Warteschlangen {new} würden angelegt.</translation>
    </message>
    <message>
        <source>there is no version {version} of the scoring rules</source>
        <translation>es gibt keine Version {version} der Bewertungsregeln</translation>
    </message>
    <message>
        <source>someone saved version {version} of the scoring rules a moment ago: open them and make your change again</source>
        <translation>jemand hat gerade Version {version} der Bewertungsregeln gespeichert: öffnen Sie sie und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifizierungen</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Gespeichert (UTC)</translation>
    </message>
    <message>
        <source>there is no script {which}</source>
        <translation>es gibt kein Skript {which}</translation>
    </message>
    <message>
        <source>someone saved version {version} of {name} a moment ago: open it and make your change again</source>
        <translation>jemand hat gerade Version {version} von {name} gespeichert: öffnen Sie es und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <source>the {what} needs a name</source>
        <translation>{what} braucht einen Namen</translation>
    </message>
    <message>
        <source>the {what} name must have at most 80 characters</source>
        <translation>der Name von {what} darf höchstens 80 Zeichen haben</translation>
    </message>
    <message>
        <source>segment {segment!r} is not one of {join}</source>
        <translation>Segment {segment!r} ist keines von {join}</translation>
    </message>
    <message>
        <source>{login} ({role}) does not work leads</source>
        <translation>{login} ({role}) bearbeitet keine Leads</translation>
    </message>
    <message>
        <source>a team {name!r} exists already</source>
        <translation>ein Team {name!r} existiert bereits</translation>
    </message>
    <message>
        <source>a queue {name!r} exists already</source>
        <translation>eine Warteschlange {name!r} existiert bereits</translation>
    </message>
    <message>
        <source>the team {name} is not one of your teams</source>
        <translation>das Team {name} gehört nicht zu Ihren Teams</translation>
    </message>
    <message>
        <source>there is no queue {name!r}</source>
        <translation>es gibt keine Warteschlange {name!r}</translation>
    </message>
    <message>
        <source>the queue {name} is not one of your teams&apos; queues</source>
        <translation>die Warteschlange {name} gehört nicht zu den Warteschlangen Ihrer Teams</translation>
    </message>
    <message>
        <source>{login} may not create teams; ask an administrator</source>
        <translation>{login} darf keine Teams anlegen; wenden Sie sich an einen Administrator</translation>
    </message>
    <message>
        <source>a team {new_name!r} exists already</source>
        <translation>ein Team {new_name!r} existiert bereits</translation>
    </message>
    <message>
        <source>a queue {new_name!r} exists already</source>
        <translation>eine Warteschlange {new_name!r} existiert bereits</translation>
    </message>
    <message>
        <source>{login} is not in your teams</source>
        <translation>{login} ist nicht in Ihren Teams</translation>
    </message>
    <message>
        <source>choose another, open queue than {move_to!r}</source>
        <translation>wählen Sie eine andere, offene Warteschlange als {move_to!r}</translation>
    </message>
    <message>
        <source>{people} active people are in the team {name}; move them to another team first</source>
        <translation>{people} aktive Personen sind im Team {name}; verschieben Sie sie zuerst in ein anderes Team</translation>
    </message>
    <message>
        <source>being worked</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>stale lease</source>
        <translation>abgelaufene Reservierung</translation>
    </message>
    <message>
        <source>a lead cannot be both assigned to a rep and unassigned</source>
        <translation>ein Lead kann nicht zugleich einem Agenten zugewiesen und nicht zugewiesen sein</translation>
    </message>
    <message>
        <source>{status!r} is not a lead status ({join})</source>
        <translation>{status!r} ist kein Lead-Status ({join})</translation>
    </message>
    <message>
        <source>cannot sort leads by {sort!r}</source>
        <translation>Leads können nicht nach {sort!r} sortiert werden</translation>
    </message>
    <message>
        <source>a page is 1 to {MAX_PAGE} leads from offset 0 on</source>
        <translation>eine Seite umfasst 1 bis {MAX_PAGE} Leads ab Offset 0</translation>
    </message>
    <message>
        <source>{moved}; {count} not moved</source>
        <translation>{moved}; {count} nicht verschoben</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>die Warteschlange {name}</translation>
    </message>
    <message>
        <source>{count} lead moved to {target}</source>
        <translation>{count} Lead nach {target} verschoben</translation>
    </message>
    <message>
        <source>{count} leads moved to {target}</source>
        <translation>{count} Leads nach {target} verschoben</translation>
    </message>
    <message>
        <source>not one of your teams&apos; leads</source>
        <translation>nicht unter den Leads Ihrer Teams</translation>
    </message>
    <message>
        <source>changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and try again</source>
        <translation>seit dem Laden geändert (jetzt {status}, um {at:%H:%M:%S} UTC); laden Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>is {status}; only queued leads and callbacks move</source>
        <translation>hat den Status {status}; nur Leads in der Warteschlange und Rückrufe werden verschoben</translation>
    </message>
    <message>
        <source>{rep} is working on it right now</source>
        <translation>{rep} arbeitet gerade daran</translation>
    </message>
    <message>
        <source>{rep} is working on it right now; select it to take it away</source>
        <translation>{rep} arbeitet gerade daran; wählen Sie ihn aus, um ihn abzunehmen</translation>
    </message>
    <message>
        <source>already with {rep}</source>
        <translation>bereits bei {rep}</translation>
    </message>
    <message>
        <source>already in {queue}</source>
        <translation>bereits in {queue}</translation>
    </message>
    <message>
        <source>move leads either to a rep or to a queue</source>
        <translation>verschieben Sie Leads entweder zu einem Agenten oder in eine Warteschlange</translation>
    </message>
    <message>
        <source>choose a different rep to take the callbacks</source>
        <translation>wählen Sie einen anderen Agenten für die Rückrufe</translation>
    </message>
    <message>
        <source>there is no queue {queue_id}</source>
        <translation>es gibt keine Warteschlange {queue_id}</translation>
    </message>
    <message>
        <source>the queue {name} is closed</source>
        <translation>die Warteschlange {name} ist geschlossen</translation>
    </message>
    <message>
        <source>select at least one lead to move</source>
        <translation>wählen Sie mindestens einen Lead zum Verschieben</translation>
    </message>
    <message>
        <source>choose at least one filter (status, queue, campaign, region, rep …) before moving everything that matches</source>
        <translation>wählen Sie mindestens einen Filter (Status, Warteschlange, Kampagne, Region, Agent …), bevor Sie alle Treffer verschieben</translation>
    </message>
    <message>
        <source>more than {MAX_FILTER_MOVE:,} leads match; narrow the filter</source>
        <translation>mehr als {MAX_FILTER_MOVE:,} Leads passen; grenzen Sie den Filter ein</translation>
    </message>
    <message>
        <source>there is no user {rep_id}</source>
        <translation>es gibt keinen Benutzer {rep_id}</translation>
    </message>
    <message>
        <source>{name} does not work leads; choose a rep</source>
        <translation>{name} bearbeitet keine Leads; wählen Sie einen Agenten</translation>
    </message>
    <message>
        <source>{name} is deactivated; choose another rep</source>
        <translation>{name} ist deaktiviert; wählen Sie einen anderen Agenten</translation>
    </message>
    <message>
        <source>{name} is not in your teams</source>
        <translation>{name} ist nicht in Ihren Teams</translation>
    </message>
    <message>
        <source>{name} does not work leads</source>
        <translation>{name} bearbeitet keine Leads</translation>
    </message>
    <message>
        <source>{name} is {value} already</source>
        <translation>{name} ist bereits {value}</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>it is empty (leave the option out instead)</source>
        <translation>es ist leer (lassen Sie die Option stattdessen weg)</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>der Dateiname ist leer</translation>
    </message>
    <message>
        <source>the rejects file {path} exists already; add --force to replace it</source>
        <translation>die Datei für abgelehnte Zeilen {path} gibt es schon; geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>cannot use {name}: {problem}</source>
        <translation>{name} ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a file name</source>
        <translation>{name} ist kein Dateiname</translation>
    </message>
    <message>
        <source>the file name {name} is too long for this system (at most 255 characters a name)</source>
        <translation>der Dateiname {name} ist für dieses System zu lang (höchstens 255 Zeichen je Name)</translation>
    </message>
    <message>
        <source>--remove takes the policy away: it cannot go with {options}</source>
        <translation>--remove entfernt die Richtlinie: es passt nicht zu {options}</translation>
    </message>
    <message>
        <source>there is no database at {path}; `qualifier setup` sets up a new center there (`qualifier db upgrade` makes an empty one)</source>
        <translation>unter {path} gibt es keine Datenbank; `qualifier setup` richtet dort ein neues Center ein (`qualifier db upgrade` legt eine leere an)</translation>
    </message>
    <message>
        <source>interrupted: the rows stored so far are kept; import {name} again to add the rest (the rows already imported are skipped)</source>
        <translation>unterbrochen: die bisher gespeicherten Zeilen bleiben erhalten; importieren Sie {name} erneut, um den Rest hinzuzufügen (bereits importierte Zeilen werden übersprungen)</translation>
    </message>
    <message>
        <source>give --max-attempts, --delay or --recycle-days</source>
        <translation>geben Sie --max-attempts, --delay oder --recycle-days an</translation>
    </message>
    <message>
        <source>Work state changed</source>
        <translation>Arbeitsstatus geändert</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Feiertag hinzugefügt</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Feiertag entfernt</translation>
    </message>
    <message>
        <source>Calling rule removed</source>
        <translation>Anrufregel entfernt</translation>
    </message>
    <message>
        <source>Calling rule saved</source>
        <translation>Anrufregel gespeichert</translation>
    </message>
    <message>
        <source>Campaign changed</source>
        <translation>Kampagne geändert</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Kampagne angelegt</translation>
    </message>
    <message>
        <source>Center changed</source>
        <translation>Center geändert</translation>
    </message>
    <message>
        <source>Center set up</source>
        <translation>Center eingerichtet</translation>
    </message>
    <message>
        <source>Check call answered</source>
        <translation>Kontrollanruf beantwortet</translation>
    </message>
    <message>
        <source>Check call: callback</source>
        <translation>Kontrollanruf: Rückruf</translation>
    </message>
    <message>
        <source>Check call cancelled</source>
        <translation>Kontrollanruf storniert</translation>
    </message>
    <message>
        <source>Check call answers recorded</source>
        <translation>Antworten des Kontrollanrufs erfasst</translation>
    </message>
    <message>
        <source>Check call: disqualified</source>
        <translation>Kontrollanruf: disqualifiziert</translation>
    </message>
    <message>
        <source>Check call: do not call</source>
        <translation>Kontrollanruf: nicht anrufen</translation>
    </message>
    <message>
        <source>Check call scheduled</source>
        <translation>Kontrollanruf geplant</translation>
    </message>
    <message>
        <source>Reopened handoff kept with the partner</source>
        <translation>Wieder geöffnete Übergabe beim Partner belassen</translation>
    </message>
    <message>
        <source>Check call: nurture</source>
        <translation>Kontrollanruf: Nurturing</translation>
    </message>
    <message>
        <source>Check call outcome undone</source>
        <translation>Ergebnis des Kontrollanrufs rückgängig gemacht</translation>
    </message>
    <message>
        <source>Reopened handoff rerouted</source>
        <translation>Wieder geöffnete Übergabe umgeleitet</translation>
    </message>
    <message>
        <source>Check call: no contact</source>
        <translation>Kontrollanruf: kein Kontakt</translation>
    </message>
    <message>
        <source>Check call: sales-ready</source>
        <translation>Kontrollanruf: vertriebsbereit</translation>
    </message>
    <message>
        <source>Check call skipped (not in the sample)</source>
        <translation>Kontrollanruf ausgelassen (nicht in der Stichprobe)</translation>
    </message>
    <message>
        <source>Check call: customer not reached</source>
        <translation>Kontrollanruf: Kunde nicht erreicht</translation>
    </message>
    <message>
        <source>Check call policy removed</source>
        <translation>Regel für Kontrollanrufe entfernt</translation>
    </message>
    <message>
        <source>Check call policy set</source>
        <translation>Regel für Kontrollanrufe festgelegt</translation>
    </message>
    <message>
        <source>Command-line session closed</source>
        <translation>Kommandozeilensitzung beendet</translation>
    </message>
    <message>
        <source>Command-line session opened</source>
        <translation>Kommandozeilensitzung geöffnet</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Einwilligung erfasst</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Kontaktdaten korrigiert</translation>
    </message>
    <message>
        <source>Demo history added</source>
        <translation>Demo-Verlauf hinzugefügt</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Demodaten geladen</translation>
    </message>
    <message>
        <source>Do-not-call registry imported</source>
        <translation>Sperrregister importiert</translation>
    </message>
    <message>
        <source>Added to the do-not-call list</source>
        <translation>Zur Sperrliste hinzugefügt</translation>
    </message>
    <message>
        <source>Removed from the do-not-call list</source>
        <translation>Von der Sperrliste entfernt</translation>
    </message>
    <message>
        <source>Company data imported</source>
        <translation>Firmendaten importiert</translation>
    </message>
    <message>
        <source>Handoff awaiting delivery</source>
        <translation>Übergabe wartet auf Zustellung</translation>
    </message>
    <message>
        <source>Handoff created</source>
        <translation>Übergabe angelegt</translation>
    </message>
    <message>
        <source>Handoff delivered</source>
        <translation>Übergabe zugestellt</translation>
    </message>
    <message>
        <source>Handoff delivery confirmed</source>
        <translation>Zustellung der Übergabe bestätigt</translation>
    </message>
    <message>
        <source>Handoff delivery failed</source>
        <translation>Zustellung der Übergabe fehlgeschlagen</translation>
    </message>
    <message>
        <source>Handoff delivery flagged</source>
        <translation>Zustellung der Übergabe markiert</translation>
    </message>
    <message>
        <source>Handoff sent again</source>
        <translation>Übergabe erneut gesendet</translation>
    </message>
    <message>
        <source>Handoff delivery started</source>
        <translation>Zustellung der Übergabe begonnen</translation>
    </message>
    <message>
        <source>Handoff delivery unknown</source>
        <translation>Zustellung der Übergabe unbekannt</translation>
    </message>
    <message>
        <source>Handoff expired</source>
        <translation>Übergabe abgelaufen</translation>
    </message>
    <message>
        <source>Partner feedback recorded</source>
        <translation>Rückmeldung des Partners erfasst</translation>
    </message>
    <message>
        <source>Partner chosen over the proposal</source>
        <translation>Partner abweichend vom Vorschlag gewählt</translation>
    </message>
    <message>
        <source>Partner reminded</source>
        <translation>Partner erinnert</translation>
    </message>
    <message>
        <source>Partner reminder failed</source>
        <translation>Partnererinnerung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partner reminder given up</source>
        <translation>Partnererinnerung aufgegeben</translation>
    </message>
    <message>
        <source>Partner reminder unknown</source>
        <translation>Partnererinnerung ungewiss</translation>
    </message>
    <message>
        <source>Handoff taken back</source>
        <translation>Übergabe zurückgenommen</translation>
    </message>
    <message>
        <source>Rejected import rows purged</source>
        <translation>Abgelehnte Importzeilen gelöscht</translation>
    </message>
    <message>
        <source>Inquiry import cancelled</source>
        <translation>Import von Anfragen abgebrochen</translation>
    </message>
    <message>
        <source>Inquiry import failed</source>
        <translation>Import von Anfragen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Inquiry import interrupted</source>
        <translation>Import von Anfragen unterbrochen</translation>
    </message>
    <message>
        <source>Inquiries imported</source>
        <translation>Anfragen importiert</translation>
    </message>
    <message>
        <source>Lead back to nurture</source>
        <translation>Lead zurück ins Nurturing</translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation>Rückruf vereinbart</translation>
    </message>
    <message>
        <source>Lead claimed</source>
        <translation>Lead übernommen</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead angelegt</translation>
    </message>
    <message>
        <source>Lead disqualified</source>
        <translation>Lead disqualifiziert</translation>
    </message>
    <message>
        <source>Lead marked do-not-call</source>
        <translation>Lead als „nicht anrufen“ markiert</translation>
    </message>
    <message>
        <source>Lead enriched with company data</source>
        <translation>Lead mit Firmendaten ergänzt</translation>
    </message>
    <message>
        <source>Lead erased</source>
        <translation>Lead gelöscht</translation>
    </message>
    <message>
        <source>Lead handed off</source>
        <translation>Lead übergeben</translation>
    </message>
    <message>
        <source>Hold on the lead released</source>
        <translation>Reservierung des Leads aufgehoben</translation>
    </message>
    <message>
        <source>Leads merged</source>
        <translation>Leads zusammengeführt</translation>
    </message>
    <message>
        <source>Lead put in nurture</source>
        <translation>Lead ins Nurturing</translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation>Ergebnis rückgängig gemacht</translation>
    </message>
    <message>
        <source>Lead reassigned</source>
        <translation>Lead neu zugewiesen</translation>
    </message>
    <message>
        <source>Lead back from nurture</source>
        <translation>Lead zurück aus dem Nurturing</translation>
    </message>
    <message>
        <source>Lead kept in nurture: the prospect said no to more calls</source>
        <translation>Lead bleibt in der Pflege: der Interessent will nicht mehr angerufen werden</translation>
    </message>
    <message>
        <source>Lead released</source>
        <translation>Lead freigegeben</translation>
    </message>
    <message>
        <source>Lead placed again in its time zones</source>
        <translation>Lead neu seinen Zeitzonen zugeordnet</translation>
    </message>
    <message>
        <source>Lead rescored</source>
        <translation>Lead neu bewertet</translation>
    </message>
    <message>
        <source>Lead resumed</source>
        <translation>Lead wieder aufgenommen</translation>
    </message>
    <message>
        <source>No contact: lead to retry</source>
        <translation>Kein Kontakt: Lead erneut versuchen</translation>
    </message>
    <message>
        <source>Lead returned for routing</source>
        <translation>Lead zur Partnerzuordnung zurückgegeben</translation>
    </message>
    <message>
        <source>Lead marked sales-ready</source>
        <translation>Lead als vertriebsbereit markiert</translation>
    </message>
    <message>
        <source>Lead taken</source>
        <translation>Lead übernommen (direkt)</translation>
    </message>
    <message>
        <source>Leads exported</source>
        <translation>Leads exportiert</translation>
    </message>
    <message>
        <source>Leads placed again in their time zones</source>
        <translation>Leads neu ihren Zeitzonen zugeordnet</translation>
    </message>
    <message>
        <source>Leads rescored</source>
        <translation>Leads neu bewertet</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Anmeldung nach Fehlversuchen verlangsamt</translation>
    </message>
    <message>
        <source>Outbox purged</source>
        <translation>Postausgang geleert</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partner hinzugefügt</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partner geändert</translation>
    </message>
    <message>
        <source>Partner feedback imported</source>
        <translation>Partnerrückmeldungen importiert</translation>
    </message>
    <message>
        <source>Partners imported</source>
        <translation>Partner importiert</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person gelöscht</translation>
    </message>
    <message>
        <source>Erasure requested</source>
        <translation>Löschung beantragt</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Personenbezogene Daten exportiert</translation>
    </message>
    <message>
        <source>Qualification overruled</source>
        <translation>Qualifizierung überstimmt</translation>
    </message>
    <message>
        <source>Qualification recorded</source>
        <translation>Qualifizierung erfasst</translation>
    </message>
    <message>
        <source>Queue added</source>
        <translation>Warteschlange hinzugefügt</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>Warteschlange geändert</translation>
    </message>
    <message>
        <source>Queue closed</source>
        <translation>Warteschlange geschlossen</translation>
    </message>
    <message>
        <source>Queue created</source>
        <translation>Warteschlange angelegt</translation>
    </message>
    <message>
        <source>Queue&apos;s leads moved</source>
        <translation>Leads der Warteschlange verschoben</translation>
    </message>
    <message>
        <source>Queue member added</source>
        <translation>Mitglied der Warteschlange hinzugefügt</translation>
    </message>
    <message>
        <source>Queue member removed</source>
        <translation>Mitglied aus der Warteschlange entfernt</translation>
    </message>
    <message>
        <source>Rep paused</source>
        <translation>Agent pausiert</translation>
    </message>
    <message>
        <source>Rep resumed</source>
        <translation>Agent fortgesetzt</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Bericht exportiert</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Bericht versendet</translation>
    </message>
    <message>
        <source>Report published</source>
        <translation>Bericht veröffentlicht</translation>
    </message>
    <message>
        <source>Retry settings saved</source>
        <translation>Wiederholungseinstellungen gespeichert</translation>
    </message>
    <message>
        <source>Scoring rules saved</source>
        <translation>Bewertungsregeln gespeichert</translation>
    </message>
    <message>
        <source>Script installed</source>
        <translation>Skript installiert</translation>
    </message>
    <message>
        <source>Script saved</source>
        <translation>Skript gespeichert</translation>
    </message>
    <message>
        <source>Team activated</source>
        <translation>Team aktiviert</translation>
    </message>
    <message>
        <source>Team added</source>
        <translation>Team hinzugefügt</translation>
    </message>
    <message>
        <source>Team deactivated</source>
        <translation>Team deaktiviert</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Team umbenannt</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Benutzer geändert</translation>
    </message>
    <message>
        <source>Channel manager role changed</source>
        <translation>Rolle Channel-Manager geändert</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Benutzer entsperrt</translation>
    </message>
    <message>
        <source>User&apos;s work returned to the queue</source>
        <translation>Arbeit des Benutzers an die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <source>calling rule</source>
        <translation>Anrufregel</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>check call policy</source>
        <translation>Kontrollanruf-Richtlinie</translation>
    </message>
    <message>
        <source>command-line session</source>
        <translation>Kommandozeilensitzung</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>do-not-call registry</source>
        <translation>Sperrregister</translation>
    </message>
    <message>
        <source>do-not-call entry</source>
        <translation>Sperrlisteneintrag</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>retry settings</source>
        <translation>Wiederholungseinstellungen</translation>
    </message>
    <message>
        <source>scoring rules</source>
        <translation>Bewertungsregeln</translation>
    </message>
    <message>
        <source>script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>added at</source>
        <translation>hinzugefügt am</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>bereits importiert</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>assigned rep</source>
        <translation>zugewiesener Agent</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>Werktage</translation>
    </message>
    <message>
        <source>by</source>
        <translation>von</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>Anrufversuch</translation>
    </message>
    <message>
        <source>callbacks returned</source>
        <translation>zurückgegebene Rückrufe</translation>
    </message>
    <message>
        <source>open capacity</source>
        <translation>offene Kapazität</translation>
    </message>
    <message>
        <source>weekly capacity</source>
        <translation>Wochenkapazität</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>abgeschlossen am</translation>
    </message>
    <message>
        <source>computed grade</source>
        <translation>berechnete Note</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>contact correction</source>
        <translation>Kontaktkorrektur</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>added to do-not-call</source>
        <translation>zur Sperrliste hinzugefügt</translation>
    </message>
    <message>
        <source>due at</source>
        <translation>fällig am</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>endet am</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>examined</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>expires at</source>
        <translation>läuft ab am</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>letzter Versuch</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>Lead-Status</translation>
    </message>
    <message>
        <source>leads returned</source>
        <translation>zurückgegebene Leads</translation>
    </message>
    <message>
        <source>hold expires at</source>
        <translation>Reservierung läuft ab am</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>gehalten von</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>gesperrt bis</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>minimum per month</source>
        <translation>Minimum pro Monat</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>muss das Passwort ändern</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>next call</source>
        <translation>nächster Anruf</translation>
    </message>
    <message>
        <source>on</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>partner&apos;s rep</source>
        <translation>Mitarbeiter des Partners</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>share when poor (%)</source>
        <translation>Anteil bei schlechter Bilanz (%)</translation>
    </message>
    <message>
        <source>postal code prefixes</source>
        <translation>Postleitzahl-Präfixe</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>proposed partner</source>
        <translation>vorgeschlagener Partner</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>back from nurture on</source>
        <translation>zurück aus dem Nurturing am</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>national registries honoured</source>
        <translation>beachtete nationale Sperrlisten</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>reminded at</source>
        <translation>erinnert am</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>retention days</source>
        <translation>Aufbewahrungstage</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>rows changed</source>
        <translation>geänderte Zeilen</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>Anteil (%)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA verletzt</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>SLA-Stunden</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>beginnt am</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>Statusgrund</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>erstellt am</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>to</source>
        <translation>an</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>value fingerprint</source>
        <translation>Wert-Fingerabdruck</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>won revenue</source>
        <translation>gewonnener Umsatz</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>Arbeitsplatz</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text</source>
        <translation>&quot;{field}&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be an object</source>
        <translation>&quot;{field}&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number, at least 1</source>
        <translation>&quot;{field}&quot; muss eine ganze Zahl sein, mindestens 1</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a list</source>
        <translation>&quot;{field}&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>the rules of {places} leave no common calling hours</source>
        <translation>die Regeln von {places} lassen keine gemeinsame Anrufzeit</translation>
    </message>
    <message>
        <source>{never}</source>
        <translation>{never}</translation>
    </message>
    <message>
        <source>the legal holidays of {year} are not listed for {place}: add them to its calling rules</source>
        <translation>die gesetzlichen Feiertage {year} sind für {place} nicht eingetragen: tragen Sie sie in dessen Anrufregeln ein</translation>
    </message>
    <message>
        <source>{count} call in any 24 hours</source>
        <translation>{count} Anruf in 24 Stunden</translation>
    </message>
    <message>
        <source>{count} calls in any 24 hours</source>
        <translation>{count} Anrufe in 24 Stunden</translation>
    </message>
    <message>
        <source>{count} call in any 7 days</source>
        <translation>{count} Anruf in 7 Tagen</translation>
    </message>
    <message>
        <source>{count} calls in any 7 days</source>
        <translation>{count} Anrufe in 7 Tagen</translation>
    </message>
    <message>
        <source>{count} business day after delivery, {share}</source>
        <translation>{count} Werktag nach Zustellung, {share}</translation>
    </message>
    <message>
        <source>{count} business days after delivery, {share}</source>
        <translation>{count} Werktage nach Zustellung, {share}</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} ahead of the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>Die Uhr dieses Arbeitsplatzes geht gegenüber der Datenbank {amount} vor. Qualifier verwendet die Zeit der Datenbank, aber bitte lassen Sie die Uhr und ihre Zeitzone korrigieren.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} behind the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>Die Uhr dieses Arbeitsplatzes geht gegenüber der Datenbank {amount} nach. Qualifier verwendet die Zeit der Datenbank, aber bitte lassen Sie die Uhr und ihre Zeitzone korrigieren.</translation>
    </message>
    <message>
        <source>{replace} must be less than {most:,}</source>
        <translation>{replace} muss kleiner als {most:,} sein</translation>
    </message>
    <message>
        <source>{value!r} is not a country Qualifier knows: give its two-letter ISO code, such as DE or US, or its name</source>
        <translation>{value!r} ist kein Land, das Qualifier kennt: Geben Sie den zweibuchstabigen ISO-Code an, etwa DE oder US, oder den Namen</translation>
    </message>
    <message>
        <source>{value!r} is not a region of {country} Qualifier knows: give its ISO code, such as US-NY</source>
        <translation>{value!r} ist keine Region von {country}, die Qualifier kennt: Geben Sie den ISO-Code an, etwa US-NY</translation>
    </message>
    <message>
        <source>{name}: no header row found; the header must be one of the first {rows} rows and name a phone or e-mail column and a name or company column (such as {expected})</source>
        <translation>{name}: keine Kopfzeile gefunden; die Kopfzeile muss eine der ersten {rows} Zeilen sein und eine Telefon- oder E-Mail-Spalte sowie eine Namens- oder Firmenspalte benennen (etwa {expected})</translation>
    </message>
    <message>
        <source>the mapping has {count} columns but the file has {columns}; preview the file again</source>
        <translation>die Zuordnung hat {count} Spalten, die Datei aber {columns}; zeigen Sie die Datei erneut in der Vorschau an</translation>
    </message>
    <message>
        <source>unknown fields {names}; known fields: {join}</source>
        <translation>unbekannte Felder {names}; bekannte Felder: {join}</translation>
    </message>
    <message>
        <source>the mapping lists several columns for {name!r}; only {fields} may be read from several columns (like {{&quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}})</source>
        <translation>die Zuordnung nennt mehrere Spalten für {name!r}; nur {fields} dürfen aus mehreren Spalten gelesen werden (etwa {{&quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}})</translation>
    </message>
    <message>
        <source>the mapping reads column {title!r} as both {first} and {second}</source>
        <translation>die Zuordnung liest die Spalte {title!r} sowohl als {first} als auch als {second}</translation>
    </message>
    <message>
        <source>{count:,} other partner does not cover {area}</source>
        <translation>{count:,} weiterer Partner deckt {area} nicht ab</translation>
    </message>
    <message>
        <source>{count:,} partner cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} Partner kann nicht zugeordnet werden: das Land des Leads ist unbekannt</translation>
    </message>
    <message>
        <source>Rotation: {count} lead in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotation: {count} Lead in den letzten {days} Tagen bei einem fairen Anteil von {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>Rotation: {count} leads in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotation: {count} Leads in den letzten {days} Tagen bei einem fairen Anteil von {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;when&quot; must be an object of conditions</source>
        <translation>Warteschlangenregel {index}: &quot;when&quot; muss ein Objekt mit Bedingungen sein</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must map keywords to their points, like {example}</source>
        <translation>&quot;points.{name}&quot; muss Stichwörtern ihre Punkte zuordnen, etwa {example}</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must be a list of pairs like {example}</source>
        <translation>&quot;points.{name}&quot; muss eine Liste von Paaren wie {example} sein</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{where}: the points {value} are not a number</source>
        <translation>{where}: die Punkte {value} sind keine Zahl</translation>
    </message>
    <message>
        <source>{where} is {entry}, not a pair like {example}</source>
        <translation>{where} ist {entry}, kein Paar wie {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a keyword (a text that is not empty)</source>
        <translation>{where}: {value} ist kein Stichwort (ein nicht leerer Text)</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;segment&quot; must be &quot;smb&quot; or &quot;enterprise&quot;, not {value}</source>
        <translation>Warteschlangenregel {index}: &quot;segment&quot; muss &quot;smb&quot; oder &quot;enterprise&quot; sein, nicht {value}</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;{condition}&quot; must be a list of texts like [&quot;US&quot;], not {value}</source>
        <translation>Warteschlangenregel {index}: &quot;{condition}&quot; muss eine Liste von Texten wie [&quot;US&quot;] sein, nicht {value}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a text file; save it as CSV</source>
        <translation>{name} ist eine Tabellenkalkulation, keine Textdatei; speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>{path} kann nicht gelesen werden: {strerror}</translation>
    </message>
    <message>
        <source>{name} is damaged after row {number} ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} ist nach Zeile {number} beschädigt ({problem}); nichts wird importiert: öffnen Sie die Datei in der Tabellenkalkulation und speichern Sie sie erneut, oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>the database refused this: {detail}; nothing was saved</source>
        <translation>die Datenbank hat dies abgelehnt: {detail}; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>{where} answers like PgBouncer ({detail}): set pooler = &quot;pgbouncer&quot; in [database] of the settings, or add ?pooler=pgbouncer to its url</source>
        <translation>{where} antwortet wie PgBouncer ({detail}): in den Einstellungen unter [database] pooler = &quot;pgbouncer&quot; setzen oder ?pooler=pgbouncer an die URL anhängen</translation>
    </message>
    <message>
        <source>{where} asks for a password and none was given: name the database login in the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password in the OS keyring (service qualifier-database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} verlangt ein Passwort, und es wurde keines angegeben: Nennen Sie die Datenbankanmeldung in der URL (postgresql://LOGIN@HOST/DATABASE) und legen Sie ihr Passwort im Schlüsselbund des Systems (Dienst qualifier-database), in ~/.pgpass oder in PGPASSWORD ab</translation>
    </message>
    <message>
        <source>the database refused this change to {table}: row-level security does not let your login make it; nothing was saved</source>
        <translation>die Datenbank hat diese Änderung an {table} abgelehnt: die Sicherheit auf Zeilenebene erlaubt sie Ihrer Anmeldung nicht; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>an in-memory SQLite database ends with the command that opened it; give a file: sqlite:///PATH</source>
        <translation>eine SQLite-Datenbank im Arbeitsspeicher endet mit dem Befehl, der sie geöffnet hat; geben Sie eine Datei an: sqlite:///PFAD</translation>
    </message>
    <message>
        <source>{url!r} is not a SQLite URL: write sqlite:/// and then the file&apos;s path</source>
        <translation>{url!r} ist keine SQLite-URL: schreiben Sie sqlite:/// und dann den Pfad der Datei</translation>
    </message>
    <message>
        <source>cannot use the SQLite database {path}: {problem}</source>
        <translation>die SQLite-Datenbank {path} ist nicht verwendbar: {problem}</translation>
    </message>
    <message>
        <source>the server has no database {name}: check the database&apos;s name in the [database] url of the settings</source>
        <translation>der Server hat keine Datenbank {name}: den Datenbanknamen in der URL unter [database] in den Einstellungen prüfen</translation>
    </message>
    <message>
        <source>{where} has no Qualifier schema yet, or one older than this version of Qualifier: an administrator runs `qualifier db upgrade`</source>
        <translation>{where} hat noch kein Qualifier-Schema oder eines, das älter ist als diese Version von Qualifier: Ein Administrator führt `qualifier db upgrade` aus</translation>
    </message>
    <message>
        <source>{where} does not let the sign-in role {role} connect: an administrator runs `qualifier db upgrade`, which lets it</source>
        <translation>{where} lässt die Anmelderolle {role} nicht verbinden: Ein Administrator führt `qualifier db upgrade` aus, das es ihr erlaubt</translation>
    </message>
    <message>
        <source>the database is empty ({database}); run `qualifier db upgrade` to create it</source>
        <translation>die Datenbank ist leer ({database}); führen Sie `qualifier db upgrade` aus, um sie anzulegen</translation>
    </message>
    <message>
        <source>the upgrade waited more than {seconds} s for a table that open sessions are using, and changed nothing: run it when the workstations are closed, or give it longer with --lock-wait</source>
        <translation>die Aktualisierung hat länger als {seconds} s auf eine Tabelle gewartet, die offene Sitzungen benutzen, und nichts geändert: bei geschlossenen Arbeitsplätzen ausführen oder mit --lock-wait länger warten lassen</translation>
    </message>
    <message>
        <source>the database refused the upgrade ({detail}) and nothing was changed: run `qualifier db upgrade` with the database owner&apos;s credentials</source>
        <translation>die Datenbank hat die Aktualisierung abgelehnt ({detail}), nichts wurde geändert: `qualifier db upgrade` mit den Zugangsdaten des Datenbankeigentümers ausführen</translation>
    </message>
    <message>
        <source>only the database&apos;s owner {owner} may upgrade its schema, and {login} is not a member of it: run `qualifier db upgrade` with the owner&apos;s credentials</source>
        <translation>nur der Eigentümer der Datenbank, {owner}, darf ihr Schema aktualisieren, und {login} ist nicht Mitglied davon: `qualifier db upgrade` mit den Zugangsdaten des Eigentümers ausführen</translation>
    </message>
    <message>
        <source>the center&apos;s name must have at most {limit} characters</source>
        <translation>der Name des Centers darf höchstens {limit} Zeichen haben</translation>
    </message>
    <message>
        <source>nobody resets or unlocks their own sign-in: another administrator does; choose your own password with Session → Change password… or `qualifier password`</source>
        <translation>niemand setzt die eigene Anmeldung zurück oder entsperrt sie: das tut ein anderer Administrator; das eigene Passwort wählt man unter Sitzung → Passwort ändern… oder mit `qualifier password`</translation>
    </message>
    <message>
        <source>the name must have at most {limit} characters</source>
        <translation>der Name darf höchstens {limit} Zeichen haben</translation>
    </message>
    <message>
        <source>a database role named {login} exists already; choose another login</source>
        <translation>eine Datenbankrolle namens {login} existiert bereits; wählen Sie ein anderes Login</translation>
    </message>
    <message>
        <source>the password of {login} is a one-time password: choose your own first, with `qualifier password --as {login}` or at the desktop app&apos;s sign-in</source>
        <translation>das Passwort von {login} ist ein Einmalpasswort: wählen Sie zuerst Ihr eigenes, mit `qualifier password --as {login}` oder bei der Anmeldung in der Desktop-App</translation>
    </message>
    <message>
        <source>no country: add a +country code or set the lead&apos;s country</source>
        <translation>kein Land: +Ländervorwahl ergänzen oder das Land des Leads angeben</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>zu kurz nach der internationalen Vorwahl</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>not a valid number in {region}</source>
        <translation>keine gültige Nummer in {region}</translation>
    </message>
    <message>
        <source>too short for {region}</source>
        <translation>zu kurz für {region}</translation>
    </message>
    <message>
        <source>too long for {region}</source>
        <translation>zu lang für {region}</translation>
    </message>
    <message>
        <source>wrong length for {region}</source>
        <translation>falsche Länge für {region}</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>unbekannte Ländervorwahl</translation>
    </message>
    <message>
        <source>{reason}; a number in another country starts with + and its country code</source>
        <translation>{reason}; eine Nummer in einem anderen Land beginnt mit + und dessen Ländervorwahl</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>es fehlt das @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>nichts vor dem @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>nichts nach dem @</translation>
    </message>
    <message>
        <source>the part after the @ needs a period, as in example.com</source>
        <translation>der Teil nach dem @ braucht einen Punkt, wie in example.com</translation>
    </message>
    <message>
        <source>two periods in a row</source>
        <translation>zwei Punkte hintereinander</translation>
    </message>
    <message>
        <source>characters not allowed before the @: {characters}</source>
        <translation>unzulässige Zeichen vor dem @: {characters}</translation>
    </message>
    <message>
        <source>characters not allowed after the @: {characters}</source>
        <translation>unzulässige Zeichen nach dem @: {characters}</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name that receives no e-mail</source>
        <translation>der Teil nach dem @ ist ein reservierter Name, der keine E-Mail empfängt</translation>
    </message>
    <message>
        <source>the domain {domain} does not exist</source>
        <translation>die Domain {domain} existiert nicht</translation>
    </message>
    <message>
        <source>the domain {domain} receives no e-mail</source>
        <translation>die Domain {domain} empfängt keine E-Mail</translation>
    </message>
    <message>
        <source>{count} time zones</source>
        <translation>{count} Zeitzonen</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>its country</source>
        <translation>sein Land</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>a period at the start</source>
        <translation>ein Punkt am Anfang</translation>
    </message>
    <message>
        <source>no country: write it with its +country code, or give its country</source>
        <translation>kein Land: schreiben Sie sie mit ihrer +Ländervorwahl, oder geben Sie ihr Land an</translation>
    </message>
    <message>
        <source>a period just before the @</source>
        <translation>ein Punkt direkt vor dem @</translation>
    </message>
    <message>
        <source>a period just after the @</source>
        <translation>ein Punkt direkt nach dem @</translation>
    </message>
    <message>
        <source>{field} {text!r} is in {marked}, but the center counts in {currency}: amounts are not converted; give it in {currency}</source>
        <translation>{field} {text!r} ist in {marked}, das Center rechnet aber in {currency}: Beträge werden nicht umgerechnet; geben Sie ihn in {currency} an</translation>
    </message>
    <message>
        <source>{typed!r} is not a currency code: give one of ISO 4217&apos;s, such as USD, EUR, GBP or CHF</source>
        <translation>{typed!r} ist kein Währungscode: geben Sie einen nach ISO 4217 an, etwa USD, EUR, GBP oder CHF</translation>
    </message>
    <message>
        <source>{extension!r} is not an extension that can be dialled</source>
        <translation>{extension!r} ist keine Durchwahl, die gewählt werden kann</translation>
    </message>
    <message>
        <source>{label} must be at most {high:,}</source>
        <translation>{label} darf höchstens {high:,} sein</translation>
    </message>
    <message>
        <source>{region!r} is not a region of {country} (ISO 3166-2, like US-CA)</source>
        <translation>{region!r} ist keine Region von {country} (ISO 3166-2, wie US-CA)</translation>
    </message>
    <message>
        <source>{region!r} is in {country}, which the partner&apos;s countries do not list</source>
        <translation>{region!r} liegt in {country}, das die Länder des Partners nicht nennen</translation>
    </message>
    <message>
        <source>{raw!r} is for {country}, which the partner does not cover</source>
        <translation>{raw!r} gilt für {country}, das der Partner nicht abdeckt</translation>
    </message>
    <message>
        <source>the column titles again, no data (files put one after another?)</source>
        <translation>wieder die Spaltenüberschriften, keine Daten (Dateien hintereinander eingefügt?)</translation>
    </message>
    <message>
        <source>{name}: its header row is longer than {most:,} characters, the longest line an import reads</source>
        <translation>{name}: seine Kopfzeile ist länger als {most:,} Zeichen, die längste Zeile, die ein Import liest</translation>
    </message>
    <message>
        <source>a cell holds something its type cannot hold</source>
        <translation>eine Zelle enthält etwas, das ihr Typ nicht fassen kann</translation>
    </message>
    <message>
        <source>{name} is damaged in its first rows ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} ist in den ersten Zeilen beschädigt ({problem}); nichts wird importiert: öffnen Sie die Datei in der Tabellenkalkulation und speichern Sie sie erneut, oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>this database has no users yet; set up the center first (qualifier setup)</source>
        <translation>diese Datenbank hat noch keine Benutzer; richten Sie zuerst das Center ein (qualifier setup)</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>kein Login</translation>
    </message>
    <message>
        <source>the login is also on row {value}</source>
        <translation>das Login steht auch in Zeile {value}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>the center has no name and time zone yet: give both (and the calling window, else {window})</source>
        <translation>das Center hat noch keinen Namen und keine Zeitzone: geben Sie beides an (und das Anruffenster, sonst {window})</translation>
    </message>
    <message>
        <source>v{version} (in force)</source>
        <translation>v{version} (in Kraft)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>v{version} (in use)</source>
        <translation>v{version} (in Verwendung)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>the queue {name} is closed; adding a queue of that name opens it again</source>
        <translation>die Warteschlange {name} ist geschlossen; eine Warteschlange dieses Namens hinzuzufügen öffnet sie wieder</translation>
    </message>
    <message>
        <source>the queue {name} is closed already</source>
        <translation>die Warteschlange {name} ist bereits geschlossen</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} lead; move it to another queue first (--move-to QUEUE)</source>
        <translation>die Warteschlange {name} enthält noch {count} Lead; verschieben Sie ihn zuerst in eine andere Warteschlange (--move-to QUEUE)</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} leads; move them to another queue first (--move-to QUEUE)</source>
        <translation>die Warteschlange {name} enthält noch {count} Leads; verschieben Sie sie zuerst in eine andere Warteschlange (--move-to QUEUE)</translation>
    </message>
    <message>
        <source>the name {name!r} is a closed queue of another team; choose another name (an administrator can open that queue again)</source>
        <translation>der Name {name!r} gehört zu einer geschlossenen Warteschlange eines anderen Teams; wählen Sie einen anderen Namen (ein Administrator kann diese Warteschlange wieder öffnen)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; did you mean {city}?</source>
        <translation>Zeitzone {name!r} ist unbekannt; meinten Sie {city}?</translation>
    </message>
    <message>
        <source>the queue {name!r} belongs to no team; an administrator gives it to one</source>
        <translation>die Warteschlange {name!r} gehört zu keinem Team; ein Administrator gibt sie einem</translation>
    </message>
    <message>
        <source>Paused by team lead</source>
        <translation>Vom Teamleiter pausiert</translation>
    </message>
    <message>
        <source>{disposition} logged; the customer was not reached: check call closed</source>
        <translation>{disposition} erfasst; der Kunde wurde nicht erreicht: Kontrollanruf geschlossen</translation>
    </message>
    <message>
        <source>Check call saved: {words}</source>
        <translation>Kontrollanruf gespeichert: {words}</translation>
    </message>
    <message>
        <source>lead {lead} has no check call due any more</source>
        <translation>für Lead {lead} ist kein Kontrollanruf mehr fällig</translation>
    </message>
    <message>
        <source>; flagged: {partner} reports the lead active</source>
        <translation>; markiert: {partner} meldet den Lead als aktiv</translation>
    </message>
    <message>
        <source>; reopened for the channel manager</source>
        <translation>; für den Channel-Manager wieder geöffnet</translation>
    </message>
    <message>
        <source>the customer does not know whether {partner} called</source>
        <translation>der Kunde weiß nicht, ob {partner} angerufen hat</translation>
    </message>
    <message>
        <source>; still needs it</source>
        <translation>; braucht es noch</translation>
    </message>
    <message>
        <source>On the do-not-call list; the check call is closed</source>
        <translation>Auf der Sperrliste; der Kontrollanruf ist geschlossen</translation>
    </message>
    <message>
        <source>the customer says {partner} never contacted them</source>
        <translation>der Kunde sagt, {partner} habe ihn nie kontaktiert</translation>
    </message>
    <message>
        <source>the customer says {partner} contacted them</source>
        <translation>der Kunde sagt, {partner} habe ihn kontaktiert</translation>
    </message>
    <message>
        <source>; no longer needs it</source>
        <translation>; braucht es nicht mehr</translation>
    </message>
    <message>
        <source> (experience {score}/5)</source>
        <translation> (Erfahrung {score}/5)</translation>
    </message>
    <message>
        <source>the check call&apos;s answers need its script</source>
        <translation>die Antworten des Kontrollanrufs brauchen sein Skript</translation>
    </message>
    <message>
        <source>keep it with {partner} with a note, or re-route it later</source>
        <translation>lassen Sie ihn mit einer Notiz bei {partner} oder leiten Sie ihn später um</translation>
    </message>
    <message>
        <source>no other partner can take the lead now ({why}): {keep}</source>
        <translation>kein anderer Partner kann den Lead jetzt übernehmen ({why}): {keep}</translation>
    </message>
    <message>
        <source>no other partner can take the lead now: {keep}</source>
        <translation>kein anderer Partner kann den Lead jetzt übernehmen: {keep}</translation>
    </message>
    <message>
        <source>the customer told our check call that {partner} never contacted them</source>
        <translation>der Kunde hat bei unserem Kontrollanruf gesagt, dass {partner} ihn nie kontaktiert hat</translation>
    </message>
    <message>
        <source>taken back from {partner}; not re-routed yet: {why}</source>
        <translation>von {partner} zurückgenommen; noch nicht neu zugewiesen: {why}</translation>
    </message>
    <message>
        <source>say why the lead stays with the partner</source>
        <translation>geben Sie an, warum der Lead beim Partner bleibt</translation>
    </message>
    <message>
        <source>there is no check call {check_call}</source>
        <translation>es gibt keinen Kontrollanruf {check_call}</translation>
    </message>
    <message>
        <source>check call {check_call} is not open for a decision</source>
        <translation>Kontrollanruf {check_call} ist nicht zur Entscheidung offen</translation>
    </message>
    <message>
        <source>the handoff to {partner} is {status} now; nothing to decide</source>
        <translation>die Übergabe an {partner} ist jetzt {status}; nichts zu entscheiden</translation>
    </message>
    <message>
        <source>the customer no longer needs it: keep the handoff with the partner instead</source>
        <translation>der Kunde braucht es nicht mehr: belassen Sie die Übergabe stattdessen beim Partner</translation>
    </message>
    <message>
        <source>Re-routed because {reason}.</source>
        <translation>Neu zugewiesen, weil {reason}.</translation>
    </message>
    <message>
        <source>taken back: {reason}</source>
        <translation>zurückgenommen: {reason}</translation>
    </message>
    <message>
        <source>there is no check-call policy for {which}</source>
        <translation>es gibt keine Kontrollanruf-Richtlinie für {which}</translation>
    </message>
    <message>
        <source>there is no partner {partner!r}</source>
        <translation>es gibt keinen Partner {partner!r}</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Contacted by partner</source>
        <translation>Vom Partner kontaktiert</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Nicht kontaktiert</translation>
    </message>
    <message>
        <source>Median days to contact</source>
        <translation>Median Tage bis Kontakt</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Zufriedenheit (1–5)</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Widersprochen</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <source>--by must be one of {choices}</source>
        <translation>--by muss einer von {choices} sein</translation>
    </message>
    <message>
        <source>Check calls by partner</source>
        <translation>Kontrollanrufe nach Partner</translation>
    </message>
    <message>
        <source>Check calls by rep</source>
        <translation>Kontrollanrufe nach Agent</translation>
    </message>
    <message>
        <source>the lead is {status}</source>
        <translation>Status des Leads: {status}</translation>
    </message>
    <message>
        <source>the prospect said no to phone calls</source>
        <translation>der Interessent hat Anrufe abgelehnt</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: the channel manager already decided on the reopened handoff</source>
        <translation>der Kontrollanruf von Lead {lead} kann nicht rückgängig gemacht werden: der Channel-Manager hat bereits über die wieder geöffnete Übergabe entschieden</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: it changed since</source>
        <translation>der Kontrollanruf von Lead {lead} kann nicht rückgängig gemacht werden: er wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>number has had as many calls as {place} allows (at most {limits}, counting every lead with this number)</source>
        <translation>Nummer wurde so oft angerufen, wie {place} erlaubt (höchstens {limits}, über alle Leads mit dieser Nummer)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key (hash)</source>
        <translation>Schlüssel (Hash)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Hinzugefügt (UTC)</translation>
    </message>
    <message>
        <source>reason or source containing {words!r}</source>
        <translation>Grund oder Quelle mit {words!r}</translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation>E-Mail {email}</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>Telefon {phone}</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address to block</source>
        <translation>geben Sie eine zu sperrende Telefonnummer oder E-Mail-Adresse an</translation>
    </message>
    <message>
        <source>{value} is not on the do-not-call list</source>
        <translation>{value} ist nicht auf der Sperrliste</translation>
    </message>
    <message>
        <source>phone {phone!r}: {reason}</source>
        <translation>Telefon {phone!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {email!r}: {reason}</source>
        <translation>E-Mail {email!r}: {reason}</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>geben Sie an, warum der Eintrag von der Liste kommt</translation>
    </message>
    <message>
        <source>do-not-call entry {entry_id} is no longer on the list</source>
        <translation>Sperrlisteneintrag {entry_id} ist nicht mehr auf der Liste</translation>
    </message>
    <message>
        <source>{name}: a person&apos;s data is exported as a .zip file</source>
        <translation>{name}: die Daten einer Person werden als .zip-Datei exportiert</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}: kein solcher Ordner</translation>
    </message>
    <message>
        <source>say why the person is to be erased</source>
        <translation>geben Sie an, warum die Person gelöscht werden soll</translation>
    </message>
    <message>
        <source>say why the person is erased (--reason)</source>
        <translation>geben Sie an, warum die Person gelöscht wird (--reason)</translation>
    </message>
    <message>
        <source>give exactly one of --email, --phone or --lead</source>
        <translation>geben Sie genau eines von --email, --phone oder --lead an</translation>
    </message>
    <message>
        <source>no lead matches {describe}</source>
        <translation>kein Lead passt zu {describe}</translation>
    </message>
    <message>
        <source>there is no lead {lead_id}</source>
        <translation>es gibt keinen Lead {lead_id}</translation>
    </message>
    <message>
        <source>no lead matches {describe}; it is on the do-not-call list (as a hash), as after an erasure: nothing about it is left to export or erase</source>
        <translation>kein Lead passt zu {describe}; der Wert steht (als Hash) auf der Sperrliste, wie nach einer Löschung: es ist nichts mehr zu exportieren oder zu löschen</translation>
    </message>
    <message>
        <source>{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit {limit}): leads in {countries} are not claimable until a fresh import</source>
        <translation>der Sperrlisten-Snapshot {name} vom {taken_on} ist {age} Tage alt (Grenze {limit}): Leads in {countries} sind bis zu einem neuen Import nicht abrufbar</translation>
    </message>
    <message>
        <source>{name} line {line}: {value!r} is not a {name2} phone number</source>
        <translation>{name} Zeile {line}: {value!r} ist keine {name2}-Telefonnummer</translation>
    </message>
    <message>
        <source>the {name} do-not-call registry, which the center honours, has never been imported: leads in {countries} are not claimable until it is</source>
        <translation>die nationale Sperrliste {name}, die das Center beachtet, wurde nie importiert: Leads in {countries} sind erst danach abrufbar</translation>
    </message>
    <message>
        <source>unknown registry {name!r}; known registries: {known}</source>
        <translation>unbekanntes Register {name!r}; bekannte Register: {known}</translation>
    </message>
    <message>
        <source>{name}: no number column in the header (expected one of {join})</source>
        <translation>{name}: keine Nummernspalte in der Kopfzeile (erwartet eine von {join})</translation>
    </message>
    <message>
        <source>{name} holds no phone numbers (it is empty, or has only a header or blank lines); nothing was imported</source>
        <translation>{name} enthält keine Telefonnummern (die Datei ist leer oder hat nur eine Kopfzeile oder Leerzeilen); nichts wurde importiert</translation>
    </message>
    <message>
        <source>{name} line {number}: no value in the number column</source>
        <translation>{name} Zeile {number}: kein Wert in der Nummernspalte</translation>
    </message>
    <message>
        <source>{path} is not a readable file</source>
        <translation>{path} ist keine lesbare Datei</translation>
    </message>
    <message>
        <source>the snapshot&apos;s date {taken_on} is after the center&apos;s today ({today})</source>
        <translation>das Datum des Snapshots {taken_on} liegt nach dem heutigen Tag des Centers ({today})</translation>
    </message>
    <message>
        <source>a snapshot of {taken_on} is already {age} days old; the {name} registry must be at most {max_age_days} days old</source>
        <translation>ein Snapshot vom {taken_on} ist bereits {age} Tage alt; das Register {name} darf höchstens {max_age_days} Tage alt sein</translation>
    </message>
    <message>
        <source>the {name} registry holds the snapshot of {loaded}; one of {taken_on} is older</source>
        <translation>das Register {name} enthält bereits den Stand vom {loaded}; ein Stand vom {taken_on} ist älter</translation>
    </message>
    <message>
        <source>{reason} (the cell holds the spreadsheet error {error}, read as empty)</source>
        <translation>{reason} (die Zelle enthält den Tabellenfehler {error}, als leer gelesen)</translation>
    </message>
    <message>
        <source>no header row found: the header must be one of the first {rows} rows and have a column for {join}</source>
        <translation>keine Kopfzeile gefunden: die Kopfzeile muss eine der ersten {rows} Zeilen sein und eine Spalte für {join} haben</translation>
    </message>
    <message>
        <source>the file has no column for {join} (its columns: {value})</source>
        <translation>die Datei hat keine Spalte für {join} (ihre Spalten: {value})</translation>
    </message>
    <message>
        <source>created queue {queue} (named by the scoring rules)</source>
        <translation>Warteschlange {queue} angelegt (von den Bewertungsregeln genannt)</translation>
    </message>
    <message>
        <source>{count:,} new leads</source>
        <translation>{count:,} neue Leads</translation>
    </message>
    <message>
        <source>{count:,} merged into existing leads</source>
        <translation>{count:,} mit bestehenden Leads zusammengeführt</translation>
    </message>
    <message>
        <source>{count:,} rejected</source>
        <translation>{count:,} abgelehnt</translation>
    </message>
    <message>
        <source> ({count:,} rows not accounted for: please report this)</source>
        <translation> ({count:,} Zeilen nicht zugeordnet: bitte melden Sie dies)</translation>
    </message>
    <message>
        <source>{count:,} already imported</source>
        <translation>{count:,} bereits importiert</translation>
    </message>
    <message>
        <source>; {count:,} blank row between them skipped</source>
        <translation>; {count:,} leere Zeile dazwischen übersprungen</translation>
    </message>
    <message>
        <source>; {count:,} blank rows between them skipped</source>
        <translation>; {count:,} leere Zeilen dazwischen übersprungen</translation>
    </message>
    <message>
        <source>; {count:,} row hidden in the workbook (a filter?) not read: show it to import it</source>
        <translation>; {count:,} in der Arbeitsmappe ausgeblendete Zeile (ein Filter?) nicht gelesen: blenden Sie sie ein, um sie zu importieren</translation>
    </message>
    <message>
        <source>; {count:,} rows hidden in the workbook (a filter?) not read: show them to import them</source>
        <translation>; {count:,} in der Arbeitsmappe ausgeblendete Zeilen (ein Filter?) nicht gelesen: blenden Sie sie ein, um sie zu importieren</translation>
    </message>
    <message>
        <source>; sheet {sheet} read ({passed} before it: no header row)</source>
        <translation>; Blatt {sheet} gelesen ({passed} davor: keine Kopfzeile)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the {count:,} rows above it are not data</source>
        <translation>; die Kopfzeile steht in Zeile {row}: die {count:,} Zeilen darüber sind keine Daten</translation>
    </message>
    <message>
        <source>; not read: sheet {unread}, which holds rows too (one sheet is read per file: save it as a file of its own)</source>
        <translation>; nicht gelesen: Blatt {unread}, das ebenfalls Zeilen enthält (je Datei wird ein Blatt gelesen: speichern Sie es als eigene Datei)</translation>
    </message>
    <message>
        <source>; not read: sheets {unread}, which hold rows too (one sheet is read per file: save each as a file of its own)</source>
        <translation>; nicht gelesen: die Blätter {unread}, die ebenfalls Zeilen enthalten (je Datei wird ein Blatt gelesen: speichern Sie jedes als eigene Datei)</translation>
    </message>
    <message>
        <source>the source name is longer than 120 characters</source>
        <translation>der Quellname ist länger als 120 Zeichen</translation>
    </message>
    <message>
        <source>no column is recognised as company or domain (columns: {columns})</source>
        <translation>keine Spalte wird als Firma oder Domain erkannt (Spalten: {columns})</translation>
    </message>
    <message>
        <source>nothing of it was kept; run the same file again</source>
        <translation>davon wurde nichts behalten; importieren Sie dieselbe Datei noch einmal</translation>
    </message>
    <message>
        <source>the same file was imported in full afterwards (import {batch_id})</source>
        <translation>dieselbe Datei wurde danach vollständig importiert (Import {batch_id})</translation>
    </message>
    <message>
        <source>the {count:,} row read so far is kept; run the same file again: rows already stored are not added twice</source>
        <translation>die bisher gelesene {count:,} Zeile bleibt erhalten; importieren Sie dieselbe Datei noch einmal: schon gespeicherte Zeilen werden nicht doppelt angelegt</translation>
    </message>
    <message>
        <source>the {count:,} rows read so far are kept; run the same file again: rows already stored are not added twice</source>
        <translation>die bisher gelesenen {count:,} Zeilen bleiben erhalten; importieren Sie dieselbe Datei noch einmal: schon gespeicherte Zeilen werden nicht doppelt angelegt</translation>
    </message>
    <message>
        <source>there is no import kind {value!r} (kinds: {join})</source>
        <translation>es gibt keine Importart {value!r} (Arten: {join})</translation>
    </message>
    <message>
        <source>the limit must be between 1 and {most}</source>
        <translation>die Grenze muss zwischen 1 und {most} liegen</translation>
    </message>
    <message>
        <source>the campaign name is longer than 120 characters</source>
        <translation>der Kampagnenname ist länger als 120 Zeichen</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows to import</source>
        <translation>{name} hat eine Kopfzeile, aber keine Zeilen zum Importieren</translation>
    </message>
    <message>
        <source>the rejects file {path} is a folder; name a file in it</source>
        <translation>die Datei für abgelehnte Zeilen {path} ist ein Ordner; nennen Sie eine Datei darin</translation>
    </message>
    <message>
        <source>the folder {parent} for the rejects file does not exist</source>
        <translation>der Ordner {parent} für die Datei der abgelehnten Zeilen existiert nicht</translation>
    </message>
    <message>
        <source>the rejects file {path} is the file being imported; name another file</source>
        <translation>die Datei für abgelehnte Zeilen {path} ist die importierte Datei; nennen Sie eine andere</translation>
    </message>
    <message>
        <source>the scoring rules</source>
        <translation>die Bewertungsregeln</translation>
    </message>
    <message>
        <source>{name}: the rules must be a JSON object</source>
        <translation>{name}: die Regeln müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the row is about partner {named}; this file is {partner}&apos;s</source>
        <translation>die Zeile betrifft den Partner {named}; diese Datei ist von {partner}</translation>
    </message>
    <message>
        <source>the row has no handoff id; say which partner the file comes from to find its lead by e-mail or phone</source>
        <translation>die Zeile hat keine Übergabe-ID; geben Sie an, von welchem Partner die Datei stammt, um ihren Lead per E-Mail oder Telefonnummer zu finden</translation>
    </message>
    <message>
        <source>the lead with this {what} was not handed to {partner}</source>
        <translation>der Lead mit diesem Wert ({what}) wurde nicht an {partner} übergeben</translation>
    </message>
    <message>
        <source>{partner} no longer has this lead: its handoff {handoff_id} is {state}</source>
        <translation>{partner} hat diesen Lead nicht mehr: seine Übergabe {handoff_id} ist {state}</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a whole number: handoff ids have no decimals (was the cell changed by a formula or rounding?)</source>
        <translation>Übergabe-ID {handoff_text!r} ist keine ganze Zahl: Übergabe-IDs haben keine Nachkommastellen (wurde die Zelle durch eine Formel oder Rundung verändert?)</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not {partner}&apos;s</source>
        <translation>die Übergabe {handoff_id} ist nicht von {partner}</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server is configured, the package is in the outbox</source>
        <translation>wartet auf Zustellung: kein Mailserver eingerichtet, das Paket liegt im Postausgang</translation>
    </message>
    <message>
        <source>not sent: the lead went do-not-call after it was routed; the partner must not have it</source>
        <translation>nicht gesendet: der Lead wurde nach der Zuweisung auf die Sperrliste gesetzt; der Partner darf ihn nicht erhalten</translation>
    </message>
    <message>
        <source>{awaiting}; the SLA starts when it is e-mailed</source>
        <translation>{awaiting}; das SLA beginnt mit dem E-Mail-Versand</translation>
    </message>
    <message>
        <source>e-mailed to the partner rep</source>
        <translation>per E-Mail an den Vertriebsmitarbeiter des Partners gesendet</translation>
    </message>
    <message>
        <source>left in the outbox</source>
        <translation>im Postausgang abgelegt</translation>
    </message>
    <message>
        <source>outcome unknown, not resent before {at:%Y-%m-%d %H:%M} UTC: {problem}</source>
        <translation>Ergebnis unbekannt, kein erneuter Versand vor {at:%Y-%m-%d %H:%M} UTC: {problem}</translation>
    </message>
    <message>
        <source>not delivered, kept in the outbox for a retry: {problem}</source>
        <translation>nicht zugestellt, für einen neuen Versuch im Postausgang: {problem}</translation>
    </message>
    <message>
        <source>{name} is managed by another channel manager</source>
        <translation>{name} wird von einem anderen Channel-Manager betreut</translation>
    </message>
    <message>
        <source>name yourself as the channel manager of your partners</source>
        <translation>tragen Sie sich selbst als Channel-Manager Ihrer Partner ein</translation>
    </message>
    <message>
        <source>{login} still looks after {partners}: give those partners another channel manager first</source>
        <translation>{login} betreut noch {partners}: geben Sie diesen Partnern zuerst einen anderen Channel-Manager</translation>
    </message>
    <message>
        <source>awaiting delivery: waiting for a person to decide, SLA not started</source>
        <translation>wartet auf Zustellung: wartet auf die Entscheidung einer Person, SLA nicht gestartet</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed by someone else meanwhile; import the file again</source>
        <translation>die Übergabe {handoff_id} wurde inzwischen von jemand anderem geändert; importieren Sie die Datei erneut</translation>
    </message>
    <message>
        <source>the partner&apos;s update of {at:%Y-%m-%d %H:%M} UTC is older than the handoff&apos;s last news ({last:%Y-%m-%d %H:%M} UTC), which stays</source>
        <translation>die Meldung des Partners vom {at:%Y-%m-%d %H:%M} UTC ist älter als die letzte Nachricht zur Übergabe ({last:%Y-%m-%d %H:%M} UTC), die bestehen bleibt</translation>
    </message>
    <message>
        <source>say which partner the file comes from: it finds handoffs by the lead&apos;s e-mail or phone</source>
        <translation>geben Sie an, von welchem Partner die Datei stammt: sie findet Übergaben über E-Mail oder Telefonnummer des Leads</translation>
    </message>
    <message>
        <source>the number of days must be at most {most:,}, not {days:,}</source>
        <translation>die Zahl der Tage darf höchstens {most:,} sein, nicht {days:,}</translation>
    </message>
    <message>
        <source>{login} records feedback only for the partners they manage</source>
        <translation>{login} erfasst Rückmeldungen nur für die Partner, die er oder sie betreut</translation>
    </message>
    <message>
        <source>the partner rep&apos;s address was refused: waiting for a person to give the partner a working address in the directory and send it again, or to mark it delivered</source>
        <translation>die Adresse des Partnervertreters wurde abgelehnt: wartet darauf, dass eine Person dem Partner im Verzeichnis eine funktionierende Adresse gibt und erneut sendet oder die Zustellung als erfolgt markiert</translation>
    </message>
    <message>
        <source>{flag} ({why})</source>
        <translation>{flag} ({why})</translation>
    </message>
    <message>
        <source>the partner directory is empty</source>
        <translation>das Partnerverzeichnis ist leer</translation>
    </message>
    <message>
        <source>reminder: answer due by {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>Erinnerung: Antwort fällig bis {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>awaiting delivery, SLA not started</source>
        <translation>wartet auf Zustellung, SLA nicht gestartet</translation>
    </message>
    <message>
        <source>{count:,} lead: {reason}</source>
        <translation>{count:,} Lead: {reason}</translation>
    </message>
    <message>
        <source>{count:,} leads: {reason}</source>
        <translation>{count:,} Leads: {reason}</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>die ganze Liste</translation>
    </message>
    <message>
        <source>{count:,} row read = {parts}</source>
        <translation>{count:,} Zeile gelesen = {parts}</translation>
    </message>
    <message>
        <source>{count:,} rows read = {parts}</source>
        <translation>{count:,} Zeilen gelesen = {parts}</translation>
    </message>
    <message>
        <source>{count:,} new lead</source>
        <translation>{count:,} neuer Lead</translation>
    </message>
    <message>
        <source>{count:,} merged into an existing lead</source>
        <translation>{count:,} mit einem bestehenden Lead zusammengeführt</translation>
    </message>
    <message>
        <source> ({count:,} row not accounted for: please report this)</source>
        <translation> ({count:,} Zeile nicht zugeordnet: bitte melden Sie dies)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the row above it is not data</source>
        <translation>; die Kopfzeile steht in Zeile {row}: die Zeile darüber ist keine Daten</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead.</source>
        <translation>Kein Partner kommt für diesen Lead in Frage.</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server configured, SLA not started</source>
        <translation>wartet auf Zustellung: kein Mailserver eingerichtet, SLA nicht gestartet</translation>
    </message>
    <message>
        <source>awaiting delivery: the mail server failed, the sweep retries, SLA not started</source>
        <translation>wartet auf Zustellung: der Mailserver ist ausgefallen, der Durchlauf versucht es erneut, SLA nicht gestartet</translation>
    </message>
    <message>
        <source> (SLA breached)</source>
        <translation> (SLA verletzt)</translation>
    </message>
    <message>
        <source>may have reached the partner already: waiting for a person to check</source>
        <translation>hat den Partner vielleicht schon erreicht: wartet auf eine Prüfung durch eine Person</translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <source>{flag} ({why}; look for Message-ID {msg_id})</source>
        <translation>{flag} ({why}; nach Message-ID {msg_id} suchen)</translation>
    </message>
    <message>
        <source>a person confirmed the partner received the e-mail</source>
        <translation>eine Person hat bestätigt, dass der Partner die E-Mail erhalten hat</translation>
    </message>
    <message>
        <source>a person asked for one more try with the same Message-ID</source>
        <translation>eine Person hat einen weiteren Versuch mit derselben Message-ID angefordert</translation>
    </message>
    <message>
        <source>Chosen by {person} instead of the proposed {partner}: {reason}.</source>
        <translation>Von {person} statt des vorgeschlagenen {partner} gewählt: {reason}.</translation>
    </message>
    <message>
        <source>no partner is eligible for this lead: {why}</source>
        <translation>kein Partner kommt für diesen Lead in Frage: {why}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>rejected this lead (handed on {at:%Y-%m-%d})</source>
        <translation>hat diesen Lead abgelehnt (übergeben am {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})</source>
        <translation>hat sein Annahme-SLA für diesen Lead verstreichen lassen (übergeben am {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead: {why}.</source>
        <translation>Kein Partner kommt für diesen Lead in Frage: {why}.</translation>
    </message>
    <message>
        <source>No partner: {why}.</source>
        <translation>Kein Partner: {why}.</translation>
    </message>
    <message>
        <source>lead {id} is handed off already to {partner} ({status})</source>
        <translation>Lead {id} ist bereits an {partner} übergeben ({status})</translation>
    </message>
    <message>
        <source>lead {id} is handed off already</source>
        <translation>Lead {id} ist bereits übergeben</translation>
    </message>
    <message>
        <source>Re-routed after {partner} let its {hours} h acceptance SLA run out.</source>
        <translation>Neu zugewiesen, nachdem {partner} sein Annahme-SLA von {hours} h verstreichen ließ.</translation>
    </message>
    <message>
        <source>not accepted by {at:%Y-%m-%d %H:%M} UTC; SLA breached</source>
        <translation>nicht bis {at:%Y-%m-%d %H:%M} UTC angenommen; SLA verletzt</translation>
    </message>
    <message>
        <source>no lead is eligible now, and none is waiting in your queues</source>
        <translation>jetzt ist kein Lead verfügbar, und in Ihren Warteschlangen wartet keiner</translation>
    </message>
    <message>
        <source>no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)</source>
        <translation>jetzt ist kein Lead verfügbar; der nächste wird um {when} verfügbar (in {minutes} Min.)</translation>
    </message>
    <message>
        <source>no lead is eligible now</source>
        <translation>jetzt ist kein Lead verfügbar</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work no queue yet; an administrator adds you to a team, whose queues you then work</source>
        <translation>derzeit ist kein Lead bereit: Sie bearbeiten noch keine Warteschlange; ein Administrator nimmt Sie in ein Team auf, dessen Warteschlangen Sie dann bearbeiten</translation>
    </message>
    <message>
        <source>lead {lead_id} is not one of your teams&apos; leads</source>
        <translation>Lead {lead_id} gehört nicht zu den Leads Ihrer Teams</translation>
    </message>
    <message>
        <source>a letter ({letter}) where a digit belongs</source>
        <translation>ein Buchstabe ({letter}) statt einer Ziffer</translation>
    </message>
    <message>
        <source>an extension&apos;s mark without its number</source>
        <translation>ein Durchwahlzeichen ohne Durchwahl</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoff, at most {most})</source>
        <translation>hat keine Kapazität mehr ({count} offene Übergabe, höchstens {most})</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoffs, at most {most})</source>
        <translation>hat keine Kapazität mehr ({count} offene Übergaben, höchstens {most})</translation>
    </message>
    <message>
        <source>has had its {count} lead for this week ({received} in the last {days} days)</source>
        <translation>hat seinen {count} Lead für diese Woche erhalten ({received} in den letzten {days} Tagen)</translation>
    </message>
    <message>
        <source>has had its {count} leads for this week ({received} in the last {days} days)</source>
        <translation>hat seine {count} Leads für diese Woche erhalten ({received} in den letzten {days} Tagen)</translation>
    </message>
    <message>
        <source>all time to today</source>
        <translation>gesamter Zeitraum bis heute</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>senkrechte Striche</translation>
    </message>
    <message>
        <source>{cells:,} cells, but the header has {width:,} columns: a cell holds the delimiter without quotes, so the values after it are in the wrong columns; the row is not imported</source>
        <translation>{cells:,} Zellen, aber die Kopfzeile hat {width:,} Spalten: eine Zelle enthält das Trennzeichen ohne Anführungszeichen, sodass die Werte danach in den falschen Spalten stehen; die Zeile wird nicht importiert</translation>
    </message>
    <message>
        <source>unclosed quote from row {number}: the quote that opens this cell is never closed, so the row is not imported; the rows after it are read on their own</source>
        <translation>nicht geschlossenes Anführungszeichen ab Zeile {number}: das Anführungszeichen, das diese Zelle öffnet, wird nie geschlossen, daher wird die Zeile nicht importiert; die Zeilen danach werden für sich gelesen</translation>
    </message>
    <message>
        <source>1 cell holding {values:,} values separated by {called}, but the file separates its {width:,} columns by {own}: the row was written with another separator; the row is not imported</source>
        <translation>1 Zelle mit {values:,} durch {called} getrennten Werten, aber die Datei trennt ihre {width:,} Spalten durch {own}: die Zeile wurde mit einem anderen Trennzeichen geschrieben; die Zeile wird nicht importiert</translation>
    </message>
    <message>
        <source>{name} is not a JSON text file (UTF-8)</source>
        <translation>{name} ist keine JSON-Textdatei (UTF-8)</translation>
    </message>
    <message>
        <source>{name} is not JSON: {problem} at line {line}, column {column}</source>
        <translation>{name} ist kein JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} ist eine OpenDocument-Tabelle, die nicht gelesen wird; speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder CSV</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 file, which is not read; save it without a password as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} ist kennwortgeschützt oder eine alte Excel-97-2003-Datei, die nicht gelesen wird; speichern Sie sie ohne Kennwort als Excel-Arbeitsmappe (.xlsx) oder CSV</translation>
    </message>
    <message>
        <source>{name} is not an XLSX file, nor a text file; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} ist weder eine XLSX- noch eine Textdatei; speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder CSV</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds no sheet; open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} ist beschädigt: sie enthält kein Tabellenblatt; öffnen Sie sie in der Tabellenkalkulation und speichern Sie sie erneut, oder speichern Sie sie als CSV</translation>
    </message>
    <message>
        <source>{name} is a text (CSV) file, not an XLSX file; name it .csv</source>
        <translation>{name} ist eine Textdatei (CSV), keine XLSX-Datei; benennen Sie sie in .csv um</translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} ist als Strict Open XML gespeichert, das nicht gelesen wird; speichern Sie sie als Excel-Arbeitsmappe (.xlsx) oder CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive of other files, not an XLSX file; unpack it, or save the sheet as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} ist ein ZIP-Archiv mit anderen Dateien, keine XLSX-Datei; entpacken Sie es oder speichern Sie das Tabellenblatt als Excel-Arbeitsmappe (.xlsx) oder CSV</translation>
    </message>
    <message>
        <source>{where} answers, but PgBouncer cannot sign in to the PostgreSQL server behind it ({detail}): its administrator finds why in PgBouncer&apos;s log (after a backup was restored, PgBouncer&apos;s look-up is given again: README, Through PgBouncer)</source>
        <translation>{where} antwortet, aber PgBouncer kann sich nicht beim PostgreSQL-Server dahinter anmelden ({detail}): Die Administration findet den Grund im Protokoll von PgBouncer (nach dem Einspielen einer Sicherung wird die Abfrage von PgBouncer erneut eingerichtet: README, Through PgBouncer)</translation>
    </message>
    <message>
        <source>{where} asks for {login}&apos;s password and none was given: keep it in the OS keyring (qualifier keyring database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} verlangt das Passwort von {login}, und es wurde keines angegeben: Legen Sie es im Schlüsselbund des Systems (qualifier keyring database), in ~/.pgpass oder in PGPASSWORD ab</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>someone else changed this meanwhile, to {value}: nothing was saved; save again to replace it</source>
        <translation>jemand anderes hat dies inzwischen geändert, auf {value}: nichts wurde gespeichert; speichern Sie erneut, um es zu ersetzen</translation>
    </message>
    <message>
        <source>the scoring rules were changed by someone else meanwhile (version {version}); reload them and make your change again</source>
        <translation>die Bewertungsregeln wurden inzwischen von jemand anderem geändert (Version {version}); laden Sie sie neu und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <source>{rep} took it at {at:%H:%M:%S} UTC, after you loaded it; reload to see it</source>
        <translation>{rep} hat ihn um {at:%H:%M:%S} UTC übernommen, nachdem Sie geladen haben; laden Sie neu, um es zu sehen</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>the period starts ({start}) after today ({today})</source>
        <translation>der Zeitraum beginnt ({start}) nach heute ({today})</translation>
    </message>
    <message>
        <source>{disposition} logged; next check call {when}</source>
        <translation>{disposition} erfasst; nächster Kontrollanruf {when}</translation>
    </message>
    <message>
        <source>Check call again at {when}</source>
        <translation>Kontrollanruf erneut am {when}</translation>
    </message>
    <message>
        <source>{reason} (no waiting lead held back by it now)</source>
        <translation>{reason} (hält derzeit keinen wartenden Lead zurück)</translation>
    </message>
    <message>
        <source>nobody works queue {queue}</source>
        <translation>niemand bearbeitet die Warteschlange {queue}</translation>
    </message>
    <message>
        <source>there is no do-not-call entry {entry_id}</source>
        <translation>es gibt keinen Sperrlisteneintrag {entry_id}</translation>
    </message>
    <message>
        <source>settings file: [mail] outbox {folder} is the outbox of another database ({other}); databases sharing one would shred and overwrite each other&apos;s handoff packages. Name a folder of this database&apos;s own, or remove the line to use its own folder in the data folder</source>
        <translation>Einstellungsdatei: [mail] outbox {folder} ist der Postausgang einer anderen Datenbank ({other}); Datenbanken mit einem gemeinsamen Postausgang würden die Übergabepakete der jeweils anderen vernichten und überschreiben. Nennen Sie einen eigenen Ordner dieser Datenbank, oder entfernen Sie die Zeile, um ihren eigenen Ordner im Datenordner zu verwenden</translation>
    </message>
    <message>
        <source>{name} holds {count:,} number, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} enthält {count:,} Nummer, {share:.0%} weniger als die {previous:,} des letzten {registry}-Stands (eine abgeschnittene Datei?): nichts wurde importiert; bestätigen Sie, dass das Register kleiner geworden ist, um sie zu laden</translation>
    </message>
    <message>
        <source>{name} holds {count:,} numbers, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} enthält {count:,} Nummern, {share:.0%} weniger als die {previous:,} des letzten {registry}-Stands (eine abgeschnittene Datei?): nichts wurde importiert; bestätigen Sie, dass das Register kleiner geworden ist, um sie zu laden</translation>
    </message>
    <message>
        <source>nobody works queue {queue}: its leads wait until an administrator gives it to a team or to people who work it (Teams and queues)</source>
        <translation>niemand bearbeitet die Warteschlange {queue}: ihre Leads warten, bis ein Administrator sie einem Team oder Personen zur Bearbeitung gibt (Teams und Warteschlangen)</translation>
    </message>
    <message>
        <source>nobody works queue {queue} of team {team}: its leads wait until a rep is in {team} (Users) or someone is ticked under Worked by (Teams and queues)</source>
        <translation>niemand bearbeitet die Warteschlange {queue} des Teams {team}: ihre Leads warten, bis ein Agent in {team} ist (Benutzer) oder jemand unter „Bearbeitet von“ angehakt ist (Teams und Warteschlangen)</translation>
    </message>
    <message>
        <source>a number in more than one of the partner&apos;s countries</source>
        <translation>eine Nummer in mehr als einem der Länder des Partners</translation>
    </message>
    <message>
        <source>not delivered, the mail server refused it for good: {problem}</source>
        <translation>nicht zugestellt, der Mailserver hat sie endgültig abgelehnt: {problem}</translation>
    </message>
    <message>
        <source>the mail server refused the message for good: waiting for a person to have it let through (by the partner&apos;s mail administrator, or the center&apos;s when it refused the sender) and send it again, or to hand the lead to the partner another way and mark it delivered</source>
        <translation>der Mailserver hat die Nachricht endgültig abgelehnt: wartet darauf, dass jemand sie freigeben lässt (durch den Mail-Administrator des Partners oder den des Centers, wenn der Absender abgelehnt wurde) und erneut sendet, oder den Lead dem Partner auf anderem Weg übergibt und als zugestellt markiert</translation>
    </message>
    <message>
        <source>reminder refused for good by the mail server, not sent again: {problem}</source>
        <translation>Erinnerung vom Mailserver endgültig abgelehnt, nicht erneut gesendet: {problem}</translation>
    </message>
    <message>
        <source>the proposal changed meanwhile: {name} is proposed now; confirm to send the lead there, or choose another partner</source>
        <translation>der Vorschlag hat sich inzwischen geändert: jetzt wird {name} vorgeschlagen; bestätigen Sie, um den Lead dorthin zu senden, oder wählen Sie einen anderen Partner</translation>
    </message>
    <message>
        <source>lead {lead_id} was erased on the person&apos;s request while you had it open; what you typed about them is discarded</source>
        <translation>Lead {lead_id} wurde auf Wunsch der Person gelöscht, während Sie ihn geöffnet hatten; was Sie über sie eingegeben haben, wird verworfen</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is {status} now</source>
        <translation>{rep} hält Lead {lead_id} nicht; er ist jetzt {status}</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work none of your team&apos;s queues yet; an administrator or a team lead adds you to one (Worked by, in Teams and queues; qualifier queue members QUEUE --add LOGIN)</source>
        <translation>derzeit ist kein Lead bereit: Sie bearbeiten noch keine Warteschlange Ihres Teams; ein Administrator oder eine Teamleitung nimmt Sie in eine auf (Bearbeitet von, unter Teams und Warteschlangen; qualifier queue members QUEUE --add LOGIN)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(noch niemand)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>(not handed off)</source>
        <translation>(nicht übergeben)</translation>
    </message>
    <message>
        <source>(no partner rep)</source>
        <translation>(kein Partner-Mitarbeiter)</translation>
    </message>
    <message>
        <source>(no channel manager)</source>
        <translation>(kein Channel-Manager)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(kein Agent)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(keine Kampagne)</translation>
    </message>
    <message>
        <source>your reports are those of your teams ({teams}), not of {team!r}</source>
        <translation>Ihre Berichte sind die Ihrer Teams ({teams}), nicht die von {team!r}</translation>
    </message>
    <message>
        <source>a publication&apos;s figure belongs to one ISO week, Monday to Sunday</source>
        <translation>die Kennzahl einer Veröffentlichung gehört zu einer ISO-Woche, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Status nach Region</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Status nach Team</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Status nach Agent</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Channel-Manager</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Status nach Channel-Manager</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Status nach Partner</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Status nach Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was changed at {at:%H:%M} UTC at another of your workstations while you had it open here ({change})</source>
        <translation>Lead {lead} ({company}) wurde um {at:%H:%M} UTC an einem anderen Ihrer Arbeitsplätze geändert, während Sie ihn hier geöffnet hatten ({change})</translation>
    </message>
    <message>
        <source>a lead keeps a phone number: type the right one, or put back {old}</source>
        <translation>ein Lead behält eine Telefonnummer: die richtige eingeben oder {old} wieder eintragen</translation>
    </message>
    <message>
        <source>on the do-not-call list</source>
        <translation>auf der Sperrliste</translation>
    </message>
    <message>
        <source>also belongs to lead {names}</source>
        <translation>gehört auch zu Lead {names}</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation>SLA-Durchlauf</translation>
    </message>
    <message>
        <source>partner import</source>
        <translation>Partner-Import</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number has had as many calls as {place} allows (at most {limits}, counting every lead with this number): call it later</source>
        <translation>die Nummer von Lead {id} wurde so oft angerufen, wie {place} erlaubt (höchstens {limits}, über alle Leads mit dieser Nummer): rufen Sie später an</translation>
    </message>
    <message>
        <source>lead {id} may not be called now: {why}</source>
        <translation>Lead {id} darf jetzt nicht angerufen werden: {why}</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number is on the national do-not-call registry: it may not be called</source>
        <translation>die Nummer von Lead {id} steht im nationalen Sperrregister: sie darf nicht angerufen werden</translation>
    </message>
    <message>
        <source>lead {id} has had its {count} attempt</source>
        <translation>Lead {id} hatte bereits {count} Versuch, das Maximum</translation>
    </message>
    <message>
        <source>lead {id} has had all {count} attempts</source>
        <translation>Lead {id} hatte bereits alle {count} Versuche</translation>
    </message>
    <message>
        <source>lead {id} is on do-not-call: it may not be called</source>
        <translation>Lead {id} steht auf „Nicht anrufen“: er darf nicht angerufen werden</translation>
    </message>
    <message>
        <source>lead {id} is no longer yours to call ({status}); take the next lead</source>
        <translation>Lead {id} ist nicht mehr Ihrer ({status}); nehmen Sie den nächsten Lead</translation>
    </message>
    <message>
        <source>the prospect of lead {id} said no to phone calls: it may not be called. If the prospect is calling you, take it as an inbound call</source>
        <translation>der Interessent von Lead {id} will keine Anrufe: er darf nicht angerufen werden. Ruft der Interessent Sie an, übernehmen Sie den Lead als eingehenden Anruf</translation>
    </message>
    <message>
        <source>the number {number} is on the do-not-call list: it may not be called</source>
        <translation>die Nummer {number} steht auf der Sperrliste: sie darf nicht angerufen werden</translation>
    </message>
    <message>
        <source>the number {number} is on the national do-not-call registry: it may not be called</source>
        <translation>die Nummer {number} steht auf der nationalen Sperrliste: sie darf nicht angerufen werden</translation>
    </message>
    <message>
        <source>the number {number} may not be called now: {why}</source>
        <translation>die Nummer {number} darf jetzt nicht angerufen werden: {why}</translation>
    </message>
    <message>
        <source>the number {number} has had as many calls as {place} allows (at most {limits}): call it later</source>
        <translation>die Nummer {number} wurde so oft angerufen, wie {place} erlaubt (höchstens {limits}): rufen Sie später an</translation>
    </message>
    <message>
        <source>the prospect said no to being called again: no callback can be set; choose Nurture (it is not recycled), Disqualify or Do not call</source>
        <translation>der Interessent möchte nicht wieder angerufen werden: kein Rückruf möglich; wählen Sie Nurturing (ohne Wiedervorlage), Disqualifizieren oder Nicht anrufen</translation>
    </message>
    <message>
        <source>the number dialled must be in E.164 form (+ and up to 15 digits): {number!r}</source>
        <translation>die gewählte Nummer muss im E.164-Format sein (+ und bis zu 15 Ziffern): {number!r}</translation>
    </message>
    <message>
        <source>Not saved as {chosen}: the corrected {field} is on the do-not-call list, so the lead is do-not-call: it is not called again nor handed to a partner</source>
        <translation>Nicht als {chosen} gespeichert: {field} (korrigiert) steht auf der Sperrliste, daher ist der Lead auf „Nicht anrufen“ gesetzt: er wird weder wieder angerufen noch an einen Partner übergeben</translation>
    </message>
    <message>
        <source>Nurture without a recycle date: the prospect said no to being called again; the lead comes back only if they call in</source>
        <translation>Nurturing ohne Wiedervorlagedatum: der Interessent möchte nicht wieder angerufen werden; der Lead kommt nur zurück, wenn er selbst anruft</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other lead with the same phone or e-mail too</source>
        <translation>Auf der Sperrliste; außerdem {count} weiterer Lead mit derselben Telefonnummer oder E-Mail</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other leads with the same phone or e-mail too</source>
        <translation>Auf der Sperrliste; außerdem {count} weitere Leads mit derselben Telefonnummer oder E-Mail</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {who} changed the lead since ({change})</source>
        <translation>{what} kann nicht rückgängig gemacht werden: {who} hat den Lead seitdem geändert ({change})</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} cannot be undone: the lead was moved to a queue you do not work</source>
        <translation>das Ergebnis von Lead {lead} kann nicht rückgängig gemacht werden: der Lead wurde in eine Warteschlange verschoben, die Sie nicht bearbeiten</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>settings file: [workspace] after_call_work_seconds must be 0 to {most}, not {seconds}</source>
        <translation>Einstellungsdatei: [workspace] after_call_work_seconds muss zwischen 0 und {most} liegen, nicht {seconds}</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}]; did you mean [{close}]? (sections: {known})</source>
        <translation>Einstellungsdatei: es gibt keinen Abschnitt [{section}]; war [{close}] gemeint? (Abschnitte: {known})</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}] (sections: {known})</source>
        <translation>Einstellungsdatei: es gibt keinen Abschnitt [{section}] (Abschnitte: {known})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>settings file: [{section}] {key} must be {kind}, not {value!r}</source>
        <translation>Einstellungsdatei: [{section}] {key} muss {kind} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>channel manager</source>
        <translation>Channel-Manager</translation>
    </message>
    <message>
        <source>{outcome} on {at:%Y-%m-%d} by {rep}</source>
        <translation>{outcome} am {at:%Y-%m-%d} von {rep}</translation>
    </message>
    <message>
        <source>{partner} {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>{direction} call: {disposition}</source>
        <translation>Anruf ({direction}): {disposition}</translation>
    </message>
    <message>
        <source>BANT answers on {script}: grade {grade}</source>
        <translation>BANT-Antworten mit {script}: Note {grade}</translation>
    </message>
    <message>
        <source>Handoff to {partner} ({status})</source>
        <translation>Übergabe an {partner} ({status})</translation>
    </message>
    <message>
        <source>{field} corrected</source>
        <translation>{field} korrigiert</translation>
    </message>
    <message>
        <source>{partner}: {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>nicht rechtzeitig angenommen</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; it is not worked by the center now</source>
        <translation>Lead {lead} ({company}) ist {status}; das Center bearbeitet ihn nicht mehr</translation>
    </message>
    <message>
        <source>name or company starting “{start}”</source>
        <translation>Name oder Firma beginnend mit „{start}“</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is on do-not-call: it may not be worked</source>
        <translation>Lead {lead} ({company}) steht auf der Sperrliste: er darf nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was merged into lead {merged_into}: open that one</source>
        <translation>Lead {lead} ({company}) wurde mit Lead {merged_into} zusammengeführt: öffnen Sie diesen</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; only an inbound call takes it back</source>
        <translation>Lead {lead} ({company}) ist {status}; nur ein eingehender Anruf holt ihn zurück</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is assigned to {rep}</source>
        <translation>Lead {lead} ({company}) ist {rep} zugewiesen</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} with {partner}; it is not worked by the center now</source>
        <translation>Lead {lead} ({company}) ist {status} bei {partner}; das Center bearbeitet ihn nicht mehr</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M}, the prospect&apos;s time ({zone})</source>
        <translation>{at:%a %d %b %H:%M}, Zeit des Interessenten ({zone})</translation>
    </message>
    <message>
        <source>settings file: [database] url is empty; remove the line to use the embedded database</source>
        <translation>Einstellungsdatei: [database] url ist leer; entfernen Sie die Zeile, um die eingebettete Datenbank zu verwenden</translation>
    </message>
    <message>
        <source>settings file: [mail] deadline_seconds must not be negative</source>
        <translation>Einstellungsdatei: [mail] deadline_seconds darf nicht negativ sein</translation>
    </message>
    <message>
        <source>settings file: [{section}] has an unknown key: {problem}</source>
        <translation>Einstellungsdatei: [{section}] hat einen unbekannten Schlüssel: {problem}</translation>
    </message>
    <message>
        <source>settings file: [{section}] has a bad value: {problem}</source>
        <translation>Einstellungsdatei: [{section}] hat einen ungültigen Wert: {problem}</translation>
    </message>
    <message>
        <source>settings file: [publication] weekday must be one of mon ... sun</source>
        <translation>Einstellungsdatei: [publication] weekday muss einer von mon ... sun sein</translation>
    </message>
    <message>
        <source>settings file: [publication] hour must be 0 to 23</source>
        <translation>Einstellungsdatei: [publication] hour muss zwischen 0 und 23 liegen</translation>
    </message>
    <message>
        <source>settings file: [publication] manager_address needs {login}</source>
        <translation>Einstellungsdatei: [publication] manager_address braucht {login}</translation>
    </message>
    <message>
        <source>settings file: [retention] days must be at least 1</source>
        <translation>Einstellungsdatei: [retention] die Tage müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>{key} must be a table such as {example}, not {value!r}</source>
        <translation>{key} muss eine Tabelle wie {example} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>{key} must be text such as {example}, not {value!r}</source>
        <translation>{key} muss ein Text wie {example} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>fallback_time_zones must be a list of time zones such as {example}, not {value!r}</source>
        <translation>fallback_time_zones muss eine Liste von Zeitzonen wie {example} sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>settings file: [routing] day and minute counts must be at least 1</source>
        <translation>Einstellungsdatei: [routing] Tage und Minuten müssen mindestens 1 sein</translation>
    </message>
    <message>
        <source>settings file: [routing] the measure weights must be 0 or more, and not all 0</source>
        <translation>Einstellungsdatei: [routing] die Gewichte der Kennzahlen müssen 0 oder mehr sein, und nicht alle 0</translation>
    </message>
    <message>
        <source>settings file: [mail] must not hold the password; store it in the OS keyring (service qualifier-smtp, account USER@HOST)</source>
        <translation>Einstellungsdatei: [mail] darf das Passwort nicht enthalten; legen Sie es im Schlüsselbund des Systems ab (Dienst qualifier-smtp, Konto BENUTZER@SERVER)</translation>
    </message>
    <message>
        <source>settings file: [mail] security must be starttls, ssl or none</source>
        <translation>Einstellungsdatei: [mail] security muss starttls, ssl oder none sein</translation>
    </message>
    <message>
        <source>settings file: [mail] timeout_seconds and unknown_retry_hours must be positive</source>
        <translation>Einstellungsdatei: [mail] timeout_seconds und unknown_retry_hours müssen positiv sein</translation>
    </message>
    <message>
        <source>settings file: [mail] attempts and sweep_lease_minutes must be at least 1, unknown_retries at least 0</source>
        <translation>Einstellungsdatei: [mail] attempts und sweep_lease_minutes müssen mindestens 1 sein, unknown_retries mindestens 0</translation>
    </message>
    <message>
        <source>settings file: {section} must be a section ([{section}]), not {value!r}</source>
        <translation>Einstellungsdatei: {section} muss ein Abschnitt sein ([{section}]), nicht {value!r}</translation>
    </message>
    <message>
        <source>settings file: [database] has an unknown key {key!r} (known: {known})</source>
        <translation>Einstellungsdatei: [database] hat einen unbekannten Schlüssel {key!r} (bekannt: {known})</translation>
    </message>
    <message>
        <source>settings file: [workspace] default_country must be a two-letter country code such as US or DE, not {country!r}</source>
        <translation>Einstellungsdatei: [workspace] default_country muss ein zweibuchstabiger Ländercode wie US oder DE sein, nicht {country!r}</translation>
    </message>
    <message>
        <source>settings file: language must be one of {languages}, not {language!r}</source>
        <translation>Einstellungsdatei: language muss einer von {languages} sein, nicht {language!r}</translation>
    </message>
    <message>
        <source>lease_minutes must be between 1 and 1440, not {minutes}</source>
        <translation>lease_minutes muss zwischen 1 und 1440 liegen, nicht {minutes}</translation>
    </message>
    <message>
        <source>heartbeat_seconds must be at least 1 and shorter than the lease ({minutes} min), not {seconds}</source>
        <translation>heartbeat_seconds muss mindestens 1 und kürzer als die Reservierung ({minutes} min) sein, nicht {seconds}</translation>
    </message>
    <message>
        <source>max_attempts must be at least 1, not {attempts}</source>
        <translation>max_attempts muss mindestens 1 sein, nicht {attempts}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 1, not {value!r}</source>
        <translation>[database] {name} muss eine ganze Zahl von mindestens 1 sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 0, not {value!r}</source>
        <translation>[database] {name} muss eine ganze Zahl von mindestens 0 sein, nicht {value!r}</translation>
    </message>
    <message>
        <source>[database] pooler must be empty or &quot;pgbouncer&quot;, not {pooler!r}</source>
        <translation>[database] pooler muss leer oder &quot;pgbouncer&quot; sein, nicht {pooler!r}</translation>
    </message>
    <message>
        <source>[database] change_poll_seconds must be 0.1 to 60, not {poll!r}</source>
        <translation>[database] change_poll_seconds muss zwischen 0,1 und 60 liegen, nicht {poll!r}</translation>
    </message>
    <message>
        <source>settings file {path} cannot be read: {problem}</source>
        <translation>die Einstellungsdatei {path} kann nicht gelesen werden: {problem}</translation>
    </message>
    <message>
        <source>settings file: [queue] {problem}</source>
        <translation>Einstellungsdatei: [queue] {problem}</translation>
    </message>
    <message>
        <source>settings file: {problem}</source>
        <translation>Einstellungsdatei: {problem}</translation>
    </message>
    <message>
        <source>settings file: [workspace] {problem}</source>
        <translation>Einstellungsdatei: [workspace] {problem}</translation>
    </message>
    <message>
        <source>calling window {window} is shorter than {minutes} minutes</source>
        <translation>das Anrufzeitfenster {window} ist kürzer als {minutes} Minuten</translation>
    </message>
    <message>
        <source>lead {lead}</source>
        <translation>Lead {lead}</translation>
    </message>
    <message>
        <source>e-mail starting {start}</source>
        <translation>E-Mail beginnend mit {start}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>Telefon {number}</translation>
    </message>
    <message>
        <source>e-mail {address}</source>
        <translation>E-Mail {address}</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>ein anderer Agent</translation>
    </message>
    <message>
        <source>{disposition} logged; {reason}: the lead goes to nurture</source>
        <translation>{disposition} erfasst; {reason}: der Lead geht in die Pflege</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M} UTC</source>
        <translation>{at:%a %d %b %H:%M} UTC</translation>
    </message>
    <message>
        <source>{disposition} logged; next call {when}</source>
        <translation>{disposition} erfasst; nächster Anruf {when}</translation>
    </message>
    <message>
        <source>Callback set for {when}</source>
        <translation>Rückruf geplant für {when}</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}): ready for a partner</source>
        <translation>Vertriebsreif (Note {grade}): bereit für einen Partner</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifiziert</translation>
    </message>
    <message>
        <source>Nurture until {on:%d %b %Y}</source>
        <translation>In Pflege bis {on:%d %b %Y}</translation>
    </message>
    <message>
        <source>On the do-not-call list</source>
        <translation>Auf der Sperrliste</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} ({company})</source>
        <translation>das Ergebnis von Lead {lead} ({company})</translation>
    </message>
    <message>
        <source>no check-call script is installed</source>
        <translation>kein Kontrollanruf-Skript ist installiert</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} existiert nicht</translation>
    </message>
    <message>
        <source>{name}: a mapping is an object like {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}}</source>
        <translation>{name}: eine Zuordnung ist ein Objekt wie {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}}</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>updated at {cleaned} is in the future</source>
        <translation>aktualisiert am {cleaned} liegt in der Zukunft</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>der Status ist leer</translation>
    </message>
    <message>
        <source>no handoff for a lead with this {what}</source>
        <translation>keine Übergabe für einen Lead mit diesem Wert ({what})</translation>
    </message>
    <message>
        <source>several handed-off leads have this {what}; give the handoff id instead</source>
        <translation>mehrere übergebene Leads haben diesen Wert ({what}); geben Sie stattdessen die Übergabe-ID an</translation>
    </message>
    <message>
        <source>there is no handoff {handoff_id}</source>
        <translation>es gibt keine Übergabe {handoff_id}</translation>
    </message>
    <message>
        <source>lead e-mail is not valid: {reason}</source>
        <translation>Lead-E-Mail ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>the row has no handoff id, lead e-mail or lead phone</source>
        <translation>die Zeile hat keine Übergabe-ID, Lead-E-Mail oder Lead-Telefonnummer</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a number</source>
        <translation>Übergabe-ID {handoff_text!r} ist keine Zahl</translation>
    </message>
    <message>
        <source>lead phone is not valid ({reason}); use the +country format</source>
        <translation>Lead-Telefonnummer ist ungültig ({reason}); verwenden Sie das +Land-Format</translation>
    </message>
    <message>
        <source>updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>aktualisiert am {cleaned!r} ist kein Datum mit Uhrzeit (verwenden Sie JJJJ-MM-TT HH:MM)</translation>
    </message>
    <message>
        <source>active {text!r} must be yes or no</source>
        <translation>aktiv {text!r} muss yes oder no sein</translation>
    </message>
    <message>
        <source>there is no partner {partner_id}</source>
        <translation>es gibt keinen Partner {partner_id}</translation>
    </message>
    <message>
        <source>there is a partner called {value} already</source>
        <translation>es gibt bereits einen Partner namens {value}</translation>
    </message>
    <message>
        <source>{login} is not a channel manager</source>
        <translation>{login} ist kein Channel-Manager</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it and make your change again</source>
        <translation>{name} wurde inzwischen von jemand anderem geändert; laden Sie neu und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it</source>
        <translation>{name} wurde inzwischen von jemand anderem geändert; laden Sie neu</translation>
    </message>
    <message>
        <source>the partner is also on line {value}</source>
        <translation>der Partner steht auch in Zeile {value}</translation>
    </message>
    <message>
        <source>{login} may not see partner handoffs</source>
        <translation>{login} darf keine Partnerübergaben sehen</translation>
    </message>
    <message>
        <source>the file needs a handoff id, lead e-mail or lead phone column to find the handoffs by</source>
        <translation>die Datei braucht eine Spalte mit Übergabe-ID, Lead-E-Mail oder Lead-Telefonnummer, um die Übergaben zu finden</translation>
    </message>
    <message>
        <source>{login} may not see partner reports</source>
        <translation>{login} darf keine Partnerberichte sehen</translation>
    </message>
    <message>
        <source>the number of days must be at least 1</source>
        <translation>die Anzahl der Tage muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is {value}; only rejected, expired or lost leads go back to nurture</source>
        <translation>Übergabe {handoff_id} ist {value}; nur abgelehnte, abgelaufene oder verlorene Leads gehen zurück ins Nurturing</translation>
    </message>
    <message>
        <source>the lead went on to another partner (handoff {value}) after this one</source>
        <translation>der Lead ging nach dieser an einen anderen Partner weiter (Übergabe {value})</translation>
    </message>
    <message>
        <source>say why the lead goes back to nurture</source>
        <translation>geben Sie an, warum der Lead zurück ins Nurturing geht</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed meanwhile; reload it and try again</source>
        <translation>Übergabe {handoff_id} wurde inzwischen geändert; laden Sie neu und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>lead {id} was changed meanwhile; try again</source>
        <translation>Lead {id} wurde inzwischen geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was delivered already; nothing to resolve</source>
        <translation>Übergabe {handoff_id} wurde bereits zugestellt; nichts zu klären</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not waiting for a person&apos;s decision</source>
        <translation>Übergabe {handoff_id} wartet nicht auf die Entscheidung einer Person</translation>
    </message>
    <message>
        <source>handoff {id} was changed by someone else meanwhile; try again</source>
        <translation>Übergabe {id} wurde inzwischen von jemand anderem geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>say &apos;delivered&apos; or &apos;send-again&apos;, not {strip!r}</source>
        <translation>sagen Sie &apos;delivered&apos; oder &apos;send-again&apos;, nicht {strip!r}</translation>
    </message>
    <message>
        <source>the reminder may have reached the partner; not sent again (Message-ID {msg_id})</source>
        <translation>die Erinnerung hat den Partner vielleicht erreicht; nicht erneut gesendet (Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>reminder, attempt {attempt}</source>
        <translation>Erinnerung, Versuch {attempt}</translation>
    </message>
    <message>
        <source>reminder outcome unknown, not resent blindly: {problem}</source>
        <translation>Ausgang der Erinnerung ungewiss, nicht blind erneut gesendet: {problem}</translation>
    </message>
    <message>
        <source>reminder not sent, tried again by the next sweep: {problem}</source>
        <translation>Erinnerung nicht gesendet, der nächste Durchlauf versucht es erneut: {problem}</translation>
    </message>
    <message>
        <source>lead {id} is {label}; only sales-ready leads are routed</source>
        <translation>Lead {id} ist {label}; nur vertriebsbereite Leads werden zugewiesen</translation>
    </message>
    <message>
        <source>partners kept filling up while this lead was routed; route it again</source>
        <translation>Partner wurden weiter ausgelastet, während dieser Lead zugewiesen wurde; weisen Sie ihn erneut zu</translation>
    </message>
    <message>
        <source>request {request_id} was used for another lead</source>
        <translation>Anfrage {request_id} wurde für einen anderen Lead verwendet</translation>
    </message>
    <message>
        <source>lead {lead}: {refused}</source>
        <translation>Lead {lead}: {refused}</translation>
    </message>
    <message>
        <source>{name} cannot take this lead: {join}</source>
        <translation>{name} kann diesen Lead nicht übernehmen: {join}</translation>
    </message>
    <message>
        <source>say why {name} instead of the proposed {name2}</source>
        <translation>geben Sie an, warum {name} statt des vorgeschlagenen Partners {name2}</translation>
    </message>
    <message>
        <source>the request id must be 1 to 36 characters</source>
        <translation>die Anfrage-ID muss 1 bis 36 Zeichen haben</translation>
    </message>
    <message>
        <source>lead {lead_id} was changed by someone else meanwhile; nothing was routed</source>
        <translation>Lead {lead_id} wurde inzwischen von jemand anderem geändert; nichts wurde zugewiesen</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it was reassigned to {name}</source>
        <translation>{rep} hält Lead {lead_id} nicht; er wurde {name} zugewiesen</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is no longer in your queues</source>
        <translation>{rep} hält Lead {lead_id} nicht; er ist nicht mehr in Ihren Warteschlangen</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; {name} holds it now</source>
        <translation>{rep} hält Lead {lead_id} nicht; jetzt hält ihn {name}</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot take leads</source>
        <translation>{login} ist deaktiviert und kann keine Leads übernehmen</translation>
    </message>
    <message>
        <source>{login} is paused by a team lead; no leads until resumed</source>
        <translation>{login} ist von einer Teamleitung pausiert; keine Leads bis zur Freigabe</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; nobody holds it now</source>
        <translation>{rep} hält Lead {lead_id} nicht; niemand hält ihn jetzt</translation>
    </message>
    <message>
        <source>lead {lead_id} is not held by anyone</source>
        <translation>Lead {lead_id} wird von niemandem gehalten</translation>
    </message>
    <message>
        <source>there is no conversion report by {by!r}</source>
        <translation>es gibt keinen Konversionsbericht nach {by!r}</translation>
    </message>
    <message>
        <source>there is no campaign {campaign!r}</source>
        <translation>es gibt keine Kampagne {campaign!r}</translation>
    </message>
    <message>
        <source>there is no {what} named {value!r}</source>
        <translation>{what} namens {value!r} existiert nicht</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>der Ordner {parent} existiert nicht</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use csv, xlsx or json</source>
        <translation>unbekanntes Format {fmt!r}; verwenden Sie csv, xlsx oder json</translation>
    </message>
    <message>
        <source>unknown status {join}; use one of {join2}</source>
        <translation>unbekannter Status {join}; verwenden Sie einen von {join2}</translation>
    </message>
    <message>
        <source>the segment is smb or enterprise</source>
        <translation>das Segment ist smb oder enterprise</translation>
    </message>
    <message>
        <source>{country!r} is not a country</source>
        <translation>{country!r} ist kein Land</translation>
    </message>
    <message>
        <source>the week {text} has not begun yet</source>
        <translation>die Woche {text} hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>the week must look like 2026-W48 (ISO year and week), not {text!r}</source>
        <translation>die Woche muss wie 2026-W48 aussehen (ISO-Jahr und -Woche), nicht {text!r}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {join}</source>
        <translation>{value!r} ist keines von {join}</translation>
    </message>
    <message>
        <source>Conversion per rep</source>
        <translation>Konversion pro Agent</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Konversion pro Kampagne</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Konversion pro Partner</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Vom Partner angenommen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Kontaktquote</translation>
    </message>
    <message>
        <source>Qualify rate</source>
        <translation>Qualifizierungsquote</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>Hours on leads</source>
        <translation>Stunden für Leads</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
    <message>
        <source>Cost per qualified lead</source>
        <translation>Kosten pro qualifiziertem Lead</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <source>Hours to accept</source>
        <translation>Stunden bis zur Annahme</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>SLA-Verletzungen</translation>
    </message>
    <message>
        <source>Feedback compliance</source>
        <translation>Feedback-Treue</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Unqualifiziert</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Nachbearbeitung</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagspause</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>the reason is {len} characters long; at most {REASON_MAX}</source>
        <translation>der Grund ist {len} Zeichen lang; höchstens {REASON_MAX}</translation>
    </message>
    <message>
        <source>unknown state {state!r}: choose one of {choices}</source>
        <translation>unbekannter Status {state!r}: wählen Sie einen von {choices}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was taken over while you had it open: {holder} holds it now</source>
        <translation>Lead {lead} ({company}) wurde übernommen, während Sie ihn geöffnet hatten: jetzt hält ihn {holder}</translation>
    </message>
    <message>
        <source> (last change: {change} by {by} at {at:%H:%M} UTC)</source>
        <translation> (letzte Änderung: {change} von {by} um {at:%H:%M} UTC)</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was reassigned to {assigned} while you had it open</source>
        <translation>Lead {lead} ({company}) wurde {assigned} zugewiesen, während Sie ihn geöffnet hatten</translation>
    </message>
    <message>
        <source>. Your notes are kept as a draft.</source>
        <translation>. Ihre Notizen werden als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} now; nobody holds it</source>
        <translation>Lead {lead} ({company}) ist jetzt {status}; niemand hält ihn</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) changed while you had it open (your lease ran out); nobody holds it now</source>
        <translation>Lead {lead} ({company}) wurde geändert, während Sie ihn geöffnet hatten (Ihre Reservierung ist abgelaufen); niemand hält ihn jetzt</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>ein Bearbeiter</translation>
    </message>
    <message>
        <source>{field!r} is not a contact field (phone or email)</source>
        <translation>{field!r} ist kein Kontaktfeld (phone oder email)</translation>
    </message>
    <message>
        <source>the corrected {field} is on the do-not-call list; choose Do not call for this lead</source>
        <translation>{field} (korrigiert) steht auf der Sperrliste; wählen Sie „Nicht anrufen“ für diesen Lead</translation>
    </message>
    <message>
        <source>phone {value!r}: {reason}</source>
        <translation>Telefon {value!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {value!r}: {reason}</source>
        <translation>E-Mail {value!r}: {reason}</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Produktinteresse</translation>
    </message>
    <message>
        <source>Consent (import)</source>
        <translation>Einwilligung (Import)</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Wiedervorlage am</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Zusammengeführt in</translation>
    </message>
    <message>
        <source>type a phone number, an e-mail address, a name or a company</source>
        <translation>geben Sie eine Telefonnummer, eine E-Mail-Adresse, einen Namen oder eine Firma ein</translation>
    </message>
    <message>
        <source>type at least {MIN_PREFIX} letters of a name or company</source>
        <translation>geben Sie mindestens {MIN_PREFIX} Buchstaben eines Namens oder einer Firma ein</translation>
    </message>
    <message>
        <source>phone {query}: {reason}</source>
        <translation>Telefon {query}: {reason}</translation>
    </message>
    <message>
        <source>lead {id} ({company}) is being worked by {name}</source>
        <translation>Lead {id} ({company}) wird von {name} bearbeitet</translation>
    </message>
    <message>
        <source>you hold lead {other}: save or release it before taking another</source>
        <translation>Sie halten Lead {other}: speichern oder geben Sie ihn frei, bevor Sie einen anderen übernehmen</translation>
    </message>
    <message>
        <source>lead {lead_id} changed a moment ago; search again</source>
        <translation>Lead {lead_id} wurde gerade geändert; suchen Sie erneut</translation>
    </message>
    <message>
        <source>lead {id} is outside its calling window ({text}){when}. If the prospect is calling you, take it as an inbound call</source>
        <translation>Lead {id} ist außerhalb seines Anruffensters ({text}){when}. Wenn der Interessent Sie anruft, nehmen Sie ihn als eingehenden Anruf an</translation>
    </message>
    <message>
        <source>this request id was already used for another outcome</source>
        <translation>diese Anfrage-ID wurde bereits für ein anderes Ergebnis verwendet</translation>
    </message>
    <message>
        <source>a callback then is not allowed: {refused}</source>
        <translation>ein Rückruf zu diesem Zeitpunkt ist nicht erlaubt: {refused}</translation>
    </message>
    <message>
        <source>the talk time cannot be negative</source>
        <translation>die Gesprächszeit kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}), but {refused}</source>
        <translation>Verkaufsbereit (Note {grade}), aber {refused}</translation>
    </message>
    <message>
        <source>the request id must be 8–36 letters, digits or dashes</source>
        <translation>die Anfrage-ID muss aus 8–36 Buchstaben, Ziffern oder Bindestrichen bestehen</translation>
    </message>
    <message>
        <source>answer “{text}” first: a sales-ready lead needs every required answer</source>
        <translation>beantworten Sie zuerst „{text}“: ein vertriebsbereiter Lead braucht jede Pflichtantwort</translation>
    </message>
    <message>
        <source>the script recommends {phrase} (grade {grade}: {reason}); say why you choose {phrase2} instead</source>
        <translation>das Skript empfiehlt {phrase} (Note {grade}: {reason}); geben Sie an, warum Sie stattdessen {phrase2} wählen</translation>
    </message>
    <message>
        <source>go through the script before calling a lead sales-ready</source>
        <translation>gehen Sie das Skript durch, bevor Sie einen Lead als vertriebsbereit einstufen</translation>
    </message>
    <message>
        <source>question {key!r} is not in script {name} v{version}</source>
        <translation>Frage {key!r} ist nicht in Skript {name} v{version}</translation>
    </message>
    <message>
        <source>there is no script {script_id}</source>
        <translation>es gibt kein Skript {script_id}</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {value} has the lead now</source>
        <translation>{what} kann nicht rückgängig gemacht werden: {value} hat den Lead jetzt</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead changed since</source>
        <translation>{what} kann nicht rückgängig gemacht werden: der Lead wurde inzwischen geändert</translation>
    </message>
    <message>
        <source>there is no outcome {attempt_id} of yours to undo</source>
        <translation>es gibt kein Ergebnis {attempt_id} von Ihnen zum Rückgängigmachen</translation>
    </message>
    <message>
        <source>{what} was saved {int} s ago; it can be undone only within {UNDO_SECONDS} s. Open the lead again to change it.</source>
        <translation>{what} wurde vor {int} s gespeichert; es kann nur innerhalb von {UNDO_SECONDS} s rückgängig gemacht werden. Öffnen Sie den Lead erneut, um es zu ändern.</translation>
    </message>
    <message>
        <source>{what} is do-not-call: it applies at once to every lead with the same phone or e-mail and is lifted only from the do-not-call list</source>
        <translation>{what} ist „nicht anrufen“: gilt sofort für jeden Lead mit derselben Telefonnummer oder E-Mail und wird nur über die Sperrliste aufgehoben</translation>
    </message>
    <message>
        <source>{what} has no record of how the lead was before; not undone</source>
        <translation>{what} hat keinen Datensatz darüber, wie der Lead vorher war; nicht rückgängig gemacht</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already and delivered</source>
        <translation>{what} kann nicht rückgängig gemacht werden: der Lead wurde bereits an einen Partner übergeben und zugestellt</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already</source>
        <translation>{what} kann nicht rückgängig gemacht werden: der Lead wurde bereits an einen Partner übergeben</translation>
    </message>
    <message>
        <source>no BANT script is installed for the {segment} segment</source>
        <translation>für das Segment {segment} ist kein BANT-Skript installiert</translation>
    </message>
</context>
<context>
    <name>MoveLeadsDialog</name>
    <message>
        <source>Remove queue</source>
        <translation>Warteschlange entfernen</translation>
    </message>
    <message>
        <source>The queue {name} still holds {plural} (waiting, called back or in nurture). Move them to:</source>
        <translation>Die Warteschlange {name} enthält noch {plural} (wartend, zurückgerufen oder im Nurturing). Verschieben nach:</translation>
    </message>
    <message>
        <source>Move the leads to</source>
        <translation>Leads verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Move them and remove the queue</source>
        <translation>&amp;Verschieben und Warteschlange entfernen</translation>
    </message>
    <message>
        <source>There is no other open queue: add one first.</source>
        <translation>Es gibt keine andere offene Warteschlange: fügen Sie zuerst eine hinzu.</translation>
    </message>
</context>
<context>
    <name>MyFiguresDialog</name>
    <message>
        <source>My figures</source>
        <translation>Meine Zahlen</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Gesprächszeit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Verkaufsbereit</translation>
    </message>
    <message>
        <source>Accepted by partners</source>
        <translation>Von Partnern angenommen</translation>
    </message>
    <message>
        <source>Won by partners</source>
        <translation>Von Partnern gewonnen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>As of {at}; the week began {week}.</source>
        <translation>Stand {at}; die Woche begann am {week}.</translation>
    </message>
    <message>
        <source>Could not load your figures: {problem}</source>
        <translation>Ihre Zahlen konnten nicht geladen werden: {problem}</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>Noch keine Empfehlung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Ergebnis: {kind}</translation>
    </message>
    <message>
        <source>How the call went</source>
        <translation>Wie der Anruf verlief</translation>
    </message>
    <message>
        <source>Callback time in other zones</source>
        <translation>Rückrufzeit in anderen Zonen</translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Nur &amp;ich (sonst jeder in der Warteschlange)</translation>
    </message>
    <message>
        <source>Callback for me only</source>
        <translation>Rückruf nur für mich</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recycle date</source>
        <translation>Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>warum Sie anders entscheiden als der Leitfaden</translation>
    </message>
    <message>
        <source>Reason for overruling the recommendation</source>
        <translation>Grund für das Abweichen von der Empfehlung</translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notizen für den nächsten Anrufer oder den Partner</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Ergebnis speichern  (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Nach dem Speichern den nächsten Lead nehmen</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problem mit dem Ergebnis</translation>
    </message>
    <message>
        <source>How it went: problem</source>
        <translation>Wie es lief: Problem</translation>
    </message>
    <message>
        <source>Callback time problem</source>
        <translation>Problem mit dem Rückrufzeitpunkt</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problem mit dem Grund</translation>
    </message>
    <message>
        <source>Recycle date problem</source>
        <translation>Problem mit dem Wiedervorlagedatum</translation>
    </message>
    <message>
        <source>Overrule reason problem</source>
        <translation>Problem mit dem Grund für die Abweichung</translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation>&amp;Wie es lief</translation>
    </message>
    <message>
        <source>&amp;Callback at</source>
        <translation>&amp;Rückruf am</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Recycle &amp;on</source>
        <translation>Wieder&amp;vorlage am</translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation>&amp;Abweichen weil</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Kein Lead geöffnet</translation>
    </message>
    <message>
        <source>No recommendation yet: answer the script, or log a no-contact call</source>
        <translation>Noch keine Empfehlung: beantworten Sie den Leitfaden oder erfassen Sie einen Anruf ohne Kontakt</translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation>Empfohlen: {text}</translation>
    </message>
    <message>
        <source>Script in progress ({points}); finish it for a grade</source>
        <translation>Leitfaden läuft ({points}); beenden Sie ihn für eine Bewertung</translation>
    </message>
</context>
<context>
    <name>PartnerChoiceDialog</name>
    <message>
        <source>Hand off lead {lead_id}</source>
        <translation>Lead {lead_id} übergeben</translation>
    </message>
    <message>
        <source>Finding the best partner…</source>
        <translation>Bester Partner wird gesucht…</translation>
    </message>
    <message>
        <source>Eligible partners</source>
        <translation>Infrage kommende Partner</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Warum dieser Partner</translation>
    </message>
    <message>
        <source>Reason for another partner</source>
        <translation>Grund für einen anderen Partner</translation>
    </message>
    <message>
        <source>Why not the proposed partner? (required)</source>
        <translation>Warum nicht der vorgeschlagene Partner? (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation>&amp;Übergeben</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Reason for choosing another partner</source>
        <translation>&amp;Grund für die Wahl eines anderen Partners</translation>
    </message>
    <message>
        <source>No partner can take {value} now</source>
        <translation>Kein Partner kann {value} jetzt übernehmen</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>dieser Lead</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation>{value} geht an {name}</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Dieser Lead</translation>
    </message>
    <message>
        <source>{rank}. {name} — proposed</source>
        <translation>{rank}. {name} — vorgeschlagen</translation>
    </message>
    <message>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <source>Say why {chosen} instead of {first}.</source>
        <translation>Geben Sie an, warum {chosen} statt {first}.</translation>
    </message>
    <message>
        <source>Handing off…</source>
        <translation>Wird übergeben…</translation>
    </message>
</context>
<context>
    <name>PartnerRouting</name>
    <message>
        <source>Lead {lead_id} is ready for a partner; no proposal: {problem_text}</source>
        <translation>Lead {lead_id} ist bereit für einen Partner; kein Vorschlag: {problem_text}</translation>
    </message>
    <message>
        <source>proposing a partner</source>
        <translation>Partner wird vorgeschlagen</translation>
    </message>
    <message>
        <source>sending the lead to the partner</source>
        <translation>Lead wird an den Partner gesendet</translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation>Lead {lead_id} an {partner} übergeben ({status_text}).</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>No mail server is configured: handoffs are not e-mailed to partners. Their packages wait in the outbox folder ({outbox}) as “awaiting delivery”, and their acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA sweep e-mails them and their SLAs start then.</source>
        <translation>Es ist kein Mailserver eingerichtet: Übergaben werden nicht per E-Mail an Partner gesendet. Ihre Pakete warten im Postausgangsordner ({outbox}) als „wartet auf Zustellung“, und ihre Annahme-SLAs beginnen nicht. Sobald [mail] in der Einstellungsdatei gesetzt ist, versendet der nächste SLA-Durchlauf sie per E-Mail, und ihre SLAs beginnen dann.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Handoffs and feedback</source>
        <translation>Übergaben und Feedback</translation>
    </message>
    <message>
        <source>Waiting for a partner</source>
        <translation>Warten auf einen Partner</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>Ohne Meldung</translation>
    </message>
    <message>
        <source>Check calls</source>
        <translation>Kontrollanrufe</translation>
    </message>
</context>
<context>
    <name>PassRulesTable</name>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitrahmen</translation>
    </message>
    <message>
        <source>Pass rules</source>
        <translation>Bestehensregeln</translation>
    </message>
    <message>
        <source>The fewest points per dimension for each grade; the first grade a lead meets is its grade, D when none. Empty cell: no minimum; empty row: no such grade.</source>
        <translation>Die Mindestpunktzahl pro Dimension für jede Note; die erste Note, die ein Lead erreicht, ist seine Note, D wenn keine. Leere Zelle: kein Minimum; leere Zeile: keine solche Note.</translation>
    </message>
    <message>
        <source>{segment} {grade}, {dimension}: {text!r} is not whole points</source>
        <translation>{segment} {grade}, {dimension}: {text!r} sind keine ganzen Punkte</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>at least 10 characters, not the login</source>
        <translation>mindestens 10 Zeichen, nicht der Benutzername</translation>
    </message>
    <message>
        <source>{login}: you signed in with a one-time password. Choose your own to continue.</source>
        <translation>{login}: Sie haben sich mit einem Einmalpasswort angemeldet. Wählen Sie Ihr eigenes, um fortzufahren.</translation>
    </message>
    <message>
        <source>Change the password of {login}</source>
        <translation>Passwort von {login} ändern</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Passwort ändern</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>&amp;Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation>geben Sie Ihr aktuelles Passwort ein</translation>
    </message>
    <message>
        <source>choose the new password</source>
        <translation>wählen Sie das neue Passwort</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>die beiden Passwörter unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>PeopleListDialog</name>
    <message>
        <source>People added from {file}</source>
        <translation>Aus {file} hinzugefügte Personen</translation>
    </message>
    <message>
        <source>{file}: {rows} = {added} added + {refused} refused</source>
        <translation>{file}: {rows} = {added} hinzugefügt + {refused} abgelehnt</translation>
    </message>
    <message>
        <source>, {hidden} hidden in the workbook (not read)</source>
        <translation>, {hidden} in der Arbeitsmappe ausgeblendet (nicht gelesen)</translation>
    </message>
    <message>
        <source>Give each person their one-time password now: it is shown only this once, and they choose their own at the first sign-in.</source>
        <translation>Geben Sie jeder Person jetzt ihr Einmalpasswort: Es wird nur dieses eine Mal angezeigt, und bei der ersten Anmeldung wählt jede ihr eigenes.</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Hinzugefügte Personen</translation>
    </message>
    <message>
        <source>Row {line} ({login}): {reason}</source>
        <translation>Zeile {line} ({login}): {reason}</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>kein Login</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Tabelle kopieren</translation>
    </message>
    <message>
        <source>Tab-separated, to paste into a spreadsheet</source>
        <translation>Tabulatorgetrennt, zum Einfügen in eine Tabellenkalkulation</translation>
    </message>
</context>
<context>
    <name>PeopleListImport</name>
    <message>
        <source>A list of people</source>
        <translation>Eine Personenliste</translation>
    </message>
    <message>
        <source>Adding the people of {file}…</source>
        <translation>Die Personen aus {file} werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Adding… row {line} done</source>
        <translation>Hinzufügen… Zeile {line} erledigt</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>E&amp;xport person data…</source>
        <translation>Personendaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every row about the person, as JSON in a zip</source>
        <translation>Jede Zeile über die Person, als JSON in einer Zip-Datei</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>Person &amp;löschen…</translation>
    </message>
    <message>
        <source>Ask for &amp;erasure…</source>
        <translation>Löschung &amp;beantragen…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Daten der Person exportieren</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{rows} about {leads} written to {path}</source>
        <translation>{rows} zu {leads} in {path} geschrieben</translation>
    </message>
    <message>
        <source>Erasure requested for {leads}; an administrator erases it</source>
        <translation>Löschung für {leads} beantragt; ein Administrator löscht sie</translation>
    </message>
    <message>
        <source>Erased: {leads}, {rows} replaced, {files} shredded; phone and e-mail stay on the do-not-call list as hashes</source>
        <translation>Gelöscht: {leads}, {rows} ersetzt, {files} vernichtet; Telefonnummer und E-Mail bleiben nur als Hashes auf der Sperrliste</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Unexpected problem: {kind}</source>
        <translation>Unerwarteter Fehler: {kind}</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Week to publish</source>
        <translation>Zu veröffentlichende Woche</translation>
    </message>
    <message>
        <source>Dr&amp;y run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing</source>
        <translation>Anzeigen, was gesendet würde; nichts senden</translation>
    </message>
    <message>
        <source>&amp;Publish scorecards</source>
        <translation>Sc&amp;orecards veröffentlichen</translation>
    </message>
    <message>
        <source>E-mail last week&apos;s scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation>Die Scorecards der letzten Woche per E-Mail an jeden Partner und Channel-Manager senden und die Übersicht, wer nicht meldet, an die Supervisoren; nie zweimal für dieselbe Woche</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation>Wöchentliche Veröffentlichung:</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Partner ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>Scorecards werden berechnet…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Not reporting: {partner} ({share}, routing weight {before} → {now})</source>
        <translation>Meldet nicht: {partner} ({share}, Routing-Gewicht {before} → {now})</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Wählen Sie eine Kennzahl: Namen stehen nicht für Leads</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question key</source>
        <translation>Fragenschlüssel</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Fragentext</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Antworttyp</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>&amp;Pflichtfrage</translation>
    </message>
    <message>
        <source>the screen&apos;s dimension</source>
        <translation>die Dimension des Bildschirms</translation>
    </message>
    <message>
        <source>Points count for</source>
        <translation>Punkte zählen für</translation>
    </message>
    <message>
        <source>Question asked of</source>
        <translation>Frage gestellt an</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>&amp;Auswahl hinzufügen</translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation>Auswahl &amp;entfernen</translation>
    </message>
    <message>
        <source>at least:points, e.g. 500:10, 100:5</source>
        <translation>mindestens:Punkte, z. B. 500:10, 100:5</translation>
    </message>
    <message>
        <source>Point bands</source>
        <translation>Punktbereiche</translation>
    </message>
    <message>
        <source>Question problems</source>
        <translation>Probleme der Frage</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Punkte für</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Gestellt an</translation>
    </message>
</context>
<context>
    <name>QueueOverview</name>
    <message>
        <source>Shared lead queue</source>
        <translation>Gemeinsame Lead-Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{plural} in the refinery</source>
        <translation>{plural} in der Lead-Raffinerie</translation>
    </message>
    <message>
        <source>Could not load the queue: {message}</source>
        <translation>Die Warteschlange konnte nicht geladen werden: {message}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Next lead  (Ctrl+N)</source>
        <translation>&amp;Nächster Lead  (Strg+N)</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Nächster Lead</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Warteschlangenstatus</translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation>Meine Rückrufe</translation>
    </message>
    <message>
        <source>DUE · </source>
        <translation>FÄLLIG · </translation>
    </message>
    <message>
        <source>No callbacks for you</source>
        <translation>Keine Rückrufe für Sie</translation>
    </message>
    <message>
        <source>{eligible} leads eligible for you now</source>
        <translation>{eligible} Leads jetzt für Sie verfügbar</translation>
    </message>
    <message>
        <source>Nothing eligible now; the next lead becomes eligible at {when} your time</source>
        <translation>Jetzt nichts verfügbar; der nächste Lead ist ab {when} Ihrer Zeit verfügbar</translation>
    </message>
    <message>
        <source>Nothing eligible now</source>
        <translation>Jetzt nichts verfügbar</translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation>In Ihren Warteschlangen wartet nichts</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weiterer)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back: </source>
        <translation>Zurückgehalten: </translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation>Neue &amp;Warteschlange</translation>
    </message>
    <message>
        <source>e.g. SMB West</source>
        <translation>z. B. SMB West</translation>
    </message>
    <message>
        <source>Higher first: a rep&apos;s next lead comes from the highest queue</source>
        <translation>Höhere zuerst: der nächste Lead eines Agenten kommt aus der höchsten Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation>Warteschlange ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Queue na&amp;me</source>
        <translation>&amp;Name der Warteschlange</translation>
    </message>
    <message>
        <source>&amp;Under team</source>
        <translation>&amp;Unter Team</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorität</translation>
    </message>
    <message>
        <source>&amp;Worked by</source>
        <translation>&amp;Bearbeitet von</translation>
    </message>
    <message>
        <source>What happened to the queue</source>
        <translation>Was mit der Warteschlange geschah</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to the queue</source>
        <translation>Keine Bewertungsregel leitet Leads in die Warteschlange</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>Die Leertaste hakt die Person unter dem Cursor an oder ab</translation>
    </message>
    <message>
        <source>A new queue is worked by its team&apos;s reps; change it after saving</source>
        <translation>Eine neue Warteschlange wird von den Agenten ihres Teams bearbeitet; ändern Sie das nach dem Speichern</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to queue {name}: imports never fill it until the rules name it (Scoring rules area).</source>
        <translation>Keine Bewertungsregel leitet Leads in die Warteschlange {name}: Importe füllen sie erst, wenn die Regeln sie nennen (Bereich Bewertungsregeln).</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Neue Warteschlange</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Warteschlange {name}</translation>
    </message>
    <message>
        <source>Queue {name} is added.</source>
        <translation>Warteschlange {name} ist hinzugefügt.</translation>
    </message>
    <message>
        <source>Queue {name} is saved.</source>
        <translation>Warteschlange {name} ist gespeichert.</translation>
    </message>
    <message>
        <source>Sa&amp;ve queue</source>
        <translation>Wa&amp;rteschlange speichern</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Warteschlange entfernen</translation>
    </message>
    <message>
        <source>Remove the queue {name}? It holds no leads; nobody works it any more.</source>
        <translation>Die Warteschlange {name} entfernen? Sie enthält keine Leads; niemand bearbeitet sie mehr.</translation>
    </message>
    <message>
        <source>; {leads} moved to {queue}</source>
        <translation>; {leads} nach {queue} verschoben</translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation>Warteschlange {name} ist entfernt{where}.</translation>
    </message>
</context>
<context>
    <name>RegistryImportPanel</name>
    <message>
        <source>Loading the registries…</source>
        <translation>Register werden geladen…</translation>
    </message>
    <message>
        <source>one number a line, or CSV with a number column</source>
        <translation>eine Nummer pro Zeile oder CSV mit einer Nummernspalte</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Snapshot taken on</source>
        <translation>Snapshot erstellt am</translation>
    </message>
    <message>
        <source>Import a national registry snapshot</source>
        <translation>Snapshot eines nationalen Registers importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gister</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>W&amp;ählen…</translation>
    </message>
    <message>
        <source>Taken o&amp;n</source>
        <translation>Erstellt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Load it although it holds far fewer numbers</source>
        <translation>Trotzdem &amp;laden, obwohl sie weit weniger Nummern enthält</translation>
    </message>
    <message>
        <source>Registry import progress</source>
        <translation>Fortschritt des Registerimports</translation>
    </message>
    <message>
        <source>Registry snapshot</source>
        <translation>Register-Snapshot</translation>
    </message>
    <message>
        <source>No national registry imported yet</source>
        <translation>Noch kein nationales Register importiert</translation>
    </message>
    <message>
        <source>STALE: claims blocked</source>
        <translation>VERALTET: Übernahmen gesperrt</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>{name}: honoured, never imported · {fresh}</source>
        <translation>{name}: beachtet, nie importiert · {fresh}</translation>
    </message>
    <message>
        <source>{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}</source>
        <translation>{name}: {taken_on}, {age} / {max_age} Tage, {entries} Nummern · {fresh}</translation>
    </message>
    <message>
        <source>choose the registry file</source>
        <translation>wählen Sie die Registerdatei</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 numbers read; stored when the whole file has been read</source>
        <translation>%1 Nummern gelesen; gespeichert, wenn die ganze Datei gelesen ist</translation>
    </message>
    <message>
        <source>%1 registry of %2: %3 numbers from %4 lines; claims follow it now</source>
        <translation>Register %1 vom %2: %3 Nummern aus %4 Zeilen; Übernahmen richten sich jetzt danach</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>RepBoard</name>
    <message>
        <source>Team board</source>
        <translation>Team-Übersicht</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{items} of {leads}</source>
        <translation>{items} von {leads}</translation>
    </message>
    <message>
        <source>{counted}, {amount}</source>
        <translation>{counted}, {amount}</translation>
    </message>
    <message>
        <source>Cost is the campaign&apos;s spend, not leads</source>
        <translation>Kosten sind die Ausgaben der Kampagne, keine Leads</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Wählen Sie eine Kennzahl: Namen stehen nicht für Leads</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Conversion per rep</source>
        <translation>Konversion pro Agent</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Konversion pro Kampagne</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Konversion pro Partner</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Status nach Region</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Status nach Team</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Status nach Agent</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Status nach Channel-Manager</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Status nach Partner</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Status nach Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>Check calls per partner and partner rep</source>
        <translation>Kontrollanrufe pro Partner und Partner-Mitarbeiter</translation>
    </message>
    <message>
        <source>Check calls per rep</source>
        <translation>Kontrollanrufe pro Agent</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Teamfilter</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Kampagnenfilter</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>&amp;XLSX exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Berichtstabelle</translation>
    </message>
    <message>
        <source>This report per group</source>
        <translation>Dieser Bericht je Gruppe</translation>
    </message>
    <message>
        <source>Funnel: claimed → won</source>
        <translation>Trichter: übernommen → gewonnen</translation>
    </message>
    <message>
        <source>Trend per day</source>
        <translation>Verlauf pro Tag</translation>
    </message>
    <message>
        <source>Sales-ready and won per rep</source>
        <translation>Verkaufsbereit und gewonnen je Agent</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Dieser Bericht</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Pro Agent</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>alle Teams</translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation>alle Kampagnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>{summary} behind {title}</source>
        <translation>{summary} hinter {title}</translation>
    </message>
    <message>
        <source>{title} · {period} · {plural}</source>
        <translation>{title} · {period} · {plural}</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} nach {path} exportiert</translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation>Leads werden geöffnet…</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>{upper} exportieren</translation>
    </message>
</context>
<context>
    <name>RetryPanel</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{text} is not a whole number of {what}</source>
        <translation>{text} ist keine ganze Zahl ({what})</translation>
    </message>
    <message>
        <source>calls per lead before nurture</source>
        <translation>Anrufe pro Lead vor dem Nurturing</translation>
    </message>
    <message>
        <source>e.g. 120, 240, 1440 (the last repeats; empty: no more calls)</source>
        <translation>z. B. 120, 240, 1440 (der letzte wiederholt sich; leer: keine weiteren Anrufe)</translation>
    </message>
    <message>
        <source>days until a nurtured lead is called again</source>
        <translation>Tage, bis ein Lead im Nurturing erneut angerufen wird</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>optional: warum (fürs Audit-Protokoll)</translation>
    </message>
    <message>
        <source>Retries after a call that reached nobody</source>
        <translation>Wiederholungen nach einem Anruf, der niemanden erreichte</translation>
    </message>
    <message>
        <source>&amp;Update retries</source>
        <translation>Wiederho&amp;lungen aktualisieren</translation>
    </message>
    <message>
        <source>Ma&amp;x attempts</source>
        <translation>Max. &amp;Versuche</translation>
    </message>
    <message>
        <source>Nurture &amp;for, days</source>
        <translation>N&amp;urturing für Tage</translation>
    </message>
    <message>
        <source>Why (retries)</source>
        <translation>Warum (Wiederholungen)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Retry rules status</source>
        <translation>Status der Wiederholungsregeln</translation>
    </message>
    <message>
        <source>No answer, m&amp;inutes</source>
        <translation>Keine Antwort, M&amp;inuten</translation>
    </message>
    <message>
        <source>&amp;Busy, minutes</source>
        <translation>Besetzt, &amp;Minuten</translation>
    </message>
    <message>
        <source>Voicemail &amp;left, minutes</source>
        <translation>Voi&amp;cemail hinterlassen, Minuten</translation>
    </message>
    <message>
        <source>Wron&amp;g number, minutes</source>
        <translation>&amp;Falsche Nummer, Minuten</translation>
    </message>
    <message>
        <source>Bad number, minutes</source>
        <translation>Ungültige Nummer, Minuten</translation>
    </message>
    <message>
        <source>Not saved in the database yet: each workstation follows its settings file. Saving makes these the rules of every workstation.</source>
        <translation>Noch nicht in der Datenbank gespeichert: jeder Arbeitsplatz folgt seiner Einstellungsdatei. Durch Speichern werden dies die Regeln aller Arbeitsplätze.</translation>
    </message>
    <message>
        <source>Shared by every workstation; saved {when} UTC by {who}.</source>
        <translation>Von allen Arbeitsplätzen geteilt; gespeichert {when} UTC von {who}.</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings file sets its own: {names}.</source>
        <translation>Die Einstellungsdatei dieses Arbeitsplatzes legt eigene fest: {names}.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Saved: the next call outcome follows these rules.</source>
        <translation>Gespeichert: das nächste Anrufergebnis folgt diesen Regeln.</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation>Vorgeschlagener Partner</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Warum dieser Partner</translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation>&amp;Bestätigen und senden  (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Confirm the proposed partner</source>
        <translation>Den vorgeschlagenen Partner bestätigen</translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation>&amp;Anderen wählen…</translation>
    </message>
    <message>
        <source>Choose another partner, with a reason</source>
        <translation>Einen anderen Partner wählen, mit Begründung</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Leave the lead ready for a partner</source>
        <translation>Den Lead bereit für einen Partner lassen</translation>
    </message>
    <message>
        <source>Not for a partner: the prospect said no</source>
        <translation>Nicht für einen Partner: der Interessent hat abgelehnt</translation>
    </message>
    <message>
        <source>No partner can take it now</source>
        <translation>Kein Partner kann ihn jetzt übernehmen</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Sales-ready leads that have no partner yet: new ones, rejected ones, and those whose partner let the SLA run out with nobody else eligible.</source>
        <translation>Vertriebsbereite Leads, die noch keinen Partner haben: neue, abgelehnte und solche, deren Partner das SLA verstreichen ließ, ohne dass ein anderer infrage kommt.</translation>
    </message>
    <message>
        <source>Waiting leads</source>
        <translation>Wartende Leads</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Choose partner…</source>
        <translation>Partner &amp;wählen…</translation>
    </message>
    <message>
        <source>Route &amp;all</source>
        <translation>Alle &amp;zuweisen</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Wird zugewiesen…</translation>
    </message>
    <message>
        <source>(no eligible partner)</source>
        <translation>(kein passender Partner)</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation>Warten auf einen Partner: {plural}</translation>
    </message>
    <message>
        <source>Routed {plural}; {waiting} still wait</source>
        <translation>{plural} zugewiesen; {waiting} warten noch</translation>
    </message>
    <message>
        <source>. {count} queued for e-mail: the outbox sweep sends them</source>
        <translation>. {count} für E-Mail eingereiht: der Postausgangs-Durchlauf sendet sie</translation>
    </message>
    <message>
        <source>. {count} awaiting delivery in the outbox: no mail server is configured, their SLAs have not started</source>
        <translation>. {count} warten im Postausgang auf Zustellung: kein Mailserver eingerichtet, ihre SLAs haben nicht begonnen</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Wählen Sie zuerst einen Lead aus.</translation>
    </message>
</context>
<context>
    <name>SaferOutcomes</name>
    <message>
        <source>There is no outcome to undo: only the last one, within 30 s.</source>
        <translation>Es gibt kein Ergebnis zum Rückgängigmachen: nur das letzte, innerhalb von 30 s.</translation>
    </message>
    <message>
        <source>Lead {open} is open with your work on it: save it first. Lead {saved} can no longer be undone from here.</source>
        <translation>Lead {open} ist mit Ihrer Arbeit geöffnet: speichern Sie ihn zuerst. Lead {saved} kann von hier aus nicht mehr rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Outcome undone: lead {lead} is yours again, as it was before saving.</source>
        <translation>Ergebnis rückgängig gemacht: Lead {lead} gehört wieder Ihnen, wie vor dem Speichern.</translation>
    </message>
    <message>
        <source>Could not undo: {problem}</source>
        <translation>Rückgängig machen nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation>Ergebnis von Lead {lead_id} wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>At least employees</source>
        <translation>Mindestens Mitarbeiter</translation>
    </message>
    <message>
        <source>the first size reached, from the largest</source>
        <translation>die erste erreichte Größe, von der größten an</translation>
    </message>
    <message>
        <source>Industry contains</source>
        <translation>Branche enthält</translation>
    </message>
    <message>
        <source>the first keyword found in the industry</source>
        <translation>das erste in der Branche gefundene Stichwort</translation>
    </message>
    <message>
        <source>Title word</source>
        <translation>Wort im Titel</translation>
    </message>
    <message>
        <source>the first word or phrase found in the title</source>
        <translation>das erste im Titel gefundene Wort oder die erste Wendung</translation>
    </message>
    <message>
        <source>Interest contains</source>
        <translation>Interesse enthält</translation>
    </message>
    <message>
        <source>the first keyword found</source>
        <translation>das erste gefundene Stichwort</translation>
    </message>
    <message>
        <source>Source contains</source>
        <translation>Quelle enthält</translation>
    </message>
    <message>
        <source>the first keyword found in the source</source>
        <translation>das erste in der Quelle gefundene Stichwort</translation>
    </message>
    <message>
        <source>Inquired within days</source>
        <translation>Angefragt innerhalb von Tagen</translation>
    </message>
    <message>
        <source>the first limit not exceeded, from the shortest</source>
        <translation>die erste nicht überschrittene Grenze, von der kürzesten an</translation>
    </message>
    <message>
        <source>At least touches</source>
        <translation>Mindestens Kontakte</translation>
    </message>
    <message>
        <source>the first count reached, from the highest</source>
        <translation>die erste erreichte Anzahl, von der höchsten an</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Produktinteresse</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Recency days</source>
        <translation>Aktualität in Tagen</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Enterprise from &amp;employees</source>
        <translation>Enterprise ab &amp;Mitarbeitern</translation>
    </message>
    <message>
        <source>or annual re&amp;venue</source>
        <translation>oder Jahres&amp;umsatz</translation>
    </message>
    <message>
        <source>Enterprise from employees</source>
        <translation>Enterprise ab Mitarbeitern</translation>
    </message>
    <message>
        <source>Enterprise from annual revenue</source>
        <translation>Enterprise ab Jahresumsatz</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Punktetabelle</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>&amp;Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Ze&amp;ile entfernen</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Warteschlangenregeln</translation>
    </message>
    <message>
        <source>Add q&amp;ueue rule</source>
        <translation>Wart&amp;eschlangenregel hinzufügen</translation>
    </message>
    <message>
        <source>Remove queue ru&amp;le</source>
        <translation>Warteschlangenregel entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Rule u&amp;p</source>
        <translation>Regel nach &amp;oben</translation>
    </message>
    <message>
        <source>Rule d&amp;own</source>
        <translation>Regel nach u&amp;nten</translation>
    </message>
    <message>
        <source>Scoring form problems</source>
        <translation>Probleme im Bewertungsformular</translation>
    </message>
    <message>
        <source>Point &amp;table</source>
        <translation>Punkte&amp;tabelle</translation>
    </message>
    <message>
        <source>Queue rules, first match wins: empty cells match anything; lists are comma-separated (countries US, CA; regions US-FL). The last rule should match everything.</source>
        <translation>Warteschlangenregeln, der erste Treffer gewinnt: leere Zellen passen auf alles; Listen sind kommagetrennt (Länder US, CA; Regionen US-FL). Die letzte Regel sollte auf alles passen.</translation>
    </message>
    <message>
        <source>Points for {reading}.</source>
        <translation>Punkte für {reading}.</translation>
    </message>
    <message>
        <source>The Enterprise thresholds must be numbers</source>
        <translation>Die Enterprise-Schwellen müssen Zahlen sein</translation>
    </message>
    <message>
        <source>Row {row}: {column} and whole points, please</source>
        <translation>Zeile {row}: bitte {column} und ganze Punkte</translation>
    </message>
    <message>
        <source>Queue rule {row} needs a queue</source>
        <translation>Warteschlangenregel {row} braucht eine Warteschlange</translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Scoring rules versions</source>
        <translation>Versionen der Bewertungsregeln</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Scoring rules JSON</source>
        <translation>Bewertungsregeln-JSON</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Wählen Sie eine Version zum Bearbeiten</translation>
    </message>
    <message>
        <source>Scoring rules problems</source>
        <translation>Probleme der Bewertungsregeln</translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation>Die Auswirkung auf die Warteschlange erscheint hier, sobald die Regeln gültig sind.</translation>
    </message>
    <message>
        <source>Effect of the rules</source>
        <translation>Auswirkung der Regeln</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>was sich ändert und warum (wird im Audit festgehalten)</translation>
    </message>
    <message>
        <source>Preview, then apply</source>
        <translation>Vorschau, dann anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply and rescore</source>
        <translation>&amp;Anwenden und neu bewerten</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation>Auswirkung auf noch nicht bearbeitete Leads in der Warteschlange</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Kein JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>The rules must be a JSON object</source>
        <translation>Die Regeln müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Nicht gültig:</translation>
    </message>
    <message>
        <source>Valid: previewing the effect on the queue…</source>
        <translation>Gültig: Vorschau der Auswirkung auf die Warteschlange…</translation>
    </message>
    <message>
        <source>Counting the leads that would change…</source>
        <translation>Leads, die sich ändern würden, werden gezählt…</translation>
    </message>
    <message>
        <source>Valid: see the effect before applying</source>
        <translation>Gültig: sehen Sie sich die Auswirkung vor dem Anwenden an</translation>
    </message>
    <message>
        <source>Nothing to preview until the rules validate.</source>
        <translation>Keine Vorschau, bis die Regeln gültig sind.</translation>
    </message>
    <message>
        <source>Wait for the preview of these rules before applying</source>
        <translation>Warten Sie vor dem Anwenden auf die Vorschau dieser Regeln</translation>
    </message>
    <message>
        <source>Apply again to replace version {version} with these rules</source>
        <translation>Erneut anwenden, um Version {version} durch diese Regeln zu ersetzen</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Als Version {version} angewendet</translation>
    </message>
    <message>
        <source>Version {version} already says this; nothing saved</source>
        <translation>Version {version} enthält bereits dies; nichts gespeichert</translation>
    </message>
    <message>
        <source>Rescored {examined} queued leads: {changed} changed, {moved} moved to another queue.</source>
        <translation>{examined} Leads in der Warteschlange neu bewertet: {changed} geändert, {moved} in eine andere Warteschlange verschoben.</translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>{name} is not a script (a JSON object)</source>
        <translation>{name} ist kein Skript (ein JSON-Objekt)</translation>
    </message>
    <message>
        <source>cannot write {name}: {problem}</source>
        <translation>{name} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>JSON e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Ein Skript importieren</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Das Skript exportieren</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Nach {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>ScriptForm</name>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Script name</source>
        <translation>Name des Skripts</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>Tite&amp;l</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Titel des Skripts</translation>
    </message>
    <message>
        <source>Nurture af&amp;ter</source>
        <translation>Nurturing &amp;nach</translation>
    </message>
    <message>
        <source>Default recycle months</source>
        <translation>Standard-Wiedervorlage in Monaten</translation>
    </message>
    <message>
        <source>Script problems</source>
        <translation>Probleme des Skripts</translation>
    </message>
    <message>
        <source>Screens and questions</source>
        <translation>Bildschirme und Fragen</translation>
    </message>
    <message>
        <source>Pass rules and grades</source>
        <translation>Bestehensregeln und Noten</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>&amp;Add screen</source>
        <translation>Bil&amp;dschirm hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove screen</source>
        <translation>Bildschirm &amp;entfernen</translation>
    </message>
    <message>
        <source>Screen u&amp;p</source>
        <translation>Bildschirm nach &amp;oben</translation>
    </message>
    <message>
        <source>Screen d&amp;own</source>
        <translation>Bildschirm nach &amp;unten</translation>
    </message>
    <message>
        <source>Screen key</source>
        <translation>Bildschirmschlüssel</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Bildschirmtitel</translation>
    </message>
    <message>
        <source>What the rep says</source>
        <translation>Was der Agent sagt</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>keine Punkte</translation>
    </message>
    <message>
        <source>Screen points count for</source>
        <translation>Bildschirmpunkte zählen für</translation>
    </message>
    <message>
        <source>Screen shown to</source>
        <translation>Bildschirm angezeigt für</translation>
    </message>
    <message>
        <source>Screen problems</source>
        <translation>Probleme des Bildschirms</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Add q&amp;uestion</source>
        <translation>F&amp;rage hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Fr&amp;age entfernen</translation>
    </message>
    <message>
        <source>Question up</source>
        <translation>Frage nach oben</translation>
    </message>
    <message>
        <source>Question down</source>
        <translation>Frage nach unten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rep says</source>
        <translation>Agent sagt</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Punkte für</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Angezeigt für</translation>
    </message>
    <message>
        <source>Screens, in order</source>
        <translation>Bildschirme, in Reihenfolge</translation>
    </message>
    <message>
        <source>Questions of the screen</source>
        <translation>Fragen des Bildschirms</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Neuer Bildschirm</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>Ja oder Nein</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Geldbetrag</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>every segment</source>
        <translation>jedes Segment</translation>
    </message>
    <message>
        <source>SMB only</source>
        <translation>Nur SMB</translation>
    </message>
    <message>
        <source>Enterprise only</source>
        <translation>Nur Enterprise</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Entscheidungsbefugnis</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitrahmen</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Muster</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample Company</source>
        <translation>Musterfirma</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation>Nächster &amp;Bildschirm</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation>Neu s&amp;tarten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Preview: nothing to walk</source>
        <translation>Vorschau: nichts zu durchlaufen</translation>
    </message>
    <message>
        <source>Preview — {title} ({join})</source>
        <translation>Vorschau — {title} ({join})</translation>
    </message>
    <message>
        <source>Required: {value}</source>
        <translation>Erforderlich: {value}</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>endete vorzeitig</translation>
    </message>
    <message>
        <source>ended: call back</source>
        <translation>endete: zurückrufen</translation>
    </message>
    <message>
        <source>after the last screen</source>
        <translation>endete nach dem letzten Bildschirm</translation>
    </message>
    <message>
        <source>The script {how}. {text}</source>
        <translation>Das Skript {how}. {text}</translation>
    </message>
    <message>
        <source>Preview — done ({join})</source>
        <translation>Vorschau — fertig ({join})</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Script</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Script screen</source>
        <translation>Skriptbildschirm</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Zurück</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Vorheriger Skriptbildschirm</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Weiter ›</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Nächster Skriptbildschirm</translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Beantworten Sie den Leitfaden, um die Bewertung zu sehen</translation>
    </message>
    <message>
        <source>Grade and recommendation</source>
        <translation>Note und Empfehlung</translation>
    </message>
    <message>
        <source>  — earlier answer: confirm or change it</source>
        <translation>  — frühere Antwort: bestätigen oder ändern</translation>
    </message>
    <message>
        <source>{title} — screen {value} of {len}</source>
        <translation>{title} — Seite {value} von {len}</translation>
    </message>
    <message>
        <source>Points so far: {points}</source>
        <translation>Punkte bisher: {points}</translation>
    </message>
</context>
<context>
    <name>ScriptsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Wählen Sie eine Version zum Bearbeiten</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>was sich ändert und warum (wird im Audit festgehalten)</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Warum</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Skriptversionen</translation>
    </message>
    <message>
        <source>Script JSON</source>
        <translation>Skript-JSON</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Neue Version speichern</translation>
    </message>
    <message>
        <source>Imported; not saved until Save new version</source>
        <translation>Importiert; nicht gespeichert, bis Sie „Neue Version speichern“ wählen</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Kein JSON: {problem} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Nicht gültig:</translation>
    </message>
    <message>
        <source>Valid: {screens}, every path ends</source>
        <translation>Gültig: {screens}, jeder Pfad endet</translation>
    </message>
    <message>
        <source>Save new version again to replace {name} v{version} with this text</source>
        <translation>Erneut als neue Version speichern, um {name} v{version} durch diesen Text zu ersetzen</translation>
    </message>
    <message>
        <source>Saved as {name} v{version}: new leads get it</source>
        <translation>Gespeichert als {name} v{version}: neue Leads erhalten es</translation>
    </message>
    <message>
        <source>{name} v{version} already says this; nothing saved</source>
        <translation>{name} v{version} enthält bereits dies; nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>SMB</source>
        <translation>SMB</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Beliebiges Segment</translation>
    </message>
</context>
<context>
    <name>ServiceCalls</name>
    <message>
        <source>Connection lost, your work is kept: the database cannot be reached while {doing} ({problem}). Nothing you typed is lost; trying again in {seconds} s (attempt {attempt}).</source>
        <translation>Verbindung verloren, Ihre Arbeit bleibt erhalten: die Datenbank ist beim {doing} nicht erreichbar ({problem}). Nichts Eingegebenes geht verloren; neuer Versuch in {seconds} s (Versuch {attempt}).</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ShiftTools</name>
    <message>
        <source>lead {id} ({company})</source>
        <translation>Lead {id} ({company})</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Next tab inside the area</source>
        <translation>Nächster Reiter im Bereich</translation>
    </message>
    <message>
        <source>Previous tab inside the area</source>
        <translation>Vorheriger Reiter im Bereich</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Nächster Lead</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Ergebnis speichern</translation>
    </message>
    <message>
        <source>Undo the last outcome (30 s)</source>
        <translation>Letztes Ergebnis rückgängig machen (30 s)</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Nächster Skriptbildschirm</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Vorheriger Skriptbildschirm</translation>
    </message>
    <message>
        <source>Restart call timer</source>
        <translation>Gesprächstimer neu starten</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (starts the call timer)</source>
        <translation>Die Nummer des Leads anrufen (startet den Gesprächstimer)</translation>
    </message>
    <message>
        <source>Hang up (stops the call timer)</source>
        <translation>Auflegen (stoppt den Gesprächstimer)</translation>
    </message>
    <message>
        <source>My state: Ready, break, lunch, training…</source>
        <translation>Mein Status: Bereit, Pause, Mittagspause, Schulung…</translation>
    </message>
    <message>
        <source>My figures today and this week</source>
        <translation>Meine Zahlen heute und diese Woche</translation>
    </message>
    <message>
        <source>Find a lead (phone, e-mail, name, company)</source>
        <translation>Lead suchen (Telefon, E-Mail, Name, Firma)</translation>
    </message>
    <message>
        <source>Go to the phone number</source>
        <translation>Zur Telefonnummer</translation>
    </message>
    <message>
        <source>Go to the e-mail</source>
        <translation>Zur E-Mail</translation>
    </message>
    <message>
        <source>Take the e-mail address the card suggests</source>
        <translation>Die von der Karte vorgeschlagene E-Mail-Adresse übernehmen</translation>
    </message>
    <message>
        <source>No contact: no answer</source>
        <translation>Kein Kontakt: keine Antwort</translation>
    </message>
    <message>
        <source>No contact: busy</source>
        <translation>Kein Kontakt: besetzt</translation>
    </message>
    <message>
        <source>No contact: voicemail left</source>
        <translation>Kein Kontakt: Voicemail hinterlassen</translation>
    </message>
    <message>
        <source>No contact: wrong number</source>
        <translation>Kein Kontakt: falsche Nummer</translation>
    </message>
    <message>
        <source>No contact: bad number</source>
        <translation>Kein Kontakt: ungültige Nummer</translation>
    </message>
    <message>
        <source>Outcome: Sales-ready</source>
        <translation>Ergebnis: Vertriebsbereit</translation>
    </message>
    <message>
        <source>Outcome: Callback</source>
        <translation>Ergebnis: Rückruf</translation>
    </message>
    <message>
        <source>Outcome: Nurture</source>
        <translation>Ergebnis: Nurturing</translation>
    </message>
    <message>
        <source>Outcome: Disqualify</source>
        <translation>Ergebnis: Disqualifizieren</translation>
    </message>
    <message>
        <source>Outcome: Do not call…</source>
        <translation>Ergebnis: Nicht anrufen…</translation>
    </message>
    <message>
        <source>Export the audit rows shown (CSV)</source>
        <translation>Die angezeigten Audit-Zeilen exportieren (CSV)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>SlaSweep</name>
    <message>
        <source>SLA sweep: {said}</source>
        <translation>SLA-Durchlauf: {said}</translation>
    </message>
    <message>
        <source>SLA sweep failed: {problem}</source>
        <translation>SLA-Durchlauf fehlgeschlagen: {problem}</translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>No news for at least</source>
        <translation>Keine Meldung seit mindestens</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Partner ohne Rückmeldung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Open handoffs with no news from the partner for at least</source>
        <translation>Offene Übergaben ohne Meldung des Partners seit mindestens</translation>
    </message>
    <message>
        <source>Partners that report get more leads: this measure is part of their weight.</source>
        <translation>Partner, die melden, erhalten mehr Leads: diese Kennzahl ist Teil ihres Gewichts.</translation>
    </message>
    <message>
        <source>{stale} of {awaiting}</source>
        <translation>{stale} von {awaiting}</translation>
    </message>
    <message>
        <source>{plural} not reporting</source>
        <translation>Ohne Meldung: {plural}</translation>
    </message>
    <message>
        <source>Every partner reported on its open handoffs.</source>
        <translation>Jeder Partner hat zu seinen offenen Übergaben gemeldet.</translation>
    </message>
</context>
<context>
    <name>TeamBoardArea</name>
    <message>
        <source>Live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Live-Aktualisierung gestoppt ({why}); Aktualisierung alle 10 s</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>alle Teams</translation>
    </message>
    <message>
        <source>Not claimable: {line}</source>
        <translation>Nicht übernehmbar: {line}</translation>
    </message>
    <message>
        <source>{company} (lead {lead})</source>
        <translation>{company} (Lead {lead})</translation>
    </message>
    <message>
        <source>Choose a rep or a queue to move the leads to.</source>
        <translation>Wählen Sie einen Agenten oder eine Warteschlange, wohin die Leads verschoben werden.</translation>
    </message>
    <message>
        <source>Select the leads to move first.</source>
        <translation>Wählen Sie zuerst die zu verschiebenden Leads aus.</translation>
    </message>
    <message>
        <source>{waiting} of the {len} selected leads are still loading: scroll through them and move again, or filter and use Move matching.</source>
        <translation>{waiting} der {len} ausgewählten Leads werden noch geladen: scrollen Sie durch sie und verschieben Sie erneut, oder filtern Sie und verwenden Sie „Alle Treffer verschieben“.</translation>
    </message>
    <message>
        <source>Set a filter first; moving every lead at once is not offered.</source>
        <translation>Setzen Sie zuerst einen Filter; alle Leads auf einmal zu verschieben wird nicht angeboten.</translation>
    </message>
    <message>
        <source>The filter was changed: press Filter to see its leads, then move them.</source>
        <translation>Der Filter wurde geändert: drücken Sie Filtern, um seine Leads zu sehen, und verschieben Sie sie dann.</translation>
    </message>
    <message>
        <source>No lead matches the filter.</source>
        <translation>Kein Lead entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Move the {plural} matching the filter to {target}?</source>
        <translation>Die {plural}, die dem Filter entsprechen, verschieben? Ziel: {target}</translation>
    </message>
    <message>
        <source> · {plural} due</source>
        <translation> · {plural} fällig</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases ({stale_leases})</source>
        <translation>A&amp;bgelaufene Reservierungen freigeben ({stale_leases})</translation>
    </message>
    <message>
        <source>Updated {at} · live</source>
        <translation>Aktualisiert {at} · live</translation>
    </message>
    <message>
        <source>Updated {at} · live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Aktualisiert {at} · Live-Aktualisierung angehalten ({why}); Aktualisierung alle 10 s</translation>
    </message>
    <message>
        <source> · {plural} reopened by check calls</source>
        <translation> · {plural} durch Kontrollanrufe wieder geöffnet</translation>
    </message>
    <message>
        <source>Move leads</source>
        <translation>Leads verschieben</translation>
    </message>
    <message>
        <source>Select the rep whose callbacks move, and the rep who takes them.</source>
        <translation>Wählen Sie den Agenten, dessen Rückrufe verschoben werden, und den Agenten, der sie übernimmt.</translation>
    </message>
    <message>
        <source>{rep} is paused: the leads wait for them until they are resumed.</source>
        <translation>{rep} ist pausiert: Die Leads warten bis zur Freigabe.</translation>
    </message>
    <message>
        <source>Lead {lead}: {reason}.</source>
        <translation>Lead {lead}: {reason}.</translation>
    </message>
    <message>
        <source>… and {count} more not moved.</source>
        <translation>… und {count} weitere nicht verschoben.</translation>
    </message>
    <message>
        <source>Select a rep on the board first.</source>
        <translation>Wählen Sie zuerst einen Agenten in der Übersicht aus.</translation>
    </message>
    <message>
        <source>&amp;Resume rep</source>
        <translation>Agent &amp;freigeben</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>Agent &amp;pausieren</translation>
    </message>
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Team board</source>
        <translation>Team-Übersicht</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>Übersichtsstatus</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>Agent &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause or resume the selected rep</source>
        <translation>Ausgewählten Agenten pausieren oder freigeben</translation>
    </message>
    <message>
        <source>Move callbacks to rep</source>
        <translation>Rückrufe zu Agent verschieben</translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation>&amp;Rückrufe verschieben zu</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases</source>
        <translation>A&amp;bgelaufene Reservierungen freigeben</translation>
    </message>
    <message>
        <source>Leads held back</source>
        <translation>Zurückgehaltene Leads</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Warteschlangenfilter</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Kampagnenfilter</translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation>Agentenfilter</translation>
    </message>
    <message>
        <source>Lease filter</source>
        <translation>Reservierungsfilter</translation>
    </message>
    <message>
        <source>any lease</source>
        <translation>beliebige Reservierung</translation>
    </message>
    <message>
        <source>country or US-NY</source>
        <translation>Land oder US-NY</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Regionsfilter</translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation>Firma beginnt mit</translation>
    </message>
    <message>
        <source>Company filter</source>
        <translation>Firmenfilter</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Region filter problem</source>
        <translation>Problem mit dem Regionsfilter</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>Auswahl &amp;verschieben nach</translation>
    </message>
    <message>
        <source>Move &amp;all matching to</source>
        <translation>&amp;Alle Treffer verschieben nach</translation>
    </message>
    <message>
        <source>Move result</source>
        <translation>Ergebnis des Verschiebens</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>beliebiger Status</translation>
    </message>
    <message>
        <source>any queue</source>
        <translation>beliebige Warteschlange</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>beliebige Kampagne</translation>
    </message>
    <message>
        <source>any rep</source>
        <translation>beliebiger Agent</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>niemand (nicht zugewiesen)</translation>
    </message>
    <message>
        <source>rep: {name}</source>
        <translation>Agent: {name}</translation>
    </message>
    <message>
        <source>queue: {name}</source>
        <translation>Warteschlange: {name}</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>die Warteschlange {name}</translation>
    </message>
</context>
<context>
    <name>TeamsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation>Neues T&amp;eam</translation>
    </message>
    <message>
        <source>Save &amp;team</source>
        <translation>&amp;Team speichern</translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation>z. B. Nordamerika</translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation>Team de&amp;aktivieren</translation>
    </message>
    <message>
        <source>What happened to the team</source>
        <translation>Was mit dem Team geschah</translation>
    </message>
    <message>
        <source>Choose one of your teams to rename it</source>
        <translation>Wählen Sie eines Ihrer Teams, um es umzubenennen</translation>
    </message>
    <message>
        <source>Team {name} is added.</source>
        <translation>Team {name} ist hinzugefügt.</translation>
    </message>
    <message>
        <source>Team {old} is now {name}.</source>
        <translation>Team {old} heißt jetzt {name}.</translation>
    </message>
    <message>
        <source>Team {name} is active again.</source>
        <translation>Team {name} ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Team {name} is deactivated.</source>
        <translation>Team {name} ist deaktiviert.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Team &amp;name</source>
        <translation>Tea&amp;mname</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Team {name}</translation>
    </message>
    <message>
        <source>Re&amp;activate team</source>
        <translation>Team &amp;reaktivieren</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>amount, e.g. 120000</source>
        <translation>Betrag, z. B. 120000</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>touch</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>Übergabe</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}  ({key})</source>
        <translation>Lead {lead_id} rückgängig  ({key})</translation>
    </message>
</context>
<context>
    <name>UnexpectedProblems</name>
    <message>
        <source>Qualifier: unexpected problem</source>
        <translation>Qualifier: unerwartetes Problem</translation>
    </message>
    <message>
        <source>Something went wrong in Qualifier ({kind}): what you just did may not have finished. Check it before you go on; the answers of a call are kept in its draft.

The details, without any prospect&apos;s data, are in {log} for your administrator.</source>
        <translation>In Qualifier ist etwas schiefgegangen ({kind}): Was Sie gerade getan haben, ist vielleicht nicht abgeschlossen. Prüfen Sie es, bevor Sie weitermachen; die Antworten eines Anrufs bleiben in seinem Entwurf.

Die Einzelheiten, ohne Daten von Interessenten, stehen für Ihre Administration in {log}.</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Neuer Benutzer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>z. B. rita.rep</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(kein Team)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Add from a l&amp;ist…</source>
        <translation>Aus einer L&amp;iste hinzufügen…</translation>
    </message>
    <message>
        <source>A CSV or XLSX list: login, name, role, team; a one-time password each</source>
        <translation>Eine CSV- oder XLSX-Liste: Login, Name, Rolle, Team; je ein Einmalpasswort</translation>
    </message>
    <message>
        <source>Unlo&amp;ck</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>L&amp;ogin</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>Ro&amp;lle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>choose a login</source>
        <translation>wählen Sie ein Login</translation>
    </message>
    <message>
        <source>{login} is added. One-time password: {password} — give it to them now, it is shown only once; they choose their own at the first sign-in.</source>
        <translation>{login} ist hinzugefügt. Einmalpasswort: {password} — geben Sie es jetzt weiter, es wird nur einmal angezeigt; bei der ersten Anmeldung wird ein eigenes gewählt.</translation>
    </message>
    <message>
        <source>They are in no team, and get no leads from a queue until you give them one.</source>
        <translation>Die Person ist in keinem Team und erhält keine Leads aus einer Warteschlange, bis Sie ihr eines zuweisen.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>; {leads} back in the queue, {callbacks} to the team</source>
        <translation>; {leads} zurück in der Warteschlange, {callbacks} an das Team</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>kein Team</translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation>{login} gespeichert: {label}, {team}, {state}{returned}</translation>
    </message>
    <message>
        <source>{login} is still the channel manager of {partners}: give those partners another one in Partners.</source>
        <translation>{login} ist weiterhin Channel-Manager von {partners}: Geben Sie diesen Partnern unter Partner einen anderen.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. The leads {login} holds go back to the queue, and their “me only” callbacks to the team.</source>
        <translation>{login} deaktivieren? Eine Anmeldung ist dann nicht mehr möglich. Die Leads, die {login} hält, gehen zurück in die Warteschlange, und die „nur für mich“-Rückrufe an das Team.</translation>
    </message>
    <message>
        <source>One-time password for {login}: {password} — give it to them now, it is shown only once; they must choose their own at the next sign-in.</source>
        <translation>Einmalpasswort für {login}: {password} — geben Sie es jetzt weiter, es wird nur einmal angezeigt; bei der nächsten Anmeldung muss ein eigenes gewählt werden.</translation>
    </message>
    <message>
        <source>{login} is unlocked and can sign in again.</source>
        <translation>{login} ist entsperrt und kann sich wieder anmelden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <source>Could not load your queue: {problem_text}</source>
        <translation>Ihre Warteschlange konnte nicht geladen werden: {problem_text}</translation>
    </message>
    <message>
        <source>Finish lead {lead} ({company}) first: choose an outcome and save it with Ctrl+Enter.</source>
        <translation>Schließen Sie zuerst Lead {lead} ({company}) ab: wählen Sie ein Ergebnis und speichern Sie es mit Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation>Nächster Lead wird geholt…</translation>
    </message>
    <message>
        <source>taking the next lead</source>
        <translation>Übernehmen des nächsten Leads</translation>
    </message>
    <message>
        <source>Could not take the next lead: {problem}</source>
        <translation>Der nächste Lead konnte nicht übernommen werden: {problem}</translation>
    </message>
    <message>
        <source>Restored your unsaved work on lead {id}.</source>
        <translation>Ihre ungespeicherte Arbeit an Lead {id} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Lead {id} is yours until you save an outcome.</source>
        <translation>Lead {id} gehört Ihnen, bis Sie ein Ergebnis speichern.</translation>
    </message>
    <message>
        <source>Could not save the draft on this workstation: {problem}</source>
        <translation>Der Entwurf konnte auf diesem Arbeitsplatz nicht gespeichert werden: {problem}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;View draft</source>
        <translation>Entwurf &amp;ansehen</translation>
    </message>
    <message>
        <source>Cannot restore the draft: {problem}</source>
        <translation>Der Entwurf kann nicht wiederhergestellt werden: {problem}</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>Entwurf &amp;verwerfen</translation>
    </message>
    <message>
        <source>restoring your draft</source>
        <translation>Wiederherstellen Ihres Entwurfs</translation>
    </message>
    <message>
        <source>Draft for lead {lead_id} discarded.</source>
        <translation>Entwurf für Lead {lead_id} verworfen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>saving the outcome</source>
        <translation>Speichern des Ergebnisses</translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation>Lead {lead_id} gespeichert: {message}.</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Speichern nicht möglich: {problem}</translation>
    </message>
    <message>
        <source>Lead {lead} is no longer yours; what you typed is kept as a draft.</source>
        <translation>Lead {lead} gehört nicht mehr Ihnen; Ihre Eingaben bleiben als Entwurf erhalten.</translation>
    </message>
    <message>
        <source>Your account was deactivated by an administrator; you are signed out. Your unsaved work is kept on this workstation.</source>
        <translation>Ihr Konto wurde von einem Administrator deaktiviert; Sie sind abgemeldet. Ihre ungespeicherte Arbeit bleibt auf diesem Arbeitsplatz erhalten.</translation>
    </message>
    <message>
        <source>No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).</source>
        <translation>Derzeit ist kein Lead verfügbar. Der nächste ist ab {when} Ihrer Zeit verfügbar (in {wait}).</translation>
    </message>
</context>
<context>
    <name>WorkspaceLookup</name>
    <message>
        <source>Finish lead {lead_id} first: save its outcome, then take this one.</source>
        <translation>Schließen Sie zuerst Lead {lead_id} ab: speichern Sie sein Ergebnis und übernehmen Sie dann diesen.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Taking the next lead</source>
        <translation>Nächster Lead wird übernommen</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Undo last outcome</source>
        <translation>Letztes Ergebnis rückgängig machen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <translation>Den Lead anrufen</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (F11)</source>
        <translation>Die Nummer des Leads anrufen (F11)</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hang up: the call timer stops (F12)</source>
        <translation>Auflegen: der Gesprächstimer stoppt (F12)</translation>
    </message>
    <message>
        <source>Why the lead cannot be called</source>
        <translation>Warum der Lead nicht angerufen werden kann</translation>
    </message>
    <message>
        <source>No lead is eligible now</source>
        <translation>Derzeit ist kein Lead verfügbar</translation>
    </message>
</context>
</TS>
