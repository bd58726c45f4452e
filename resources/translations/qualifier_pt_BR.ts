<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{cleaned!r} is not a date like 2026-11-24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strip!r} is not a lead number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, or operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead, lead.claimed, campaign …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teams&apos; people and leads only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingRules</name>
    <message>
        <source>{cleaned!r} is not a whole number of calls (empty: no cap)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingRulesArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US, US-FL, DE … (empty: the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the law that sets these hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingRulesHolidays</name>
    <message>
        <source>{value} is not a date like 2026-12-25</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>{label} {cleaned!r} is not a date like 2026-11-24</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports spread a campaign&apos;s cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trade show, web form, download, purchased list …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Sign in as {admin}. Database: {description}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex Morgan &lt;alex@partner.example&gt;
one sales rep a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoNotCallArea</name>
    <message>
        <source>phone, e-mail, or words of the reason or source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US (for numbers without +)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked on the phone, legal request …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why they must not be called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entries} added{blocked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the entry in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {kind} entry {value}… is off the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {value} ({value2}) on the do-not-call list? Nobody will call this phone number or e-mail again, on any lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the do-not-call entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads — {title}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Eligible now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leased now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Qualifier — set up a center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up your Qualifying Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made, and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ada.admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the administrator&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the administrator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ; type the same one twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlaggedDeliveries</name>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} {value} may have reached the partner: ask them about the Message-ID, then mark it delivered or send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffsTab</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a handoff to see why it went to its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why rejected or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to &amp;nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only channel managers and supervisors enter feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff {id} is {status}; the lead is {replace}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Choose a rule to see its holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (any delimiter or encoding) or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the campaign every row belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how each column is read. Recognised headers are mapped already; choose “ignore” for columns Qualifier should not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {total_rows} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several columns are read as {join}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the rows being stored now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rejected row and why: {rejects_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+N for the next lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} earlier attempts · consent {consent} · {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for: {inquiry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inquiry text recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} touch(es): {touches}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First call to this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back to the center.
{past_text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRecordDialog</name>
    <message>
        <source>Lead record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the lead record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take as &amp;inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect is calling: take the lead now, whatever its calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take and call &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {id}: {company}{name}{title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {id} — {company}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>the callback time is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recycle date is not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>No lead open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time {mine:%H:%M} {tzname}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call {minutes:02d}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Qualifier — sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying Center — sign in to your workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work with this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password to sign in: yours was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Find a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (any format), e-mail, name or company — then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead found ({understood_as}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} lead(s), {understood_as}{more}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qualifier — {display_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;{rows}&lt;/table&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveLeadsDialog</name>
    <message>
        <source>Remove queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue {name} still holds {plural} (waiting, called back or in nurture). Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move them and remove the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no other open queue: add one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendation yet: answer the script, or log a no-contact call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script in progress ({points}); finish it for a grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerChoiceDialog</name>
    <message>
        <source>Hand off lead {lead_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the best partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not the proposed partner? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for choosing another partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner can take {value} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing off…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerRouting</name>
    <message>
        <source>Lead {lead_id} is ready for a partner; no proposal: {problem_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 10 characters, not the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Unexpected problem: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Dr&amp;y run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish scorecards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail last week&apos;s scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueOverview</name>
    <message>
        <source>Shared lead queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} leads in the refinery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the queue: {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Next lead  (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callbacks for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{eligible} leads eligible for you now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing eligible now; the next lead becomes eligible at {astimezone:%a %H:%M} your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMB West</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher first: a rep&apos;s next lead comes from the highest queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new queue is worked by its team&apos;s reps; change it after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the queue {name}? It holds no leads; nobody works it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off, accepted, won, revenue and SLA breaches open their leads; activity figures are daily totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column does not stand for leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads behind {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {period} · {len} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner can take it now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Sales-ready leads that have no partner yet: new ones, rejected ones, and those whose partner let the SLA run out with nobody else eligible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaferOutcomes</name>
    <message>
        <source>There is no outcome to undo: only the last one, within 30 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: previewing the effect on the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the leads that would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: see the effect before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to preview until the rules validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the preview of these rules before applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {version} already says this; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored {examined} queued leads: {changed} changed, {moved} moved to another queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing to walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — {title} ({join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script {how}. {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — done ({join})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — screen {value} of {len}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points so far: {points}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptsArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: {len} screens, every path ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {name} v{version}: new leads get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} v{version} already says this; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open handoffs with no news from the partner for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners that report get more leads: this measure is part of their weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} not reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every partner reported on its open handoffs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBoardArea</name>
    <message>
        <source>Live updates stopped ({why}); refreshing every 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release stale leases ({stale_leases})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {at:%H:%M:%S} UTC · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a rep or a queue to move the leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the leads to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waiting} of the {len} selected leads are still loading: scroll through them and move again, or filter and use Move matching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a filter first; moving every lead at once is not offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rep whose callbacks move, and the rep who takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rep on the board first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stale lease{value} released.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Team board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release stale leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country or US-NY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;all matching to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rep: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamsArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount, e.g. 120000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}: {message}  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is added. One-time password: {password} — give it to them now, it is shown only once; they choose their own at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. The leads {login} holds go back to the queue, and their “me only” callbacks to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for {login}: {password} — give it to them now, it is shown only once; they must choose their own at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is unlocked and can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <source>Could not load your queue: {problem_text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved work on lead {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {id} is yours until you save an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft for lead {lead_id} discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLookup</name>
    <message>
        <source>Finish lead {lead_id} first: save its outcome, then take this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>No lead is eligible now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
