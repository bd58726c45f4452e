<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessibleNames</name>
    <message>
        <source>Clock warning</source>
        <translation>Avertissement d&apos;horloge</translation>
    </message>
</context>
<context>
    <name>AgentStateBar</name>
    <message>
        <source>My state</source>
        <translation>Mon état</translation>
    </message>
    <message>
        <source>Reason for the state</source>
        <translation>Motif de l&apos;état</translation>
    </message>
    <message>
        <source>Reason, then Enter</source>
        <translation>Motif, puis Entrée</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set my state</source>
        <translation>Définir mon état</translation>
    </message>
    <message>
        <source>Time in state</source>
        <translation>Temps dans l&apos;état</translation>
    </message>
    <message>
        <source>State notice</source>
        <translation>Avis d&apos;état</translation>
    </message>
    <message>
        <source>Paused by your team lead: no leads until resumed</source>
        <translation>Mis en pause par votre chef d&apos;équipe : aucun lead jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
</context>
<context>
    <name>AgentStateControl</name>
    <message>
        <source>Your state: {problem}</source>
        <translation>Votre état : {problem}</translation>
    </message>
    <message>
        <source>Go Ready?</source>
        <translation>Passer à Disponible ?</translation>
    </message>
    <message>
        <source>You are on {state} for {time}. Go Ready and take the next lead?</source>
        <translation>Vous êtes en {state} depuis {time}. Passer à Disponible et prendre le lead suivant ?</translation>
    </message>
    <message>
        <source>a while</source>
        <translation>un moment</translation>
    </message>
    <message>
        <source>&amp;Go Ready</source>
        <translation>Passer à &amp;Disponible</translation>
    </message>
    <message>
        <source>&amp;Not yet</source>
        <translation>&amp;Pas encore</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Workspace</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Team board</source>
        <translation>Tableau de l&apos;équipe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Teams and queues</source>
        <translation>Équipes et files</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Règles de score</translation>
    </message>
    <message>
        <source>Calling rules</source>
        <translation>Règles d&apos;appel</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Centre</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{cleaned!r} is not a date like 2026-11-24</source>
        <translation>{cleaned!r} n&apos;est pas une date comme 2026-11-24</translation>
    </message>
    <message>
        <source>{strip!r} is not a lead number</source>
        <translation>{strip!r} n&apos;est pas un numéro de lead</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>login, or operator</source>
        <translation>identifiant, ou opérateur</translation>
    </message>
    <message>
        <source>lead number</source>
        <translation>numéro de lead</translation>
    </message>
    <message>
        <source>any action, or a code</source>
        <translation>toute action, ou un code</translation>
    </message>
    <message>
        <source>Choose an action, or type its code or the start of one: lead.claimed, lead</source>
        <translation>Choisissez une action, ou tapez son code ou son début : lead.claimed, lead</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation>&amp;Qui</translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation>&amp;Lead</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Your teams&apos; people and leads only.</source>
        <translation>Uniquement les personnes et les leads de vos équipes.</translation>
    </message>
    <message>
        <source>Every change in the center, newest first. Times are UTC.</source>
        <translation>Chaque modification dans le centre, la plus récente en premier. Heures en UTC.</translation>
    </message>
    <message>
        <source>; only the newest are shown: narrow the filter</source>
        <translation>; seules les plus récentes sont affichées : affinez le filtre</translation>
    </message>
    <message>
        <source>Nothing shown: see the problem above</source>
        <translation>Rien n&apos;est affiché : voir le problème ci-dessus</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportée(s) vers {path}</translation>
    </message>
    <message>
        <source>Nothing exported: see the problem above</source>
        <translation>Rien n’a été exporté : voir le problème ci-dessus</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>CallbackPicker</name>
    <message>
        <source>Callback date and time in the prospect&apos;s time</source>
        <translation>Date et heure du rappel, à l&apos;heure du prospect</translation>
    </message>
    <message>
        <source>Time zone the callback time is in</source>
        <translation>Fuseau horaire de l&apos;heure du rappel</translation>
    </message>
    <message>
        <source>in &amp;zone</source>
        <translation>dans le &amp;fuseau</translation>
    </message>
    <message>
        <source>Prospect&apos;s time ({zone}) · your time {mine} {mine_zone}</source>
        <translation>Heure du prospect ({zone}) · votre heure {mine} {mine_zone}</translation>
    </message>
    <message>
        <source> · also {times}</source>
        <translation> · aussi {times}</translation>
    </message>
    <message>
        <source> · also {count} other time zones, from {earliest} to {latest}</source>
        <translation> · aussi {count} autres fuseaux horaires, de {earliest} à {latest}</translation>
    </message>
</context>
<context>
    <name>CallingRules</name>
    <message>
        <source>{cleaned!r} is not a whole number of calls (empty: no cap)</source>
        <translation>{cleaned!r} n&apos;est pas un nombre entier d&apos;appels (vide : sans plafond)</translation>
    </message>
</context>
<context>
    <name>CallingRulesArea</name>
    <message>
        <source>Calling rules</source>
        <translation>Règles d&apos;appel</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;New rule</source>
        <translation>Nou&amp;velle règle</translation>
    </message>
    <message>
        <source>Remove &amp;rule</source>
        <translation>Supprimer la rè&amp;gle</translation>
    </message>
    <message>
        <source>A lead follows its region&apos;s rule, else its country&apos;s, else the default (place left empty; without one, the settings file&apos;s window). Windows are local time at the called party; workstations follow a change within a minute.</source>
        <translation>Un lead suit la règle de sa région, sinon celle de son pays, sinon la règle par défaut (lieu vide ; à défaut, la plage du fichier de réglages). Les plages sont en heure locale de l&apos;appelé ; les postes appliquent un changement en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>Administrators change these rules.</source>
        <translation>Les administrateurs modifient ces règles.</translation>
    </message>
    <message>
        <source>US, US-FL, DE … (empty: the default)</source>
        <translation>US, US-FL, DE … (vide : la règle par défaut)</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>empty: no cap</source>
        <translation>vide : sans plafond</translation>
    </message>
    <message>
        <source>the law that sets these hours</source>
        <translation>la loi qui fixe ces horaires</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>facultatif : pourquoi (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Window s&amp;tart</source>
        <translation>D&amp;ébut de la plage</translation>
    </message>
    <message>
        <source>Save rule</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Window &amp;end</source>
        <translation>&amp;Fin de la plage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>&amp;Calls a day</source>
        <translation>Appels par &amp;jour</translation>
    </message>
    <message>
        <source>Calls a &amp;week</source>
        <translation>Appels &amp;hebdomadaires</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>Sour&amp;ce</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>Pour&amp;quoi</translation>
    </message>
    <message>
        <source>; saved the rule of {place}</source>
        <translation>; règle de {place} enregistrée</translation>
    </message>
    <message>
        <source>Rule: {label}</source>
        <translation>Règle : {label}</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Nouvelle règle</translation>
    </message>
</context>
<context>
    <name>CallingRulesHolidays</name>
    <message>
        <source>{value} is not a date like 2026-12-25</source>
        <translation>{value} n&apos;est pas une date comme 2026-12-25</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>{label} {cleaned!r} is not a date like 2026-11-24</source>
        <translation>{label} {cleaned!r} n&apos;est pas une date comme 2026-11-24</translation>
    </message>
</context>
<context>
    <name>CampaignsArea</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>New ca&amp;mpaign</source>
        <translation>Nouvelle ca&amp;mpagne</translation>
    </message>
    <message>
        <source>Reports spread a campaign&apos;s cost evenly over the days it ran; without both days the whole cost counts in every period.</source>
        <translation>Les rapports répartissent le coût d&apos;une campagne également sur ses jours de diffusion ; sans les deux dates, le coût entier compte dans chaque période.</translation>
    </message>
    <message>
        <source>trade show, web form, download, purchased list …</source>
        <translation>salon, formulaire web, téléchargement, liste achetée …</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>facultatif : pourquoi (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Enregistrer la campagne</translation>
    </message>
    <message>
        <source>Ch&amp;annel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>C&amp;oût</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Po&amp;urquoi</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} enregistrée</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>le premier jour</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>le dernier jour</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
</context>
<context>
    <name>CenterArea</name>
    <message>
        <source>The center</source>
        <translation>Le centre</translation>
    </message>
    <message>
        <source>Save the &amp;center</source>
        <translation>Enregistrer le &amp;centre</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>p. ex. Centre de qualification de Lisbonne</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>p. ex. Europe/Paris</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>la monnaie de tous les montants, p. ex. EUR</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Plage d&apos;appel</translation>
    </message>
    <message>
        <source>Cu&amp;rrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Do-not-call registries</source>
        <translation>Listes d&apos;opposition</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Center status</source>
        <translation>État du centre</translation>
    </message>
    <message>
        <source>The time zone makes the center&apos;s day: reports and exports count their days by it, and a nurture lead&apos;s recycle date, a partner&apos;s close date and a registry snapshot&apos;s date are read on its calendar. Changing it counts every call again.

The calling window is the local time at the called party when calls may be made, wherever no calling rule of its place applies (a default rule in the Calling rules area comes first).

The currency is what every amount is counted in: campaign costs, partners&apos; pipeline and revenue, ROI. Amounts are never converted; set it before costs are typed.

A registry the center honours blocks its countries&apos; leads until a snapshot of it is imported (Do not call area), and again when the snapshot is too old.</source>
        <translation>Le fuseau horaire fait la journée du centre : les rapports et les exports comptent leurs jours d&apos;après lui, et la date de relance d&apos;un lead en nurturing, la date de clôture d&apos;un partenaire et la date d&apos;un instantané de liste d&apos;opposition se lisent dans son calendrier. Le changer recompte chaque appel.

La plage d&apos;appel est l&apos;heure locale de l&apos;appelé où l&apos;on peut appeler, là où aucune règle d&apos;appel de son lieu ne s&apos;applique (une règle par défaut de l&apos;onglet Règles d&apos;appel passe avant).

La devise est celle de tous les montants : coûts des campagnes, pipeline et chiffre d&apos;affaires des partenaires, ROI. Les montants ne sont jamais convertis ; fixez-la avant de saisir des coûts.

Une liste d&apos;opposition que le centre respecte bloque les leads de ses pays jusqu&apos;à ce qu&apos;un instantané en soit importé (onglet Ne pas appeler), et de nouveau quand l&apos;instantané est trop ancien.</translation>
    </message>
    <message>
        <source>&amp;{name}: the national registry ({countries})</source>
        <translation>&amp;{name} : la liste nationale d&apos;opposition ({countries})</translation>
    </message>
    <message>
        <source>The law behind it: {source}</source>
        <translation>Le texte qui l&apos;impose : {source}</translation>
    </message>
    <message>
        <source>The default calling rule (Calling rules area) sets the window in use; this one applies without it.</source>
        <translation>La règle d&apos;appel par défaut (onglet Règles d&apos;appel) fixe la plage en vigueur ; celle-ci s&apos;applique sans elle.</translation>
    </message>
    <message>
        <source>Every workstation works by these.</source>
        <translation>Tous les postes de travail s&apos;y conforment.</translation>
    </message>
    <message>
        <source>The center has no name or time zone yet: give both and save.</source>
        <translation>Le centre n&apos;a pas encore de nom ni de fuseau horaire : indiquez les deux et enregistrez.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Count every amount in {after} instead of {before}? Amounts are never converted: every campaign&apos;s cost, partner&apos;s pipeline and revenue kept so far is read in {after}.</source>
        <translation>Compter tous les montants en {after} au lieu de {before} ? Les montants ne sont jamais convertis : le coût de chaque campagne, le pipeline et le chiffre d&apos;affaires des partenaires déjà enregistrés se lisent en {after}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved: {name}, time zone {zone}, calls {window}, amounts in {currency}. Every workstation works by these.</source>
        <translation>Enregistré : {name}, fuseau horaire {zone}, appels {window}, montants en {currency}. Tous les postes de travail s&apos;y conforment.</translation>
    </message>
</context>
<context>
    <name>ChartDrill</name>
    <message>
        <source>{}: Enter opens the leads behind it</source>
        <translation>{} : Entrée ouvre les leads correspondants</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Acceptés par le partenaire</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prêts pour la vente</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactés</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>(no activity)</source>
        <translation>(aucune activité)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Non qualifiés</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Share of leads</source>
        <translation>Part des leads</translation>
    </message>
    <message>
        <source>Contacted by the partner, customers say</source>
        <translation>Contactés par le partenaire, selon les clients</translation>
    </message>
    <message>
        <source>Share of customers reached</source>
        <translation>Part des clients joints</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Chiffre d&apos;affaires gagné</translation>
    </message>
</context>
<context>
    <name>CheckCallMode</name>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are complete; Ctrl+Enter saves them</source>
        <translation>Appel de contrôle : les réponses du client sont complètes ; Ctrl+Entrée les enregistre</translation>
    </message>
    <message>
        <source>Check call: ask the script&apos;s questions, or log a no-contact call</source>
        <translation>Appel de contrôle : posez les questions du script ou enregistrez un appel sans contact</translation>
    </message>
    <message>
        <source>All answers in: Ctrl+Enter saves them</source>
        <translation>Toutes les réponses sont là : Ctrl+Entrée les enregistre</translation>
    </message>
    <message>
        <source>Check call: {count} required answers to go</source>
        <translation>Appel de contrôle : encore {count} réponses obligatoires</translation>
    </message>
    <message>
        <source>Check call: the customer&apos;s answers are the outcome</source>
        <translation>Appel de contrôle : les réponses du client sont le résultat</translation>
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
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Check-call policies</source>
        <translation>Politiques d&apos;appels de contrôle</translation>
    </message>
    <message>
        <source>every partner</source>
        <translation>tous les partenaires</translation>
    </message>
    <message>
        <source>Only for this partner</source>
        <translation>Uniquement pour ce partenaire</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> jours ouvrés</translation>
    </message>
    <message>
        <source>Days after delivery</source>
        <translation>Jours après l&apos;envoi</translation>
    </message>
    <message>
        <source>Share of handoffs checked</source>
        <translation>Part des transmissions contrôlées</translation>
    </message>
    <message>
        <source>At least per partner and month</source>
        <translation>Minimum par partenaire et par mois</translation>
    </message>
    <message>
        <source>Share for partners with a poor record</source>
        <translation>Part pour les partenaires au mauvais historique</translation>
    </message>
    <message>
        <source>as the others</source>
        <translation>comme les autres</translation>
    </message>
    <message>
        <source>Save polic&amp;y</source>
        <translation>Enregistrer la &amp;politique</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy</source>
        <translation>Supprimer la p&amp;olitique</translation>
    </message>
    <message>
        <source>No policy yet: no handoff gets a check call.</source>
        <translation>Pas encore de politique : aucune transmission ne reçoit d&apos;appel de contrôle.</translation>
    </message>
    <message>
        <source>Check after</source>
        <translation>Contrôler après</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>At least a month</source>
        <translation>Minimum par mois</translation>
    </message>
    <message>
        <source>Poor record</source>
        <translation>Mauvais historique</translation>
    </message>
    <message>
        <source>(every partner)</source>
        <translation>(tous les partenaires)</translation>
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
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Commercial du partenaire</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>What the customer said</source>
        <translation>Ce qu&apos;a dit le client</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>Handoffs reopened by a check call</source>
        <translation>Transmissions rouvertes par un appel de contrôle</translation>
    </message>
    <message>
        <source>why the lead stays with the partner</source>
        <translation>pourquoi le lead reste chez le partenaire</translation>
    </message>
    <message>
        <source>Why the lead stays with the partner</source>
        <translation>Pourquoi le lead reste chez le partenaire</translation>
    </message>
    <message>
        <source>Re-route to the ne&amp;xt partner</source>
        <translation>&amp;Réacheminer vers le partenaire suivant</translation>
    </message>
    <message>
        <source>Kee&amp;p with the partner</source>
        <translation>&amp;Garder chez le partenaire</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>What customers tell the check calls (contacted by the partner, satisfaction) is part of each partner&apos;s routing weight.</source>
        <translation>Ce que les clients disent lors des appels de contrôle (contactés par le partenaire, satisfaction) entre dans le poids de routage de chaque partenaire.</translation>
    </message>
    <message>
        <source>Handoffs a check call reopened</source>
        <translation>Transmissions rouvertes par un appel de contrôle</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors decide these.</source>
        <translation>Seuls les responsables de canal et les superviseurs en décident.</translation>
    </message>
    <message>
        <source>contradicts the partner&apos;s status</source>
        <translation>contredit le statut du partenaire</translation>
    </message>
    <message>
        <source>{count}: the customer says the partner never called.</source>
        <translation>{count} : le client dit que le partenaire n&apos;a jamais appelé.</translation>
    </message>
    <message>
        <source>No handoff is reopened by a check call.</source>
        <translation>Aucune transmission n&apos;est rouverte par un appel de contrôle.</translation>
    </message>
    <message>
        <source>Re-routing…</source>
        <translation>Réacheminement…</translation>
    </message>
    <message>
        <source>Lead {lead} re-routed to {partner}.</source>
        <translation>Lead {lead} réacheminé vers {partner}.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Sélectionnez d&apos;abord une transmission.</translation>
    </message>
    <message>
        <source>Kept with the partner.</source>
        <translation>Gardé chez le partenaire.</translation>
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
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Leads held</source>
        <translation>Leads détenus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>Mot de passe à usage unique</translation>
    </message>
    <message>
        <source>{holder} (working)</source>
        <translation>{holder} (en cours)</translation>
    </message>
    <message>
        <source>{holder} (stale)</source>
        <translation>{holder} (expirée)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Prochain appel</translation>
    </message>
    <message>
        <source>Inquired</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>In state</source>
        <translation>Dans l&apos;état</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Travaille sur</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribués</translation>
    </message>
    <message>
        <source>Callbacks due</source>
        <translation>Rappels dus</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Tentatives aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Talk today</source>
        <translation>Conversation aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiés</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Open / max</source>
        <translation>Ouvertes / max</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation>Transmission</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Message-ID to look for</source>
        <translation>Message-ID à rechercher</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Respond by</source>
        <translation>Réponse avant</translation>
    </message>
    <message>
        <source>Last news</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Responsable de canal</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Oldest news</source>
        <translation>Nouvelles les plus anciennes</translation>
    </message>
    <message>
        <source>Partner reps</source>
        <translation>Commerciaux du partenaire</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>New/applied</source>
        <translation>Nouveaux/appliqués</translation>
    </message>
    <message>
        <source>Merged/unchanged</source>
        <translation>Fusionnés/inchangés</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Fichier des rejets</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Being worked by</source>
        <translation>Traité par</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Jump to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Disqualify reason</source>
        <translation>Motif de disqualification</translation>
    </message>
    <message>
        <source>Reporting compliance</source>
        <translation>Respect des retours</translation>
    </message>
    <message>
        <source>Due for news</source>
        <translation>Nouvelles attendues</translation>
    </message>
    <message>
        <source>Routing weight a week before</source>
        <translation>Poids de routage une semaine avant</translation>
    </message>
    <message>
        <source>Routing weight now</source>
        <translation>Poids de routage actuel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Would go to</source>
        <translation>Irait à</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>given</source>
        <translation>donné</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>ContactField</name>
    <message>
        <source>{caption} check</source>
        <translation>Vérification : {caption}</translation>
    </message>
    <message>
        <source>{caption} problem</source>
        <translation>Problème : {caption}</translation>
    </message>
    <message>
        <source>No e-mail address: the one on file is removed when you save</source>
        <translation>Pas d&apos;adresse e-mail : celle enregistrée est supprimée à l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No e-mail address</source>
        <translation>Pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Typo? Did you mean {address}? Shift+F3 takes it</source>
        <translation>Faute de frappe ? Vouliez-vous dire {address} ? Maj+F3 la reprend</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>{name} is set up: team {team} with queues {join}. Imported leads go to the queues the scoring rules name: {ruled}. Sign in as {admin}. Database: {description}</source>
        <translation>{name} est configuré : équipe {team} avec les files {join}. Les leads importés vont dans les files que nomment les règles de notation : {ruled}. Connectez-vous en tant que {admin}. Base de données : {description}</translation>
    </message>
    <message>
        <source>Unexpected problem while connecting: {kind}: {detail}</source>
        <translation>Problème inattendu lors de la connexion : {kind} : {detail}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>{n} row</source>
        <translation>{n} ligne</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} lignes</translation>
    </message>
    <message>
        <source>{n} rule</source>
        <translation>{n} règle</translation>
    </message>
    <message>
        <source>{n} rules</source>
        <translation>{n} règles</translation>
    </message>
    <message>
        <source>{n} holiday</source>
        <translation>{n} jour férié</translation>
    </message>
    <message>
        <source>{n} holidays</source>
        <translation>{n} jours fériés</translation>
    </message>
    <message>
        <source>{n} campaign</source>
        <translation>{n} campagne</translation>
    </message>
    <message>
        <source>{n} campaigns</source>
        <translation>{n} campagnes</translation>
    </message>
    <message>
        <source>{n} entry</source>
        <translation>{n} entrée</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} entrées</translation>
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
        <translation>{n} version</translation>
    </message>
    <message>
        <source>{n} versions</source>
        <translation>{n} versions</translation>
    </message>
    <message>
        <source>{n} team</source>
        <translation>{n} équipe</translation>
    </message>
    <message>
        <source>{n} teams</source>
        <translation>{n} équipes</translation>
    </message>
    <message>
        <source>{n} open queue</source>
        <translation>{n} file ouverte</translation>
    </message>
    <message>
        <source>{n} open queues</source>
        <translation>{n} files ouvertes</translation>
    </message>
    <message>
        <source>{n} user</source>
        <translation>{n} utilisateur</translation>
    </message>
    <message>
        <source>{n} users</source>
        <translation>{n} utilisateurs</translation>
    </message>
    <message>
        <source>{n} callback</source>
        <translation>{n} rappel</translation>
    </message>
    <message>
        <source>{n} callbacks</source>
        <translation>{n} rappels</translation>
    </message>
    <message>
        <source>{n} partner</source>
        <translation>{n} partenaire</translation>
    </message>
    <message>
        <source>{n} partners</source>
        <translation>{n} partenaires</translation>
    </message>
    <message>
        <source>{n} check call</source>
        <translation>{n} appel de contrôle</translation>
    </message>
    <message>
        <source>{n} check calls</source>
        <translation>{n} appels de contrôle</translation>
    </message>
    <message>
        <source>{n} handoff</source>
        <translation>{n} transmission</translation>
    </message>
    <message>
        <source>{n} handoffs</source>
        <translation>{n} transmissions</translation>
    </message>
    <message>
        <source>{n} stale lease released.</source>
        <translation>{n} réservation expirée libérée.</translation>
    </message>
    <message>
        <source>{n} stale leases released.</source>
        <translation>{n} réservations expirées libérées.</translation>
    </message>
    <message>
        <source>{n} reopened handoff</source>
        <translation>{n} transmission rouverte</translation>
    </message>
    <message>
        <source>{n} reopened handoffs</source>
        <translation>{n} transmissions rouvertes</translation>
    </message>
    <message>
        <source>{n} call</source>
        <translation>{n} appel</translation>
    </message>
    <message>
        <source>{n} calls</source>
        <translation>{n} appels</translation>
    </message>
    <message>
        <source>{n} lead eligible for you now</source>
        <translation>{n} lead disponible pour vous maintenant</translation>
    </message>
    <message>
        <source>{n} leads eligible for you now</source>
        <translation>{n} leads disponibles pour vous maintenant</translation>
    </message>
    <message>
        <source>{n} handoff delivered</source>
        <translation>{n} transmission envoyée</translation>
    </message>
    <message>
        <source>{n} handoffs delivered</source>
        <translation>{n} transmissions envoyées</translation>
    </message>
    <message>
        <source>{n} partner reminded</source>
        <translation>{n} partenaire relancé</translation>
    </message>
    <message>
        <source>{n} partners reminded</source>
        <translation>{n} partenaires relancés</translation>
    </message>
    <message>
        <source>{n} SLA expired</source>
        <translation>{n} SLA expiré</translation>
    </message>
    <message>
        <source>{n} SLAs expired</source>
        <translation>{n} SLA expirés</translation>
    </message>
    <message>
        <source>{n} lead re-routed</source>
        <translation>{n} lead réacheminé</translation>
    </message>
    <message>
        <source>{n} leads re-routed</source>
        <translation>{n} leads réacheminés</translation>
    </message>
    <message>
        <source>{n} lead waiting for a partner</source>
        <translation>{n} lead en attente d&apos;un partenaire</translation>
    </message>
    <message>
        <source>{n} leads waiting for a partner</source>
        <translation>{n} leads en attente d&apos;un partenaire</translation>
    </message>
    <message>
        <source>{n} lead back from nurture</source>
        <translation>{n} lead revenu de maturation</translation>
    </message>
    <message>
        <source>{n} leads back from nurture</source>
        <translation>{n} leads revenus de maturation</translation>
    </message>
    <message>
        <source>{n} earlier attempt</source>
        <translation>{n} tentative précédente</translation>
    </message>
    <message>
        <source>{n} earlier attempts</source>
        <translation>{n} tentatives précédentes</translation>
    </message>
    <message>
        <source>{n} employee</source>
        <translation>{n} salarié</translation>
    </message>
    <message>
        <source>{n} employees</source>
        <translation>{n} salariés</translation>
    </message>
    <message>
        <source>{n} touch</source>
        <translation>{n} contact</translation>
    </message>
    <message>
        <source>{n} touches</source>
        <translation>{n} contacts</translation>
    </message>
    <message>
        <source>{n} import</source>
        <translation>{n} import</translation>
    </message>
    <message>
        <source>{n} imports</source>
        <translation>{n} imports</translation>
    </message>
    <message>
        <source>; {n} row hidden in the workbook is not read</source>
        <translation> ; {n} ligne masquée dans le classeur n’est pas lue</translation>
    </message>
    <message>
        <source>; {n} rows hidden in the workbook are not read</source>
        <translation> ; {n} lignes masquées dans le classeur ne sont pas lues</translation>
    </message>
    <message>
        <source>{n} row read</source>
        <translation>{n} ligne lue</translation>
    </message>
    <message>
        <source>{n} rows read</source>
        <translation>{n} lignes lues</translation>
    </message>
    <message>
        <source>{n} new reference row</source>
        <translation>{n} nouvelle ligne de référence</translation>
    </message>
    <message>
        <source>{n} new reference rows</source>
        <translation>{n} nouvelles lignes de référence</translation>
    </message>
    <message>
        <source>{n} lead enriched</source>
        <translation>{n} lead enrichi</translation>
    </message>
    <message>
        <source>{n} leads enriched</source>
        <translation>{n} leads enrichis</translation>
    </message>
    <message>
        <source>{n} row hidden in the workbook was not read.</source>
        <translation>{n} ligne masquée dans le classeur n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>{n} rows hidden in the workbook were not read.</source>
        <translation>{n} lignes masquées dans le classeur n&apos;ont pas été lues.</translation>
    </message>
    <message>
        <source>{n} screen</source>
        <translation>{n} écran</translation>
    </message>
    <message>
        <source>{n} screens</source>
        <translation>{n} écrans</translation>
    </message>
    <message>
        <source>{n} file</source>
        <translation>{n} fichier</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} fichiers</translation>
    </message>
</context>
<context>
    <name>Dialer</name>
    <message>
        <source>the number {number} is not a valid phone number: correct it first (F2)</source>
        <translation>le numéro {number} n&apos;est pas un numéro de téléphone valide : corrigez-le d&apos;abord (F2)</translation>
    </message>
    <message>
        <source>Not dialled: {why}</source>
        <translation>Non composé : {why}</translation>
    </message>
    <message>
        <source>Cannot dial: {problem}</source>
        <translation>Impossible de composer : {problem}</translation>
    </message>
    <message>
        <source>Extension {extension}: dial it when the switchboard answers.</source>
        <translation>Poste {extension} : composez-le quand le standard répond.</translation>
    </message>
    <message>
        <source>no program on this workstation opens {scheme}: links; set dial_command or dial_uri_template in the settings file</source>
        <translation>aucun programme de ce poste n&apos;ouvre les liens {scheme}: ; définissez dial_command ou dial_uri_template dans le fichier de paramètres</translation>
    </message>
    <message>
        <source>Dialling failed: {problem}</source>
        <translation>Échec de la numérotation : {problem}</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>US-CA, US-WA (leave empty for whole countries)</source>
        <translation>US-CA, US-WA (vide pour des pays entiers)</translation>
    </message>
    <message>
        <source>941, US:100 (optional)</source>
        <translation>941, US:100 (facultatif)</translation>
    </message>
    <message>
        <source>contact center, networking (empty: all)</source>
        <translation>contact center, networking (vide : tous)</translation>
    </message>
    <message>
        <source>enterprise, smb (empty: both)</source>
        <translation>enterprise, smb (vide : les deux)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Receives leads</source>
        <translation>Reçoit des leads</translation>
    </message>
    <message>
        <source>Alex Morgan &lt;alex@partner.example&gt;
one sales rep a line</source>
        <translation>Alex Morgan &lt;alex@partner.example&gt;
un commercial par ligne</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Tier</source>
        <translation>N&amp;iveau</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Régions</translation>
    </message>
    <message>
        <source>&amp;Postal prefixes</source>
        <translation>Préfixes p&amp;ostaux</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;duits</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gments</translation>
    </message>
    <message>
        <source>Open handoffs &amp;at most</source>
        <translation>&amp;Transmissions ouvertes au plus</translation>
    </message>
    <message>
        <source>Acceptance S&amp;LA (hours)</source>
        <translation>S&amp;LA d&apos;acceptation (heures)</translation>
    </message>
    <message>
        <source>Channel &amp;manager</source>
        <translation>Responsable de &amp;canal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Sales r&amp;eps</source>
        <translation>Commerciau&amp;x</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{login} is deactivated: choose another channel manager</source>
        <translation>{login} est désactivé : choisissez un autre responsable de canal</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nouveau partenaire</translation>
    </message>
    <message>
        <source>Partner directory</source>
        <translation>Annuaire des partenaires</translation>
    </message>
    <message>
        <source>Ne&amp;w partner</source>
        <translation>No&amp;uveau partenaire</translation>
    </message>
    <message>
        <source>Sa&amp;ve partner</source>
        <translation>&amp;Enregistrer le partenaire</translation>
    </message>
    <message>
        <source>Handoffs per wee&amp;k</source>
        <translation>Transmissions par se&amp;maine</translation>
    </message>
    <message>
        <source>; saved {name}</source>
        <translation>; {name} enregistré</translation>
    </message>
    <message>
        <source>Editing {name}</source>
        <translation>Modification de {name}</translation>
    </message>
</context>
<context>
    <name>DoNotCallArea</name>
    <message>
        <source>phone, e-mail, or words of the reason or source</source>
        <translation>téléphone, e-mail, ou mots du motif ou de la source</translation>
    </message>
    <message>
        <source>Do-not-call list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Fin&amp;d</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>US (for numbers without +)</source>
        <translation>US (pour les numéros sans +)</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>asked on the phone, legal request …</source>
        <translation>demandé au téléphone, demande légale …</translation>
    </message>
    <message>
        <source>Block a phone number or e-mail address</source>
        <translation>Bloquer un numéro de téléphone ou une adresse e-mail</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>why it comes off the list</source>
        <translation>pourquoi elle sort de la liste</translation>
    </message>
    <message>
        <source>Take the selected entry off the list (leads it blocked stay do-not-call)</source>
        <translation>Retirer l&apos;entrée sélectionnée de la liste (les leads qu&apos;elle a bloqués restent en « ne pas appeler »)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Po&amp;urquoi</translation>
    </message>
    <message>
        <source>; only the newest are shown: search for more</source>
        <translation>; seules les plus récentes sont affichées : recherchez pour en voir plus</translation>
    </message>
    <message>
        <source>No entries yet: nobody is on the do-not-call list</source>
        <translation>Aucune entrée pour l&apos;instant : personne n&apos;est sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>say why they must not be called</source>
        <translation>indiquez pourquoi il ne faut pas les appeler</translation>
    </message>
    <message>
        <source>Already on the list</source>
        <translation>Déjà sur la liste</translation>
    </message>
    <message>
        <source>; {leads} taken out of the queues</source>
        <translation>; {leads} retiré(s) des files</translation>
    </message>
    <message>
        <source>{entries} added{blocked}</source>
        <translation>{entries} ajoutée(s){blocked}</translation>
    </message>
    <message>
        <source>choose the entry in the list first</source>
        <translation>choisissez d&apos;abord l&apos;entrée dans la liste</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>indiquez pourquoi l&apos;entrée sort de la liste</translation>
    </message>
    <message>
        <source>The {kind} entry {value}… is off the list</source>
        <translation>L&apos;entrée {kind} {value}… est retirée de la liste</translation>
    </message>
</context>
<context>
    <name>DoNotCallDialog</name>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>Put {value} ({value2}) on the do-not-call list? Nobody will call this phone number or e-mail again, on any lead.</source>
        <translation>Mettre {value} ({value2}) sur la liste d&apos;opposition ? Plus personne n&apos;appellera ce numéro ni n&apos;écrira à cette adresse e-mail, pour aucun lead.</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sans entreprise</translation>
    </message>
    <message>
        <source>Do-not-call reason</source>
        <translation>Motif de l&apos;opposition</translation>
    </message>
    <message>
        <source>Do-not-call reason problem</source>
        <translation>Problème avec le motif de l&apos;opposition</translation>
    </message>
    <message>
        <source>Put on the do-not-call list</source>
        <translation>Mettre sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Confirm do not call</source>
        <translation>Confirmer « ne pas appeler »</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the do-not-call entry.</source>
        <translation>Indiquez pourquoi : le motif est conservé avec l&apos;entrée de la liste d&apos;opposition.</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Unsaved work on lead {lead}</source>
        <translation>Travail non enregistré sur le lead {lead}</translation>
    </message>
    <message>
        <source>{company}, {contact}; typed {saved}</source>
        <translation>{company}, {contact} ; saisi le {saved}</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>pas d&apos;entreprise</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>pas de contact</translation>
    </message>
    <message>
        <source>Why the work cannot go back on the lead</source>
        <translation>Pourquoi le travail ne peut pas revenir sur le lead</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes from the draft</source>
        <translation>Notes du brouillon</translation>
    </message>
    <message>
        <source>&amp;Also typed</source>
        <translation>A&amp;utre saisie</translation>
    </message>
    <message>
        <source>Nothing else.</source>
        <translation>Rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Also typed</source>
        <translation>Autre saisie</translation>
    </message>
    <message>
        <source>&amp;Copy notes</source>
        <translation>&amp;Copier les notes</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Your unsaved work on lead {lead} was not put back: another outcome was recorded on the lead since you typed it.</source>
        <translation>Votre travail non enregistré sur le lead {lead} n’a pas été rétabli : un autre résultat a été enregistré pour ce lead depuis votre saisie.</translation>
    </message>
    <message>
        <source>Your notes were: {notes}</source>
        <translation>Vos notes étaient : {notes}</translation>
    </message>
    <message>
        <source>You have unsaved work from {saved} on lead {lead} ({company}, {contact}). Restore it?</source>
        <translation>Vous avez du travail non enregistré du {saved} sur le lead {lead} ({company}, {contact}). Le restaurer ?</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>pas d&apos;entreprise</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>pas de contact</translation>
    </message>
    <message>
        <source>Unsaved work on lead {lead} ({company}) waits in the Workspace</source>
        <translation>Du travail non enregistré sur le lead {lead} ({company}) attend dans le Poste de travail</translation>
    </message>
</context>
<context>
    <name>DraftView</name>
    <message>
        <source>Your unsaved work from {saved} on lead {lead} ({company}) cannot go back on the lead: {why}. View it to copy your notes.</source>
        <translation>Votre travail non enregistré du {saved} sur le lead {lead} ({company}) ne peut pas revenir sur le lead : {why}. Affichez-le pour copier vos notes.</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>pas d&apos;entreprise</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Résultat : {kind}</translation>
    </message>
    <message>
        <source>Call: {disposition}</source>
        <translation>Appel : {disposition}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Callback at</source>
        <translation>Rappel le</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Recycler le</translation>
    </message>
    <message>
        <source>Overruled because</source>
        <translation>Passé outre parce que</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
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
        <translation>Leads derrière {title}</translation>
    </message>
    <message>
        <source>; the first {count} shown</source>
        <translation>; les {count} premiers affichés</translation>
    </message>
    <message>
        <source>{summary} — {title}{more}</source>
        <translation>{summary} — {title}{more}</translation>
    </message>
    <message>
        <source>Leads behind the figure</source>
        <translation>Leads derrière le chiffre</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Open &amp;record</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>Exporter en {upper}</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportés vers {path}</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Ask for erasure</source>
        <translation>Demander l&apos;effacement</translation>
    </message>
    <message>
        <source>Ask an administrator to erase the person of lead %1 everywhere. The request is kept in the audit.</source>
        <translation>Demandez à un administrateur d&apos;effacer partout la personne du lead %1. La demande est conservée dans l&apos;audit.</translation>
    </message>
    <message>
        <source>Erase a person</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erase the person of lead %1 everywhere: leads, calls, answers, handoff packages, drafts and the audit&apos;s personal values. Their phone and e-mail stay on the do-not-call list as hashes only. This cannot be undone.</source>
        <translation>Effacer partout la personne du lead %1 : leads, appels, réponses, paquets de transmission, brouillons et valeurs personnelles de l&apos;audit. Son téléphone et son e-mail restent sur la liste d&apos;opposition uniquement sous forme de hachages. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Why: the person&apos;s request, its date and channel</source>
        <translation>Pourquoi : la demande de la personne, sa date et son canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone</source>
        <translation>Je comprends que cette opération est irréversible</translation>
    </message>
    <message>
        <source>The person asked for it</source>
        <translation>La personne l&apos;a demandé</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Say why the person is erased</source>
        <translation>Indiquez pourquoi la personne est effacée</translation>
    </message>
</context>
<context>
    <name>FieldProblem</name>
    <message>
        <source>{field} problem</source>
        <translation>Problème : {field}</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Eligible now</source>
        <translation>Disponibles maintenant</translation>
    </message>
    <message>
        <source>Leased now</source>
        <translation>En cours maintenant</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Maturation</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prêt pour la vente</translation>
    </message>
    <message>
        <source>Attempts today</source>
        <translation>Tentatives aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts today</source>
        <translation>Contacts aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Qualified today</source>
        <translation>Qualifiés aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nouveaux leads</translation>
    </message>
    <message>
        <source>Merged into existing leads</source>
        <translation>Fusionnées avec des leads existants</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation>Déjà importées</translation>
    </message>
    <message>
        <source>Do-not-call</source>
        <translation>Ne pas appeler</translation>
    </message>
</context>
<context>
    <name>FirmographicsPanel</name>
    <message>
        <source>Firmographic reference data</source>
        <translation>Données firmographiques de référence</translation>
    </message>
    <message>
        <source>A file of companies or web domains with their employees, annual revenue and industry fills what leads lack (each value keeps its source) and re-scores the leads not yet worked.</source>
        <translation>Un fichier d&apos;entreprises ou de domaines web avec leurs effectifs, leur chiffre d&apos;affaires annuel et leur secteur complète ce qui manque aux leads (chaque valeur garde sa source) et recalcule le score des leads pas encore traités.</translation>
    </message>
    <message>
        <source>CSV or XLSX: company and/or domain, employees …</source>
        <translation>CSV ou XLSX : entreprise et/ou domaine, effectifs …</translation>
    </message>
    <message>
        <source>Reference file</source>
        <translation>Fichier de référence</translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>optional: where the data comes from</source>
        <translation>facultatif : d&apos;où viennent les données</translation>
    </message>
    <message>
        <source>Loa&amp;d reference data</source>
        <translation>Charger les &amp;données de référence</translation>
    </message>
    <message>
        <source>Loading reference data</source>
        <translation>Chargement des données de référence</translation>
    </message>
    <message>
        <source>Reference data result</source>
        <translation>Résultat des données de référence</translation>
    </message>
    <message>
        <source>Reference fi&amp;le:</source>
        <translation>Fic&amp;hier de référence :</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Orig&amp;ine :</translation>
    </message>
    <message>
        <source>{rows}: {loaded}, {updated}, {rejected} (source: {source}).</source>
        <translation>{rows} : {loaded}, {updated}, {rejected} (source : {source}).</translation>
    </message>
    <message>
        <source>{n} updated</source>
        <translation>{n} mises à jour</translation>
    </message>
    <message>
        <source>{n} rejected</source>
        <translation>{n} rejetées</translation>
    </message>
    <message>
        <source>{leads}, {rescored} of them re-scored.</source>
        <translation>{leads}, dont {rescored} avec un nouveau score.</translation>
    </message>
    <message>
        <source>{leads} and re-scored.</source>
        <translation>{leads} et avec un nouveau score.</translation>
    </message>
    <message>
        <source>{leads}, not re-scored (already worked).</source>
        <translation>{leads}, sans nouveau score (déjà traité).</translation>
    </message>
    <message>
        <source>Rejected rows and why: {path}</source>
        <translation>Lignes rejetées et pourquoi : {path}</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>Qualifier — set up a center</source>
        <translation>Qualifier — configurer un centre</translation>
    </message>
    <message>
        <source>Set up your Qualifying Center</source>
        <translation>Configurez votre centre de qualification</translation>
    </message>
    <message>
        <source>This database has no users yet ({description}). Name the center, choose when calls may be made wherever no calling rule of a place&apos;s own applies (the US and some of its states have theirs: Calling rules area), and create the first administrator with a first team and queue. Everything else can be added afterwards in the app.</source>
        <translation>Cette base de données n&apos;a encore aucun utilisateur ({description}). Nommez le centre, choisissez quand les appels sont autorisés là où aucun lieu n&apos;a sa propre règle d&apos;appel (les États-Unis et certains de leurs États ont la leur : zone Règles d&apos;appel) et créez le premier administrateur avec une première équipe et une première file. Tout le reste peut être ajouté ensuite dans l&apos;application.</translation>
    </message>
    <message>
        <source>e.g. Lisbon Qualifying Center</source>
        <translation>p. ex. Centre de qualification de Lisbonne</translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation>p. ex. Europe/Berlin</translation>
    </message>
    <message>
        <source>what every amount is in, e.g. EUR</source>
        <translation>la devise de chaque montant, p. ex. EUR</translation>
    </message>
    <message>
        <source>e.g. ada.admin</source>
        <translation>p. ex. ada.admin</translation>
    </message>
    <message>
        <source>optional, e.g. Ada Lovelace</source>
        <translation>facultatif, p. ex. Ada Lovelace</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>au moins 10 caractères</translation>
    </message>
    <message>
        <source>&amp;Set up the center</source>
        <translation>&amp;Configurer le centre</translation>
    </message>
    <message>
        <source>&amp;Center name</source>
        <translation>Nom du cen&amp;tre</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Calling &amp;window</source>
        <translation>&amp;Plage d&apos;appel</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Administrator &amp;login</source>
        <translation>&amp;Identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>First t&amp;eam</source>
        <translation>Première é&amp;quipe</translation>
    </message>
    <message>
        <source>First &amp;queue</source>
        <translation>Première fi&amp;le</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>le centre doit avoir un nom</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s login</source>
        <translation>choisissez l&apos;identifiant de l&apos;administrateur</translation>
    </message>
    <message>
        <source>choose the administrator&apos;s password</source>
        <translation>choisissez le mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <source>the two passwords differ; type the same one twice</source>
        <translation>les deux mots de passe diffèrent ; saisissez deux fois le même</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration…</translation>
    </message>
</context>
<context>
    <name>FlaggedDeliveries</name>
    <message>
        <source>Deliveries waiting for a person</source>
        <translation>Envois en attente d&apos;une personne</translation>
    </message>
    <message>
        <source>what the partner said (kept in the audit)</source>
        <translation>ce qu&apos;a dit le partenaire (conservé dans l&apos;audit)</translation>
    </message>
    <message>
        <source>What the partner said</source>
        <translation>Ce qu&apos;a dit le partenaire</translation>
    </message>
    <message>
        <source>Mark &amp;delivered</source>
        <translation>Marquer comme &amp;envoyé</translation>
    </message>
    <message>
        <source>Send a&amp;gain</source>
        <translation>Renvo&amp;yer</translation>
    </message>
    <message>
        <source>address refused: correct it in the directory, then send again</source>
        <translation>adresse refusée : corrigez-la dans l&apos;annuaire, puis renvoyez</translation>
    </message>
    <message>
        <source>may have reached the partner</source>
        <translation>peut-être déjà arrivé chez le partenaire</translation>
    </message>
    <message>
        <source>1 delivery waits for a person: ask the partner about the Message-ID (or give it a working address), then mark it delivered or send it again.</source>
        <translation>1 envoi attend une personne : demandez au partenaire le Message-ID (ou donnez-lui une adresse qui fonctionne), puis marquez-le comme remis ou renvoyez-le.</translation>
    </message>
    <message>
        <source>{count} deliveries wait for a person: ask the partner about the Message-ID (or give it a working address), then mark one delivered or send it again.</source>
        <translation>{count} envois attendent une personne : demandez au partenaire le Message-ID (ou donnez-lui une adresse qui fonctionne), puis marquez-en un comme remis ou renvoyez-le.</translation>
    </message>
    <message>
        <source>message refused by the mail server: have it let through, then send again, or hand the lead over another way and mark it delivered</source>
        <translation>message refusé par le serveur de messagerie : faites-le laisser passer puis renvoyez-le, ou transmettez le lead autrement et marquez-le comme remis</translation>
    </message>
    <message>
        <source>the lead went do-not-call: not sent</source>
        <translation>le lead est passé en ne-pas-appeler : non envoyé</translation>
    </message>
    <message>
        <source>Select a delivery first.</source>
        <translation>Sélectionnez d&apos;abord un envoi.</translation>
    </message>
    <message>
        <source>Sending again…</source>
        <translation>Nouvel envoi…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Handoff {handoff} marked delivered; its SLA starts now.</source>
        <translation>Transmission {handoff} marquée comme envoyée ; son SLA démarre maintenant.</translation>
    </message>
    <message>
        <source>Handoff {handoff} sent again.</source>
        <translation>Transmission {handoff} renvoyée.</translation>
    </message>
    <message>
        <source>Handoff {handoff} not sent: {problem}</source>
        <translation>Transmission {handoff} non envoyée : {problem}</translation>
    </message>
</context>
<context>
    <name>FormAndJson</name>
    <message>
        <source>&amp;Form</source>
        <translation>F&amp;ormulaire</translation>
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
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Select a handoff to see why it went to its partner.</source>
        <translation>Sélectionnez une transmission pour voir pourquoi elle est allée à son partenaire.</translation>
    </message>
    <message>
        <source>why rejected or lost</source>
        <translation>pourquoi refusée ou perdue</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Record &amp;update</source>
        <translation>Enregistrer la &amp;mise à jour</translation>
    </message>
    <message>
        <source>Back to &amp;nurture</source>
        <translation>&amp;Remettre en maturation</translation>
    </message>
    <message>
        <source>&amp;Pipeline value</source>
        <translation>Valeur du &amp;pipeline</translation>
    </message>
    <message>
        <source>Won re&amp;venue</source>
        <translation>C&amp;hiffre d&apos;affaires gagné</translation>
    </message>
    <message>
        <source>&amp;Close date</source>
        <translation>Date de &amp;clôture</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Pourquoi ce partenaire</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Awaiting delivery</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Show handoffs</source>
        <translation>Afficher les transmissions</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>e.g. 48000</source>
        <translation>p. ex. 48000</translation>
    </message>
    <message>
        <source>e.g. 45000</source>
        <translation>p. ex. 45000</translation>
    </message>
    <message>
        <source>New st&amp;atus</source>
        <translation>&amp;Nouveau statut</translation>
    </message>
    <message>
        <source>Reas&amp;on</source>
        <translation>Moti&amp;f</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Retour du partenaire</translation>
    </message>
    <message>
        <source>Only channel managers and supervisors enter feedback.</source>
        <translation>Seuls les responsables de canal et les superviseurs saisissent les retours.</translation>
    </message>
    <message>
        <source>Handoff {handoff} to {partner} ({rep})</source>
        <translation>Transmission {handoff} à {partner} ({rep})</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>sans commercial</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>Refusée : {reason}</translation>
    </message>
    <message>
        <source>Lost: {reason}</source>
        <translation>Perdue : {reason}</translation>
    </message>
    <message>
        <source>Lead status: {status}</source>
        <translation>Statut du lead : {status}</translation>
    </message>
    <message>
        <source>Handoff: {status}.</source>
        <translation>Transmission : {status}.</translation>
    </message>
    <message>
        <source>Select a handoff first.</source>
        <translation>Sélectionnez d&apos;abord une transmission.</translation>
    </message>
    <message>
        <source>Handoff {id} is {status}; the lead is {replace}.</source>
        <translation>La transmission {id} est {status} ; le lead est {replace}.</translation>
    </message>
</context>
<context>
    <name>HolidaysPanel</name>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Choose a rule to see its holidays</source>
        <translation>Choisissez une règle pour voir ses jours fériés</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>optional, e.g. Christmas Day</source>
        <translation>facultatif, p. ex. Noël</translation>
    </message>
    <message>
        <source>Holidays: no calls on these dates</source>
        <translation>Jours fériés : aucun appel à ces dates</translation>
    </message>
    <message>
        <source>&amp;Add holiday</source>
        <translation>Ajou&amp;ter un jour férié</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Holiday na&amp;me</source>
        <translation>&amp;Nom du jour férié</translation>
    </message>
    <message>
        <source>Remo&amp;ve holiday</source>
        <translation>S&amp;upprimer le jour férié</translation>
    </message>
    <message>
        <source>Holidays of {value}</source>
        <translation>Jours fériés de {value}</translation>
    </message>
    <message>
        <source>every place (default)</source>
        <translation>tous les lieux (par défaut)</translation>
    </message>
    <message>
        <source>listed through {year}: from {day} this place&apos;s leads wait until that year&apos;s holidays are added</source>
        <translation>saisis jusqu&apos;en {year} : à partir du {day}, les leads de ce lieu attendent que les jours fériés de cette année soient ajoutés</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Recent imports</source>
        <translation>Imports récents</translation>
    </message>
    <message>
        <source>&amp;Refresh list</source>
        <translation>Actualiser &amp;la liste</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>Rien n&apos;a encore été importé.</translation>
    </message>
    <message>
        <source>{file}, started {started} ({status}): {what_to_do}</source>
        <translation>{file}, commencé le {started} ({status}) : {what_to_do}</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import inquiries</source>
        <translation>Importer des demandes</translation>
    </message>
    <message>
        <source>CSV (any delimiter or encoding) or XLSX file</source>
        <translation>Fichier CSV (tout séparateur ou encodage) ou XLSX</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>optional: the campaign every row belongs to</source>
        <translation>facultatif : la campagne à laquelle appartiennent toutes les lignes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Country of the file</source>
        <translation>Pays du fichier</translation>
    </message>
    <message>
        <source>optional: rows that name no country are read as from this one</source>
        <translation>facultatif : les lignes sans pays sont lues comme venant de celui-ci</translation>
    </message>
    <message>
        <source>Rows with no country, or an empty one, are read as written in this country (national phone numbers, dates) and get it as their country. A row&apos;s own country, or a phone number in +international form, wins. Leave it empty when the rows say their own country.</source>
        <translation>Les lignes sans pays, ou au pays vide, sont lues comme écrites dans ce pays (numéros de téléphone nationaux, dates) et le reçoivent comme pays. Le pays propre d&apos;une ligne, ou un numéro de téléphone au format international (+…), l&apos;emporte. Laissez vide lorsque les lignes indiquent leur propre pays.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Ap&amp;erçu</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne :</translation>
    </message>
    <message>
        <source>C&amp;ountry of the file:</source>
        <translation>Pa&amp;ys du fichier :</translation>
    </message>
    <message>
        <source>Check how each column is read. Recognised headers are mapped already; choose “ignore” for columns Qualifier should not read.</source>
        <translation>Vérifiez comment chaque colonne est lue. Les en-têtes reconnus sont déjà associés ; choisissez « ignorer » pour les colonnes que Qualifier ne doit pas lire.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lire comme</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>B&amp;ack</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;porter</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Premières lignes :</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;import</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>A&amp;nnuler l&apos;import</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importer un au&amp;tre fichier</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose a file</source>
        <translation>Étape 1 sur 4 : choisissez un fichier</translation>
    </message>
    <message>
        <source>Step 3 of 4: importing</source>
        <translation>Étape 3 sur 4 : import en cours</translation>
    </message>
    <message>
        <source>Step 4 of 4: summary</source>
        <translation>Étape 4 sur 4 : résumé</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Read {column} as</source>
        <translation>Lire {column} comme</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>Inquiry dates and times without a zone are read on the center&apos;s clock ({zone}); one with an offset or a zone (10:00 -0500, 10:00 CET) as it says.</source>
        <translation>Les dates et heures de demande sans fuseau sont lues à l&apos;heure du centre ({zone}) ; une date avec un décalage ou un fuseau (10:00 -0500, 10:00 CET) telle qu&apos;elle l&apos;indique.</translation>
    </message>
    <message>
        <source>{field} is read from {columns}, in this order: the first valid one is taken, the others are kept on the lead&apos;s touch.</source>
        <translation>{field} est lu dans {columns}, dans cet ordre : la première valeur valide est retenue, les autres sont conservées sur le contact du lead.</translation>
    </message>
    <message>
        <source>Several columns are read as {join}.</source>
        <translation>Plusieurs colonnes sont lues comme {join}.</translation>
    </message>
    <message>
        <source>Cancelling after the rows being stored now…</source>
        <translation>Annulation après les lignes en cours d&apos;enregistrement…</translation>
    </message>
    <message>
        <source>{done} of {total} rows: {imported} new, {merged} merged, {rejected} rejected</source>
        <translation>{done} lignes sur {total} : {imported} nouvelles, {merged} fusionnées, {rejected} rejetées</translation>
    </message>
    <message>
        <source>The import stopped: {message}</source>
        <translation>L&apos;import s&apos;est arrêté : {message}</translation>
    </message>
    <message>
        <source>Cancelled after {plural}. What was stored stays; import the same file again to continue where it stopped.</source>
        <translation>Annulé après {plural}. Ce qui a été enregistré est conservé ; importez de nouveau le même fichier pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source> {count} row was kept with a flagged value (see its touch).</source>
        <translation> {count} ligne a été conservée avec une valeur signalée (voir son contact).</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns</source>
        <translation>Étape 2 sur 4 : vérifiez les colonnes</translation>
    </message>
    <message>
        <source>Step 2 of 4: check the columns — {file_name}, {rows}</source>
        <translation>Étape 2 sur 4 : vérifiez les colonnes — {file_name}, {rows}</translation>
    </message>
    <message>
        <source>{file} is imported: {accounting}.</source>
        <translation>{file} est importé : {accounting}.</translation>
    </message>
    <message>
        <source> Rows naming no country were read as from {country}.</source>
        <translation> Les lignes sans pays ont été lues comme venant de {country}.</translation>
    </message>
    <message>
        <source> {count} rows were kept with a flagged value (see their touches).</source>
        <translation> {count} lignes ont été conservées avec une valeur signalée (voir leurs contacts).</translation>
    </message>
    <message>
        <source>New leads by queue: {queues}</source>
        <translation>Nouveaux leads par file : {queues}</translation>
    </message>
    <message>
        <source>New queue: {queue} (named by the scoring rules).</source>
        <translation>Nouvelle file : {queue} (nommée par les règles de score).</translation>
    </message>
    <message>
        <source>Warning: {warning}.</source>
        <translation>Attention : {warning}.</translation>
    </message>
    <message>
        <source>Every rejected row and why: {rejects_file}</source>
        <translation>Chaque ligne rejetée et son motif : {rejects_file}</translation>
    </message>
    <message>
        <source>No row was rejected.</source>
        <translation>Aucune ligne n&apos;a été rejetée.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Firmographics</source>
        <translation>Données d&apos;entreprise</translation>
    </message>
    <message>
        <source>Partner feedback</source>
        <translation>Retours des partenaires</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>not on this computer: {path}</source>
        <translation>absent de cet ordinateur : {path}</translation>
    </message>
    <message>
        <source>purged (retention period over)</source>
        <translation>supprimé (durée de conservation écoulée)</translation>
    </message>
    <message>
        <source>not written (the import stopped)</source>
        <translation>non écrit (l&apos;import s&apos;est arrêté)</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Campaign and source</source>
        <translation>Campagne et source</translation>
    </message>
    <message>
        <source>Score and segment</source>
        <translation>Score et segment</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Company facts</source>
        <translation>Données de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Tentatives précédentes</translation>
    </message>
    <message>
        <source>Why the lead came back</source>
        <translation>Pourquoi le lead est revenu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télé&amp;phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Aucun lead ouvert</translation>
    </message>
    <message>
        <source>Press Ctrl+N for the next lead.</source>
        <translation>Appuyez sur Ctrl+N pour le lead suivant.</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(sans entreprise)</translation>
    </message>
    <message>
        <source>inquired {day}</source>
        <translation>demande du {day}</translation>
    </message>
    <message>
        <source>no campaign</source>
        <translation>sans campagne</translation>
    </message>
    <message>
        <source>segment unknown</source>
        <translation>segment inconnu</translation>
    </message>
    <message>
        <source>Score {score} · {segment} · {attempts} · consent {consent} · {where}</source>
        <translation>Score {score} · {segment} · {attempts} · consentement {consent} · {where}</translation>
    </message>
    <message>
        <source>Asked for: {inquiry}</source>
        <translation>A demandé : {inquiry}</translation>
    </message>
    <message>
        <source>No inquiry text recorded</source>
        <translation>Aucun texte de demande enregistré</translation>
    </message>
    <message>
        <source>revenue {amount} {currency}</source>
        <translation>chiffre d&apos;affaires {amount} {currency}</translation>
    </message>
    <message>
        <source>interest: {product}</source>
        <translation>intérêt : {product}</translation>
    </message>
    <message>
        <source>{plural}: {touches}</source>
        <translation>{plural} : {touches}</translation>
    </message>
    <message>
        <source>Earlier attempts:</source>
        <translation>Tentatives précédentes :</translation>
    </message>
    <message>
        <source>First call to this lead</source>
        <translation>Premier appel à ce lead</translation>
    </message>
    <message>
        <source>Came back to the center.
{past_text}</source>
        <translation>Revenu au centre.
{past_text}</translation>
    </message>
</context>
<context>
    <name>LeadRecordDialog</name>
    <message>
        <source>Last outcome: {outcome}</source>
        <translation>Dernier résultat : {outcome}</translation>
    </message>
    <message>
        <source>Nurture reason: {reason}</source>
        <translation>Motif de nurturing : {reason}</translation>
    </message>
    <message>
        <source>Partner: {reason}</source>
        <translation>Partenaire : {reason}</translation>
    </message>
    <message>
        <source>Earlier BANT answers: {day} on {script}, grade {grade}</source>
        <translation>Réponses BANT antérieures : {day} avec {script}, note {grade}</translation>
    </message>
    <message>
        <source>Lead record</source>
        <translation>Fiche du lead</translation>
    </message>
    <message>
        <source>Loading the lead record…</source>
        <translation>Chargement de la fiche du lead…</translation>
    </message>
    <message>
        <source>Take as &amp;inbound call</source>
        <translation>Prendre comme appel &amp;entrant</translation>
    </message>
    <message>
        <source>The prospect is calling: take the lead now, whatever its calling window</source>
        <translation>Le prospect appelle : prenez le lead maintenant, quelle que soit sa plage d&apos;appel</translation>
    </message>
    <message>
        <source>Take and call &amp;out</source>
        <translation>Prendre et &amp;appeler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Lead {id}: {company}{name}{title}</source>
        <translation>Lead {id} : {company}{name}{title}</translation>
    </message>
    <message>
        <source>Lead {id} — {company}</source>
        <translation>Lead {id} — {company}</translation>
    </message>
    <message>
        <source>Phone {phone}    E-mail {email}</source>
        <translation>Téléphone {phone}    E-mail {email}</translation>
    </message>
    <message>
        <source>Status {status}    Score {score}    Grade {grade}    Attempts {attempts}    Campaign {campaign}</source>
        <translation>Statut {status}    Score {score}    Note {grade}    Tentatives {attempts}    Campagne {campaign}</translation>
    </message>
    <message>
        <source>Being worked by {rep}</source>
        <translation>En cours de traitement par {rep}</translation>
    </message>
    <message>
        <source>Assigned to {rep}</source>
        <translation>Attribué à {rep}</translation>
    </message>
    <message>
        <source>Inquiry: {inquiry}</source>
        <translation>Demande : {inquiry}</translation>
    </message>
    <message>
        <source>Consent on the call: {consent}</source>
        <translation>Consentement pendant l&apos;appel : {consent}</translation>
    </message>
    <message>
        <source>Came back to the center.</source>
        <translation>Revenu au centre.</translation>
    </message>
    <message>
        <source>The lead record could not be loaded.</source>
        <translation>La fiche du lead n&apos;a pas pu être chargée.</translation>
    </message>
</context>
<context>
    <name>LeadSession</name>
    <message>
        <source>our products</source>
        <translation>nos produits</translation>
    </message>
    <message>
        <source>our partner</source>
        <translation>notre partenaire</translation>
    </message>
    <message>
        <source>the callback time is not a date and time</source>
        <translation>l&apos;heure de rappel n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>choose an outcome first</source>
        <translation>choisissez d&apos;abord un résultat</translation>
    </message>
    <message>
        <source>the recycle date is not a date</source>
        <translation>la date de recyclage n&apos;est pas une date</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>lease until {at}</source>
        <translation>réservé jusqu&apos;à {at}</translation>
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
        <translation>La base de données est inaccessible : {problem}. Rien de ce que vous avez saisi n&apos;est perdu ; le lead reste ouvert et la connexion est retentée.</translation>
    </message>
</context>
<context>
    <name>LocalClock</name>
    <message>
        <source>Prospect&apos;s local time</source>
        <translation>Heure locale du prospect</translation>
    </message>
    <message>
        <source>Calling window</source>
        <translation>Plage d&apos;appel</translation>
    </message>
    <message>
        <source>Your own time</source>
        <translation>Votre heure</translation>
    </message>
    <message>
        <source>Call timer</source>
        <translation>Chronomètre d&apos;appel</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Aucun lead ouvert</translation>
    </message>
    <message>
        <source>Call 00:00</source>
        <translation>Appel 00:00</translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation>Pas composé</translation>
    </message>
    <message>
        <source>On call 00:00</source>
        <translation>En appel 00:00</translation>
    </message>
    <message>
        <source>Talked {m:02d}:{s:02d}</source>
        <translation>Parlé {m:02d}:{s:02d}</translation>
    </message>
    <message>
        <source>… {count} more time zones in between</source>
        <translation>… {count} autres fuseaux horaires entre les deux</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>Your time {time} {zone}</source>
        <translation>Votre heure {time} {zone}</translation>
    </message>
    <message>
        <source>On call {m:02d}:{s:02d}</source>
        <translation>En appel {m:02d}:{s:02d}</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Qualifier — sign in</source>
        <translation>Qualifier — connexion</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Qualifying Center — sign in to your workstation</source>
        <translation>Centre de qualification — connectez-vous à votre poste</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>p. ex. rita.rep</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Problème de connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Database: {description}</source>
        <translation>Base de données : {description}</translation>
    </message>
    <message>
        <source>Cannot work with this database.</source>
        <translation>Impossible de travailler avec cette base de données.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Saisissez votre identifiant.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Choose a new password to sign in: yours was reset.</source>
        <translation>Choisissez un nouveau mot de passe pour vous connecter : le vôtre a été réinitialisé.</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Find a lead</source>
        <translation>Rechercher un lead</translation>
    </message>
    <message>
        <source>Phone (any format), e-mail, name or company — then Enter</source>
        <translation>Téléphone (tout format), e-mail, nom ou entreprise — puis Entrée</translation>
    </message>
    <message>
        <source>Problem with the search</source>
        <translation>Problème de recherche</translation>
    </message>
    <message>
        <source>What was searched</source>
        <translation>Ce qui a été cherché</translation>
    </message>
    <message>
        <source>Leads found</source>
        <translation>Leads trouvés</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No lead found ({understood_as}).</source>
        <translation>Aucun lead trouvé ({understood_as}).</translation>
    </message>
    <message>
        <source> — more match; type more to narrow it down</source>
        <translation> — d&apos;autres résultats ; tapez davantage pour affiner</translation>
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
        <translation>En attente dans une autre zone</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>Clock warning</source>
        <translation>Avertissement d&apos;horloge</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est changé.</translation>
    </message>
    <message>
        <source>{note}: {key} shows it</source>
        <translation>{note} : {key} l&apos;affiche</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Show {area}</source>
        <translation>Afficher {area}</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Zone suivante</translation>
    </message>
    <message>
        <source>Previous area</source>
        <translation>Zone précédente</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>⚠ Clock off</source>
        <translation>⚠ Horloge décalée</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>You still hold {held}. Give it back to the queue? What you typed stays on this workstation as a draft.</source>
        <translation>Vous détenez encore {held}. Le rendre à la file ? Ce que vous avez saisi reste sur ce poste comme brouillon.</translation>
    </message>
    <message>
        <source>&amp;Release the lead and continue</source>
        <translation>&amp;Libérer le lead et continuer</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Rester</translation>
    </message>
    <message>
        <source>Giving {held} back…</source>
        <translation>Restitution de {held}…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{text}: answer yes or no</source>
        <translation>{text} : répondez oui ou non</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not one of the options</source>
        <translation>{text} : {raw!r} ne fait pas partie des options</translation>
    </message>
    <message>
        <source>{text}: {join} is not one of the options</source>
        <translation>{text} : {join} ne fait pas partie des options</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a number</source>
        <translation>{text} : {raw!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>{text}: at most two decimals</source>
        <translation>{text} : deux décimales au plus</translation>
    </message>
    <message>
        <source>{text}: must be at least {floor}</source>
        <translation>{text} : doit valoir au moins {floor}</translation>
    </message>
    <message>
        <source>{text}: must be at most {maximum}</source>
        <translation>{text} : doit valoir au plus {maximum}</translation>
    </message>
    <message>
        <source>{text}: {raw!r} is not a date (YYYY-MM-DD)</source>
        <translation>{text} : {raw!r} n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>script {script}: {where}: {problem}</source>
        <translation>script {script} : {where} : {problem}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <translation>Appel interdit maintenant · plage {window} · ouvre dans {wait}</translation>
    </message>
    <message>
        <source>Time zone unknown: do not call until it is known</source>
        <translation>Fuseau horaire inconnu : n&apos;appelez pas avant de le connaître</translation>
    </message>
    <message>
        <source>Calling allowed · window {window} · closes in {left}</source>
        <translation>Appel autorisé · plage {window} · ferme dans {left}</translation>
    </message>
    <message>
        <source>Calling not allowed · window {window} never opens in every zone</source>
        <translation>Appel interdit · la plage {window} n&apos;est jamais ouverte dans tous les fuseaux</translation>
    </message>
    <message>
        <source>calling rule {place}: weekdays {weekdays!r} must be ISO day digits</source>
        <translation>règle d&apos;appel {place} : les jours {weekdays!r} doivent être des chiffres de jour ISO</translation>
    </message>
    <message>
        <source>calling rule {place}: a call cap must be at least 1</source>
        <translation>règle d&apos;appel {place} : un plafond d&apos;appels doit valoir au moins 1</translation>
    </message>
    <message>
        <source>a calling window must start before it ends ({text})</source>
        <translation>une plage d&apos;appel doit commencer avant de finir ({text})</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}</source>
        <translation>fuseau horaire inconnu {name!r}</translation>
    </message>
    <message>
        <source>calling window {text!r} is not of the form HH:MM-HH:MM</source>
        <translation>la plage d&apos;appel {text!r} n&apos;est pas de la forme HH:MM-HH:MM</translation>
    </message>
    <message>
        <source>unknown status {strip!r}; use one of {known}</source>
        <translation>statut inconnu {strip!r} ; utilisez l&apos;un de {known}</translation>
    </message>
    <message>
        <source>a partner cannot set a handoff to {value}</source>
        <translation>un partenaire ne peut pas mettre une transmission en {value}</translation>
    </message>
    <message>
        <source>this handoff has not been delivered to the partner yet</source>
        <translation>cette transmission n&apos;a pas encore été envoyée au partenaire</translation>
    </message>
    <message>
        <source>the partner let this handoff expire; the lead went to another partner</source>
        <translation>le partenaire a laissé expirer cette transmission ; le lead est allé à un autre partenaire</translation>
    </message>
    <message>
        <source>this handoff is closed as {value}; it cannot become {target}</source>
        <translation>cette transmission est close comme {value} ; elle ne peut pas devenir {target}</translation>
    </message>
    <message>
        <source>an active opportunity cannot be rejected any more; report it lost</source>
        <translation>une opportunité active ne peut plus être refusée ; déclarez-la perdue</translation>
    </message>
    <message>
        <source>a handoff that is {value} cannot go back to {value2}</source>
        <translation>une transmission {value} ne peut pas revenir à {value2}</translation>
    </message>
    <message>
        <source>{replace} must be zero or more</source>
        <translation>{replace} doit valoir zéro ou plus</translation>
    </message>
    <message>
        <source>{replace} has more than two decimals</source>
        <translation>{replace} a plus de deux décimales</translation>
    </message>
    <message>
        <source>say why the lead was {value}</source>
        <translation>indiquez pourquoi le lead a été {value}</translation>
    </message>
    <message>
        <source>an active opportunity needs its pipeline value</source>
        <translation>une opportunité active doit avoir sa valeur de pipeline</translation>
    </message>
    <message>
        <source>the close date {closed_on} is in the future</source>
        <translation>la date de clôture {closed_on} est dans le futur</translation>
    </message>
    <message>
        <source>{replace} {strip!r} is not an amount</source>
        <translation>{replace} {strip!r} n&apos;est pas un montant</translation>
    </message>
    <message>
        <source>{replace} {cleaned!r} is not a date (use YYYY-MM-DD)</source>
        <translation>{replace} {cleaned!r} n&apos;est pas une date (utilisez AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a won lead needs its revenue</source>
        <translation>un lead gagné doit avoir son chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>a won lead needs its close date</source>
        <translation>un lead gagné doit avoir sa date de clôture</translation>
    </message>
    <message>
        <source>{channel}: {answer} ({when} UTC, {rep}, {script})</source>
        <translation>{channel} : {answer} ({when} UTC, {rep}, {script})</translation>
    </message>
    <message>
        <source>recording notice given</source>
        <translation>avis d&apos;enregistrement donné</translation>
    </message>
    <message>
        <source>contact by phone</source>
        <translation>contact par téléphone</translation>
    </message>
    <message>
        <source>contact by e-mail</source>
        <translation>contact par e-mail</translation>
    </message>
    <message>
        <source>passing the details to a partner</source>
        <translation>transmission des coordonnées à un partenaire</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>fixed line</source>
        <translation>fixe</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>fixed line or mobile</source>
        <translation>fixe ou mobile</translation>
    </message>
    <message>
        <source>toll free</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium rate</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>coût partagé</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>UAN</source>
        <translation>UAN</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>type inconnu</translation>
    </message>
    <message>
        <source>{international} · national {national} · {type} · {zones}</source>
        <translation>{international} · national {national} · {type} · {zones}</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>fuseau horaire inconnu</translation>
    </message>
    <message>
        <source>{phone!r} is not a number that can be dialled</source>
        <translation>{phone!r} n&apos;est pas un numéro composable</translation>
    </message>
    <message>
        <source>no column is recognised as a name or company; map one</source>
        <translation>aucune colonne n&apos;est reconnue comme nom ou entreprise ; associez-en une</translation>
    </message>
    <message>
        <source>the mapping names a column {title!r} that the file does not have</source>
        <translation>la correspondance nomme une colonne {title!r} absente du fichier</translation>
    </message>
    <message>
        <source>the mapping gives column {title!r} an unknown field {name!r}; known fields: {join}</source>
        <translation>la correspondance donne à la colonne {title!r} un champ inconnu {name!r} ; champs connus : {join}</translation>
    </message>
    <message>
        <source>a lead that is {label} cannot become {label2}</source>
        <translation>un lead {label} ne peut pas devenir {label2}</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <source>callback</source>
        <translation>rappel</translation>
    </message>
    <message>
        <source>nurture</source>
        <translation>maturation</translation>
    </message>
    <message>
        <source>sales ready</source>
        <translation>prêt pour la vente</translation>
    </message>
    <message>
        <source>handed off</source>
        <translation>transmis</translation>
    </message>
    <message>
        <source>check call</source>
        <translation>appel de contrôle</translation>
    </message>
    <message>
        <source>disqualified</source>
        <translation>disqualifié</translation>
    </message>
    <message>
        <source>do not call</source>
        <translation>ne pas appeler</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>choose how the call went: no answer, busy, voicemail …</source>
        <translation>choisissez comment l&apos;appel s&apos;est passé : pas de réponse, occupé, messagerie …</translation>
    </message>
    <message>
        <source>pick the date and time of the callback</source>
        <translation>choisissez la date et l&apos;heure du rappel</translation>
    </message>
    <message>
        <source>the callback time has no time zone</source>
        <translation>l&apos;heure du rappel n&apos;a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>the callback time has passed; pick a later one</source>
        <translation>l&apos;heure du rappel est passée ; choisissez-en une plus tardive</translation>
    </message>
    <message>
        <source>a callback can be at most three months ahead</source>
        <translation>un rappel peut être fixé au plus trois mois à l&apos;avance</translation>
    </message>
    <message>
        <source>say why the lead is disqualified</source>
        <translation>indiquez pourquoi le lead est disqualifié</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Pas de contact</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prêt pour la vente</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Maturation</translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation>Disqualifier</translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation>Ne pas appeler</translation>
    </message>
    <message>
        <source>say why the lead goes to nurture</source>
        <translation>indiquez pourquoi le lead passe en maturation</translation>
    </message>
    <message>
        <source>pick the date to call this lead again</source>
        <translation>choisissez la date à laquelle rappeler ce lead</translation>
    </message>
    <message>
        <source>the recycle date must be after today</source>
        <translation>la date de recyclage doit être postérieure à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{label} must be at least {low}</source>
        <translation>{label} doit valoir au moins {low}</translation>
    </message>
    <message>
        <source>name at least one country or region the partner covers</source>
        <translation>indiquez au moins un pays ou une région couvert par le partenaire</translation>
    </message>
    <message>
        <source>an active partner needs at least one active sales rep to send leads to</source>
        <translation>un partenaire actif doit avoir au moins un commercial actif à qui envoyer les leads</translation>
    </message>
    <message>
        <source>the partner needs a name</source>
        <translation>le partenaire doit avoir un nom</translation>
    </message>
    <message>
        <source>the name is longer than 200 characters</source>
        <translation>le nom dépasse 200 caractères</translation>
    </message>
    <message>
        <source>tier {tier!r} is unknown; use {join}</source>
        <translation>le niveau {tier!r} est inconnu ; utilisez {join}</translation>
    </message>
    <message>
        <source>the acceptance SLA (hours) is missing</source>
        <translation>le SLA d&apos;acceptation (heures) manque</translation>
    </message>
    <message>
        <source>the acceptance SLA must be at most {MAX_SLA_HOURS} hours</source>
        <translation>le SLA d&apos;acceptation doit être de {MAX_SLA_HOURS} heures au plus</translation>
    </message>
    <message>
        <source>{label} {strip!r} is not a whole number</source>
        <translation>{label} {strip!r} n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>{region!r} is not a region; write country-region, like US-CA</source>
        <translation>{region!r} n&apos;est pas une région ; écrivez pays-région, comme US-CA</translation>
    </message>
    <message>
        <source>{raw!r} is not a postal-code prefix (like 941, or US:941 for one country)</source>
        <translation>{raw!r} n&apos;est pas un préfixe de code postal (comme 941, ou US:941 pour un seul pays)</translation>
    </message>
    <message>
        <source>sales rep e-mail {strip!r} is not valid: {reason}</source>
        <translation>l&apos;e-mail du commercial {strip!r} n&apos;est pas valide : {reason}</translation>
    </message>
    <message>
        <source>sales rep {normalized} is listed twice</source>
        <translation>le commercial {normalized} figure deux fois</translation>
    </message>
    <message>
        <source>segment {segment!r} is unknown; use {join}</source>
        <translation>le segment {segment!r} est inconnu ; utilisez {join}</translation>
    </message>
    <message>
        <source>{subject} went to {partner} on {at:%Y-%m-%d}, but it is not eligible for this lead now</source>
        <translation>{subject} est allé(e) à {partner} le {at:%Y-%m-%d}, mais ce partenaire n&apos;est pas éligible pour ce lead maintenant</translation>
    </message>
    <message>
        <source>the same company</source>
        <translation>la même entreprise</translation>
    </message>
    <message>
        <source>the same contact</source>
        <translation>le même contact</translation>
    </message>
    <message>
        <source>the period starts ({start}) after it ends ({end})</source>
        <translation>la période commence ({start}) après sa fin ({end})</translation>
    </message>
    <message>
        <source>{label} is not a no-contact disposition</source>
        <translation>{label} n&apos;est pas un résultat sans contact</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation>Mauvais numéro</translation>
    </message>
    <message>
        <source>Bad number</source>
        <translation>Numéro invalide</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>[retry] max_attempts must be at least 1</source>
        <translation>[retry] max_attempts doit valoir au moins 1</translation>
    </message>
    <message>
        <source>[retry] nurture_recycle_days must be at least 1</source>
        <translation>[retry] nurture_recycle_days doit valoir au moins 1</translation>
    </message>
    <message>
        <source>[retry] delays_minutes: {name!r} is not a no-contact disposition ({known})</source>
        <translation>[retry] delays_minutes : {name!r} n&apos;est pas un résultat sans contact ({known})</translation>
    </message>
    <message>
        <source>[retry] delays_minutes.{name}: every delay must be positive minutes</source>
        <translation>[retry] delays_minutes.{name} : chaque délai doit être un nombre positif de minutes</translation>
    </message>
    <message>
        <source>{login} ({lower}) may not {value}</source>
        <translation>{login} ({lower}) n&apos;a pas le droit de {value}</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Chef d&apos;équipe</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>login {login!r} must start with a letter and use only a-z, 0-9, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (2 to 64 characters)</source>
        <translation>l&apos;identifiant {login!r} doit commencer par une lettre et n&apos;utiliser que a-z, 0-9, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos; (2 à 64 caractères)</translation>
    </message>
    <message>
        <source>{login} is deactivated; ask an administrator</source>
        <translation>{login} est désactivé ; adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>this database has an administrator; act as one with --as LOGIN</source>
        <translation>cette base de données a un administrateur ; agissez en son nom avec --as IDENTIFIANT</translation>
    </message>
    <message>
        <source>a user {login!r} exists already</source>
        <translation>un utilisateur {login!r} existe déjà</translation>
    </message>
    <message>
        <source>unknown login or wrong password</source>
        <translation>identifiant inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <source>covers the lead&apos;s country and segment (simulated history)</source>
        <translation>couvre le pays et le segment du lead (historique simulé)</translation>
    </message>
    <message>
        <source>SLA ran out</source>
        <translation>SLA expiré</translation>
    </message>
    <message>
        <source>Grade {grade} — {recommendation}: {reason} ({points})</source>
        <translation>Note {grade} — {recommendation} : {reason} ({points})</translation>
    </message>
    <message>
        <source>passed the {segment} rules for grade {grade}</source>
        <translation>satisfait les règles {segment} pour la note {grade}</translation>
    </message>
    <message>
        <source>no real interest ({short})</source>
        <translation>pas d&apos;intérêt réel ({short})</translation>
    </message>
    <message>
        <source>no real interest</source>
        <translation>pas d&apos;intérêt réel</translation>
    </message>
    <message>
        <source>{dimension} {points} of {need}</source>
        <translation>{dimension} {points} sur {need}</translation>
    </message>
    <message>
        <source>the prospect asked to talk at another time</source>
        <translation>le prospect a demandé à parler à un autre moment</translation>
    </message>
    <message>
        <source>not sales-ready yet ({short})</source>
        <translation>pas encore prêt pour la vente ({short})</translation>
    </message>
    <message>
        <source>not sales-ready yet</source>
        <translation>pas encore prêt pour la vente</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>need</source>
        <translation>besoin</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>délai</translation>
    </message>
    <message>
        <source>the script does not validate: {problem}</source>
        <translation>le script n&apos;est pas valide : {problem}</translation>
    </message>
    <message>
        <source>screen {screen}, question {question}: {problem}</source>
        <translation>écran {screen}, question {question} : {problem}</translation>
    </message>
    <message>
        <source>screen {screen}: {problem}</source>
        <translation>écran {screen} : {problem}</translation>
    </message>
    <message>
        <source>question {question}: {problem}</source>
        <translation>question {question} : {problem}</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (et {count} de plus)</translation>
    </message>
    <message>
        <source>a script needs at least one screen</source>
        <translation>un script doit avoir au moins un écran</translation>
    </message>
    <message>
        <source>a script is a JSON object with name, screens and pass_rules</source>
        <translation>un script est un objet JSON avec name, screens et pass_rules</translation>
    </message>
    <message>
        <source>the script needs a name</source>
        <translation>le script doit avoir un nom</translation>
    </message>
    <message>
        <source>there are no pass rules: every lead would be graded D</source>
        <translation>il n&apos;y a aucune règle de réussite : chaque lead recevrait la note D</translation>
    </message>
    <message>
        <source>screen number {number} has no key</source>
        <translation>l&apos;écran numéro {number} n&apos;a pas de clé</translation>
    </message>
    <message>
        <source>jumps to screen {target!r}, which does not exist</source>
        <translation>saute à l&apos;écran {target!r}, qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>jumps back to screen {target!r}: a path could loop and never end</source>
        <translation>revient à l&apos;écran {target!r} : un parcours pourrait boucler sans fin</translation>
    </message>
    <message>
        <source>branches on {value!r}, which is not one of its answers</source>
        <translation>bifurque selon {value!r}, qui ne fait pas partie de ses réponses</translation>
    </message>
    <message>
        <source>no path reaches this screen</source>
        <translation>aucun parcours n&apos;atteint cet écran</translation>
    </message>
    <message>
        <source>two screens have this key</source>
        <translation>deux écrans ont cette clé</translation>
    </message>
    <message>
        <source>a question is not an object</source>
        <translation>une question n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>another question has this key</source>
        <translation>une autre question a cette clé</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
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
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>{reason} ({zone})</source>
        <translation>{reason} ({zone})</translation>
    </message>
    <message>
        <source>{time:%H:%M} in {zone} is {reason}</source>
        <translation>{time:%H:%M} à {zone} : {reason}</translation>
    </message>
    <message>
        <source>the default rule</source>
        <translation>la règle par défaut</translation>
    </message>
    <message>
        <source>the prospect&apos;s time zone is unknown</source>
        <translation>le fuseau horaire du prospect est inconnu</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} is a legal holiday in {place}</source>
        <translation>le {day:%Y-%m-%d} est un jour férié légal à {place}</translation>
    </message>
    <message>
        <source>no calls on {weekday} in {place}</source>
        <translation>aucun appel le {weekday} à {place}</translation>
    </message>
    <message>
        <source>outside the calling window {window} of {place}</source>
        <translation>hors de la plage d&apos;appel {window} de {place}</translation>
    </message>
    <message>
        <source> (poor check-call record)</source>
        <translation> (mauvais historique d&apos;appels de contrôle)</translation>
    </message>
    <message>
        <source>customers say it contacted {contacted} of {reached} ({rate:.0%})</source>
        <translation>selon les clients, il a contacté {contacted} sur {reached} ({rate:.0%})</translation>
    </message>
    <message>
        <source>every handoff</source>
        <translation>toutes les transmissions</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>{share} %</translation>
    </message>
    <message>
        <source>the segment must be one of {segments}</source>
        <translation>le segment doit être l&apos;un de {segments}</translation>
    </message>
    <message>
        <source>the check call comes 1 to 30 business days after delivery</source>
        <translation>l&apos;appel de contrôle a lieu 1 à 30 jours ouvrés après l&apos;envoi</translation>
    </message>
    <message>
        <source>the share of handoffs to check is 0 to 100 %</source>
        <translation>la part des transmissions à contrôler va de 0 à 100 %</translation>
    </message>
    <message>
        <source>the minimum per partner and month is 0 to 1000</source>
        <translation>le minimum par partenaire et par mois va de 0 à 1000</translation>
    </message>
    <message>
        <source>partners with a poor record are checked more often: {share} to 100 %, not {poor_share}</source>
        <translation>les partenaires au mauvais historique sont contrôlés plus souvent : de {share} à 100 %, pas {poor_share}</translation>
    </message>
    <message>
        <source>the partner already reported the lead {status}</source>
        <translation>le partenaire a déjà déclaré le lead {status}</translation>
    </message>
    <message>
        <source>the handoff is {status}</source>
        <translation>la transmission est {status}</translation>
    </message>
    <message>
        <source>at least {minimum} per partner a month ({so_far} so far)</source>
        <translation>au moins {minimum} par partenaire et par mois ({so_far} jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>not in the {share} % sample</source>
        <translation>hors de l&apos;échantillon de {share} %</translation>
    </message>
    <message>
        <source>the partner&apos;s call cannot be in the future</source>
        <translation>l&apos;appel du partenaire ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>no check call answered yet</source>
        <translation>aucun appel de contrôle répondu pour l&apos;instant</translation>
    </message>
    <message>
        <source>, satisfaction {satisfaction:.1f}/5</source>
        <translation>, satisfaction {satisfaction:.1f}/5</translation>
    </message>
    <message>
        <source>, at least {minimum} per partner a month</source>
        <translation>, au moins {minimum} par partenaire et par mois</translation>
    </message>
    <message>
        <source>, {share} % for partners with a poor record</source>
        <translation>, {share} % pour les partenaires au mauvais historique</translation>
    </message>
    <message>
        <source>every handoff is checked</source>
        <translation>toutes les transmissions sont contrôlées</translation>
    </message>
    <message>
        <source>in the {share} % sample</source>
        <translation>dans l&apos;échantillon de {share} %</translation>
    </message>
    <message>
        <source>rate the experience from 1 to 5</source>
        <translation>notez l&apos;expérience de 1 à 5</translation>
    </message>
    <message>
        <source>the day of the partner&apos;s call is not a date</source>
        <translation>le jour de l&apos;appel du partenaire n&apos;est pas une date</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gagnée</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>perdue</translation>
    </message>
    <message>
        <source>the prospect said no to passing their details to a partner ({at:%Y-%m-%d %H:%M} UTC, {rep}): the lead cannot be handed off</source>
        <translation>le prospect a refusé la transmission de ses coordonnées à un partenaire ({at:%Y-%m-%d %H:%M} UTC, {rep}) : le lead ne peut pas être transmis</translation>
    </message>
    <message>
        <source>the dial URI template must start with tel:, sip: or callto: and contain {{number}} or {{digits}}, e.g. tel:{{number}}; not {template!r}</source>
        <translation>le modèle d&apos;URI de numérotation doit commencer par tel:, sip: ou callto: et contenir {{number}} ou {{digits}}, p. ex. tel:{{number}} ; pas {template!r}</translation>
    </message>
    <message>
        <source>the dial command template must pass the number as an argument ({{number}} or {{digits}}), e.g. softphone --dial {{number}}; not {template!r}</source>
        <translation>le modèle de commande de numérotation doit passer le numéro en argument ({{number}} ou {{digits}}), p. ex. softphone --dial {{number}} ; pas {template!r}</translation>
    </message>
    <message>
        <source>the dial command template cannot be split into arguments ({problem}): {template!r}</source>
        <translation>le modèle de commande de numérotation ne peut pas être découpé en arguments ({problem}) : {template!r}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone extension</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>State or region</source>
        <translation>État ou région</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Inquiry date</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>several columns are mapped to {columns}</source>
        <translation>plusieurs colonnes sont associées à {columns}</translation>
    </message>
    <message>
        <source>no column is recognised as phone or e-mail; map one (columns: {columns})</source>
        <translation>aucune colonne n&apos;est reconnue comme téléphone ou e-mail ; associez-en une (colonnes : {columns})</translation>
    </message>
    <message>
        <source>not now: no budget yet</source>
        <translation>pas maintenant : pas encore de budget</translation>
    </message>
    <message>
        <source>not now: buying in more than a year</source>
        <translation>pas maintenant : achat dans plus d&apos;un an</translation>
    </message>
    <message>
        <source>only researching</source>
        <translation>se renseigne seulement</translation>
    </message>
    <message>
        <source>not the decision maker; no access to one</source>
        <translation>pas le décideur ; aucun accès à un décideur</translation>
    </message>
    <message>
        <source>junk or fake data</source>
        <translation>données bidon ou fausses</translation>
    </message>
    <message>
        <source>student or private person</source>
        <translation>étudiant ou particulier</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>concurrent</translation>
    </message>
    <message>
        <source>wrong data</source>
        <translation>données erronées</translation>
    </message>
    <message>
        <source>no need</source>
        <translation>aucun besoin</translation>
    </message>
    <message>
        <source>duplicate of another lead</source>
        <translation>doublon d&apos;un autre lead</translation>
    </message>
    <message>
        <source>asked not to be called</source>
        <translation>a demandé à ne pas être appelé</translation>
    </message>
    <message>
        <source>legal request</source>
        <translation>demande légale</translation>
    </message>
    <message>
        <source>no contact</source>
        <translation>pas de contact</translation>
    </message>
    <message>
        <source>call back</source>
        <translation>rappeler</translation>
    </message>
    <message>
        <source>sales-ready</source>
        <translation>prêt pour la vente</translation>
    </message>
    <message>
        <source>disqualify</source>
        <translation>disqualifier</translation>
    </message>
    <message>
        <source>platinum</source>
        <translation>platine</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>or</translation>
    </message>
    <message>
        <source>silver</source>
        <translation>argent</translation>
    </message>
    <message>
        <source>bronze</source>
        <translation>bronze</translation>
    </message>
    <message>
        <source>all of {country}</source>
        <translation>tout le pays {country}</translation>
    </message>
    <message>
        <source>{measured} (weight {weight:,.2f})</source>
        <translation>{measured} (poids {weight:,.2f})</translation>
    </message>
    <message>
        <source>postal codes {prefix}… in {area}</source>
        <translation>codes postaux {prefix}… en {area}</translation>
    </message>
    <message>
        <source>new partner ({measured} of {needed} handoffs measured), so it gets the new-partner floor of {weight:,.2f}</source>
        <translation>nouveau partenaire ({measured} transmissions mesurées sur {needed}), il reçoit donc le plancher des nouveaux partenaires de {weight:,.2f}</translation>
    </message>
    <message>
        <source>no measurements yet</source>
        <translation>pas encore de mesures</translation>
    </message>
    <message>
        <source>covers only some postal codes and the lead&apos;s postal code is unknown</source>
        <translation>ne couvre que certains codes postaux et le code postal du lead est inconnu</translation>
    </message>
    <message>
        <source>does not cover the lead&apos;s postal code in {where}</source>
        <translation>ne couvre pas le code postal du lead en {where}</translation>
    </message>
    <message>
        <source>the lead&apos;s country is unknown</source>
        <translation>le pays du lead est inconnu</translation>
    </message>
    <message>
        <source>does not cover {area}</source>
        <translation>ne couvre pas {area}</translation>
    </message>
    <message>
        <source>is inactive</source>
        <translation>est inactif</translation>
    </message>
    <message>
        <source>does not sell {product}</source>
        <translation>ne vend pas {product}</translation>
    </message>
    <message>
        <source>does not serve {segment} companies</source>
        <translation>ne sert pas les entreprises {segment}</translation>
    </message>
    <message>
        <source>has no active sales rep with an e-mail address</source>
        <translation>n&apos;a aucun commercial actif avec une adresse e-mail</translation>
    </message>
    <message>
        <source>sells {products}</source>
        <translation>vend {products}</translation>
    </message>
    <message>
        <source>serves {segment} companies</source>
        <translation>sert les entreprises {segment}</translation>
    </message>
    <message>
        <source>Covers {where}, {offer}.</source>
        <translation>Couvre {where}, {offer}.</translation>
    </message>
    <message>
        <source>Covers {where}.</source>
        <translation>Couvre {where}.</translation>
    </message>
    <message>
        <source>Already with this partner: {subject} went to {partner} on {at:%Y-%m-%d} (handoff {handoff}); keeping the account with one partner avoids channel conflict.</source>
        <translation>Déjà chez ce partenaire : {subject} est allé à {partner} le {at:%Y-%m-%d} (transmission {handoff}) ; garder le compte chez un seul partenaire évite les conflits de canal.</translation>
    </message>
    <message>
        <source>answers in {hours:,.0f} h on average</source>
        <translation>répond en {hours:,.0f} h en moyenne</translation>
    </message>
    <message>
        <source>reports on {share:.0%} of its leads</source>
        <translation>fait un retour sur {share:.0%} de ses leads</translation>
    </message>
    <message>
        <source>wins {share:.0%}</source>
        <translation>gagne {share:.0%}</translation>
    </message>
    <message>
        <source>covers only some regions of {country} and the lead&apos;s region is unknown</source>
        <translation>ne couvre que certaines régions de {country} et la région du lead est inconnue</translation>
    </message>
    <message>
        <source>does not cover {area} (only {regions})</source>
        <translation>ne couvre pas {area} (seulement {regions})</translation>
    </message>
    <message>
        <source>{count:,} other partners do not cover {area}</source>
        <translation>{count:,} autres partenaires ne couvrent pas {area}</translation>
    </message>
    <message>
        <source>{count:,} partners cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} partenaires ne peuvent pas être rapprochés : le pays du lead est inconnu</translation>
    </message>
    <message>
        <source>this company</source>
        <translation>cette entreprise</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>Next in the fair rotation: furthest behind its fair share of recent leads.</source>
        <translation>Suivant dans la rotation équitable : le plus en retard sur sa part équitable des leads récents.</translation>
    </message>
    <message>
        <source>Alternative {number}.</source>
        <translation>Alternative {number}.</translation>
    </message>
    <message>
        <source>has let handoffs expire</source>
        <translation>a laissé expirer des transmissions</translation>
    </message>
    <message>
        <source>&quot;segments&quot; is missing</source>
        <translation>&quot;segments&quot; manque</translation>
    </message>
    <message>
        <source>&quot;points&quot; is missing</source>
        <translation>&quot;points&quot; manque</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be a list of rules</source>
        <translation>&quot;queues&quot; doit être une liste de règles</translation>
    </message>
    <message>
        <source>the queue rules have no catch-all rule (one without conditions)</source>
        <translation>les règles de file n&apos;ont pas de règle par défaut (une règle sans conditions)</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; is missing</source>
        <translation>&quot;points.{name}&quot; manque</translation>
    </message>
    <message>
        <source>queue rule {index} has no queue name</source>
        <translation>la règle de file {index} n&apos;a pas de nom de file</translation>
    </message>
    <message>
        <source>queue rule {index} has unknown conditions: {conditions}</source>
        <translation>la règle de file {index} a des conditions inconnues : {conditions}</translation>
    </message>
    <message>
        <source>&quot;segments.{key}&quot; must be a number</source>
        <translation>&quot;segments.{key}&quot; doit être un nombre</translation>
    </message>
    <message>
        <source>inbound call</source>
        <translation>appel entrant</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>trade show</source>
        <translation>salon</translation>
    </message>
    <message>
        <source>webinar</source>
        <translation>webinaire</translation>
    </message>
    <message>
        <source>content download</source>
        <translation>téléchargement de contenu</translation>
    </message>
    <message>
        <source>purchased list</source>
        <translation>liste achetée</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>could not start the dial command {command!r}: {problem}</source>
        <translation>impossible de lancer la commande de numérotation {command!r} : {problem}</translation>
    </message>
    <message>
        <source>{name} has {count:,} columns; an import reads at most {most:,}</source>
        <translation>{name} a {count:,} colonnes ; un import en lit au plus {most:,}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>{name} is {size:,.0f} MB, more than the {most:,} MB an import reads; split it into smaller files</source>
        <translation>{name} fait {size:,.0f} Mo, plus que les {most:,} Mo qu&apos;un import peut lire ; découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>{name}: old .xls files are not supported; save it as .xlsx or CSV</source>
        <translation>{name} : les anciens fichiers .xls ne sont pas pris en charge ; enregistrez-le en .xlsx ou CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive, not a CSV file (an XLSX file? name it .xlsx)</source>
        <translation>{name} est une archive ZIP, pas un fichier CSV (un fichier XLSX ? nommez-le .xlsx)</translation>
    </message>
    <message>
        <source>{name} is not a text file (it holds binary data); save it as CSV or XLSX</source>
        <translation>{name} n&apos;est pas un fichier texte (il contient des données binaires) ; enregistrez-le en CSV ou XLSX</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} has a header cell longer than {most:,} characters</source>
        <translation>{name} a une cellule d&apos;en-tête de plus de {most:,} caractères</translation>
    </message>
    <message>
        <source>unknown table format {fmt!r}; use csv or xlsx</source>
        <translation>format de tableau inconnu {fmt!r} ; utilisez csv ou xlsx</translation>
    </message>
    <message>
        <source>{name} has no header row</source>
        <translation>{name} n&apos;a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>{name}: the header row cannot be read ({problem})</source>
        <translation>{name} : la ligne d&apos;en-tête est illisible ({problem})</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX file ({problem})</source>
        <translation>{name} n&apos;est pas un fichier XLSX lisible ({problem})</translation>
    </message>
    <message>
        <source>{name} is a damaged XLSX file ({problem})</source>
        <translation>{name} est un fichier XLSX endommagé ({problem})</translation>
    </message>
    <message>
        <source>cannot write {path}: {strerror}</source>
        <translation>impossible d&apos;écrire {path} : {strerror}</translation>
    </message>
    <message>
        <source>{name}: {filename} unpacks to {size:,.0f} MB from {packed:,.0f} KB: it holds a cell far longer than an import reads, or is damaged</source>
        <translation>{name} : {filename} se décompresse en {size:,.0f} Mo à partir de {packed:,.0f} Ko : il contient une cellule bien plus longue que ce qu&apos;un import lit, ou il est endommagé</translation>
    </message>
    <message>
        <source>{name}: {what} unpack to {size:,.0f} MB, more than the {most:,} MB an import holds; split the file or save it as CSV</source>
        <translation>{name} : {what} se décompressent en {size:,.0f} Mo, plus que les {most:,} Mo qu&apos;un import accepte ; découpez le fichier ou enregistrez-le en CSV</translation>
    </message>
    <message>
        <source>cannot reach the database ({where}): {detail}</source>
        <translation>impossible d&apos;atteindre la base de données ({where}) : {detail}</translation>
    </message>
    <message>
        <source>{where} is busy (another program holds a write lock)</source>
        <translation>{where} est occupée (un autre programme détient un verrou d&apos;écriture)</translation>
    </message>
    <message>
        <source>{where} is busy: this workstation&apos;s connection stayed in use</source>
        <translation>{where} est occupée : la connexion de ce poste est restée utilisée</translation>
    </message>
    <message>
        <source>database {backend!r} is not supported; use SQLite or PostgreSQL</source>
        <translation>la base de données {backend!r} n&apos;est pas prise en charge ; utilisez SQLite ou PostgreSQL</translation>
    </message>
    <message>
        <source>the folder {folder} for the SQLite database does not exist</source>
        <translation>le dossier {folder} de la base de données SQLite n&apos;existe pas</translation>
    </message>
    <message>
        <source>sslmode {mode!r} is not one of {modes}</source>
        <translation>sslmode {mode!r} ne fait pas partie de {modes}</translation>
    </message>
    <message>
        <source>the CA file {path} (sslrootcert) is missing or unreadable</source>
        <translation>le fichier de l&apos;AC {path} (sslrootcert) est absent ou illisible</translation>
    </message>
    <message>
        <source>{url!r} is not a database URL (expected sqlite:///PATH or postgresql://USER@HOST/DATABASE)</source>
        <translation>{url!r} n&apos;est pas une URL de base de données (attendu : sqlite:///CHEMIN ou postgresql://UTILISATEUR@HÔTE/BASE)</translation>
    </message>
    <message>
        <source>the SQLite database {path} is read-only or not readable</source>
        <translation>la base de données SQLite {path} est en lecture seule ou illisible</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; SQLite needs to write its journal beside the database</source>
        <translation>le dossier {folder} est en lecture seule ; SQLite doit écrire son journal à côté de la base de données</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only; cannot create {name} there</source>
        <translation>le dossier {folder} est en lecture seule ; impossible d&apos;y créer {name}</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {wait} s</source>
        <translation>trop de mots de passe erronés pour {login} ; réessayez dans {wait} s</translation>
    </message>
    <message>
        <source>signed out: this connection is closed</source>
        <translation>déconnecté : cette connexion est fermée</translation>
    </message>
    <message>
        <source>the database refuses this workstation&apos;s sign-in role {role}: ask an administrator for its password (sign_in_password in the settings)</source>
        <translation>la base de données refuse le rôle de connexion {role} de ce poste : demandez son mot de passe à un administrateur (sign_in_password dans les réglages)</translation>
    </message>
    <message>
        <source>the database schema ({current}) is older than this version of Qualifier ({head}); run `qualifier db upgrade`</source>
        <translation>le schéma de la base de données ({current}) est plus ancien que cette version de Qualifier ({head}) ; lancez `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>the database schema ({current}) is newer than this version of Qualifier ({head}); install the newer Qualifier instead</source>
        <translation>le schéma de la base de données ({current}) est plus récent que cette version de Qualifier ({head}) ; installez plutôt la version plus récente de Qualifier</translation>
    </message>
    <message>
        <source>this database was not created by Qualifier (no schema version found)</source>
        <translation>cette base de données n&apos;a pas été créée par Qualifier (aucune version de schéma trouvée)</translation>
    </message>
    <message>
        <source>the saved sign-in has expired or was ended; run `qualifier login` again</source>
        <translation>la connexion enregistrée a expiré ou a été fermée ; relancez `qualifier login`</translation>
    </message>
    <message>
        <source>the password is too long to keep in a sign-in</source>
        <translation>le mot de passe est trop long pour être conservé dans une connexion</translation>
    </message>
    <message>
        <source>the calling window must start before it ends</source>
        <translation>la plage d&apos;appel doit commencer avant de finir</translation>
    </message>
    <message>
        <source>calling window {text!r} must read like 09:00-18:00</source>
        <translation>la plage d&apos;appel {text!r} doit s&apos;écrire comme 09:00-18:00</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; use a name like Europe/Berlin</source>
        <translation>le fuseau horaire {name!r} est inconnu ; utilisez un nom comme Europe/Berlin</translation>
    </message>
    <message>
        <source>the center needs a name</source>
        <translation>le centre doit avoir un nom</translation>
    </message>
    <message>
        <source>this database is set up already; sign in as an administrator</source>
        <translation>cette base de données est déjà configurée ; connectez-vous en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <source>the password must have at least {MIN_PASSWORD_LENGTH} characters</source>
        <translation>le mot de passe doit comporter au moins {MIN_PASSWORD_LENGTH} caractères</translation>
    </message>
    <message>
        <source>the password must not start or end with spaces</source>
        <translation>le mot de passe ne doit pas commencer ni finir par des espaces</translation>
    </message>
    <message>
        <source>the password must not contain the login</source>
        <translation>le mot de passe ne doit pas contenir l&apos;identifiant</translation>
    </message>
    <message>
        <source>the password is too simple: use more different characters</source>
        <translation>le mot de passe est trop simple : utilisez davantage de caractères différents</translation>
    </message>
    <message>
        <source>choose a new password, not the current one again</source>
        <translation>choisissez un nouveau mot de passe, pas de nouveau l&apos;actuel</translation>
    </message>
    <message>
        <source>there is no user {login!r}</source>
        <translation>il n&apos;y a pas d&apos;utilisateur {login!r}</translation>
    </message>
    <message>
        <source>{login} is the last active administrator; make someone else one first</source>
        <translation>{login} est le dernier administrateur actif ; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur</translation>
    </message>
    <message>
        <source>role {role!r} is not one of {choices}</source>
        <translation>le rôle {role!r} ne fait pas partie de {choices}</translation>
    </message>
    <message>
        <source>there is no team {team!r}</source>
        <translation>il n&apos;y a pas d&apos;équipe {team!r}</translation>
    </message>
    <message>
        <source>the team {name} is deactivated</source>
        <translation>l&apos;équipe {name} est désactivée</translation>
    </message>
    <message>
        <source>there is no active user {login!r}</source>
        <translation>il n&apos;y a pas d&apos;utilisateur actif {login!r}</translation>
    </message>
    <message>
        <source>you cannot deactivate yourself</source>
        <translation>vous ne pouvez pas vous désactiver vous-même</translation>
    </message>
    <message>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est erroné</translation>
    </message>
    <message>
        <source>there is no team {name!r}</source>
        <translation>il n&apos;y a pas d&apos;équipe {name!r}</translation>
    </message>
    <message>
        <source>too many wrong passwords for {login}; try again in {max} s</source>
        <translation>trop de mots de passe erronés pour {login} ; réessayez dans {max} s</translation>
    </message>
    <message>
        <source>{login} is deactivated</source>
        <translation>{login} est désactivé</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Avant → après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>the period ends ({until}) before it starts ({since})</source>
        <translation>la période finit ({until}) avant de commencer ({since})</translation>
    </message>
    <message>
        <source>lead {lead_id} cannot exist: ids start at 1</source>
        <translation>le lead {lead_id} ne peut pas exister : les numéros commencent à 1</translation>
    </message>
    <message>
        <source>{name}: the audit log is exported as a .csv file</source>
        <translation>{name} : le journal d&apos;audit est exporté en fichier .csv</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Calls a day</source>
        <translation>Appels par jour</translation>
    </message>
    <message>
        <source>Calls a week</source>
        <translation>Appels par semaine</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>Default (everywhere else)</source>
        <translation>Par défaut (partout ailleurs)</translation>
    </message>
    <message>
        <source>{strip!r} is not a place: a country code (US) or country-region (US-FL)</source>
        <translation>{strip!r} n&apos;est pas un lieu : un code pays (US) ou pays-région (US-FL)</translation>
    </message>
    <message>
        <source>the window must end after it starts ({strip})</source>
        <translation>la plage doit finir après avoir commencé ({strip})</translation>
    </message>
    <message>
        <source>the window must be at least an hour long</source>
        <translation>la plage doit durer au moins une heure</translation>
    </message>
    <message>
        <source>choose at least one day of the week for calls</source>
        <translation>choisissez au moins un jour de la semaine pour les appels</translation>
    </message>
    <message>
        <source>the weekly cap cannot be below the daily cap</source>
        <translation>le plafond hebdomadaire ne peut pas être inférieur au plafond quotidien</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>{value} is not a time of day (HH:MM)</source>
        <translation>{value} n&apos;est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>a cap must be at least 1 call (leave it empty for no cap)</source>
        <translation>un plafond doit valoir au moins 1 appel (laissez vide pour ne pas plafonner)</translation>
    </message>
    <message>
        <source>there is no calling rule for {value}</source>
        <translation>il n&apos;y a pas de règle d&apos;appel pour {value}</translation>
    </message>
    <message>
        <source>the default rule can be changed, not removed</source>
        <translation>la règle par défaut peut être modifiée, pas supprimée</translation>
    </message>
    <message>
        <source>{value} has no calling rule: add its rule first</source>
        <translation>{value} n&apos;a pas de règle d&apos;appel : ajoutez d&apos;abord sa règle</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is already a holiday in {value}</source>
        <translation>le {on:%Y-%m-%d} est déjà un jour férié à {value}</translation>
    </message>
    <message>
        <source>{on:%Y-%m-%d} is not a holiday in {value}</source>
        <translation>le {on:%Y-%m-%d} n&apos;est pas un jour férié à {value}</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>a campaign&apos;s {field} has at most {limit} characters</source>
        <translation>le champ {field} d&apos;une campagne a au plus {limit} caractères</translation>
    </message>
    <message>
        <source>the campaign starts ({starts_on}) after it ends ({ends_on})</source>
        <translation>la campagne commence ({starts_on}) après sa fin ({ends_on})</translation>
    </message>
    <message>
        <source>{text!r} is not a list of whole minutes such as 120, 240, 1440</source>
        <translation>{text!r} n&apos;est pas une liste de minutes entières comme 120, 240, 1440</translation>
    </message>
    <message>
        <source>the attempt cap must be 1 to {most} calls, not {given}</source>
        <translation>le plafond de tentatives doit être de 1 à {most} appels, pas {given}</translation>
    </message>
    <message>
        <source>nurture leads come back after 1 to {most} days, not {given}</source>
        <translation>les leads en maturation reviennent après 1 à {most} jours, pas {given}</translation>
    </message>
    <message>
        <source>{name!r} is not a no-contact disposition ({known})</source>
        <translation>{name!r} n&apos;est pas un résultat sans contact ({known})</translation>
    </message>
    <message>
        <source>at most {most} delays; the last one repeats</source>
        <translation>au plus {most} délais ; le dernier se répète</translation>
    </message>
    <message>
        <source>every delay must be 1 to {most} minutes (90 days)</source>
        <translation>chaque délai doit être de 1 à {most} minutes (90 jours)</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue.</source>
        <translation>Sur {examined:,} leads en file pas encore traités : {score:,} changent de score, {segment:,} de segment, {queue:,} de file.</translation>
    </message>
    <message>
        <source>Of {examined:,} queued leads not yet worked: {score:,} change score, {segment:,} change segment, {queue:,} change queue; the queues {new} would be created.</source>
        <translation>Sur {examined:,} leads en file pas encore traités : {score:,} changent de score, {segment:,} de segment, {queue:,} de file ; les files {new} seraient créées.</translation>
    </message>
    <message>
        <source>there is no version {version} of the scoring rules</source>
        <translation>il n&apos;y a pas de version {version} des règles de score</translation>
    </message>
    <message>
        <source>someone saved version {version} of the scoring rules a moment ago: open them and make your change again</source>
        <translation>quelqu&apos;un a enregistré la version {version} des règles de score il y a un instant : ouvrez-les et refaites votre modification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Qualifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Saved (UTC)</source>
        <translation>Enregistré (UTC)</translation>
    </message>
    <message>
        <source>there is no script {which}</source>
        <translation>il n&apos;y a pas de script {which}</translation>
    </message>
    <message>
        <source>someone saved version {version} of {name} a moment ago: open it and make your change again</source>
        <translation>quelqu&apos;un a enregistré la version {version} de {name} il y a un instant : ouvrez-le et refaites votre modification</translation>
    </message>
    <message>
        <source>the {what} needs a name</source>
        <translation>{what} doit avoir un nom</translation>
    </message>
    <message>
        <source>the {what} name must have at most 80 characters</source>
        <translation>le nom de {what} doit avoir au plus 80 caractères</translation>
    </message>
    <message>
        <source>segment {segment!r} is not one of {join}</source>
        <translation>le segment {segment!r} ne fait pas partie de {join}</translation>
    </message>
    <message>
        <source>{login} ({role}) does not work leads</source>
        <translation>{login} ({role}) ne traite pas de leads</translation>
    </message>
    <message>
        <source>a team {name!r} exists already</source>
        <translation>une équipe {name!r} existe déjà</translation>
    </message>
    <message>
        <source>a queue {name!r} exists already</source>
        <translation>une file {name!r} existe déjà</translation>
    </message>
    <message>
        <source>the team {name} is not one of your teams</source>
        <translation>l&apos;équipe {name} ne fait pas partie de vos équipes</translation>
    </message>
    <message>
        <source>there is no queue {name!r}</source>
        <translation>il n&apos;y a pas de file {name!r}</translation>
    </message>
    <message>
        <source>the queue {name} is not one of your teams&apos; queues</source>
        <translation>la file {name} ne fait pas partie des files de vos équipes</translation>
    </message>
    <message>
        <source>{login} may not create teams; ask an administrator</source>
        <translation>{login} ne peut pas créer d&apos;équipes ; adressez-vous à un administrateur</translation>
    </message>
    <message>
        <source>a team {new_name!r} exists already</source>
        <translation>une équipe {new_name!r} existe déjà</translation>
    </message>
    <message>
        <source>a queue {new_name!r} exists already</source>
        <translation>une file {new_name!r} existe déjà</translation>
    </message>
    <message>
        <source>{login} is not in your teams</source>
        <translation>{login} ne fait pas partie de vos équipes</translation>
    </message>
    <message>
        <source>choose another, open queue than {move_to!r}</source>
        <translation>choisissez une autre file ouverte que {move_to!r}</translation>
    </message>
    <message>
        <source>{people} active people are in the team {name}; move them to another team first</source>
        <translation>{people} personnes actives sont dans l&apos;équipe {name} ; déplacez-les d&apos;abord vers une autre équipe</translation>
    </message>
    <message>
        <source>being worked</source>
        <translation>en cours de traitement</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>stale lease</source>
        <translation>réservation expirée</translation>
    </message>
    <message>
        <source>a lead cannot be both assigned to a rep and unassigned</source>
        <translation>un lead ne peut pas être à la fois attribué à un agent et non attribué</translation>
    </message>
    <message>
        <source>{status!r} is not a lead status ({join})</source>
        <translation>{status!r} n&apos;est pas un statut de lead ({join})</translation>
    </message>
    <message>
        <source>cannot sort leads by {sort!r}</source>
        <translation>impossible de trier les leads par {sort!r}</translation>
    </message>
    <message>
        <source>a page is 1 to {MAX_PAGE} leads from offset 0 on</source>
        <translation>une page contient 1 à {MAX_PAGE} leads à partir de la position 0</translation>
    </message>
    <message>
        <source>{moved}; {count} not moved</source>
        <translation>{moved} ; {count} non déplacé(s)</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>la file {name}</translation>
    </message>
    <message>
        <source>{count} lead moved to {target}</source>
        <translation>{count} lead déplacé vers {target}</translation>
    </message>
    <message>
        <source>{count} leads moved to {target}</source>
        <translation>{count} leads déplacés vers {target}</translation>
    </message>
    <message>
        <source>not one of your teams&apos; leads</source>
        <translation>ne fait pas partie des leads de vos équipes</translation>
    </message>
    <message>
        <source>changed since you loaded it (now {status}, at {at:%H:%M:%S} UTC); reload and try again</source>
        <translation>modifié depuis son chargement (maintenant {status}, à {at:%H:%M:%S} UTC) ; rechargez et réessayez</translation>
    </message>
    <message>
        <source>is {status}; only queued leads and callbacks move</source>
        <translation>est {status} ; seuls les leads en file et les rappels se déplacent</translation>
    </message>
    <message>
        <source>{rep} is working on it right now</source>
        <translation>{rep} le traite en ce moment</translation>
    </message>
    <message>
        <source>{rep} is working on it right now; select it to take it away</source>
        <translation>{rep} le traite en ce moment ; sélectionnez-le pour le lui retirer</translation>
    </message>
    <message>
        <source>already with {rep}</source>
        <translation>déjà chez {rep}</translation>
    </message>
    <message>
        <source>already in {queue}</source>
        <translation>déjà dans {queue}</translation>
    </message>
    <message>
        <source>move leads either to a rep or to a queue</source>
        <translation>déplacez les leads soit vers un agent, soit vers une file</translation>
    </message>
    <message>
        <source>choose a different rep to take the callbacks</source>
        <translation>choisissez un autre agent pour reprendre les rappels</translation>
    </message>
    <message>
        <source>there is no queue {queue_id}</source>
        <translation>il n&apos;y a pas de file {queue_id}</translation>
    </message>
    <message>
        <source>the queue {name} is closed</source>
        <translation>la file {name} est fermée</translation>
    </message>
    <message>
        <source>select at least one lead to move</source>
        <translation>sélectionnez au moins un lead à déplacer</translation>
    </message>
    <message>
        <source>choose at least one filter (status, queue, campaign, region, rep …) before moving everything that matches</source>
        <translation>choisissez au moins un filtre (statut, file, campagne, région, agent …) avant de déplacer tout ce qui correspond</translation>
    </message>
    <message>
        <source>more than {MAX_FILTER_MOVE:,} leads match; narrow the filter</source>
        <translation>plus de {MAX_FILTER_MOVE:,} leads correspondent ; affinez le filtre</translation>
    </message>
    <message>
        <source>there is no user {rep_id}</source>
        <translation>il n&apos;y a pas d&apos;utilisateur {rep_id}</translation>
    </message>
    <message>
        <source>{name} does not work leads; choose a rep</source>
        <translation>{name} ne traite pas de leads ; choisissez un agent</translation>
    </message>
    <message>
        <source>{name} is deactivated; choose another rep</source>
        <translation>{name} est désactivé ; choisissez un autre agent</translation>
    </message>
    <message>
        <source>{name} is not in your teams</source>
        <translation>{name} ne fait pas partie de vos équipes</translation>
    </message>
    <message>
        <source>{name} does not work leads</source>
        <translation>{name} ne traite pas de leads</translation>
    </message>
    <message>
        <source>{name} is {value} already</source>
        <translation>{name} est déjà {value}</translation>
    </message>
    <message>
        <source>{state} ({reason})</source>
        <translation>{state} ({reason})</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>it is empty (leave the option out instead)</source>
        <translation>il est vide (omettez plutôt l&apos;option)</translation>
    </message>
    <message>
        <source>the file name is empty</source>
        <translation>le nom du fichier est vide</translation>
    </message>
    <message>
        <source>the rejects file {path} exists already; add --force to replace it</source>
        <translation>le fichier des rejets {path} existe déjà ; ajoutez --force pour le remplacer</translation>
    </message>
    <message>
        <source>cannot use {name}: {problem}</source>
        <translation>impossible d&apos;utiliser {name} : {problem}</translation>
    </message>
    <message>
        <source>{name} is not a file name</source>
        <translation>{name} n&apos;est pas un nom de fichier</translation>
    </message>
    <message>
        <source>the file name {name} is too long for this system (at most 255 characters a name)</source>
        <translation>le nom de fichier {name} est trop long pour ce système (255 caractères au plus par nom)</translation>
    </message>
    <message>
        <source>--remove takes the policy away: it cannot go with {options}</source>
        <translation>--remove supprime la politique : il ne peut pas aller avec {options}</translation>
    </message>
    <message>
        <source>there is no database at {path}; `qualifier setup` sets up a new center there (`qualifier db upgrade` makes an empty one)</source>
        <translation>il n&apos;y a pas de base de données à {path} ; `qualifier setup` y crée un nouveau centre (`qualifier db upgrade` en crée une vide)</translation>
    </message>
    <message>
        <source>interrupted: the rows stored so far are kept; import {name} again to add the rest (the rows already imported are skipped)</source>
        <translation>interrompu : les lignes enregistrées jusqu&apos;ici sont conservées ; importez {name} à nouveau pour ajouter le reste (les lignes déjà importées sont ignorées)</translation>
    </message>
    <message>
        <source>give --max-attempts, --delay or --recycle-days</source>
        <translation>indiquez --max-attempts, --delay ou --recycle-days</translation>
    </message>
    <message>
        <source>Work state changed</source>
        <translation>État de travail modifié</translation>
    </message>
    <message>
        <source>Holiday added</source>
        <translation>Jour férié ajouté</translation>
    </message>
    <message>
        <source>Holiday removed</source>
        <translation>Jour férié retiré</translation>
    </message>
    <message>
        <source>Calling rule removed</source>
        <translation>Règle d&apos;appel retirée</translation>
    </message>
    <message>
        <source>Calling rule saved</source>
        <translation>Règle d&apos;appel enregistrée</translation>
    </message>
    <message>
        <source>Campaign changed</source>
        <translation>Campagne modifiée</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>Campagne créée</translation>
    </message>
    <message>
        <source>Center changed</source>
        <translation>Centre modifié</translation>
    </message>
    <message>
        <source>Center set up</source>
        <translation>Centre configuré</translation>
    </message>
    <message>
        <source>Check call answered</source>
        <translation>Appel de contrôle répondu</translation>
    </message>
    <message>
        <source>Check call: callback</source>
        <translation>Appel de contrôle : rappel</translation>
    </message>
    <message>
        <source>Check call cancelled</source>
        <translation>Appel de contrôle annulé</translation>
    </message>
    <message>
        <source>Check call answers recorded</source>
        <translation>Réponses de l&apos;appel de contrôle enregistrées</translation>
    </message>
    <message>
        <source>Check call: disqualified</source>
        <translation>Appel de contrôle : disqualifié</translation>
    </message>
    <message>
        <source>Check call: do not call</source>
        <translation>Appel de contrôle : ne pas appeler</translation>
    </message>
    <message>
        <source>Check call scheduled</source>
        <translation>Appel de contrôle planifié</translation>
    </message>
    <message>
        <source>Reopened handoff kept with the partner</source>
        <translation>Transfert rouvert laissé au partenaire</translation>
    </message>
    <message>
        <source>Check call: nurture</source>
        <translation>Appel de contrôle : maturation</translation>
    </message>
    <message>
        <source>Check call outcome undone</source>
        <translation>Résultat de l&apos;appel de contrôle annulé</translation>
    </message>
    <message>
        <source>Reopened handoff rerouted</source>
        <translation>Transfert rouvert réaffecté</translation>
    </message>
    <message>
        <source>Check call: no contact</source>
        <translation>Appel de contrôle : pas de contact</translation>
    </message>
    <message>
        <source>Check call: sales-ready</source>
        <translation>Appel de contrôle : prêt pour la vente</translation>
    </message>
    <message>
        <source>Check call skipped (not in the sample)</source>
        <translation>Appel de contrôle omis (hors échantillon)</translation>
    </message>
    <message>
        <source>Check call: customer not reached</source>
        <translation>Appel de contrôle : client non joint</translation>
    </message>
    <message>
        <source>Check call policy removed</source>
        <translation>Politique d&apos;appels de contrôle retirée</translation>
    </message>
    <message>
        <source>Check call policy set</source>
        <translation>Politique d&apos;appels de contrôle définie</translation>
    </message>
    <message>
        <source>Command-line session closed</source>
        <translation>Session en ligne de commande fermée</translation>
    </message>
    <message>
        <source>Command-line session opened</source>
        <translation>Session en ligne de commande ouverte</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Contact details corrected</source>
        <translation>Coordonnées corrigées</translation>
    </message>
    <message>
        <source>Demo history added</source>
        <translation>Historique de démonstration ajouté</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message>
        <source>Do-not-call registry imported</source>
        <translation>Registre d&apos;opposition importé</translation>
    </message>
    <message>
        <source>Added to the do-not-call list</source>
        <translation>Ajouté à la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Removed from the do-not-call list</source>
        <translation>Retiré de la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Company data imported</source>
        <translation>Données d&apos;entreprise importées</translation>
    </message>
    <message>
        <source>Handoff awaiting delivery</source>
        <translation>Transfert en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Handoff created</source>
        <translation>Transfert créé</translation>
    </message>
    <message>
        <source>Handoff delivered</source>
        <translation>Transfert envoyé</translation>
    </message>
    <message>
        <source>Handoff delivery confirmed</source>
        <translation>Envoi du transfert confirmé</translation>
    </message>
    <message>
        <source>Handoff delivery failed</source>
        <translation>Envoi du transfert échoué</translation>
    </message>
    <message>
        <source>Handoff delivery flagged</source>
        <translation>Envoi du transfert signalé</translation>
    </message>
    <message>
        <source>Handoff sent again</source>
        <translation>Transfert renvoyé</translation>
    </message>
    <message>
        <source>Handoff delivery started</source>
        <translation>Envoi du transfert commencé</translation>
    </message>
    <message>
        <source>Handoff delivery unknown</source>
        <translation>Envoi du transfert inconnu</translation>
    </message>
    <message>
        <source>Handoff expired</source>
        <translation>Transfert expiré</translation>
    </message>
    <message>
        <source>Partner feedback recorded</source>
        <translation>Retour du partenaire enregistré</translation>
    </message>
    <message>
        <source>Partner chosen over the proposal</source>
        <translation>Partenaire choisi à la place de la proposition</translation>
    </message>
    <message>
        <source>Partner reminded</source>
        <translation>Partenaire relancé</translation>
    </message>
    <message>
        <source>Partner reminder failed</source>
        <translation>Rappel au partenaire échoué</translation>
    </message>
    <message>
        <source>Partner reminder given up</source>
        <translation>Rappel au partenaire abandonné</translation>
    </message>
    <message>
        <source>Partner reminder unknown</source>
        <translation>Rappel au partenaire incertain</translation>
    </message>
    <message>
        <source>Handoff taken back</source>
        <translation>Transfert repris</translation>
    </message>
    <message>
        <source>Rejected import rows purged</source>
        <translation>Lignes d&apos;import rejetées purgées</translation>
    </message>
    <message>
        <source>Inquiry import cancelled</source>
        <translation>Import de demandes annulé</translation>
    </message>
    <message>
        <source>Inquiry import failed</source>
        <translation>Échec de l&apos;import de demandes</translation>
    </message>
    <message>
        <source>Inquiry import interrupted</source>
        <translation>Import de demandes interrompu</translation>
    </message>
    <message>
        <source>Inquiries imported</source>
        <translation>Demandes importées</translation>
    </message>
    <message>
        <source>Lead back to nurture</source>
        <translation>Lead remis en maturation</translation>
    </message>
    <message>
        <source>Callback booked</source>
        <translation>Rappel planifié</translation>
    </message>
    <message>
        <source>Lead claimed</source>
        <translation>Lead pris dans la file</translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation>Lead créé</translation>
    </message>
    <message>
        <source>Lead disqualified</source>
        <translation>Lead disqualifié</translation>
    </message>
    <message>
        <source>Lead marked do-not-call</source>
        <translation>Lead marqué « ne pas appeler »</translation>
    </message>
    <message>
        <source>Lead enriched with company data</source>
        <translation>Lead enrichi de données d&apos;entreprise</translation>
    </message>
    <message>
        <source>Lead erased</source>
        <translation>Lead effacé</translation>
    </message>
    <message>
        <source>Lead handed off</source>
        <translation>Lead transféré</translation>
    </message>
    <message>
        <source>Hold on the lead released</source>
        <translation>Réservation du lead levée</translation>
    </message>
    <message>
        <source>Leads merged</source>
        <translation>Leads fusionnés</translation>
    </message>
    <message>
        <source>Lead put in nurture</source>
        <translation>Lead mis en maturation</translation>
    </message>
    <message>
        <source>Outcome undone</source>
        <translation>Résultat annulé</translation>
    </message>
    <message>
        <source>Lead reassigned</source>
        <translation>Lead réaffecté</translation>
    </message>
    <message>
        <source>Lead back from nurture</source>
        <translation>Lead revenu de maturation</translation>
    </message>
    <message>
        <source>Lead kept in nurture: the prospect said no to more calls</source>
        <translation>Lead gardé en maturation : le prospect ne veut plus être appelé</translation>
    </message>
    <message>
        <source>Lead released</source>
        <translation>Lead relâché</translation>
    </message>
    <message>
        <source>Lead placed again in its time zones</source>
        <translation>Lead replacé dans ses fuseaux horaires</translation>
    </message>
    <message>
        <source>Lead rescored</source>
        <translation>Lead renoté</translation>
    </message>
    <message>
        <source>Lead resumed</source>
        <translation>Lead repris</translation>
    </message>
    <message>
        <source>No contact: lead to retry</source>
        <translation>Pas de contact : lead à rappeler</translation>
    </message>
    <message>
        <source>Lead returned for routing</source>
        <translation>Lead renvoyé pour attribution</translation>
    </message>
    <message>
        <source>Lead marked sales-ready</source>
        <translation>Lead marqué prêt pour la vente</translation>
    </message>
    <message>
        <source>Lead taken</source>
        <translation>Lead pris (directement)</translation>
    </message>
    <message>
        <source>Leads exported</source>
        <translation>Leads exportés</translation>
    </message>
    <message>
        <source>Leads placed again in their time zones</source>
        <translation>Leads replacés dans leurs fuseaux horaires</translation>
    </message>
    <message>
        <source>Leads rescored</source>
        <translation>Leads renotés</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Connexion échouée</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Sign-in slowed down after failures</source>
        <translation>Connexion ralentie après des échecs</translation>
    </message>
    <message>
        <source>Outbox purged</source>
        <translation>Boîte d&apos;envoi purgée</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Partenaire ajouté</translation>
    </message>
    <message>
        <source>Partner changed</source>
        <translation>Partenaire modifié</translation>
    </message>
    <message>
        <source>Partner feedback imported</source>
        <translation>Retours des partenaires importés</translation>
    </message>
    <message>
        <source>Partners imported</source>
        <translation>Partenaires importés</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Personne effacée</translation>
    </message>
    <message>
        <source>Erasure requested</source>
        <translation>Effacement demandé</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Données personnelles exportées</translation>
    </message>
    <message>
        <source>Qualification overruled</source>
        <translation>Qualification annulée</translation>
    </message>
    <message>
        <source>Qualification recorded</source>
        <translation>Qualification enregistrée</translation>
    </message>
    <message>
        <source>Queue added</source>
        <translation>File ajoutée</translation>
    </message>
    <message>
        <source>Queue changed</source>
        <translation>File modifiée</translation>
    </message>
    <message>
        <source>Queue closed</source>
        <translation>File fermée</translation>
    </message>
    <message>
        <source>Queue created</source>
        <translation>File créée</translation>
    </message>
    <message>
        <source>Queue&apos;s leads moved</source>
        <translation>Leads de la file déplacés</translation>
    </message>
    <message>
        <source>Queue member added</source>
        <translation>Membre ajouté à la file</translation>
    </message>
    <message>
        <source>Queue member removed</source>
        <translation>Membre retiré de la file</translation>
    </message>
    <message>
        <source>Rep paused</source>
        <translation>Agent en pause</translation>
    </message>
    <message>
        <source>Rep resumed</source>
        <translation>Agent repris</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Rapport envoyé</translation>
    </message>
    <message>
        <source>Report published</source>
        <translation>Rapport publié</translation>
    </message>
    <message>
        <source>Retry settings saved</source>
        <translation>Réglages de nouvel essai enregistrés</translation>
    </message>
    <message>
        <source>Scoring rules saved</source>
        <translation>Règles de notation enregistrées</translation>
    </message>
    <message>
        <source>Script installed</source>
        <translation>Script installé</translation>
    </message>
    <message>
        <source>Script saved</source>
        <translation>Script enregistré</translation>
    </message>
    <message>
        <source>Team activated</source>
        <translation>Équipe activée</translation>
    </message>
    <message>
        <source>Team added</source>
        <translation>Équipe ajoutée</translation>
    </message>
    <message>
        <source>Team deactivated</source>
        <translation>Équipe désactivée</translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation>Équipe renommée</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>Utilisateur ajouté</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Utilisateur modifié</translation>
    </message>
    <message>
        <source>Channel manager role changed</source>
        <translation>Rôle de responsable de canal modifié</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>Utilisateur déverrouillé</translation>
    </message>
    <message>
        <source>User&apos;s work returned to the queue</source>
        <translation>Travail de l&apos;utilisateur rendu à la file</translation>
    </message>
    <message>
        <source>calling rule</source>
        <translation>règle d&apos;appel</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>center</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>check call policy</source>
        <translation>politique d&apos;appels de contrôle</translation>
    </message>
    <message>
        <source>command-line session</source>
        <translation>session en ligne de commande</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>do-not-call registry</source>
        <translation>registre d&apos;opposition</translation>
    </message>
    <message>
        <source>do-not-call entry</source>
        <translation>entrée de la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>publication</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualification</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>file</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>retry settings</source>
        <translation>réglages de nouvel essai</translation>
    </message>
    <message>
        <source>scoring rules</source>
        <translation>règles de score</translation>
    </message>
    <message>
        <source>script</source>
        <translation>script</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>added at</source>
        <translation>ajouté le</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>déjà importés</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqués</translation>
    </message>
    <message>
        <source>assigned rep</source>
        <translation>agent attribué</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>attempts</source>
        <translation>tentatives</translation>
    </message>
    <message>
        <source>business days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>call attempt</source>
        <translation>tentative d&apos;appel</translation>
    </message>
    <message>
        <source>callbacks returned</source>
        <translation>rappels rendus</translation>
    </message>
    <message>
        <source>open capacity</source>
        <translation>capacité libre</translation>
    </message>
    <message>
        <source>weekly capacity</source>
        <translation>capacité hebdomadaire</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>check</source>
        <translation>contrôle</translation>
    </message>
    <message>
        <source>closed on</source>
        <translation>clôturé le</translation>
    </message>
    <message>
        <source>computed grade</source>
        <translation>note calculée</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>contact correction</source>
        <translation>correction du contact</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>nom affiché</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>issue d&apos;appel</translation>
    </message>
    <message>
        <source>added to do-not-call</source>
        <translation>ajoutés à la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>due at</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>ends on</source>
        <translation>fin le</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>examined</source>
        <translation>examinés</translation>
    </message>
    <message>
        <source>expires at</source>
        <translation>expire le</translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation>connexions échouées</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtres</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>signalé</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>note</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importés</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>last attempt</source>
        <translation>dernière tentative</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>leads</translation>
    </message>
    <message>
        <source>lead status</source>
        <translation>statut du lead</translation>
    </message>
    <message>
        <source>leads returned</source>
        <translation>leads rendus</translation>
    </message>
    <message>
        <source>hold expires at</source>
        <translation>réservation expirant le</translation>
    </message>
    <message>
        <source>held by</source>
        <translation>détenu par</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargés</translation>
    </message>
    <message>
        <source>locked until</source>
        <translation>verrouillé jusqu&apos;au</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>minimum per month</source>
        <translation>minimum par mois</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacés</translation>
    </message>
    <message>
        <source>must change the password</source>
        <translation>doit changer de mot de passe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>next call</source>
        <translation>prochain appel</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>partner&apos;s rep</source>
        <translation>commercial du partenaire</translation>
    </message>
    <message>
        <source>period</source>
        <translation>période</translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation>valeur du pipeline</translation>
    </message>
    <message>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <source>share when poor (%)</source>
        <translation>part si mauvais historique (%)</translation>
    </message>
    <message>
        <source>postal code prefixes</source>
        <translation>préfixes de code postal</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>proposed partner</source>
        <translation>partenaire proposé</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinataire</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <source>back from nurture on</source>
        <translation>sortie de maturation le</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>national registries honoured</source>
        <translation>registres nationaux respectés</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>reminded at</source>
        <translation>relancé le</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>agents</translation>
    </message>
    <message>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <source>retention days</source>
        <translation>jours de conservation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>rows changed</source>
        <translation>lignes modifiées</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>screens</source>
        <translation>écrans</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>segments</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>share (%)</source>
        <translation>part (%)</translation>
    </message>
    <message>
        <source>SLA breached</source>
        <translation>SLA dépassé</translation>
    </message>
    <message>
        <source>SLA hours</source>
        <translation>heures de SLA</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>starts on</source>
        <translation>début le</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état de travail</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>status reason</source>
        <translation>motif du statut</translation>
    </message>
    <message>
        <source>taken on</source>
        <translation>pris le</translation>
    </message>
    <message>
        <source>tier</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangés</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>value fingerprint</source>
        <translation>empreinte de la valeur</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>window</source>
        <translation>plage</translation>
    </message>
    <message>
        <source>won revenue</source>
        <translation>chiffre d&apos;affaires gagné</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be text</source>
        <translation>&quot;{field}&quot; doit être un texte</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be an object</source>
        <translation>&quot;{field}&quot; doit être un objet</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a whole number, at least 1</source>
        <translation>&quot;{field}&quot; doit être un nombre entier, au moins 1</translation>
    </message>
    <message>
        <source>&quot;{field}&quot; must be a list</source>
        <translation>&quot;{field}&quot; doit être une liste</translation>
    </message>
    <message>
        <source>the rules of {places} leave no common calling hours</source>
        <translation>les règles de {places} ne laissent aucune heure d&apos;appel commune</translation>
    </message>
    <message>
        <source>{never}</source>
        <translation>{never}</translation>
    </message>
    <message>
        <source>the legal holidays of {year} are not listed for {place}: add them to its calling rules</source>
        <translation>les jours fériés légaux de {year} ne sont pas enregistrés pour {place} : ajoutez-les à ses règles d&apos;appel</translation>
    </message>
    <message>
        <source>{count} call in any 24 hours</source>
        <translation>{count} appel sur 24 heures</translation>
    </message>
    <message>
        <source>{count} calls in any 24 hours</source>
        <translation>{count} appels sur 24 heures</translation>
    </message>
    <message>
        <source>{count} call in any 7 days</source>
        <translation>{count} appel sur 7 jours</translation>
    </message>
    <message>
        <source>{count} calls in any 7 days</source>
        <translation>{count} appels sur 7 jours</translation>
    </message>
    <message>
        <source>{count} business day after delivery, {share}</source>
        <translation>{count} jour ouvré après l&apos;envoi, {share}</translation>
    </message>
    <message>
        <source>{count} business days after delivery, {share}</source>
        <translation>{count} jours ouvrés après l&apos;envoi, {share}</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} ahead of the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>L’horloge de ce poste avance de {amount} sur celle de la base de données. Qualifier utilise l’heure de la base de données, mais faites corriger l’horloge et son fuseau horaire.</translation>
    </message>
    <message>
        <source>This workstation&apos;s clock is {amount} behind the database&apos;s. Qualifier uses the database&apos;s time, but please have the clock and its time zone corrected.</source>
        <translation>L’horloge de ce poste retarde de {amount} sur celle de la base de données. Qualifier utilise l’heure de la base de données, mais faites corriger l’horloge et son fuseau horaire.</translation>
    </message>
    <message>
        <source>{replace} must be less than {most:,}</source>
        <translation>{replace} doit être inférieur à {most:,}</translation>
    </message>
    <message>
        <source>{value!r} is not a country Qualifier knows: give its two-letter ISO code, such as DE or US, or its name</source>
        <translation>{value!r} n&apos;est pas un pays que Qualifier connaît : indiquez son code ISO à deux lettres, comme DE ou US, ou son nom</translation>
    </message>
    <message>
        <source>{value!r} is not a region of {country} Qualifier knows: give its ISO code, such as US-NY</source>
        <translation>{value!r} n&apos;est pas une région de {country} que Qualifier connaît : indiquez son code ISO, comme US-NY</translation>
    </message>
    <message>
        <source>{name}: no header row found; the header must be one of the first {rows} rows and name a phone or e-mail column and a name or company column (such as {expected})</source>
        <translation>{name} : aucune ligne d’en-tête trouvée ; l’en-tête doit être l’une des {rows} premières lignes et nommer une colonne de téléphone ou d’e-mail et une colonne de nom ou de société (par exemple {expected})</translation>
    </message>
    <message>
        <source>the mapping has {count} columns but the file has {columns}; preview the file again</source>
        <translation>la correspondance a {count} colonnes mais le fichier en a {columns} ; prévisualisez à nouveau le fichier</translation>
    </message>
    <message>
        <source>unknown fields {names}; known fields: {join}</source>
        <translation>champs inconnus {names} ; champs connus : {join}</translation>
    </message>
    <message>
        <source>the mapping lists several columns for {name!r}; only {fields} may be read from several columns (like {{&quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}})</source>
        <translation>la correspondance indique plusieurs colonnes pour {name!r} ; seuls {fields} peuvent être lus dans plusieurs colonnes (comme {{&quot;phone&quot;: [&quot;Portable&quot;, &quot;Téléphone&quot;]}})</translation>
    </message>
    <message>
        <source>the mapping reads column {title!r} as both {first} and {second}</source>
        <translation>la correspondance lit la colonne {title!r} à la fois comme {first} et comme {second}</translation>
    </message>
    <message>
        <source>{count:,} other partner does not cover {area}</source>
        <translation>{count:,} autre partenaire ne couvre pas {area}</translation>
    </message>
    <message>
        <source>{count:,} partner cannot be matched: the lead&apos;s country is unknown</source>
        <translation>{count:,} partenaire ne peut pas être rapproché : le pays du lead est inconnu</translation>
    </message>
    <message>
        <source>Rotation: {count} lead in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotation : {count} lead sur les {days} derniers jours pour une part équitable de {fair:,.1f} ; {performance}.</translation>
    </message>
    <message>
        <source>Rotation: {count} leads in the last {days} days against a fair share of {fair:,.1f}; {performance}.</source>
        <translation>Rotation : {count} leads sur les {days} derniers jours pour une part équitable de {fair:,.1f} ; {performance}.</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;when&quot; must be an object of conditions</source>
        <translation>règle de file {index} : &quot;when&quot; doit être un objet de conditions</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must map keywords to their points, like {example}</source>
        <translation>&quot;points.{name}&quot; doit associer des mots-clés à leurs points, comme {example}</translation>
    </message>
    <message>
        <source>&quot;points.{name}&quot; must be a list of pairs like {example}</source>
        <translation>&quot;points.{name}&quot; doit être une liste de paires comme {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a number</source>
        <translation>{where} : {value} n’est pas un nombre</translation>
    </message>
    <message>
        <source>{where}: the points {value} are not a number</source>
        <translation>{where} : les points {value} ne sont pas un nombre</translation>
    </message>
    <message>
        <source>{where} is {entry}, not a pair like {example}</source>
        <translation>{where} est {entry}, pas une paire comme {example}</translation>
    </message>
    <message>
        <source>{where}: {value} is not a keyword (a text that is not empty)</source>
        <translation>{where} : {value} n’est pas un mot-clé (un texte non vide)</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;segment&quot; must be &quot;smb&quot; or &quot;enterprise&quot;, not {value}</source>
        <translation>règle de file {index} : &quot;segment&quot; doit être &quot;smb&quot; ou &quot;enterprise&quot;, pas {value}</translation>
    </message>
    <message>
        <source>queue rule {index}: &quot;{condition}&quot; must be a list of texts like [&quot;US&quot;], not {value}</source>
        <translation>règle de file {index} : &quot;{condition}&quot; doit être une liste de textes comme [&quot;US&quot;], pas {value}</translation>
    </message>
    <message>
        <source>{path} is not a regular file</source>
        <translation>{path} n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{name} is a spreadsheet, not a text file; save it as CSV</source>
        <translation>{name} est un classeur, pas un fichier texte ; enregistrez-le en CSV</translation>
    </message>
    <message>
        <source>cannot read {path}: {strerror}</source>
        <translation>impossible de lire {path} : {strerror}</translation>
    </message>
    <message>
        <source>{name} is damaged after row {number} ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} est endommagé après la ligne {number} ({problem}) ; rien n’est importé : ouvrez-le dans le tableur et enregistrez-le de nouveau, ou enregistrez-le en CSV</translation>
    </message>
    <message>
        <source>the database refused this: {detail}; nothing was saved</source>
        <translation>la base de données a refusé : {detail} ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>{where} answers like PgBouncer ({detail}): set pooler = &quot;pgbouncer&quot; in [database] of the settings, or add ?pooler=pgbouncer to its url</source>
        <translation>{where} répond comme PgBouncer ({detail}) : indiquez pooler = &quot;pgbouncer&quot; dans [database] des réglages, ou ajoutez ?pooler=pgbouncer à son URL</translation>
    </message>
    <message>
        <source>{where} asks for a password and none was given: name the database login in the URL (postgresql://LOGIN@HOST/DATABASE) and keep its password in the OS keyring (service qualifier-database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} demande un mot de passe et aucun n&apos;a été donné : indiquez l&apos;identifiant de la base dans l&apos;URL (postgresql://LOGIN@HOST/DATABASE) et gardez son mot de passe dans le trousseau du système (service qualifier-database), dans ~/.pgpass ou dans PGPASSWORD</translation>
    </message>
    <message>
        <source>the database refused this change to {table}: row-level security does not let your login make it; nothing was saved</source>
        <translation>la base de données a refusé cette modification de {table} : la sécurité au niveau des lignes ne la permet pas à votre identifiant ; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>an in-memory SQLite database ends with the command that opened it; give a file: sqlite:///PATH</source>
        <translation>une base SQLite en mémoire disparaît avec la commande qui l&apos;a ouverte ; indiquez un fichier : sqlite:///CHEMIN</translation>
    </message>
    <message>
        <source>{url!r} is not a SQLite URL: write sqlite:/// and then the file&apos;s path</source>
        <translation>{url!r} n&apos;est pas une URL SQLite : écrivez sqlite:/// puis le chemin du fichier</translation>
    </message>
    <message>
        <source>cannot use the SQLite database {path}: {problem}</source>
        <translation>impossible d&apos;utiliser la base de données SQLite {path} : {problem}</translation>
    </message>
    <message>
        <source>the server has no database {name}: check the database&apos;s name in the [database] url of the settings</source>
        <translation>le serveur n&apos;a pas de base de données {name} : vérifiez le nom de la base dans l&apos;URL de [database] des réglages</translation>
    </message>
    <message>
        <source>{where} has no Qualifier schema yet, or one older than this version of Qualifier: an administrator runs `qualifier db upgrade`</source>
        <translation>{where} n&apos;a pas encore de schéma Qualifier, ou un schéma plus ancien que cette version de Qualifier : un administrateur lance `qualifier db upgrade`</translation>
    </message>
    <message>
        <source>{where} does not let the sign-in role {role} connect: an administrator runs `qualifier db upgrade`, which lets it</source>
        <translation>{where} ne laisse pas le rôle de connexion {role} se connecter : un administrateur lance `qualifier db upgrade`, qui le lui permet</translation>
    </message>
    <message>
        <source>the database is empty ({database}); run `qualifier db upgrade` to create it</source>
        <translation>la base de données est vide ({database}) ; lancez `qualifier db upgrade` pour la créer</translation>
    </message>
    <message>
        <source>the upgrade waited more than {seconds} s for a table that open sessions are using, and changed nothing: run it when the workstations are closed, or give it longer with --lock-wait</source>
        <translation>la mise à jour a attendu plus de {seconds} s une table utilisée par des sessions ouvertes et n&apos;a rien changé : lancez-la quand les postes sont fermés, ou donnez-lui plus de temps avec --lock-wait</translation>
    </message>
    <message>
        <source>the database refused the upgrade ({detail}) and nothing was changed: run `qualifier db upgrade` with the database owner&apos;s credentials</source>
        <translation>la base de données a refusé la mise à jour ({detail}) et rien n&apos;a changé : lancez `qualifier db upgrade` avec les identifiants du propriétaire de la base</translation>
    </message>
    <message>
        <source>only the database&apos;s owner {owner} may upgrade its schema, and {login} is not a member of it: run `qualifier db upgrade` with the owner&apos;s credentials</source>
        <translation>seul le propriétaire de la base, {owner}, peut mettre à jour son schéma, et {login} n&apos;en est pas membre : lancez `qualifier db upgrade` avec les identifiants du propriétaire</translation>
    </message>
    <message>
        <source>the center&apos;s name must have at most {limit} characters</source>
        <translation>le nom du centre doit comporter au plus {limit} caractères</translation>
    </message>
    <message>
        <source>nobody resets or unlocks their own sign-in: another administrator does; choose your own password with Session → Change password… or `qualifier password`</source>
        <translation>personne ne réinitialise ni ne débloque sa propre connexion : un autre administrateur le fait ; choisissez votre mot de passe avec Session → Changer le mot de passe… ou `qualifier password`</translation>
    </message>
    <message>
        <source>the name must have at most {limit} characters</source>
        <translation>le nom doit comporter au plus {limit} caractères</translation>
    </message>
    <message>
        <source>a database role named {login} exists already; choose another login</source>
        <translation>un rôle de base de données nommé {login} existe déjà ; choisissez un autre identifiant</translation>
    </message>
    <message>
        <source>the password of {login} is a one-time password: choose your own first, with `qualifier password --as {login}` or at the desktop app&apos;s sign-in</source>
        <translation>le mot de passe de {login} est un mot de passe à usage unique : choisissez d&apos;abord le vôtre, avec `qualifier password --as {login}` ou à la connexion de l&apos;application de bureau</translation>
    </message>
    <message>
        <source>no country: add a +country code or set the lead&apos;s country</source>
        <translation>pas de pays : ajoutez l&apos;indicatif +pays ou indiquez le pays du lead</translation>
    </message>
    <message>
        <source>not a phone number</source>
        <translation>pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>too short after the international prefix</source>
        <translation>trop court après le préfixe international</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>not a valid number in {region}</source>
        <translation>pas un numéro valide en {region}</translation>
    </message>
    <message>
        <source>too short for {region}</source>
        <translation>trop court pour {region}</translation>
    </message>
    <message>
        <source>too long for {region}</source>
        <translation>trop long pour {region}</translation>
    </message>
    <message>
        <source>wrong length for {region}</source>
        <translation>longueur incorrecte pour {region}</translation>
    </message>
    <message>
        <source>unknown country code</source>
        <translation>indicatif de pays inconnu</translation>
    </message>
    <message>
        <source>{reason}; a number in another country starts with + and its country code</source>
        <translation>{reason} ; un numéro d&apos;un autre pays commence par + et son indicatif</translation>
    </message>
    <message>
        <source>there is no @ in it</source>
        <translation>il n&apos;y a pas de @</translation>
    </message>
    <message>
        <source>nothing before the @</source>
        <translation>rien avant le @</translation>
    </message>
    <message>
        <source>nothing after the @</source>
        <translation>rien après le @</translation>
    </message>
    <message>
        <source>the part after the @ needs a period, as in example.com</source>
        <translation>la partie après le @ doit contenir un point, comme dans example.com</translation>
    </message>
    <message>
        <source>two periods in a row</source>
        <translation>deux points à la suite</translation>
    </message>
    <message>
        <source>characters not allowed before the @: {characters}</source>
        <translation>caractères interdits avant le @ : {characters}</translation>
    </message>
    <message>
        <source>characters not allowed after the @: {characters}</source>
        <translation>caractères interdits après le @ : {characters}</translation>
    </message>
    <message>
        <source>the part after the @ is a reserved name that receives no e-mail</source>
        <translation>la partie après le @ est un nom réservé qui ne reçoit pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>the domain {domain} does not exist</source>
        <translation>le domaine {domain} n&apos;existe pas</translation>
    </message>
    <message>
        <source>the domain {domain} receives no e-mail</source>
        <translation>le domaine {domain} ne reçoit pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>{count} time zones</source>
        <translation>{count} fuseaux horaires</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>pas de numéro de téléphone</translation>
    </message>
    <message>
        <source>its country</source>
        <translation>son pays</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>a period at the start</source>
        <translation>un point au début</translation>
    </message>
    <message>
        <source>no country: write it with its +country code, or give its country</source>
        <translation>aucun pays : écrivez-le avec son indicatif +pays, ou indiquez son pays</translation>
    </message>
    <message>
        <source>a period just before the @</source>
        <translation>un point juste avant le @</translation>
    </message>
    <message>
        <source>a period just after the @</source>
        <translation>un point juste après le @</translation>
    </message>
    <message>
        <source>{field} {text!r} is in {marked}, but the center counts in {currency}: amounts are not converted; give it in {currency}</source>
        <translation>{field} {text!r} est en {marked}, mais le centre compte en {currency} : les montants ne sont pas convertis ; indiquez-le en {currency}</translation>
    </message>
    <message>
        <source>{typed!r} is not a currency code: give one of ISO 4217&apos;s, such as USD, EUR, GBP or CHF</source>
        <translation>{typed!r} n&apos;est pas un code de devise : indiquez-en un de l&apos;ISO 4217, comme USD, EUR, GBP ou CHF</translation>
    </message>
    <message>
        <source>{extension!r} is not an extension that can be dialled</source>
        <translation>{extension!r} n&apos;est pas un poste qui peut être composé</translation>
    </message>
    <message>
        <source>{label} must be at most {high:,}</source>
        <translation>{label} doit valoir au plus {high:,}</translation>
    </message>
    <message>
        <source>{region!r} is not a region of {country} (ISO 3166-2, like US-CA)</source>
        <translation>{region!r} n&apos;est pas une région de {country} (ISO 3166-2, comme US-CA)</translation>
    </message>
    <message>
        <source>{region!r} is in {country}, which the partner&apos;s countries do not list</source>
        <translation>{region!r} est en {country}, que les pays du partenaire ne citent pas</translation>
    </message>
    <message>
        <source>{raw!r} is for {country}, which the partner does not cover</source>
        <translation>{raw!r} concerne {country}, que le partenaire ne couvre pas</translation>
    </message>
    <message>
        <source>the column titles again, no data (files put one after another?)</source>
        <translation>à nouveau les titres des colonnes, aucune donnée (fichiers collés l’un après l’autre ?)</translation>
    </message>
    <message>
        <source>{name}: its header row is longer than {most:,} characters, the longest line an import reads</source>
        <translation>{name} : sa ligne d&apos;en-tête dépasse {most:,} caractères, la plus longue ligne qu&apos;une importation lit</translation>
    </message>
    <message>
        <source>a cell holds something its type cannot hold</source>
        <translation>une cellule contient ce que son type ne peut pas contenir</translation>
    </message>
    <message>
        <source>{name} is damaged in its first rows ({problem}); nothing is imported: open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} est endommagé dans ses premières lignes ({problem}) ; rien n’est importé : ouvrez-le dans le tableur et enregistrez-le de nouveau, ou enregistrez-le en CSV</translation>
    </message>
    <message>
        <source>this database has no users yet; set up the center first (qualifier setup)</source>
        <translation>cette base de données n&apos;a pas encore d&apos;utilisateurs ; configurez d&apos;abord le centre (qualifier setup)</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>aucun identifiant</translation>
    </message>
    <message>
        <source>the login is also on row {value}</source>
        <translation>l&apos;identifiant figure aussi à la ligne {value}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retiré)</translation>
    </message>
    <message>
        <source>the center has no name and time zone yet: give both (and the calling window, else {window})</source>
        <translation>le centre n’a pas encore de nom ni de fuseau horaire : indiquez les deux (et la plage d’appel, sinon {window})</translation>
    </message>
    <message>
        <source>v{version} (in force)</source>
        <translation>v{version} (en vigueur)</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>d’origine</translation>
    </message>
    <message>
        <source>v{version} (in use)</source>
        <translation>v{version} (utilisée)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>the queue {name} is closed; adding a queue of that name opens it again</source>
        <translation>la file {name} est fermée ; ajouter une file de ce nom la rouvre</translation>
    </message>
    <message>
        <source>the queue {name} is closed already</source>
        <translation>la file {name} est déjà fermée</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} lead; move it to another queue first (--move-to QUEUE)</source>
        <translation>la file {name} contient encore {count} lead ; déplacez-le d&apos;abord vers une autre file (--move-to FILE)</translation>
    </message>
    <message>
        <source>the queue {name} still holds {count} leads; move them to another queue first (--move-to QUEUE)</source>
        <translation>la file {name} contient encore {count} leads ; déplacez-les d&apos;abord vers une autre file (--move-to FILE)</translation>
    </message>
    <message>
        <source>the name {name!r} is a closed queue of another team; choose another name (an administrator can open that queue again)</source>
        <translation>le nom {name!r} est celui d&apos;une file fermée d&apos;une autre équipe ; choisissez un autre nom (un administrateur peut rouvrir cette file)</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>time zone {name!r} is unknown; did you mean {city}?</source>
        <translation>le fuseau horaire {name!r} est inconnu ; vouliez-vous dire {city} ?</translation>
    </message>
    <message>
        <source>the queue {name!r} belongs to no team; an administrator gives it to one</source>
        <translation>la file {name!r} n&apos;appartient à aucune équipe ; un administrateur la confie à une équipe</translation>
    </message>
    <message>
        <source>Paused by team lead</source>
        <translation>Mis en pause par le chef d&apos;équipe</translation>
    </message>
    <message>
        <source>{disposition} logged; the customer was not reached: check call closed</source>
        <translation>{disposition} enregistré ; le client n&apos;a pas été joint : appel de contrôle clos</translation>
    </message>
    <message>
        <source>Check call saved: {words}</source>
        <translation>Appel de contrôle enregistré : {words}</translation>
    </message>
    <message>
        <source>lead {lead} has no check call due any more</source>
        <translation>le lead {lead} n&apos;a plus d&apos;appel de contrôle à faire</translation>
    </message>
    <message>
        <source>; flagged: {partner} reports the lead active</source>
        <translation>; signalé : {partner} déclare le lead actif</translation>
    </message>
    <message>
        <source>; reopened for the channel manager</source>
        <translation>; rouvert pour le responsable de canal</translation>
    </message>
    <message>
        <source>the customer does not know whether {partner} called</source>
        <translation>le client ne sait pas si {partner} a appelé</translation>
    </message>
    <message>
        <source>; still needs it</source>
        <translation>; en a toujours besoin</translation>
    </message>
    <message>
        <source>On the do-not-call list; the check call is closed</source>
        <translation>Sur la liste d&apos;opposition ; l&apos;appel de contrôle est clos</translation>
    </message>
    <message>
        <source>the customer says {partner} never contacted them</source>
        <translation>le client dit que {partner} ne l&apos;a jamais contacté</translation>
    </message>
    <message>
        <source>the customer says {partner} contacted them</source>
        <translation>le client dit que {partner} l&apos;a contacté</translation>
    </message>
    <message>
        <source>; no longer needs it</source>
        <translation>; n&apos;en a plus besoin</translation>
    </message>
    <message>
        <source> (experience {score}/5)</source>
        <translation> (expérience {score}/5)</translation>
    </message>
    <message>
        <source>the check call&apos;s answers need its script</source>
        <translation>les réponses de l&apos;appel de contrôle nécessitent son script</translation>
    </message>
    <message>
        <source>keep it with {partner} with a note, or re-route it later</source>
        <translation>laissez-le à {partner} avec une note, ou réaffectez-le plus tard</translation>
    </message>
    <message>
        <source>no other partner can take the lead now ({why}): {keep}</source>
        <translation>aucun autre partenaire ne peut prendre le lead maintenant ({why}) : {keep}</translation>
    </message>
    <message>
        <source>no other partner can take the lead now: {keep}</source>
        <translation>aucun autre partenaire ne peut prendre le lead maintenant : {keep}</translation>
    </message>
    <message>
        <source>the customer told our check call that {partner} never contacted them</source>
        <translation>le client a dit lors de notre appel de contrôle que {partner} ne l&apos;a jamais contacté</translation>
    </message>
    <message>
        <source>taken back from {partner}; not re-routed yet: {why}</source>
        <translation>repris à {partner} ; pas encore réacheminé : {why}</translation>
    </message>
    <message>
        <source>say why the lead stays with the partner</source>
        <translation>indiquez pourquoi le lead reste chez le partenaire</translation>
    </message>
    <message>
        <source>there is no check call {check_call}</source>
        <translation>il n&apos;y a pas d&apos;appel de contrôle {check_call}</translation>
    </message>
    <message>
        <source>check call {check_call} is not open for a decision</source>
        <translation>l&apos;appel de contrôle {check_call} n&apos;attend pas de décision</translation>
    </message>
    <message>
        <source>the handoff to {partner} is {status} now; nothing to decide</source>
        <translation>la transmission à {partner} est maintenant {status} ; rien à décider</translation>
    </message>
    <message>
        <source>the customer no longer needs it: keep the handoff with the partner instead</source>
        <translation>le client n&apos;en a plus besoin : gardez plutôt la transmission chez le partenaire</translation>
    </message>
    <message>
        <source>Re-routed because {reason}.</source>
        <translation>Réacheminé parce que {reason}.</translation>
    </message>
    <message>
        <source>taken back: {reason}</source>
        <translation>repris : {reason}</translation>
    </message>
    <message>
        <source>there is no check-call policy for {which}</source>
        <translation>il n&apos;y a pas de politique d&apos;appels de contrôle pour {which}</translation>
    </message>
    <message>
        <source>there is no partner {partner!r}</source>
        <translation>il n&apos;y a pas de partenaire {partner!r}</translation>
    </message>
    <message>
        <source>Partner rep</source>
        <translation>Commercial du partenaire</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Contrôlées</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Joints</translation>
    </message>
    <message>
        <source>Contacted by partner</source>
        <translation>Contactés par le partenaire</translation>
    </message>
    <message>
        <source>Not contacted</source>
        <translation>Non contactés</translation>
    </message>
    <message>
        <source>Median days to contact</source>
        <translation>Nombre médian de jours avant contact</translation>
    </message>
    <message>
        <source>Satisfaction (1–5)</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>Contradicted</source>
        <translation>Contredites</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouvertes</translation>
    </message>
    <message>
        <source>--by must be one of {choices}</source>
        <translation>--by doit être l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>Check calls by partner</source>
        <translation>Appels de contrôle par partenaire</translation>
    </message>
    <message>
        <source>Check calls by rep</source>
        <translation>Appels de contrôle par agent</translation>
    </message>
    <message>
        <source>the lead is {status}</source>
        <translation>statut du lead : {status}</translation>
    </message>
    <message>
        <source>the prospect said no to phone calls</source>
        <translation>le prospect a refusé les appels téléphoniques</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: the channel manager already decided on the reopened handoff</source>
        <translation>l&apos;appel de contrôle du lead {lead} ne peut pas être annulé : le responsable de canal a déjà statué sur la transmission rouverte</translation>
    </message>
    <message>
        <source>the check call of lead {lead} cannot be undone: it changed since</source>
        <translation>l&apos;appel de contrôle du lead {lead} ne peut pas être annulé : il a changé depuis</translation>
    </message>
    <message>
        <source>number has had as many calls as {place} allows (at most {limits}, counting every lead with this number)</source>
        <translation>numéro ayant reçu autant d&apos;appels que {place} le permet (au plus {limits}, tous les leads de ce numéro comptés)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key (hash)</source>
        <translation>Clé (hachage)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajoutée par</translation>
    </message>
    <message>
        <source>Added (UTC)</source>
        <translation>Ajoutée (UTC)</translation>
    </message>
    <message>
        <source>reason or source containing {words!r}</source>
        <translation>motif ou source contenant {words!r}</translation>
    </message>
    <message>
        <source>e-mail {email}</source>
        <translation>e-mail {email}</translation>
    </message>
    <message>
        <source>phone {phone}</source>
        <translation>téléphone {phone}</translation>
    </message>
    <message>
        <source>give a phone number or an e-mail address to block</source>
        <translation>indiquez un numéro de téléphone ou une adresse e-mail à bloquer</translation>
    </message>
    <message>
        <source>{value} is not on the do-not-call list</source>
        <translation>{value} n&apos;est pas sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>phone {phone!r}: {reason}</source>
        <translation>téléphone {phone!r} : {reason}</translation>
    </message>
    <message>
        <source>e-mail {email!r}: {reason}</source>
        <translation>e-mail {email!r} : {reason}</translation>
    </message>
    <message>
        <source>say why the entry comes off the list</source>
        <translation>indiquez pourquoi l&apos;entrée sort de la liste</translation>
    </message>
    <message>
        <source>do-not-call entry {entry_id} is no longer on the list</source>
        <translation>l&apos;entrée {entry_id} de la liste d&apos;opposition n&apos;est plus sur la liste</translation>
    </message>
    <message>
        <source>{name}: a person&apos;s data is exported as a .zip file</source>
        <translation>{name} : les données d&apos;une personne sont exportées en fichier .zip</translation>
    </message>
    <message>
        <source>{parent}: no such folder</source>
        <translation>{parent} : ce dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>say why the person is to be erased</source>
        <translation>indiquez pourquoi la personne doit être effacée</translation>
    </message>
    <message>
        <source>say why the person is erased (--reason)</source>
        <translation>indiquez pourquoi la personne est effacée (--reason)</translation>
    </message>
    <message>
        <source>give exactly one of --email, --phone or --lead</source>
        <translation>indiquez exactement une option parmi --email, --phone ou --lead</translation>
    </message>
    <message>
        <source>no lead matches {describe}</source>
        <translation>aucun lead ne correspond à {describe}</translation>
    </message>
    <message>
        <source>there is no lead {lead_id}</source>
        <translation>il n&apos;y a pas de lead {lead_id}</translation>
    </message>
    <message>
        <source>no lead matches {describe}; it is on the do-not-call list (as a hash), as after an erasure: nothing about it is left to export or erase</source>
        <translation>aucun lead ne correspond à {describe} ; cette valeur figure sur la liste d&apos;opposition (sous forme de hachage), comme après un effacement : il ne reste rien à exporter ni à effacer</translation>
    </message>
    <message>
        <source>{name} do-not-call registry snapshot of {taken_on} is {age} days old (limit {limit}): leads in {countries} are not claimable until a fresh import</source>
        <translation>l&apos;instantané du registre d&apos;opposition {name} du {taken_on} date de {age} jours (limite {limit}) : les leads de {countries} ne peuvent être pris qu&apos;après un nouvel import</translation>
    </message>
    <message>
        <source>{name} line {line}: {value!r} is not a {name2} phone number</source>
        <translation>{name} ligne {line} : {value!r} n&apos;est pas un numéro de téléphone {name2}</translation>
    </message>
    <message>
        <source>the {name} do-not-call registry, which the center honours, has never been imported: leads in {countries} are not claimable until it is</source>
        <translation>le registre d&apos;opposition {name}, que le centre respecte, n&apos;a jamais été importé : les leads de {countries} ne peuvent pas être pris tant qu&apos;il ne l&apos;est pas</translation>
    </message>
    <message>
        <source>unknown registry {name!r}; known registries: {known}</source>
        <translation>registre inconnu {name!r} ; registres connus : {known}</translation>
    </message>
    <message>
        <source>{name}: no number column in the header (expected one of {join})</source>
        <translation>{name} : aucune colonne de numéro dans l&apos;en-tête (attendu : l&apos;une de {join})</translation>
    </message>
    <message>
        <source>{name} holds no phone numbers (it is empty, or has only a header or blank lines); nothing was imported</source>
        <translation>{name} ne contient aucun numéro de téléphone (il est vide, ou n’a qu’un en-tête ou des lignes vides) ; rien n’a été importé</translation>
    </message>
    <message>
        <source>{name} line {number}: no value in the number column</source>
        <translation>{name} ligne {number} : aucune valeur dans la colonne de numéro</translation>
    </message>
    <message>
        <source>{path} is not a readable file</source>
        <translation>{path} n&apos;est pas un fichier lisible</translation>
    </message>
    <message>
        <source>the snapshot&apos;s date {taken_on} is after the center&apos;s today ({today})</source>
        <translation>la date de l&apos;instantané {taken_on} est postérieure à la date du jour du centre ({today})</translation>
    </message>
    <message>
        <source>a snapshot of {taken_on} is already {age} days old; the {name} registry must be at most {max_age_days} days old</source>
        <translation>un instantané du {taken_on} a déjà {age} jours ; le registre {name} doit avoir au plus {max_age_days} jours</translation>
    </message>
    <message>
        <source>the {name} registry holds the snapshot of {loaded}; one of {taken_on} is older</source>
        <translation>le registre {name} contient déjà l&apos;instantané du {loaded} ; celui du {taken_on} est plus ancien</translation>
    </message>
    <message>
        <source>{reason} (the cell holds the spreadsheet error {error}, read as empty)</source>
        <translation>{reason} (la cellule contient l’erreur de tableur {error}, lue comme vide)</translation>
    </message>
    <message>
        <source>no header row found: the header must be one of the first {rows} rows and have a column for {join}</source>
        <translation>aucune ligne d’en-tête trouvée : l’en-tête doit être l’une des {rows} premières lignes et avoir une colonne pour {join}</translation>
    </message>
    <message>
        <source>the file has no column for {join} (its columns: {value})</source>
        <translation>le fichier n&apos;a pas de colonne pour {join} (ses colonnes : {value})</translation>
    </message>
    <message>
        <source>created queue {queue} (named by the scoring rules)</source>
        <translation>file {queue} créée (nommée par les règles de score)</translation>
    </message>
    <message>
        <source>{count:,} new leads</source>
        <translation>{count:,} nouveaux leads</translation>
    </message>
    <message>
        <source>{count:,} merged into existing leads</source>
        <translation>{count:,} fusionnés avec des leads existants</translation>
    </message>
    <message>
        <source>{count:,} rejected</source>
        <translation>{count:,} rejetés</translation>
    </message>
    <message>
        <source> ({count:,} rows not accounted for: please report this)</source>
        <translation> ({count:,} lignes non comptabilisées : merci de le signaler)</translation>
    </message>
    <message>
        <source>{count:,} already imported</source>
        <translation>{count:,} déjà importés</translation>
    </message>
    <message>
        <source>; {count:,} blank row between them skipped</source>
        <translation> ; {count:,} ligne vide entre elles ignorée</translation>
    </message>
    <message>
        <source>; {count:,} blank rows between them skipped</source>
        <translation> ; {count:,} lignes vides entre elles ignorées</translation>
    </message>
    <message>
        <source>; {count:,} row hidden in the workbook (a filter?) not read: show it to import it</source>
        <translation> ; {count:,} ligne masquée dans le classeur (un filtre ?) non lue : affichez-la pour l’importer</translation>
    </message>
    <message>
        <source>; {count:,} rows hidden in the workbook (a filter?) not read: show them to import them</source>
        <translation> ; {count:,} lignes masquées dans le classeur (un filtre ?) non lues : affichez-les pour les importer</translation>
    </message>
    <message>
        <source>; sheet {sheet} read ({passed} before it: no header row)</source>
        <translation> ; feuille {sheet} lue ({passed} avant elle : pas de ligne d’en-tête)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the {count:,} rows above it are not data</source>
        <translation> ; l’en-tête est à la ligne {row} : les {count:,} lignes au-dessus ne sont pas des données</translation>
    </message>
    <message>
        <source>; not read: sheet {unread}, which holds rows too (one sheet is read per file: save it as a file of its own)</source>
        <translation> ; non lue : la feuille {unread}, qui contient aussi des lignes (une feuille est lue par fichier : enregistrez-la dans un fichier à part)</translation>
    </message>
    <message>
        <source>; not read: sheets {unread}, which hold rows too (one sheet is read per file: save each as a file of its own)</source>
        <translation> ; non lues : les feuilles {unread}, qui contiennent aussi des lignes (une feuille est lue par fichier : enregistrez chacune dans un fichier à part)</translation>
    </message>
    <message>
        <source>the source name is longer than 120 characters</source>
        <translation>le nom de la source dépasse 120 caractères</translation>
    </message>
    <message>
        <source>no column is recognised as company or domain (columns: {columns})</source>
        <translation>aucune colonne n&apos;est reconnue comme entreprise ou domaine (colonnes : {columns})</translation>
    </message>
    <message>
        <source>nothing of it was kept; run the same file again</source>
        <translation>rien n&apos;en a été gardé ; importez de nouveau le même fichier</translation>
    </message>
    <message>
        <source>the same file was imported in full afterwards (import {batch_id})</source>
        <translation>le même fichier a été importé en entier ensuite (import {batch_id})</translation>
    </message>
    <message>
        <source>the {count:,} row read so far is kept; run the same file again: rows already stored are not added twice</source>
        <translation>la {count:,} ligne lue jusqu&apos;ici est gardée ; importez de nouveau le même fichier : les lignes déjà enregistrées ne sont pas ajoutées deux fois</translation>
    </message>
    <message>
        <source>the {count:,} rows read so far are kept; run the same file again: rows already stored are not added twice</source>
        <translation>les {count:,} lignes lues jusqu&apos;ici sont gardées ; importez de nouveau le même fichier : les lignes déjà enregistrées ne sont pas ajoutées deux fois</translation>
    </message>
    <message>
        <source>there is no import kind {value!r} (kinds: {join})</source>
        <translation>il n&apos;y a pas de type d&apos;import {value!r} (types : {join})</translation>
    </message>
    <message>
        <source>the limit must be between 1 and {most}</source>
        <translation>la limite doit être comprise entre 1 et {most}</translation>
    </message>
    <message>
        <source>the campaign name is longer than 120 characters</source>
        <translation>le nom de la campagne dépasse 120 caractères</translation>
    </message>
    <message>
        <source>{name} has a header row but no rows to import</source>
        <translation>{name} a une ligne d&apos;en-tête mais aucune ligne à importer</translation>
    </message>
    <message>
        <source>the rejects file {path} is a folder; name a file in it</source>
        <translation>le fichier des rejets {path} est un dossier ; indiquez un fichier dans ce dossier</translation>
    </message>
    <message>
        <source>the folder {parent} for the rejects file does not exist</source>
        <translation>le dossier {parent} du fichier des rejets n’existe pas</translation>
    </message>
    <message>
        <source>the rejects file {path} is the file being imported; name another file</source>
        <translation>le fichier des rejets {path} est le fichier importé ; indiquez-en un autre</translation>
    </message>
    <message>
        <source>the scoring rules</source>
        <translation>les règles de score</translation>
    </message>
    <message>
        <source>{name}: the rules must be a JSON object</source>
        <translation>{name} : les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>the row is about partner {named}; this file is {partner}&apos;s</source>
        <translation>la ligne concerne le partenaire {named} ; ce fichier est celui de {partner}</translation>
    </message>
    <message>
        <source>the row has no handoff id; say which partner the file comes from to find its lead by e-mail or phone</source>
        <translation>la ligne n&apos;a pas de numéro de transmission ; indiquez de quel partenaire vient le fichier pour trouver son lead par e-mail ou téléphone</translation>
    </message>
    <message>
        <source>the lead with this {what} was not handed to {partner}</source>
        <translation>le lead avec ce {what} n&apos;a pas été transmis à {partner}</translation>
    </message>
    <message>
        <source>{partner} no longer has this lead: its handoff {handoff_id} is {state}</source>
        <translation>{partner} n&apos;a plus ce lead : sa transmission {handoff_id} est {state}</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a whole number: handoff ids have no decimals (was the cell changed by a formula or rounding?)</source>
        <translation>le numéro de transmission {handoff_text!r} n’est pas un nombre entier : les numéros de transmission n’ont pas de décimales (la cellule a-t-elle été modifiée par une formule ou un arrondi ?)</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not {partner}&apos;s</source>
        <translation>la transmission {handoff_id} n&apos;est pas celle de {partner}</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server is configured, the package is in the outbox</source>
        <translation>en attente d&apos;envoi : aucun serveur de messagerie configuré, le paquet est dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>not sent: the lead went do-not-call after it was routed; the partner must not have it</source>
        <translation>non envoyé : le lead est passé en ne-pas-appeler après son attribution ; le partenaire ne doit pas l&apos;avoir</translation>
    </message>
    <message>
        <source>{awaiting}; the SLA starts when it is e-mailed</source>
        <translation>{awaiting} ; le SLA démarre à l&apos;envoi par e-mail</translation>
    </message>
    <message>
        <source>e-mailed to the partner rep</source>
        <translation>envoyé par e-mail au commercial du partenaire</translation>
    </message>
    <message>
        <source>left in the outbox</source>
        <translation>laissé dans la boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>outcome unknown, not resent before {at:%Y-%m-%d %H:%M} UTC: {problem}</source>
        <translation>résultat inconnu, pas de renvoi avant {at:%Y-%m-%d %H:%M} UTC : {problem}</translation>
    </message>
    <message>
        <source>not delivered, kept in the outbox for a retry: {problem}</source>
        <translation>non remis, gardé dans la boîte d&apos;envoi pour un nouvel essai : {problem}</translation>
    </message>
    <message>
        <source>{name} is managed by another channel manager</source>
        <translation>{name} est géré par un autre responsable de canal</translation>
    </message>
    <message>
        <source>name yourself as the channel manager of your partners</source>
        <translation>indiquez-vous vous-même comme responsable de canal de vos partenaires</translation>
    </message>
    <message>
        <source>{login} still looks after {partners}: give those partners another channel manager first</source>
        <translation>{login} s&apos;occupe encore de {partners} : donnez d&apos;abord un autre responsable de canal à ces partenaires</translation>
    </message>
    <message>
        <source>awaiting delivery: waiting for a person to decide, SLA not started</source>
        <translation>en attente d&apos;envoi : attend la décision d&apos;une personne, SLA non démarré</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed by someone else meanwhile; import the file again</source>
        <translation>la transmission {handoff_id} a été modifiée entre-temps par quelqu&apos;un d&apos;autre ; importez de nouveau le fichier</translation>
    </message>
    <message>
        <source>the partner&apos;s update of {at:%Y-%m-%d %H:%M} UTC is older than the handoff&apos;s last news ({last:%Y-%m-%d %H:%M} UTC), which stays</source>
        <translation>la mise à jour du partenaire du {at:%Y-%m-%d %H:%M} UTC est plus ancienne que la dernière nouvelle de la transmission ({last:%Y-%m-%d %H:%M} UTC), qui est conservée</translation>
    </message>
    <message>
        <source>say which partner the file comes from: it finds handoffs by the lead&apos;s e-mail or phone</source>
        <translation>indiquez de quel partenaire vient le fichier : il trouve les transmissions par l&apos;e-mail ou le téléphone du lead</translation>
    </message>
    <message>
        <source>the number of days must be at most {most:,}, not {days:,}</source>
        <translation>le nombre de jours doit être au plus {most:,}, pas {days:,}</translation>
    </message>
    <message>
        <source>{login} records feedback only for the partners they manage</source>
        <translation>{login} n&apos;enregistre les retours que pour les partenaires qu&apos;il ou elle gère</translation>
    </message>
    <message>
        <source>the partner rep&apos;s address was refused: waiting for a person to give the partner a working address in the directory and send it again, or to mark it delivered</source>
        <translation>l&apos;adresse du commercial du partenaire a été refusée : en attente qu&apos;une personne donne au partenaire une adresse qui fonctionne dans l&apos;annuaire et renvoie, ou le marque comme remis</translation>
    </message>
    <message>
        <source>{flag} ({why})</source>
        <translation>{flag} ({why})</translation>
    </message>
    <message>
        <source>the partner directory is empty</source>
        <translation>l&apos;annuaire des partenaires est vide</translation>
    </message>
    <message>
        <source>reminder: answer due by {at:%Y-%m-%d %H:%M} UTC</source>
        <translation>rappel : réponse attendue avant {at:%Y-%m-%d %H:%M} UTC</translation>
    </message>
    <message>
        <source>awaiting delivery, SLA not started</source>
        <translation>en attente d&apos;envoi, SLA non démarré</translation>
    </message>
    <message>
        <source>{count:,} lead: {reason}</source>
        <translation>{count:,} lead : {reason}</translation>
    </message>
    <message>
        <source>{count:,} leads: {reason}</source>
        <translation>{count:,} leads : {reason}</translation>
    </message>
    <message>
        <source>the whole list</source>
        <translation>toute la liste</translation>
    </message>
    <message>
        <source>{count:,} row read = {parts}</source>
        <translation>{count:,} ligne lue = {parts}</translation>
    </message>
    <message>
        <source>{count:,} rows read = {parts}</source>
        <translation>{count:,} lignes lues = {parts}</translation>
    </message>
    <message>
        <source>{count:,} new lead</source>
        <translation>{count:,} nouveau lead</translation>
    </message>
    <message>
        <source>{count:,} merged into an existing lead</source>
        <translation>{count:,} fusionné avec un lead existant</translation>
    </message>
    <message>
        <source> ({count:,} row not accounted for: please report this)</source>
        <translation> ({count:,} ligne non comptabilisée : merci de le signaler)</translation>
    </message>
    <message>
        <source>; the header is on row {row}: the row above it is not data</source>
        <translation> ; l’en-tête est à la ligne {row} : la ligne au-dessus n&apos;est pas une donnée</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead.</source>
        <translation>Aucun partenaire n&apos;est éligible pour ce lead.</translation>
    </message>
    <message>
        <source>awaiting delivery: no mail server configured, SLA not started</source>
        <translation>en attente d&apos;envoi : aucun serveur de messagerie configuré, SLA non démarré</translation>
    </message>
    <message>
        <source>awaiting delivery: the mail server failed, the sweep retries, SLA not started</source>
        <translation>en attente d&apos;envoi : le serveur de messagerie a échoué, le balayage réessaie, SLA non démarré</translation>
    </message>
    <message>
        <source> (SLA breached)</source>
        <translation> (SLA dépassé)</translation>
    </message>
    <message>
        <source>may have reached the partner already: waiting for a person to check</source>
        <translation>est peut-être déjà arrivé chez le partenaire : en attente d&apos;une vérification par une personne</translation>
    </message>
    <message>
        <source>{what}: {why}</source>
        <translation>{what} : {why}</translation>
    </message>
    <message>
        <source>{flag} ({why}; look for Message-ID {msg_id})</source>
        <translation>{flag} ({why} ; cherchez le Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>a person confirmed the partner received the e-mail</source>
        <translation>une personne a confirmé que le partenaire a reçu l&apos;e-mail</translation>
    </message>
    <message>
        <source>a person asked for one more try with the same Message-ID</source>
        <translation>une personne a demandé un nouvel essai avec le même Message-ID</translation>
    </message>
    <message>
        <source>Chosen by {person} instead of the proposed {partner}: {reason}.</source>
        <translation>Choisi par {person} à la place du partenaire proposé {partner} : {reason}.</translation>
    </message>
    <message>
        <source>no partner is eligible for this lead: {why}</source>
        <translation>aucun partenaire n&apos;est éligible pour ce lead : {why}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>rejected this lead (handed on {at:%Y-%m-%d})</source>
        <translation>a refusé ce lead (transmis le {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>let its acceptance SLA run out on this lead (handed on {at:%Y-%m-%d})</source>
        <translation>a laissé expirer son SLA d&apos;acceptation pour ce lead (transmis le {at:%Y-%m-%d})</translation>
    </message>
    <message>
        <source>No partner is eligible for this lead: {why}.</source>
        <translation>Aucun partenaire n&apos;est éligible pour ce lead : {why}.</translation>
    </message>
    <message>
        <source>No partner: {why}.</source>
        <translation>Aucun partenaire : {why}.</translation>
    </message>
    <message>
        <source>lead {id} is handed off already to {partner} ({status})</source>
        <translation>le lead {id} est déjà transmis à {partner} ({status})</translation>
    </message>
    <message>
        <source>lead {id} is handed off already</source>
        <translation>le lead {id} est déjà transmis</translation>
    </message>
    <message>
        <source>Re-routed after {partner} let its {hours} h acceptance SLA run out.</source>
        <translation>Réacheminé après que {partner} a laissé expirer son SLA d&apos;acceptation de {hours} h.</translation>
    </message>
    <message>
        <source>not accepted by {at:%Y-%m-%d %H:%M} UTC; SLA breached</source>
        <translation>non accepté avant {at:%Y-%m-%d %H:%M} UTC ; SLA dépassé</translation>
    </message>
    <message>
        <source>no lead is eligible now, and none is waiting in your queues</source>
        <translation>aucun lead n&apos;est disponible maintenant, et aucun n&apos;attend dans vos files</translation>
    </message>
    <message>
        <source>no lead is eligible now; the next one becomes eligible at {when} (in {minutes} min)</source>
        <translation>aucun lead n&apos;est disponible maintenant ; le prochain le sera à {when} (dans {minutes} min)</translation>
    </message>
    <message>
        <source>no lead is eligible now</source>
        <translation>aucun lead n&apos;est disponible maintenant</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work no queue yet; an administrator adds you to a team, whose queues you then work</source>
        <translation>aucun lead n&apos;est disponible pour l&apos;instant : vous ne travaillez encore aucune file ; un administrateur vous ajoute à une équipe, dont vous travaillerez alors les files</translation>
    </message>
    <message>
        <source>lead {lead_id} is not one of your teams&apos; leads</source>
        <translation>le lead {lead_id} ne fait pas partie des leads de vos équipes</translation>
    </message>
    <message>
        <source>a letter ({letter}) where a digit belongs</source>
        <translation>une lettre ({letter}) à la place d’un chiffre</translation>
    </message>
    <message>
        <source>an extension&apos;s mark without its number</source>
        <translation>une marque de poste sans son numéro</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoff, at most {most})</source>
        <translation>n&apos;a plus de capacité ({count} transmission ouverte, au plus {most})</translation>
    </message>
    <message>
        <source>has no capacity left ({count} open handoffs, at most {most})</source>
        <translation>n&apos;a plus de capacité ({count} transmissions ouvertes, au plus {most})</translation>
    </message>
    <message>
        <source>has had its {count} lead for this week ({received} in the last {days} days)</source>
        <translation>a reçu son {count} lead de la semaine ({received} sur les {days} derniers jours)</translation>
    </message>
    <message>
        <source>has had its {count} leads for this week ({received} in the last {days} days)</source>
        <translation>a reçu ses {count} leads de la semaine ({received} sur les {days} derniers jours)</translation>
    </message>
    <message>
        <source>all time to today</source>
        <translation>toute la période jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>vertical bars</source>
        <translation>des barres verticales</translation>
    </message>
    <message>
        <source>{cells:,} cells, but the header has {width:,} columns: a cell holds the delimiter without quotes, so the values after it are in the wrong columns; the row is not imported</source>
        <translation>{cells:,} cellules, mais l’en-tête a {width:,} colonnes : une cellule contient le séparateur sans guillemets, donc les valeurs qui suivent sont dans les mauvaises colonnes ; la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>unclosed quote from row {number}: the quote that opens this cell is never closed, so the row is not imported; the rows after it are read on their own</source>
        <translation>guillemet non fermé depuis la ligne {number} : le guillemet qui ouvre cette cellule n’est jamais fermé, donc la ligne n’est pas importée ; les lignes suivantes sont lues séparément</translation>
    </message>
    <message>
        <source>1 cell holding {values:,} values separated by {called}, but the file separates its {width:,} columns by {own}: the row was written with another separator; the row is not imported</source>
        <translation>1 cellule contenant {values:,} valeurs séparées par {called}, mais le fichier sépare ses {width:,} colonnes par {own} : la ligne a été écrite avec un autre séparateur ; la ligne n’est pas importée</translation>
    </message>
    <message>
        <source>{name} is not a JSON text file (UTF-8)</source>
        <translation>{name} n’est pas un fichier texte JSON (UTF-8)</translation>
    </message>
    <message>
        <source>{name} is not JSON: {problem} at line {line}, column {column}</source>
        <translation>{name} n’est pas du JSON : {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>{name} is an OpenDocument spreadsheet, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} est un classeur OpenDocument, qui n&apos;est pas lu ; enregistrez-le comme classeur Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is password-protected or an old Excel 97-2003 file, which is not read; save it without a password as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} est protégé par un mot de passe ou est un ancien fichier Excel 97-2003, qui n&apos;est pas lu ; enregistrez-le sans mot de passe comme classeur Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is not an XLSX file, nor a text file; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} n&apos;est ni un fichier XLSX ni un fichier texte ; enregistrez-le comme classeur Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is damaged: it holds no sheet; open it in the spreadsheet and save it again, or save it as CSV</source>
        <translation>{name} est endommagé : il ne contient aucune feuille ; ouvrez-le dans le tableur et enregistrez-le à nouveau, ou enregistrez-le en CSV</translation>
    </message>
    <message>
        <source>{name} is a text (CSV) file, not an XLSX file; name it .csv</source>
        <translation>{name} est un fichier texte (CSV), pas un fichier XLSX ; nommez-le .csv</translation>
    </message>
    <message>
        <source>{name} is saved as Strict Open XML, which is not read; save it as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} est enregistré au format Strict Open XML, qui n&apos;est pas lu ; enregistrez-le comme classeur Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{name} is a ZIP archive of other files, not an XLSX file; unpack it, or save the sheet as an Excel Workbook (.xlsx) or CSV</source>
        <translation>{name} est une archive ZIP d&apos;autres fichiers, pas un fichier XLSX ; décompressez-la, ou enregistrez la feuille comme classeur Excel (.xlsx) ou CSV</translation>
    </message>
    <message>
        <source>{where} answers, but PgBouncer cannot sign in to the PostgreSQL server behind it ({detail}): its administrator finds why in PgBouncer&apos;s log (after a backup was restored, PgBouncer&apos;s look-up is given again: README, Through PgBouncer)</source>
        <translation>{where} répond, mais PgBouncer ne parvient pas à se connecter au serveur PostgreSQL derrière lui ({detail}) : son administrateur en trouve la raison dans le journal de PgBouncer (après la restauration d&apos;une sauvegarde, la recherche de PgBouncer est redonnée : README, Through PgBouncer)</translation>
    </message>
    <message>
        <source>{where} asks for {login}&apos;s password and none was given: keep it in the OS keyring (qualifier keyring database), ~/.pgpass or PGPASSWORD</source>
        <translation>{where} demande le mot de passe de {login} et aucun n&apos;a été donné : gardez-le dans le trousseau du système (qualifier keyring database), dans ~/.pgpass ou dans PGPASSWORD</translation>
    </message>
    <message>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <source>someone else changed this meanwhile, to {value}: nothing was saved; save again to replace it</source>
        <translation>quelqu’un d’autre l’a modifié entre-temps, en {value} : rien n’a été enregistré ; enregistrez à nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>the scoring rules were changed by someone else meanwhile (version {version}); reload them and make your change again</source>
        <translation>les règles de notation ont été modifiées par quelqu’un d’autre entre-temps (version {version}) ; rechargez-les et refaites votre modification</translation>
    </message>
    <message>
        <source>{rep} took it at {at:%H:%M:%S} UTC, after you loaded it; reload to see it</source>
        <translation>{rep} l’a pris à {at:%H:%M:%S} UTC, après votre chargement ; rechargez pour le voir</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>the period starts ({start}) after today ({today})</source>
        <translation>la période commence ({start}) après aujourd’hui ({today})</translation>
    </message>
    <message>
        <source>{disposition} logged; next check call {when}</source>
        <translation>{disposition} enregistré ; prochain appel de contrôle {when}</translation>
    </message>
    <message>
        <source>Check call again at {when}</source>
        <translation>Rappeler pour le contrôle le {when}</translation>
    </message>
    <message>
        <source>{reason} (no waiting lead held back by it now)</source>
        <translation>{reason} (ne retient aucun lead en attente pour l&apos;instant)</translation>
    </message>
    <message>
        <source>nobody works queue {queue}</source>
        <translation>personne ne traite la file {queue}</translation>
    </message>
    <message>
        <source>there is no do-not-call entry {entry_id}</source>
        <translation>il n’y a pas d’entrée de la liste d’opposition {entry_id}</translation>
    </message>
    <message>
        <source>settings file: [mail] outbox {folder} is the outbox of another database ({other}); databases sharing one would shred and overwrite each other&apos;s handoff packages. Name a folder of this database&apos;s own, or remove the line to use its own folder in the data folder</source>
        <translation>fichier de réglages : [mail] outbox {folder} est la boîte d’envoi d’une autre base de données ({other}) ; des bases qui en partagent une détruiraient et écraseraient les paquets de transmission l’une de l’autre. Indiquez un dossier propre à cette base, ou supprimez la ligne pour utiliser son propre dossier dans le dossier de données</translation>
    </message>
    <message>
        <source>{name} holds {count:,} number, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contient {count:,} numéro, {share:.0%} de moins que les {previous:,} du dernier instantané {registry} (un fichier tronqué ?) : rien n’a été importé ; confirmez que le registre a diminué pour le charger</translation>
    </message>
    <message>
        <source>{name} holds {count:,} numbers, {share:.0%} fewer than the {previous:,} of the last {registry} snapshot (a file cut short?): nothing was imported; confirm that the registry shrank to load it</source>
        <translation>{name} contient {count:,} numéros, {share:.0%} de moins que les {previous:,} du dernier instantané {registry} (un fichier tronqué ?) : rien n’a été importé ; confirmez que le registre a diminué pour le charger</translation>
    </message>
    <message>
        <source>nobody works queue {queue}: its leads wait until an administrator gives it to a team or to people who work it (Teams and queues)</source>
        <translation>personne ne traite la file {queue} : ses leads attendent qu&apos;un administrateur la confie à une équipe ou à des personnes qui la traitent (Équipes et files)</translation>
    </message>
    <message>
        <source>nobody works queue {queue} of team {team}: its leads wait until a rep is in {team} (Users) or someone is ticked under Worked by (Teams and queues)</source>
        <translation>personne ne traite la file {queue} de l&apos;équipe {team} : ses leads attendent qu&apos;un agent soit dans {team} (Utilisateurs) ou que quelqu&apos;un soit coché sous Traitée par (Équipes et files)</translation>
    </message>
    <message>
        <source>a number in more than one of the partner&apos;s countries</source>
        <translation>un numéro dans plus d’un des pays du partenaire</translation>
    </message>
    <message>
        <source>not delivered, the mail server refused it for good: {problem}</source>
        <translation>non remis, le serveur de messagerie l’a refusé définitivement : {problem}</translation>
    </message>
    <message>
        <source>the mail server refused the message for good: waiting for a person to have it let through (by the partner&apos;s mail administrator, or the center&apos;s when it refused the sender) and send it again, or to hand the lead to the partner another way and mark it delivered</source>
        <translation>le serveur de messagerie a refusé le message définitivement : en attente qu’une personne le fasse laisser passer (par l’administrateur de messagerie du partenaire, ou celui du centre s’il a refusé l’expéditeur) et le renvoie, ou transmette le lead au partenaire autrement et le marque comme remis</translation>
    </message>
    <message>
        <source>reminder refused for good by the mail server, not sent again: {problem}</source>
        <translation>rappel refusé définitivement par le serveur de messagerie, non renvoyé : {problem}</translation>
    </message>
    <message>
        <source>the proposal changed meanwhile: {name} is proposed now; confirm to send the lead there, or choose another partner</source>
        <translation>la proposition a changé entre-temps : {name} est proposé maintenant ; confirmez pour y envoyer le lead, ou choisissez un autre partenaire</translation>
    </message>
    <message>
        <source>lead {lead_id} was erased on the person&apos;s request while you had it open; what you typed about them is discarded</source>
        <translation>le lead {lead_id} a été effacé à la demande de la personne pendant que vous l&apos;aviez ouvert ; ce que vous avez saisi à son sujet est abandonné</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is {status} now</source>
        <translation>{rep} ne détient pas le lead {lead_id} ; il est maintenant {status}</translation>
    </message>
    <message>
        <source>no lead is eligible now: you work none of your team&apos;s queues yet; an administrator or a team lead adds you to one (Worked by, in Teams and queues; qualifier queue members QUEUE --add LOGIN)</source>
        <translation>aucun lead n&apos;est disponible pour l&apos;instant : vous ne travaillez encore aucune file de votre équipe ; un administrateur ou un chef d&apos;équipe vous ajoute à l&apos;une d&apos;elles (Traitée par, dans Équipes et files ; qualifier queue members QUEUE --add LOGIN)</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne encore)</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sans équipe)</translation>
    </message>
    <message>
        <source>(not handed off)</source>
        <translation>(non transmis)</translation>
    </message>
    <message>
        <source>(no partner rep)</source>
        <translation>(sans commercial du partenaire)</translation>
    </message>
    <message>
        <source>(no channel manager)</source>
        <translation>(sans responsable de canal)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnue)</translation>
    </message>
    <message>
        <source>(no rep)</source>
        <translation>(sans agent)</translation>
    </message>
    <message>
        <source>(no campaign)</source>
        <translation>(sans campagne)</translation>
    </message>
    <message>
        <source>your reports are those of your teams ({teams}), not of {team!r}</source>
        <translation>vos rapports sont ceux de vos équipes ({teams}), pas ceux de {team!r}</translation>
    </message>
    <message>
        <source>a publication&apos;s figure belongs to one ISO week, Monday to Sunday</source>
        <translation>un chiffre publié appartient à une semaine ISO, du lundi au dimanche</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Statut par région</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Statut par équipe</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Statut par agent</translation>
    </message>
    <message>
        <source>Channel manager</source>
        <translation>Responsable de canal</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Statut par responsable de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Statut par partenaire</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Statut par commercial du partenaire</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was changed at {at:%H:%M} UTC at another of your workstations while you had it open here ({change})</source>
        <translation>le lead {lead} ({company}) a été modifié à {at:%H:%M} UTC sur un autre de vos postes pendant que vous l&apos;aviez ouvert ici ({change})</translation>
    </message>
    <message>
        <source>a lead keeps a phone number: type the right one, or put back {old}</source>
        <translation>un lead garde un numéro de téléphone : saisissez le bon ou remettez {old}</translation>
    </message>
    <message>
        <source>on the do-not-call list</source>
        <translation>sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>also belongs to lead {names}</source>
        <translation>appartient aussi au lead {names}</translation>
    </message>
    <message>
        <source>routing</source>
        <translation>routage</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>SLA sweep</source>
        <translation>balayage des SLA</translation>
    </message>
    <message>
        <source>partner import</source>
        <translation>import du partenaire</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number has had as many calls as {place} allows (at most {limits}, counting every lead with this number): call it later</source>
        <translation>le numéro du lead {id} a reçu autant d&apos;appels que {place} le permet (au plus {limits}, tous les leads de ce numéro comptés) : appelez plus tard</translation>
    </message>
    <message>
        <source>lead {id} may not be called now: {why}</source>
        <translation>le lead {id} ne peut pas être appelé maintenant : {why}</translation>
    </message>
    <message>
        <source>lead {id}&apos;s number is on the national do-not-call registry: it may not be called</source>
        <translation>le numéro du lead {id} est inscrit sur la liste nationale d&apos;opposition : il ne peut pas être appelé</translation>
    </message>
    <message>
        <source>lead {id} has had its {count} attempt</source>
        <translation>le lead {id} a déjà eu {count} tentative, le maximum</translation>
    </message>
    <message>
        <source>lead {id} has had all {count} attempts</source>
        <translation>le lead {id} a épuisé ses {count} tentatives</translation>
    </message>
    <message>
        <source>lead {id} is on do-not-call: it may not be called</source>
        <translation>le lead {id} est en Ne pas appeler : il ne peut pas être appelé</translation>
    </message>
    <message>
        <source>lead {id} is no longer yours to call ({status}); take the next lead</source>
        <translation>le lead {id} n&apos;est plus à vous ({status}) ; prenez le lead suivant</translation>
    </message>
    <message>
        <source>the prospect of lead {id} said no to phone calls: it may not be called. If the prospect is calling you, take it as an inbound call</source>
        <translation>le prospect du lead {id} ne veut pas d&apos;appels : il ne peut pas être appelé. Si le prospect vous appelle, prenez le lead comme appel entrant</translation>
    </message>
    <message>
        <source>the number {number} is on the do-not-call list: it may not be called</source>
        <translation>le numéro {number} est sur la liste d&apos;opposition : il ne peut pas être appelé</translation>
    </message>
    <message>
        <source>the number {number} is on the national do-not-call registry: it may not be called</source>
        <translation>le numéro {number} est sur le registre national d&apos;opposition : il ne peut pas être appelé</translation>
    </message>
    <message>
        <source>the number {number} may not be called now: {why}</source>
        <translation>le numéro {number} ne peut pas être appelé maintenant : {why}</translation>
    </message>
    <message>
        <source>the number {number} has had as many calls as {place} allows (at most {limits}): call it later</source>
        <translation>le numéro {number} a reçu autant d&apos;appels que {place} le permet (au plus {limits}) : appelez plus tard</translation>
    </message>
    <message>
        <source>the prospect said no to being called again: no callback can be set; choose Nurture (it is not recycled), Disqualify or Do not call</source>
        <translation>le prospect a refusé d&apos;être rappelé : aucun rappel possible ; choisissez Maturation (sans recyclage), Disqualifier ou Ne pas appeler</translation>
    </message>
    <message>
        <source>the number dialled must be in E.164 form (+ and up to 15 digits): {number!r}</source>
        <translation>le numéro composé doit être au format E.164 (+ et jusqu&apos;à 15 chiffres) : {number!r}</translation>
    </message>
    <message>
        <source>Not saved as {chosen}: the corrected {field} is on the do-not-call list, so the lead is do-not-call: it is not called again nor handed to a partner</source>
        <translation>Non enregistré comme {chosen} : le {field} corrigé est sur la liste d&apos;opposition, le lead passe donc en Ne pas appeler : il n&apos;est plus appelé ni transmis à un partenaire</translation>
    </message>
    <message>
        <source>Nurture without a recycle date: the prospect said no to being called again; the lead comes back only if they call in</source>
        <translation>Maturation sans date de recyclage : le prospect a refusé d&apos;être rappelé ; le lead ne revient que s&apos;il appelle lui-même</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other lead with the same phone or e-mail too</source>
        <translation>Sur la liste d&apos;opposition ; {count} autre lead avec le même téléphone ou e-mail aussi</translation>
    </message>
    <message>
        <source>On the do-not-call list; {count} other leads with the same phone or e-mail too</source>
        <translation>Sur la liste d&apos;opposition ; {count} autres leads avec le même téléphone ou e-mail aussi</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {who} changed the lead since ({change})</source>
        <translation>{what} ne peut pas être annulé : {who} a modifié le lead depuis ({change})</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} cannot be undone: the lead was moved to a queue you do not work</source>
        <translation>le résultat du lead {lead} ne peut pas être annulé : le lead a été déplacé vers une file que vous ne traitez pas</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>le système</translation>
    </message>
    <message>
        <source>settings file: [workspace] after_call_work_seconds must be 0 to {most}, not {seconds}</source>
        <translation>fichier de réglages : [workspace] after_call_work_seconds doit être compris entre 0 et {most}, pas {seconds}</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}]; did you mean [{close}]? (sections: {known})</source>
        <translation>fichier de réglages : il n&apos;y a pas de section [{section}] ; vouliez-vous dire [{close}] ? (sections : {known})</translation>
    </message>
    <message>
        <source>settings file: there is no section [{section}] (sections: {known})</source>
        <translation>fichier de réglages : il n&apos;y a pas de section [{section}] (sections : {known})</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>un texte entre guillemets</translation>
    </message>
    <message>
        <source>settings file: [{section}] {key} must be {kind}, not {value!r}</source>
        <translation>fichier de réglages : [{section}] {key} doit être {kind}, pas {value!r}</translation>
    </message>
    <message>
        <source>channel manager</source>
        <translation>responsable de canal</translation>
    </message>
    <message>
        <source>{outcome} on {at:%Y-%m-%d} by {rep}</source>
        <translation>{outcome} le {at:%Y-%m-%d} par {rep}</translation>
    </message>
    <message>
        <source>{partner} {status}</source>
        <translation>{partner} : {status}</translation>
    </message>
    <message>
        <source>{direction} call: {disposition}</source>
        <translation>Appel {direction} : {disposition}</translation>
    </message>
    <message>
        <source>BANT answers on {script}: grade {grade}</source>
        <translation>Réponses BANT avec {script} : note {grade}</translation>
    </message>
    <message>
        <source>Handoff to {partner} ({status})</source>
        <translation>Transmission à {partner} ({status})</translation>
    </message>
    <message>
        <source>{field} corrected</source>
        <translation>{field} corrigé</translation>
    </message>
    <message>
        <source>{partner}: {status}</source>
        <translation>{partner} : {status}</translation>
    </message>
    <message>
        <source>not accepted in time</source>
        <translation>non accepté à temps</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; it is not worked by the center now</source>
        <translation>le lead {lead} ({company}) est {status} ; le centre ne le traite plus</translation>
    </message>
    <message>
        <source>name or company starting “{start}”</source>
        <translation>nom ou entreprise commençant par « {start} »</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is on do-not-call: it may not be worked</source>
        <translation>le lead {lead} ({company}) est sur la liste d&apos;opposition : il ne peut pas être traité</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was merged into lead {merged_into}: open that one</source>
        <translation>le lead {lead} ({company}) a été fusionné avec le lead {merged_into} : ouvrez celui-ci</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status}; only an inbound call takes it back</source>
        <translation>le lead {lead} ({company}) est {status} ; seul un appel entrant le reprend</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is assigned to {rep}</source>
        <translation>le lead {lead} ({company}) est attribué à {rep}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} with {partner}; it is not worked by the center now</source>
        <translation>le lead {lead} ({company}) est {status} chez {partner} ; le centre ne le traite plus</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M}, the prospect&apos;s time ({zone})</source>
        <translation>{at:%a %d %b %H:%M}, heure du prospect ({zone})</translation>
    </message>
    <message>
        <source>settings file: [database] url is empty; remove the line to use the embedded database</source>
        <translation>fichier de réglages : [database] url est vide ; supprimez la ligne pour utiliser la base de données intégrée</translation>
    </message>
    <message>
        <source>settings file: [mail] deadline_seconds must not be negative</source>
        <translation>fichier de réglages : [mail] deadline_seconds ne doit pas être négatif</translation>
    </message>
    <message>
        <source>settings file: [{section}] has an unknown key: {problem}</source>
        <translation>fichier de réglages : [{section}] contient une clé inconnue : {problem}</translation>
    </message>
    <message>
        <source>settings file: [{section}] has a bad value: {problem}</source>
        <translation>fichier de réglages : [{section}] contient une valeur incorrecte : {problem}</translation>
    </message>
    <message>
        <source>settings file: [publication] weekday must be one of mon ... sun</source>
        <translation>fichier de réglages : [publication] weekday doit être l&apos;un de mon ... sun</translation>
    </message>
    <message>
        <source>settings file: [publication] hour must be 0 to 23</source>
        <translation>fichier de réglages : [publication] hour doit être entre 0 et 23</translation>
    </message>
    <message>
        <source>settings file: [publication] manager_address needs {login}</source>
        <translation>fichier de réglages : [publication] manager_address doit contenir {login}</translation>
    </message>
    <message>
        <source>settings file: [retention] days must be at least 1</source>
        <translation>fichier de réglages : [retention] les jours doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>{key} must be a table such as {example}, not {value!r}</source>
        <translation>{key} doit être une table comme {example}, pas {value!r}</translation>
    </message>
    <message>
        <source>{key} must be text such as {example}, not {value!r}</source>
        <translation>{key} doit être un texte comme {example}, pas {value!r}</translation>
    </message>
    <message>
        <source>fallback_time_zones must be a list of time zones such as {example}, not {value!r}</source>
        <translation>fallback_time_zones doit être une liste de fuseaux horaires comme {example}, pas {value!r}</translation>
    </message>
    <message>
        <source>settings file: [routing] day and minute counts must be at least 1</source>
        <translation>fichier de réglages : [routing] les jours et minutes doivent valoir au moins 1</translation>
    </message>
    <message>
        <source>settings file: [routing] the measure weights must be 0 or more, and not all 0</source>
        <translation>fichier de réglages : [routing] les poids des mesures doivent valoir 0 ou plus, et pas tous 0</translation>
    </message>
    <message>
        <source>settings file: [mail] must not hold the password; store it in the OS keyring (service qualifier-smtp, account USER@HOST)</source>
        <translation>fichier de réglages : [mail] ne doit pas contenir le mot de passe ; rangez-le dans le trousseau du système (service qualifier-smtp, compte UTILISATEUR@HÔTE)</translation>
    </message>
    <message>
        <source>settings file: [mail] security must be starttls, ssl or none</source>
        <translation>fichier de réglages : [mail] security doit valoir starttls, ssl ou none</translation>
    </message>
    <message>
        <source>settings file: [mail] timeout_seconds and unknown_retry_hours must be positive</source>
        <translation>fichier de réglages : [mail] timeout_seconds et unknown_retry_hours doivent être positifs</translation>
    </message>
    <message>
        <source>settings file: [mail] attempts and sweep_lease_minutes must be at least 1, unknown_retries at least 0</source>
        <translation>fichier de réglages : [mail] attempts et sweep_lease_minutes doivent valoir au moins 1, unknown_retries au moins 0</translation>
    </message>
    <message>
        <source>settings file: {section} must be a section ([{section}]), not {value!r}</source>
        <translation>fichier de réglages : {section} doit être une section ([{section}]), pas {value!r}</translation>
    </message>
    <message>
        <source>settings file: [database] has an unknown key {key!r} (known: {known})</source>
        <translation>fichier de réglages : [database] contient une clé inconnue {key!r} (connues : {known})</translation>
    </message>
    <message>
        <source>settings file: [workspace] default_country must be a two-letter country code such as US or DE, not {country!r}</source>
        <translation>fichier de réglages : [workspace] default_country doit être un code pays à deux lettres comme US ou DE, pas {country!r}</translation>
    </message>
    <message>
        <source>settings file: language must be one of {languages}, not {language!r}</source>
        <translation>fichier de réglages : language doit être l&apos;un de {languages}, pas {language!r}</translation>
    </message>
    <message>
        <source>lease_minutes must be between 1 and 1440, not {minutes}</source>
        <translation>lease_minutes doit être entre 1 et 1440, pas {minutes}</translation>
    </message>
    <message>
        <source>heartbeat_seconds must be at least 1 and shorter than the lease ({minutes} min), not {seconds}</source>
        <translation>heartbeat_seconds doit valoir au moins 1 et être plus court que la réservation ({minutes} min), pas {seconds}</translation>
    </message>
    <message>
        <source>max_attempts must be at least 1, not {attempts}</source>
        <translation>max_attempts doit valoir au moins 1, pas {attempts}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 1, not {value!r}</source>
        <translation>[database] {name} doit être un nombre entier d&apos;au moins 1, pas {value!r}</translation>
    </message>
    <message>
        <source>[database] {name} must be a whole number of at least 0, not {value!r}</source>
        <translation>[database] {name} doit être un nombre entier d&apos;au moins 0, pas {value!r}</translation>
    </message>
    <message>
        <source>[database] pooler must be empty or &quot;pgbouncer&quot;, not {pooler!r}</source>
        <translation>[database] pooler doit être vide ou valoir &quot;pgbouncer&quot;, pas {pooler!r}</translation>
    </message>
    <message>
        <source>[database] change_poll_seconds must be 0.1 to 60, not {poll!r}</source>
        <translation>[database] change_poll_seconds doit être entre 0,1 et 60, pas {poll!r}</translation>
    </message>
    <message>
        <source>settings file {path} cannot be read: {problem}</source>
        <translation>le fichier de réglages {path} est illisible : {problem}</translation>
    </message>
    <message>
        <source>settings file: [queue] {problem}</source>
        <translation>fichier de réglages : [queue] {problem}</translation>
    </message>
    <message>
        <source>settings file: {problem}</source>
        <translation>fichier de réglages : {problem}</translation>
    </message>
    <message>
        <source>settings file: [workspace] {problem}</source>
        <translation>fichier de réglages : [workspace] {problem}</translation>
    </message>
    <message>
        <source>calling window {window} is shorter than {minutes} minutes</source>
        <translation>la plage d&apos;appel {window} dure moins de {minutes} minutes</translation>
    </message>
    <message>
        <source>lead {lead}</source>
        <translation>lead {lead}</translation>
    </message>
    <message>
        <source>e-mail starting {start}</source>
        <translation>e-mail commençant par {start}</translation>
    </message>
    <message>
        <source>phone {number}</source>
        <translation>téléphone {number}</translation>
    </message>
    <message>
        <source>e-mail {address}</source>
        <translation>e-mail {address}</translation>
    </message>
    <message>
        <source>another rep</source>
        <translation>un autre agent</translation>
    </message>
    <message>
        <source>{disposition} logged; {reason}: the lead goes to nurture</source>
        <translation>{disposition} enregistré ; {reason} : le lead passe en maturation</translation>
    </message>
    <message>
        <source>{at:%a %d %b %H:%M} UTC</source>
        <translation>{at:%a %d %b %H:%M} UTC</translation>
    </message>
    <message>
        <source>{disposition} logged; next call {when}</source>
        <translation>{disposition} enregistré ; prochain appel {when}</translation>
    </message>
    <message>
        <source>Callback set for {when}</source>
        <translation>Rappel prévu le {when}</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}): ready for a partner</source>
        <translation>Prêt pour la vente (note {grade}) : prêt pour un partenaire</translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation>Disqualifié</translation>
    </message>
    <message>
        <source>Nurture until {on:%d %b %Y}</source>
        <translation>En maturation jusqu&apos;au {on:%d %b %Y}</translation>
    </message>
    <message>
        <source>On the do-not-call list</source>
        <translation>Sur la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>the outcome of lead {lead} ({company})</source>
        <translation>le résultat du lead {lead} ({company})</translation>
    </message>
    <message>
        <source>no check-call script is installed</source>
        <translation>aucun script d&apos;appel de contrôle n&apos;est installé</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name}: a mapping is an object like {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Mobile&quot;, &quot;Phone&quot;]}}</source>
        <translation>{name} : une correspondance est un objet comme {{&quot;Column header&quot;: &quot;email&quot;, &quot;phone&quot;: [&quot;Portable&quot;, &quot;Téléphone&quot;]}}</translation>
    </message>
    <message>
        <source>{where}: {problems}</source>
        <translation>{where} : {problems}</translation>
    </message>
    <message>
        <source>updated at {cleaned} is in the future</source>
        <translation>la mise à jour du {cleaned} est dans le futur</translation>
    </message>
    <message>
        <source>the status is empty</source>
        <translation>le statut est vide</translation>
    </message>
    <message>
        <source>no handoff for a lead with this {what}</source>
        <translation>aucune transmission pour un lead avec ce {what}</translation>
    </message>
    <message>
        <source>several handed-off leads have this {what}; give the handoff id instead</source>
        <translation>plusieurs leads transmis ont ce {what} ; indiquez plutôt le numéro de transmission</translation>
    </message>
    <message>
        <source>there is no handoff {handoff_id}</source>
        <translation>il n&apos;y a pas de transmission {handoff_id}</translation>
    </message>
    <message>
        <source>lead e-mail is not valid: {reason}</source>
        <translation>l&apos;e-mail du lead n&apos;est pas valide : {reason}</translation>
    </message>
    <message>
        <source>the row has no handoff id, lead e-mail or lead phone</source>
        <translation>la ligne n&apos;a ni numéro de transmission, ni e-mail, ni téléphone du lead</translation>
    </message>
    <message>
        <source>handoff id {handoff_text!r} is not a number</source>
        <translation>le numéro de transmission {handoff_text!r} n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>lead phone is not valid ({reason}); use the +country format</source>
        <translation>le téléphone du lead n&apos;est pas valide ({reason}) ; utilisez le format +pays</translation>
    </message>
    <message>
        <source>updated at {cleaned!r} is not a date and time (use YYYY-MM-DD HH:MM)</source>
        <translation>la date de mise à jour {cleaned!r} n&apos;est pas une date et une heure (utilisez AAAA-MM-JJ HH:MM)</translation>
    </message>
    <message>
        <source>active {text!r} must be yes or no</source>
        <translation>actif {text!r} doit valoir yes ou no</translation>
    </message>
    <message>
        <source>there is no partner {partner_id}</source>
        <translation>il n&apos;y a pas de partenaire {partner_id}</translation>
    </message>
    <message>
        <source>there is a partner called {value} already</source>
        <translation>un partenaire nommé {value} existe déjà</translation>
    </message>
    <message>
        <source>{login} is not a channel manager</source>
        <translation>{login} n&apos;est pas responsable de canal</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it and make your change again</source>
        <translation>{name} a été modifié entre-temps par quelqu&apos;un d&apos;autre ; rechargez-le et refaites votre modification</translation>
    </message>
    <message>
        <source>{name} was changed by someone else meanwhile; reload it</source>
        <translation>{name} a été modifié entre-temps par quelqu&apos;un d&apos;autre ; rechargez-le</translation>
    </message>
    <message>
        <source>the partner is also on line {value}</source>
        <translation>le partenaire figure aussi à la ligne {value}</translation>
    </message>
    <message>
        <source>{login} may not see partner handoffs</source>
        <translation>{login} n&apos;a pas le droit de voir les transmissions aux partenaires</translation>
    </message>
    <message>
        <source>the file needs a handoff id, lead e-mail or lead phone column to find the handoffs by</source>
        <translation>le fichier doit avoir une colonne numéro de transmission, e-mail ou téléphone du lead pour retrouver les transmissions</translation>
    </message>
    <message>
        <source>{login} may not see partner reports</source>
        <translation>{login} n&apos;a pas le droit de voir les rapports des partenaires</translation>
    </message>
    <message>
        <source>the number of days must be at least 1</source>
        <translation>le nombre de jours doit valoir au moins 1</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is {value}; only rejected, expired or lost leads go back to nurture</source>
        <translation>la transmission {handoff_id} est {value} ; seuls les leads refusés, expirés ou perdus retournent en maturation</translation>
    </message>
    <message>
        <source>the lead went on to another partner (handoff {value}) after this one</source>
        <translation>le lead est ensuite allé à un autre partenaire (transmission {value})</translation>
    </message>
    <message>
        <source>say why the lead goes back to nurture</source>
        <translation>indiquez pourquoi le lead retourne en maturation</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was changed meanwhile; reload it and try again</source>
        <translation>la transmission {handoff_id} a été modifiée entre-temps ; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>lead {id} was changed meanwhile; try again</source>
        <translation>le lead {id} a été modifié entre-temps ; réessayez</translation>
    </message>
    <message>
        <source>handoff {handoff_id} was delivered already; nothing to resolve</source>
        <translation>la transmission {handoff_id} a déjà été envoyée ; rien à résoudre</translation>
    </message>
    <message>
        <source>handoff {handoff_id} is not waiting for a person&apos;s decision</source>
        <translation>la transmission {handoff_id} n&apos;attend pas la décision d&apos;une personne</translation>
    </message>
    <message>
        <source>handoff {id} was changed by someone else meanwhile; try again</source>
        <translation>la transmission {id} a été modifiée entre-temps par quelqu&apos;un d&apos;autre ; réessayez</translation>
    </message>
    <message>
        <source>say &apos;delivered&apos; or &apos;send-again&apos;, not {strip!r}</source>
        <translation>indiquez &apos;delivered&apos; ou &apos;send-again&apos;, pas {strip!r}</translation>
    </message>
    <message>
        <source>the reminder may have reached the partner; not sent again (Message-ID {msg_id})</source>
        <translation>le rappel est peut-être parvenu au partenaire ; pas renvoyé (Message-ID {msg_id})</translation>
    </message>
    <message>
        <source>reminder, attempt {attempt}</source>
        <translation>rappel, tentative {attempt}</translation>
    </message>
    <message>
        <source>reminder outcome unknown, not resent blindly: {problem}</source>
        <translation>issue du rappel incertaine, pas renvoyé à l&apos;aveugle : {problem}</translation>
    </message>
    <message>
        <source>reminder not sent, tried again by the next sweep: {problem}</source>
        <translation>rappel non envoyé, le prochain passage réessaie : {problem}</translation>
    </message>
    <message>
        <source>lead {id} is {label}; only sales-ready leads are routed</source>
        <translation>le lead {id} est {label} ; seuls les leads prêts pour la vente sont routés</translation>
    </message>
    <message>
        <source>partners kept filling up while this lead was routed; route it again</source>
        <translation>les partenaires se sont remplis pendant le routage de ce lead ; routez-le de nouveau</translation>
    </message>
    <message>
        <source>request {request_id} was used for another lead</source>
        <translation>la requête {request_id} a été utilisée pour un autre lead</translation>
    </message>
    <message>
        <source>lead {lead}: {refused}</source>
        <translation>lead {lead} : {refused}</translation>
    </message>
    <message>
        <source>{name} cannot take this lead: {join}</source>
        <translation>{name} ne peut pas prendre ce lead : {join}</translation>
    </message>
    <message>
        <source>say why {name} instead of the proposed {name2}</source>
        <translation>indiquez pourquoi {name} plutôt que le partenaire proposé {name2}</translation>
    </message>
    <message>
        <source>the request id must be 1 to 36 characters</source>
        <translation>l&apos;identifiant de requête doit compter 1 à 36 caractères</translation>
    </message>
    <message>
        <source>lead {lead_id} was changed by someone else meanwhile; nothing was routed</source>
        <translation>le lead {lead_id} a été modifié entre-temps par quelqu&apos;un d&apos;autre ; rien n&apos;a été routé</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it was reassigned to {name}</source>
        <translation>{rep} ne détient pas le lead {lead_id} ; il a été réattribué à {name}</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; it is no longer in your queues</source>
        <translation>{rep} ne détient pas le lead {lead_id} ; il n&apos;est plus dans vos files</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; {name} holds it now</source>
        <translation>{rep} ne détient pas le lead {lead_id} ; {name} le détient maintenant</translation>
    </message>
    <message>
        <source>{login} is deactivated and cannot take leads</source>
        <translation>{login} est désactivé et ne peut pas prendre de leads</translation>
    </message>
    <message>
        <source>{login} is paused by a team lead; no leads until resumed</source>
        <translation>{login} est mis en pause par un chef d&apos;équipe ; aucun lead jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <source>{rep} does not hold lead {lead_id}; nobody holds it now</source>
        <translation>{rep} ne détient pas le lead {lead_id} ; personne ne le détient maintenant</translation>
    </message>
    <message>
        <source>lead {lead_id} is not held by anyone</source>
        <translation>le lead {lead_id} n&apos;est détenu par personne</translation>
    </message>
    <message>
        <source>there is no conversion report by {by!r}</source>
        <translation>il n&apos;y a pas de rapport de conversion par {by!r}</translation>
    </message>
    <message>
        <source>there is no campaign {campaign!r}</source>
        <translation>il n&apos;y a pas de campagne {campaign!r}</translation>
    </message>
    <message>
        <source>there is no {what} named {value!r}</source>
        <translation>il n&apos;y a pas de {what} nommé {value!r}</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>unknown format {fmt!r}; use csv, xlsx or json</source>
        <translation>format inconnu {fmt!r} ; utilisez csv, xlsx ou json</translation>
    </message>
    <message>
        <source>unknown status {join}; use one of {join2}</source>
        <translation>statut inconnu {join} ; utilisez l&apos;un de {join2}</translation>
    </message>
    <message>
        <source>the segment is smb or enterprise</source>
        <translation>le segment est smb ou enterprise</translation>
    </message>
    <message>
        <source>{country!r} is not a country</source>
        <translation>{country!r} n&apos;est pas un pays</translation>
    </message>
    <message>
        <source>the week {text} has not begun yet</source>
        <translation>la semaine {text} n&apos;a pas encore commencé</translation>
    </message>
    <message>
        <source>the week must look like 2026-W48 (ISO year and week), not {text!r}</source>
        <translation>la semaine doit s&apos;écrire comme 2026-W48 (année et semaine ISO), pas {text!r}</translation>
    </message>
    <message>
        <source>{value!r} is not one of {join}</source>
        <translation>{value!r} ne fait pas partie de {join}</translation>
    </message>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversion par agent</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversion par campagne</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversion par partenaire</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation>Transmis</translation>
    </message>
    <message>
        <source>Accepted by partner</source>
        <translation>Acceptés par le partenaire</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnés</translation>
    </message>
    <message>
        <source>Contact rate</source>
        <translation>Taux de contact</translation>
    </message>
    <message>
        <source>Qualify rate</source>
        <translation>Taux de qualification</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Hours on leads</source>
        <translation>Heures sur les leads</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Inquiries</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiés</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Chiffre d&apos;affaires gagné</translation>
    </message>
    <message>
        <source>Cost per qualified lead</source>
        <translation>Coût par lead qualifié</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Transmissions</translation>
    </message>
    <message>
        <source>Hours to accept</source>
        <translation>Heures avant acceptation</translation>
    </message>
    <message>
        <source>SLA breaches</source>
        <translation>Dépassements de SLA</translation>
    </message>
    <message>
        <source>Feedback compliance</source>
        <translation>Respect des retours</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>Non qualifiés</translation>
    </message>
    <message>
        <source>Pipeline value</source>
        <translation>Valeur du pipeline</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>After-call work</source>
        <translation>Travail après appel</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>the reason is {len} characters long; at most {REASON_MAX}</source>
        <translation>le motif compte {len} caractères ; {REASON_MAX} au plus</translation>
    </message>
    <message>
        <source>unknown state {state!r}: choose one of {choices}</source>
        <translation>état inconnu {state!r} : choisissez l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was taken over while you had it open: {holder} holds it now</source>
        <translation>le lead {lead} ({company}) a été repris pendant que vous l&apos;aviez ouvert : {holder} le détient maintenant</translation>
    </message>
    <message>
        <source> (last change: {change} by {by} at {at:%H:%M} UTC)</source>
        <translation> (dernière modification : {change} par {by} à {at:%H:%M} UTC)</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) was reassigned to {assigned} while you had it open</source>
        <translation>le lead {lead} ({company}) a été réattribué à {assigned} pendant que vous l&apos;aviez ouvert</translation>
    </message>
    <message>
        <source>. Your notes are kept as a draft.</source>
        <translation>. Vos notes sont conservées comme brouillon.</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) is {status} now; nobody holds it</source>
        <translation>le lead {lead} ({company}) est maintenant {status} ; personne ne le détient</translation>
    </message>
    <message>
        <source>lead {lead} ({company}) changed while you had it open (your lease ran out); nobody holds it now</source>
        <translation>le lead {lead} ({company}) a changé pendant que vous l&apos;aviez ouvert (votre réservation a expiré) ; personne ne le détient maintenant</translation>
    </message>
    <message>
        <source>an operator</source>
        <translation>un opérateur</translation>
    </message>
    <message>
        <source>{field!r} is not a contact field (phone or email)</source>
        <translation>{field!r} n&apos;est pas un champ de contact (phone ou email)</translation>
    </message>
    <message>
        <source>the corrected {field} is on the do-not-call list; choose Do not call for this lead</source>
        <translation>le {field} corrigé est sur la liste d&apos;opposition ; choisissez Ne pas appeler pour ce lead</translation>
    </message>
    <message>
        <source>phone {value!r}: {reason}</source>
        <translation>téléphone {value!r} : {reason}</translation>
    </message>
    <message>
        <source>e-mail {value!r}: {reason}</source>
        <translation>e-mail {value!r} : {reason}</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Intérêt produit</translation>
    </message>
    <message>
        <source>Consent (import)</source>
        <translation>Consentement (import)</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Recycle on</source>
        <translation>Recyclage le</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>type a phone number, an e-mail address, a name or a company</source>
        <translation>saisissez un numéro de téléphone, une adresse e-mail, un nom ou une entreprise</translation>
    </message>
    <message>
        <source>type at least {MIN_PREFIX} letters of a name or company</source>
        <translation>saisissez au moins {MIN_PREFIX} lettres d&apos;un nom ou d&apos;une entreprise</translation>
    </message>
    <message>
        <source>phone {query}: {reason}</source>
        <translation>téléphone {query} : {reason}</translation>
    </message>
    <message>
        <source>lead {id} ({company}) is being worked by {name}</source>
        <translation>le lead {id} ({company}) est traité par {name}</translation>
    </message>
    <message>
        <source>you hold lead {other}: save or release it before taking another</source>
        <translation>vous détenez le lead {other} : enregistrez-le ou libérez-le avant d&apos;en prendre un autre</translation>
    </message>
    <message>
        <source>lead {lead_id} changed a moment ago; search again</source>
        <translation>le lead {lead_id} a changé il y a un instant ; relancez la recherche</translation>
    </message>
    <message>
        <source>lead {id} is outside its calling window ({text}){when}. If the prospect is calling you, take it as an inbound call</source>
        <translation>le lead {id} est hors de sa plage d&apos;appel ({text}){when}. Si le prospect vous appelle, prenez-le comme appel entrant</translation>
    </message>
    <message>
        <source>this request id was already used for another outcome</source>
        <translation>cet identifiant de requête a déjà servi pour un autre résultat</translation>
    </message>
    <message>
        <source>a callback then is not allowed: {refused}</source>
        <translation>un rappel à ce moment n&apos;est pas autorisé : {refused}</translation>
    </message>
    <message>
        <source>the talk time cannot be negative</source>
        <translation>le temps de conversation ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Sales-ready (grade {grade}), but {refused}</source>
        <translation>Prêt pour la vente (note {grade}), mais {refused}</translation>
    </message>
    <message>
        <source>the request id must be 8–36 letters, digits or dashes</source>
        <translation>l&apos;identifiant de requête doit compter 8 à 36 lettres, chiffres ou tirets</translation>
    </message>
    <message>
        <source>answer “{text}” first: a sales-ready lead needs every required answer</source>
        <translation>répondez d&apos;abord à « {text} » : un lead prêt pour la vente exige toutes les réponses obligatoires</translation>
    </message>
    <message>
        <source>the script recommends {phrase} (grade {grade}: {reason}); say why you choose {phrase2} instead</source>
        <translation>le script recommande {phrase} (note {grade} : {reason}) ; indiquez pourquoi vous choisissez plutôt {phrase2}</translation>
    </message>
    <message>
        <source>go through the script before calling a lead sales-ready</source>
        <translation>parcourez le script avant de déclarer un lead prêt pour la vente</translation>
    </message>
    <message>
        <source>question {key!r} is not in script {name} v{version}</source>
        <translation>la question {key!r} n&apos;est pas dans le script {name} v{version}</translation>
    </message>
    <message>
        <source>there is no script {script_id}</source>
        <translation>il n&apos;y a pas de script {script_id}</translation>
    </message>
    <message>
        <source>{what} cannot be undone: {value} has the lead now</source>
        <translation>{what} ne peut pas être annulé : {value} détient maintenant le lead</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead changed since</source>
        <translation>{what} ne peut pas être annulé : le lead a changé depuis</translation>
    </message>
    <message>
        <source>there is no outcome {attempt_id} of yours to undo</source>
        <translation>vous n&apos;avez aucun résultat {attempt_id} à annuler</translation>
    </message>
    <message>
        <source>{what} was saved {int} s ago; it can be undone only within {UNDO_SECONDS} s. Open the lead again to change it.</source>
        <translation>{what} a été enregistré il y a {int} s ; l&apos;annulation n&apos;est possible que dans les {UNDO_SECONDS} s. Rouvrez le lead pour le modifier.</translation>
    </message>
    <message>
        <source>{what} is do-not-call: it applies at once to every lead with the same phone or e-mail and is lifted only from the do-not-call list</source>
        <translation>{what} est « ne pas appeler » : cela s&apos;applique immédiatement à tous les leads ayant le même téléphone ou e-mail et ne se lève que depuis la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>{what} has no record of how the lead was before; not undone</source>
        <translation>{what} n&apos;a aucune trace de l&apos;état antérieur du lead ; non annulé</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already and delivered</source>
        <translation>{what} ne peut pas être annulé : le lead a déjà été transmis à un partenaire et envoyé</translation>
    </message>
    <message>
        <source>{what} cannot be undone: the lead was handed to a partner already</source>
        <translation>{what} ne peut pas être annulé : le lead a déjà été transmis à un partenaire</translation>
    </message>
    <message>
        <source>no BANT script is installed for the {segment} segment</source>
        <translation>aucun script BANT n&apos;est installé pour le segment {segment}</translation>
    </message>
</context>
<context>
    <name>MoveLeadsDialog</name>
    <message>
        <source>Remove queue</source>
        <translation>Supprimer la file</translation>
    </message>
    <message>
        <source>The queue {name} still holds {plural} (waiting, called back or in nurture). Move them to:</source>
        <translation>La file {name} contient encore {plural} (en attente, à rappeler ou en maturation). Les déplacer vers :</translation>
    </message>
    <message>
        <source>Move the leads to</source>
        <translation>Déplacer les leads vers</translation>
    </message>
    <message>
        <source>&amp;Move them and remove the queue</source>
        <translation>&amp;Les déplacer et supprimer la file</translation>
    </message>
    <message>
        <source>There is no other open queue: add one first.</source>
        <translation>Il n&apos;y a pas d&apos;autre file ouverte : ajoutez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>MyFiguresDialog</name>
    <message>
        <source>My figures</source>
        <translation>Mes chiffres</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de conversation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation>Prêts pour la vente</translation>
    </message>
    <message>
        <source>Accepted by partners</source>
        <translation>Acceptés par les partenaires</translation>
    </message>
    <message>
        <source>Won by partners</source>
        <translation>Gagnés par les partenaires</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>As of {at}; the week began {week}.</source>
        <translation>À {at} ; la semaine a commencé le {week}.</translation>
    </message>
    <message>
        <source>Could not load your figures: {problem}</source>
        <translation>Impossible de charger vos chiffres : {problem}</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>No recommendation yet</source>
        <translation>Pas encore de recommandation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Outcome: {kind}</source>
        <translation>Résultat : {kind}</translation>
    </message>
    <message>
        <source>How the call went</source>
        <translation>Déroulement de l&apos;appel</translation>
    </message>
    <message>
        <source>Callback time in other zones</source>
        <translation>Heure du rappel dans d&apos;autres fuseaux</translation>
    </message>
    <message>
        <source>Only &amp;me (otherwise anyone in the queue)</source>
        <translation>Mo&amp;i seul (sinon n&apos;importe qui dans la file)</translation>
    </message>
    <message>
        <source>Callback for me only</source>
        <translation>Rappel pour moi seul</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Recycle date</source>
        <translation>Date de recyclage</translation>
    </message>
    <message>
        <source>why you decide differently from the script</source>
        <translation>pourquoi vous décidez autrement que le script</translation>
    </message>
    <message>
        <source>Reason for overruling the recommendation</source>
        <translation>Motif de dérogation à la recommandation</translation>
    </message>
    <message>
        <source>Notes for the next caller or the partner</source>
        <translation>Notes pour le prochain appelant ou le partenaire</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save outcome  (Ctrl+Enter)</source>
        <translation>Enregistrer le résultat  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Take the next lead after saving</source>
        <translation>Prendre le lead suivant après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problème avec le résultat</translation>
    </message>
    <message>
        <source>How it went: problem</source>
        <translation>Déroulement : problème</translation>
    </message>
    <message>
        <source>Callback time problem</source>
        <translation>Problème avec l&apos;heure du rappel</translation>
    </message>
    <message>
        <source>Reason problem</source>
        <translation>Problème avec le motif</translation>
    </message>
    <message>
        <source>Recycle date problem</source>
        <translation>Problème avec la date de recyclage</translation>
    </message>
    <message>
        <source>Overrule reason problem</source>
        <translation>Problème avec le motif de dérogation</translation>
    </message>
    <message>
        <source>Ho&amp;w it went</source>
        <translation>&amp;Déroulement</translation>
    </message>
    <message>
        <source>&amp;Callback at</source>
        <translation>&amp;Rappel le</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Recycle &amp;on</source>
        <translation>Recycler &amp;le</translation>
    </message>
    <message>
        <source>O&amp;verrule because</source>
        <translation>Dér&amp;oger car</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>No lead open</source>
        <translation>Aucun lead ouvert</translation>
    </message>
    <message>
        <source>No recommendation yet: answer the script, or log a no-contact call</source>
        <translation>Pas encore de recommandation : répondez au script ou enregistrez un appel sans contact</translation>
    </message>
    <message>
        <source>Recommended: {text}</source>
        <translation>Recommandé : {text}</translation>
    </message>
    <message>
        <source>Script in progress ({points}); finish it for a grade</source>
        <translation>Script en cours ({points}) ; terminez-le pour obtenir une note</translation>
    </message>
</context>
<context>
    <name>PartnerChoiceDialog</name>
    <message>
        <source>Hand off lead {lead_id}</source>
        <translation>Transmettre le lead {lead_id}</translation>
    </message>
    <message>
        <source>Finding the best partner…</source>
        <translation>Recherche du meilleur partenaire…</translation>
    </message>
    <message>
        <source>Eligible partners</source>
        <translation>Partenaires éligibles</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Pourquoi ce partenaire</translation>
    </message>
    <message>
        <source>Reason for another partner</source>
        <translation>Motif d&apos;un autre partenaire</translation>
    </message>
    <message>
        <source>Why not the proposed partner? (required)</source>
        <translation>Pourquoi pas le partenaire proposé ? (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Hand off</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Reason for choosing another partner</source>
        <translation>&amp;Motif du choix d&apos;un autre partenaire</translation>
    </message>
    <message>
        <source>No partner can take {value} now</source>
        <translation>Aucun partenaire ne peut prendre {value} maintenant</translation>
    </message>
    <message>
        <source>this lead</source>
        <translation>ce lead</translation>
    </message>
    <message>
        <source>{value} goes to {name}</source>
        <translation>{value} va à {name}</translation>
    </message>
    <message>
        <source>This lead</source>
        <translation>Ce lead</translation>
    </message>
    <message>
        <source>{rank}. {name} — proposed</source>
        <translation>{rank}. {name} — proposé</translation>
    </message>
    <message>
        <source>{rank}. {name}</source>
        <translation>{rank}. {name}</translation>
    </message>
    <message>
        <source>Say why {chosen} instead of {first}.</source>
        <translation>Indiquez pourquoi {chosen} plutôt que {first}.</translation>
    </message>
    <message>
        <source>Handing off…</source>
        <translation>Transmission…</translation>
    </message>
</context>
<context>
    <name>PartnerRouting</name>
    <message>
        <source>Lead {lead_id} is ready for a partner; no proposal: {problem_text}</source>
        <translation>Le lead {lead_id} est prêt pour un partenaire ; aucune proposition : {problem_text}</translation>
    </message>
    <message>
        <source>proposing a partner</source>
        <translation>proposition d&apos;un partenaire</translation>
    </message>
    <message>
        <source>sending the lead to the partner</source>
        <translation>envoi du lead au partenaire</translation>
    </message>
    <message>
        <source>Lead {lead_id} handed to {partner} ({status_text}).</source>
        <translation>Lead {lead_id} transmis à {partner} ({status_text}).</translation>
    </message>
</context>
<context>
    <name>PartnersArea</name>
    <message>
        <source>No mail server is configured: handoffs are not e-mailed to partners. Their packages wait in the outbox folder ({outbox}) as “awaiting delivery”, and their acceptance SLAs do not start. Once [mail] is set in the settings file, the next SLA sweep e-mails them and their SLAs start then.</source>
        <translation>Aucun serveur de messagerie n&apos;est configuré : les transmissions ne sont pas envoyées par e-mail aux partenaires. Leurs paquets attendent dans le dossier de la boîte d&apos;envoi ({outbox}) comme « en attente d&apos;envoi », et leurs SLA d&apos;acceptation ne démarrent pas. Dès que [mail] est défini dans le fichier de réglages, le prochain balayage des SLA les envoie par e-mail et leurs SLA démarrent alors.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Handoffs and feedback</source>
        <translation>Transmissions et retours</translation>
    </message>
    <message>
        <source>Waiting for a partner</source>
        <translation>En attente d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>Sans retour</translation>
    </message>
    <message>
        <source>Check calls</source>
        <translation>Appels de contrôle</translation>
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
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Pass rules</source>
        <translation>Règles de réussite</translation>
    </message>
    <message>
        <source>The fewest points per dimension for each grade; the first grade a lead meets is its grade, D when none. Empty cell: no minimum; empty row: no such grade.</source>
        <translation>Le minimum de points par dimension pour chaque note ; la première note atteinte par un lead est sa note, D si aucune. Cellule vide : pas de minimum ; ligne vide : cette note n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{segment} {grade}, {dimension}: {text!r} is not whole points</source>
        <translation>{segment} {grade}, {dimension} : {text!r} n&apos;est pas un nombre entier de points</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>at least 10 characters, not the login</source>
        <translation>au moins 10 caractères, différent de l&apos;identifiant</translation>
    </message>
    <message>
        <source>{login}: you signed in with a one-time password. Choose your own to continue.</source>
        <translation>{login} : vous vous êtes connecté avec un mot de passe à usage unique. Choisissez le vôtre pour continuer.</translation>
    </message>
    <message>
        <source>Change the password of {login}</source>
        <translation>Changer le mot de passe de {login}</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Changer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répéter</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Mot de passe &amp;actuel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>type your current password</source>
        <translation>saisissez votre mot de passe actuel</translation>
    </message>
    <message>
        <source>choose the new password</source>
        <translation>choisissez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>les deux mots de passe diffèrent</translation>
    </message>
</context>
<context>
    <name>PeopleListDialog</name>
    <message>
        <source>People added from {file}</source>
        <translation>Personnes ajoutées depuis {file}</translation>
    </message>
    <message>
        <source>{file}: {rows} = {added} added + {refused} refused</source>
        <translation>{file} : {rows} = {added} ajoutées + {refused} refusées</translation>
    </message>
    <message>
        <source>, {hidden} hidden in the workbook (not read)</source>
        <translation>, {hidden} masquées dans le classeur (non lues)</translation>
    </message>
    <message>
        <source>Give each person their one-time password now: it is shown only this once, and they choose their own at the first sign-in.</source>
        <translation>Donnez maintenant à chaque personne son mot de passe à usage unique : il n&apos;est affiché que cette fois, et chacune choisit le sien à la première connexion.</translation>
    </message>
    <message>
        <source>People added</source>
        <translation>Personnes ajoutées</translation>
    </message>
    <message>
        <source>Row {line} ({login}): {reason}</source>
        <translation>Ligne {line} ({login}) : {reason}</translation>
    </message>
    <message>
        <source>no login</source>
        <translation>aucun identifiant</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Tab-separated, to paste into a spreadsheet</source>
        <translation>Séparé par des tabulations, à coller dans un tableur</translation>
    </message>
</context>
<context>
    <name>PeopleListImport</name>
    <message>
        <source>A list of people</source>
        <translation>Une liste de personnes</translation>
    </message>
    <message>
        <source>Adding the people of {file}…</source>
        <translation>Ajout des personnes de {file}…</translation>
    </message>
    <message>
        <source>Adding… row {line} done</source>
        <translation>Ajout… ligne {line} faite</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <source>E&amp;xport person data…</source>
        <translation>E&amp;xporter les données de la personne…</translation>
    </message>
    <message>
        <source>Every row about the person, as JSON in a zip</source>
        <translation>Toutes les lignes concernant la personne, en JSON dans un zip</translation>
    </message>
    <message>
        <source>&amp;Erase person…</source>
        <translation>&amp;Effacer la personne…</translation>
    </message>
    <message>
        <source>Ask for &amp;erasure…</source>
        <translation>Demander l&apos;&amp;effacement…</translation>
    </message>
    <message>
        <source>Export the person&apos;s data</source>
        <translation>Exporter les données de la personne</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Zip (*.zip)</translation>
    </message>
    <message>
        <source>{rows} about {leads} written to {path}</source>
        <translation>{rows} concernant {leads} écrites dans {path}</translation>
    </message>
    <message>
        <source>Erasure requested for {leads}; an administrator erases it</source>
        <translation>Effacement demandé pour {leads} ; un administrateur l&apos;efface</translation>
    </message>
    <message>
        <source>Erased: {leads}, {rows} replaced, {files} shredded; phone and e-mail stay on the do-not-call list as hashes</source>
        <translation>Effacé : {leads}, {rows} remplacées, {files} détruits ; le téléphone et l&apos;e-mail restent sur la liste d&apos;opposition sous forme de hachages</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Unexpected problem: {kind}</source>
        <translation>Problème inattendu : {kind}</translation>
    </message>
</context>
<context>
    <name>PublishBar</name>
    <message>
        <source>Week to publish</source>
        <translation>Semaine à publier</translation>
    </message>
    <message>
        <source>Dr&amp;y run</source>
        <translation>S&amp;imulation</translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing</source>
        <translation>Indiquer ce qui serait envoyé ; ne rien envoyer</translation>
    </message>
    <message>
        <source>&amp;Publish scorecards</source>
        <translation>&amp;Publier les bilans</translation>
    </message>
    <message>
        <source>E-mail last week&apos;s scorecards to every partner and channel manager, and the summary of who is not reporting to the supervisors; never twice for one week</source>
        <translation>Envoyer par e-mail les bilans de la semaine dernière à chaque partenaire et responsable de canal, et aux superviseurs le résumé de ceux qui ne font pas de retour ; jamais deux fois pour une même semaine</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>Se&amp;maine</translation>
    </message>
    <message>
        <source>Weekly publication:</source>
        <translation>Publication hebdomadaire :</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Partenaires sans retour</translation>
    </message>
    <message>
        <source>Working out the scorecards…</source>
        <translation>Calcul des bilans…</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Not reporting: {partner} ({share}, routing weight {before} → {now})</source>
        <translation>Sans retour : {partner} ({share}, poids de routage {before} → {now})</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Choisissez un chiffre : les noms ne représentent pas des leads</translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <source>Question key</source>
        <translation>Clé de la question</translation>
    </message>
    <message>
        <source>Question text</source>
        <translation>Texte de la question</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>Re&amp;quired</source>
        <translation>Obli&amp;gatoire</translation>
    </message>
    <message>
        <source>the screen&apos;s dimension</source>
        <translation>la dimension de l&apos;écran</translation>
    </message>
    <message>
        <source>Points count for</source>
        <translation>Les points comptent pour</translation>
    </message>
    <message>
        <source>Question asked of</source>
        <translation>Question posée à</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Add &amp;choice</source>
        <translation>Ajouter un &amp;choix</translation>
    </message>
    <message>
        <source>Remove c&amp;hoice</source>
        <translation>Supprimer le c&amp;hoix</translation>
    </message>
    <message>
        <source>at least:points, e.g. 500:10, 100:5</source>
        <translation>au moins:points, p. ex. 500:10, 100:5</translation>
    </message>
    <message>
        <source>Point bands</source>
        <translation>Tranches de points</translation>
    </message>
    <message>
        <source>Question problems</source>
        <translation>Problèmes de la question</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Points pour</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Posée à</translation>
    </message>
</context>
<context>
    <name>QueueOverview</name>
    <message>
        <source>Shared lead queue</source>
        <translation>File de leads partagée</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{plural} in the refinery</source>
        <translation>{plural} dans la raffinerie</translation>
    </message>
    <message>
        <source>Could not load the queue: {message}</source>
        <translation>Impossible de charger la file : {message}</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Next lead  (Ctrl+N)</source>
        <translation>Lead s&amp;uivant  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Lead suivant</translation>
    </message>
    <message>
        <source>Queue status</source>
        <translation>État de la file</translation>
    </message>
    <message>
        <source>My callbacks</source>
        <translation>Mes rappels</translation>
    </message>
    <message>
        <source>DUE · </source>
        <translation>À FAIRE · </translation>
    </message>
    <message>
        <source>No callbacks for you</source>
        <translation>Aucun rappel pour vous</translation>
    </message>
    <message>
        <source>{eligible} leads eligible for you now</source>
        <translation>{eligible} leads disponibles pour vous maintenant</translation>
    </message>
    <message>
        <source>Nothing eligible now; the next lead becomes eligible at {when} your time</source>
        <translation>Rien de disponible maintenant ; le prochain lead sera disponible {when} (votre heure)</translation>
    </message>
    <message>
        <source>Nothing eligible now</source>
        <translation>Rien de disponible maintenant</translation>
    </message>
    <message>
        <source>Nothing is waiting in your queues</source>
        <translation>Rien n&apos;attend dans vos files</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n autre)</numerusform>
            <numerusform> (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back: </source>
        <translation>Retenus : </translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>New &amp;queue</source>
        <translation>Nouvelle &amp;file</translation>
    </message>
    <message>
        <source>e.g. SMB West</source>
        <translation>p. ex. PME Ouest</translation>
    </message>
    <message>
        <source>Higher first: a rep&apos;s next lead comes from the highest queue</source>
        <translation>La plus haute d&apos;abord : le lead suivant d&apos;un agent vient de la file la plus prioritaire</translation>
    </message>
    <message>
        <source>&amp;Remove queue…</source>
        <translation>S&amp;upprimer la file…</translation>
    </message>
    <message>
        <source>Queue na&amp;me</source>
        <translation>No&amp;m de la file</translation>
    </message>
    <message>
        <source>&amp;Under team</source>
        <translation>&amp;Dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Worked by</source>
        <translation>&amp;Traitée par</translation>
    </message>
    <message>
        <source>What happened to the queue</source>
        <translation>Ce qu&apos;il est advenu de la file</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to the queue</source>
        <translation>Aucune règle de score n&apos;envoie de leads à la file</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sans équipe</translation>
    </message>
    <message>
        <source>Space ticks or unticks the person under the cursor</source>
        <translation>Espace coche ou décoche la personne sous le curseur</translation>
    </message>
    <message>
        <source>A new queue is worked by its team&apos;s reps; change it after saving</source>
        <translation>Une nouvelle file est traitée par les agents de son équipe ; modifiez cela après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>No scoring rule routes leads to queue {name}: imports never fill it until the rules name it (Scoring rules area).</source>
        <translation>Aucune règle de score n&apos;envoie de leads à la file {name} : les imports ne la rempliront pas tant que les règles ne la nomment pas (zone Règles de score).</translation>
    </message>
    <message>
        <source>New queue</source>
        <translation>Nouvelle file</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Queue {name}</source>
        <translation>File {name}</translation>
    </message>
    <message>
        <source>Queue {name} is added.</source>
        <translation>La file {name} est ajoutée.</translation>
    </message>
    <message>
        <source>Queue {name} is saved.</source>
        <translation>La file {name} est enregistrée.</translation>
    </message>
    <message>
        <source>Sa&amp;ve queue</source>
        <translation>&amp;Enregistrer la file</translation>
    </message>
    <message>
        <source>Remove queue</source>
        <translation>Supprimer la file</translation>
    </message>
    <message>
        <source>Remove the queue {name}? It holds no leads; nobody works it any more.</source>
        <translation>Supprimer la file {name} ? Elle ne contient aucun lead ; plus personne ne la traite.</translation>
    </message>
    <message>
        <source>; {leads} moved to {queue}</source>
        <translation>; {leads} déplacé(s) vers {queue}</translation>
    </message>
    <message>
        <source>Queue {name} is removed{where}.</source>
        <translation>La file {name} est supprimée{where}.</translation>
    </message>
</context>
<context>
    <name>RegistryImportPanel</name>
    <message>
        <source>Loading the registries…</source>
        <translation>Chargement des registres…</translation>
    </message>
    <message>
        <source>one number a line, or CSV with a number column</source>
        <translation>un numéro par ligne, ou un CSV avec une colonne de numéros</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Snapshot taken on</source>
        <translation>Instantané pris le</translation>
    </message>
    <message>
        <source>Import a national registry snapshot</source>
        <translation>Importer un instantané de registre national</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;porter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Taken o&amp;n</source>
        <translation>Pris &amp;le</translation>
    </message>
    <message>
        <source>&amp;Load it although it holds far fewer numbers</source>
        <translation>Le &amp;charger bien qu’il contienne beaucoup moins de numéros</translation>
    </message>
    <message>
        <source>Registry import progress</source>
        <translation>Progression de l&apos;import du registre</translation>
    </message>
    <message>
        <source>Registry snapshot</source>
        <translation>Instantané du registre</translation>
    </message>
    <message>
        <source>No national registry imported yet</source>
        <translation>Aucun registre national importé pour l&apos;instant</translation>
    </message>
    <message>
        <source>STALE: claims blocked</source>
        <translation>PÉRIMÉ : prises bloquées</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>{name}: honoured, never imported · {fresh}</source>
        <translation>{name} : respecté, jamais importé · {fresh}</translation>
    </message>
    <message>
        <source>{name}: {taken_on}, {age} / {max_age} days, {entries} numbers · {fresh}</source>
        <translation>{name} : {taken_on}, {age} / {max_age} jours, {entries} numéros · {fresh}</translation>
    </message>
    <message>
        <source>choose the registry file</source>
        <translation>choisissez le fichier du registre</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 numbers read; stored when the whole file has been read</source>
        <translation>%1 numéros lus ; enregistrés une fois le fichier entièrement lu</translation>
    </message>
    <message>
        <source>%1 registry of %2: %3 numbers from %4 lines; claims follow it now</source>
        <translation>Registre %1 du %2 : %3 numéros sur %4 lignes ; les prises le suivent désormais</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
</context>
<context>
    <name>RepBoard</name>
    <message>
        <source>Team board</source>
        <translation>Tableau de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>{items} of {leads}</source>
        <translation>{items} sur {leads}</translation>
    </message>
    <message>
        <source>{counted}, {amount}</source>
        <translation>{counted}, {amount}</translation>
    </message>
    <message>
        <source>Cost is the campaign&apos;s spend, not leads</source>
        <translation>Le coût est la dépense de la campagne, pas des leads</translation>
    </message>
    <message>
        <source>Choose a figure: names do not stand for leads</source>
        <translation>Choisissez un chiffre : les noms ne représentent pas des leads</translation>
    </message>
</context>
<context>
    <name>ReportsArea</name>
    <message>
        <source>Conversion per rep</source>
        <translation>Conversion par agent</translation>
    </message>
    <message>
        <source>Conversion per campaign</source>
        <translation>Conversion par campagne</translation>
    </message>
    <message>
        <source>Conversion per partner</source>
        <translation>Conversion par partenaire</translation>
    </message>
    <message>
        <source>Status by region</source>
        <translation>Statut par région</translation>
    </message>
    <message>
        <source>Status by team</source>
        <translation>Statut par équipe</translation>
    </message>
    <message>
        <source>Status by rep</source>
        <translation>Statut par agent</translation>
    </message>
    <message>
        <source>Status by channel manager</source>
        <translation>Statut par responsable de canal</translation>
    </message>
    <message>
        <source>Status by partner</source>
        <translation>Statut par partenaire</translation>
    </message>
    <message>
        <source>Status by partner rep</source>
        <translation>Statut par commercial du partenaire</translation>
    </message>
    <message>
        <source>Check calls per partner and partner rep</source>
        <translation>Appels de contrôle par partenaire et commercial du partenaire</translation>
    </message>
    <message>
        <source>Check calls per rep</source>
        <translation>Appels de contrôle par agent</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;All time</source>
        <translation>&amp;Toute la période</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre d&apos;équipe</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtre de campagne</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Exporter en &amp;XLSX…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Tableau du rapport</translation>
    </message>
    <message>
        <source>This report per group</source>
        <translation>Ce rapport par groupe</translation>
    </message>
    <message>
        <source>Funnel: claimed → won</source>
        <translation>Entonnoir : pris → gagnés</translation>
    </message>
    <message>
        <source>Trend per day</source>
        <translation>Tendance par jour</translation>
    </message>
    <message>
        <source>Sales-ready and won per rep</source>
        <translation>Prêts pour la vente et gagnés par agent</translation>
    </message>
    <message>
        <source>This report</source>
        <translation>Ce rapport</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Per rep</source>
        <translation>Par agent</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>toutes les équipes</translation>
    </message>
    <message>
        <source>all campaigns</source>
        <translation>toutes les campagnes</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>{summary} behind {title}</source>
        <translation>{summary} derrière {title}</translation>
    </message>
    <message>
        <source>{title} · {period} · {plural}</source>
        <translation>{title} · {period} · {plural}</translation>
    </message>
    <message>
        <source>{plural} exported to {path}</source>
        <translation>{plural} exportés vers {path}</translation>
    </message>
    <message>
        <source>Opening the leads…</source>
        <translation>Ouverture des leads…</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Export {upper}</source>
        <translation>Exporter en {upper}</translation>
    </message>
</context>
<context>
    <name>RetryPanel</name>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{text} is not a whole number of {what}</source>
        <translation>{text} n&apos;est pas un nombre entier de {what}</translation>
    </message>
    <message>
        <source>calls per lead before nurture</source>
        <translation>appels par lead avant la maturation</translation>
    </message>
    <message>
        <source>e.g. 120, 240, 1440 (the last repeats; empty: no more calls)</source>
        <translation>p. ex. 120, 240, 1440 (le dernier se répète ; vide : plus d&apos;appels)</translation>
    </message>
    <message>
        <source>days until a nurtured lead is called again</source>
        <translation>jours avant qu&apos;un lead en maturation soit rappelé</translation>
    </message>
    <message>
        <source>optional: why (kept in the audit log)</source>
        <translation>facultatif : pourquoi (conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Retries after a call that reached nobody</source>
        <translation>Nouvelles tentatives après un appel qui n&apos;a joint personne</translation>
    </message>
    <message>
        <source>&amp;Update retries</source>
        <translation>&amp;Mettre à jour les nouvelles tentatives</translation>
    </message>
    <message>
        <source>Ma&amp;x attempts</source>
        <translation>Tentatives ma&amp;x</translation>
    </message>
    <message>
        <source>Nurture &amp;for, days</source>
        <translation>Maturation &amp;pendant, jours</translation>
    </message>
    <message>
        <source>Why (retries)</source>
        <translation>Pourquoi (nouvelles tentatives)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retry rules status</source>
        <translation>État des règles de nouvelle tentative</translation>
    </message>
    <message>
        <source>No answer, m&amp;inutes</source>
        <translation>Pas de réponse, m&amp;inutes</translation>
    </message>
    <message>
        <source>&amp;Busy, minutes</source>
        <translation>&amp;Occupé, minutes</translation>
    </message>
    <message>
        <source>Voicemail &amp;left, minutes</source>
        <translation>M&amp;essage laissé, minutes</translation>
    </message>
    <message>
        <source>Wron&amp;g number, minutes</source>
        <translation>Mauvais numé&amp;ro, minutes</translation>
    </message>
    <message>
        <source>Bad number, minutes</source>
        <translation>Numéro invalide, minutes</translation>
    </message>
    <message>
        <source>Not saved in the database yet: each workstation follows its settings file. Saving makes these the rules of every workstation.</source>
        <translation>Pas encore enregistrées dans la base de données : chaque poste suit son fichier de réglages. L&apos;enregistrement en fait les règles de tous les postes.</translation>
    </message>
    <message>
        <source>Shared by every workstation; saved {when} UTC by {who}.</source>
        <translation>Partagées par tous les postes ; enregistrées le {when} UTC par {who}.</translation>
    </message>
    <message>
        <source>This workstation&apos;s settings file sets its own: {names}.</source>
        <translation>Le fichier de réglages de ce poste fixe les siennes : {names}.</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>appels</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Saved: the next call outcome follows these rules.</source>
        <translation>Enregistré : le prochain résultat d&apos;appel suit ces règles.</translation>
    </message>
</context>
<context>
    <name>RoutingStep</name>
    <message>
        <source>Proposed partner</source>
        <translation>Partenaire proposé</translation>
    </message>
    <message>
        <source>Why this partner</source>
        <translation>Pourquoi ce partenaire</translation>
    </message>
    <message>
        <source>&amp;Confirm and send  (Ctrl+Enter)</source>
        <translation>&amp;Confirmer et envoyer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Confirm the proposed partner</source>
        <translation>Confirmer le partenaire proposé</translation>
    </message>
    <message>
        <source>Choose an&amp;other…</source>
        <translation>Choisir un &amp;autre…</translation>
    </message>
    <message>
        <source>Choose another partner, with a reason</source>
        <translation>Choisir un autre partenaire, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Leave the lead ready for a partner</source>
        <translation>Laisser le lead prêt pour un partenaire</translation>
    </message>
    <message>
        <source>Not for a partner: the prospect said no</source>
        <translation>Pas pour un partenaire : le prospect a refusé</translation>
    </message>
    <message>
        <source>No partner can take it now</source>
        <translation>Aucun partenaire ne peut le prendre maintenant</translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message>
        <source>Sales-ready leads that have no partner yet: new ones, rejected ones, and those whose partner let the SLA run out with nobody else eligible.</source>
        <translation>Leads prêts pour la vente qui n&apos;ont pas encore de partenaire : les nouveaux, les refusés, et ceux dont le partenaire a laissé expirer le SLA sans autre partenaire éligible.</translation>
    </message>
    <message>
        <source>Waiting leads</source>
        <translation>Leads en attente</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>&amp;Choose partner…</source>
        <translation>C&amp;hoisir un partenaire…</translation>
    </message>
    <message>
        <source>Route &amp;all</source>
        <translation>&amp;Router tout</translation>
    </message>
    <message>
        <source>Routing…</source>
        <translation>Routage…</translation>
    </message>
    <message>
        <source>(no eligible partner)</source>
        <translation>(aucun partenaire éligible)</translation>
    </message>
    <message>
        <source>{plural} waiting for a partner</source>
        <translation>{plural} en attente d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Routed {plural}; {waiting} still wait</source>
        <translation>{plural} routés ; {waiting} attendent encore</translation>
    </message>
    <message>
        <source>. {count} queued for e-mail: the outbox sweep sends them</source>
        <translation>. {count} en attente d&apos;envoi par e-mail : le balayage de la boîte d&apos;envoi les envoie</translation>
    </message>
    <message>
        <source>. {count} awaiting delivery in the outbox: no mail server is configured, their SLAs have not started</source>
        <translation>. {count} en attente d&apos;envoi dans la boîte d&apos;envoi : aucun serveur de messagerie n&apos;est configuré, leurs SLA n&apos;ont pas démarré</translation>
    </message>
    <message>
        <source>Select a lead first.</source>
        <translation>Sélectionnez d&apos;abord un lead.</translation>
    </message>
</context>
<context>
    <name>SaferOutcomes</name>
    <message>
        <source>There is no outcome to undo: only the last one, within 30 s.</source>
        <translation>Aucun résultat à annuler : seulement le dernier, dans les 30 s.</translation>
    </message>
    <message>
        <source>Lead {open} is open with your work on it: save it first. Lead {saved} can no longer be undone from here.</source>
        <translation>Le lead {open} est ouvert avec votre travail : enregistrez-le d&apos;abord. Le lead {saved} ne peut plus être annulé d&apos;ici.</translation>
    </message>
    <message>
        <source>Outcome undone: lead {lead} is yours again, as it was before saving.</source>
        <translation>Résultat annulé : le lead {lead} est de nouveau à vous, tel qu&apos;avant l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Could not undo: {problem}</source>
        <translation>Impossible d&apos;annuler : {problem}</translation>
    </message>
    <message>
        <source>Undoing the outcome of lead {lead_id}…</source>
        <translation>Annulation du résultat du lead {lead_id}…</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <source>At least employees</source>
        <translation>Employés au moins</translation>
    </message>
    <message>
        <source>the first size reached, from the largest</source>
        <translation>la première taille atteinte, en partant de la plus grande</translation>
    </message>
    <message>
        <source>Industry contains</source>
        <translation>Le secteur contient</translation>
    </message>
    <message>
        <source>the first keyword found in the industry</source>
        <translation>le premier mot-clé trouvé dans le secteur</translation>
    </message>
    <message>
        <source>Title word</source>
        <translation>Mot de la fonction</translation>
    </message>
    <message>
        <source>the first word or phrase found in the title</source>
        <translation>le premier mot ou la première expression trouvé dans la fonction</translation>
    </message>
    <message>
        <source>Interest contains</source>
        <translation>L&apos;intérêt contient</translation>
    </message>
    <message>
        <source>the first keyword found</source>
        <translation>le premier mot-clé trouvé</translation>
    </message>
    <message>
        <source>Source contains</source>
        <translation>La source contient</translation>
    </message>
    <message>
        <source>the first keyword found in the source</source>
        <translation>le premier mot-clé trouvé dans la source</translation>
    </message>
    <message>
        <source>Inquired within days</source>
        <translation>Demande depuis moins de (jours)</translation>
    </message>
    <message>
        <source>the first limit not exceeded, from the shortest</source>
        <translation>la première limite non dépassée, en partant de la plus courte</translation>
    </message>
    <message>
        <source>At least touches</source>
        <translation>Contacts au moins</translation>
    </message>
    <message>
        <source>the first count reached, from the highest</source>
        <translation>le premier nombre atteint, en partant du plus élevé</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Employés</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Product interest</source>
        <translation>Intérêt produit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Recency days</source>
        <translation>Ancienneté (jours)</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Enterprise from &amp;employees</source>
        <translation>Grande entreprise à partir de (&amp;employés)</translation>
    </message>
    <message>
        <source>or annual re&amp;venue</source>
        <translation>ou chiffre d&apos;affaires a&amp;nnuel</translation>
    </message>
    <message>
        <source>Enterprise from employees</source>
        <translation>Grande entreprise à partir de (employés)</translation>
    </message>
    <message>
        <source>Enterprise from annual revenue</source>
        <translation>Grande entreprise à partir du chiffre d&apos;affaires annuel</translation>
    </message>
    <message>
        <source>Point table</source>
        <translation>Table de points</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Re&amp;move row</source>
        <translation>Su&amp;pprimer la ligne</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>Règles de file</translation>
    </message>
    <message>
        <source>Add q&amp;ueue rule</source>
        <translation>Ajouter une règle de &amp;file</translation>
    </message>
    <message>
        <source>Remove queue ru&amp;le</source>
        <translation>Supprimer la &amp;règle de file</translation>
    </message>
    <message>
        <source>Rule u&amp;p</source>
        <translation>Règle vers le &amp;haut</translation>
    </message>
    <message>
        <source>Rule d&amp;own</source>
        <translation>Règle vers le &amp;bas</translation>
    </message>
    <message>
        <source>Scoring form problems</source>
        <translation>Problèmes du formulaire de score</translation>
    </message>
    <message>
        <source>Point &amp;table</source>
        <translation>&amp;Table de points</translation>
    </message>
    <message>
        <source>Queue rules, first match wins: empty cells match anything; lists are comma-separated (countries US, CA; regions US-FL). The last rule should match everything.</source>
        <translation>Règles de file, la première qui correspond l&apos;emporte : les cellules vides correspondent à tout ; les listes sont séparées par des virgules (pays US, CA ; régions US-FL). La dernière règle devrait tout couvrir.</translation>
    </message>
    <message>
        <source>Points for {reading}.</source>
        <translation>Points pour {reading}.</translation>
    </message>
    <message>
        <source>The Enterprise thresholds must be numbers</source>
        <translation>Les seuils Grande entreprise doivent être des nombres</translation>
    </message>
    <message>
        <source>Row {row}: {column} and whole points, please</source>
        <translation>Ligne {row} : {column} et des points entiers, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Queue rule {row} needs a queue</source>
        <translation>La règle de file {row} doit avoir une file</translation>
    </message>
</context>
<context>
    <name>ScoringRulesArea</name>
    <message>
        <source>Scoring rules versions</source>
        <translation>Versions des règles de score</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Scoring rules JSON</source>
        <translation>JSON des règles de score</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Choisissez une version à modifier</translation>
    </message>
    <message>
        <source>Scoring rules problems</source>
        <translation>Problèmes des règles de score</translation>
    </message>
    <message>
        <source>The effect on the queue shows here once the rules validate.</source>
        <translation>L&apos;effet sur la file s&apos;affiche ici une fois les règles valides.</translation>
    </message>
    <message>
        <source>Effect of the rules</source>
        <translation>Effet des règles</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>ce qui change et pourquoi (conservé dans l&apos;audit)</translation>
    </message>
    <message>
        <source>Preview, then apply</source>
        <translation>Aperçu, puis application</translation>
    </message>
    <message>
        <source>&amp;Apply and rescore</source>
        <translation>Appl&amp;iquer et renoter</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Po&amp;urquoi</translation>
    </message>
    <message>
        <source>Effect on queued leads not yet worked</source>
        <translation>Effet sur les leads en file pas encore traités</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Pas du JSON : {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>The rules must be a JSON object</source>
        <translation>Les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Non valide :</translation>
    </message>
    <message>
        <source>Valid: previewing the effect on the queue…</source>
        <translation>Valides : aperçu de l&apos;effet sur la file…</translation>
    </message>
    <message>
        <source>Counting the leads that would change…</source>
        <translation>Comptage des leads qui changeraient…</translation>
    </message>
    <message>
        <source>Valid: see the effect before applying</source>
        <translation>Valides : voyez l&apos;effet avant d&apos;appliquer</translation>
    </message>
    <message>
        <source>Nothing to preview until the rules validate.</source>
        <translation>Aucun aperçu tant que les règles ne sont pas valides.</translation>
    </message>
    <message>
        <source>Wait for the preview of these rules before applying</source>
        <translation>Attendez l&apos;aperçu de ces règles avant d&apos;appliquer</translation>
    </message>
    <message>
        <source>Apply again to replace version {version} with these rules</source>
        <translation>Appliquez à nouveau pour remplacer la version {version} par ces règles</translation>
    </message>
    <message>
        <source>Applied as version {version}</source>
        <translation>Appliquées comme version {version}</translation>
    </message>
    <message>
        <source>Version {version} already says this; nothing saved</source>
        <translation>La version {version} dit déjà cela ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Rescored {examined} queued leads: {changed} changed, {moved} moved to another queue.</source>
        <translation>{examined} leads en file renotés : {changed} modifiés, {moved} déplacés vers une autre file.</translation>
    </message>
</context>
<context>
    <name>ScriptFiles</name>
    <message>
        <source>{name} is not a script (a JSON object)</source>
        <translation>{name} n&apos;est pas un script (un objet JSON)</translation>
    </message>
    <message>
        <source>cannot write {name}: {problem}</source>
        <translation>impossible d&apos;écrire {name} : {problem}</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer JSON…</translation>
    </message>
    <message>
        <source>E&amp;xport JSON…</source>
        <translation>E&amp;xporter JSON…</translation>
    </message>
    <message>
        <source>Import a script</source>
        <translation>Importer un script</translation>
    </message>
    <message>
        <source>Export the script</source>
        <translation>Exporter le script</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>Écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>ScriptForm</name>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Script name</source>
        <translation>Nom du script</translation>
    </message>
    <message>
        <source>Tit&amp;le</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Script title</source>
        <translation>Titre du script</translation>
    </message>
    <message>
        <source>Nurture af&amp;ter</source>
        <translation>&amp;Maturation après</translation>
    </message>
    <message>
        <source>Default recycle months</source>
        <translation>Mois de recyclage par défaut</translation>
    </message>
    <message>
        <source>Script problems</source>
        <translation>Problèmes du script</translation>
    </message>
    <message>
        <source>Screens and questions</source>
        <translation>Écrans et questions</translation>
    </message>
    <message>
        <source>Pass rules and grades</source>
        <translation>Règles de réussite et notes</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>&amp;Add screen</source>
        <translation>Ajout&amp;er un écran</translation>
    </message>
    <message>
        <source>&amp;Remove screen</source>
        <translation>Supprimer &amp;l&apos;écran</translation>
    </message>
    <message>
        <source>Screen u&amp;p</source>
        <translation>Écran vers le &amp;haut</translation>
    </message>
    <message>
        <source>Screen d&amp;own</source>
        <translation>Écran vers le &amp;bas</translation>
    </message>
    <message>
        <source>Screen key</source>
        <translation>Clé de l&apos;écran</translation>
    </message>
    <message>
        <source>Screen title</source>
        <translation>Titre de l&apos;écran</translation>
    </message>
    <message>
        <source>What the rep says</source>
        <translation>Ce que dit l&apos;agent</translation>
    </message>
    <message>
        <source>no points</source>
        <translation>aucun point</translation>
    </message>
    <message>
        <source>Screen points count for</source>
        <translation>Les points de l&apos;écran comptent pour</translation>
    </message>
    <message>
        <source>Screen shown to</source>
        <translation>Écran affiché pour</translation>
    </message>
    <message>
        <source>Screen problems</source>
        <translation>Problèmes de l&apos;écran</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add q&amp;uestion</source>
        <translation>Ajouter une &amp;question</translation>
    </message>
    <message>
        <source>Remo&amp;ve question</source>
        <translation>Su&amp;pprimer la question</translation>
    </message>
    <message>
        <source>Question up</source>
        <translation>Question vers le haut</translation>
    </message>
    <message>
        <source>Question down</source>
        <translation>Question vers le bas</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Rep says</source>
        <translation>L&apos;agent dit</translation>
    </message>
    <message>
        <source>Points to</source>
        <translation>Points pour</translation>
    </message>
    <message>
        <source>Shown to</source>
        <translation>Affiché pour</translation>
    </message>
    <message>
        <source>Screens, in order</source>
        <translation>Écrans, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>Questions of the screen</source>
        <translation>Questions de l&apos;écran</translation>
    </message>
    <message>
        <source>New screen</source>
        <translation>Nouvel écran</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>choix unique</translation>
    </message>
    <message>
        <source>multiple choice</source>
        <translation>choix multiple</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>montant</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>every segment</source>
        <translation>tous les segments</translation>
    </message>
    <message>
        <source>SMB only</source>
        <translation>PME uniquement</translation>
    </message>
    <message>
        <source>Enterprise only</source>
        <translation>Grandes entreprises uniquement</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Délai</translation>
    </message>
</context>
<context>
    <name>ScriptPreview</name>
    <message>
        <source>Alex Sample</source>
        <translation>Alex Exemple</translation>
    </message>
    <message>
        <source>Alex</source>
        <translation>Alex</translation>
    </message>
    <message>
        <source>Sample Company</source>
        <translation>Société Exemple</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Next screen</source>
        <translation>&amp;Écran suivant</translation>
    </message>
    <message>
        <source>R&amp;estart</source>
        <translation>&amp;Recommencer</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Preview: nothing to walk</source>
        <translation>Aperçu : rien à parcourir</translation>
    </message>
    <message>
        <source>Preview — {title} ({join})</source>
        <translation>Aperçu — {title} ({join})</translation>
    </message>
    <message>
        <source>Required: {value}</source>
        <translation>Obligatoire : {value}</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminé plus tôt</translation>
    </message>
    <message>
        <source>ended: call back</source>
        <translation>terminé : rappeler</translation>
    </message>
    <message>
        <source>after the last screen</source>
        <translation>après le dernier écran</translation>
    </message>
    <message>
        <source>The script {how}. {text}</source>
        <translation>Le script {how}. {text}</translation>
    </message>
    <message>
        <source>Preview — done ({join})</source>
        <translation>Aperçu — terminé ({join})</translation>
    </message>
</context>
<context>
    <name>ScriptView</name>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Script screen</source>
        <translation>Écran du script</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Retour</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Écran précédent du script</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Suivant ›</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Écran suivant du script</translation>
    </message>
    <message>
        <source>Answer the script to see the grade</source>
        <translation>Répondez au script pour voir la note</translation>
    </message>
    <message>
        <source>Grade and recommendation</source>
        <translation>Note et recommandation</translation>
    </message>
    <message>
        <source>  — earlier answer: confirm or change it</source>
        <translation>  — réponse précédente : confirmez-la ou modifiez-la</translation>
    </message>
    <message>
        <source>{title} — screen {value} of {len}</source>
        <translation>{title} — écran {value} sur {len}</translation>
    </message>
    <message>
        <source>Points so far: {points}</source>
        <translation>Points jusqu&apos;ici : {points}</translation>
    </message>
</context>
<context>
    <name>ScriptsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Choose a version to edit</source>
        <translation>Choisissez une version à modifier</translation>
    </message>
    <message>
        <source>what changes and why (kept in the audit)</source>
        <translation>ce qui change et pourquoi (conservé dans l&apos;audit)</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>Po&amp;urquoi</translation>
    </message>
    <message>
        <source>Script versions</source>
        <translation>Versions du script</translation>
    </message>
    <message>
        <source>Script JSON</source>
        <translation>JSON du script</translation>
    </message>
    <message>
        <source>Save new version</source>
        <translation>Enregistrer la nouvelle version</translation>
    </message>
    <message>
        <source>Imported; not saved until Save new version</source>
        <translation>Importé ; pas enregistré avant « Enregistrer la nouvelle version »</translation>
    </message>
    <message>
        <source>Not JSON: {problem} at line {line}, column {column}</source>
        <translation>Pas du JSON : {problem} à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Does not validate:</source>
        <translation>Non valide :</translation>
    </message>
    <message>
        <source>Valid: {screens}, every path ends</source>
        <translation>Valide : {screens}, chaque parcours se termine</translation>
    </message>
    <message>
        <source>Save new version again to replace {name} v{version} with this text</source>
        <translation>Enregistrez à nouveau une nouvelle version pour remplacer {name} v{version} par ce texte</translation>
    </message>
    <message>
        <source>Saved as {name} v{version}: new leads get it</source>
        <translation>Enregistré comme {name} v{version} : les nouveaux leads l&apos;utilisent</translation>
    </message>
    <message>
        <source>{name} v{version} already says this; nothing saved</source>
        <translation>{name} v{version} dit déjà cela ; rien n&apos;a été enregistré</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>SMB</source>
        <translation>PME</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Any segment</source>
        <translation>Tout segment</translation>
    </message>
</context>
<context>
    <name>ServiceCalls</name>
    <message>
        <source>Connection lost, your work is kept: the database cannot be reached while {doing} ({problem}). Nothing you typed is lost; trying again in {seconds} s (attempt {attempt}).</source>
        <translation>Connexion perdue, votre travail est conservé : la base de données est inaccessible pendant {doing} ({problem}). Rien de ce que vous avez saisi n&apos;est perdu ; nouvel essai dans {seconds} s (essai {attempt}).</translation>
    </message>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Réessayer maintenant</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Next tab inside the area</source>
        <translation>Onglet suivant dans la zone</translation>
    </message>
    <message>
        <source>Previous tab inside the area</source>
        <translation>Onglet précédent dans la zone</translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation>Lead suivant</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Undo the last outcome (30 s)</source>
        <translation>Annuler le dernier résultat (30 s)</translation>
    </message>
    <message>
        <source>Next script screen</source>
        <translation>Écran suivant du script</translation>
    </message>
    <message>
        <source>Previous script screen</source>
        <translation>Écran précédent du script</translation>
    </message>
    <message>
        <source>Restart call timer</source>
        <translation>Relancer le chronomètre d&apos;appel</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (starts the call timer)</source>
        <translation>Appeler le numéro du lead (démarre le chronomètre d&apos;appel)</translation>
    </message>
    <message>
        <source>Hang up (stops the call timer)</source>
        <translation>Raccrocher (arrête le chronomètre d&apos;appel)</translation>
    </message>
    <message>
        <source>My state: Ready, break, lunch, training…</source>
        <translation>Mon état : Disponible, pause, déjeuner, formation…</translation>
    </message>
    <message>
        <source>My figures today and this week</source>
        <translation>Mes chiffres du jour et de la semaine</translation>
    </message>
    <message>
        <source>Find a lead (phone, e-mail, name, company)</source>
        <translation>Rechercher un lead (téléphone, e-mail, nom, entreprise)</translation>
    </message>
    <message>
        <source>Go to the phone number</source>
        <translation>Aller au numéro de téléphone</translation>
    </message>
    <message>
        <source>Go to the e-mail</source>
        <translation>Aller à l&apos;e-mail</translation>
    </message>
    <message>
        <source>Take the e-mail address the card suggests</source>
        <translation>Reprendre l’adresse e-mail suggérée par la fiche</translation>
    </message>
    <message>
        <source>No contact: no answer</source>
        <translation>Pas de contact : pas de réponse</translation>
    </message>
    <message>
        <source>No contact: busy</source>
        <translation>Pas de contact : occupé</translation>
    </message>
    <message>
        <source>No contact: voicemail left</source>
        <translation>Pas de contact : message laissé</translation>
    </message>
    <message>
        <source>No contact: wrong number</source>
        <translation>Pas de contact : mauvais numéro</translation>
    </message>
    <message>
        <source>No contact: bad number</source>
        <translation>Pas de contact : numéro invalide</translation>
    </message>
    <message>
        <source>Outcome: Sales-ready</source>
        <translation>Résultat : prêt pour la vente</translation>
    </message>
    <message>
        <source>Outcome: Callback</source>
        <translation>Résultat : rappel</translation>
    </message>
    <message>
        <source>Outcome: Nurture</source>
        <translation>Résultat : maturation</translation>
    </message>
    <message>
        <source>Outcome: Disqualify</source>
        <translation>Résultat : disqualifier</translation>
    </message>
    <message>
        <source>Outcome: Do not call…</source>
        <translation>Résultat : ne pas appeler…</translation>
    </message>
    <message>
        <source>Export the audit rows shown (CSV)</source>
        <translation>Exporter les lignes d&apos;audit affichées (CSV)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>SlaSweep</name>
    <message>
        <source>SLA sweep: {said}</source>
        <translation>Balayage des SLA : {said}</translation>
    </message>
    <message>
        <source>SLA sweep failed: {problem}</source>
        <translation>Échec du balayage des SLA : {problem}</translation>
    </message>
</context>
<context>
    <name>StaleTab</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>No news for at least</source>
        <translation>Sans nouvelles depuis au moins</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Partners not reporting</source>
        <translation>Partenaires sans retour</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Open handoffs with no news from the partner for at least</source>
        <translation>Transmissions ouvertes sans nouvelles du partenaire depuis au moins</translation>
    </message>
    <message>
        <source>Partners that report get more leads: this measure is part of their weight.</source>
        <translation>Les partenaires qui font des retours reçoivent plus de leads : cette mesure entre dans leur poids.</translation>
    </message>
    <message>
        <source>{stale} of {awaiting}</source>
        <translation>{stale} sur {awaiting}</translation>
    </message>
    <message>
        <source>{plural} not reporting</source>
        <translation>{plural} sans retour</translation>
    </message>
    <message>
        <source>Every partner reported on its open handoffs.</source>
        <translation>Chaque partenaire a fait un retour sur ses transmissions ouvertes.</translation>
    </message>
</context>
<context>
    <name>TeamBoardArea</name>
    <message>
        <source>Live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Mises à jour en direct interrompues ({why}) ; actualisation toutes les 10 s</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>toutes les équipes</translation>
    </message>
    <message>
        <source>Not claimable: {line}</source>
        <translation>Pas disponible : {line}</translation>
    </message>
    <message>
        <source>{company} (lead {lead})</source>
        <translation>{company} (lead {lead})</translation>
    </message>
    <message>
        <source>Choose a rep or a queue to move the leads to.</source>
        <translation>Choisissez un agent ou une file vers lequel déplacer les leads.</translation>
    </message>
    <message>
        <source>Select the leads to move first.</source>
        <translation>Sélectionnez d&apos;abord les leads à déplacer.</translation>
    </message>
    <message>
        <source>{waiting} of the {len} selected leads are still loading: scroll through them and move again, or filter and use Move matching.</source>
        <translation>{waiting} des {len} leads sélectionnés sont encore en chargement : faites-les défiler et déplacez de nouveau, ou filtrez et utilisez « Déplacer tout ce qui correspond ».</translation>
    </message>
    <message>
        <source>Set a filter first; moving every lead at once is not offered.</source>
        <translation>Définissez d&apos;abord un filtre ; déplacer tous les leads d&apos;un coup n&apos;est pas proposé.</translation>
    </message>
    <message>
        <source>The filter was changed: press Filter to see its leads, then move them.</source>
        <translation>Le filtre a été modifié : appuyez sur Filtrer pour voir ses leads, puis déplacez-les.</translation>
    </message>
    <message>
        <source>No lead matches the filter.</source>
        <translation>Aucun lead ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Move the {plural} matching the filter to {target}?</source>
        <translation>Déplacer les {plural} correspondant au filtre vers {target} ?</translation>
    </message>
    <message>
        <source> · {plural} due</source>
        <translation> · {plural} à faire</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases ({stale_leases})</source>
        <translation>&amp;Libérer les réservations expirées ({stale_leases})</translation>
    </message>
    <message>
        <source>Updated {at} · live</source>
        <translation>Mis à jour à {at} · en direct</translation>
    </message>
    <message>
        <source>Updated {at} · live updates stopped ({why}); refreshing every 10 s</source>
        <translation>Mis à jour à {at} · mises à jour en direct arrêtées ({why}) ; actualisation toutes les 10 s</translation>
    </message>
    <message>
        <source> · {plural} reopened by check calls</source>
        <translation> · {plural} rouvertes par des appels de contrôle</translation>
    </message>
    <message>
        <source>Move leads</source>
        <translation>Déplacer les leads</translation>
    </message>
    <message>
        <source>Select the rep whose callbacks move, and the rep who takes them.</source>
        <translation>Sélectionnez l&apos;agent dont les rappels sont déplacés, et l&apos;agent qui les reprend.</translation>
    </message>
    <message>
        <source>{rep} is paused: the leads wait for them until they are resumed.</source>
        <translation>{rep} est en pause : les leads l&apos;attendent jusqu&apos;à la reprise.</translation>
    </message>
    <message>
        <source>Lead {lead}: {reason}.</source>
        <translation>Lead {lead} : {reason}.</translation>
    </message>
    <message>
        <source>… and {count} more not moved.</source>
        <translation>… et {count} autres non déplacés.</translation>
    </message>
    <message>
        <source>Select a rep on the board first.</source>
        <translation>Sélectionnez d&apos;abord un agent sur le tableau.</translation>
    </message>
    <message>
        <source>&amp;Resume rep</source>
        <translation>&amp;Reprendre l&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>Mettre l&apos;agent en &amp;pause</translation>
    </message>
</context>
<context>
    <name>TeamBoardView</name>
    <message>
        <source>Team board</source>
        <translation>Tableau de l&apos;équipe</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Board status</source>
        <translation>État du tableau</translation>
    </message>
    <message>
        <source>&amp;Pause rep</source>
        <translation>Mettre l&apos;agent en &amp;pause</translation>
    </message>
    <message>
        <source>Pause or resume the selected rep</source>
        <translation>Mettre en pause ou reprendre l&apos;agent sélectionné</translation>
    </message>
    <message>
        <source>Move callbacks to rep</source>
        <translation>Déplacer les rappels vers l&apos;agent</translation>
    </message>
    <message>
        <source>Move &amp;callbacks to</source>
        <translation>Déplacer les &amp;rappels vers</translation>
    </message>
    <message>
        <source>Release s&amp;tale leases</source>
        <translation>&amp;Libérer les réservations expirées</translation>
    </message>
    <message>
        <source>Leads held back</source>
        <translation>Leads retenus</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Queue filter</source>
        <translation>Filtre de file</translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation>Filtre de campagne</translation>
    </message>
    <message>
        <source>Rep filter</source>
        <translation>Filtre d&apos;agent</translation>
    </message>
    <message>
        <source>Lease filter</source>
        <translation>Filtre de réservation</translation>
    </message>
    <message>
        <source>any lease</source>
        <translation>toute réservation</translation>
    </message>
    <message>
        <source>country or US-NY</source>
        <translation>pays ou US-NY</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Filtre de région</translation>
    </message>
    <message>
        <source>company starts with</source>
        <translation>l&apos;entreprise commence par</translation>
    </message>
    <message>
        <source>Company filter</source>
        <translation>Filtre d&apos;entreprise</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Region filter problem</source>
        <translation>Problème du filtre de région</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Move selected to</source>
        <translation>&amp;Déplacer la sélection vers</translation>
    </message>
    <message>
        <source>Move &amp;all matching to</source>
        <translation>Déplacer &amp;tout ce qui correspond vers</translation>
    </message>
    <message>
        <source>Move result</source>
        <translation>Résultat du déplacement</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tout statut</translation>
    </message>
    <message>
        <source>any queue</source>
        <translation>toute file</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>toute campagne</translation>
    </message>
    <message>
        <source>any rep</source>
        <translation>tout agent</translation>
    </message>
    <message>
        <source>nobody (unassigned)</source>
        <translation>personne (non attribué)</translation>
    </message>
    <message>
        <source>rep: {name}</source>
        <translation>agent : {name}</translation>
    </message>
    <message>
        <source>queue: {name}</source>
        <translation>file : {name}</translation>
    </message>
    <message>
        <source>the {name} queue</source>
        <translation>la file {name}</translation>
    </message>
</context>
<context>
    <name>TeamsArea</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>New t&amp;eam</source>
        <translation>Nouvelle é&amp;quipe</translation>
    </message>
    <message>
        <source>Save &amp;team</source>
        <translation>Enregistrer l&apos;&amp;équipe</translation>
    </message>
    <message>
        <source>e.g. North America</source>
        <translation>p. ex. Amérique du Nord</translation>
    </message>
    <message>
        <source>De&amp;activate team</source>
        <translation>Désactiver &amp;l&apos;équipe</translation>
    </message>
    <message>
        <source>What happened to the team</source>
        <translation>Ce qu&apos;il est advenu de l&apos;équipe</translation>
    </message>
    <message>
        <source>Choose one of your teams to rename it</source>
        <translation>Choisissez l&apos;une de vos équipes pour la renommer</translation>
    </message>
    <message>
        <source>Team {name} is added.</source>
        <translation>L&apos;équipe {name} est ajoutée.</translation>
    </message>
    <message>
        <source>Team {old} is now {name}.</source>
        <translation>L&apos;équipe {old} s&apos;appelle maintenant {name}.</translation>
    </message>
    <message>
        <source>Team {name} is active again.</source>
        <translation>L&apos;équipe {name} est de nouveau active.</translation>
    </message>
    <message>
        <source>Team {name} is deactivated.</source>
        <translation>L&apos;équipe {name} est désactivée.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Team &amp;name</source>
        <translation>&amp;Nom de l&apos;équipe</translation>
    </message>
    <message>
        <source>Team {name}</source>
        <translation>Équipe {name}</translation>
    </message>
    <message>
        <source>Re&amp;activate team</source>
        <translation>&amp;Réactiver l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>amount, e.g. 120000</source>
        <translation>montant, p. ex. 120000</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>touch</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentative</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>qualification</source>
        <translation>qualification</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>transmission</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
</context>
<context>
    <name>UndoOffer</name>
    <message>
        <source>Undo lead {lead_id}  ({key})</source>
        <translation>Annuler le lead {lead_id}  ({key})</translation>
    </message>
</context>
<context>
    <name>UnexpectedProblems</name>
    <message>
        <source>Qualifier: unexpected problem</source>
        <translation>Qualifier : problème inattendu</translation>
    </message>
    <message>
        <source>Something went wrong in Qualifier ({kind}): what you just did may not have finished. Check it before you go on; the answers of a call are kept in its draft.

The details, without any prospect&apos;s data, are in {log} for your administrator.</source>
        <translation>Un problème est survenu dans Qualifier ({kind}) : ce que vous venez de faire n&apos;est peut-être pas terminé. Vérifiez-le avant de continuer ; les réponses d&apos;un appel sont conservées dans son brouillon.

Les détails, sans aucune donnée de prospect, sont dans {log} pour votre administrateur.</translation>
    </message>
</context>
<context>
    <name>UsersArea</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>e.g. rita.rep</source>
        <translation>p. ex. rita.rep</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>Réinitialiser le mot de &amp;passe</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sans équipe)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Add from a l&amp;ist…</source>
        <translation>A&amp;jouter depuis une liste…</translation>
    </message>
    <message>
        <source>A CSV or XLSX list: login, name, role, team; a one-time password each</source>
        <translation>Une liste CSV ou XLSX : identifiant, nom, rôle, équipe ; un mot de passe à usage unique pour chacun</translation>
    </message>
    <message>
        <source>Unlo&amp;ck</source>
        <translation>Déverrouil&amp;ler</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Ro&amp;le</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>choose a login</source>
        <translation>choisissez un identifiant</translation>
    </message>
    <message>
        <source>{login} is added. One-time password: {password} — give it to them now, it is shown only once; they choose their own at the first sign-in.</source>
        <translation>{login} est ajouté. Mot de passe à usage unique : {password} — remettez-le-lui maintenant, il n&apos;est affiché qu&apos;une fois ; la personne choisira le sien à la première connexion.</translation>
    </message>
    <message>
        <source>They are in no team, and get no leads from a queue until you give them one.</source>
        <translation>Cette personne n&apos;est dans aucune équipe et ne reçoit aucun lead d&apos;une file tant que vous ne lui en attribuez pas une.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>; {leads} back in the queue, {callbacks} to the team</source>
        <translation>; {leads} remis dans la file, {callbacks} à l&apos;équipe</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>sans équipe</translation>
    </message>
    <message>
        <source>Saved {login}: {label}, {team}, {state}{returned}</source>
        <translation>{login} enregistré : {label}, {team}, {state}{returned}</translation>
    </message>
    <message>
        <source>{login} is still the channel manager of {partners}: give those partners another one in Partners.</source>
        <translation>{login} est toujours le responsable de canal de {partners} : donnez-leur un autre responsable dans Partenaires.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Deactivate {login}? They can no longer sign in. The leads {login} holds go back to the queue, and their “me only” callbacks to the team.</source>
        <translation>Désactiver {login} ? La personne ne pourra plus se connecter. Les leads que {login} détient retournent dans la file, et ses rappels « moi seul » à l&apos;équipe.</translation>
    </message>
    <message>
        <source>One-time password for {login}: {password} — give it to them now, it is shown only once; they must choose their own at the next sign-in.</source>
        <translation>Mot de passe à usage unique pour {login} : {password} — remettez-le-lui maintenant, il n&apos;est affiché qu&apos;une fois ; la personne devra choisir le sien à la prochaine connexion.</translation>
    </message>
    <message>
        <source>{login} is unlocked and can sign in again.</source>
        <translation>{login} est déverrouillé et peut de nouveau se connecter.</translation>
    </message>
</context>
<context>
    <name>WorkspaceArea</name>
    <message>
        <source>Could not load your queue: {problem_text}</source>
        <translation>Impossible de charger votre file : {problem_text}</translation>
    </message>
    <message>
        <source>Finish lead {lead} ({company}) first: choose an outcome and save it with Ctrl+Enter.</source>
        <translation>Terminez d&apos;abord le lead {lead} ({company}) : choisissez un résultat et enregistrez-le avec Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Taking the next lead…</source>
        <translation>Prise du lead suivant…</translation>
    </message>
    <message>
        <source>taking the next lead</source>
        <translation>la prise du lead suivant</translation>
    </message>
    <message>
        <source>Could not take the next lead: {problem}</source>
        <translation>Impossible de prendre le lead suivant : {problem}</translation>
    </message>
    <message>
        <source>Restored your unsaved work on lead {id}.</source>
        <translation>Votre travail non enregistré sur le lead {id} a été restauré.</translation>
    </message>
    <message>
        <source>Lead {id} is yours until you save an outcome.</source>
        <translation>Le lead {id} est à vous jusqu&apos;à ce que vous enregistriez un résultat.</translation>
    </message>
    <message>
        <source>Could not save the draft on this workstation: {problem}</source>
        <translation>Impossible d&apos;enregistrer le brouillon sur ce poste : {problem}</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;View draft</source>
        <translation>&amp;Voir le brouillon</translation>
    </message>
    <message>
        <source>Cannot restore the draft: {problem}</source>
        <translation>Impossible de restaurer le brouillon : {problem}</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Abandonner le brouillon</translation>
    </message>
    <message>
        <source>restoring your draft</source>
        <translation>la restauration de votre brouillon</translation>
    </message>
    <message>
        <source>Draft for lead {lead_id} discarded.</source>
        <translation>Brouillon du lead {lead_id} abandonné.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>saving the outcome</source>
        <translation>l&apos;enregistrement du résultat</translation>
    </message>
    <message>
        <source>Lead {lead_id} saved: {message}.</source>
        <translation>Lead {lead_id} enregistré : {message}.</translation>
    </message>
    <message>
        <source>Could not save: {problem}</source>
        <translation>Impossible d&apos;enregistrer : {problem}</translation>
    </message>
    <message>
        <source>Lead {lead} is no longer yours; what you typed is kept as a draft.</source>
        <translation>Le lead {lead} n&apos;est plus à vous ; ce que vous avez saisi est conservé comme brouillon.</translation>
    </message>
    <message>
        <source>Your account was deactivated by an administrator; you are signed out. Your unsaved work is kept on this workstation.</source>
        <translation>Votre compte a été désactivé par un administrateur ; vous êtes déconnecté. Votre travail non enregistré est conservé sur ce poste.</translation>
    </message>
    <message>
        <source>No lead is eligible now. The next one becomes eligible at {when} your time (in {wait}).</source>
        <translation>Aucun lead n&apos;est disponible maintenant. Le suivant le sera {when} (votre heure, dans {wait}).</translation>
    </message>
</context>
<context>
    <name>WorkspaceLookup</name>
    <message>
        <source>Finish lead {lead_id} first: save its outcome, then take this one.</source>
        <translation>Terminez d&apos;abord le lead {lead_id} : enregistrez son résultat, puis prenez celui-ci.</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>Taking the next lead</source>
        <translation>Prise du lead suivant</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Undo last outcome</source>
        <translation>Annuler le dernier résultat</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the lead</source>
        <translation>Appeler le lead</translation>
    </message>
    <message>
        <source>Call the lead&apos;s number (F11)</source>
        <translation>Appeler le numéro du lead (F11)</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>Hang up: the call timer stops (F12)</source>
        <translation>Raccrocher : le chronomètre d&apos;appel s&apos;arrête (F12)</translation>
    </message>
    <message>
        <source>Why the lead cannot be called</source>
        <translation>Pourquoi le lead ne peut pas être appelé</translation>
    </message>
    <message>
        <source>No lead is eligible now</source>
        <translation>Aucun lead n&apos;est disponible maintenant</translation>
    </message>
</context>
</TS>
