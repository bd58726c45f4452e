<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clock warning</source>
        <translation>Aviso do relógio</translation>
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
    <message>
        <source>Center</source>
        <translation>Centro</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{cleaned!r} is not a date like 2026-11-24</source>
        <translation>{cleaned!r} não é uma data como 2026-11-24</translation>
    </message>
    <message>
        <source>{strip!r} is not a lead number</source>
        <translation>{strip!r} não é um número de lead</translation>
    </message>
</context>
<context>
    <name>AuditArea</name>
    <message>
        <source>Audit</source>
        <translation>Auditoria</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>login, or operator</source>
        <translation>usuário ou operador</translation>
    </message>
    <message>
        <source>lead number</source>
        <translation>número do lead</translation>
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
        <translation>&amp;Quem</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ção</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;té</translation>
    </message>
    <message>
        <source>Your teams&apos; people and leads only.</source>
        <translation>Somente as pessoas e os leads das suas equipes.</translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation>Cada alteração no centro, as mais recentes primeiro. Horários em UTC.</translation>
    </message>
    <message>
        <source>; only the newest are shown: narrow the filter</source>
        <translation>; só as mais recentes são mostradas: refine o filtro</translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation>Nada é mostrado: veja o problema acima</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar o registro de auditoria</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados para {path}</translation>
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
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>CallbackPicker</name>
    <message>
        <source>Callback date and time in the prospect&apos;s time</source>
        <translation>Data e hora do retorno no horário do prospect</translation>
    </message>
    <message>
        <source>Time zone the callback time is in</source>
        <translation>Fuso horário do horário do retorno</translation>
    </message>
    <message>
        <source>in &amp;zone</source>
        <translation>no fuso &amp;horário</translation>
    </message>
    <message>
        <source>Prospect&apos;s time ({zone}) · your time {mine} {mine_zone}</source>
        <translation>Hora do prospect ({zone}) · sua hora {mine} {mine_zone}</translation>
    </message>
    <message>
        <source> · also {times}</source>
        <translation> · também {times}</translation>
    </message>
    <message>
        <source> · also {count} other time zones, from {earliest} to {latest}</source>
        <translation> · também outros {count} fusos horários, de {earliest} a {latest}</translation>
    </message>
</context>
<context>
    <name>CallingRules</name>
    <message>
        <source>{cleaned!r} is not a whole number of calls (empty: no cap)</source>
        <translation>{cleaned!r} não é um número inteiro de ligações (vazio: sem limite)</translation>
    </message>
</context>
<context>
    <name>CallingRulesArea</name>
    <message>
        <source>Calling rules</source>
        <translation>Regras de ligação</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>&amp;Nova regra</translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation>Remover re&amp;gra</translation>
    </message>
    <message>
        <source>A lead follows its region&apos;s rule, else its country&apos;s, else the default (place left empty; without one, the settings file&apos;s window). Windows are local time at the called party; workstations follow a change within a minute.</source>
        <translation>Um lead segue a regra da sua região; se não houver, a do seu país; senão, a regra padrão (lugar vazio; sem ela, o horário do arquivo de configuração). Os horários são a hora local de quem recebe a ligação; as estações aplicam uma alteração em até um minuto.</translation>
    </message>
    <message>
        <source>Administrators change these rules.</source>
        <translation>Os administradores alteram estas regras.</translation>
    </message>
    <message>
        <source>US, US-FL, DE … (empty: the default)</source>
        <translation>US, US-FL, DE … (vazio: a regra padrão)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>vazio: sem limite</translation>
    </message>
    <message>
        <source>the law that sets these hours</source>
        <translation>a lei que define este horário</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por quê (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Window s&amp;tart</source>
        <translation>&amp;Início do horário</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Salvar regra</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>Fim do &amp;horário</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>&amp;Calls a day</source>
        <translation>Ligações por &amp;dia</translation>
    </message>
    <message>
        <source>Calls a &amp;week</source>
        <translation>Ligações por se&amp;mana</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Base legal</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>&amp;Por quê</translation>
    </message>
    <message>
        <source>; saved the rule of {place}</source>
        <translation>; regra de {place} salva</translation>
    </message>
    <message>
        <source>Rule: {label}</source>
        <translation>Regra: {label}</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nova regra</translation>
    </message>
</context>
<context>
    <name>CallingRulesHolidays</name>
    <message>
        <source>{value} is not a date like 2026-12-25</source>
        <translation>{value} não é uma data como 2026-12-25</translation>
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
        <translation>{label} {cleaned!r} não é uma data como 2026-11-24</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation>Nova ca&amp;mpanha</translation>
    </message>
    <message>
        <source>Reports spread a campaign&apos;s cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation>Os relatórios distribuem o custo de uma campanha igualmente pelos dias em que ela durou; sem as duas datas, o custo inteiro conta em cada período.</translation>
    </message>
    <message>
        <source>trade show, web form, download, purchased list …</source>
        <translation>feira, formulário web, download, lista comprada …</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por quê (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Salvar campanha</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;usto</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Primeiro dia</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Ú&amp;ltimo dia</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;quê</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} salva</translation>
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
        <translation>Nova campanha</translation>
    </message>
</context>
<context>
    <name>CenterArea</name>
    <message>
        <source>The center</source>
        <translation>O centro</translation>
    </message>
    <message>
        <source>Save the &amp;center</source>
        <translation>Salvar o &amp;centro</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>ex.: Centro de qualificação de Lisboa</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>ex.: America/Sao_Paulo</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>a moeda de todos os valores, ex.: BRL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Horário de ligações</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Do-not-call registries</source>
        <translation>Listas de bloqueio</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>Situação do centro</translation>
    </message>
    <message>
        <source>The time zone makes the center&apos;s day: reports and exports count their days by it, and a nurture lead&apos;s recycle date, a partner&apos;s close date and a registry snapshot&apos;s date are read on its calendar. Changing it counts every call again.

The calling window is the local time at the called party when calls may be made, wherever no calling rule of its place applies (a default rule in the Calling rules area comes first).

The currency is what every amount is counted in: campaign costs, partners&apos; pipeline and revenue, ROI. Amounts are never converted; set it before costs are typed.

A registry the center honours blocks its countries&apos; leads until a snapshot of it is imported (Do not call area), and again when the snapshot is too old.</source>
        <translation>O fuso horário faz o dia do centro: relatórios e exportações contam seus dias por ele, e a data de reciclagem de um lead em nutrição, a data de fechamento de um parceiro e a data de um instantâneo de lista de bloqueio são lidas no seu calendário. Mudá-lo reconta cada ligação.

O horário de ligações é a hora local de quem recebe a ligação em que se pode ligar, onde nenhuma regra de ligação do seu lugar se aplica (uma regra padrão da área Regras de ligação vem antes).

A moeda é aquela em que cada valor é contado: custos de campanhas, pipeline e receita dos parceiros, ROI. Os valores nunca são convertidos; defina-a antes de digitar custos.

Uma lista de bloqueio que o centro respeita bloqueia os leads dos seus países até que um instantâneo dela seja importado (área Não ligar), e de novo quando o instantâneo fica antigo demais.</translation>
    </message>
    <message>
        <source>&amp;{name}: the national registry ({countries})</source>
        <translation>&amp;{name}: a lista nacional de bloqueio ({countries})</translation>
    </message>
    <message>
        <source>The law behind it: {source}</source>
        <translation>A norma que a exige: {source}</translation>
    </message>
    <message>
        <source>The default calling rule (Calling rules area) sets the window in use; this one applies without it.</source>
        <translation>A regra de ligação padrão (área Regras de ligação) define o horário em vigor; este vale sem ela.</translation>
    </message>
    <message>
        <source>Every workstation works by these.</source>
        <translation>Todas as estações de trabalho seguem isto.</translation>
    </message>
    <message>
        <source>The center has no name or time zone yet: give both and save.</source>
        <translation>O centro ainda não tem nome nem fuso horário: informe os dois e salve.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Count every amount in {after} instead of {before}? Amounts are never converted: every campaign&apos;s cost, partner&apos;s pipeline and revenue kept so far is read in {after}.</source>
        <translation>Contar todos os valores em {after} em vez de {before}? Os valores nunca são convertidos: o custo de cada campanha, o pipeline e a receita dos parceiros salvos até agora passam a ser lidos em {after}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Saved: {name}, time zone {zone}, calls {window}, amounts in {currency}. Every workstation works by these.</source>
        <translation>Salvo: {name}, fuso horário {zone}, ligações {window}, valores em {currency}. Todas as estações de trabalho seguem isto.</translation>
    </message>
</context>
<context>
    <name>ChartDrill</name>
    <message>
        <source>{}: Enter opens the leads behind it</source>
        <translation>{}: Enter abre os leads por trás disso</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Won</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Aceitos pelo parceiro</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prontos para vendas</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contatados</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pegos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Ligações</translation>
    </message>
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
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Check-call policies</source>
        <translation>Políticas de ligação de verificação</translation>
    </message>
    <message>
        <source>every partner</source>
        <translation>todos os parceiros</translation>
    </message>
    <message>
        <source>Only for this partner</source>
        <translation>Somente para este parceiro</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> dias úteis</translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation>Dias após o envio</translation>
    </message>
    <message>
        <source>Share of handoffs checked</source>
        <translation>Proporção de repasses verificados</translation>
    </message>
    <message>
        <source>At least per partner and month</source>
        <translation>No mínimo por parceiro e mês</translation>
    </message>
    <message>
        <source>Share for partners with a poor record</source>
        <translation>Proporção para parceiros com histórico ruim</translation>
    </message>
    <message>
        <source>as the others</source>
        <translation>como os demais</translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation>Sa&amp;lvar política</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy</source>
        <translation>Remo&amp;ver política</translation>
    </message>
    <message>
        <source>No policy yet: no handoff gets a check call.</source>
        <translation>Ainda sem política: nenhum repasse recebe ligação de verificação.</translation>
    </message>
    <message>
        <source>Check after</source>
        <translation>Verificar após</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>At least a month</source>
        <translation>Mínimo por mês</translation>
    </message>
    <message>
        <source>Poor record</source>
        <translation>Histórico ruim</translation>
    </message>
    <message>
        <source>(every partner)</source>
        <translation>(todos os parceiros)</translation>
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
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Vendedor do parceiro</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>O que o cliente disse</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Sinalização</translation>
    </message>
    <message>
        <source>Handoffs reopened by a check call</source>
        <translation>Repasses reabertos por uma ligação de verificação</translation>
    </message>
    <message>
        <source>why the lead stays with the partner</source>
        <translation>por que o lead fica com o parceiro</translation>
    </message>
    <message>
        <source>Why the lead stays with the partner</source>
        <translation>Por que o lead fica com o parceiro</translation>
    </message>
    <message>
        <source>Re-route to the ne&amp;xt partner</source>
        <translation>Reencaminhar ao pró&amp;ximo parceiro</translation>
    </message>
    <message>
        <source>Kee&amp;p with the partner</source>
        <translation>Manter com o &amp;parceiro</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>What customers tell the check calls (contacted by the partner, satisfaction) is part of each partner&apos;s routing weight.</source>
        <translation>O que os clientes dizem nas ligações de verificação (contatado pelo parceiro, satisfação) faz parte do peso de roteamento de cada parceiro.</translation>
    </message>
    <message>
        <source>Handoffs a check call reopened</source>
        <translation>Repasses que uma ligação de verificação reabriu</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors decide these.</source>
        <translation>Somente os gerentes de canal e os supervisores decidem sobre estes.</translation>
    </message>
    <message>
        <source>contradicts the partner&apos;s status</source>
        <translation>contradiz o status do parceiro</translation>
    </message>
    <message>
        <source>{count}: the customer says the partner never called.</source>
        <translation>{count}: o cliente diz que o parceiro nunca ligou.</translation>
    </message>
    <message>
        <source>No handoff is reopened by a check call.</source>
        <translation>Nenhum repasse está reaberto por uma ligação de verificação.</translation>
    </message>
    <message>
        <source>Re-routing…</source>
        <translation>Reencaminhando…</translation>
    </message>
    <message>
        <source>Lead {lead} re-routed to {partner}.</source>
        <translation>Lead {lead} reencaminhado para {partner}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Selecione primeiro um repasse.</translation>
    </message>
    <message>
        <source>Kept with the partner.</source>
        <translation>Mantido com o parceiro.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <source>Leads held</source>
        <translation>Leads retidos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertos</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Senha de uso único</translation>
    </message>
    <message>
        <source>{holder} (working)</source>
        <translation>{holder} (trabalhando)</translation>
    </message>
    <message>
        <source>{holder} (stale)</source>
        <translation>{holder} (expirada)</translation>
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
        <translation>Contato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Próxima ligação</translation>
    </message>
    <message>
        <source>Inquired</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>No status</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Trabalhando em</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Há</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Atribuídos</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Retornos pendentes</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Tentativas hoje</translation>
    </message>
    <message>
        <source>Talk today</source>
        <translation>Conversa hoje</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificados</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Open / max</source>
        <translation>Abertos / máx.</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Vendedores</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Repasse</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Message-ID to look for</source>
        <translation>Message-ID a procurar</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Sinalizado</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Responder até</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Última notícia</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Gerente de canal</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sem notícias</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporção</translation>
    </message>
    <message>
        <source>Oldest news</source>
        <translation>Notícia mais antiga</translation>
    </message>
    <message>
        <source>Partner reps</source>
        <translation>Vendedores do parceiro</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>New/applied</source>
        <translation>Novos/aplicados</translation>
    </message>
    <message>
        <source>Merged/unchanged</source>
        <translation>Mesclados/inalterados</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Já importadas</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitados</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Arquivo de rejeitados</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Being worked by</source>
        <translation>Sendo trabalhado por</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Ir para</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Motivo da desqualificação</translation>
    </message>
    <message>
        <source>Reporting compliance</source>
        <translation>Cumprimento dos relatórios</translation>
    </message>
    <message>
        <source>Due for news</source>
        <translation>Com notícias pendentes</translation>
    </message>
    <message>
        <source>Routing weight a week before</source>
        <translation>Peso de roteamento uma semana antes</translation>
    </message>
    <message>
        <source>Routing weight now</source>
        <translation>Peso de roteamento agora</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Iria para</translation>
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
    <name>ContactField</name>
    <message>
        <source>{caption} check</source>
        <translation>Verificação: {caption}</translation>
    </message>
    <message>
        <source>{caption} problem</source>
        <translation>Problema: {caption}</translation>
    </message>
    <message>
        <source>No e-mail address: the one on file is removed when you save</source>
        <translation>Sem endereço de e-mail: o registrado é removido ao salvar</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Sem endereço de e-mail</translation>
    </message>
    <message>
        <source>Typo? Did you mean {address}? Shift+F3 takes it</source>
        <translation>Erro de digitação? Você quis dizer {address}? Shift+F3 a usa</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Imported leads go to the queues the scoring rules name: {ruled}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} está configurado: equipe {team} com as filas {join}. Os leads importados vão para as filas que as regras de pontuação indicam: {ruled}. Entre como {admin}. Banco de dados: {description}</translation>
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
        <translation>{n} linha</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} linhas</translation>
    </message>
    <message>
        <source>{n} rule</source>
        <translation>{n} regra</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} regras</translation>
    </message>
    <message>
        <source>{n} holiday</source>
        <translation>{n} feriado</translation>
    </message>
    <message>
        <source>{n} holidays</source>
        <translation>{n} feriados</translation>
    </message>
    <message>
        <source>{n} campaign</source>
        <translation>{n} campanha</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campanhas</translation>
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
        <translation>{n} versão</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} versões</translation>
    </message>
    <message>
        <source>{n} team</source>
        <translation>{n} equipe</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} equipes</translation>
    </message>
    <message>
        <source>{n} open queue</source>
        <translation>{n} fila aberta</translation>
    </message>
    <message>
        <source>{n} open queues</source>
        <translation>{n} filas abertas</translation>
    </message>
    <message>
        <source>{n} user</source>
        <translation>{n} usuário</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} usuários</translation>
    </message>
    <message>
        <source>{n} callback</source>
        <translation>{n} retorno</translation>
    </message>
    <message>
        <source>{n} callbacks</source>
        <translation>{n} retornos</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} parceiro</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} parceiros</translation>
    </message>
    <message>
        <source>{n} check call</source>
        <translation>{n} ligação de verificação</translation>
    </message>
    <message>
        <source>{n} check calls</source>
        <translation>{n} ligações de verificação</translation>
    </message>
    <message>
        <source>{n} handoff</source>
        <translation>{n} repasse</translation>
    </message>
    <message>
        <source>{n} handoffs</source>
        <translation>{n} repasses</translation>
    </message>
    <message>
        <source>{n} stale lease released.</source>
        <translation>{n} reserva expirada liberada.</translation>
    </message>
    <message>
        <source>{n} stale leases released.</source>
        <translation>{n} reservas expiradas liberadas.</translation>
    </message>
    <message>
        <source>{n} reopened handoff</source>
        <translation>{n} repasse reaberto</translation>
    </message>
    <message>
        <source>{n} reopened handoffs</source>
        <translation>{n} repasses reabertos</translation>
    </message>
    <message>
        <source>{n} call</source>
        <translation>{n} ligação</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} ligações</translation>
    </message>
    <message>
        <source>{n} lead eligible for you now</source>
        <translation>{n} lead disponível para você agora</translation>
    </message>
    <message>
        <source>{n} leads eligible for you now</source>
        <translation>{n} leads disponíveis para você agora</translation>
    </message>
    <message>
        <source>{n} handoff delivered</source>
        <translation>{n} repasse entregue</translation>
    </message>
    <message>
        <source>{n} handoffs delivered</source>
        <translation>{n} repasses entregues</translation>
    </message>
    <message>
        <source>{n} partner reminded</source>
        <translation>{n} parceiro lembrado</translation>
    </message>
    <message>
        <source>{n} partners reminded</source>
        <translation>{n} parceiros lembrados</translation>
    </message>
    <message>
        <source>{n} SLA expired</source>
        <translation>{n} SLA expirado</translation>
    </message>
    <message>
        <source>{n} SLAs expired</source>
        <translation>{n} SLAs expirados</translation>
    </message>
    <message>
        <source>{n} lead re-routed</source>
        <translation>{n} lead reencaminhado</translation>
    </message>
    <message>
        <source>{n} leads re-routed</source>
        <translation>{n} leads reencaminhados</translation>
    </message>
    <message>
        <source>{n} lead waiting for a partner</source>
        <translation>{n} lead aguardando um parceiro</translation>
    </message>
    <message>
        <source>{n} leads waiting for a partner</source>
        <translation>{n} leads aguardando um parceiro</translation>
    </message>
    <message>
        <source>{n} lead back from nurture</source>
        <translation>{n} lead de volta da nutrição</translation>
    </message>
    <message>
        <source>{n} leads back from nurture</source>
        <translation>{n} leads de volta da nutrição</translation>
    </message>
    <message>
        <source>{n} earlier attempt</source>
        <translation>{n} tentativa anterior</translation>
    </message>
    <message>
        <source>{n} earlier attempts</source>
        <translation>{n} tentativas anteriores</translation>
    </message>
    <message>
        <source>{n} employee</source>
        <translation>{n} funcionário</translation>
    </message>
    <message>
        <source>{n} employees</source>
        <translation>{n} funcionários</translation>
    </message>
    <message>
        <source>{n} touch</source>
        <translation>{n} contato</translation>
    </message>
    <message>
        <source>{n} touches</source>
        <translation>{n} contatos</translation>
    </message>
    <message>
        <source>{n} import</source>
        <translation>{n} importação</translation>
    </message>
    <message>
        <source>{n} imports</source>
        <translation>{n} importações</translation>
    </message>
    <message>
        <source>; {n} row hidden in the workbook is not read</source>
        <translation>; {n} linha oculta na pasta de trabalho não é lida</translation>
    </message>
    <message>
        <source>; {n} rows hidden in the workbook are not read</source>
        <translation>; {n} linhas ocultas na pasta de trabalho não são lidas</translation>
    </message>
    <message>
        <source>{n} row read</source>
        <translation>{n} linha lida</translation>
    </message>
    <message>
        <source>{n} rows read</source>
        <translation>{n} linhas lidas</translation>
    </message>
    <message>
        <source>{n} new reference row</source>
        <translation>{n} nova linha de referência</translation>
    </message>
    <message>
        <source>{n} new reference rows</source>
        <translation>{n} novas linhas de referência</translation>
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
        <translation>{n} linha oculta na planilha não foi lida.</translation>
    </message>
    <message>
        <source>{n} rows hidden in the workbook were not read.</source>
        <translation>{n} linhas ocultas na planilha não foram lidas.</translation>
    </message>
    <message>
        <source>{n} screen</source>
        <translation>{n} tela</translation>
    </message>
    <message>
        <source>{n} screens</source>
        <translation>{n} telas</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} arquivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} arquivos</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>the number {number} is not a valid phone number: correct it first (F2)</source>
        <translation>o número {number} não é um número de telefone válido: corrija-o primeiro (F2)</translation>
    </message>
    <message>
        <source>Not dialled: {why}</source>
        <translation>Não discado: {why}</translation>
    </message>
    <message>
        <source>Cannot dial: {problem}</source>
        <translation>Não é possível discar: {problem}</translation>
    </message>
    <message>
        <source>Extension {extension}: dial it when the switchboard answers.</source>
        <translation>Ramal {extension}: disque-o quando a central atender.</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>US-CA, US-WA (leave empty for whole countries)</source>
        <translation>US-CA, US-WA (vazio para países inteiros)</translation>
    </message>
    <message>
        <source>941, US:100 (optional)</source>
        <translation>941, US:100 (opcional)</translation>
    </message>
    <message>
        <source>contact center, networking (empty: all)</source>
        <translation>contact center, networking (vazio: todos)</translation>
    </message>
    <message>
        <source>enterprise, smb (empty: both)</source>
        <translation>enterprise, smb (vazio: ambos)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Receives leads</source>
        <translation>Recebe leads</translation>
    </message>
    <message>
        <source>Alex Morgan &lt;alex@partner.example&gt;
one sales rep a line</source>
        <translation>Alex Morgan &lt;alex@partner.example&gt;
um vendedor por linha</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>Níve&amp;l</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regiões</translation>
    </message>
    <message>
        <source>&amp;Postal prefixes</source>
        <translation>Prefixos pos&amp;tais</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;dutos</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmentos</translation>
    </message>
    <message>
        <source>Open handoffs &amp;at most</source>
        <translation>Repasses abertos no m&amp;áximo</translation>
    </message>
    <message>
        <source>Acceptance S&amp;LA (hours)</source>
        <translation>SLA de aceitação (&amp;horas)</translation>
    </message>
    <message>
        <source>Channel &amp;manager</source>
        <translation>Gerente de &amp;canal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Sales r&amp;eps</source>
        <translation>&amp;Vendedores</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>{login} is deactivated: choose another channel manager</source>
        <translation>{login} está desativado: escolha outro gerente de canal</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Novo parceiro</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Diretório de parceiros</translation>
    </message>
    <message>
        <source>Ne&amp;w partner</source>
        <translation>&amp;Novo parceiro</translation>
    </message>
    <message>
        <source>Sa&amp;ve partner</source>
        <translation>Salvar parc&amp;eiro</translation>
    </message>
    <message>
        <source>Handoffs per wee&amp;k</source>
        <translation>Repasses por se&amp;mana</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} salvo</translation>
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
        <translation>telefone, e-mail ou palavras do motivo ou da origem</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Lista de não ligar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <source>US (for numbers without +)</source>
        <translation>US (para números sem +)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>asked on the phone, legal request …</source>
        <translation>pediu por telefone, solicitação legal …</translation>
    </message>
    <message>
        <source>Block a phone number or e-mail address</source>
        <translation>Bloquear um número de telefone ou endereço de e-mail</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefone</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ís</translation>
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
        <translation>por que sai da lista</translation>
    </message>
    <message>
        <source>Take the selected entry off the list (leads it blocked stay do-not-call)</source>
        <translation>Tirar a entrada selecionada da lista (os leads que ela bloqueou continuam em não ligar)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;quê</translation>
    </message>
    <message>
        <source>; only the newest are shown: search for more</source>
        <translation>; só as mais recentes são mostradas: pesquise para ver mais</translation>
    </message>
    <message>
        <source>No entries yet: nobody is on the do-not-call list</source>
        <translation>Nenhuma entrada ainda: ninguém está na lista de não ligar</translation>
    </message>
    <message>
        <source>say why they must not be called</source>
        <translation>diga por que não se deve ligar</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Já está na lista</translation>
    </message>
    <message>
        <source>; {leads} taken out of the queues</source>
        <translation>; {leads} retirados das filas</translation>
    </message>
    <message>
        <source>{entries} added{blocked}</source>
        <translation>{entries} adicionadas{blocked}</translation>
    </message>
    <message>
        <source>choose the entry in the list first</source>
        <translation>escolha primeiro a entrada na lista</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>diga por que a entrada sai da lista</translation>
    </message>
    <message>
        <source>The {kind} entry {value}… is off the list</source>
        <translation>A entrada {kind} {value}… saiu da lista</translation>
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
        <translation>Colocar {value} ({value2}) na lista de não ligar? Ninguém mais vai ligar para este telefone nem escrever para este e-mail, em nenhum lead.</translation>
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
        <translation>Motivo de não ligar</translation>
    </message>
    <message>
        <source>Do-not-call reason problem</source>
        <translation>Problema com o motivo de não ligar</translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation>Colocar na lista de não ligar</translation>
    </message>
    <message>
        <source>Confirm do not call</source>
        <translation>Confirmar não ligar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the do-not-call entry.</source>
        <translation>Diga por quê: o motivo fica guardado com a entrada de não ligar.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved work on lead {lead}</source>
        <translation>Trabalho não salvo no lead {lead}</translation>
    </message>
    <message>
        <source>{company}, {contact}; typed {saved}</source>
        <translation>{company}, {contact}; digitado em {saved}</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sem empresa</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>sem contato</translation>
    </message>
    <message>
        <source>Why the work cannot go back on the lead</source>
        <translation>Por que o trabalho não pode voltar ao lead</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Notes from the draft</source>
        <translation>Anotações do rascunho</translation>
    </message>
    <message>
        <source>&amp;Also typed</source>
        <translation>&amp;Também digitado</translation>
    </message>
    <message>
        <source>Nothing else.</source>
        <translation>Nada mais.</translation>
    </message>
    <message>
        <source>Also typed</source>
        <translation>Também digitado</translation>
    </message>
    <message>
        <source>&amp;Copy notes</source>
        <translation>&amp;Copiar anotações</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved work on lead {lead} was not put back: another outcome was recorded on the lead since you typed it.</source>
        <translation>Seu trabalho não salvo no lead {lead} não foi restaurado: outro resultado foi registrado no lead desde que você o digitou.</translation>
    </message>
    <message>
        <source>Your notes were: {notes}</source>
        <translation>Suas anotações eram: {notes}</translation>
    </message>
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
    <message>
        <source>Unsaved work on lead {lead} ({company}) waits in the Workspace</source>
        <translation>Há trabalho não salvo no lead {lead} ({company}) aguardando na Estação de trabalho</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Your unsaved work from {saved} on lead {lead} ({company}) cannot go back on the lead: {why}. View it to copy your notes.</source>
        <translation>Seu trabalho não salvo de {saved} no lead {lead} ({company}) não pode voltar ao lead: {why}. Veja-o para copiar suas anotações.</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sem empresa</translation>
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
        <source>Outcome: {kind}</source>
        <translation>Resultado: {kind}</translation>
    </message>
    <message>
        <source>Call: {disposition}</source>
        <translation>Chamada: {disposition}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Callback at</source>
        <translation>Retorno em</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Reciclar em</translation>
    </message>
    <message>
        <source>Overruled because</source>
        <translation>Contrariado porque</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>Leads behind {title}</source>
        <translation>Leads por trás de {title}</translation>
    </message>
    <message>
        <source>; the first {count} shown</source>
        <translation>; mostrando os primeiros {count}</translation>
    </message>
    <message>
        <source>{summary} — {title}{more}</source>
        <translation>{summary} — {title}{more}</translation>
    </message>
    <message>
        <source>Leads behind the figure</source>
        <translation>Leads por trás do número</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Abrir &amp;registro</translation>
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
        <translation>{plural} exportados para {path}</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Ask for erasure</source>
        <translation>Solicitar exclusão</translation>
    </message>
    <message>
        <source>Ask an administrator to erase the person of lead %1 everywhere. The request is kept in the audit.</source>
        <translation>Peça a um administrador que apague a pessoa do lead %1 em todos os lugares. A solicitação fica na auditoria.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Apagar uma pessoa</translation>
    </message>
    <message>
        <source>Erase the person of lead %1 everywhere: leads, calls, answers, handoff packages, drafts and the audit&apos;s personal values. Their phone and e-mail stay on the do-not-call list as hashes only. This cannot be undone.</source>
        <translation>Apagar a pessoa do lead %1 em todos os lugares: leads, ligações, respostas, pacotes de repasse, rascunhos e os valores pessoais da auditoria. O telefone e o e-mail dela ficam na lista de não ligar apenas como hashes. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>Why: the person&apos;s request, its date and channel</source>
        <translation>Por quê: a solicitação da pessoa, sua data e canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Entendo que isso não pode ser desfeito</translation>
    </message>
    <message>
        <source>The person asked for it</source>
        <translation>A pessoa pediu</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Enviar a solicitação</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Say why the person is erased</source>
        <translation>Diga por que a pessoa é apagada</translation>
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
    <message>
        <source>Rows read</source>
        <translation>Linhas lidas</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Leads novos</translation>
    </message>
    <message>
        <source>Merged into existing leads</source>
        <translation>Mescladas com leads existentes</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeitadas</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Já importadas</translation>
    </message>
    <message>
        <source>Do-not-call</source>
        <translation>Não ligar</translation>
    </message>
</context>
<context>
    <name>FirmographicsPanel</name>
    <message>
        <source>Firmographic reference data</source>
        <translation>Dados firmográficos de referência</translation>
    </message>
    <message>
        <source>A file of companies or web domains with their employees, annual revenue and industry fills what leads lack (each value keeps its source) and re-scores the leads not yet worked.</source>
        <translation>Um arquivo de empresas ou domínios web com seus funcionários, faturamento anual e setor completa o que falta aos leads (cada valor guarda sua origem) e repontua os leads ainda não trabalhados.</translation>
    </message>
    <message>
        <source>CSV or XLSX: company and/or domain, employees …</source>
        <translation>CSV ou XLSX: empresa e/ou domínio, funcionários …</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Arquivo de referência</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>optional: where the data comes from</source>
        <translation>opcional: de onde vêm os dados</translation>
    </message>
    <message>
        <source>Loa&amp;d reference data</source>
        <translation>Carregar dados de re&amp;ferência</translation>
    </message>
    <message>
        <source>Loading reference data</source>
        <translation>Carregando dados de referência</translation>
    </message>
    <message>
        <source>Reference data result</source>
        <translation>Resultado dos dados de referência</translation>
    </message>
    <message>
        <source>Reference fi&amp;le:</source>
        <translation>Arquivo de r&amp;eferência:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Ori&amp;gem:</translation>
    </message>
    <message>
        <source>{rows}: {loaded}, {updated}, {rejected} (source: {source}).</source>
        <translation>{rows}: {loaded}, {updated}, {rejected} (origem: {source}).</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} atualizadas</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} rejeitadas</translation>
    </message>
    <message>
        <source>{leads}, {rescored} of them re-scored.</source>
        <translation>{leads}, {rescored} deles repontuados.</translation>
    </message>
    <message>
        <source>{leads} and re-scored.</source>
        <translation>{leads} e repontuado.</translation>
    </message>
    <message>
        <source>{leads}, not re-scored (already worked).</source>
        <translation>{leads}, não repontuado (já trabalhado).</translation>
    </message>
    <message>
        <source>Rejected rows and why: {path}</source>
        <translation>Linhas rejeitadas e por quê: {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Qualifier — set up a center</source>
        <translation>Qualifier — configurar um centro</translation>
    </message>
    <message>
        <source>Set up your Qualifying Center</source>
        <translation>Configure seu centro de qualificação</translation>
    </message>
    <message>
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made wherever no calling rule of a place&apos;s own applies (the US and some of its states have theirs: Calling rules area), and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation>Este banco de dados ainda não tem usuários ({description}). Dê um nome ao centro, escolha quando as ligações podem ser feitas onde nenhum lugar tem regra de ligação própria (os EUA e alguns de seus estados têm a sua: área Regras de ligação) e crie o primeiro administrador com uma primeira equipe e fila. Todo o resto pode ser adicionado depois no aplicativo.</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>ex.: Centro de qualificação de Lisboa</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>ex.: Europe/Berlin</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>em que cada valor é contado, p. ex. EUR</translation>
    </message>
    <message>
        <source>e.g. ada.admin</source>
        <translation>ex.: ada.admin</translation>
    </message>
    <message>
        <source>optional, e.g. Ada Lovelace</source>
        <translation>opcional, ex.: Ada Lovelace</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>pelo menos 10 caracteres</translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation>&amp;Configurar o centro</translation>
    </message>
    <message>
        <source>&amp;Center name</source>
        <translation>&amp;Nome do centro</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuso horário</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Horário de ligações</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Moeda</translation>
    </message>
    <message>
        <source>Administrator &amp;login</source>
        <translation>&amp;Usuário do administrador</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir senha</translation>
    </message>
    <message>
        <source>First t&amp;eam</source>
        <translation>Primeira &amp;equipe</translation>
    </message>
    <message>
        <source>First &amp;queue</source>
        <translation>Primeira f&amp;ila</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>o centro precisa de um nome</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s login</source>
        <translation>escolha o usuário do administrador</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s password</source>
        <translation>escolha a senha do administrador</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same one twice</source>
        <translation>as duas senhas são diferentes; digite a mesma duas vezes</translation>
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
        <translation>Envios aguardando uma pessoa</translation>
    </message>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation>o que o parceiro disse (fica na auditoria)</translation>
    </message>
    <message>
        <source>What the partner said</source>
        <translation>O que o parceiro disse</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marcar como &amp;entregue</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Enviar de &amp;novo</translation>
    </message>
    <message>
        <source>address refused: correct it in the directory, then send again</source>
        <translation>endereço recusado: corrija-o no diretório e depois envie de novo</translation>
    </message>
    <message>
        <source>may have reached the partner</source>
        <translation>pode ter chegado ao parceiro</translation>
    </message>
    <message>
        <source>1 delivery waits for a person: ask the partner about the Message-ID (or give it a working address), then mark it delivered or send it again.</source>
        <translation>1 entrega aguarda uma pessoa: pergunte ao parceiro sobre o Message-ID (ou dê a ele um endereço que funcione) e depois marque como entregue ou envie de novo.</translation>
    </message>
    <message>
        <source>{count} deliveries wait for a person: ask the partner about the Message-ID (or give it a working address), then mark one delivered or send it again.</source>
        <translation>{count} entregas aguardam uma pessoa: pergunte ao parceiro sobre o Message-ID (ou dê a ele um endereço que funcione) e depois marque uma como entregue ou envie de novo.</translation>
    </message>
    <message>
        <source>message refused by the mail server: have it let through, then send again, or hand the lead over another way and mark it delivered</source>
        <translation>mensagem recusada pelo servidor de e-mail: peça que a deixem passar e envie de novo, ou entregue o lead de outra forma e marque-o como entregue</translation>
    </message>
    <message>
        <source>the lead went do-not-call: not sent</source>
        <translation>o lead passou a não ligar: não enviado</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Selecione primeiro um envio.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Enviando de novo…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Handoff {handoff} marked delivered; its SLA starts now.</source>
        <translation>Repasse {handoff} marcado como entregue; seu SLA começa agora.</translation>
    </message>
    <message>
        <source>Handoff {handoff} sent again.</source>
        <translation>Repasse {handoff} enviado de novo.</translation>
    </message>
    <message>
        <source>Handoff {handoff} not sent: {problem}</source>
        <translation>Repasse {handoff} não enviado: {problem}</translation>
    </message>
</context>
<context>
    <name>FormAndJson</name>
    <message>
        <source>&amp;Form</source>
        <translation>F&amp;ormulário</translation>
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
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Select a handoff to see why it went to its partner.</source>
        <translation>Selecione um repasse para ver por que ele foi para o seu parceiro.</translation>
    </message>
    <message>
        <source>why rejected or lost</source>
        <translation>por que foi recusado ou perdido</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation>Registrar &amp;novidade</translation>
    </message>
    <message>
        <source>Back to &amp;nurture</source>
        <translation>Voltar para nu&amp;trição</translation>
    </message>
    <message>
        <source>&amp;Pipeline value</source>
        <translation>Valor de &amp;pipeline</translation>
    </message>
    <message>
        <source>Won re&amp;venue</source>
        <translation>&amp;Receita ganha</translation>
    </message>
    <message>
        <source>&amp;Close date</source>
        <translation>Data de &amp;fechamento</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por que este parceiro</translation>
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
        <translation>Mostrar repasses</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Repasses</translation>
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
        <source>New st&amp;atus</source>
        <translation>N&amp;ovo status</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Retorno do parceiro</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors enter feedback.</source>
        <translation>Somente os gerentes de canal e os supervisores registram retornos.</translation>
    </message>
    <message>
        <source>Handoff {handoff} to {partner} ({rep})</source>
        <translation>Repasse {handoff} para {partner} ({rep})</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>sem vendedor</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Recusado: {reason}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Perdido: {reason}</translation>
    </message>
    <message>
        <source>Lead status: {status}</source>
        <translation>Status do lead: {status}</translation>
    </message>
    <message>
        <source>Handoff: {status}.</source>
        <translation>Repasse: {status}.</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Selecione primeiro um repasse.</translation>
    </message>
    <message>
        <source>Handoff {id} is {status}; the lead is {replace}.</source>
        <translation>O repasse {id} está {status}; o lead está {replace}.</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>Choose a rule to see its holidays</source>
        <translation>Escolha uma regra para ver seus feriados</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>optional, e.g. Christmas Day</source>
        <translation>opcional, ex.: Natal</translation>
    </message>
    <message>
        <source>Holidays: no calls on these dates</source>
        <translation>Feriados: sem ligações nestas datas</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Adi&amp;cionar feriado</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <source>Holiday na&amp;me</source>
        <translation>Nome do &amp;feriado</translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation>Remo&amp;ver feriado</translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation>Feriados de {value}</translation>
    </message>
    <message>
        <source>every place (default)</source>
        <translation>todos os lugares (padrão)</translation>
    </message>
    <message>
        <source>listed through {year}: from {day} this place&apos;s leads wait until that year&apos;s holidays are added</source>
        <translation>cadastrados até {year}: a partir de {day} os leads deste local aguardam até que os feriados desse ano sejam adicionados</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Recent imports</source>
        <translation>Importações recentes</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Atualizar a &amp;lista</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Nada foi importado ainda.</translation>
    </message>
    <message>
        <source>{file}, started {started} ({status}): {what_to_do}</source>
        <translation>{file}, iniciada em {started} ({status}): {what_to_do}</translation>
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
        <translation>Arquivo CSV (qualquer delimitador ou codificação) ou XLSX</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>optional: the campaign every row belongs to</source>
        <translation>opcional: a campanha à qual todas as linhas pertencem</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Country of the file</source>
        <translation>País do arquivo</translation>
    </message>
    <message>
        <source>optional: rows that name no country are read as from this one</source>
        <translation>opcional: linhas sem país são lidas como deste</translation>
    </message>
    <message>
        <source>Rows with no country, or an empty one, are read as written in this country (national phone numbers, dates) and get it as their country. A row&apos;s own country, or a phone number in +international form, wins. Leave it empty when the rows say their own country.</source>
        <translation>Linhas sem país, ou com o país vazio, são lidas como escritas neste país (números de telefone nacionais, datas) e recebem-no como seu país. O país da própria linha, ou um número de telefone em formato internacional (+…), prevalece. Deixe vazio quando as linhas informarem o próprio país.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Visualizar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rquivo:</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campanha:</translation>
    </message>
    <message>
        <source>C&amp;ountry of the file:</source>
        <translation>País &amp;do arquivo:</translation>
    </message>
    <message>
        <source>Check how each column is read. Recognised headers are mapped already; choose “ignore” for columns Qualifier should not read.</source>
        <translation>Verifique como cada coluna é lida. Os cabeçalhos reconhecidos já estão mapeados; escolha “ignorar” para as colunas que o Qualifier não deve ler.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Ler como</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>V&amp;oltar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Primeiras linhas:</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Ca&amp;ncelar importação</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importar ou&amp;tro arquivo</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose a file</source>
        <translation>Passo 1 de 4: escolha um arquivo</translation>
    </message>
    <message>
        <source>Step 3 of 4: importing</source>
        <translation>Passo 3 de 4: importando</translation>
    </message>
    <message>
        <source>Step 4 of 4: summary</source>
        <translation>Passo 4 de 4: resumo</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Escolha o arquivo a importar.</translation>
    </message>
    <message>
        <source>Read {column} as</source>
        <translation>Ler {column} como</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta coluna)</translation>
    </message>
    <message>
        <source>Inquiry dates and times without a zone are read on the center&apos;s clock ({zone}); one with an offset or a zone (10:00 -0500, 10:00 CET) as it says.</source>
        <translation>Datas e horas de consulta sem fuso são lidas no relógio do centro ({zone}); uma com deslocamento ou fuso (10:00 -0500, 10:00 CET), como indica.</translation>
    </message>
    <message>
        <source>{field} is read from {columns}, in this order: the first valid one is taken, the others are kept on the lead&apos;s touch.</source>
        <translation>{field} é lido de {columns}, nesta ordem: o primeiro válido é usado e os outros ficam guardados no contato do lead.</translation>
    </message>
    <message>
        <source>Several columns are read as {join}.</source>
        <translation>Várias colunas são lidas como {join}.</translation>
    </message>
    <message>
        <source>Cancelling after the rows being stored now…</source>
        <translation>Cancelando depois das linhas que estão sendo gravadas agora…</translation>
    </message>
    <message>
        <source>{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected</source>
        <translation>{done} de {total} linhas: {imported} novas, {merged} mescladas, {rejected} rejeitadas</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>A importação parou: {message}</translation>
    </message>
    <message>
        <source>Cancelled after {plural}. What was stored stays; import the same file again to continue where it stopped.</source>
        <translation>Cancelado após {plural}. O que foi gravado permanece; importe o mesmo arquivo de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source> {count} row was kept with a flagged value (see its touch).</source>
        <translation> {count} linha foi mantida com um valor sinalizado (veja seu contato).</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>Passo 2 de 4: verifique as colunas</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {rows}</source>
        <translation>Passo 2 de 4: verifique as colunas — {file_name}, {rows}</translation>
    </message>
    <message>
        <source>{file} is imported: {accounting}.</source>
        <translation>{file} foi importado: {accounting}.</translation>
    </message>
    <message>
        <source> Rows naming no country were read as from {country}.</source>
        <translation> Linhas sem país foram lidas como de {country}.</translation>
    </message>
    <message>
        <source> {count} rows were kept with a flagged value (see their touches).</source>
        <translation> {count} linhas foram mantidas com um valor sinalizado (veja seus contatos).</translation>
    </message>
    <message>
        <source>New leads by queue: {queues}</source>
        <translation>Novos leads por fila: {queues}</translation>
    </message>
    <message>
        <source>New queue: {queue} (named by the scoring rules).</source>
        <translation>Nova fila: {queue} (nomeada pelas regras de pontuação).</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Aviso: {warning}.</translation>
    </message>
    <message>
        <source>Every rejected row and why: {rejects_file}</source>
        <translation>Cada linha rejeitada e o motivo: {rejects_file}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Nenhuma linha foi rejeitada.</translation>
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
        <translation>Dados de empresas</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Retorno de parceiros</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>not on this computer: {path}</source>
        <translation>não está neste computador: {path}</translation>
    </message>
    <message>
        <source>purged (retention period over)</source>
        <translation>excluído (prazo de retenção vencido)</translation>
    </message>
    <message>
        <source>not written (the import stopped)</source>
        <translation>não gravado (a importação parou)</translation>
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
        <translation>Contato</translation>
    </message>
    <message>
        <source>Campaign and source</source>
        <translation>Campanha e origem</translation>
    </message>
    <message>
        <source>Score and segment</source>
        <translation>Pontuação e segmento</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Dados da empresa</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Tentativas anteriores</translation>
    </message>
    <message>
        <source>Why the lead came back</source>
        <translation>Por que o lead voltou</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
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
        <source>Score {score} · {segment} · {attempts} · consent {consent} · {where}</source>
        <translation>Pontuação {score} · {segment} · {attempts} · consentimento {consent} · {where}</translation>
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
        <source>revenue {amount} {currency}</source>
        <translation>faturamento {amount} {currency}</translation>
    </message>
    <message>
        <source>interest: {product}</source>
        <translation>interesse: {product}</translation>
    </message>
    <message>
        <source>{plural}: {touches}</source>
        <translation>{plural}: {touches}</translation>
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
        <translation>Registro do lead</translation>
    </message>
    <message>
        <source>Loading the lead record…</source>
        <translation>Carregando o registro do lead…</translation>
    </message>
    <message>
        <source>Take as &amp;inbound call</source>
        <translation>Atender como ligação &amp;recebida</translation>
    </message>
    <message>
        <source>The prospect is calling: take the lead now, whatever its calling window</source>
        <translation>O prospect está ligando: pegue o lead agora, qualquer que seja sua janela de ligações</translation>
    </message>
    <message>
        <source>Take and call &amp;out</source>
        <translation>Pegar e &amp;ligar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Não foi possível carregar o registro do lead.</translation>
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
        <translation>o horário do retorno não é uma data e hora</translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation>escolha primeiro um resultado</translation>
    </message>
    <message>
        <source>the recycle date is not a date</source>
        <translation>a data de reciclagem não é uma data</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>lease until {at}</source>
        <translation>reservado até {at}</translation>
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
        <translation>O banco de dados não está acessível: {problem}. Nada do que você digitou se perde; o lead continua aberto e a conexão é tentada novamente.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>Prospect&apos;s local time</source>
        <translation>Hora local do prospect</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Janela de ligações</translation>
    </message>
    <message>
        <source>Your own time</source>
        <translation>Sua própria hora</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Cronômetro da ligação</translation>
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
        <source>… {count} more time zones in between</source>
        <translation>… mais {count} fusos horários entre eles</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
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
        <translation>Usuário</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>ex.: rita.rep</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problema ao entrar</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Entrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
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
        <translation>Buscar um lead</translation>
    </message>
    <message>
        <source>Phone (any format), e-mail, name or company — then Enter</source>
        <translation>Telefone (qualquer formato), e-mail, nome ou empresa — depois Enter</translation>
    </message>
    <message>
        <source>Problem with the search</source>
        <translation>Problema na busca</translation>
    </message>
    <message>
        <source>What was searched</source>
        <translation>O que foi buscado</translation>
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
        <translation>Nenhum lead encontrado ({understood_as}).</translation>
    </message>
    <message>
        <source> — more match; type more to narrow it down</source>
        <translation> — há mais resultados; digite mais para refinar</translation>
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
        <translation>Aguardando em outra área</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Conectado como</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Aviso do relógio</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da sessão</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Alterar s&amp;enha…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajuda</translation>
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
        <source>{note}: {key} shows it</source>
        <translation>{note}: {key} mostra</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>Mostrar {area}</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Próxima área</translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation>Área anterior</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
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
        <translation>Fi&amp;car</translation>
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
        <translation>{text}: responda sim ou não</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not one of the options</source>
        <translation>{text}: {raw!r} não é uma das opções</translation>
    </message>
    <message>
        <source>{text}: {join} is not one of the options</source>
        <translation>{text}: {join} não é uma das opções</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a number</source>
        <translation>{text}: {raw!r} não é um número</translation>
    </message>
    <message>
        <source>{text}: at most two decimals</source>
        <translation>{text}: no máximo duas casas decimais</translation>
    </message>
    <message>
        <source>{text}: must be at least {floor}</source>
        <translation>{text}: deve ser pelo menos {floor}</translation>
    </message>
    <message>
        <source>{text}: must be at most {maximum}</source>
        <translation>{text}: deve ser no máximo {maximum}</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text}: {raw!r} não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>script {script}: {where}: {problem}</source>
        <translation>roteiro {script}: {where}: {problem}</translation>
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
        <translation>regra de ligações {place}: os dias da semana {weekdays!r} devem ser dígitos ISO de dia</translation>
    </message>
    <message>
        <source>calling rule {place}: a call cap must be at least 1</source>
        <translation>regra de ligações {place}: um limite de ligações deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>a calling window must start before it ends ({text})</source>
        <translation>uma janela de ligações deve começar antes de terminar ({text})</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>fuso horário desconhecido {name!r}</translation>
    </message>
    <message>
        <source>calling window {text!r} is not of the form HH:MM-HH:MM</source>
        <translation>a janela de ligações {text!r} não tem a forma HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>unknown status {strip!r}; use one of {known}</source>
        <translation>status desconhecido {strip!r}; use um de {known}</translation>
    </message>
    <message>
        <source>a partner cannot set a handoff to {value}</source>
        <translation>um parceiro não pode definir um repasse como {value}</translation>
    </message>
    <message>
        <source>this handoff has not been delivered to the partner yet</source>
        <translation>este repasse ainda não foi entregue ao parceiro</translation>
    </message>
    <message>
        <source>the partner let this handoff expire; the lead went to another partner</source>
        <translation>o parceiro deixou este repasse expirar; o lead foi para outro parceiro</translation>
    </message>
    <message>
        <source>this handoff is closed as {value}; it cannot become {target}</source>
        <translation>este repasse está encerrado como {value}; não pode passar a {target}</translation>
    </message>
    <message>
        <source>an active opportunity cannot be rejected any more; report it lost</source>
        <translation>uma oportunidade ativa não pode mais ser recusada; informe-a como perdida</translation>
    </message>
    <message>
        <source>a handoff that is {value} cannot go back to {value2}</source>
        <translation>um repasse que está {value} não pode voltar para {value2}</translation>
    </message>
    <message>
        <source>{replace} must be zero or more</source>
        <translation>{replace} deve ser zero ou mais</translation>
    </message>
    <message>
        <source>{replace} has more than two decimals</source>
        <translation>{replace} tem mais de duas casas decimais</translation>
    </message>
    <message>
        <source>say why the lead was {value}</source>
        <translation>diga por que o lead ficou {value}</translation>
    </message>
    <message>
        <source>an active opportunity needs its pipeline value</source>
        <translation>uma oportunidade ativa precisa do seu valor de pipeline</translation>
    </message>
    <message>
        <source>the close date {closed_on} is in the future</source>
        <translation>a data de fechamento {closed_on} está no futuro</translation>
    </message>
    <message>
        <source>{replace} {strip!r} is not an amount</source>
        <translation>{replace} {strip!r} não é um valor</translation>
    </message>
    <message>
        <source>{replace} {cleaned!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{replace} {cleaned!r} não é uma data (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>a won lead needs its revenue</source>
        <translation>um lead ganho precisa da sua receita</translation>
    </message>
    <message>
        <source>a won lead needs its close date</source>
        <translation>um lead ganho precisa da sua data de fechamento</translation>
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
        <translation>fixo</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fixo ou celular</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>gratuito</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>tarifa especial</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>custo compartilhado</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número pessoal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>caixa postal</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconhecido</translation>
    </message>
    <message>
        <source>{international} · national {national} · {type} · {zones}</source>
        <translation>{international} · nacional {national} · {type} · {zones}</translation>
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
        <translation>nenhuma coluna é reconhecida como nome ou empresa; mapeie uma</translation>
    </message>
    <message>
        <source>the mapping names a column {title!r} that the file does not have</source>
        <translation>o mapeamento cita uma coluna {title!r} que o arquivo não tem</translation>
    </message>
    <message>
        <source>the mapping gives column {title!r} an unknown field {name!r}; known fields: {join}</source>
        <translation>o mapeamento dá à coluna {title!r} um campo desconhecido {name!r}; campos conhecidos: {join}</translation>
    </message>
    <message>
        <source>a lead that is {label} cannot become {label2}</source>
        <translation>um lead que está {label} não pode passar a {label2}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>na fila</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>retorno</translation>
    </message>
    <message>
        <source>nurture</source>
        <translation>nutrição</translation>
    </message>
    <message>
        <source>sales ready</source>
        <translation>pronto para vendas</translation>
    </message>
    <message>
        <source>handed off</source>
        <translation>repassado</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>ligação de verificação</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>desqualificado</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>não ligar</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>mesclado</translation>
    </message>
    <message>
        <source>choose how the call went: no answer, busy, voicemail …</source>
        <translation>escolha como foi a ligação: não atende, ocupado, caixa postal …</translation>
    </message>
    <message>
        <source>pick the date and time of the callback</source>
        <translation>escolha a data e a hora do retorno</translation>
    </message>
    <message>
        <source>the callback time has no time zone</source>
        <translation>o horário do retorno não tem fuso horário</translation>
    </message>
    <message>
        <source>the callback time has passed; pick a later one</source>
        <translation>o horário do retorno já passou; escolha um posterior</translation>
    </message>
    <message>
        <source>a callback can be at most three months ahead</source>
        <translation>um retorno pode ser no máximo daqui a três meses</translation>
    </message>
    <message>
        <source>say why the lead is disqualified</source>
        <translation>diga por que o lead é desqualificado</translation>
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
        <translation>diga por que o lead vai para nutrição</translation>
    </message>
    <message>
        <source>pick the date to call this lead again</source>
        <translation>escolha a data para ligar de novo para este lead</translation>
    </message>
    <message>
        <source>the recycle date must be after today</source>
        <translation>a data de reciclagem deve ser depois de hoje</translation>
    </message>
    <message>
        <source>{label} must be at least {low}</source>
        <translation>{label} deve ser pelo menos {low}</translation>
    </message>
    <message>
        <source>name at least one country or region the partner covers</source>
        <translation>indique pelo menos um país ou região que o parceiro cobre</translation>
    </message>
    <message>
        <source>an active partner needs at least one active sales rep to send leads to</source>
        <translation>um parceiro ativo precisa de pelo menos um vendedor ativo para quem enviar leads</translation>
    </message>
    <message>
        <source>the partner needs a name</source>
        <translation>o parceiro precisa de um nome</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>o nome tem mais de 200 caracteres</translation>
    </message>
    <message>
        <source>tier {tier!r} is unknown; use {join}</source>
        <translation>o nível {tier!r} é desconhecido; use {join}</translation>
    </message>
    <message>
        <source>the acceptance SLA (hours) is missing</source>
        <translation>falta o SLA de aceitação (horas)</translation>
    </message>
    <message>
        <source>the acceptance SLA must be at most {MAX_SLA_HOURS} hours</source>
        <translation>o SLA de aceitação deve ser de no máximo {MAX_SLA_HOURS} horas</translation>
    </message>
    <message>
        <source>{label} {strip!r} is not a whole number</source>
        <translation>{label} {strip!r} não é um número inteiro</translation>
    </message>
    <message>
        <source>{region!r} is not a region; write country-region, like US-CA</source>
        <translation>{region!r} não é uma região; escreva país-região, como US-CA</translation>
    </message>
    <message>
        <source>{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)</source>
        <translation>{raw!r} não é um prefixo de CEP (como 941, ou US:941 para um só país)</translation>
    </message>
    <message>
        <source>sales rep e-mail {strip!r} is not valid: {reason}</source>
        <translation>o e-mail do vendedor {strip!r} não é válido: {reason}</translation>
    </message>
    <message>
        <source>sales rep {normalized} is listed twice</source>
        <translation>o vendedor {normalized} aparece duas vezes</translation>
    </message>
    <message>
        <source>segment {segment!r} is unknown; use {join}</source>
        <translation>o segmento {segment!r} é desconhecido; use {join}</translation>
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
        <translation>o período começa ({start}) depois de terminar ({end})</translation>
    </message>
    <message>
        <source>{label} is not a no-contact disposition</source>
        <translation>{label} não é um resultado sem contato</translation>
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
        <translation>[retry] max_attempts deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>[retry] nurture_recycle_days must be at least 1</source>
        <translation>[retry] nurture_recycle_days deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>[retry] delays_minutes: {name!r} is not a no-contact disposition ({known})</source>
        <translation>[retry] delays_minutes: {name!r} não é um resultado sem contato ({known})</translation>
    </message>
    <message>
        <source>[retry] delays_minutes.{name}: every delay must be positive minutes</source>
        <translation>[retry] delays_minutes.{name}: cada espera deve ser um número positivo de minutos</translation>
    </message>
    <message>
        <source>{login} ({lower}) may not {value}</source>
        <translation>{login} ({lower}) não pode {value}</translation>
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
        <translation>o usuário {login!r} deve começar com uma letra e usar só a-z, 0-9, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (de 2 a 64 caracteres)</translation>
    </message>
    <message>
        <source>{login} is deactivated; ask an administrator</source>
        <translation>{login} está desativado; fale com um administrador</translation>
    </message>
    <message>
        <source>this database has an administrator; act as one with --as LOGIN</source>
        <translation>este banco de dados tem um administrador; aja como ele com --as USUÁRIO</translation>
    </message>
    <message>
        <source>a user {login!r} exists already</source>
        <translation>já existe um usuário {login!r}</translation>
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
        <translation>o roteiro não é válido: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}, question {question}: {problem}</source>
        <translation>tela {screen}, pergunta {question}: {problem}</translation>
    </message>
    <message>
        <source>screen {screen}: {problem}</source>
        <translation>tela {screen}: {problem}</translation>
    </message>
    <message>
        <source>question {question}: {problem}</source>
        <translation>pergunta {question}: {problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (e mais {count})</translation>
    </message>
    <message>
        <source>a script needs at least one screen</source>
        <translation>um roteiro precisa de pelo menos uma tela</translation>
    </message>
    <message>
        <source>a script is a JSON object with name, screens and pass_rules</source>
        <translation>um roteiro é um objeto JSON com name, screens e pass_rules</translation>
    </message>
    <message>
        <source>the script needs a name</source>
        <translation>o roteiro precisa de um nome</translation>
    </message>
    <message>
        <source>there are no pass rules: every lead would be graded D</source>
        <translation>não há regras de aprovação: todo lead receberia nota D</translation>
    </message>
    <message>
        <source>screen number {number} has no key</source>
        <translation>a tela número {number} não tem chave</translation>
    </message>
    <message>
        <source>jumps to screen {target!r}, which does not exist</source>
        <translation>salta para a tela {target!r}, que não existe</translation>
    </message>
    <message>
        <source>jumps back to screen {target!r}: a path could loop and never end</source>
        <translation>volta para a tela {target!r}: um caminho poderia entrar em loop e nunca terminar</translation>
    </message>
    <message>
        <source>branches on {value!r}, which is not one of its answers</source>
        <translation>ramifica por {value!r}, que não é uma das suas respostas</translation>
    </message>
    <message>
        <source>no path reaches this screen</source>
        <translation>nenhum caminho chega a esta tela</translation>
    </message>
    <message>
        <source>two screens have this key</source>
        <translation>duas telas têm esta chave</translation>
    </message>
    <message>
        <source>a question is not an object</source>
        <translation>uma pergunta não é um objeto</translation>
    </message>
    <message>
        <source>another question has this key</source>
        <translation>outra pergunta tem esta chave</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>segunda-feira</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>terça-feira</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>quarta-feira</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>quinta-feira</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>sexta-feira</translation>
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
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
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
        <translation>{time:%H:%M} em {zone}: {reason}</translation>
    </message>
    <message>
        <source>the default rule</source>
        <translation>a regra padrão</translation>
    </message>
    <message>
        <source>the prospect&apos;s time zone is unknown</source>
        <translation>o fuso horário do prospect é desconhecido</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} is a legal holiday in {place}</source>
        <translation>{day:%Y-%m-%d} é feriado em {place}</translation>
    </message>
    <message>
        <source>no calls on {weekday} in {place}</source>
        <translation>{weekday}: sem ligações em {place}</translation>
    </message>
    <message>
        <source>outside the calling window {window} of {place}</source>
        <translation>fora da janela de ligações {window} de {place}</translation>
    </message>
    <message>
        <source> (poor check-call record)</source>
        <translation> (histórico ruim nas ligações de verificação)</translation>
    </message>
    <message>
        <source>customers say it contacted {contacted} of {reached} ({rate:.0%})</source>
        <translation>segundo os clientes, contatou {contacted} de {reached} ({rate:.0%})</translation>
    </message>
    <message>
        <source>every handoff</source>
        <translation>todos os repasses</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>the segment must be one of {segments}</source>
        <translation>o segmento deve ser um de {segments}</translation>
    </message>
    <message>
        <source>the check call comes 1 to 30 business days after delivery</source>
        <translation>a ligação de verificação é feita de 1 a 30 dias úteis após o envio</translation>
    </message>
    <message>
        <source>the share of handoffs to check is 0 to 100 %</source>
        <translation>a proporção de repasses a verificar vai de 0 a 100 %</translation>
    </message>
    <message>
        <source>the minimum per partner and month is 0 to 1000</source>
        <translation>o mínimo por parceiro e mês vai de 0 a 1000</translation>
    </message>
    <message>
        <source>partners with a poor record are checked more often: {share} to 100 %, not {poor_share}</source>
        <translation>parceiros com histórico ruim são verificados com mais frequência: de {share} a 100 %, não {poor_share}</translation>
    </message>
    <message>
        <source>the partner already reported the lead {status}</source>
        <translation>o parceiro já informou o lead como {status}</translation>
    </message>
    <message>
        <source>the handoff is {status}</source>
        <translation>o repasse está {status}</translation>
    </message>
    <message>
        <source>at least {minimum} per partner a month ({so_far} so far)</source>
        <translation>pelo menos {minimum} por parceiro por mês ({so_far} até agora)</translation>
    </message>
    <message>
        <source>not in the {share} % sample</source>
        <translation>fora da amostra de {share} %</translation>
    </message>
    <message>
        <source>the partner&apos;s call cannot be in the future</source>
        <translation>a ligação do parceiro não pode estar no futuro</translation>
    </message>
    <message>
        <source>no check call answered yet</source>
        <translation>nenhuma ligação de verificação respondida ainda</translation>
    </message>
    <message>
        <source>, satisfaction {satisfaction:.1f}/5</source>
        <translation>, satisfação {satisfaction:.1f}/5</translation>
    </message>
    <message>
        <source>, at least {minimum} per partner a month</source>
        <translation>, pelo menos {minimum} por parceiro por mês</translation>
    </message>
    <message>
        <source>, {share} % for partners with a poor record</source>
        <translation>, {share} % para parceiros com histórico ruim</translation>
    </message>
    <message>
        <source>every handoff is checked</source>
        <translation>todos os repasses são verificados</translation>
    </message>
    <message>
        <source>in the {share} % sample</source>
        <translation>na amostra de {share} %</translation>
    </message>
    <message>
        <source>rate the experience from 1 to 5</source>
        <translation>avalie a experiência de 1 a 5</translation>
    </message>
    <message>
        <source>the day of the partner&apos;s call is not a date</source>
        <translation>o dia da ligação do parceiro não é uma data</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceito</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>recusado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirado</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>won</source>
        <translation>ganho</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, {rep}): the lead cannot be handed off</source>
        <translation>o prospect recusou o repasse dos seus dados a um parceiro ({at:%Y-%m-%d %H:%M} UTC, {rep}): o lead não pode ser repassado</translation>
    </message>
    <message>
        <source>the dial URI template must start with tel:, sip: or callto: and contain {{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}</source>
        <translation>o modelo de URI de discagem deve começar com tel:, sip: ou callto: e conter {{number}} ou {{digits}}, ex.: tel:{{number}}; não {template!r}</translation>
    </message>
    <message>
        <source>the dial command template must pass the number as an argument ({{number}} or {{digits}}), e.g. softphone --dial {{number}}; not {template!r}</source>
        <translation>o modelo do comando de discagem deve passar o número como argumento ({{number}} ou {{digits}}), ex.: softphone --dial {{number}}; não {template!r}</translation>
    </message>
    <message>
        <source>the dial command template cannot be split into arguments ({problem}): {template!r}</source>
        <translation>o modelo do comando de discagem não pode ser dividido em argumentos ({problem}): {template!r}</translation>
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
        <translation>várias colunas estão mapeadas para {columns}</translation>
    </message>
    <message>
        <source>no column is recognised as phone or e-mail; map one (columns: {columns})</source>
        <translation>nenhuma coluna é reconhecida como telefone ou e-mail; mapeie uma (colunas: {columns})</translation>
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
        <translation>&quot;segments&quot; está faltando</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>&quot;points&quot; está faltando</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be a list of rules</source>
        <translation>&quot;queues&quot; deve ser uma lista de regras</translation>
    </message>
    <message>
        <source>the queue rules have no catch-all rule (one without conditions)</source>
        <translation>as regras de fila não têm uma regra geral (uma sem condições)</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; is missing</source>
        <translation>&quot;points.{name}&quot; está faltando</translation>
    </message>
    <message>
        <source>queue rule {index} has no queue name</source>
        <translation>a regra de fila {index} não tem nome de fila</translation>
    </message>
    <message>
        <source>queue rule {index} has unknown conditions: {conditions}</source>
        <translation>a regra de fila {index} tem condições desconhecidas: {conditions}</translation>
    </message>
    <message>
        <source>&quot;segments.{key}&quot; must be a number</source>
        <translation>&quot;segments.{key}&quot; deve ser um número</translation>
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
        <translation>não foi possível iniciar o comando de discagem {command!r}: {problem}</translation>
    </message>
    <message>
        <source>{name} has {count:,} columns; an import reads at most {most:,}</source>
        <translation>{name} tem {count:,} colunas; uma importação lê no máximo {most:,}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into smaller files</source>
        <translation>{name} tem {size:,.0f} MB, mais que os {most:,} MB que uma importação lê; divida-o em arquivos menores</translation>
    </message>
    <message>
        <source>{name}: old .xls files are not supported; save it as .xlsx or CSV</source>
        <translation>{name}: arquivos .xls antigos não são suportados; salve-o como .xlsx ou CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)</source>
        <translation>{name} é um arquivo ZIP, não um arquivo CSV (um arquivo XLSX? dê a ele a extensão .xlsx)</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save it as CSV or XLSX</source>
        <translation>{name} não é um arquivo de texto (contém dados binários); salve-o como CSV ou XLSX</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <source>{name} has a header cell longer than {most:,} characters</source>
        <translation>{name} tem uma célula de cabeçalho com mais de {most:,} caracteres</translation>
    </message>
    <message>
        <source>unknown table format {fmt!r}; use csv or xlsx</source>
        <translation>formato de tabela desconhecido {fmt!r}; use csv ou xlsx</translation>
    </message>
    <message>
        <source>{name} has no header row</source>
        <translation>{name} não tem linha de cabeçalho</translation>
    </message>
    <message>
        <source>{name}: the header row cannot be read ({problem})</source>
        <translation>{name}: não é possível ler a linha de cabeçalho ({problem})</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file ({problem})</source>
        <translation>{name} não é um arquivo XLSX legível ({problem})</translation>
    </message>
    <message>
        <source>{name} is a damaged XLSX file ({problem})</source>
        <translation>{name} é um arquivo XLSX danificado ({problem})</translation>
    </message>
    <message>
        <source>cannot write {path}: {strerror}</source>
        <translation>não é possível gravar {path}: {strerror}</translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: it holds a cell far longer than an import reads, or is damaged</source>
        <translation>{name}: {filename} se descompacta em {size:,.0f} MB a partir de {packed:,.0f} KB: contém uma célula muito mais longa do que uma importação lê, ou está danificado</translation>
    </message>
    <message>
        <source>{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB an import holds; split the file or save it as CSV</source>
        <translation>{name}: {what} se descompactam em {size:,.0f} MB, mais que os {most:,} MB que uma importação comporta; divida o arquivo ou salve-o como CSV</translation>
    </message>
    <message>
        <source>cannot reach the database ({where}): {detail}</source>
        <translation>não é possível acessar o banco de dados ({where}): {detail}</translation>
    </message>
    <message>
        <source>{where} is busy (another program holds a write lock)</source>
        <translation>{where} está ocupado (outro programa tem um bloqueio de escrita)</translation>
    </message>
    <message>
        <source>{where} is busy: this workstation&apos;s connection stayed in use</source>
        <translation>{where} está ocupado: a conexão desta estação continuou em uso</translation>
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
        <translation>senhas incorretas demais para {login}; tente de novo em {wait} s</translation>
    </message>
    <message>
        <source>signed out: this connection is closed</source>
        <translation>sessão encerrada: esta conexão está fechada</translation>
    </message>
    <message>
        <source>the database refuses this workstation&apos;s sign-in role {role}: ask an administrator for its password (sign_in_password in the settings)</source>
        <translation>o banco de dados recusa o papel de login {role} desta estação: peça a senha dele a um administrador (sign_in_password nas configurações)</translation>
    </message>
    <message>
        <source>the database schema ({current}) is older than this version of Qualifier ({head}); run `qualifier db upgrade`</source>
        <translation>o esquema do banco de dados ({current}) é mais antigo que esta versão do Qualifier ({head}); execute `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({current}) is newer than this version of Qualifier ({head}); install the newer Qualifier instead</source>
        <translation>o esquema do banco de dados ({current}) é mais novo que esta versão do Qualifier ({head}); instale a versão mais nova do Qualifier</translation>
    </message>
    <message>
        <source>this database was not created by Qualifier (no schema version found)</source>
        <translation>este banco de dados não foi criado pelo Qualifier (nenhuma versão de esquema encontrada)</translation>
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
        <translation>a janela de ligações deve começar antes de terminar</translation>
    </message>
    <message>
        <source>calling window {text!r} must read like 09:00-18:00</source>
        <translation>a janela de ligações {text!r} deve ser escrita como 09:00-18:00</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; use a name like Europe/Berlin</source>
        <translation>o fuso horário {name!r} é desconhecido; use um nome como Europe/Berlin</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>o centro precisa de um nome</translation>
    </message>
    <message>
        <source>this database is set up already; sign in as an administrator</source>
        <translation>este banco de dados já está configurado; entre como administrador</translation>
    </message>
    <message>
        <source>the password must have at least {MIN_PASSWORD_LENGTH} characters</source>
        <translation>a senha deve ter pelo menos {MIN_PASSWORD_LENGTH} caracteres</translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <translation>a senha não deve começar nem terminar com espaços</translation>
    </message>
    <message>
        <source>the password must not contain the login</source>
        <translation>a senha não deve conter o usuário</translation>
    </message>
    <message>
        <source>the password is too simple: use more different characters</source>
        <translation>a senha é simples demais: use caracteres mais variados</translation>
    </message>
    <message>
        <source>choose a new password, not the current one again</source>
        <translation>escolha uma senha nova, não a atual de novo</translation>
    </message>
    <message>
        <source>there is no user {login!r}</source>
        <translation>não existe o usuário {login!r}</translation>
    </message>
    <message>
        <source>{login} is the last active administrator; make someone else one first</source>
        <translation>{login} é o último administrador ativo; torne outra pessoa administrador primeiro</translation>
    </message>
    <message>
        <source>role {role!r} is not one of {choices}</source>
        <translation>a função {role!r} não é uma de {choices}</translation>
    </message>
    <message>
        <source>there is no team {team!r}</source>
        <translation>não existe a equipe {team!r}</translation>
    </message>
    <message>
        <source>the team {name} is deactivated</source>
        <translation>a equipe {name} está desativada</translation>
    </message>
    <message>
        <source>there is no active user {login!r}</source>
        <translation>não existe usuário ativo {login!r}</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>você não pode desativar a si mesmo</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>a senha atual está incorreta</translation>
    </message>
    <message>
        <source>there is no team {name!r}</source>
        <translation>não existe a equipe {name!r}</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {max} s</source>
        <translation>senhas incorretas demais para {login}; tente de novo em {max} s</translation>
    </message>
    <message>
        <source>{login} is deactivated</source>
        <translation>{login} está desativado</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Antes → depois</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <source>the period ends ({until}) before it starts ({since})</source>
        <translation>o período termina ({until}) antes de começar ({since})</translation>
    </message>
    <message>
        <source>lead {lead_id} cannot exist: ids start at 1</source>
        <translation>o lead {lead_id} não pode existir: os números começam em 1</translation>
    </message>
    <message>
        <source>{name}: the audit log is exported as a .csv file</source>
        <translation>{name}: o registro de auditoria é exportado como arquivo .csv</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Ligações por dia</translation>
    </message>
    <message>
        <source>Calls a week</source>
        <translation>Ligações por semana</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feriados</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>Default (everywhere else)</source>
        <translation>Padrão (todos os outros lugares)</translation>
    </message>
    <message>
        <source>{strip!r} is not a place: a country code (US) or country-region (US-FL)</source>
        <translation>{strip!r} não é um lugar: um código de país (US) ou país-região (US-FL)</translation>
    </message>
    <message>
        <source>the window must end after it starts ({strip})</source>
        <translation>a janela deve terminar depois de começar ({strip})</translation>
    </message>
    <message>
        <source>the window must be at least an hour long</source>
        <translation>a janela deve durar pelo menos uma hora</translation>
    </message>
    <message>
        <source>choose at least one day of the week for calls</source>
        <translation>escolha pelo menos um dia da semana para ligações</translation>
    </message>
    <message>
        <source>the weekly cap cannot be below the daily cap</source>
        <translation>o limite semanal não pode ser menor que o diário</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos os dias</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM)</source>
        <translation>{value} não é uma hora do dia (HH:MM)</translation>
    </message>
    <message>
        <source>a cap must be at least 1 call (leave it empty for no cap)</source>
        <translation>um limite deve ser de pelo menos 1 ligação (deixe vazio para não limitar)</translation>
    </message>
    <message>
        <source>there is no calling rule for {value}</source>
        <translation>não há regra de ligações para {value}</translation>
    </message>
    <message>
        <source>the default rule can be changed, not removed</source>
        <translation>a regra padrão pode ser alterada, não removida</translation>
    </message>
    <message>
        <source>{value} has no calling rule: add its rule first</source>
        <translation>{value} não tem regra de ligações: adicione a regra primeiro</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is already a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} já é feriado em {value}</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is not a holiday in {value}</source>
        <translation>{on:%Y-%m-%d} não é feriado em {value}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
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
        <translation>Canal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primeiro dia</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último dia</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>a campaign&apos;s {field} has at most {limit} characters</source>
        <translation>o campo {field} de uma campanha tem no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>the campaign starts ({starts_on}) after it ends ({ends_on})</source>
        <translation>a campanha começa ({starts_on}) depois de terminar ({ends_on})</translation>
    </message>
    <message>
        <source>{text!r} is not a list of whole minutes such as 120, 240, 1440</source>
        <translation>{text!r} não é uma lista de minutos inteiros como 120, 240, 1440</translation>
    </message>
    <message>
        <source>the attempt cap must be 1 to {most} calls, not {given}</source>
        <translation>o limite de tentativas deve ser de 1 a {most} ligações, não {given}</translation>
    </message>
    <message>
        <source>nurture leads come back after 1 to {most} days, not {given}</source>
        <translation>os leads em nutrição voltam após 1 a {most} dias, não {given}</translation>
    </message>
    <message>
        <source>{name!r} is not a no-contact disposition ({known})</source>
        <translation>{name!r} não é um resultado sem contato ({known})</translation>
    </message>
    <message>
        <source>at most {most} delays; the last one repeats</source>
        <translation>no máximo {most} esperas; a última se repete</translation>
    </message>
    <message>
        <source>every delay must be 1 to {most} minutes (90 days)</source>
        <translation>cada espera deve ser de 1 a {most} minutos (90 dias)</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue.</source>
        <translation>De {examined:,} leads na fila ainda não trabalhados: {score:,} mudam de pontuação, {segment:,} de segmento, {queue:,} de fila.</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue; the queues {new} would be created.</source>
        <translation>De {examined:,} leads na fila ainda não trabalhados: {score:,} mudam de pontuação, {segment:,} de segmento, {queue:,} de fila; as filas {new} seriam criadas.</translation>
    </message>
    <message>
        <source>there is no version {version} of the scoring rules</source>
        <translation>não existe a versão {version} das regras de pontuação</translation>
    </message>
    <message>
        <source>someone saved version {version} of the scoring rules a moment ago: open them and make your change again</source>
        <translation>alguém salvou a versão {version} das regras de pontuação há um instante: abra-as e faça sua alteração de novo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>Telas</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualificações</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Salvo (UTC)</translation>
    </message>
    <message>
        <source>there is no script {which}</source>
        <translation>não existe o roteiro {which}</translation>
    </message>
    <message>
        <source>someone saved version {version} of {name} a moment ago: open it and make your change again</source>
        <translation>alguém salvou a versão {version} de {name} há um instante: abra-o e faça sua alteração de novo</translation>
    </message>
    <message>
        <source>the {what} needs a name</source>
        <translation>{what} precisa de um nome</translation>
    </message>
    <message>
        <source>the {what} name must have at most 80 characters</source>
        <translation>o nome de {what} deve ter no máximo 80 caracteres</translation>
    </message>
    <message>
        <source>segment {segment!r} is not one of {join}</source>
        <translation>o segmento {segment!r} não é um de {join}</translation>
    </message>
    <message>
        <source>{login} ({role}) does not work leads</source>
        <translation>{login} ({role}) não trabalha leads</translation>
    </message>
    <message>
        <source>a team {name!r} exists already</source>
        <translation>já existe uma equipe {name!r}</translation>
    </message>
    <message>
        <source>a queue {name!r} exists already</source>
        <translation>já existe uma fila {name!r}</translation>
    </message>
    <message>
        <source>the team {name} is not one of your teams</source>
        <translation>a equipe {name} não é uma das suas equipes</translation>
    </message>
    <message>
        <source>there is no queue {name!r}</source>
        <translation>não existe a fila {name!r}</translation>
    </message>
    <message>
        <source>the queue {name} is not one of your teams&apos; queues</source>
        <translation>a fila {name} não é de nenhuma das suas equipes</translation>
    </message>
    <message>
        <source>{login} may not create teams; ask an administrator</source>
        <translation>{login} não pode criar equipes; fale com um administrador</translation>
    </message>
    <message>
        <source>a team {new_name!r} exists already</source>
        <translation>já existe uma equipe {new_name!r}</translation>
    </message>
    <message>
        <source>a queue {new_name!r} exists already</source>
        <translation>já existe uma fila {new_name!r}</translation>
    </message>
    <message>
        <source>{login} is not in your teams</source>
        <translation>{login} não está nas suas equipes</translation>
    </message>
    <message>
        <source>choose another, open queue than {move_to!r}</source>
        <translation>escolha outra fila aberta, diferente de {move_to!r}</translation>
    </message>
    <message>
        <source>{people} active people are in the team {name}; move them to another team first</source>
        <translation>há {people} pessoas ativas na equipe {name}; mova-as primeiro para outra equipe</translation>
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
        <translation>um lead não pode estar ao mesmo tempo atribuído a um agente e sem atribuição</translation>
    </message>
    <message>
        <source>{status!r} is not a lead status ({join})</source>
        <translation>{status!r} não é um status de lead ({join})</translation>
    </message>
    <message>
        <source>cannot sort leads by {sort!r}</source>
        <translation>não é possível ordenar os leads por {sort!r}</translation>
    </message>
    <message>
        <source>a page is 1 to {MAX_PAGE} leads from offset 0 on</source>
        <translation>uma página tem de 1 a {MAX_PAGE} leads a partir da posição 0</translation>
    </message>
    <message>
        <source>{moved}; {count} not moved</source>
        <translation>{moved}; {count} não movidos</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>a fila {name}</translation>
    </message>
    <message>
        <source>{count} lead moved to {target}</source>
        <translation>{count} lead movido para {target}</translation>
    </message>
    <message>
        <source>{count} leads moved to {target}</source>
        <translation>{count} leads movidos para {target}</translation>
    </message>
    <message>
        <source>not one of your teams&apos; leads</source>
        <translation>não é um lead das suas equipes</translation>
    </message>
    <message>
        <source>changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and try again</source>
        <translation>mudou desde que você o carregou (agora {status}, às {at:%H:%M:%S} UTC); recarregue e tente de novo</translation>
    </message>
    <message>
        <source>is {status}; only queued leads and callbacks move</source>
        <translation>está {status}; só leads na fila e retornos são movidos</translation>
    </message>
    <message>
        <source>{rep} is working on it right now</source>
        <translation>{rep} está trabalhando nele agora mesmo</translation>
    </message>
    <message>
        <source>{rep} is working on it right now; select it to take it away</source>
        <translation>{rep} está trabalhando nele agora mesmo; selecione-o para tirá-lo dele</translation>
    </message>
    <message>
        <source>already with {rep}</source>
        <translation>já está com {rep}</translation>
    </message>
    <message>
        <source>already in {queue}</source>
        <translation>já está em {queue}</translation>
    </message>
    <message>
        <source>move leads either to a rep or to a queue</source>
        <translation>mova os leads para um agente ou para uma fila</translation>
    </message>
    <message>
        <source>choose a different rep to take the callbacks</source>
        <translation>escolha outro agente para assumir os retornos</translation>
    </message>
    <message>
        <source>there is no queue {queue_id}</source>
        <translation>não existe a fila {queue_id}</translation>
    </message>
    <message>
        <source>the queue {name} is closed</source>
        <translation>a fila {name} está fechada</translation>
    </message>
    <message>
        <source>select at least one lead to move</source>
        <translation>selecione pelo menos um lead para mover</translation>
    </message>
    <message>
        <source>choose at least one filter (status, queue, campaign, region, rep …) before moving everything that matches</source>
        <translation>escolha pelo menos um filtro (status, fila, campanha, região, agente …) antes de mover tudo o que corresponde</translation>
    </message>
    <message>
        <source>more than {MAX_FILTER_MOVE:,} leads match; narrow the filter</source>
        <translation>mais de {MAX_FILTER_MOVE:,} leads correspondem; refine o filtro</translation>
    </message>
    <message>
        <source>there is no user {rep_id}</source>
        <translation>não existe o usuário {rep_id}</translation>
    </message>
    <message>
        <source>{name} does not work leads; choose a rep</source>
        <translation>{name} não trabalha leads; escolha um agente</translation>
    </message>
    <message>
        <source>{name} is deactivated; choose another rep</source>
        <translation>{name} está desativado; escolha outro agente</translation>
    </message>
    <message>
        <source>{name} is not in your teams</source>
        <translation>{name} não está nas suas equipes</translation>
    </message>
    <message>
        <source>{name} does not work leads</source>
        <translation>{name} não trabalha leads</translation>
    </message>
    <message>
        <source>{name} is {value} already</source>
        <translation>{name} já está {value}</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>it is empty (leave the option out instead)</source>
        <translation>está vazio (omita a opção em vez disso)</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>o nome do arquivo está vazio</translation>
    </message>
    <message>
        <source>the rejects file {path} exists already; add --force to replace it</source>
        <translation>o arquivo de rejeições {path} já existe; adicione --force para substituí-lo</translation>
    </message>
    <message>
        <source>cannot use {name}: {problem}</source>
        <translation>não é possível usar {name}: {problem}</translation>
    </message>
    <message>
        <source>{name} is not a file name</source>
        <translation>{name} não é um nome de arquivo</translation>
    </message>
    <message>
        <source>the file name {name} is too long for this system (at most 255 characters a name)</source>
        <translation>o nome de arquivo {name} é longo demais para este sistema (no máximo 255 caracteres por nome)</translation>
    </message>
    <message>
        <source>--remove takes the policy away: it cannot go with {options}</source>
        <translation>--remove retira a política: não pode ir com {options}</translation>
    </message>
    <message>
        <source>there is no database at {path}; `qualifier setup` sets up a new center there (`qualifier db upgrade` makes an empty one)</source>
        <translation>não há banco de dados em {path}; `qualifier setup` configura ali uma nova central (`qualifier db upgrade` cria um vazio)</translation>
    </message>
    <message>
        <source>interrupted: the rows stored so far are kept; import {name} again to add the rest (the rows already imported are skipped)</source>
        <translation>interrompido: as linhas gravadas até agora são mantidas; importe {name} de novo para adicionar o restante (as linhas já importadas são ignoradas)</translation>
    </message>
    <message>
        <source>give --max-attempts, --delay or --recycle-days</source>
        <translation>informe --max-attempts, --delay ou --recycle-days</translation>
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
        <source>Center changed</source>
        <translation>Central alterada</translation>
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
        <source>Partner reminder failed</source>
        <translation>Lembrete ao parceiro falhou</translation>
    </message>
    <message>
        <source>Partner reminder given up</source>
        <translation>Lembrete ao parceiro abandonado</translation>
    </message>
    <message>
        <source>Partner reminder unknown</source>
        <translation>Lembrete ao parceiro incerto</translation>
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
        <source>Inquiry import cancelled</source>
        <translation>Importação de consultas cancelada</translation>
    </message>
    <message>
        <source>Inquiry import failed</source>
        <translation>Falha na importação de consultas</translation>
    </message>
    <message>
        <source>Inquiry import interrupted</source>
        <translation>Importação de consultas interrompida</translation>
    </message>
    <message>
        <source>Inquiries imported</source>
        <translation>Consultas importadas</translation>
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
        <source>Lead kept in nurture: the prospect said no to more calls</source>
        <translation>Lead mantido em nutrição: o prospect não quer mais ligações</translation>
    </message>
    <message>
        <source>Lead released</source>
        <translation>Lead liberado</translation>
    </message>
    <message>
        <source>Lead placed again in its time zones</source>
        <translation>Lead recolocado em seus fusos horários</translation>
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
        <source>Leads placed again in their time zones</source>
        <translation>Leads recolocados em seus fusos horários</translation>
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
        <source>Report exported</source>
        <translation>Relatório exportado</translation>
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
        <translation>regra de ligações</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campanha</translation>
    </message>
    <message>
        <source>center</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>check call policy</source>
        <translation>política de ligações de verificação</translation>
    </message>
    <message>
        <source>command-line session</source>
        <translation>sessão de linha de comando</translation>
    </message>
    <message>
        <source>database</source>
        <translation>banco de dados</translation>
    </message>
    <message>
        <source>do-not-call registry</source>
        <translation>registro de não ligar</translation>
    </message>
    <message>
        <source>do-not-call entry</source>
        <translation>entrada de não ligar</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportação</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>repasse</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>login</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>caixa de saída</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>parceiro</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publicação</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualificação</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>fila</translation>
    </message>
    <message>
        <source>report</source>
        <translation>relatório</translation>
    </message>
    <message>
        <source>retry settings</source>
        <translation>configurações de nova tentativa</translation>
    </message>
    <message>
        <source>scoring rules</source>
        <translation>regras de pontuação</translation>
    </message>
    <message>
        <source>script</source>
        <translation>roteiro</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>added at</source>
        <translation>adicionado em</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>já importados</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicados</translation>
    </message>
    <message>
        <source>assigned rep</source>
        <translation>agente atribuído</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentativa</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentativas</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>dias úteis</translation>
    </message>
    <message>
        <source>by</source>
        <translation>por</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>tentativa de ligação</translation>
    </message>
    <message>
        <source>callbacks returned</source>
        <translation>retornos devolvidos</translation>
    </message>
    <message>
        <source>open capacity</source>
        <translation>capacidade livre</translation>
    </message>
    <message>
        <source>weekly capacity</source>
        <translation>capacidade semanal</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterados</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>check</source>
        <translation>verificação</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>fechado em</translation>
    </message>
    <message>
        <source>computed grade</source>
        <translation>nota calculada</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimento</translation>
    </message>
    <message>
        <source>contact correction</source>
        <translation>correção de contato</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>custo</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisão</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nome de exibição</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>resultado da ligação</translation>
    </message>
    <message>
        <source>added to do-not-call</source>
        <translation>adicionados a não ligar</translation>
    </message>
    <message>
        <source>due at</source>
        <translation>vence em</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>termina em</translation>
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
        <translation>expira em</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>logins com falha</translation>
    </message>
    <message>
        <source>field</source>
        <translation>campo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>número</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>files</source>
        <translation>arquivos</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtros</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>sinalizado</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>acompanhamento</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>nota</translation>
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
        <translation>última tentativa</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>status do lead</translation>
    </message>
    <message>
        <source>leads returned</source>
        <translation>leads devolvidos</translation>
    </message>
    <message>
        <source>hold expires at</source>
        <translation>reserva expira em</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>reservado por</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>carregados</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>bloqueado até</translation>
    </message>
    <message>
        <source>login</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membros</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensagem</translation>
    </message>
    <message>
        <source>minimum per month</source>
        <translation>mínimo por mês</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>movidos</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>precisa alterar a senha</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>next call</source>
        <translation>próxima ligação</translation>
    </message>
    <message>
        <source>on</source>
        <translation>em</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>partner&apos;s rep</source>
        <translation>vendedor do parceiro</translation>
    </message>
    <message>
        <source>period</source>
        <translation>período</translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation>valor de pipeline</translation>
    </message>
    <message>
        <source>points</source>
        <translation>pontos</translation>
    </message>
    <message>
        <source>share when poor (%)</source>
        <translation>proporção se ruim (%)</translation>
    </message>
    <message>
        <source>postal code prefixes</source>
        <translation>prefixos de CEP</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioridade</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produtos</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposto</translation>
    </message>
    <message>
        <source>proposed partner</source>
        <translation>parceiro proposto</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatário</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recomendação</translation>
    </message>
    <message>
        <source>back from nurture on</source>
        <translation>volta da nutrição em</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiões</translation>
    </message>
    <message>
        <source>national registries honoured</source>
        <translation>cadastros nacionais respeitados</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>reminded at</source>
        <translation>lembrado em</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>agentes</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitação</translation>
    </message>
    <message>
        <source>retention days</source>
        <translation>dias de retenção</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>linhas</translation>
    </message>
    <message>
        <source>rows changed</source>
        <translation>linhas alteradas</translation>
    </message>
    <message>
        <source>score</source>
        <translation>pontuação</translation>
    </message>
    <message>
        <source>screens</source>
        <translation>telas</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semente</translation>
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
        <translation>sessão</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>proporção (%)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA violado</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>horas de SLA</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>começa em</translation>
    </message>
    <message>
        <source>state</source>
        <translation>status de trabalho</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>motivo do status</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>obtido em</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>nível</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuso horário</translation>
    </message>
    <message>
        <source>to</source>
        <translation>para</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizados</translation>
    </message>
    <message>
        <source>value fingerprint</source>
        <translation>impressão digital do valor</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por quê</translation>
    </message>
    <message>
        <source>window</source>
        <translation>janela</translation>
    </message>
    <message>
        <source>won revenue</source>
        <translation>receita ganha</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>estação de trabalho</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text</source>
        <translation>&quot;{field}&quot; deve ser um texto</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be an object</source>
        <translation>&quot;{field}&quot; deve ser um objeto</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number, at least 1</source>
        <translation>&quot;{field}&quot; deve ser um número inteiro, no mínimo 1</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a list</source>
        <translation>&quot;{field}&quot; deve ser uma lista</translation>
    </message>
    <message>
        <source>the rules of {places} leave no common calling hours</source>
        <translation>as regras de {places} não deixam horário de ligação em comum</translation>
    </message>
    <message>
        <source>{never}</source>
        <translation>{never}</translation>
    </message>
    <message>
        <source>the legal holidays of {year} are not listed for {place}: add them to its calling rules</source>
        <translation>os feriados legais de {year} não estão cadastrados para {place}: adicione-os às regras de chamada do local</translation>
    </message>
    <message>
        <source>{count} call in any 24 hours</source>
        <translation>{count} ligação em 24 horas</translation>
    </message>
    <message>
        <source>{count} calls in any 24 hours</source>
        <translation>{count} ligações em 24 horas</translation>
    </message>
    <message>
        <source>{count} call in any 7 days</source>
        <translation>{count} ligação em 7 dias</translation>
    </message>
    <message>
        <source>{count} calls in any 7 days</source>
        <translation>{count} ligações em 7 dias</translation>
    </message>
    <message>
        <source>{count} business day after delivery, {share}</source>
        <translation>{count} dia útil após o envio, {share}</translation>
    </message>
    <message>
        <source>{count} business days after delivery, {share}</source>
        <translation>{count} dias úteis após o envio, {share}</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} ahead of the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>O relógio desta estação está {amount} adiantado em relação ao do banco de dados. O Qualifier usa a hora do banco de dados, mas peça a correção do relógio e do fuso horário.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} behind the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>O relógio desta estação está {amount} atrasado em relação ao do banco de dados. O Qualifier usa a hora do banco de dados, mas peça a correção do relógio e do fuso horário.</translation>
    </message>
    <message>
        <source>{replace} must be less than {most:,}</source>
        <translation>{replace} deve ser menor que {most:,}</translation>
    </message>
    <message>
        <source>{value!r} is not a country Qualifier knows: give its two-letter ISO code, such as DE or US, or its name</source>
        <translation>{value!r} não é um país que o Qualifier conhece: informe o código ISO de duas letras, como DE ou US, ou o nome</translation>
    </message>
    <message>
        <source>{value!r} is not a region of {country} Qualifier knows: give its ISO code, such as US-NY</source>
        <translation>{value!r} não é uma região de {country} que o Qualifier conhece: informe o código ISO, como US-NY</translation>
    </message>
    <message>
        <source>{name}: no header row found; the header must be one of the first {rows} rows and name a phone or e-mail column and a name or company column (such as {expected})</source>
        <translation>{name}: nenhuma linha de cabeçalho encontrada; o cabeçalho deve ser uma das primeiras {rows} linhas e nomear uma coluna de telefone ou e-mail e uma de nome ou empresa (como {expected})</translation>
    </message>
    <message>
        <source>the mapping has {count} columns but the file has {columns}; preview the file again</source>
        <translation>o mapeamento tem {count} colunas, mas o arquivo tem {columns}; visualize o arquivo novamente</translation>
    </message>
    <message>
        <source>unknown fields {names}; known fields: {join}</source>
        <translation>campos desconhecidos {names}; campos conhecidos: {join}</translation>
    </message>
    <message>
        <source>the mapping lists several columns for {name!r}; only {fields} may be read from several columns (like {{&quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}})</source>
        <translation>o mapeamento lista várias colunas para {name!r}; só {fields} podem ser lidos de várias colunas (como {{&quot;phone&quot;: [&quot;Celular&quot;, &quot;Telefone&quot;]}})</translation>
    </message>
    <message>
        <source>the mapping reads column {title!r} as both {first} and {second}</source>
        <translation>o mapeamento lê a coluna {title!r} ao mesmo tempo como {first} e como {second}</translation>
    </message>
    <message>
        <source>{count:,} other partner does not cover {area}</source>
        <translation>{count:,} outro parceiro não cobre {area}</translation>
    </message>
    <message>
        <source>{count:,} partner cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} parceiro não pode ser comparado: o país do lead é desconhecido</translation>
    </message>
    <message>
        <source>Rotation: {count} lead in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rodízio: {count} lead nos últimos {days} dias contra uma parte justa de {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>Rotation: {count} leads in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rodízio: {count} leads nos últimos {days} dias contra uma parte justa de {fair:,.1f}; {performance}.</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;when&quot; must be an object of conditions</source>
        <translation>regra de fila {index}: &quot;when&quot; deve ser um objeto de condições</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must map keywords to their points, like {example}</source>
        <translation>&quot;points.{name}&quot; deve associar palavras-chave aos seus pontos, como {example}</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must be a list of pairs like {example}</source>
        <translation>&quot;points.{name}&quot; deve ser uma lista de pares como {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number</source>
        <translation>{where}: {value} não é um número</translation>
    </message>
    <message>
        <source>{where}: the points {value} are not a number</source>
        <translation>{where}: os pontos {value} não são um número</translation>
    </message>
    <message>
        <source>{where} is {entry}, not a pair like {example}</source>
        <translation>{where} é {entry}, não um par como {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a keyword (a text that is not empty)</source>
        <translation>{where}: {value} não é uma palavra-chave (um texto não vazio)</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;segment&quot; must be &quot;smb&quot; or &quot;enterprise&quot;, not {value}</source>
        <translation>regra de fila {index}: &quot;segment&quot; deve ser &quot;smb&quot; ou &quot;enterprise&quot;, não {value}</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;{condition}&quot; must be a list of texts like [&quot;US&quot;], not {value}</source>
        <translation>regra de fila {index}: &quot;{condition}&quot; deve ser uma lista de textos como [&quot;US&quot;], não {value}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} não é um arquivo comum</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a text file; save it as CSV</source>
        <translation>{name} é uma planilha, não um arquivo de texto; salve-o como CSV</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>não é possível ler {path}: {strerror}</translation>
    </message>
    <message>
        <source>{name} is damaged after row {number} ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está danificado após a linha {number} ({problem}); nada é importado: abra-o na planilha e salve-o novamente, ou salve-o como CSV</translation>
    </message>
    <message>
        <source>the database refused this: {detail}; nothing was saved</source>
        <translation>o banco de dados recusou: {detail}; nada foi salvo</translation>
    </message>
    <message>
        <source>{where} answers like PgBouncer ({detail}): set pooler = &quot;pgbouncer&quot; in [database] of the settings, or add ?pooler=pgbouncer to its url</source>
        <translation>{where} responde como o PgBouncer ({detail}): defina pooler = &quot;pgbouncer&quot; em [database] das configurações, ou acrescente ?pooler=pgbouncer à URL</translation>
    </message>
    <message>
        <source>{where} asks for a password and none was given: name the database login in the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password in the OS keyring (service qualifier-database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} pede uma senha e nenhuma foi informada: indique o login do banco de dados na URL (postgresql://LOGIN@HOST/DATABASE) e guarde a senha no chaveiro do sistema (serviço qualifier-database), em ~/.pgpass ou em PGPASSWORD</translation>
    </message>
    <message>
        <source>the database refused this change to {table}: row-level security does not let your login make it; nothing was saved</source>
        <translation>o banco de dados recusou esta alteração em {table}: a segurança em nível de linha não a permite ao seu login; nada foi salvo</translation>
    </message>
    <message>
        <source>an in-memory SQLite database ends with the command that opened it; give a file: sqlite:///PATH</source>
        <translation>um banco SQLite em memória termina com o comando que o abriu; informe um arquivo: sqlite:///CAMINHO</translation>
    </message>
    <message>
        <source>{url!r} is not a SQLite URL: write sqlite:/// and then the file&apos;s path</source>
        <translation>{url!r} não é uma URL de SQLite: escreva sqlite:/// e depois o caminho do arquivo</translation>
    </message>
    <message>
        <source>cannot use the SQLite database {path}: {problem}</source>
        <translation>não é possível usar o banco de dados SQLite {path}: {problem}</translation>
    </message>
    <message>
        <source>the server has no database {name}: check the database&apos;s name in the [database] url of the settings</source>
        <translation>o servidor não tem o banco de dados {name}: confira o nome do banco na URL de [database] das configurações</translation>
    </message>
    <message>
        <source>{where} has no Qualifier schema yet, or one older than this version of Qualifier: an administrator runs `qualifier db upgrade`</source>
        <translation>{where} ainda não tem o esquema do Qualifier, ou tem um mais antigo que esta versão do Qualifier: um administrador executa `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>{where} does not let the sign-in role {role} connect: an administrator runs `qualifier db upgrade`, which lets it</source>
        <translation>{where} não deixa a função de entrada {role} se conectar: um administrador executa `qualifier db upgrade`, que permite isso</translation>
    </message>
    <message>
        <source>the database is empty ({database}); run `qualifier db upgrade` to create it</source>
        <translation>o banco de dados está vazio ({database}); execute `qualifier db upgrade` para criá-lo</translation>
    </message>
    <message>
        <source>the upgrade waited more than {seconds} s for a table that open sessions are using, and changed nothing: run it when the workstations are closed, or give it longer with --lock-wait</source>
        <translation>a atualização esperou mais de {seconds} s por uma tabela em uso por sessões abertas e não mudou nada: execute-a com as estações fechadas, ou dê mais tempo com --lock-wait</translation>
    </message>
    <message>
        <source>the database refused the upgrade ({detail}) and nothing was changed: run `qualifier db upgrade` with the database owner&apos;s credentials</source>
        <translation>o banco de dados recusou a atualização ({detail}) e nada foi mudado: execute `qualifier db upgrade` com as credenciais do dono do banco</translation>
    </message>
    <message>
        <source>only the database&apos;s owner {owner} may upgrade its schema, and {login} is not a member of it: run `qualifier db upgrade` with the owner&apos;s credentials</source>
        <translation>só o dono do banco de dados, {owner}, pode atualizar o esquema, e {login} não é membro dele: execute `qualifier db upgrade` com as credenciais do dono</translation>
    </message>
    <message>
        <source>the center&apos;s name must have at most {limit} characters</source>
        <translation>o nome do centro deve ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>nobody resets or unlocks their own sign-in: another administrator does; choose your own password with Session → Change password… or `qualifier password`</source>
        <translation>ninguém redefine nem desbloqueia o próprio acesso: outro administrador o faz; escolha sua senha em Sessão → Alterar senha… ou com `qualifier password`</translation>
    </message>
    <message>
        <source>the name must have at most {limit} characters</source>
        <translation>o nome deve ter no máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>a database role named {login} exists already; choose another login</source>
        <translation>já existe um papel de banco de dados chamado {login}; escolha outro login</translation>
    </message>
    <message>
        <source>the password of {login} is a one-time password: choose your own first, with `qualifier password --as {login}` or at the desktop app&apos;s sign-in</source>
        <translation>a senha de {login} é uma senha de uso único: escolha a sua primeiro, com `qualifier password --as {login}` ou ao entrar no aplicativo de desktop</translation>
    </message>
    <message>
        <source>no country: add a +country code or set the lead&apos;s country</source>
        <translation>sem país: adicione o código +país ou informe o país do lead</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>não é um número de telefone</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>curto demais após o prefixo internacional</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>curto demais</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>longo demais</translation>
    </message>
    <message>
        <source>not a valid number in {region}</source>
        <translation>não é um número válido em {region}</translation>
    </message>
    <message>
        <source>too short for {region}</source>
        <translation>curto demais para {region}</translation>
    </message>
    <message>
        <source>too long for {region}</source>
        <translation>longo demais para {region}</translation>
    </message>
    <message>
        <source>wrong length for {region}</source>
        <translation>comprimento incorreto para {region}</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>código de país desconhecido</translation>
    </message>
    <message>
        <source>{reason}; a number in another country starts with + and its country code</source>
        <translation>{reason}; um número de outro país começa com + e o código do país</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>não tem @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>nada antes do @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>nada depois do @</translation>
    </message>
    <message>
        <source>the part after the @ needs a period, as in example.com</source>
        <translation>a parte depois do @ precisa de um ponto, como em example.com</translation>
    </message>
    <message>
        <source>two periods in a row</source>
        <translation>dois pontos seguidos</translation>
    </message>
    <message>
        <source>characters not allowed before the @: {characters}</source>
        <translation>caracteres não permitidos antes do @: {characters}</translation>
    </message>
    <message>
        <source>characters not allowed after the @: {characters}</source>
        <translation>caracteres não permitidos depois do @: {characters}</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name that receives no e-mail</source>
        <translation>a parte depois do @ é um nome reservado que não recebe e-mail</translation>
    </message>
    <message>
        <source>the domain {domain} does not exist</source>
        <translation>o domínio {domain} não existe</translation>
    </message>
    <message>
        <source>the domain {domain} receives no e-mail</source>
        <translation>o domínio {domain} não recebe e-mail</translation>
    </message>
    <message>
        <source>{count} time zones</source>
        <translation>{count} fusos horários</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>sem número de telefone</translation>
    </message>
    <message>
        <source>its country</source>
        <translation>seu país</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>sem endereço de e-mail</translation>
    </message>
    <message>
        <source>a period at the start</source>
        <translation>um ponto no início</translation>
    </message>
    <message>
        <source>no country: write it with its +country code, or give its country</source>
        <translation>sem país: escreva-o com o código +país, ou informe o país</translation>
    </message>
    <message>
        <source>a period just before the @</source>
        <translation>um ponto logo antes do @</translation>
    </message>
    <message>
        <source>a period just after the @</source>
        <translation>um ponto logo depois do @</translation>
    </message>
    <message>
        <source>{field} {text!r} is in {marked}, but the center counts in {currency}: amounts are not converted; give it in {currency}</source>
        <translation>{field} {text!r} está em {marked}, mas o centro conta em {currency}: os valores não são convertidos; informe-o em {currency}</translation>
    </message>
    <message>
        <source>{typed!r} is not a currency code: give one of ISO 4217&apos;s, such as USD, EUR, GBP or CHF</source>
        <translation>{typed!r} não é um código de moeda: informe um da ISO 4217, como USD, EUR, GBP ou CHF</translation>
    </message>
    <message>
        <source>{extension!r} is not an extension that can be dialled</source>
        <translation>{extension!r} não é um ramal que possa ser discado</translation>
    </message>
    <message>
        <source>{label} must be at most {high:,}</source>
        <translation>{label} deve ser no máximo {high:,}</translation>
    </message>
    <message>
        <source>{region!r} is not a region of {country} (ISO 3166-2, like US-CA)</source>
        <translation>{region!r} não é uma região de {country} (ISO 3166-2, como US-CA)</translation>
    </message>
    <message>
        <source>{region!r} is in {country}, which the partner&apos;s countries do not list</source>
        <translation>{region!r} fica em {country}, que os países do parceiro não incluem</translation>
    </message>
    <message>
        <source>{raw!r} is for {country}, which the partner does not cover</source>
        <translation>{raw!r} é para {country}, que o parceiro não cobre</translation>
    </message>
    <message>
        <source>the column titles again, no data (files put one after another?)</source>
        <translation>de novo os títulos das colunas, sem dados (arquivos colados um após o outro?)</translation>
    </message>
    <message>
        <source>{name}: its header row is longer than {most:,} characters, the longest line an import reads</source>
        <translation>{name}: sua linha de cabeçalho tem mais de {most:,} caracteres, a linha mais longa que uma importação lê</translation>
    </message>
    <message>
        <source>a cell holds something its type cannot hold</source>
        <translation>uma célula contém algo que seu tipo não comporta</translation>
    </message>
    <message>
        <source>{name} is damaged in its first rows ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está danificado nas primeiras linhas ({problem}); nada é importado: abra-o na planilha e salve-o novamente, ou salve-o como CSV</translation>
    </message>
    <message>
        <source>this database has no users yet; set up the center first (qualifier setup)</source>
        <translation>este banco de dados ainda não tem usuários; configure primeiro o centro (qualifier setup)</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sem login</translation>
    </message>
    <message>
        <source>the login is also on row {value}</source>
        <translation>o login também está na linha {value}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removido)</translation>
    </message>
    <message>
        <source>the center has no name and time zone yet: give both (and the calling window, else {window})</source>
        <translation>o centro ainda não tem nome nem fuso horário: informe os dois (e a janela de ligações; senão, {window})</translation>
    </message>
    <message>
        <source>v{version} (in force)</source>
        <translation>v{version} (em vigor)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>de fábrica</translation>
    </message>
    <message>
        <source>v{version} (in use)</source>
        <translation>v{version} (em uso)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>qualquer</translation>
    </message>
    <message>
        <source>the queue {name} is closed; adding a queue of that name opens it again</source>
        <translation>a fila {name} está fechada; adicionar uma fila com esse nome a reabre</translation>
    </message>
    <message>
        <source>the queue {name} is closed already</source>
        <translation>a fila {name} já está fechada</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} lead; move it to another queue first (--move-to QUEUE)</source>
        <translation>a fila {name} ainda contém {count} lead; mova-o primeiro para outra fila (--move-to FILA)</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} leads; move them to another queue first (--move-to QUEUE)</source>
        <translation>a fila {name} ainda contém {count} leads; mova-os primeiro para outra fila (--move-to FILA)</translation>
    </message>
    <message>
        <source>the name {name!r} is a closed queue of another team; choose another name (an administrator can open that queue again)</source>
        <translation>o nome {name!r} é de uma fila fechada de outra equipe; escolha outro nome (um administrador pode reabrir essa fila)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; did you mean {city}?</source>
        <translation>o fuso horário {name!r} é desconhecido; você quis dizer {city}?</translation>
    </message>
    <message>
        <source>the queue {name!r} belongs to no team; an administrator gives it to one</source>
        <translation>a fila {name!r} não pertence a nenhuma equipe; um administrador a atribui a uma</translation>
    </message>
    <message>
        <source>Paused by team lead</source>
        <translation>Pausado pelo líder da equipe</translation>
    </message>
    <message>
        <source>{disposition} logged; the customer was not reached: check call closed</source>
        <translation>{disposition} registrado; o cliente não foi alcançado: ligação de verificação encerrada</translation>
    </message>
    <message>
        <source>Check call saved: {words}</source>
        <translation>Ligação de verificação salva: {words}</translation>
    </message>
    <message>
        <source>lead {lead} has no check call due any more</source>
        <translation>o lead {lead} não tem mais ligação de verificação pendente</translation>
    </message>
    <message>
        <source>; flagged: {partner} reports the lead active</source>
        <translation>; sinalizado: {partner} informa o lead como ativo</translation>
    </message>
    <message>
        <source>; reopened for the channel manager</source>
        <translation>; reaberto para o gerente de canal</translation>
    </message>
    <message>
        <source>the customer does not know whether {partner} called</source>
        <translation>o cliente não sabe se {partner} ligou</translation>
    </message>
    <message>
        <source>; still needs it</source>
        <translation>; ainda precisa</translation>
    </message>
    <message>
        <source>On the do-not-call list; the check call is closed</source>
        <translation>Na lista de não ligar; a ligação de verificação está encerrada</translation>
    </message>
    <message>
        <source>the customer says {partner} never contacted them</source>
        <translation>o cliente diz que {partner} nunca o contatou</translation>
    </message>
    <message>
        <source>the customer says {partner} contacted them</source>
        <translation>o cliente diz que {partner} o contatou</translation>
    </message>
    <message>
        <source>; no longer needs it</source>
        <translation>; não precisa mais</translation>
    </message>
    <message>
        <source> (experience {score}/5)</source>
        <translation> (experiência {score}/5)</translation>
    </message>
    <message>
        <source>the check call&apos;s answers need its script</source>
        <translation>as respostas da ligação de verificação precisam do seu roteiro</translation>
    </message>
    <message>
        <source>keep it with {partner} with a note, or re-route it later</source>
        <translation>mantenha-o com {partner} com uma nota, ou redirecione-o mais tarde</translation>
    </message>
    <message>
        <source>no other partner can take the lead now ({why}): {keep}</source>
        <translation>nenhum outro parceiro pode assumir o lead agora ({why}): {keep}</translation>
    </message>
    <message>
        <source>no other partner can take the lead now: {keep}</source>
        <translation>nenhum outro parceiro pode assumir o lead agora: {keep}</translation>
    </message>
    <message>
        <source>the customer told our check call that {partner} never contacted them</source>
        <translation>o cliente disse em nossa ligação de verificação que {partner} nunca o contatou</translation>
    </message>
    <message>
        <source>taken back from {partner}; not re-routed yet: {why}</source>
        <translation>retirado de {partner}; ainda não reencaminhado: {why}</translation>
    </message>
    <message>
        <source>say why the lead stays with the partner</source>
        <translation>diga por que o lead fica com o parceiro</translation>
    </message>
    <message>
        <source>there is no check call {check_call}</source>
        <translation>não existe a ligação de verificação {check_call}</translation>
    </message>
    <message>
        <source>check call {check_call} is not open for a decision</source>
        <translation>a ligação de verificação {check_call} não está aberta para decisão</translation>
    </message>
    <message>
        <source>the handoff to {partner} is {status} now; nothing to decide</source>
        <translation>o repasse para {partner} está {status} agora; nada a decidir</translation>
    </message>
    <message>
        <source>the customer no longer needs it: keep the handoff with the partner instead</source>
        <translation>o cliente não precisa mais: mantenha o repasse com o parceiro</translation>
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
        <translation>não há política de ligações de verificação para {which}</translation>
    </message>
    <message>
        <source>there is no partner {partner!r}</source>
        <translation>não existe o parceiro {partner!r}</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Vendedor do parceiro</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Verificados</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcançados</translation>
    </message>
    <message>
        <source>Contacted by partner</source>
        <translation>Contatados pelo parceiro</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Não contatados</translation>
    </message>
    <message>
        <source>Median days to contact</source>
        <translation>Mediana de dias até o contato</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfação (1–5)</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contraditos</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reabertos</translation>
    </message>
    <message>
        <source>--by must be one of {choices}</source>
        <translation>--by deve ser um de {choices}</translation>
    </message>
    <message>
        <source>Check calls by partner</source>
        <translation>Ligações de verificação por parceiro</translation>
    </message>
    <message>
        <source>Check calls by rep</source>
        <translation>Ligações de verificação por agente</translation>
    </message>
    <message>
        <source>the lead is {status}</source>
        <translation>status do lead: {status}</translation>
    </message>
    <message>
        <source>the prospect said no to phone calls</source>
        <translation>o prospect recusou ligações telefônicas</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: the channel manager already decided on the reopened handoff</source>
        <translation>a ligação de verificação do lead {lead} não pode ser desfeita: o gerente de canal já decidiu sobre o repasse reaberto</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: it changed since</source>
        <translation>a ligação de verificação do lead {lead} não pode ser desfeita: ela mudou desde então</translation>
    </message>
    <message>
        <source>number has had as many calls as {place} allows (at most {limits}, counting every lead with this number)</source>
        <translation>número já recebeu tantas ligações quanto {place} permite (no máximo {limits}, contando todos os leads com este número)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key (hash)</source>
        <translation>Chave (hash)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Adicionado por</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Adicionado (UTC)</translation>
    </message>
    <message>
        <source>reason or source containing {words!r}</source>
        <translation>motivo ou fonte contendo {words!r}</translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation>e-mail {email}</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>telefone {phone}</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address to block</source>
        <translation>informe um número de telefone ou endereço de e-mail para bloquear</translation>
    </message>
    <message>
        <source>{value} is not on the do-not-call list</source>
        <translation>{value} não está na lista de não ligar</translation>
    </message>
    <message>
        <source>phone {phone!r}: {reason}</source>
        <translation>telefone {phone!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {email!r}: {reason}</source>
        <translation>e-mail {email!r}: {reason}</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>diga por que a entrada sai da lista</translation>
    </message>
    <message>
        <source>do-not-call entry {entry_id} is no longer on the list</source>
        <translation>a entrada de não ligar {entry_id} não está mais na lista</translation>
    </message>
    <message>
        <source>{name}: a person&apos;s data is exported as a .zip file</source>
        <translation>{name}: os dados de uma pessoa são exportados como arquivo .zip</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent}: pasta inexistente</translation>
    </message>
    <message>
        <source>say why the person is to be erased</source>
        <translation>diga por que a pessoa deve ser apagada</translation>
    </message>
    <message>
        <source>say why the person is erased (--reason)</source>
        <translation>diga por que a pessoa é apagada (--reason)</translation>
    </message>
    <message>
        <source>give exactly one of --email, --phone or --lead</source>
        <translation>informe exatamente um de --email, --phone ou --lead</translation>
    </message>
    <message>
        <source>no lead matches {describe}</source>
        <translation>nenhum lead corresponde a {describe}</translation>
    </message>
    <message>
        <source>there is no lead {lead_id}</source>
        <translation>não existe o lead {lead_id}</translation>
    </message>
    <message>
        <source>no lead matches {describe}; it is on the do-not-call list (as a hash), as after an erasure: nothing about it is left to export or erase</source>
        <translation>nenhum lead corresponde a {describe}; está na lista de não ligar (como hash), como após uma exclusão: não resta nada a exportar ou excluir</translation>
    </message>
    <message>
        <source>{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit {limit}): leads in {countries} are not claimable until a fresh import</source>
        <translation>o instantâneo do registro de não ligar {name} de {taken_on} tem {age} dias (limite {limit}): leads em {countries} não podem ser pegos até uma nova importação</translation>
    </message>
    <message>
        <source>{name} line {line}: {value!r} is not a {name2} phone number</source>
        <translation>{name} linha {line}: {value!r} não é um número de telefone de {name2}</translation>
    </message>
    <message>
        <source>the {name} do-not-call registry, which the center honours, has never been imported: leads in {countries} are not claimable until it is</source>
        <translation>o cadastro nacional de não ligar {name}, que o centro respeita, nunca foi importado: os leads de {countries} não podem ser pegos até que seja</translation>
    </message>
    <message>
        <source>unknown registry {name!r}; known registries: {known}</source>
        <translation>registro desconhecido {name!r}; registros conhecidos: {known}</translation>
    </message>
    <message>
        <source>{name}: no number column in the header (expected one of {join})</source>
        <translation>{name}: nenhuma coluna de número no cabeçalho (esperada uma de {join})</translation>
    </message>
    <message>
        <source>{name} holds no phone numbers (it is empty, or has only a header or blank lines); nothing was imported</source>
        <translation>{name} não contém números de telefone (está vazio ou tem só um cabeçalho ou linhas em branco); nada foi importado</translation>
    </message>
    <message>
        <source>{name} line {number}: no value in the number column</source>
        <translation>{name} linha {number}: nenhum valor na coluna de número</translation>
    </message>
    <message>
        <source>{path} is not a readable file</source>
        <translation>{path} não é um arquivo legível</translation>
    </message>
    <message>
        <source>the snapshot&apos;s date {taken_on} is after the center&apos;s today ({today})</source>
        <translation>a data do instantâneo {taken_on} é posterior ao dia de hoje da central ({today})</translation>
    </message>
    <message>
        <source>a snapshot of {taken_on} is already {age} days old; the {name} registry must be at most {max_age_days} days old</source>
        <translation>um instantâneo de {taken_on} já tem {age} dias; o registro {name} deve ter no máximo {max_age_days} dias</translation>
    </message>
    <message>
        <source>the {name} registry holds the snapshot of {loaded}; one of {taken_on} is older</source>
        <translation>o registro {name} já tem o retrato de {loaded}; um de {taken_on} é mais antigo</translation>
    </message>
    <message>
        <source>{reason} (the cell holds the spreadsheet error {error}, read as empty)</source>
        <translation>{reason} (a célula contém o erro de planilha {error}, lido como vazio)</translation>
    </message>
    <message>
        <source>no header row found: the header must be one of the first {rows} rows and have a column for {join}</source>
        <translation>nenhuma linha de cabeçalho encontrada: o cabeçalho deve ser uma das primeiras {rows} linhas e ter uma coluna para {join}</translation>
    </message>
    <message>
        <source>the file has no column for {join} (its columns: {value})</source>
        <translation>o arquivo não tem coluna para {join} (suas colunas: {value})</translation>
    </message>
    <message>
        <source>created queue {queue} (named by the scoring rules)</source>
        <translation>fila {queue} criada (nomeada pelas regras de pontuação)</translation>
    </message>
    <message>
        <source>{count:,} new leads</source>
        <translation>{count:,} leads novos</translation>
    </message>
    <message>
        <source>{count:,} merged into existing leads</source>
        <translation>{count:,} mesclados a leads existentes</translation>
    </message>
    <message>
        <source>{count:,} rejected</source>
        <translation>{count:,} rejeitados</translation>
    </message>
    <message>
        <source> ({count:,} rows not accounted for: please report this)</source>
        <translation> ({count:,} linhas não contabilizadas: por favor, informe isso)</translation>
    </message>
    <message>
        <source>{count:,} already imported</source>
        <translation>{count:,} já importados</translation>
    </message>
    <message>
        <source>; {count:,} blank row between them skipped</source>
        <translation>; {count:,} linha em branco entre elas ignorada</translation>
    </message>
    <message>
        <source>; {count:,} blank rows between them skipped</source>
        <translation>; {count:,} linhas em branco entre elas ignoradas</translation>
    </message>
    <message>
        <source>; {count:,} row hidden in the workbook (a filter?) not read: show it to import it</source>
        <translation>; {count:,} linha oculta na pasta de trabalho (um filtro?) não lida: mostre-a para importá-la</translation>
    </message>
    <message>
        <source>; {count:,} rows hidden in the workbook (a filter?) not read: show them to import them</source>
        <translation>; {count:,} linhas ocultas na pasta de trabalho (um filtro?) não lidas: mostre-as para importá-las</translation>
    </message>
    <message>
        <source>; sheet {sheet} read ({passed} before it: no header row)</source>
        <translation>; planilha {sheet} lida ({passed} antes dela: sem linha de cabeçalho)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the {count:,} rows above it are not data</source>
        <translation>; o cabeçalho está na linha {row}: as {count:,} linhas acima dele não são dados</translation>
    </message>
    <message>
        <source>; not read: sheet {unread}, which holds rows too (one sheet is read per file: save it as a file of its own)</source>
        <translation>; não lida: a planilha {unread}, que também tem linhas (uma planilha é lida por arquivo: salve-a como um arquivo à parte)</translation>
    </message>
    <message>
        <source>; not read: sheets {unread}, which hold rows too (one sheet is read per file: save each as a file of its own)</source>
        <translation>; não lidas: as planilhas {unread}, que também têm linhas (uma planilha é lida por arquivo: salve cada uma como um arquivo à parte)</translation>
    </message>
    <message>
        <source>the source name is longer than 120 characters</source>
        <translation>o nome da fonte tem mais de 120 caracteres</translation>
    </message>
    <message>
        <source>no column is recognised as company or domain (columns: {columns})</source>
        <translation>nenhuma coluna é reconhecida como empresa ou domínio (colunas: {columns})</translation>
    </message>
    <message>
        <source>nothing of it was kept; run the same file again</source>
        <translation>nada foi mantido; importe o mesmo arquivo de novo</translation>
    </message>
    <message>
        <source>the same file was imported in full afterwards (import {batch_id})</source>
        <translation>o mesmo arquivo foi importado por inteiro depois (importação {batch_id})</translation>
    </message>
    <message>
        <source>the {count:,} row read so far is kept; run the same file again: rows already stored are not added twice</source>
        <translation>a {count:,} linha lida até agora foi mantida; importe o mesmo arquivo de novo: linhas já gravadas não são adicionadas duas vezes</translation>
    </message>
    <message>
        <source>the {count:,} rows read so far are kept; run the same file again: rows already stored are not added twice</source>
        <translation>as {count:,} linhas lidas até agora foram mantidas; importe o mesmo arquivo de novo: linhas já gravadas não são adicionadas duas vezes</translation>
    </message>
    <message>
        <source>there is no import kind {value!r} (kinds: {join})</source>
        <translation>não existe o tipo de importação {value!r} (tipos: {join})</translation>
    </message>
    <message>
        <source>the limit must be between 1 and {most}</source>
        <translation>o limite deve estar entre 1 e {most}</translation>
    </message>
    <message>
        <source>the campaign name is longer than 120 characters</source>
        <translation>o nome da campanha tem mais de 120 caracteres</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows to import</source>
        <translation>{name} tem uma linha de cabeçalho mas nenhuma linha para importar</translation>
    </message>
    <message>
        <source>the rejects file {path} is a folder; name a file in it</source>
        <translation>o arquivo de rejeições {path} é uma pasta; indique um arquivo dentro dela</translation>
    </message>
    <message>
        <source>the folder {parent} for the rejects file does not exist</source>
        <translation>a pasta {parent} do arquivo de rejeições não existe</translation>
    </message>
    <message>
        <source>the rejects file {path} is the file being imported; name another file</source>
        <translation>o arquivo de rejeições {path} é o arquivo sendo importado; indique outro</translation>
    </message>
    <message>
        <source>the scoring rules</source>
        <translation>as regras de pontuação</translation>
    </message>
    <message>
        <source>{name}: the rules must be a JSON object</source>
        <translation>{name}: as regras devem ser um objeto JSON</translation>
    </message>
    <message>
        <source>the row is about partner {named}; this file is {partner}&apos;s</source>
        <translation>a linha é do parceiro {named}; este arquivo é de {partner}</translation>
    </message>
    <message>
        <source>the row has no handoff id; say which partner the file comes from to find its lead by e-mail or phone</source>
        <translation>a linha não tem número de repasse; diga de qual parceiro é o arquivo para encontrar o lead por e-mail ou telefone</translation>
    </message>
    <message>
        <source>the lead with this {what} was not handed to {partner}</source>
        <translation>o lead com este {what} não foi repassado a {partner}</translation>
    </message>
    <message>
        <source>{partner} no longer has this lead: its handoff {handoff_id} is {state}</source>
        <translation>{partner} não tem mais este lead: o repasse {handoff_id} está {state}</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a whole number: handoff ids have no decimals (was the cell changed by a formula or rounding?)</source>
        <translation>o número de repasse {handoff_text!r} não é um número inteiro: números de repasse não têm casas decimais (a célula foi alterada por uma fórmula ou arredondamento?)</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not {partner}&apos;s</source>
        <translation>o repasse {handoff_id} não é de {partner}</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server is configured, the package is in the outbox</source>
        <translation>aguardando envio: nenhum servidor de e-mail configurado, o pacote está na caixa de saída</translation>
    </message>
    <message>
        <source>not sent: the lead went do-not-call after it was routed; the partner must not have it</source>
        <translation>não enviado: o lead passou a não ligar depois de encaminhado; o parceiro não deve recebê-lo</translation>
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
        <source>{name} is managed by another channel manager</source>
        <translation>{name} é gerenciado por outro gerente de canal</translation>
    </message>
    <message>
        <source>name yourself as the channel manager of your partners</source>
        <translation>indique você mesmo como gerente de canal dos seus parceiros</translation>
    </message>
    <message>
        <source>{login} still looks after {partners}: give those partners another channel manager first</source>
        <translation>{login} ainda cuida de {partners}: dê antes outro gerente de canal a esses parceiros</translation>
    </message>
    <message>
        <source>awaiting delivery: waiting for a person to decide, SLA not started</source>
        <translation>aguardando envio: aguarda a decisão de uma pessoa, SLA não iniciado</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed by someone else meanwhile; import the file again</source>
        <translation>o repasse {handoff_id} foi alterado por outra pessoa nesse meio-tempo; importe o arquivo de novo</translation>
    </message>
    <message>
        <source>the partner&apos;s update of {at:%Y-%m-%d %H:%M} UTC is older than the handoff&apos;s last news ({last:%Y-%m-%d %H:%M} UTC), which stays</source>
        <translation>a atualização do parceiro de {at:%Y-%m-%d %H:%M} UTC é anterior à última notícia do repasse ({last:%Y-%m-%d %H:%M} UTC), que permanece</translation>
    </message>
    <message>
        <source>say which partner the file comes from: it finds handoffs by the lead&apos;s e-mail or phone</source>
        <translation>diga de qual parceiro é o arquivo: ele encontra os repasses pelo e-mail ou telefone do lead</translation>
    </message>
    <message>
        <source>the number of days must be at most {most:,}, not {days:,}</source>
        <translation>o número de dias deve ser no máximo {most:,}, não {days:,}</translation>
    </message>
    <message>
        <source>{login} records feedback only for the partners they manage</source>
        <translation>{login} registra retornos apenas dos parceiros que gerencia</translation>
    </message>
    <message>
        <source>the partner rep&apos;s address was refused: waiting for a person to give the partner a working address in the directory and send it again, or to mark it delivered</source>
        <translation>o endereço do representante do parceiro foi recusado: aguardando uma pessoa dar ao parceiro um endereço que funcione no diretório e enviar de novo, ou marcar como entregue</translation>
    </message>
    <message>
        <source>{flag} ({why})</source>
        <translation>{flag} ({why})</translation>
    </message>
    <message>
        <source>the partner directory is empty</source>
        <translation>o diretório de parceiros está vazio</translation>
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
        <source>{count:,} lead: {reason}</source>
        <translation>{count:,} lead: {reason}</translation>
    </message>
    <message>
        <source>{count:,} leads: {reason}</source>
        <translation>{count:,} leads: {reason}</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>a lista inteira</translation>
    </message>
    <message>
        <source>{count:,} row read = {parts}</source>
        <translation>{count:,} linha lida = {parts}</translation>
    </message>
    <message>
        <source>{count:,} rows read = {parts}</source>
        <translation>{count:,} linhas lidas = {parts}</translation>
    </message>
    <message>
        <source>{count:,} new lead</source>
        <translation>{count:,} lead novo</translation>
    </message>
    <message>
        <source>{count:,} merged into an existing lead</source>
        <translation>{count:,} mesclado a um lead existente</translation>
    </message>
    <message>
        <source> ({count:,} row not accounted for: please report this)</source>
        <translation> ({count:,} linha não contabilizada: por favor, informe isso)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the row above it is not data</source>
        <translation>; o cabeçalho está na linha {row}: a linha acima dele não são dados</translation>
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
        <source>No partner is eligible for this lead: {why}.</source>
        <translation>Nenhum parceiro é elegível para este lead: {why}.</translation>
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
        <source>no lead is eligible now, and none is waiting in your queues</source>
        <translation>nenhum lead está disponível agora, e nenhum espera nas suas filas</translation>
    </message>
    <message>
        <source>no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)</source>
        <translation>nenhum lead está disponível agora; o próximo estará disponível às {when} (em {minutes} min)</translation>
    </message>
    <message>
        <source>no lead is eligible now</source>
        <translation>nenhum lead está disponível agora</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work no queue yet; an administrator adds you to a team, whose queues you then work</source>
        <translation>nenhum lead está disponível agora: você ainda não trabalha nenhuma fila; um administrador adiciona você a uma equipe, cujas filas você passa a trabalhar</translation>
    </message>
    <message>
        <source>lead {lead_id} is not one of your teams&apos; leads</source>
        <translation>o lead {lead_id} não é das suas equipes</translation>
    </message>
    <message>
        <source>a letter ({letter}) where a digit belongs</source>
        <translation>uma letra ({letter}) onde deveria haver um dígito</translation>
    </message>
    <message>
        <source>an extension&apos;s mark without its number</source>
        <translation>uma marca de ramal sem o seu número</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoff, at most {most})</source>
        <translation>não tem mais capacidade ({count} repasse aberto, no máximo {most})</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoffs, at most {most})</source>
        <translation>não tem mais capacidade ({count} repasses abertos, no máximo {most})</translation>
    </message>
    <message>
        <source>has had its {count} lead for this week ({received} in the last {days} days)</source>
        <translation>já recebeu seu {count} lead desta semana ({received} nos últimos {days} dias)</translation>
    </message>
    <message>
        <source>has had its {count} leads for this week ({received} in the last {days} days)</source>
        <translation>já recebeu seus {count} leads desta semana ({received} nos últimos {days} dias)</translation>
    </message>
    <message>
        <source>all time to today</source>
        <translation>todo o período até hoje</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>vírgulas</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>pontos e vírgulas</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulações</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>barras verticais</translation>
    </message>
    <message>
        <source>{cells:,} cells, but the header has {width:,} columns: a cell holds the delimiter without quotes, so the values after it are in the wrong columns; the row is not imported</source>
        <translation>{cells:,} células, mas o cabeçalho tem {width:,} colunas: uma célula contém o separador sem aspas, então os valores seguintes estão nas colunas erradas; a linha não é importada</translation>
    </message>
    <message>
        <source>unclosed quote from row {number}: the quote that opens this cell is never closed, so the row is not imported; the rows after it are read on their own</source>
        <translation>aspas não fechadas a partir da linha {number}: as aspas que abrem esta célula nunca são fechadas, então a linha não é importada; as linhas seguintes são lidas à parte</translation>
    </message>
    <message>
        <source>1 cell holding {values:,} values separated by {called}, but the file separates its {width:,} columns by {own}: the row was written with another separator; the row is not imported</source>
        <translation>1 célula com {values:,} valores separados por {called}, mas o arquivo separa suas {width:,} colunas por {own}: a linha foi escrita com outro separador; a linha não é importada</translation>
    </message>
    <message>
        <source>{name} is not a JSON text file (UTF-8)</source>
        <translation>{name} não é um arquivo de texto JSON (UTF-8)</translation>
    </message>
    <message>
        <source>{name} is not JSON: {problem} at line {line}, column {column}</source>
        <translation>{name} não é JSON: {problem} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} é uma planilha OpenDocument, que não é lida; salve-a como pasta de trabalho do Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 file, which is not read; save it without a password as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} está protegido por senha ou é um arquivo antigo do Excel 97-2003, que não é lido; salve-o sem senha como pasta de trabalho do Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is not an XLSX file, nor a text file; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} não é um arquivo XLSX nem um arquivo de texto; salve-o como pasta de trabalho do Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds no sheet; open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} está danificado: não contém nenhuma planilha; abra-o no programa de planilhas e salve-o de novo, ou salve-o como CSV</translation>
    </message>
    <message>
        <source>{name} is a text (CSV) file, not an XLSX file; name it .csv</source>
        <translation>{name} é um arquivo de texto (CSV), não um arquivo XLSX; renomeie-o para .csv</translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} está salvo como Strict Open XML, que não é lido; salve-o como pasta de trabalho do Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive of other files, not an XLSX file; unpack it, or save the sheet as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} é um arquivo ZIP de outros arquivos, não um arquivo XLSX; descompacte-o ou salve a planilha como pasta de trabalho do Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{where} answers, but PgBouncer cannot sign in to the PostgreSQL server behind it ({detail}): its administrator finds why in PgBouncer&apos;s log (after a backup was restored, PgBouncer&apos;s look-up is given again: README, Through PgBouncer)</source>
        <translation>{where} responde, mas o PgBouncer não consegue entrar no servidor PostgreSQL por trás dele ({detail}): o administrador encontra o motivo no log do PgBouncer (depois de restaurar um backup, a consulta do PgBouncer é concedida de novo: README, Through PgBouncer)</translation>
    </message>
    <message>
        <source>{where} asks for {login}&apos;s password and none was given: keep it in the OS keyring (qualifier keyring database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} pede a senha de {login} e nenhuma foi informada: guarde-a no chaveiro do sistema (qualifier keyring database), em ~/.pgpass ou em PGPASSWORD</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>someone else changed this meanwhile, to {value}: nothing was saved; save again to replace it</source>
        <translation>outra pessoa alterou isto nesse meio-tempo, para {value}: nada foi salvo; salve de novo para substituí-lo</translation>
    </message>
    <message>
        <source>the scoring rules were changed by someone else meanwhile (version {version}); reload them and make your change again</source>
        <translation>as regras de pontuação foram alteradas por outra pessoa nesse meio-tempo (versão {version}); recarregue-as e faça sua alteração de novo</translation>
    </message>
    <message>
        <source>{rep} took it at {at:%H:%M:%S} UTC, after you loaded it; reload to see it</source>
        <translation>{rep} o pegou às {at:%H:%M:%S} UTC, depois que você o carregou; recarregue para ver</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabalhando</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Ocioso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>the period starts ({start}) after today ({today})</source>
        <translation>o período começa ({start}) depois de hoje ({today})</translation>
    </message>
    <message>
        <source>{disposition} logged; next check call {when}</source>
        <translation>{disposition} registrado; próxima ligação de verificação {when}</translation>
    </message>
    <message>
        <source>Check call again at {when}</source>
        <translation>Ligação de verificação de novo em {when}</translation>
    </message>
    <message>
        <source>{reason} (no waiting lead held back by it now)</source>
        <translation>{reason} (não retém agora nenhum lead em espera)</translation>
    </message>
    <message>
        <source>nobody works queue {queue}</source>
        <translation>ninguém trabalha a fila {queue}</translation>
    </message>
    <message>
        <source>there is no do-not-call entry {entry_id}</source>
        <translation>não há entrada de não ligar {entry_id}</translation>
    </message>
    <message>
        <source>settings file: [mail] outbox {folder} is the outbox of another database ({other}); databases sharing one would shred and overwrite each other&apos;s handoff packages. Name a folder of this database&apos;s own, or remove the line to use its own folder in the data folder</source>
        <translation>arquivo de configurações: [mail] outbox {folder} é a caixa de saída de outro banco de dados ({other}); bancos que compartilham uma destruiriam e sobrescreveriam os pacotes de repasse um do outro. Indique uma pasta própria deste banco de dados, ou remova a linha para usar a pasta própria dele na pasta de dados</translation>
    </message>
    <message>
        <source>{name} holds {count:,} number, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contém {count:,} número, {share:.0%} a menos que os {previous:,} do último instantâneo {registry} (um arquivo cortado?): nada foi importado; confirme que o registro diminuiu para carregá-lo</translation>
    </message>
    <message>
        <source>{name} holds {count:,} numbers, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contém {count:,} números, {share:.0%} a menos que os {previous:,} do último instantâneo {registry} (um arquivo cortado?): nada foi importado; confirme que o registro diminuiu para carregá-lo</translation>
    </message>
    <message>
        <source>nobody works queue {queue}: its leads wait until an administrator gives it to a team or to people who work it (Teams and queues)</source>
        <translation>ninguém trabalha a fila {queue}: seus leads esperam até que um administrador a atribua a uma equipe ou a pessoas que a trabalhem (Equipes e filas)</translation>
    </message>
    <message>
        <source>nobody works queue {queue} of team {team}: its leads wait until a rep is in {team} (Users) or someone is ticked under Worked by (Teams and queues)</source>
        <translation>ninguém trabalha a fila {queue} da equipe {team}: seus leads esperam até que haja um agente em {team} (Usuários) ou alguém marcado em Trabalhada por (Equipes e filas)</translation>
    </message>
    <message>
        <source>a number in more than one of the partner&apos;s countries</source>
        <translation>um número em mais de um dos países do parceiro</translation>
    </message>
    <message>
        <source>not delivered, the mail server refused it for good: {problem}</source>
        <translation>não entregue, o servidor de e-mail a recusou definitivamente: {problem}</translation>
    </message>
    <message>
        <source>the mail server refused the message for good: waiting for a person to have it let through (by the partner&apos;s mail administrator, or the center&apos;s when it refused the sender) and send it again, or to hand the lead to the partner another way and mark it delivered</source>
        <translation>o servidor de e-mail recusou a mensagem definitivamente: aguardando que uma pessoa peça que a deixem passar (o administrador de e-mail do parceiro, ou o do centro quando o remetente foi recusado) e a envie de novo, ou entregue o lead ao parceiro de outra forma e o marque como entregue</translation>
    </message>
    <message>
        <source>reminder refused for good by the mail server, not sent again: {problem}</source>
        <translation>lembrete recusado definitivamente pelo servidor de e-mail, não enviado de novo: {problem}</translation>
    </message>
    <message>
        <source>the proposal changed meanwhile: {name} is proposed now; confirm to send the lead there, or choose another partner</source>
        <translation>a proposta mudou nesse meio-tempo: agora {name} é o proposto; confirme para enviar o lead para lá, ou escolha outro parceiro</translation>
    </message>
    <message>
        <source>lead {lead_id} was erased on the person&apos;s request while you had it open; what you typed about them is discarded</source>
        <translation>o lead {lead_id} foi excluído a pedido da pessoa enquanto você o tinha aberto; o que você digitou sobre ela é descartado</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is {status} now</source>
        <translation>{rep} não está com o lead {lead_id}; agora ele está {status}</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work none of your team&apos;s queues yet; an administrator or a team lead adds you to one (Worked by, in Teams and queues; qualifier queue members QUEUE --add LOGIN)</source>
        <translation>nenhum lead está disponível agora: você ainda não trabalha nenhuma fila da sua equipe; um administrador ou um líder de equipe adiciona você a uma (Trabalhada por, em Equipes e filas; qualifier queue members QUEUE --add LOGIN)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(ninguém ainda)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sem equipe)</translation>
    </message>
    <message>
        <source>(not handed off)</source>
        <translation>(não repassado)</translation>
    </message>
    <message>
        <source>(no partner rep)</source>
        <translation>(sem vendedor do parceiro)</translation>
    </message>
    <message>
        <source>(no channel manager)</source>
        <translation>(sem gerente de canal)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecida)</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(sem agente)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(sem campanha)</translation>
    </message>
    <message>
        <source>your reports are those of your teams ({teams}), not of {team!r}</source>
        <translation>seus relatórios são os das suas equipes ({teams}), não os de {team!r}</translation>
    </message>
    <message>
        <source>a publication&apos;s figure belongs to one ISO week, Monday to Sunday</source>
        <translation>um número de uma publicação pertence a uma semana ISO, de segunda a domingo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Status por região</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Status por equipe</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Status por agente</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Gerente de canal</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Status por gerente de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Status por parceiro</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Status por vendedor do parceiro</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was changed at {at:%H:%M} UTC at another of your workstations while you had it open here ({change})</source>
        <translation>o lead {lead} ({company}) foi alterado às {at:%H:%M} UTC em outra das suas estações enquanto você o tinha aberto aqui ({change})</translation>
    </message>
    <message>
        <source>a lead keeps a phone number: type the right one, or put back {old}</source>
        <translation>um lead mantém um número de telefone: digite o correto ou volte a pôr {old}</translation>
    </message>
    <message>
        <source>on the do-not-call list</source>
        <translation>na lista de não ligar</translation>
    </message>
    <message>
        <source>also belongs to lead {names}</source>
        <translation>também pertence ao lead {names}</translation>
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
        <source>lead {id}&apos;s number has had as many calls as {place} allows (at most {limits}, counting every lead with this number): call it later</source>
        <translation>o número do lead {id} já recebeu tantas ligações quanto {place} permite (no máximo {limits}, contando todos os leads com este número): ligue mais tarde</translation>
    </message>
    <message>
        <source>lead {id} may not be called now: {why}</source>
        <translation>o lead {id} não pode ser chamado agora: {why}</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number is on the national do-not-call registry: it may not be called</source>
        <translation>o número do lead {id} está no cadastro nacional de não ligar: não pode ser chamado</translation>
    </message>
    <message>
        <source>lead {id} has had its {count} attempt</source>
        <translation>o lead {id} já teve {count} tentativa, o máximo</translation>
    </message>
    <message>
        <source>lead {id} has had all {count} attempts</source>
        <translation>o lead {id} já teve todas as {count} tentativas</translation>
    </message>
    <message>
        <source>lead {id} is on do-not-call: it may not be called</source>
        <translation>o lead {id} está em não ligar: não pode ser chamado</translation>
    </message>
    <message>
        <source>lead {id} is no longer yours to call ({status}); take the next lead</source>
        <translation>o lead {id} não é mais seu para ligar ({status}); pegue o próximo lead</translation>
    </message>
    <message>
        <source>the prospect of lead {id} said no to phone calls: it may not be called. If the prospect is calling you, take it as an inbound call</source>
        <translation>o cliente potencial do lead {id} não quer ligações: não pode ser chamado. Se o cliente estiver ligando para você, assuma o lead como chamada recebida</translation>
    </message>
    <message>
        <source>the number {number} is on the do-not-call list: it may not be called</source>
        <translation>o número {number} está na lista de não ligar: não pode ser chamado</translation>
    </message>
    <message>
        <source>the number {number} is on the national do-not-call registry: it may not be called</source>
        <translation>o número {number} está no registro nacional de não ligar: não pode ser chamado</translation>
    </message>
    <message>
        <source>the number {number} may not be called now: {why}</source>
        <translation>o número {number} não pode ser chamado agora: {why}</translation>
    </message>
    <message>
        <source>the number {number} has had as many calls as {place} allows (at most {limits}): call it later</source>
        <translation>o número {number} já recebeu tantas ligações quanto {place} permite (no máximo {limits}): ligue mais tarde</translation>
    </message>
    <message>
        <source>the prospect said no to being called again: no callback can be set; choose Nurture (it is not recycled), Disqualify or Do not call</source>
        <translation>o prospect disse não a novas ligações: não é possível agendar retorno; escolha Nutrição (sem reciclagem), Desqualificar ou Não ligar</translation>
    </message>
    <message>
        <source>the number dialled must be in E.164 form (+ and up to 15 digits): {number!r}</source>
        <translation>o número discado deve estar no formato E.164 (+ e até 15 dígitos): {number!r}</translation>
    </message>
    <message>
        <source>Not saved as {chosen}: the corrected {field} is on the do-not-call list, so the lead is do-not-call: it is not called again nor handed to a partner</source>
        <translation>Não salvo como {chosen}: o {field} corrigido está na lista de não ligar, então o lead passa a não ligar: não é chamado de novo nem repassado a um parceiro</translation>
    </message>
    <message>
        <source>Nurture without a recycle date: the prospect said no to being called again; the lead comes back only if they call in</source>
        <translation>Nutrição sem data de reciclagem: o prospect disse não a novas ligações; o lead só volta se ele ligar</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other lead with the same phone or e-mail too</source>
        <translation>Na lista de não ligar; também {count} outro lead com o mesmo telefone ou e-mail</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other leads with the same phone or e-mail too</source>
        <translation>Na lista de não ligar; também {count} outros leads com o mesmo telefone ou e-mail</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {who} changed the lead since ({change})</source>
        <translation>{what} não pode ser desfeito: {who} alterou o lead desde então ({change})</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} cannot be undone: the lead was moved to a queue you do not work</source>
        <translation>o resultado do lead {lead} não pode ser desfeito: o lead foi movido para uma fila que você não atende</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>o sistema</translation>
    </message>
    <message>
        <source>settings file: [workspace] after_call_work_seconds must be 0 to {most}, not {seconds}</source>
        <translation>arquivo de configuração: [workspace] after_call_work_seconds deve estar entre 0 e {most}, não {seconds}</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}]; did you mean [{close}]? (sections: {known})</source>
        <translation>arquivo de configurações: não existe a seção [{section}]; quis dizer [{close}]? (seções: {known})</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}] (sections: {known})</source>
        <translation>arquivo de configurações: não existe a seção [{section}] (seções: {known})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>texto entre aspas</translation>
    </message>
    <message>
        <source>settings file: [{section}] {key} must be {kind}, not {value!r}</source>
        <translation>arquivo de configuração: [{section}] {key} deve ser {kind}, não {value!r}</translation>
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
        <translation>Ligação {direction}: {disposition}</translation>
    </message>
    <message>
        <source>BANT answers on {script}: grade {grade}</source>
        <translation>Respostas BANT com {script}: nota {grade}</translation>
    </message>
    <message>
        <source>Handoff to {partner} ({status})</source>
        <translation>Repasse para {partner} ({status})</translation>
    </message>
    <message>
        <source>{field} corrected</source>
        <translation>{field} corrigido</translation>
    </message>
    <message>
        <source>{partner}: {status}</source>
        <translation>{partner}: {status}</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>não aceito a tempo</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>recebida</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>efetuada</translation>
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
        <source>{at:%a %d %b %H:%M}, the prospect&apos;s time ({zone})</source>
        <translation>{at:%a %d %b %H:%M}, horário do prospect ({zone})</translation>
    </message>
    <message>
        <source>settings file: [database] url is empty; remove the line to use the embedded database</source>
        <translation>arquivo de configuração: [database] url está vazio; remova a linha para usar o banco de dados embutido</translation>
    </message>
    <message>
        <source>settings file: [mail] deadline_seconds must not be negative</source>
        <translation>arquivo de configuração: [mail] deadline_seconds não pode ser negativo</translation>
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
        <source>{key} must be a table such as {example}, not {value!r}</source>
        <translation>{key} deve ser uma tabela como {example}, não {value!r}</translation>
    </message>
    <message>
        <source>{key} must be text such as {example}, not {value!r}</source>
        <translation>{key} deve ser um texto como {example}, não {value!r}</translation>
    </message>
    <message>
        <source>fallback_time_zones must be a list of time zones such as {example}, not {value!r}</source>
        <translation>fallback_time_zones deve ser uma lista de fusos horários como {example}, não {value!r}</translation>
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
        <source>settings file: {section} must be a section ([{section}]), not {value!r}</source>
        <translation>arquivo de configuração: {section} deve ser uma seção ([{section}]), não {value!r}</translation>
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
        <source>On the do-not-call list</source>
        <translation>Na lista de não ligar</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} ({company})</source>
        <translation>o resultado do lead {lead} ({company})</translation>
    </message>
    <message>
        <source>no check-call script is installed</source>
        <translation>nenhum roteiro de ligação de verificação está instalado</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} não existe</translation>
    </message>
    <message>
        <source>{name}: a mapping is an object like {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}}</source>
        <translation>{name}: um mapeamento é um objeto como {{&quot;Cabeçalho da coluna&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Celular&quot;, &quot;Telefone&quot;]}}</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where}: {problems}</translation>
    </message>
    <message>
        <source>updated at {cleaned} is in the future</source>
        <translation>a atualização em {cleaned} está no futuro</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>o status está vazio</translation>
    </message>
    <message>
        <source>no handoff for a lead with this {what}</source>
        <translation>nenhum repasse para um lead com este {what}</translation>
    </message>
    <message>
        <source>several handed-off leads have this {what}; give the handoff id instead</source>
        <translation>vários leads repassados têm este {what}; informe o número do repasse</translation>
    </message>
    <message>
        <source>there is no handoff {handoff_id}</source>
        <translation>não existe o repasse {handoff_id}</translation>
    </message>
    <message>
        <source>lead e-mail is not valid: {reason}</source>
        <translation>o e-mail do lead não é válido: {reason}</translation>
    </message>
    <message>
        <source>the row has no handoff id, lead e-mail or lead phone</source>
        <translation>a linha não tem número de repasse, e-mail nem telefone do lead</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a number</source>
        <translation>o número de repasse {handoff_text!r} não é um número</translation>
    </message>
    <message>
        <source>lead phone is not valid ({reason}); use the +country format</source>
        <translation>o telefone do lead não é válido ({reason}); use o formato +país</translation>
    </message>
    <message>
        <source>updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>a atualização em {cleaned!r} não é uma data e hora (use AAAA-MM-DD HH:MM)</translation>
    </message>
    <message>
        <source>active {text!r} must be yes or no</source>
        <translation>active {text!r} deve ser yes ou no</translation>
    </message>
    <message>
        <source>there is no partner {partner_id}</source>
        <translation>não existe o parceiro {partner_id}</translation>
    </message>
    <message>
        <source>there is a partner called {value} already</source>
        <translation>já existe um parceiro chamado {value}</translation>
    </message>
    <message>
        <source>{login} is not a channel manager</source>
        <translation>{login} não é gerente de canal</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it and make your change again</source>
        <translation>{name} foi alterado por outra pessoa nesse meio-tempo; recarregue e faça sua alteração de novo</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it</source>
        <translation>{name} foi alterado por outra pessoa nesse meio-tempo; recarregue</translation>
    </message>
    <message>
        <source>the partner is also on line {value}</source>
        <translation>o parceiro também está na linha {value}</translation>
    </message>
    <message>
        <source>{login} may not see partner handoffs</source>
        <translation>{login} não pode ver os repasses aos parceiros</translation>
    </message>
    <message>
        <source>the file needs a handoff id, lead e-mail or lead phone column to find the handoffs by</source>
        <translation>o arquivo precisa de uma coluna de número de repasse, e-mail ou telefone do lead para encontrar os repasses</translation>
    </message>
    <message>
        <source>{login} may not see partner reports</source>
        <translation>{login} não pode ver os relatórios de parceiros</translation>
    </message>
    <message>
        <source>the number of days must be at least 1</source>
        <translation>o número de dias deve ser pelo menos 1</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is {value}; only rejected, expired or lost leads go back to nurture</source>
        <translation>o repasse {handoff_id} está {value}; só leads recusados, expirados ou perdidos voltam para nutrição</translation>
    </message>
    <message>
        <source>the lead went on to another partner (handoff {value}) after this one</source>
        <translation>o lead foi depois para outro parceiro (repasse {value})</translation>
    </message>
    <message>
        <source>say why the lead goes back to nurture</source>
        <translation>diga por que o lead volta para nutrição</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed meanwhile; reload it and try again</source>
        <translation>o repasse {handoff_id} foi alterado nesse meio-tempo; recarregue e tente de novo</translation>
    </message>
    <message>
        <source>lead {id} was changed meanwhile; try again</source>
        <translation>o lead {id} foi alterado nesse meio-tempo; tente de novo</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was delivered already; nothing to resolve</source>
        <translation>o repasse {handoff_id} já foi entregue; nada a resolver</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not waiting for a person&apos;s decision</source>
        <translation>o repasse {handoff_id} não está aguardando a decisão de uma pessoa</translation>
    </message>
    <message>
        <source>handoff {id} was changed by someone else meanwhile; try again</source>
        <translation>o repasse {id} foi alterado por outra pessoa nesse meio-tempo; tente de novo</translation>
    </message>
    <message>
        <source>say &apos;delivered&apos; or &apos;send-again&apos;, not {strip!r}</source>
        <translation>diga &apos;delivered&apos; ou &apos;send-again&apos;, não {strip!r}</translation>
    </message>
    <message>
        <source>the reminder may have reached the partner; not sent again (Message-ID {msg_id})</source>
        <translation>o lembrete pode ter chegado ao parceiro; não é enviado de novo (Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>reminder, attempt {attempt}</source>
        <translation>lembrete, tentativa {attempt}</translation>
    </message>
    <message>
        <source>reminder outcome unknown, not resent blindly: {problem}</source>
        <translation>resultado do lembrete incerto, não é reenviado às cegas: {problem}</translation>
    </message>
    <message>
        <source>reminder not sent, tried again by the next sweep: {problem}</source>
        <translation>lembrete não enviado, a próxima varredura tenta de novo: {problem}</translation>
    </message>
    <message>
        <source>lead {id} is {label}; only sales-ready leads are routed</source>
        <translation>o lead {id} está {label}; só leads prontos para vendas são encaminhados</translation>
    </message>
    <message>
        <source>partners kept filling up while this lead was routed; route it again</source>
        <translation>os parceiros foram ficando cheios enquanto este lead era encaminhado; encaminhe-o de novo</translation>
    </message>
    <message>
        <source>request {request_id} was used for another lead</source>
        <translation>a solicitação {request_id} foi usada para outro lead</translation>
    </message>
    <message>
        <source>lead {lead}: {refused}</source>
        <translation>lead {lead}: {refused}</translation>
    </message>
    <message>
        <source>{name} cannot take this lead: {join}</source>
        <translation>{name} não pode receber este lead: {join}</translation>
    </message>
    <message>
        <source>say why {name} instead of the proposed {name2}</source>
        <translation>diga por que {name} em vez do proposto {name2}</translation>
    </message>
    <message>
        <source>the request id must be 1 to 36 characters</source>
        <translation>o identificador da solicitação deve ter de 1 a 36 caracteres</translation>
    </message>
    <message>
        <source>lead {lead_id} was changed by someone else meanwhile; nothing was routed</source>
        <translation>o lead {lead_id} foi alterado por outra pessoa nesse meio-tempo; nada foi encaminhado</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it was reassigned to {name}</source>
        <translation>{rep} não está com o lead {lead_id}; ele foi reatribuído a {name}</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is no longer in your queues</source>
        <translation>{rep} não está com o lead {lead_id}; ele não está mais nas suas filas</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; {name} holds it now</source>
        <translation>{rep} não está com o lead {lead_id}; {name} está com ele agora</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot take leads</source>
        <translation>{login} está desativado e não pode pegar leads</translation>
    </message>
    <message>
        <source>{login} is paused by a team lead; no leads until resumed</source>
        <translation>{login} foi pausado por um líder de equipe; sem leads até retomar</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; nobody holds it now</source>
        <translation>{rep} não está com o lead {lead_id}; ninguém está com ele agora</translation>
    </message>
    <message>
        <source>lead {lead_id} is not held by anyone</source>
        <translation>ninguém está com o lead {lead_id}</translation>
    </message>
    <message>
        <source>there is no conversion report by {by!r}</source>
        <translation>não há relatório de conversão por {by!r}</translation>
    </message>
    <message>
        <source>there is no campaign {campaign!r}</source>
        <translation>não existe a campanha {campaign!r}</translation>
    </message>
    <message>
        <source>there is no {what} named {value!r}</source>
        <translation>não há {what} chamado {value!r}</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>a pasta {parent} não existe</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use csv, xlsx or json</source>
        <translation>formato desconhecido {fmt!r}; use csv, xlsx ou json</translation>
    </message>
    <message>
        <source>unknown status {join}; use one of {join2}</source>
        <translation>status desconhecido {join}; use um de {join2}</translation>
    </message>
    <message>
        <source>the segment is smb or enterprise</source>
        <translation>o segmento é smb ou enterprise</translation>
    </message>
    <message>
        <source>{country!r} is not a country</source>
        <translation>{country!r} não é um país</translation>
    </message>
    <message>
        <source>the week {text} has not begun yet</source>
        <translation>a semana {text} ainda não começou</translation>
    </message>
    <message>
        <source>the week must look like 2026-W48 (ISO year and week), not {text!r}</source>
        <translation>a semana deve ser como 2026-W48 (ano e semana ISO), não {text!r}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {join}</source>
        <translation>{value!r} não é um de {join}</translation>
    </message>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversão por agente</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversão por campanha</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversão por parceiro</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pegos</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Repassados</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Aceitos pelo parceiro</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganhos</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Taxa de contato</translation>
    </message>
    <message>
        <source>Qualify rate</source>
        <translation>Taxa de qualificação</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taxa de aceitação</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taxa de ganho</translation>
    </message>
    <message>
        <source>Hours on leads</source>
        <translation>Horas em leads</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Receita</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualificados</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceitos</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Receita ganha</translation>
    </message>
    <message>
        <source>Cost per qualified lead</source>
        <translation>Custo por lead qualificado</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Parceiro</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Repasses</translation>
    </message>
    <message>
        <source>Hours to accept</source>
        <translation>Horas até aceitar</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Violações de SLA</translation>
    </message>
    <message>
        <source>Feedback compliance</source>
        <translation>Cumprimento do retorno</translation>
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
        <source>Pipeline value</source>
        <translation>Valor de pipeline</translation>
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
        <translation>o motivo tem {len} caracteres; no máximo {REASON_MAX}</translation>
    </message>
    <message>
        <source>unknown state {state!r}: choose one of {choices}</source>
        <translation>status desconhecido {state!r}: escolha um de {choices}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was taken over while you had it open: {holder} holds it now</source>
        <translation>o lead {lead} ({company}) foi assumido enquanto você o tinha aberto: {holder} está com ele agora</translation>
    </message>
    <message>
        <source> (last change: {change} by {by} at {at:%H:%M} UTC)</source>
        <translation> (última alteração: {change} por {by} às {at:%H:%M} UTC)</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was reassigned to {assigned} while you had it open</source>
        <translation>o lead {lead} ({company}) foi reatribuído a {assigned} enquanto você o tinha aberto</translation>
    </message>
    <message>
        <source>. Your notes are kept as a draft.</source>
        <translation>. Suas notas ficam guardadas como rascunho.</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} now; nobody holds it</source>
        <translation>o lead {lead} ({company}) está {status} agora; ninguém está com ele</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) changed while you had it open (your lease ran out); nobody holds it now</source>
        <translation>o lead {lead} ({company}) mudou enquanto você o tinha aberto (sua reserva expirou); ninguém está com ele agora</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>um operador</translation>
    </message>
    <message>
        <source>{field!r} is not a contact field (phone or email)</source>
        <translation>{field!r} não é um campo de contato (phone ou email)</translation>
    </message>
    <message>
        <source>the corrected {field} is on the do-not-call list; choose Do not call for this lead</source>
        <translation>o {field} corrigido está na lista de não ligar; escolha Não ligar para este lead</translation>
    </message>
    <message>
        <source>phone {value!r}: {reason}</source>
        <translation>telefone {value!r}: {reason}</translation>
    </message>
    <message>
        <source>e-mail {value!r}: {reason}</source>
        <translation>e-mail {value!r}: {reason}</translation>
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
        <translation>digite um número de telefone, um endereço de e-mail, um nome ou uma empresa</translation>
    </message>
    <message>
        <source>type at least {MIN_PREFIX} letters of a name or company</source>
        <translation>digite pelo menos {MIN_PREFIX} letras de um nome ou empresa</translation>
    </message>
    <message>
        <source>phone {query}: {reason}</source>
        <translation>telefone {query}: {reason}</translation>
    </message>
    <message>
        <source>lead {id} ({company}) is being worked by {name}</source>
        <translation>o lead {id} ({company}) está sendo trabalhado por {name}</translation>
    </message>
    <message>
        <source>you hold lead {other}: save or release it before taking another</source>
        <translation>você está com o lead {other}: salve-o ou libere-o antes de pegar outro</translation>
    </message>
    <message>
        <source>lead {lead_id} changed a moment ago; search again</source>
        <translation>o lead {lead_id} mudou há um instante; busque de novo</translation>
    </message>
    <message>
        <source>lead {id} is outside its calling window ({text}){when}. If the prospect is calling you, take it as an inbound call</source>
        <translation>o lead {id} está fora da sua janela de ligações ({text}){when}. Se o prospect estiver ligando para você, atenda como ligação recebida</translation>
    </message>
    <message>
        <source>this request id was already used for another outcome</source>
        <translation>este identificador de solicitação já foi usado para outro resultado</translation>
    </message>
    <message>
        <source>a callback then is not allowed: {refused}</source>
        <translation>um retorno nesse horário não é permitido: {refused}</translation>
    </message>
    <message>
        <source>the talk time cannot be negative</source>
        <translation>o tempo de conversa não pode ser negativo</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}), but {refused}</source>
        <translation>Pronto para vendas (nota {grade}), mas {refused}</translation>
    </message>
    <message>
        <source>the request id must be 8–36 letters, digits or dashes</source>
        <translation>o identificador de solicitação deve ter de 8 a 36 letras, dígitos ou hífens</translation>
    </message>
    <message>
        <source>answer “{text}” first: a sales-ready lead needs every required answer</source>
        <translation>responda primeiro “{text}”: um lead pronto para vendas precisa de todas as respostas obrigatórias</translation>
    </message>
    <message>
        <source>the script recommends {phrase} (grade {grade}: {reason}); say why you choose {phrase2} instead</source>
        <translation>o roteiro recomenda {phrase} (nota {grade}: {reason}); diga por que você escolhe {phrase2}</translation>
    </message>
    <message>
        <source>go through the script before calling a lead sales-ready</source>
        <translation>percorra o roteiro antes de declarar um lead pronto para vendas</translation>
    </message>
    <message>
        <source>question {key!r} is not in script {name} v{version}</source>
        <translation>a pergunta {key!r} não está no roteiro {name} v{version}</translation>
    </message>
    <message>
        <source>there is no script {script_id}</source>
        <translation>não existe o roteiro {script_id}</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {value} has the lead now</source>
        <translation>{what} não pode ser desfeito: {value} está com o lead agora</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead changed since</source>
        <translation>{what} não pode ser desfeito: o lead mudou desde então</translation>
    </message>
    <message>
        <source>there is no outcome {attempt_id} of yours to undo</source>
        <translation>não há resultado {attempt_id} seu para desfazer</translation>
    </message>
    <message>
        <source>{what} was saved {int} s ago; it can be undone only within {UNDO_SECONDS} s. Open the lead again to change it.</source>
        <translation>{what} foi salvo há {int} s; só pode ser desfeito em até {UNDO_SECONDS} s. Abra o lead de novo para alterá-lo.</translation>
    </message>
    <message>
        <source>{what} is do-not-call: it applies at once to every lead with the same phone or e-mail and is lifted only from the do-not-call list</source>
        <translation>{what} é não ligar: vale imediatamente para todos os leads com o mesmo telefone ou e-mail e só é retirado pela lista de não ligar</translation>
    </message>
    <message>
        <source>{what} has no record of how the lead was before; not undone</source>
        <translation>{what} não tem registro de como o lead estava antes; não desfeito</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already and delivered</source>
        <translation>{what} não pode ser desfeito: o lead já foi repassado a um parceiro e entregue</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already</source>
        <translation>{what} não pode ser desfeito: o lead já foi repassado a um parceiro</translation>
    </message>
    <message>
        <source>no BANT script is installed for the {segment} segment</source>
        <translation>nenhum roteiro BANT está instalado para o segmento {segment}</translation>
    </message>
</context>
<context>
    <name>MoveLeadsDialog</name>
    <message>
        <source>Remove queue</source>
        <translation>Remover fila</translation>
    </message>
    <message>
        <source>The queue {name} still holds {plural} (waiting, called back or in nurture). Move them to:</source>
        <translation>A fila {name} ainda contém {plural} (aguardando, com retorno ou em nutrição). Mova-os para:</translation>
    </message>
    <message>
        <source>Move the leads to</source>
        <translation>Mover os leads para</translation>
    </message>
    <message>
        <source>&amp;Move them and remove the queue</source>
        <translation>&amp;Movê-los e remover a fila</translation>
    </message>
    <message>
        <source>There is no other open queue: add one first.</source>
        <translation>Não há outra fila aberta: adicione uma primeiro.</translation>
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
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Resultado: {kind}</translation>
    </message>
    <message>
        <source>How the call went</source>
        <translation>Como foi a ligação</translation>
    </message>
    <message>
        <source>Callback time in other zones</source>
        <translation>Horário do retorno em outros fusos</translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Somente e&amp;u (senão qualquer pessoa da fila)</translation>
    </message>
    <message>
        <source>Callback for me only</source>
        <translation>Retorno só para mim</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recycle date</source>
        <translation>Data de reciclagem</translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>por que você decide diferente do roteiro</translation>
    </message>
    <message>
        <source>Reason for overruling the recommendation</source>
        <translation>Motivo para decidir diferente da recomendação</translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notas para o próximo agente ou para o parceiro</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Salvar resultado  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Salvar resultado</translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Pegar o próximo lead ao salvar</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problema com o resultado</translation>
    </message>
    <message>
        <source>How it went: problem</source>
        <translation>Como foi: problema</translation>
    </message>
    <message>
        <source>Callback time problem</source>
        <translation>Problema com a hora do retorno</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problema com o motivo</translation>
    </message>
    <message>
        <source>Recycle date problem</source>
        <translation>Problema com a data de reciclagem</translation>
    </message>
    <message>
        <source>Overrule reason problem</source>
        <translation>Problema com o motivo para decidir diferente</translation>
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
        <translation>Rec&amp;iclar em</translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation>&amp;Decidir diferente porque</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>&amp;Notas</translation>
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
</context>
<context>
    <name>PartnerChoiceDialog</name>
    <message>
        <source>Hand off lead {lead_id}</source>
        <translation>Repassar o lead {lead_id}</translation>
    </message>
    <message>
        <source>Finding the best partner…</source>
        <translation>Procurando o melhor parceiro…</translation>
    </message>
    <message>
        <source>Eligible partners</source>
        <translation>Parceiros elegíveis</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por que este parceiro</translation>
    </message>
    <message>
        <source>Reason for another partner</source>
        <translation>Motivo para outro parceiro</translation>
    </message>
    <message>
        <source>Why not the proposed partner? (required)</source>
        <translation>Por que não o parceiro proposto? (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation>&amp;Repassar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Reason for choosing another partner</source>
        <translation>&amp;Motivo para escolher outro parceiro</translation>
    </message>
    <message>
        <source>No partner can take {value} now</source>
        <translation>Nenhum parceiro pode receber {value} agora</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>este lead</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation>{value} vai para {name}</translation>
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
        <translation>Diga por que {chosen} em vez de {first}.</translation>
    </message>
    <message>
        <source>Handing off…</source>
        <translation>Repassando…</translation>
    </message>
</context>
<context>
    <name>PartnerRouting</name>
    <message>
        <source>Lead {lead_id} is ready for a partner; no proposal: {problem_text}</source>
        <translation>O lead {lead_id} está pronto para um parceiro; sem proposta: {problem_text}</translation>
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
        <translation>Lead {lead_id} repassado para {partner} ({status_text}).</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>No mail server is configured: handoffs are not e-mailed to partners. Their packages wait in the outbox folder ({outbox}) as “awaiting delivery”, and their acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA sweep e-mails them and their SLAs start then.</source>
        <translation>Nenhum servidor de e-mail está configurado: os repasses não são enviados por e-mail aos parceiros. Seus pacotes aguardam na pasta da caixa de saída ({outbox}) como “aguardando envio”, e seus SLAs de aceitação não começam. Quando [mail] for definido no arquivo de configuração, a próxima varredura de SLA os envia por e-mail e seus SLAs começam então.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Parceiros</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Diretório</translation>
    </message>
    <message>
        <source>Handoffs and feedback</source>
        <translation>Repasses e retornos</translation>
    </message>
    <message>
        <source>Waiting for a partner</source>
        <translation>Aguardando um parceiro</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>Sem informar</translation>
    </message>
    <message>
        <source>Check calls</source>
        <translation>Ligações de verificação</translation>
    </message>
</context>
<context>
    <name>PassRulesTable</name>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Pass rules</source>
        <translation>Regras de aprovação</translation>
    </message>
    <message>
        <source>The fewest points per dimension for each grade; the first grade a lead meets is its grade, D when none. Empty cell: no minimum; empty row: no such grade.</source>
        <translation>O mínimo de pontos por dimensão para cada nota; a primeira nota que um lead alcança é a sua nota, D se nenhuma. Célula vazia: sem mínimo; linha vazia: essa nota não existe.</translation>
    </message>
    <message>
        <source>{segment} {grade}, {dimension}: {text!r} is not whole points</source>
        <translation>{segment} {grade}, {dimension}: {text!r} não é um número inteiro de pontos</translation>
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
        <source>{login}: you signed in with a one-time password. Choose your own to continue.</source>
        <translation>{login}: você entrou com uma senha de uso único. Escolha a sua para continuar.</translation>
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
        <translation>Senha a&amp;tual</translation>
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
    <name>PeopleListDialog</name>
    <message>
        <source>People added from {file}</source>
        <translation>Pessoas adicionadas de {file}</translation>
    </message>
    <message>
        <source>{file}: {rows} = {added} added + {refused} refused</source>
        <translation>{file}: {rows} = {added} adicionadas + {refused} recusadas</translation>
    </message>
    <message>
        <source>, {hidden} hidden in the workbook (not read)</source>
        <translation>, {hidden} ocultas na planilha (não lidas)</translation>
    </message>
    <message>
        <source>Give each person their one-time password now: it is shown only this once, and they choose their own at the first sign-in.</source>
        <translation>Entregue agora a cada pessoa sua senha de uso único: ela só é mostrada esta vez, e cada uma escolhe a sua no primeiro acesso.</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Pessoas adicionadas</translation>
    </message>
    <message>
        <source>Row {line} ({login}): {reason}</source>
        <translation>Linha {line} ({login}): {reason}</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>sem login</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copiar a tabela</translation>
    </message>
    <message>
        <source>Tab-separated, to paste into a spreadsheet</source>
        <translation>Separado por tabulações, para colar numa planilha</translation>
    </message>
</context>
<context>
    <name>PeopleListImport</name>
    <message>
        <source>A list of people</source>
        <translation>Uma lista de pessoas</translation>
    </message>
    <message>
        <source>Adding the people of {file}…</source>
        <translation>Adicionando as pessoas de {file}…</translation>
    </message>
    <message>
        <source>Adding… row {line} done</source>
        <translation>Adicionando… linha {line} feita</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>E&amp;xport person data…</source>
        <translation>E&amp;xportar dados da pessoa…</translation>
    </message>
    <message>
        <source>Every row about the person, as JSON in a zip</source>
        <translation>Todas as linhas sobre a pessoa, como JSON em um zip</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Apagar pessoa…</translation>
    </message>
    <message>
        <source>Ask for &amp;erasure…</source>
        <translation>Solicitar &amp;exclusão…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exportar os dados da pessoa</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{rows} about {leads} written to {path}</source>
        <translation>{rows} sobre {leads} gravadas em {path}</translation>
    </message>
    <message>
        <source>Erasure requested for {leads}; an administrator erases it</source>
        <translation>Exclusão solicitada para {leads}; um administrador a apaga</translation>
    </message>
    <message>
        <source>Erased: {leads}, {rows} replaced, {files} shredded; phone and e-mail stay on the do-not-call list as hashes</source>
        <translation>Apagado: {leads}, {rows} substituídas, {files} destruídos; telefone e e-mail ficam na lista de não ligar como hashes</translation>
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
        <translation>Semana a publicar</translation>
    </message>
    <message>
        <source>Dr&amp;y run</source>
        <translation>S&amp;imulação</translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing</source>
        <translation>Dizer o que seria enviado; não enviar nada</translation>
    </message>
    <message>
        <source>&amp;Publish scorecards</source>
        <translation>&amp;Publicar boletins</translation>
    </message>
    <message>
        <source>E-mail last week&apos;s scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation>Enviar por e-mail os boletins da semana passada a cada parceiro e gerente de canal, e aos supervisores o resumo de quem não está informando; nunca duas vezes na mesma semana</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emana</translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation>Publicação semanal:</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Parceiros sem retorno</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>Calculando os boletins…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publicando…</translation>
    </message>
    <message>
        <source>Not reporting: {partner} ({share}, routing weight {before} → {now})</source>
        <translation>Sem informar: {partner} ({share}, peso de roteamento {before} → {now})</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Escolha um número: nomes não representam leads</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question key</source>
        <translation>Chave da pergunta</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texto da pergunta</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Tipo de resposta</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Obri&amp;gatória</translation>
    </message>
    <message>
        <source>the screen&apos;s dimension</source>
        <translation>a dimensão da tela</translation>
    </message>
    <message>
        <source>Points count for</source>
        <translation>Os pontos contam para</translation>
    </message>
    <message>
        <source>Question asked of</source>
        <translation>Pergunta feita a</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>Adicionar &amp;opção</translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation>Remover o&amp;pção</translation>
    </message>
    <message>
        <source>at least:points, e.g. 500:10, 100:5</source>
        <translation>pelo menos:pontos, ex.: 500:10, 100:5</translation>
    </message>
    <message>
        <source>Point bands</source>
        <translation>Faixas de pontos</translation>
    </message>
    <message>
        <source>Question problems</source>
        <translation>Problemas da pergunta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Pontos para</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Perguntado a</translation>
    </message>
</context>
<context>
    <name>QueueOverview</name>
    <message>
        <source>Shared lead queue</source>
        <translation>Fila compartilhada de leads</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>{plural} in the refinery</source>
        <translation>{plural} na refinaria</translation>
    </message>
    <message>
        <source>Could not load the queue: {message}</source>
        <translation>Não foi possível carregar a fila: {message}</translation>
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
        <translation>Próximo lead</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>Status da fila</translation>
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
        <source>Nothing eligible now</source>
        <translation>Nada disponível agora</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation>Nova &amp;fila</translation>
    </message>
    <message>
        <source>e.g. SMB West</source>
        <translation>ex.: PMEs Oeste</translation>
    </message>
    <message>
        <source>Higher first: a rep&apos;s next lead comes from the highest queue</source>
        <translation>Maior primeiro: o próximo lead de um agente vem da fila mais alta</translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation>&amp;Remover fila…</translation>
    </message>
    <message>
        <source>Queue na&amp;me</source>
        <translation>No&amp;me da fila</translation>
    </message>
    <message>
        <source>&amp;Under team</source>
        <translation>Na &amp;equipe</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gmento</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Prioridade</translation>
    </message>
    <message>
        <source>&amp;Worked by</source>
        <translation>&amp;Trabalhada por</translation>
    </message>
    <message>
        <source>What happened to the queue</source>
        <translation>O que aconteceu com a fila</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to the queue</source>
        <translation>Nenhuma regra de pontuação envia leads para a fila</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sem equipe</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>Espaço marca ou desmarca a pessoa sob o cursor</translation>
    </message>
    <message>
        <source>A new queue is worked by its team&apos;s reps; change it after saving</source>
        <translation>Uma fila nova é trabalhada pelos agentes da sua equipe; altere isso depois de salvar</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to queue {name}: imports never fill it until the rules name it (Scoring rules area).</source>
        <translation>Nenhuma regra de pontuação envia leads para a fila {name}: as importações não a preenchem até que as regras a nomeiem (área Regras de pontuação).</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Nova fila</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>Fila {name}</translation>
    </message>
    <message>
        <source>Queue {name} is added.</source>
        <translation>A fila {name} foi adicionada.</translation>
    </message>
    <message>
        <source>Queue {name} is saved.</source>
        <translation>A fila {name} foi salva.</translation>
    </message>
    <message>
        <source>Sa&amp;ve queue</source>
        <translation>Sal&amp;var fila</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Remover fila</translation>
    </message>
    <message>
        <source>Remove the queue {name}? It holds no leads; nobody works it any more.</source>
        <translation>Remover a fila {name}? Ela não contém leads; ninguém a trabalha mais.</translation>
    </message>
    <message>
        <source>; {leads} moved to {queue}</source>
        <translation>; {leads} movidos para {queue}</translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation>A fila {name} foi removida{where}.</translation>
    </message>
</context>
<context>
    <name>RegistryImportPanel</name>
    <message>
        <source>Loading the registries…</source>
        <translation>Carregando os registros…</translation>
    </message>
    <message>
        <source>one number a line, or CSV with a number column</source>
        <translation>um número por linha, ou CSV com uma coluna de números</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Snapshot taken on</source>
        <translation>Instantâneo obtido em</translation>
    </message>
    <message>
        <source>Import a national registry snapshot</source>
        <translation>Importar um instantâneo de registro nacional</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Arq&amp;uivo</translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Es&amp;colher…</translation>
    </message>
    <message>
        <source>Taken o&amp;n</source>
        <translation>&amp;Obtido em</translation>
    </message>
    <message>
        <source>&amp;Load it although it holds far fewer numbers</source>
        <translation>Carregá-lo mesmo com muito me&amp;nos números</translation>
    </message>
    <message>
        <source>Registry import progress</source>
        <translation>Progresso da importação do registro</translation>
    </message>
    <message>
        <source>Registry snapshot</source>
        <translation>Instantâneo do registro</translation>
    </message>
    <message>
        <source>No national registry imported yet</source>
        <translation>Nenhum registro nacional importado ainda</translation>
    </message>
    <message>
        <source>STALE: claims blocked</source>
        <translation>DESATUALIZADO: retirada de leads bloqueada</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>{name}: honoured, never imported · {fresh}</source>
        <translation>{name}: respeitado, nunca importado · {fresh}</translation>
    </message>
    <message>
        <source>{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}</source>
        <translation>{name}: {taken_on}, {age} / {max_age} dias, {entries} números · {fresh}</translation>
    </message>
    <message>
        <source>choose the registry file</source>
        <translation>escolha o arquivo do registro</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>%1 numbers read; stored when the whole file has been read</source>
        <translation>%1 números lidos; gravados quando o arquivo inteiro tiver sido lido</translation>
    </message>
    <message>
        <source>%1 registry of %2: %3 numbers from %4 lines; claims follow it now</source>
        <translation>Registro %1 de %2: %3 números de %4 linhas; a retirada de leads já segue este registro</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
</context>
<context>
    <name>RepBoard</name>
    <message>
        <source>Team board</source>
        <translation>Quadro da equipe</translation>
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
        <translation>O custo é o gasto da campanha, não leads</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Escolha um número: nomes não representam leads</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversão por agente</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversão por campanha</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversão por parceiro</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Status por região</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Status por equipe</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Status por agente</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Status por gerente de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Status por parceiro</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Status por vendedor do parceiro</translation>
    </message>
    <message>
        <source>Check calls per partner and partner rep</source>
        <translation>Ligações de verificação por parceiro e vendedor do parceiro</translation>
    </message>
    <message>
        <source>Check calls per rep</source>
        <translation>Ligações de verificação por agente</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Todo o período</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtro de equipe</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campanha</translation>
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
        <translation>&amp;De</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>At&amp;é</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tabela do relatório</translation>
    </message>
    <message>
        <source>This report per group</source>
        <translation>Este relatório por grupo</translation>
    </message>
    <message>
        <source>Funnel: claimed → won</source>
        <translation>Funil: assumidos → ganhos</translation>
    </message>
    <message>
        <source>Trend per day</source>
        <translation>Tendência por dia</translation>
    </message>
    <message>
        <source>Sales-ready and won per rep</source>
        <translation>Prontos para venda e ganhos por agente</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Este relatório</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funil</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Por agente</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>todas as equipes</translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation>todas as campanhas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>{summary} behind {title}</source>
        <translation>{summary} por trás de {title}</translation>
    </message>
    <message>
        <source>{title} · {period} · {plural}</source>
        <translation>{title} · {period} · {plural}</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportados para {path}</translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation>Abrindo os leads…</translation>
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
        <translation>{text} não é um número inteiro de {what}</translation>
    </message>
    <message>
        <source>calls per lead before nurture</source>
        <translation>ligações por lead antes da nutrição</translation>
    </message>
    <message>
        <source>e.g. 120, 240, 1440 (the last repeats; empty: no more calls)</source>
        <translation>ex.: 120, 240, 1440 (o último se repete; vazio: sem mais ligações)</translation>
    </message>
    <message>
        <source>days until a nurtured lead is called again</source>
        <translation>dias até um lead em nutrição receber nova ligação</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>opcional: por quê (fica no registro de auditoria)</translation>
    </message>
    <message>
        <source>Retries after a call that reached nobody</source>
        <translation>Novas tentativas após uma ligação que não alcançou ninguém</translation>
    </message>
    <message>
        <source>&amp;Update retries</source>
        <translation>Atuali&amp;zar tentativas</translation>
    </message>
    <message>
        <source>Ma&amp;x attempts</source>
        <translation>Má&amp;x. tentativas</translation>
    </message>
    <message>
        <source>Nurture &amp;for, days</source>
        <translation>N&amp;utrição durante, dias</translation>
    </message>
    <message>
        <source>Why (retries)</source>
        <translation>Por quê (novas tentativas)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Retry rules status</source>
        <translation>Status das regras de nova tentativa</translation>
    </message>
    <message>
        <source>No answer, m&amp;inutes</source>
        <translation>N&amp;ão atende, minutos</translation>
    </message>
    <message>
        <source>&amp;Busy, minutes</source>
        <translation>&amp;Ocupado, minutos</translation>
    </message>
    <message>
        <source>Voicemail &amp;left, minutes</source>
        <translation>&amp;Recado na caixa postal, minutos</translation>
    </message>
    <message>
        <source>Wron&amp;g number, minutes</source>
        <translation>Número &amp;errado, minutos</translation>
    </message>
    <message>
        <source>Bad number, minutes</source>
        <translation>Número inválido, minutos</translation>
    </message>
    <message>
        <source>Not saved in the database yet: each workstation follows its settings file. Saving makes these the rules of every workstation.</source>
        <translation>Ainda não salvas no banco de dados: cada estação segue seu arquivo de configuração. Salvar torna estas as regras de todas as estações.</translation>
    </message>
    <message>
        <source>Shared by every workstation; saved {when} UTC by {who}.</source>
        <translation>Compartilhadas por todas as estações; salvas em {when} UTC por {who}.</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings file sets its own: {names}.</source>
        <translation>O arquivo de configuração desta estação define as suas próprias: {names}.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>ligações</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dias</translation>
    </message>
    <message>
        <source>Saved: the next call outcome follows these rules.</source>
        <translation>Salvo: o próximo resultado de ligação segue estas regras.</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation>Parceiro proposto</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Por que este parceiro</translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation>&amp;Confirmar e enviar  (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Confirm the proposed partner</source>
        <translation>Confirmar o parceiro proposto</translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation>Escolher &amp;outro…</translation>
    </message>
    <message>
        <source>Choose another partner, with a reason</source>
        <translation>Escolher outro parceiro, com um motivo</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Leave the lead ready for a partner</source>
        <translation>Deixar o lead pronto para um parceiro</translation>
    </message>
    <message>
        <source>Not for a partner: the prospect said no</source>
        <translation>Não é para um parceiro: o prospect recusou</translation>
    </message>
    <message>
        <source>No partner can take it now</source>
        <translation>Nenhum parceiro pode recebê-lo agora</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Sales-ready leads that have no partner yet: new ones, rejected ones, and those whose partner let the SLA run out with nobody else eligible.</source>
        <translation>Leads prontos para vendas que ainda não têm parceiro: novos, recusados e aqueles cujo parceiro deixou o SLA vencer sem outro elegível.</translation>
    </message>
    <message>
        <source>Waiting leads</source>
        <translation>Leads em espera</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>&amp;Choose partner…</source>
        <translation>&amp;Escolher parceiro…</translation>
    </message>
    <message>
        <source>Route &amp;all</source>
        <translation>Encaminhar &amp;todos</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Encaminhando…</translation>
    </message>
    <message>
        <source>(no eligible partner)</source>
        <translation>(nenhum parceiro elegível)</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation>{plural} aguardando um parceiro</translation>
    </message>
    <message>
        <source>Routed {plural}; {waiting} still wait</source>
        <translation>{plural} encaminhados; {waiting} ainda aguardam</translation>
    </message>
    <message>
        <source>. {count} queued for e-mail: the outbox sweep sends them</source>
        <translation>. {count} na fila para e-mail: a varredura da caixa de saída os envia</translation>
    </message>
    <message>
        <source>. {count} awaiting delivery in the outbox: no mail server is configured, their SLAs have not started</source>
        <translation>. {count} aguardando envio na caixa de saída: nenhum servidor de e-mail configurado, seus SLAs não começaram</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Selecione primeiro um lead.</translation>
    </message>
</context>
<context>
    <name>SaferOutcomes</name>
    <message>
        <source>There is no outcome to undo: only the last one, within 30 s.</source>
        <translation>Não há resultado para desfazer: só o último, em até 30 s.</translation>
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
        <translation>Desfazendo o resultado do lead {lead_id}…</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>At least employees</source>
        <translation>Pelo menos funcionários</translation>
    </message>
    <message>
        <source>the first size reached, from the largest</source>
        <translation>o primeiro porte alcançado, a partir do maior</translation>
    </message>
    <message>
        <source>Industry contains</source>
        <translation>Setor contém</translation>
    </message>
    <message>
        <source>the first keyword found in the industry</source>
        <translation>a primeira palavra-chave encontrada no setor</translation>
    </message>
    <message>
        <source>Title word</source>
        <translation>Palavra do cargo</translation>
    </message>
    <message>
        <source>the first word or phrase found in the title</source>
        <translation>a primeira palavra ou expressão encontrada no cargo</translation>
    </message>
    <message>
        <source>Interest contains</source>
        <translation>Interesse contém</translation>
    </message>
    <message>
        <source>the first keyword found</source>
        <translation>a primeira palavra-chave encontrada</translation>
    </message>
    <message>
        <source>Source contains</source>
        <translation>Fonte contém</translation>
    </message>
    <message>
        <source>the first keyword found in the source</source>
        <translation>a primeira palavra-chave encontrada na fonte</translation>
    </message>
    <message>
        <source>Inquired within days</source>
        <translation>Consulta há no máximo dias</translation>
    </message>
    <message>
        <source>the first limit not exceeded, from the shortest</source>
        <translation>o primeiro limite não ultrapassado, a partir do menor</translation>
    </message>
    <message>
        <source>At least touches</source>
        <translation>Pelo menos contatos</translation>
    </message>
    <message>
        <source>the first count reached, from the highest</source>
        <translation>a primeira contagem alcançada, a partir da maior</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Setor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Interesse em produto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Recency days</source>
        <translation>Dias desde a consulta</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Fila</translation>
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
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Enterprise from &amp;employees</source>
        <translation>Enterprise a partir de &amp;funcionários</translation>
    </message>
    <message>
        <source>or annual re&amp;venue</source>
        <translation>ou fatu&amp;ramento anual</translation>
    </message>
    <message>
        <source>Enterprise from employees</source>
        <translation>Enterprise a partir de funcionários</translation>
    </message>
    <message>
        <source>Enterprise from annual revenue</source>
        <translation>Enterprise a partir de faturamento anual</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Tabela de pontos</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Adicionar &amp;linha</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Remo&amp;ver linha</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Regras de fila</translation>
    </message>
    <message>
        <source>Add q&amp;ueue rule</source>
        <translation>Adicionar regra de f&amp;ila</translation>
    </message>
    <message>
        <source>Remove queue ru&amp;le</source>
        <translation>Re&amp;mover regra de fila</translation>
    </message>
    <message>
        <source>Rule u&amp;p</source>
        <translation>S&amp;ubir regra</translation>
    </message>
    <message>
        <source>Rule d&amp;own</source>
        <translation>&amp;Descer regra</translation>
    </message>
    <message>
        <source>Scoring form problems</source>
        <translation>Problemas no formulário de pontuação</translation>
    </message>
    <message>
        <source>Point &amp;table</source>
        <translation>&amp;Tabela de pontos</translation>
    </message>
    <message>
        <source>Queue rules, first match wins: empty cells match anything; lists are comma-separated (countries US, CA; regions US-FL). The last rule should match everything.</source>
        <translation>Regras de fila, vale a primeira que corresponder: células vazias correspondem a tudo; listas são separadas por vírgulas (países US, CA; regiões US-FL). A última regra deve corresponder a tudo.</translation>
    </message>
    <message>
        <source>Points for {reading}.</source>
        <translation>Pontos para {reading}.</translation>
    </message>
    <message>
        <source>The Enterprise thresholds must be numbers</source>
        <translation>Os limites de Enterprise devem ser números</translation>
    </message>
    <message>
        <source>Row {row}: {column} and whole points, please</source>
        <translation>Linha {row}: {column} e pontos inteiros, por favor</translation>
    </message>
    <message>
        <source>Queue rule {row} needs a queue</source>
        <translation>A regra de fila {row} precisa de uma fila</translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Scoring rules versions</source>
        <translation>Versões das regras de pontuação</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Scoring rules JSON</source>
        <translation>JSON das regras de pontuação</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Escolha uma versão para editar</translation>
    </message>
    <message>
        <source>Scoring rules problems</source>
        <translation>Problemas nas regras de pontuação</translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation>O efeito na fila aparece aqui quando as regras forem válidas.</translation>
    </message>
    <message>
        <source>Effect of the rules</source>
        <translation>Efeito das regras</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>o que muda e por quê (fica na auditoria)</translation>
    </message>
    <message>
        <source>Preview, then apply</source>
        <translation>Visualize, depois aplique</translation>
    </message>
    <message>
        <source>&amp;Apply and rescore</source>
        <translation>Aplicar &amp;e repontuar</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;quê</translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation>Efeito nos leads na fila ainda não trabalhados</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Não é JSON: {problem} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>The rules must be a JSON object</source>
        <translation>As regras devem ser um objeto JSON</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Não é válido:</translation>
    </message>
    <message>
        <source>Valid: previewing the effect on the queue…</source>
        <translation>Válidas: calculando o efeito na fila…</translation>
    </message>
    <message>
        <source>Counting the leads that would change…</source>
        <translation>Contando os leads que mudariam…</translation>
    </message>
    <message>
        <source>Valid: see the effect before applying</source>
        <translation>Válidas: veja o efeito antes de aplicar</translation>
    </message>
    <message>
        <source>Nothing to preview until the rules validate.</source>
        <translation>Nada a visualizar até as regras serem válidas.</translation>
    </message>
    <message>
        <source>Wait for the preview of these rules before applying</source>
        <translation>Aguarde a visualização destas regras antes de aplicar</translation>
    </message>
    <message>
        <source>Apply again to replace version {version} with these rules</source>
        <translation>Aplique de novo para substituir a versão {version} por estas regras</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Aplicadas como versão {version}</translation>
    </message>
    <message>
        <source>Version {version} already says this; nothing saved</source>
        <translation>A versão {version} já diz isso; nada foi salvo</translation>
    </message>
    <message>
        <source>Rescored {examined} queued leads: {changed} changed, {moved} moved to another queue.</source>
        <translation>{examined} leads na fila repontuados: {changed} alterados, {moved} movidos para outra fila.</translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>{name} is not a script (a JSON object)</source>
        <translation>{name} não é um roteiro (um objeto JSON)</translation>
    </message>
    <message>
        <source>cannot write {name}: {problem}</source>
        <translation>não é possível gravar {name}: {problem}</translation>
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
        <translation>Importar um roteiro</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Exportar o roteiro</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Gravado em {path}</translation>
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
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>Script name</source>
        <translation>Nome do roteiro</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Título do roteiro</translation>
    </message>
    <message>
        <source>Nurture af&amp;ter</source>
        <translation>N&amp;utrição após</translation>
    </message>
    <message>
        <source>Default recycle months</source>
        <translation>Meses de reciclagem padrão</translation>
    </message>
    <message>
        <source>Script problems</source>
        <translation>Problemas no roteiro</translation>
    </message>
    <message>
        <source>Screens and questions</source>
        <translation>Telas e perguntas</translation>
    </message>
    <message>
        <source>Pass rules and grades</source>
        <translation>Regras de aprovação e notas</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Telas</translation>
    </message>
    <message>
        <source>&amp;Add screen</source>
        <translation>Adicionar te&amp;la</translation>
    </message>
    <message>
        <source>&amp;Remove screen</source>
        <translation>R&amp;emover tela</translation>
    </message>
    <message>
        <source>Screen u&amp;p</source>
        <translation>Su&amp;bir tela</translation>
    </message>
    <message>
        <source>Screen d&amp;own</source>
        <translation>&amp;Descer tela</translation>
    </message>
    <message>
        <source>Screen key</source>
        <translation>Chave da tela</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Título da tela</translation>
    </message>
    <message>
        <source>What the rep says</source>
        <translation>O que o agente diz</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>sem pontos</translation>
    </message>
    <message>
        <source>Screen points count for</source>
        <translation>Os pontos da tela contam para</translation>
    </message>
    <message>
        <source>Screen shown to</source>
        <translation>Tela mostrada a</translation>
    </message>
    <message>
        <source>Screen problems</source>
        <translation>Problemas na tela</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Add q&amp;uestion</source>
        <translation>Adi&amp;cionar pergunta</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Remo&amp;ver pergunta</translation>
    </message>
    <message>
        <source>Question up</source>
        <translation>Subir pergunta</translation>
    </message>
    <message>
        <source>Question down</source>
        <translation>Descer pergunta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Rep says</source>
        <translation>O agente diz</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Pontos para</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Mostrada a</translation>
    </message>
    <message>
        <source>Screens, in order</source>
        <translation>Telas, em ordem</translation>
    </message>
    <message>
        <source>Questions of the screen</source>
        <translation>Perguntas da tela</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Nova tela</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>escolha única</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>múltipla escolha</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sim ou não</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valor monetário</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>every segment</source>
        <translation>todos os segmentos</translation>
    </message>
    <message>
        <source>SMB only</source>
        <translation>Somente SMB</translation>
    </message>
    <message>
        <source>Enterprise only</source>
        <translation>Somente Enterprise</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridade</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necessidade</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Prazo</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Exemplo</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample Company</source>
        <translation>Empresa Exemplo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Visualização</translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation>&amp;Próxima tela</translation>
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
        <translation>Visualização: nada a percorrer</translation>
    </message>
    <message>
        <source>Preview — {title} ({join})</source>
        <translation>Visualização — {title} ({join})</translation>
    </message>
    <message>
        <source>Required: {value}</source>
        <translation>Obrigatório: {value}</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminou antes</translation>
    </message>
    <message>
        <source>ended: call back</source>
        <translation>terminou: retornar a ligação</translation>
    </message>
    <message>
        <source>after the last screen</source>
        <translation>após a última tela</translation>
    </message>
    <message>
        <source>The script {how}. {text}</source>
        <translation>O roteiro {how}. {text}</translation>
    </message>
    <message>
        <source>Preview — done ({join})</source>
        <translation>Visualização — concluída ({join})</translation>
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
        <translation>Tela do roteiro</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Voltar</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Tela anterior do roteiro</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Avançar ›</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Próxima tela do roteiro</translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Responda o roteiro para ver a nota</translation>
    </message>
    <message>
        <source>Grade and recommendation</source>
        <translation>Nota e recomendação</translation>
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
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Escolha uma versão para editar</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>o que muda e por quê (fica na auditoria)</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Salvar como nova versão</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Por &amp;quê</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Versões do roteiro</translation>
    </message>
    <message>
        <source>Script JSON</source>
        <translation>JSON do roteiro</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Salvar nova versão</translation>
    </message>
    <message>
        <source>Imported; not saved until Save new version</source>
        <translation>Importado; não é salvo até Salvar nova versão</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Não é JSON: {problem} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Não é válido:</translation>
    </message>
    <message>
        <source>Valid: {screens}, every path ends</source>
        <translation>Válido: {screens}, todos os caminhos terminam</translation>
    </message>
    <message>
        <source>Save new version again to replace {name} v{version} with this text</source>
        <translation>Salve de novo uma nova versão para substituir {name} v{version} por este texto</translation>
    </message>
    <message>
        <source>Saved as {name} v{version}: new leads get it</source>
        <translation>Salvo como {name} v{version}: os novos leads o recebem</translation>
    </message>
    <message>
        <source>{name} v{version} already says this; nothing saved</source>
        <translation>{name} v{version} já diz isso; nada foi salvo</translation>
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
        <translation>Qualquer segmento</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sair da sessão</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Next tab inside the area</source>
        <translation>Próxima aba dentro da área</translation>
    </message>
    <message>
        <source>Previous tab inside the area</source>
        <translation>Aba anterior dentro da área</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Próximo lead</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Salvar resultado</translation>
    </message>
    <message>
        <source>Undo the last outcome (30 s)</source>
        <translation>Desfazer o último resultado (30 s)</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Próxima tela do roteiro</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Tela anterior do roteiro</translation>
    </message>
    <message>
        <source>Restart call timer</source>
        <translation>Reiniciar o cronômetro da ligação</translation>
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
        <translation>Buscar um lead (telefone, e-mail, nome, empresa)</translation>
    </message>
    <message>
        <source>Go to the phone number</source>
        <translation>Ir para o número de telefone</translation>
    </message>
    <message>
        <source>Go to the e-mail</source>
        <translation>Ir para o e-mail</translation>
    </message>
    <message>
        <source>Take the e-mail address the card suggests</source>
        <translation>Usar o e-mail sugerido pela ficha</translation>
    </message>
    <message>
        <source>No contact: no answer</source>
        <translation>Sem contato: não atende</translation>
    </message>
    <message>
        <source>No contact: busy</source>
        <translation>Sem contato: ocupado</translation>
    </message>
    <message>
        <source>No contact: voicemail left</source>
        <translation>Sem contato: recado na caixa postal</translation>
    </message>
    <message>
        <source>No contact: wrong number</source>
        <translation>Sem contato: número errado</translation>
    </message>
    <message>
        <source>No contact: bad number</source>
        <translation>Sem contato: número inválido</translation>
    </message>
    <message>
        <source>Outcome: Sales-ready</source>
        <translation>Resultado: Pronto para vendas</translation>
    </message>
    <message>
        <source>Outcome: Callback</source>
        <translation>Resultado: Retorno</translation>
    </message>
    <message>
        <source>Outcome: Nurture</source>
        <translation>Resultado: Nutrição</translation>
    </message>
    <message>
        <source>Outcome: Disqualify</source>
        <translation>Resultado: Desqualificar</translation>
    </message>
    <message>
        <source>Outcome: Do not call…</source>
        <translation>Resultado: Não ligar…</translation>
    </message>
    <message>
        <source>Export the audit rows shown (CSV)</source>
        <translation>Exportar as linhas de auditoria mostradas (CSV)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>SlaSweep</name>
    <message>
        <source>SLA sweep: {said}</source>
        <translation>Varredura de SLA: {said}</translation>
    </message>
    <message>
        <source>SLA sweep failed: {problem}</source>
        <translation>A varredura de SLA falhou: {problem}</translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>No news for at least</source>
        <translation>Sem notícias há pelo menos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Parceiros sem retorno</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Open handoffs with no news from the partner for at least</source>
        <translation>Repasses abertos sem notícias do parceiro há pelo menos</translation>
    </message>
    <message>
        <source>Partners that report get more leads: this measure is part of their weight.</source>
        <translation>Parceiros que informam recebem mais leads: esta medida faz parte do seu peso.</translation>
    </message>
    <message>
        <source>{stale} of {awaiting}</source>
        <translation>{stale} de {awaiting}</translation>
    </message>
    <message>
        <source>{plural} not reporting</source>
        <translation>{plural} sem informar</translation>
    </message>
    <message>
        <source>Every partner reported on its open handoffs.</source>
        <translation>Todos os parceiros informaram sobre seus repasses abertos.</translation>
    </message>
</context>
<context>
    <name>TeamBoardArea</name>
    <message>
        <source>Live updates stopped ({why}); refreshing every 10 s</source>
        <translation>As atualizações ao vivo pararam ({why}); atualizando a cada 10 s</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>todas as equipes</translation>
    </message>
    <message>
        <source>Not claimable: {line}</source>
        <translation>Não disponível para pegar: {line}</translation>
    </message>
    <message>
        <source>{company} (lead {lead})</source>
        <translation>{company} (lead {lead})</translation>
    </message>
    <message>
        <source>Choose a rep or a queue to move the leads to.</source>
        <translation>Escolha um agente ou uma fila para onde mover os leads.</translation>
    </message>
    <message>
        <source>Select the leads to move first.</source>
        <translation>Selecione primeiro os leads a mover.</translation>
    </message>
    <message>
        <source>{waiting} of the {len} selected leads are still loading: scroll through them and move again, or filter and use Move matching.</source>
        <translation>{waiting} dos {len} leads selecionados ainda estão carregando: role por eles e mova de novo, ou filtre e use Mover todos os correspondentes.</translation>
    </message>
    <message>
        <source>Set a filter first; moving every lead at once is not offered.</source>
        <translation>Defina primeiro um filtro; mover todos os leads de uma vez não é oferecido.</translation>
    </message>
    <message>
        <source>The filter was changed: press Filter to see its leads, then move them.</source>
        <translation>O filtro foi alterado: pressione Filtrar para ver os leads dele e depois mova-os.</translation>
    </message>
    <message>
        <source>No lead matches the filter.</source>
        <translation>Nenhum lead corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Move the {plural} matching the filter to {target}?</source>
        <translation>Mover os {plural} que correspondem ao filtro para {target}?</translation>
    </message>
    <message>
        <source> · {plural} due</source>
        <translation> · {plural} pendentes</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases ({stale_leases})</source>
        <translation>&amp;Liberar reservas expiradas ({stale_leases})</translation>
    </message>
    <message>
        <source>Updated {at} · live</source>
        <translation>Atualizado às {at} · ao vivo</translation>
    </message>
    <message>
        <source>Updated {at} · live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Atualizado às {at} · atualizações ao vivo paradas ({why}); atualizando a cada 10 s</translation>
    </message>
    <message>
        <source> · {plural} reopened by check calls</source>
        <translation> · {plural} reabertos por ligações de verificação</translation>
    </message>
    <message>
        <source>Move leads</source>
        <translation>Mover leads</translation>
    </message>
    <message>
        <source>Select the rep whose callbacks move, and the rep who takes them.</source>
        <translation>Selecione o agente cujos retornos serão movidos e o agente que os assume.</translation>
    </message>
    <message>
        <source>{rep} is paused: the leads wait for them until they are resumed.</source>
        <translation>{rep} está pausado: os leads aguardam até que seja retomado.</translation>
    </message>
    <message>
        <source>Lead {lead}: {reason}.</source>
        <translation>Lead {lead}: {reason}.</translation>
    </message>
    <message>
        <source>… and {count} more not moved.</source>
        <translation>… e mais {count} não movidos.</translation>
    </message>
    <message>
        <source>Select a rep on the board first.</source>
        <translation>Selecione primeiro um agente no quadro.</translation>
    </message>
    <message>
        <source>&amp;Resume rep</source>
        <translation>&amp;Retomar agente</translation>
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
        <translation>Quadro da equipe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>Status do quadro</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>&amp;Pausar agente</translation>
    </message>
    <message>
        <source>Pause or resume the selected rep</source>
        <translation>Pausar ou retomar o agente selecionado</translation>
    </message>
    <message>
        <source>Move callbacks to rep</source>
        <translation>Mover retornos para o agente</translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation>Mover &amp;retornos para</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases</source>
        <translation>&amp;Liberar reservas expiradas</translation>
    </message>
    <message>
        <source>Leads held back</source>
        <translation>Leads retidos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de status</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtro de fila</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtro de campanha</translation>
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
        <translation>qualquer reserva</translation>
    </message>
    <message>
        <source>country or US-NY</source>
        <translation>país ou US-NY</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtro de região</translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation>empresa começa com</translation>
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
        <translation>Problema no filtro de região</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Mover para</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Mover selecionados para</translation>
    </message>
    <message>
        <source>Move &amp;all matching to</source>
        <translation>Mover &amp;todos os correspondentes para</translation>
    </message>
    <message>
        <source>Move result</source>
        <translation>Resultado da movimentação</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>qualquer status</translation>
    </message>
    <message>
        <source>any queue</source>
        <translation>qualquer fila</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>qualquer campanha</translation>
    </message>
    <message>
        <source>any rep</source>
        <translation>qualquer agente</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>ninguém (sem atribuição)</translation>
    </message>
    <message>
        <source>rep: {name}</source>
        <translation>agente: {name}</translation>
    </message>
    <message>
        <source>queue: {name}</source>
        <translation>fila: {name}</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>a fila {name}</translation>
    </message>
</context>
<context>
    <name>TeamsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation>N&amp;ova equipe</translation>
    </message>
    <message>
        <source>Save &amp;team</source>
        <translation>Sa&amp;lvar equipe</translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation>ex.: América do Norte</translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation>&amp;Desativar equipe</translation>
    </message>
    <message>
        <source>What happened to the team</source>
        <translation>O que aconteceu com a equipe</translation>
    </message>
    <message>
        <source>Choose one of your teams to rename it</source>
        <translation>Escolha uma das suas equipes para renomeá-la</translation>
    </message>
    <message>
        <source>Team {name} is added.</source>
        <translation>A equipe {name} foi adicionada.</translation>
    </message>
    <message>
        <source>Team {old} is now {name}.</source>
        <translation>A equipe {old} agora se chama {name}.</translation>
    </message>
    <message>
        <source>Team {name} is active again.</source>
        <translation>A equipe {name} está ativa de novo.</translation>
    </message>
    <message>
        <source>Team {name} is deactivated.</source>
        <translation>A equipe {name} foi desativada.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nova equipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipes</translation>
    </message>
    <message>
        <source>Team &amp;name</source>
        <translation>&amp;Nome da equipe</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Equipe {name}</translation>
    </message>
    <message>
        <source>Re&amp;activate team</source>
        <translation>&amp;Reativar equipe</translation>
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
        <translation>valor, ex.: 120000</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>touch</source>
        <translation>contato</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentativa</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualificação</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>repasse</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>parceiro</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correção</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>auditoria</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}  ({key})</source>
        <translation>Desfazer lead {lead_id}  ({key})</translation>
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
        <translation>Algo deu errado no Qualifier ({kind}): o que você acabou de fazer pode não ter terminado. Verifique antes de continuar; as respostas de uma ligação ficam guardadas no rascunho.

Os detalhes, sem dados de nenhum prospect, estão em {log} para o seu administrador.</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Novo usuário</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>ex.: rita.rep</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desativar…</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Redefinir senha</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Novo usuário</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sem equipe)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Add from a l&amp;ist…</source>
        <translation>Adicionar de uma l&amp;ista…</translation>
    </message>
    <message>
        <source>A CSV or XLSX list: login, name, role, team; a one-time password each</source>
        <translation>Uma lista CSV ou XLSX: login, nome, papel, equipe; uma senha de uso único para cada pessoa</translation>
    </message>
    <message>
        <source>Unlo&amp;ck</source>
        <translation>Des&amp;bloquear</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>&amp;Usuário</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ome</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;ativar</translation>
    </message>
    <message>
        <source>choose a login</source>
        <translation>escolha um usuário</translation>
    </message>
    <message>
        <source>{login} is added. One-time password: {password} — give it to them now, it is shown only once; they choose their own at the first sign-in.</source>
        <translation>{login} foi adicionado. Senha de uso único: {password} — entregue-a agora, ela só é mostrada uma vez; a pessoa escolhe a sua própria no primeiro login.</translation>
    </message>
    <message>
        <source>They are in no team, and get no leads from a queue until you give them one.</source>
        <translation>Não está em nenhuma equipe e não recebe leads de uma fila até que você lhe atribua uma.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>; {leads} back in the queue, {callbacks} to the team</source>
        <translation>; {leads} de volta à fila, {callbacks} para a equipe</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sem equipe</translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation>{login} salvo: {label}, {team}, {state}{returned}</translation>
    </message>
    <message>
        <source>{login} is still the channel manager of {partners}: give those partners another one in Partners.</source>
        <translation>{login} ainda é o gerente de canal de {partners}: atribua outro a esses parceiros em Parceiros.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. The leads {login} holds go back to the queue, and their “me only” callbacks to the team.</source>
        <translation>Desativar {login}? A pessoa não poderá mais entrar. Os leads com {login} voltam para a fila, e seus retornos “somente eu” para a equipe.</translation>
    </message>
    <message>
        <source>One-time password for {login}: {password} — give it to them now, it is shown only once; they must choose their own at the next sign-in.</source>
        <translation>Senha de uso único para {login}: {password} — entregue-a agora, ela só é mostrada uma vez; a pessoa deve escolher a sua própria no próximo login.</translation>
    </message>
    <message>
        <source>{login} is unlocked and can sign in again.</source>
        <translation>{login} foi desbloqueado e pode entrar de novo.</translation>
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
        <source>&amp;View draft</source>
        <translation>&amp;Ver rascunho</translation>
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
        <source>Lead {lead} is no longer yours; what you typed is kept as a draft.</source>
        <translation>O lead {lead} não é mais seu; o que você digitou fica guardado como rascunho.</translation>
    </message>
    <message>
        <source>Your account was deactivated by an administrator; you are signed out. Your unsaved work is kept on this workstation.</source>
        <translation>Sua conta foi desativada por um administrador; você foi desconectado. Seu trabalho não salvo fica guardado nesta estação.</translation>
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
        <translation>Termine primeiro o lead {lead_id}: salve o resultado dele e depois pegue este.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Taking the next lead</source>
        <translation>Pegando o próximo lead</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Undo last outcome</source>
        <translation>Desfazer o último resultado</translation>
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
        <source>Why the lead cannot be called</source>
        <translation>Por que o lead não pode ser chamado</translation>
    </message>
    <message>
        <source>No lead is eligible now</source>
        <translation>Nenhum lead está disponível agora</translation>
    </message>
</context>
</TS>
