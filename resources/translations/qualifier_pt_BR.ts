<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clock warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <source>My state</source>
        <translation>Meu status</translation>
    </message>
    <message>
        <source>Reason for the state</source>
        <translation>Motivo do status</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Motivo, depois Enter</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set my state</source>
        <translation>Definir meu status</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Tempo no status</translation>
    </message>
    <message>
        <source>State notice</source>
        <translation>Aviso de status</translation>
    </message>
    <message>
        <source>Paused by your team lead: no leads until resumed</source>
        <translation>Pausado pelo seu líder de equipe: sem leads até retomar</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
</context>
<context>
    <name>AgentStateControl</name>
    <message>
        <source>Your state: {problem}</source>
        <translation>Seu status: {problem}</translation>
    </message>
    <message>
        <source>Go Ready?</source>
        <translation>Ficar Disponível?</translation>
    </message>
    <message>
        <source>You are on {state} for {time}. Go Ready and take the next lead?</source>
        <translation>Você está em {state} há {time}. Ficar Disponível e pegar o próximo lead?</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>um tempo</translation>
    </message>
    <message>
        <source>&amp;Go Ready</source>
        <translation>&amp;Ficar Disponível</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Ainda não</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation>Estação de trabalho</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Quadro da equipe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Equipes e filas</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Não ligar</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Roteiros</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Regras de pontuação</translation>
    </message>
    <message>
        <source>Calling rules</source>
        <translation>Regras de ligação</translation>
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
        <translation type="unfinished">Carregando…</translation>
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
        <source>any action, or a code</source>
        <translation>qualquer ação, ou um código</translation>
    </message>
    <message>
        <source>Choose an action, or type its code or the start of one: lead.claimed, lead</source>
        <translation>Escolha uma ação, ou digite seu código ou o começo dele: lead.claimed, lead</translation>
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
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
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
        <source>; only the newest are shown: narrow the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing exported: see the problem above</source>
        <translation>Nada foi exportado: veja o problema acima</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
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
        <translation type="unfinished">Carregando…</translation>
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
        <source>A lead follows its region&apos;s rule, else its country&apos;s, else the default (place left empty; without one, the settings file&apos;s window). Windows are local time at the called party; workstations follow a change within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators change these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rule</source>
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
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window st&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; saved the rule of {place}</source>
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
        <translation type="unfinished">Carregando…</translation>
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
        <source>&amp;Save campaign</source>
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
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>o primeiro dia</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>o último dia</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartDrill</name>
    <message>
        <source>{}: Enter opens the leads behind it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>(no activity)</source>
        <translation>(sem atividade)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendentes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativos</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Não qualificados</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>Proporção de leads</translation>
    </message>
    <message>
        <source>Contacted by the partner, customers say</source>
        <translation>Contatados pelo parceiro, segundo os clientes</translation>
    </message>
    <message>
        <source>Share of customers reached</source>
        <translation>Proporção de clientes alcançados</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Receita ganha</translation>
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
        <translation>Ligação de verificação: as respostas do cliente estão completas; Ctrl+Enter as salva</translation>
    </message>
    <message>
        <source>Check call: ask the script&apos;s questions, or log a no-contact call</source>
        <translation>Ligação de verificação: faça as perguntas do roteiro ou registre uma ligação sem contato</translation>
    </message>
    <message>
        <source>All answers in: Ctrl+Enter saves them</source>
        <translation>Todas as respostas dadas: Ctrl+Enter as salva</translation>
    </message>
    <message>
        <source>Check call: {count} required answers to go</source>
        <translation>Ligação de verificação: faltam {count} respostas obrigatórias</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are the outcome</source>
        <translation>Ligação de verificação: as respostas do cliente são o resultado</translation>
    </message>
</context>
<context>
    <name>CheckCallPolicyPanel</name>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-call policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of handoffs checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least per partner and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share for partners with a poor record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy yet: no handoff gets a check call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(every partner)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCallsTab</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Empresa</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Enviado</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs reopened by a check call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why the lead stays with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the lead stays with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-route to the ne&amp;xt partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kee&amp;p with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>What customers tell the check calls (contacted by the partner, satisfaction) is part of each partner&apos;s routing weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs a check call reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only channel managers and supervisors decide these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contradicts the partner&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}: the customer says the partner never called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff is reopened by a check call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead {lead} re-routed to {partner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Salvando…</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept with the partner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Ativo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Empresa</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Tentativas hoje</translation>
    </message>
    <message>
        <source>Talk today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Contatos</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished">Enviado</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished">Ganho</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">País</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Being worked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due for news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing weight a week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing weight now</source>
        <translation type="unfinished"></translation>
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
        <translation>recusado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} está configurado: equipe {team} com as filas {join}. Entre como {admin}. Banco de dados: {description}</translation>
    </message>
    <message>
        <source>Unexpected problem while connecting: {kind}: {detail}</source>
        <translation>Problema inesperado ao conectar: {kind}: {detail}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} open queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stale lease released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} stale leases released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reopened handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reopened handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>Cannot dial: {problem}</source>
        <translation>Não é possível discar: {problem}</translation>
    </message>
    <message>
        <source>no program on this workstation opens {scheme}: links; set dial_command or dial_uri_template in the settings file</source>
        <translation>nenhum programa desta estação abre links {scheme}:; defina dial_command ou dial_uri_template no arquivo de configurações</translation>
    </message>
    <message>
        <source>Dialling failed: {problem}</source>
        <translation>Falha ao discar: {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>&amp;New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US-CA, US-WA (leave empty for whole countries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>941, US:100 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact center, networking (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enterprise, smb (empty: both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
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
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open handoffs &amp;at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs per &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance S&amp;LA (hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel &amp;manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Ativo</translation>
    </message>
    <message>
        <source>Sales r&amp;eps</source>
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
        <source>; saved {name}</source>
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
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>&amp;Search</source>
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
        <source>Block a phone number or e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected entry off the list (leads it blocked stay do-not-call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; only the newest are shown: search for more</source>
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
        <source>; {leads} taken out of the queues</source>
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
        <translation>Não ligar</translation>
    </message>
    <message>
        <source>Put {value} ({value2}) on the do-not-call list? Nobody will call this phone number or e-mail again, on any lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contato</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sem empresa</translation>
    </message>
    <message>
        <source>Do-not-call reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-call reason problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm do not call</source>
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
    <name>DraftKeeper</name>
    <message>
        <source>You have unsaved work from {saved} on lead {lead} ({company}, {contact}). Restore it?</source>
        <translation>Você tem trabalho não salvo de {saved} no lead {lead} ({company}, {contact}). Restaurar?</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sem empresa</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sem contato</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the first {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{summary} — {title}{more}</source>
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
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>{count} leads exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Ask for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to erase the person of lead %1 everywhere. The request is kept in the audit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person of lead %1 everywhere: leads, calls, answers, handoff packages, drafts and the audit&apos;s personal values. Their phone and e-mail stay on the do-not-call list as hashes only. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: the person&apos;s request, its date and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person asked for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the person is erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Eligible now</source>
        <translation>Disponíveis agora</translation>
    </message>
    <message>
        <source>Leased now</source>
        <translation>Em atendimento agora</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrição</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Pronto para vendas</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Tentativas hoje</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contatos hoje</translation>
    </message>
    <message>
        <source>Qualified today</source>
        <translation>Qualificados hoje</translation>
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
        <source>&amp;Center name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &amp;login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First t&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;queue</source>
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
        <source>What the partner said</source>
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
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Handoff {handoff} marked delivered; its SLA starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff {handoff} sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff {handoff} not sent: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormAndJson</name>
    <message>
        <source>&amp;Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON</source>
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
        <translation type="unfinished">Carregando…</translation>
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
        <source>New &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won re&amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>Aguardando envio</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceito</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganho</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdido</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Show handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 48000</source>
        <translation>ex.: 48000</translation>
    </message>
    <message>
        <source>e.g. 45000</source>
        <translation>ex.: 45000</translation>
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
        <source>Handoff {handoff} to {partner} ({rep})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: {status}.</source>
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
        <source>Holidays: no calls on these dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday na&amp;me</source>
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
    <message>
        <source>every place (default)</source>
        <translation>todos os lugares (padrão)</translation>
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
        <source>File to import</source>
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
        <source>Campaign</source>
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
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
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
        <source>Import progress</source>
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
        <source>Step 1 of 4: choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {column} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta coluna)</translation>
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
        <source>Cancelled after {rows} rows. What was stored stays; import the same file again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is imported: {accounting}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {count} row was kept with a flagged value (see their touches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> {count} rows were kept with a flagged value (see their touches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads by queue: {queues}</source>
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
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Nenhum lead aberto</translation>
    </message>
    <message>
        <source>Press Ctrl+N for the next lead.</source>
        <translation>Pressione Ctrl+N para o próximo lead.</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(sem empresa)</translation>
    </message>
    <message>
        <source>inquired {day}</source>
        <translation>consulta em {day}</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>sem campanha</translation>
    </message>
    <message>
        <source>segment unknown</source>
        <translation>segmento desconhecido</translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} earlier attempts · consent {consent} · {where}</source>
        <translation>Pontuação {score} · {segment} · {attempts} tentativas anteriores · consentimento {consent} · {where}</translation>
    </message>
    <message>
        <source>Asked for: {inquiry}</source>
        <translation>Pediu: {inquiry}</translation>
    </message>
    <message>
        <source>No inquiry text recorded</source>
        <translation>Nenhum texto de consulta registrado</translation>
    </message>
    <message>
        <source>{count} employees</source>
        <translation>{count} funcionários</translation>
    </message>
    <message>
        <source>revenue {amount}</source>
        <translation>faturamento {amount}</translation>
    </message>
    <message>
        <source>interest: {product}</source>
        <translation>interesse: {product}</translation>
    </message>
    <message>
        <source>{len} touch(es): {touches}</source>
        <translation>{len} contato(s): {touches}</translation>
    </message>
    <message>
        <source>Earlier attempts:</source>
        <translation>Tentativas anteriores:</translation>
    </message>
    <message>
        <source>First call to this lead</source>
        <translation>Primeira ligação para este lead</translation>
    </message>
    <message>
        <source>Came back to the center.
{past_text}</source>
        <translation>Voltou ao centro.
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
        <translation>Motivo de nutrição: {reason}</translation>
    </message>
    <message>
        <source>Partner: {reason}</source>
        <translation>Parceiro: {reason}</translation>
    </message>
    <message>
        <source>Earlier BANT answers: {day} on {script}, grade {grade}</source>
        <translation>Respostas BANT anteriores: {day} com {script}, nota {grade}</translation>
    </message>
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
        <source>Phone {phone}    E-mail {email}</source>
        <translation>Telefone {phone}    E-mail {email}</translation>
    </message>
    <message>
        <source>Status {status}    Score {score}    Grade {grade}    Attempts {attempts}    Campaign {campaign}</source>
        <translation>Status {status}    Pontuação {score}    Nota {grade}    Tentativas {attempts}    Campanha {campaign}</translation>
    </message>
    <message>
        <source>Being worked by {rep}</source>
        <translation>Sendo trabalhado por {rep}</translation>
    </message>
    <message>
        <source>Assigned to {rep}</source>
        <translation>Atribuído a {rep}</translation>
    </message>
    <message>
        <source>Inquiry: {inquiry}</source>
        <translation>Consulta: {inquiry}</translation>
    </message>
    <message>
        <source>Consent on the call: {consent}</source>
        <translation>Consentimento na ligação: {consent}</translation>
    </message>
    <message>
        <source>Came back to the center.</source>
        <translation>Voltou para o centro.</translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>our products</source>
        <translation>nossos produtos</translation>
    </message>
    <message>
        <source>our partner</source>
        <translation>nosso parceiro</translation>
    </message>
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
    <name>LeadTableModel</name>
    <message>
        <source>lease until {at} UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableView</name>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaseHeartbeat</name>
    <message>
        <source>The database cannot be reached: {problem}. Nothing you typed is lost; the lead stays open and the connection is tried again.</source>
        <translation>O banco de dados não está acessível: {problem}. Nada do que você digitou se perde; o lead continua aberto e a conexão é tentada novamente.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>Prospect&apos;s local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Nenhum lead aberto</translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation>Ligação 00:00</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Não discado</translation>
    </message>
    <message>
        <source>On call 00:00</source>
        <translation>Em ligação 00:00</translation>
    </message>
    <message>
        <source>Talked {m:02d}:{s:02d}</source>
        <translation>Falou {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuso horário desconhecido</translation>
    </message>
    <message>
        <source>Your time {time} {zone}</source>
        <translation>Seu horário {time} {zone}</translation>
    </message>
    <message>
        <source>On call {m:02d}:{s:02d}</source>
        <translation>Em ligação {m:02d}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Qualifier — sign in</source>
        <translation>Qualifier — entrar</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Qualifying Center — sign in to your workstation</source>
        <translation>Centro de qualificação — entre na sua estação de trabalho</translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>ex.: rita.rep</translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>Database: {description}</source>
        <translation>Banco de dados: {description}</translation>
    </message>
    <message>
        <source>Cannot work with this database.</source>
        <translation>Não é possível trabalhar com este banco de dados.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Digite seu usuário.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Choose a new password to sign in: yours was reset.</source>
        <translation>Escolha uma nova senha para entrar: a sua foi redefinida.</translation>
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
        <source> — more match; type more to narrow it down</source>
        <translation> — há mais resultados; digite mais para refinar</translation>
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
        <translation>Qualifier — {display_name}</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Sair da sessão</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar &amp;senha…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Sua senha foi alterada.</translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>Mostrar {area}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&apos;6&apos;&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&apos;6&apos;&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation>⚠ Relógio defasado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da sessão</translation>
    </message>
    <message>
        <source>You still hold {held}. Give it back to the queue? What you typed stays on this workstation as a draft.</source>
        <translation>Você ainda está com {held}. Devolvê-lo à fila? O que você digitou fica nesta estação como rascunho.</translation>
    </message>
    <message>
        <source>&amp;Release the lead and continue</source>
        <translation>&amp;Liberar o lead e continuar</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Ficar</translation>
    </message>
    <message>
        <source>Giving {held} back…</source>
        <translation>Devolvendo {held}…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{text}: answer yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {join} is not one of the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: at most two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: must be at least {floor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: must be at most {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script {script}: {where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Ligação não permitida agora · horário {window} · abre em {wait}</translation>
    </message>
    <message>
        <source>Time zone unknown: do not call until it is known</source>
        <translation>Fuso horário desconhecido: não ligue até que seja conhecido</translation>
    </message>
    <message>
        <source>Calling allowed · window {window} · closes in {left}</source>
        <translation>Ligação permitida · horário {window} · fecha em {left}</translation>
    </message>
    <message>
        <source>Calling not allowed · window {window} never opens in every zone</source>
        <translation>Ligação não permitida · o horário {window} nunca abre em todos os fusos</translation>
    </message>
    <message>
        <source>calling rule {place}: weekdays {weekdays!r} must be ISO day digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling rule {place}: a call cap must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calling window must start before it ends ({text})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling window {text!r} is not of the form HH:MM-HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status {strip!r}; use one of {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner cannot set a handoff to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this handoff has not been delivered to the partner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner let this handoff expire; the lead went to another partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this handoff is closed as {value}; it cannot become {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an active opportunity cannot be rejected any more; report it lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handoff that is {value} cannot go back to {value2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replace} must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replace} has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the lead was {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an active opportunity needs its pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the close date {closed_on} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replace} {strip!r} is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{replace} {cleaned!r} is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a won lead needs its revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a won lead needs its close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: {answer} ({when} UTC, {rep}, {script})</source>
        <translation>{channel}: {answer} ({when} UTC, {rep}, {script})</translation>
    </message>
    <message>
        <source>recording notice given</source>
        <translation>aviso de gravação dado</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation>contato por telefone</translation>
    </message>
    <message>
        <source>contact by e-mail</source>
        <translation>contato por e-mail</translation>
    </message>
    <message>
        <source>passing the details to a partner</source>
        <translation>repassar os dados a um parceiro</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{international} · national {national} · {type} · {zones}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuso horário desconhecido</translation>
    </message>
    <message>
        <source>{phone!r} is not a number that can be dialled</source>
        <translation>{phone!r} não é um número que possa ser discado</translation>
    </message>
    <message>
        <source>no column is recognised as a name or company; map one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names a column {title!r} that the file does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping gives column {title!r} an unknown field {name!r}; known fields: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead that is {label} cannot become {label2}</source>
        <translation type="unfinished"></translation>
    </message>
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
        <translation>nutrição</translation>
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
        <source>check call</source>
        <translation>ligação de verificação</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>não ligar</translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose how the call went: no answer, busy, voicemail …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the date and time of the callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback time has no time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback time has passed; pick a later one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a callback can be at most three months ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the lead is disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sem contato</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Pronto para vendas</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrição</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Desqualificar</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Não ligar</translation>
    </message>
    <message>
        <source>say why the lead goes to nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick the date to call this lead again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recycle date must be after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one country or region the partner covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an active partner needs at least one active sales rep to send leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier!r} is unknown; use {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance SLA (hours) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the acceptance SLA must be at most {MAX_SLA_HOURS} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {strip!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{typed!r} is not an ISO country code (like US, DE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region!r} is not a region; write country-region, like US-CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales rep e-mail {strip!r} is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales rep {normalized} is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment {segment!r} is unknown; use {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} went to {partner} on {at:%Y-%m-%d}, but it is not eligible for this lead now</source>
        <translation>{subject} foi para {partner} em {at:%Y-%m-%d}, mas ele agora não é elegível para este lead</translation>
    </message>
    <message>
        <source>the same company</source>
        <translation>a mesma empresa</translation>
    </message>
    <message>
        <source>the same contact</source>
        <translation>o mesmo contato</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a no-contact disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Não atende</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Recado na caixa postal</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Número errado</translation>
    </message>
    <message>
        <source>Bad number</source>
        <translation>Número inválido</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatado</translation>
    </message>
    <message>
        <source>[retry] max_attempts must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[retry] nurture_recycle_days must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[retry] delays: {name!r} is not a no-contact disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[retry] delays.{name}: every delay must be positive minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} ({lower}) may not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Líder de equipe</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is deactivated; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database has an administrator; act as one with --as LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user {login!r} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown login or wrong password</source>
        <translation>usuário desconhecido ou senha incorreta</translation>
    </message>
    <message>
        <source>covers the lead&apos;s country and segment (simulated history)</source>
        <translation>cobre o país e o segmento do lead (histórico simulado)</translation>
    </message>
    <message>
        <source>SLA ran out</source>
        <translation>o SLA venceu</translation>
    </message>
    <message>
        <source>Grade {grade} — {recommendation}: {reason} ({points})</source>
        <translation>Nota {grade} — {recommendation}: {reason} ({points})</translation>
    </message>
    <message>
        <source>passed the {segment} rules for grade {grade}</source>
        <translation>cumpre as regras de {segment} para a nota {grade}</translation>
    </message>
    <message>
        <source>no real interest ({short})</source>
        <translation>sem interesse real ({short})</translation>
    </message>
    <message>
        <source>no real interest</source>
        <translation>sem interesse real</translation>
    </message>
    <message>
        <source>{dimension} {points} of {need}</source>
        <translation>{dimension} {points} de {need}</translation>
    </message>
    <message>
        <source>the prospect asked to talk at another time</source>
        <translation>o prospect pediu para falar em outro momento</translation>
    </message>
    <message>
        <source>not sales-ready yet ({short})</source>
        <translation>ainda não pronto para vendas ({short})</translation>
    </message>
    <message>
        <source>not sales-ready yet</source>
        <translation>ainda não pronto para vendas</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>orçamento</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autoridade</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necessidade</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>prazo</translation>
    </message>
    <message>
        <source>the script does not validate: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen {screen}, question {question}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen {screen}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {question}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script needs at least one screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script is a JSON object with name, screens and pass_rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no pass rules: every lead would be graded D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen number {number} has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumps to screen {target!r}, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jumps back to screen {target!r}: a path could loop and never end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branches on {value!r}, which is not one of its answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no path reaches this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two screens have this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another question has this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time:%H:%M} in {zone} is {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospect&apos;s time zone is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} is a legal holiday in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calls on {weekday} in {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the calling window {window} of {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (poor check-call record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers say it contacted {contacted} of {reached} ({rate:.0%})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} business days after delivery, {share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment must be one of {segments}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check call comes 1 to 30 business days after delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of handoffs to check is 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum per partner and month is 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners with a poor record are checked more often: {share} to 100 %, not {poor_share}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner already reported the lead {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handoff is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {minimum} per partner a month ({so_far} so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the {share} % sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner&apos;s call cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check call answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, satisfaction {satisfaction:.1f}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at least {minimum} per partner a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {share} % for partners with a poor record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every handoff is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the {share} % sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate the experience from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the partner&apos;s call is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, {rep}): the lead cannot be handed off</source>
        <translation>o prospect recusou o repasse dos seus dados a um parceiro ({at:%Y-%m-%d %H:%M} UTC, {rep}): o lead não pode ser repassado</translation>
    </message>
    <message>
        <source>the dial URI template must start with tel:, sip: or callto: and contain {{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dial command template must pass the number as an argument ({{number}} or {{digits}}), e.g. softphone --dial {{number}}; not {template!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dial command template cannot be split into arguments ({problem}): {template!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>Estado ou região</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CEP</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Faturamento anual</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Inquiry date</source>
        <translation>Data da consulta</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>several columns are mapped to {columns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is recognised as phone or e-mail; map one (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not now: no budget yet</source>
        <translation>agora não: ainda sem orçamento</translation>
    </message>
    <message>
        <source>not now: buying in more than a year</source>
        <translation>agora não: compra em mais de um ano</translation>
    </message>
    <message>
        <source>only researching</source>
        <translation>apenas pesquisando</translation>
    </message>
    <message>
        <source>not the decision maker; no access to one</source>
        <translation>não é quem decide; sem acesso a quem decide</translation>
    </message>
    <message>
        <source>junk or fake data</source>
        <translation>dados inválidos ou falsos</translation>
    </message>
    <message>
        <source>student or private person</source>
        <translation>estudante ou pessoa física</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concorrente</translation>
    </message>
    <message>
        <source>wrong data</source>
        <translation>dados errados</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>sem necessidade</translation>
    </message>
    <message>
        <source>duplicate of another lead</source>
        <translation>duplicata de outro lead</translation>
    </message>
    <message>
        <source>asked not to be called</source>
        <translation>pediu para não ser contatado</translation>
    </message>
    <message>
        <source>legal request</source>
        <translation>solicitação legal</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sem contato</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>retornar a ligação</translation>
    </message>
    <message>
        <source>sales-ready</source>
        <translation>pronto para vendas</translation>
    </message>
    <message>
        <source>disqualify</source>
        <translation>desqualificar</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>platina</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>ouro</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>prata</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>bronze</translation>
    </message>
    <message>
        <source>all of {country}</source>
        <translation>todo o {country}</translation>
    </message>
    <message>
        <source>{measured} (weight {weight:,.2f})</source>
        <translation>{measured} (peso {weight:,.2f})</translation>
    </message>
    <message>
        <source>postal codes {prefix}… in {area}</source>
        <translation>CEPs {prefix}… em {area}</translation>
    </message>
    <message>
        <source>Rotation: {received} leads in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rodízio: {received} leads nos últimos {days} dias contra uma parte justa de {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>new partner ({measured} of {needed} handoffs measured), so it gets the new-partner floor of {weight:,.2f}</source>
        <translation>parceiro novo ({measured} de {needed} repasses medidos), por isso recebe o piso de parceiro novo de {weight:,.2f}</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>ainda sem medições</translation>
    </message>
    <message>
        <source>covers only some postal codes and the lead&apos;s postal code is unknown</source>
        <translation>cobre só alguns CEPs e o CEP do lead é desconhecido</translation>
    </message>
    <message>
        <source>does not cover the lead&apos;s postal code in {where}</source>
        <translation>não cobre o CEP do lead em {where}</translation>
    </message>
    <message>
        <source>the lead&apos;s country is unknown</source>
        <translation>o país do lead é desconhecido</translation>
    </message>
    <message>
        <source>does not cover {area}</source>
        <translation>não cobre {area}</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>está inativo</translation>
    </message>
    <message>
        <source>does not sell {product}</source>
        <translation>não vende {product}</translation>
    </message>
    <message>
        <source>does not serve {segment} companies</source>
        <translation>não atende empresas {segment}</translation>
    </message>
    <message>
        <source>has no active sales rep with an e-mail address</source>
        <translation>não tem vendedor ativo com endereço de e-mail</translation>
    </message>
    <message>
        <source>has no capacity left ({open} open handoffs, at most {most})</source>
        <translation>não tem mais capacidade ({open} repasses abertos, no máximo {most})</translation>
    </message>
    <message>
        <source>has had its {week} leads for this week ({received} in the last {days} days)</source>
        <translation>já recebeu seus {week} leads desta semana ({received} nos últimos {days} dias)</translation>
    </message>
    <message>
        <source>sells {products}</source>
        <translation>vende {products}</translation>
    </message>
    <message>
        <source>serves {segment} companies</source>
        <translation>atende empresas {segment}</translation>
    </message>
    <message>
        <source>Covers {where}, {offer}.</source>
        <translation>Cobre {where}, {offer}.</translation>
    </message>
    <message>
        <source>Covers {where}.</source>
        <translation>Cobre {where}.</translation>
    </message>
    <message>
        <source>Already with this partner: {subject} went to {partner} on {at:%Y-%m-%d} (handoff {handoff}); keeping the account with one partner avoids channel conflict.</source>
        <translation>Já está com este parceiro: {subject} foi para {partner} em {at:%Y-%m-%d} (repasse {handoff}); manter a conta com um só parceiro evita conflito de canal.</translation>
    </message>
    <message>
        <source>answers in {hours:,.0f} h on average</source>
        <translation>responde em {hours:,.0f} h em média</translation>
    </message>
    <message>
        <source>reports on {share:.0%} of its leads</source>
        <translation>informa sobre {share:.0%} dos seus leads</translation>
    </message>
    <message>
        <source>wins {share:.0%}</source>
        <translation>ganha {share:.0%}</translation>
    </message>
    <message>
        <source>covers only some regions of {country} and the lead&apos;s region is unknown</source>
        <translation>cobre só algumas regiões de {country} e a região do lead é desconhecida</translation>
    </message>
    <message>
        <source>does not cover {area} (only {regions})</source>
        <translation>não cobre {area} (só {regions})</translation>
    </message>
    <message>
        <source>{count:,} other partners do not cover {area}</source>
        <translation>{count:,} outros parceiros não cobrem {area}</translation>
    </message>
    <message>
        <source>{count:,} partners cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} parceiros não podem ser comparados: o país do lead é desconhecido</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>esta empresa</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>este contato</translation>
    </message>
    <message>
        <source>Next in the fair rotation: furthest behind its fair share of recent leads.</source>
        <translation>Próximo no rodízio justo: o mais atrás da sua parte justa de leads recentes.</translation>
    </message>
    <message>
        <source>Alternative {number}.</source>
        <translation>Alternativa {number}.</translation>
    </message>
    <message>
        <source>has let handoffs expire</source>
        <translation>deixou repasses expirarem</translation>
    </message>
    <message>
        <source>&quot;segments&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be a list of rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue rules have no catch-all rule (one without conditions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue rule {index} has no queue name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue rule {index} has unknown conditions: {conditions}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;segments.{key}&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>ligação recebida</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulário web</translation>
    </message>
    <message>
        <source>trade show</source>
        <translation>feira</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinar</translation>
    </message>
    <message>
        <source>content download</source>
        <translation>download de conteúdo</translation>
    </message>
    <message>
        <source>purchased list</source>
        <translation>lista comprada</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importação</translation>
    </message>
    <message>
        <source>could not start the dial command {command!r}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {count:,} columns; an import reads at most {most:,}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: old .xls files are not supported; save it as .xlsx or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save it as CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a header cell longer than {most:,} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table format {fmt!r}; use csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the header row cannot be read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a damaged XLSX file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged after row {number} ({problem}); the rows before it are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: it holds a cell far longer than an import reads, or is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB an import holds; split the file or save it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the database ({where}): {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is busy (another program holds a write lock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is busy: this workstation&apos;s connection stayed in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database {backend!r} is not supported; use SQLite or PostgreSQL</source>
        <translation>o banco de dados {backend!r} não é suportado; use SQLite ou PostgreSQL</translation>
    </message>
    <message>
        <source>the folder {folder} for the SQLite database does not exist</source>
        <translation>a pasta {folder} do banco de dados SQLite não existe</translation>
    </message>
    <message>
        <source>sslmode {mode!r} is not one of {modes}</source>
        <translation>sslmode {mode!r} não é um de {modes}</translation>
    </message>
    <message>
        <source>the CA file {path} (sslrootcert) is missing or unreadable</source>
        <translation>o arquivo da CA {path} (sslrootcert) está ausente ou ilegível</translation>
    </message>
    <message>
        <source>{url!r} is not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DATABASE)</source>
        <translation>{url!r} não é uma URL de banco de dados (esperado sqlite:///CAMINHO ou postgresql://USUÁRIO@SERVIDOR/BANCO)</translation>
    </message>
    <message>
        <source>the SQLite database {path} is read-only or not readable</source>
        <translation>o banco de dados SQLite {path} é somente leitura ou ilegível</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; SQLite needs to write its journal beside the database</source>
        <translation>a pasta {folder} é somente leitura; o SQLite precisa gravar seu diário ao lado do banco de dados</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name} there</source>
        <translation>a pasta {folder} é somente leitura; não é possível criar {name} nela</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {wait} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed out: this connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the database: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database refuses this workstation&apos;s sign-in role {role}: ask an administrator for its password (sign_in_password in the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema ({current}) is older than this version of Qualifier ({head}); run `qualifier db upgrade`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is empty; run `qualifier db upgrade` to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database schema ({current}) is newer than this version of Qualifier ({head}); install the newer Qualifier instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database was not created by Qualifier (no schema version found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved sign-in has expired or was ended; run `qualifier login` again</source>
        <translation>o login salvo expirou ou foi encerrado; execute `qualifier login` novamente</translation>
    </message>
    <message>
        <source>the password is too long to keep in a sign-in</source>
        <translation>a senha é longa demais para ser guardada em um login</translation>
    </message>
    <message>
        <source>the calling window must start before it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calling window {text!r} must read like 09:00-18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; use a name like Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this database is set up already; sign in as an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must have at least {MIN_PASSWORD_LENGTH} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password must not contain the login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is too simple: use more different characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a new password, not the current one again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user {login!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is the last active administrator; make someone else one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role {role!r} is not one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team {team!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team {name} is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no active user {login!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no team {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {max} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends ({until}) before it starts ({since})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead_id} cannot exist: ids start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the audit log is exported as a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (everywhere else)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{strip!r} is not a place: a country code (US) or country-region (US-FL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must end after it starts ({strip})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window must be at least an hour long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one day of the week for calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekly cap cannot be below the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cap must be at least 1 call (leave it empty for no cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no calling rule for {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default rule can be changed, not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} has no calling rule: add its rule first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is already a holiday in {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is not a holiday in {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo o período</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>o início</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a campaign&apos;s {field} has at most {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost must be zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cost must be less than 1,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign starts ({starts_on}) after it ends ({ends_on})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text!r} is not a list of whole minutes such as 120, 240, 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attempt cap must be 1 to {most} calls, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurture leads come back after 1 to {most} days, not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} is not a no-contact disposition ({known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {most} delays; the last one repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every delay must be 1 to {most} minutes (90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue; the queues {new} would be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no version {version} of the scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone saved version {version} of the scoring rules a moment ago: open them and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone saved version {version} of {name} a moment ago: open it and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} name must have at most 80 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment {segment!r} is not one of {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} ({role}) does not work leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team {name!r} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a queue {name!r} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team {name} is not one of your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no queue {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue {name} is not one of your teams&apos; queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} may not create teams; ask an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team {new_name!r} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue {name} still holds {held} leads; move them to another queue first (--move-to QUEUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a queue {new_name!r} exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is not in your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose another, open queue than {move_to!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} active people are in the team {name}; move them to another team first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being worked</source>
        <translation>em atendimento</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>livre</translation>
    </message>
    <message>
        <source>stale lease</source>
        <translation>reserva expirada</translation>
    </message>
    <message>
        <source>a lead cannot be both assigned to a rep and unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status!r} is not a lead status ({join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort leads by {sort!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page is 1 to {MAX_PAGE} leads from offset 0 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{moved}; {count} not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} lead moved to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads moved to {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of your teams&apos; leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is {status}; only queued leads and callbacks move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rep} is working on it right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rep} is working on it right now; select it to take it away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already with {rep}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move leads either to a rep or to a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a different rep to take the callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no queue {queue_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the queue {name} is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select at least one lead to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one filter (status, queue, campaign, region, rep …) before moving everything that matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {MAX_FILTER_MOVE:,} leads match; narrow the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user {rep_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not work leads; choose a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is deactivated; choose another rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in your teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} does not work leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {value} already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>working</source>
        <translation>trabalhando</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ocioso</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>Work state changed</source>
        <translation>Estado de trabalho alterado</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Feriado adicionado</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Feriado removido</translation>
    </message>
    <message>
        <source>Calling rule removed</source>
        <translation>Regra de chamadas removida</translation>
    </message>
    <message>
        <source>Calling rule saved</source>
        <translation>Regra de chamadas salva</translation>
    </message>
    <message>
        <source>Campaign changed</source>
        <translation>Campanha alterada</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Campanha criada</translation>
    </message>
    <message>
        <source>Center set up</source>
        <translation>Central configurada</translation>
    </message>
    <message>
        <source>Check call answered</source>
        <translation>Chamada de verificação respondida</translation>
    </message>
    <message>
        <source>Check call: callback</source>
        <translation>Chamada de verificação: retorno</translation>
    </message>
    <message>
        <source>Check call cancelled</source>
        <translation>Chamada de verificação cancelada</translation>
    </message>
    <message>
        <source>Check call answers recorded</source>
        <translation>Respostas da chamada de verificação registradas</translation>
    </message>
    <message>
        <source>Check call: disqualified</source>
        <translation>Chamada de verificação: desqualificado</translation>
    </message>
    <message>
        <source>Check call: do not call</source>
        <translation>Chamada de verificação: não ligar</translation>
    </message>
    <message>
        <source>Check call scheduled</source>
        <translation>Chamada de verificação agendada</translation>
    </message>
    <message>
        <source>Reopened handoff kept with the partner</source>
        <translation>Repasse reaberto mantido com o parceiro</translation>
    </message>
    <message>
        <source>Check call: nurture</source>
        <translation>Chamada de verificação: nutrição</translation>
    </message>
    <message>
        <source>Check call outcome undone</source>
        <translation>Resultado da chamada de verificação desfeito</translation>
    </message>
    <message>
        <source>Reopened handoff rerouted</source>
        <translation>Repasse reaberto redirecionado</translation>
    </message>
    <message>
        <source>Check call: no contact</source>
        <translation>Chamada de verificação: sem contato</translation>
    </message>
    <message>
        <source>Check call: sales-ready</source>
        <translation>Chamada de verificação: pronto para vendas</translation>
    </message>
    <message>
        <source>Check call skipped (not in the sample)</source>
        <translation>Chamada de verificação pulada (fora da amostra)</translation>
    </message>
    <message>
        <source>Check call: customer not reached</source>
        <translation>Chamada de verificação: cliente não alcançado</translation>
    </message>
    <message>
        <source>Check call policy removed</source>
        <translation>Política de chamadas de verificação removida</translation>
    </message>
    <message>
        <source>Check call policy set</source>
        <translation>Política de chamadas de verificação definida</translation>
    </message>
    <message>
        <source>Command-line session closed</source>
        <translation>Sessão de linha de comando encerrada</translation>
    </message>
    <message>
        <source>Command-line session opened</source>
        <translation>Sessão de linha de comando aberta</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimento registrado</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Dados de contato corrigidos</translation>
    </message>
    <message>
        <source>Demo history added</source>
        <translation>Histórico de demonstração adicionado</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Dados de demonstração carregados</translation>
    </message>
    <message>
        <source>Do-not-call registry imported</source>
        <translation>Registro de não ligar importado</translation>
    </message>
    <message>
        <source>Added to the do-not-call list</source>
        <translation>Adicionado à lista de não ligar</translation>
    </message>
    <message>
        <source>Removed from the do-not-call list</source>
        <translation>Removido da lista de não ligar</translation>
    </message>
    <message>
        <source>Company data imported</source>
        <translation>Dados de empresas importados</translation>
    </message>
    <message>
        <source>Handoff awaiting delivery</source>
        <translation>Repasse aguardando entrega</translation>
    </message>
    <message>
        <source>Handoff created</source>
        <translation>Repasse criado</translation>
    </message>
    <message>
        <source>Handoff delivered</source>
        <translation>Repasse entregue</translation>
    </message>
    <message>
        <source>Handoff delivery confirmed</source>
        <translation>Entrega do repasse confirmada</translation>
    </message>
    <message>
        <source>Handoff delivery failed</source>
        <translation>Entrega do repasse falhou</translation>
    </message>
    <message>
        <source>Handoff delivery flagged</source>
        <translation>Entrega do repasse sinalizada</translation>
    </message>
    <message>
        <source>Handoff sent again</source>
        <translation>Repasse reenviado</translation>
    </message>
    <message>
        <source>Handoff delivery started</source>
        <translation>Entrega do repasse iniciada</translation>
    </message>
    <message>
        <source>Handoff delivery unknown</source>
        <translation>Entrega do repasse desconhecida</translation>
    </message>
    <message>
        <source>Handoff expired</source>
        <translation>Repasse expirado</translation>
    </message>
    <message>
        <source>Partner feedback recorded</source>
        <translation>Retorno do parceiro registrado</translation>
    </message>
    <message>
        <source>Partner chosen over the proposal</source>
        <translation>Parceiro escolhido em vez do proposto</translation>
    </message>
    <message>
        <source>Partner reminded</source>
        <translation>Parceiro lembrado</translation>
    </message>
    <message>
        <source>Handoff taken back</source>
        <translation>Repasse retirado</translation>
    </message>
    <message>
        <source>Rejected import rows purged</source>
        <translation>Linhas de importação rejeitadas removidas</translation>
    </message>
    <message>
        <source>Lead back to nurture</source>
        <translation>Lead de volta à nutrição</translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation>Retorno agendado</translation>
    </message>
    <message>
        <source>Lead claimed</source>
        <translation>Lead pego da fila</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead criado</translation>
    </message>
    <message>
        <source>Lead disqualified</source>
        <translation>Lead desqualificado</translation>
    </message>
    <message>
        <source>Lead marked do-not-call</source>
        <translation>Lead marcado como não ligar</translation>
    </message>
    <message>
        <source>Lead enriched with company data</source>
        <translation>Lead enriquecido com dados da empresa</translation>
    </message>
    <message>
        <source>Lead erased</source>
        <translation>Lead apagado</translation>
    </message>
    <message>
        <source>Lead handed off</source>
        <translation>Lead repassado</translation>
    </message>
    <message>
        <source>Hold on the lead released</source>
        <translation>Reserva do lead liberada</translation>
    </message>
    <message>
        <source>Leads merged</source>
        <translation>Leads mesclados</translation>
    </message>
    <message>
        <source>Lead put in nurture</source>
        <translation>Lead em nutrição</translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation>Resultado desfeito</translation>
    </message>
    <message>
        <source>Lead reassigned</source>
        <translation>Lead reatribuído</translation>
    </message>
    <message>
        <source>Lead back from nurture</source>
        <translation>Lead de volta da nutrição</translation>
    </message>
    <message>
        <source>Lead released</source>
        <translation>Lead liberado</translation>
    </message>
    <message>
        <source>Lead rescored</source>
        <translation>Lead repontuado</translation>
    </message>
    <message>
        <source>Lead resumed</source>
        <translation>Lead retomado</translation>
    </message>
    <message>
        <source>No contact: lead to retry</source>
        <translation>Sem contato: lead para nova tentativa</translation>
    </message>
    <message>
        <source>Lead returned for routing</source>
        <translation>Lead devolvido para roteamento</translation>
    </message>
    <message>
        <source>Lead marked sales-ready</source>
        <translation>Lead marcado como pronto para vendas</translation>
    </message>
    <message>
        <source>Lead taken</source>
        <translation>Lead pego (diretamente)</translation>
    </message>
    <message>
        <source>Leads exported</source>
        <translation>Leads exportados</translation>
    </message>
    <message>
        <source>Leads rescored</source>
        <translation>Leads repontuados</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Login falhou</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Login recusado</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Login realizado</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Login desacelerado após falhas</translation>
    </message>
    <message>
        <source>Outbox purged</source>
        <translation>Caixa de saída limpa</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Parceiro adicionado</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Parceiro alterado</translation>
    </message>
    <message>
        <source>Partner feedback imported</source>
        <translation>Retornos de parceiros importados</translation>
    </message>
    <message>
        <source>Partners imported</source>
        <translation>Parceiros importados</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Pessoa apagada</translation>
    </message>
    <message>
        <source>Erasure requested</source>
        <translation>Exclusão solicitada</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Dados pessoais exportados</translation>
    </message>
    <message>
        <source>Qualification overruled</source>
        <translation>Qualificação anulada</translation>
    </message>
    <message>
        <source>Qualification recorded</source>
        <translation>Qualificação registrada</translation>
    </message>
    <message>
        <source>Queue added</source>
        <translation>Fila adicionada</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>Fila alterada</translation>
    </message>
    <message>
        <source>Queue closed</source>
        <translation>Fila fechada</translation>
    </message>
    <message>
        <source>Queue created</source>
        <translation>Fila criada</translation>
    </message>
    <message>
        <source>Queue&apos;s leads moved</source>
        <translation>Leads da fila movidos</translation>
    </message>
    <message>
        <source>Queue member added</source>
        <translation>Membro adicionado à fila</translation>
    </message>
    <message>
        <source>Queue member removed</source>
        <translation>Membro removido da fila</translation>
    </message>
    <message>
        <source>Rep paused</source>
        <translation>Agente pausado</translation>
    </message>
    <message>
        <source>Rep resumed</source>
        <translation>Agente retomado</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Relatório enviado</translation>
    </message>
    <message>
        <source>Report published</source>
        <translation>Relatório publicado</translation>
    </message>
    <message>
        <source>Retry settings saved</source>
        <translation>Configurações de nova tentativa salvas</translation>
    </message>
    <message>
        <source>Scoring rules saved</source>
        <translation>Regras de pontuação salvas</translation>
    </message>
    <message>
        <source>Script installed</source>
        <translation>Roteiro instalado</translation>
    </message>
    <message>
        <source>Script saved</source>
        <translation>Roteiro salvo</translation>
    </message>
    <message>
        <source>Team activated</source>
        <translation>Equipe ativada</translation>
    </message>
    <message>
        <source>Team added</source>
        <translation>Equipe adicionada</translation>
    </message>
    <message>
        <source>Team deactivated</source>
        <translation>Equipe desativada</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Equipe renomeada</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Usuário adicionado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuário alterado</translation>
    </message>
    <message>
        <source>Channel manager role changed</source>
        <translation>Função de gerente de canal alterada</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Senha alterada</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Senha redefinida</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Usuário desbloqueado</translation>
    </message>
    <message>
        <source>User&apos;s work returned to the queue</source>
        <translation>Trabalho do usuário devolvido à fila</translation>
    </message>
    <message>
        <source>calling rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check call policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command-line session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do-not-call registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do-not-call entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbacks returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added to do-not-call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>examined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hold expires at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner&apos;s rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share when poor (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code prefixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back from nurture on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Paused by team lead</source>
        <translation>Pausado pelo líder da equipe</translation>
    </message>
    <message>
        <source>{disposition} logged; next check call {at:%a %d %b %H:%M} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{disposition} logged; the customer was not reached: check call closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check call saved: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} has no check call due any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check call again at {at:%a %d %b %H:%M} UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; flagged: {partner} reports the lead active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; reopened for the channel manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer does not know whether {partner} called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; still needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the do-not-call list; the check call is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer says {partner} never contacted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer says {partner} contacted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no longer needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (experience {score}/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check call&apos;s answers need its script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken back from {partner}; not re-routed yet: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the lead stays with the partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no check call {check_call}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check call {check_call} is not open for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the handoff to {partner} is {status} now; nothing to decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer no longer needs it: keep the handoff with the partner instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-routed because {reason}.</source>
        <translation>Reencaminhado porque {reason}.</translation>
    </message>
    <message>
        <source>taken back: {reason}</source>
        <translation>retirado: {reason}</translation>
    </message>
    <message>
        <source>there is no check-call policy for {which}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner {partner!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median days to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check calls by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check calls by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: the channel manager already decided on the reopened handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: it changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{leads:,} lead(s): {reason}</source>
        <translation>{leads:,} lead(s): {reason}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason or source containing {words!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address to block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not on the do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {cleaned!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {cleaned!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {phone!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {email!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do-not-call entry {entry_id} is no longer on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a person&apos;s data is exported as a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the person is to be erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the person is erased (--reason)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --email, --phone or --lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead matches {describe}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lead {lead_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit {limit}): leads in {countries} are not claimable until a fresh import</source>
        <translation>o instantâneo do registro de não ligar {name} de {taken_on} tem {age} dias (limite {limit}): leads em {countries} não podem ser pegos até uma nova importação</translation>
    </message>
    <message>
        <source>{name} line {line}: {value!r} is not a {name2} phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown registry {name!r}; known registries: {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: no number column in the header (expected one of {join})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} line {number}: no value in the number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of {taken_on} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a snapshot of {taken_on} is already {age} days old; the {name} registry must be at most {max_age_days} days old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column for {join} (its columns: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows:,} rows read = {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} merged into existing leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count:,} rows not accounted for: please report this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count:,} already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source name is longer than 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is recognised as company or domain (columns: {columns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a mapping is an object like {{&quot;Column header&quot;: &quot;email&quot;}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping file {path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping file {name} is not JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign name is longer than 120 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a header row but no rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the rules must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server is configured, the package is in the outbox</source>
        <translation>aguardando envio: nenhum servidor de e-mail configurado, o pacote está na caixa de saída</translation>
    </message>
    <message>
        <source>{awaiting}; the SLA starts when it is e-mailed</source>
        <translation>{awaiting}; o SLA começa quando for enviado por e-mail</translation>
    </message>
    <message>
        <source>e-mailed to the partner rep</source>
        <translation>enviado por e-mail ao vendedor do parceiro</translation>
    </message>
    <message>
        <source>left in the outbox</source>
        <translation>deixado na caixa de saída</translation>
    </message>
    <message>
        <source>outcome unknown, not resent before {at:%Y-%m-%d %H:%M} UTC: {problem}</source>
        <translation>resultado desconhecido, não reenviado antes de {at:%Y-%m-%d %H:%M} UTC: {problem}</translation>
    </message>
    <message>
        <source>not delivered, kept in the outbox for a retry: {problem}</source>
        <translation>não entregue, mantido na caixa de saída para nova tentativa: {problem}</translation>
    </message>
    <message>
        <source>reminder: answer due by {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>lembrete: resposta até {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>awaiting delivery, SLA not started</source>
        <translation>aguardando envio, SLA não iniciado</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead.</source>
        <translation>Nenhum parceiro é elegível para este lead.</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server configured, SLA not started</source>
        <translation>aguardando envio: nenhum servidor de e-mail configurado, SLA não iniciado</translation>
    </message>
    <message>
        <source>awaiting delivery: the mail server failed, the sweep retries, SLA not started</source>
        <translation>aguardando envio: o servidor de e-mail falhou, a varredura tenta de novo, SLA não iniciado</translation>
    </message>
    <message>
        <source> (SLA breached)</source>
        <translation> (SLA violado)</translation>
    </message>
    <message>
        <source>may have reached the partner already: waiting for a person to check</source>
        <translation>pode já ter chegado ao parceiro: aguardando uma pessoa verificar</translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation>{what}: {why}</translation>
    </message>
    <message>
        <source>{flag} ({why}; look for Message-ID {msg_id})</source>
        <translation>{flag} ({why}; procure o Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>a person confirmed the partner received the e-mail</source>
        <translation>uma pessoa confirmou que o parceiro recebeu o e-mail</translation>
    </message>
    <message>
        <source>a person asked for one more try with the same Message-ID</source>
        <translation>uma pessoa pediu mais uma tentativa com o mesmo Message-ID</translation>
    </message>
    <message>
        <source>Chosen by {person} instead of the proposed {partner}: {reason}.</source>
        <translation>Escolhido por {person} em vez do proposto {partner}: {reason}.</translation>
    </message>
    <message>
        <source>no partner is eligible for this lead: {why}</source>
        <translation>nenhum parceiro é elegível para este lead: {why}</translation>
    </message>
    <message>
        <source>no partner is eligible for this lead: the partner directory is empty</source>
        <translation>nenhum parceiro é elegível para este lead: o diretório de parceiros está vazio</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>rejected this lead (handed on {at:%Y-%m-%d})</source>
        <translation>recusou este lead (repassado em {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})</source>
        <translation>deixou o SLA de aceitação deste lead vencer (repassado em {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>No partner: {why}.</source>
        <translation>Nenhum parceiro: {why}.</translation>
    </message>
    <message>
        <source>lead {id} is handed off already to {partner} ({status})</source>
        <translation>o lead {id} já foi repassado para {partner} ({status})</translation>
    </message>
    <message>
        <source>lead {id} is handed off already</source>
        <translation>o lead {id} já foi repassado</translation>
    </message>
    <message>
        <source>Re-routed after {partner} let its {hours} h acceptance SLA run out.</source>
        <translation>Reencaminhado depois que {partner} deixou vencer seu SLA de aceitação de {hours} h.</translation>
    </message>
    <message>
        <source>not accepted by {at:%Y-%m-%d %H:%M} UTC; SLA breached</source>
        <translation>não aceito até {at:%Y-%m-%d %H:%M} UTC; SLA violado</translation>
    </message>
    <message>
        <source>lead {lead_id} is not one of your teams&apos; leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a publication&apos;s figure belongs to one ISO week, Monday to Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing</source>
        <translation>roteamento</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>envio</translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation>varredura de SLA</translation>
    </message>
    <message>
        <source>partner import</source>
        <translation>importação do parceiro</translation>
    </message>
    <message>
        <source>channel manager</source>
        <translation>gerente de canal</translation>
    </message>
    <message>
        <source>{outcome} on {at:%Y-%m-%d} by {rep}</source>
        <translation>{outcome} em {at:%Y-%m-%d}, por {rep}</translation>
    </message>
    <message>
        <source>{partner} {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>{direction} call: {disposition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT answers on {script}: grade {grade}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff to {partner} ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>não aceito a tempo</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; it is not worked by the center now</source>
        <translation>o lead {lead} ({company}) está {status}; o centro não o trabalha mais</translation>
    </message>
    <message>
        <source>name or company starting “{start}”</source>
        <translation>nome ou empresa começando com “{start}”</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is on do-not-call: it may not be worked</source>
        <translation>o lead {lead} ({company}) está na lista de não ligar: não pode ser trabalhado</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was merged into lead {merged_into}: open that one</source>
        <translation>o lead {lead} ({company}) foi mesclado ao lead {merged_into}: abra esse</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; only an inbound call takes it back</source>
        <translation>o lead {lead} ({company}) está {status}; só uma chamada recebida o retoma</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is assigned to {rep}</source>
        <translation>o lead {lead} ({company}) está atribuído a {rep}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} with {partner}; it is not worked by the center now</source>
        <translation>o lead {lead} ({company}) está {status} com {partner}; o centro não o trabalha mais</translation>
    </message>
    <message>
        <source>settings file: [{section}] has an unknown key: {problem}</source>
        <translation>arquivo de configuração: [{section}] tem uma chave desconhecida: {problem}</translation>
    </message>
    <message>
        <source>settings file: [{section}] has a bad value: {problem}</source>
        <translation>arquivo de configuração: [{section}] tem um valor inválido: {problem}</translation>
    </message>
    <message>
        <source>settings file: [publication] weekday must be one of mon ... sun</source>
        <translation>arquivo de configuração: [publication] weekday deve ser um de mon ... sun</translation>
    </message>
    <message>
        <source>settings file: [publication] hour must be 0 to 23</source>
        <translation>arquivo de configuração: [publication] hour deve estar entre 0 e 23</translation>
    </message>
    <message>
        <source>settings file: [publication] manager_address needs {login}</source>
        <translation>arquivo de configuração: [publication] manager_address precisa de {login}</translation>
    </message>
    <message>
        <source>settings file: [retention] days must be at least 1</source>
        <translation>arquivo de configuração: [retention] os dias devem ser pelo menos 1</translation>
    </message>
    <message>
        <source>settings file: [routing] day and minute counts must be at least 1</source>
        <translation>arquivo de configuração: [routing] as contagens de dias e minutos devem ser pelo menos 1</translation>
    </message>
    <message>
        <source>settings file: [routing] the measure weights must be 0 or more, and not all 0</source>
        <translation>arquivo de configuração: [routing] os pesos das medidas devem ser 0 ou mais, e não todos 0</translation>
    </message>
    <message>
        <source>settings file: [mail] must not hold the password; store it in the OS keyring (service qualifier-smtp, account USER@HOST)</source>
        <translation>arquivo de configuração: [mail] não deve conter a senha; guarde-a no chaveiro do sistema (serviço qualifier-smtp, conta USUÁRIO@SERVIDOR)</translation>
    </message>
    <message>
        <source>settings file: [mail] security must be starttls, ssl or none</source>
        <translation>arquivo de configuração: [mail] security deve ser starttls, ssl ou none</translation>
    </message>
    <message>
        <source>settings file: [mail] timeout_seconds and unknown_retry_hours must be positive</source>
        <translation>arquivo de configuração: [mail] timeout_seconds e unknown_retry_hours devem ser positivos</translation>
    </message>
    <message>
        <source>settings file: [mail] attempts and sweep_lease_minutes must be at least 1, unknown_retries at least 0</source>
        <translation>arquivo de configuração: [mail] attempts e sweep_lease_minutes devem ser pelo menos 1, unknown_retries pelo menos 0</translation>
    </message>
    <message>
        <source>settings file: [database] has an unknown key {key!r} (known: {known})</source>
        <translation>arquivo de configuração: [database] tem uma chave desconhecida {key!r} (conhecidas: {known})</translation>
    </message>
    <message>
        <source>settings file: [workspace] default_country must be a two-letter country code such as US or DE, not {country!r}</source>
        <translation>arquivo de configuração: [workspace] default_country deve ser um código de país de duas letras como US ou DE, não {country!r}</translation>
    </message>
    <message>
        <source>settings file: language must be one of {languages}, not {language!r}</source>
        <translation>arquivo de configuração: language deve ser um de {languages}, não {language!r}</translation>
    </message>
    <message>
        <source>lease_minutes must be between 1 and 1440, not {minutes}</source>
        <translation>lease_minutes deve estar entre 1 e 1440, não {minutes}</translation>
    </message>
    <message>
        <source>heartbeat_seconds must be at least 1 and shorter than the lease ({minutes} min), not {seconds}</source>
        <translation>heartbeat_seconds deve ser pelo menos 1 e menor que a reserva ({minutes} min), não {seconds}</translation>
    </message>
    <message>
        <source>max_attempts must be at least 1, not {attempts}</source>
        <translation>max_attempts deve ser pelo menos 1, não {attempts}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 1, not {value!r}</source>
        <translation>[database] {name} deve ser um número inteiro de pelo menos 1, não {value!r}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 0, not {value!r}</source>
        <translation>[database] {name} deve ser um número inteiro de pelo menos 0, não {value!r}</translation>
    </message>
    <message>
        <source>[database] pooler must be empty or &quot;pgbouncer&quot;, not {pooler!r}</source>
        <translation>[database] pooler deve estar vazio ou ser &quot;pgbouncer&quot;, não {pooler!r}</translation>
    </message>
    <message>
        <source>[database] change_poll_seconds must be 0.1 to 60, not {poll!r}</source>
        <translation>[database] change_poll_seconds deve estar entre 0,1 e 60, não {poll!r}</translation>
    </message>
    <message>
        <source>settings file {path} cannot be read: {problem}</source>
        <translation>não é possível ler o arquivo de configuração {path}: {problem}</translation>
    </message>
    <message>
        <source>settings file: [queue] {problem}</source>
        <translation>arquivo de configuração: [queue] {problem}</translation>
    </message>
    <message>
        <source>settings file: {problem}</source>
        <translation>arquivo de configuração: {problem}</translation>
    </message>
    <message>
        <source>settings file: [workspace] {problem}</source>
        <translation>arquivo de configuração: [workspace] {problem}</translation>
    </message>
    <message>
        <source>calling window {window} is shorter than {minutes} minutes</source>
        <translation>a janela de ligações {window} dura menos de {minutes} minutos</translation>
    </message>
    <message>
        <source>lead {lead}</source>
        <translation>lead {lead}</translation>
    </message>
    <message>
        <source>e-mail starting {start}</source>
        <translation>e-mail começando com {start}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>telefone {number}</translation>
    </message>
    <message>
        <source>e-mail {address}</source>
        <translation>e-mail {address}</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>outro agente</translation>
    </message>
    <message>
        <source>{disposition} logged; {reason}: the lead goes to nurture</source>
        <translation>{disposition} registrado; {reason}: o lead vai para nutrição</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M} UTC</source>
        <translation>{at:%a %d %b %H:%M} UTC</translation>
    </message>
    <message>
        <source>{disposition} logged; next call {when}</source>
        <translation>{disposition} registrado; próxima ligação {when}</translation>
    </message>
    <message>
        <source>Callback set for {when}</source>
        <translation>Retorno agendado para {when}</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}): ready for a partner</source>
        <translation>Pronto para vendas (nota {grade}): pronto para um parceiro</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Desqualificado</translation>
    </message>
    <message>
        <source>Nurture until {on:%d %b %Y}</source>
        <translation>Em nutrição até {on:%d %b %Y}</translation>
    </message>
    <message>
        <source>On the do-not-call list; {others} other lead(s) with the same phone or e-mail too</source>
        <translation>Na lista de não ligar; também {others} outro(s) lead(s) com o mesmo telefone ou e-mail</translation>
    </message>
    <message>
        <source>On the do-not-call list</source>
        <translation>Na lista de não ligar</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} ({company})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check-call script is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not readable JSON: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated at {cleaned} is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no handoff for a lead with this {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several handed-off leads have this {what}; give the handoff id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no handoff {handoff_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead e-mail is not valid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no handoff id, lead e-mail or lead phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead phone is not valid ({reason}); use the +country format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active {text!r} must be yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner {partner_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is a partner called {value} already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is not a channel manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner is also on line {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} may not see partner handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file needs a handoff id, lead e-mail or lead phone column to find the handoffs by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} may not see partner reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of days must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff {handoff_id} is {value}; only rejected, expired or lost leads go back to nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead went on to another partner (handoff {value}) after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the lead goes back to nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed meanwhile; reload it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {id} was changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff {handoff_id} was delivered already; nothing to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not waiting for a person&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff {id} was changed by someone else meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say &apos;delivered&apos; or &apos;send-again&apos;, not {strip!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {id} is {label}; only sales-ready leads are routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partners kept filling up while this lead was routed; route it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request {request_id} was used for another lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead}: {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot take this lead: {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why {name} instead of the proposed {name2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request id must be 1 to 36 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead_id} was changed by someone else meanwhile; nothing was routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} does not hold lead {lead_id}; {name} holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot take leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} is paused by a team lead; no leads until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} does not hold lead {lead_id}; nobody holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead_id} is not held by anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no conversion report by {by!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure {figure!r} of this report does not open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figure {figure!r} does not stand for leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign {campaign!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no {what} named {value!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use csv, xlsx or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status {join}; use one of {join2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment is smb or enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country!r} is not a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {path}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week {text} has not begun yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week must look like 2026-W48 (ISO year and week), not {text!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not one of {join}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished">Ganho</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished">Aceito</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation type="unfinished">Receita ganha</translation>
    </message>
    <message>
        <source>Cost per qualified lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished">Pendentes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished">Ativo</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished">Não qualificados</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Pós-atendimento</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almoço</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>the reason is {len} characters long; at most {REASON_MAX}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state {state!r}: choose one of {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was taken over while you had it open: {holder} holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last change: {change} by {by} at {at:%H:%M} UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was reassigned to {assigned} while you had it open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Your notes are kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} now; nobody holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead} ({company}) changed while you had it open (your lease ran out); nobody holds it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field!r} is not a contact field (phone or email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected {field} is on the do-not-call list; choose Do not call for this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail {value!r}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interesse em produto</translation>
    </message>
    <message>
        <source>Consent (import)</source>
        <translation>Consentimento (importação)</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fusos horários</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Reciclar em</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Mesclado em</translation>
    </message>
    <message>
        <source>type a phone number, an e-mail address, a name or a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type at least {MIN_PREFIX} letters of a name or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone {query}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {id} ({company}) is being worked by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you hold lead {other}: save or release it before taking another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {lead_id} changed a moment ago; search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {id} is outside its calling window ({text}){when}. If the prospect is calling you, take it as an inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead {id} has had all {max_attempts} attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request id was already used for another outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a callback then is not allowed: {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the talk time cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}), but {refused}</source>
        <translation>Pronto para vendas (nota {grade}), mas {refused}</translation>
    </message>
    <message>
        <source>the request id must be 8–36 letters, digits or dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer “{text}” first: a sales-ready lead needs every required answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script recommends {phrase} (grade {grade}: {reason}); say why you choose {phrase2} instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>go through the script before calling a lead sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question {key!r} is not in script {name} v{version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no script {script_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be undone: {value} has the lead now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no outcome {attempt_id} of yours to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was saved {int} s ago; it can be undone only within {UNDO_SECONDS} s. Open the lead again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is do-not-call: it applies at once to every lead with the same phone or e-mail and is lifted only from the do-not-call list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has no record of how the lead was before; not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already and delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no BANT script is installed for the {segment} segment</source>
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
        <source>Move the leads to</source>
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
    <name>MyFiguresDialog</name>
    <message>
        <source>My figures</source>
        <translation>Meus números</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Tempo de conversa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prontos para vendas</translation>
    </message>
    <message>
        <source>Accepted by partners</source>
        <translation>Aceitos por parceiros</translation>
    </message>
    <message>
        <source>Won by partners</source>
        <translation>Ganhos por parceiros</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>As of {at}; the week began {week}.</source>
        <translation>Às {at}; a semana começou em {week}.</translation>
    </message>
    <message>
        <source>Could not load your figures: {problem}</source>
        <translation>Não foi possível carregar seus números: {problem}</translation>
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
        <translation>Ainda sem recomendação</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the call went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback date and time in the prospect&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback time in other zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Somente &amp;eu (senão qualquer pessoa da fila)</translation>
    </message>
    <message>
        <source>Callback for me only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recycle date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>por que você decide diferente do roteiro</translation>
    </message>
    <message>
        <source>Reason for overruling the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notas para o próximo agente ou para o parceiro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Salvar resultado  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Pegar o próximo lead ao salvar</translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation>&amp;Como foi</translation>
    </message>
    <message>
        <source>&amp;Callback at</source>
        <translation>&amp;Retornar em</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Recycle &amp;on</source>
        <translation>Reciclar &amp;em</translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation>&amp;Decidir diferente porque</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Nenhum lead aberto</translation>
    </message>
    <message>
        <source>No recommendation yet: answer the script, or log a no-contact call</source>
        <translation>Ainda sem recomendação: responda o roteiro ou registre uma ligação sem contato</translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation>Recomendado: {text}</translation>
    </message>
    <message>
        <source>Script in progress ({points}); finish it for a grade</source>
        <translation>Roteiro em andamento ({points}); termine-o para obter uma nota</translation>
    </message>
    <message>
        <source>Prospect&apos;s time ({zone}) · your time {mine} {mine_zone}</source>
        <translation>Hora do prospect ({zone}) · sua hora {mine} {mine_zone}</translation>
    </message>
    <message>
        <source> · also {times}</source>
        <translation> · também {times}</translation>
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
        <source>Eligible partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for another partner</source>
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
        <translation>Cancelar</translation>
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
        <source>this lead</source>
        <translation>este lead</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Este lead</translation>
    </message>
    <message>
        <source>{rank}. {name} — proposed</source>
        <translation>{rank}. {name} — proposto</translation>
    </message>
    <message>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <source>Say why {chosen} instead of {first}.</source>
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
        <source>proposing a partner</source>
        <translation>propondo um parceiro</translation>
    </message>
    <message>
        <source>sending the lead to the partner</source>
        <translation>enviando o lead ao parceiro</translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>No mail server is configured: handoffs are not e-mailed to partners. Their packages wait in the outbox folder ({outbox}) as “awaiting delivery”, and their acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA sweep e-mails them and their SLAs start then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
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
    <message>
        <source>Check calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassRulesTable</name>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fewest points per dimension for each grade; the first grade a lead meets is its grade, D when none. Empty cell: no minimum; empty row: no such grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{segment} {grade}, {dimension}: {text!r} is not whole points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Alterar senha</translation>
    </message>
    <message>
        <source>at least 10 characters, not the login</source>
        <translation>pelo menos 10 caracteres, diferente do usuário</translation>
    </message>
    <message>
        <source>{login}: your password was reset. Choose your own to continue.</source>
        <translation>{login}: sua senha foi redefinida. Escolha a sua para continuar.</translation>
    </message>
    <message>
        <source>Change the password of {login}</source>
        <translation>Alterar a senha de {login}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Alterar senha</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Senha &amp;atual</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation>digite sua senha atual</translation>
    </message>
    <message>
        <source>choose the new password</source>
        <translation>escolha a nova senha</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>as duas senhas são diferentes</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>E&amp;xport person data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row about the person, as JSON in a zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for &amp;erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) about %2 lead(s) written to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erasure requested for %n lead(s); an administrator erases it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erased: %1 lead(s), %2 row(s) replaced, %3 file(s) shredded; phone and e-mail stay on the do-not-call list as hashes</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Not reporting: {partner} ({share}, routing weight {before} → {now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen&apos;s dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points count for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question asked of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least:points, e.g. 500:10, 100:5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked of</source>
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
        <translation type="unfinished">Carregando…</translation>
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
        <translation>&amp;Próximo lead  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation>Meus retornos</translation>
    </message>
    <message>
        <source>DUE · </source>
        <translation>VENCIDO · </translation>
    </message>
    <message>
        <source>No callbacks for you</source>
        <translation>Nenhum retorno para você</translation>
    </message>
    <message>
        <source>{eligible} leads eligible for you now</source>
        <translation>{eligible} leads disponíveis para você agora</translation>
    </message>
    <message>
        <source>Nothing eligible now; the next lead becomes eligible at {when} your time</source>
        <translation>Nada disponível agora; o próximo lead fica disponível em {when} no seu horário</translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation>Nada está esperando nas suas filas</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n outro)</numerusform>
            <numerusform> (+%n outros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back: </source>
        <translation>Retidos: </translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save queue</source>
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
        <source>Queue na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Under team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Worked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the queue</source>
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
        <source>Queue {name} is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {name} is saved.</source>
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
        <source>; {leads} moved to {queue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryImportPanel</name>
    <message>
        <source>Loading the registries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one number a line, or CSV with a number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a national registry snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national registry imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE: claims blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the registry file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 numbers read; stored when the whole file has been read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registry of %2: %3 numbers from %4 lines; claims follow it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepBoard</name>
    <message>
        <source>Team board</source>
        <translation type="unfinished">Quadro da equipe</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{items} of {leads}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{counted}, {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost is the campaign&apos;s spend, not leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Conversion per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check calls per partner and partner rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check calls per rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
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
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
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
        <source>all teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>{summary} behind {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the leads…</source>
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
    <name>RetryPanel</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a whole number of {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls per lead before nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120, 240, 1440 (the last repeats; empty: no more calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days until a nurtured lead is called again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after a call that reached nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max a&amp;ttempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture &amp;for, days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (retries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>Retry rules status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer, m&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Busy, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail &amp;left, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wron&amp;g number, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad number, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved in the database yet: each workstation follows its settings file. Saving makes these the rules of every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by every workstation; saved {when} UTC by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s settings file sets its own: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the next call outcome follows these rules.</source>
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
        <source>Why this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the proposed partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another partner, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the lead ready for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for a partner: the prospect said no</source>
        <translation>Não é para um parceiro: o prospect recusou</translation>
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
        <translation type="unfinished">Carregando…</translation>
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
        <source>(no eligible partner)</source>
        <translation>(nenhum parceiro elegível)</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed {routed} leads; {waiting} still wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. {count} queued for e-mail: the outbox sweep sends them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. {count} awaiting delivery in the outbox: no mail server is configured, their SLAs have not started</source>
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
        <source>Lead {open} is open with your work on it: save it first. Lead {saved} can no longer be undone from here.</source>
        <translation>O lead {open} está aberto com seu trabalho: salve-o primeiro. O lead {saved} não pode mais ser desfeito daqui.</translation>
    </message>
    <message>
        <source>Outcome undone: lead {lead} is yours again, as it was before saving.</source>
        <translation>Resultado desfeito: o lead {lead} é seu de novo, como estava antes de salvar.</translation>
    </message>
    <message>
        <source>Could not undo: {problem}</source>
        <translation>Não foi possível desfazer: {problem}</translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>At least employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first size reached, from the largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first keyword found in the industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first word or phrase found in the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first keyword found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first keyword found in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquired within days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first limit not exceeded, from the shortest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first count reached, from the highest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished">Funcionários</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished">Setor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation type="unfinished">Interesse em produto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished">Fila</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished">Campanhas</translation>
    </message>
    <message>
        <source>Enterprise from &amp;employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or annual re&amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise from employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise from annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add q&amp;ueue rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove queue ru&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring form problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue rules, first match wins: empty cells match anything; lists are comma-separated (countries US, CA; regions US-FL). The last rule should match everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for {reading}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Enterprise thresholds must be numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {column} and whole points, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue rule {row} needs a queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>Scoring rules JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, then apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply and rescore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate:</source>
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
    <name>ScriptFiles</name>
    <message>
        <source>cannot read {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not JSON: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a script (a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write {name}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptForm</name>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture af&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default recycle months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens and questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass rules and grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rep says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen points count for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen shown to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add q&amp;uestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens, in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMB only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
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
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: call back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the last screen</source>
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
        <translation>Roteiro</translation>
    </message>
    <message>
        <source>Script screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Avançar ›</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Responda o roteiro para ver a nota</translation>
    </message>
    <message>
        <source>Grade and recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  — earlier answer: confirm or change it</source>
        <translation>  — resposta anterior: confirme ou altere</translation>
    </message>
    <message>
        <source>{title} — screen {value} of {len}</source>
        <translation>{title} — tela {value} de {len}</translation>
    </message>
    <message>
        <source>Points so far: {points}</source>
        <translation>Pontos até agora: {points}</translation>
    </message>
</context>
<context>
    <name>ScriptsArea</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
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
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported; not saved until Save new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not validate:</source>
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
    <name>Segments</name>
    <message>
        <source>SMB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCalls</name>
    <message>
        <source>Connection lost, your work is kept: the database cannot be reached while {doing} ({problem}). Nothing you typed is lost; trying again in {seconds} s (attempt {attempt}).</source>
        <translation>Conexão perdida, seu trabalho está mantido: o banco de dados não está acessível ao {doing} ({problem}). Nada do que você digitou se perde; nova tentativa em {seconds} s (tentativa {attempt}).</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Tentar novamente agora</translation>
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
        <translation type="unfinished">Atalhos de teclado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished">Sair da sessão</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished">Sair</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last outcome (30 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart call timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (starts the call timer)</source>
        <translation>Ligar para o número do lead (inicia o cronômetro da ligação)</translation>
    </message>
    <message>
        <source>Hang up (stops the call timer)</source>
        <translation>Desligar (para o cronômetro da ligação)</translation>
    </message>
    <message>
        <source>My state: Ready, break, lunch, training…</source>
        <translation>Meu status: Disponível, intervalo, almoço, treinamento…</translation>
    </message>
    <message>
        <source>My figures today and this week</source>
        <translation>Meus números de hoje e desta semana</translation>
    </message>
    <message>
        <source>Find a lead (phone, e-mail, name, company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact: busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact: voicemail left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact: wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact: bad number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: Do not call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit rows shown (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlaSweep</name>
    <message>
        <source>{count} handoffs delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partners reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} SLAs expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads re-routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads waiting for a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA sweep: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} leads back from nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA sweep failed: {problem}</source>
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
        <source>No news for at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
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
        <source>{stale} of {awaiting}</source>
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
        <source>Not claimable: {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {at} UTC · live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {count} check calls due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {count} handoffs reopened by check calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{company} (lead {lead})</source>
        <translation>{company} (lead {lead})</translation>
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
        <source>Move all {count} leads that match the filter to {queue}?</source>
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
        <source>Lead {lead}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more not moved.</source>
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
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Team board</source>
        <translation>Quadro da equipe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or resume the selected rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move callbacks to rep</source>
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
        <source>Leads held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease filter</source>
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
        <source>Region filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
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
        <source>Move result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any rep</source>
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
        <translation type="unfinished">Carregando…</translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;team</source>
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
        <source>What happened to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your teams to rename it</source>
        <translation>Escolha uma das suas equipes para renomeá-la</translation>
    </message>
    <message>
        <source>Team {name} is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {old} is now {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {name} is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team {name} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name</source>
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
    <name>Timeline</name>
    <message>
        <source>touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
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
        <translation type="unfinished">Carregando…</translation>
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
        <translation>ex.: rita.rep</translation>
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
        <source>(no team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
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
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {leads} back in the queue, {callbacks} to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no team</source>
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
        <translation>Não foi possível carregar sua fila: {problem_text}</translation>
    </message>
    <message>
        <source>Finish lead {lead} ({company}) first: choose an outcome and save it with Ctrl+Enter.</source>
        <translation>Termine primeiro o lead {lead} ({company}): escolha um resultado e salve com Ctrl+Enter.</translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation>Pegando o próximo lead…</translation>
    </message>
    <message>
        <source>taking the next lead</source>
        <translation>pegar o próximo lead</translation>
    </message>
    <message>
        <source>Could not take the next lead: {problem}</source>
        <translation>Não foi possível pegar o próximo lead: {problem}</translation>
    </message>
    <message>
        <source>Restored your unsaved work on lead {id}.</source>
        <translation>Seu trabalho não salvo no lead {id} foi restaurado.</translation>
    </message>
    <message>
        <source>Lead {id} is yours until you save an outcome.</source>
        <translation>O lead {id} é seu até você salvar um resultado.</translation>
    </message>
    <message>
        <source>Could not save the draft on this workstation: {problem}</source>
        <translation>Não foi possível salvar o rascunho nesta estação: {problem}</translation>
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
        <source>Cannot restore the draft: {problem}</source>
        <translation>Não é possível restaurar o rascunho: {problem}</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Descartar rascunho</translation>
    </message>
    <message>
        <source>restoring your draft</source>
        <translation>restaurar seu rascunho</translation>
    </message>
    <message>
        <source>Draft for lead {lead_id} discarded.</source>
        <translation>Rascunho do lead {lead_id} descartado.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>saving the outcome</source>
        <translation>salvar o resultado</translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation>Lead {lead_id} salvo: {message}.</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Não foi possível salvar: {problem}</translation>
    </message>
    <message>
        <source>No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).</source>
        <translation>Nenhum lead está disponível agora. O próximo fica disponível em {when} no seu horário (em {wait}).</translation>
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
        <source>Taking the next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligar</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <translation>Ligar para o lead</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (F11)</source>
        <translation>Ligar para o número do lead (F11)</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Hang up: the call timer stops (F12)</source>
        <translation>Desligar: o cronômetro da ligação para (F12)</translation>
    </message>
    <message>
        <source>No lead is eligible now</source>
        <translation>Nenhum lead está disponível agora</translation>
    </message>
</context>
</TS>
