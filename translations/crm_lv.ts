<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;Labi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Saglabāt</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>At&amp;celt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Aizvērt</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Aizvērt nesaglabājot</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Labi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Saglabāt visu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jā</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jā vis&amp;am</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nē</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Nē &amp;visam</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Pārtraukt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Vēlreiz</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorēt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Nesaglabāt</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Palīdzība</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Lietot</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atiestatīt</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Atjaunot noklusējumus</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atpakaļ</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nākamais &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Beigt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Izpildīt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Pabeigts</translation>
    </message>
</context>
<context>
    <name>crm::cli::ActivityCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID meklēšana: %1</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>nav aktivitātes ar ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several activities; give more digits</source>
        <translation>ID prefikss %1 atbilst vairākām aktivitātēm; norādiet vairāk ciparu</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM (local time), with Z or +HH:MM for another zone, or YYYY-MM-DD</source>
        <translation>„%1“ nav datums un laiks; rakstiet to kā YYYY-MM-DDTHH:MM (vietējais laiks), ar Z vai +HH:MM citai joslai, vai YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beigas</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laika josla</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Darījums</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>activity add: give --kind and --subject (see crm-cli activity add --help)</source>
        <translation>activity add: norādiet --kind un --subject (sk. crm-cli activity add --help)</translation>
    </message>
    <message>
        <source>activity add: --kind: “%1” is not one of %2</source>
        <translation>activity add: --kind: „%1“ nav neviens no %2</translation>
    </message>
    <message>
        <source>activity add: give --due or --start, not both</source>
        <translation>activity add: norādiet --due vai --start, ne abus</translation>
    </message>
    <message>
        <source>activity add: --end needs --start</source>
        <translation>activity add: --end nepieciešams --start</translation>
    </message>
    <message>
        <source>activity add: --reminder: “%1” is not a number of minutes</source>
        <translation>activity add: --reminder: „%1“ nav minūšu skaits</translation>
    </message>
    <message>
        <source>activity add: --deal: give the deal&apos;s full id</source>
        <translation>activity add: --deal: norādiet darījuma pilno ID</translation>
    </message>
    <message>
        <source>activity list: give one of --overdue, --today and --week, not several</source>
        <translation>activity list: norādiet vienu no --overdue, --today un --week, ne vairākus</translation>
    </message>
    <message>
        <source>activity %1 is deleted</source>
        <translation>aktivitāte %1 ir dzēsta</translation>
    </message>
    <message>
        <source>%1 created, %2 updated</source>
        <translation>izveidotas: %1, atjauninātas: %2</translation>
    </message>
    <message>
        <source>ics export: give -o FILE (or --output FILE)</source>
        <translation>ics export: norādiet -o FILE (vai --output FILE)</translation>
    </message>
</context>
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation>(sk. crm-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation>nezināma opcija %1 %2</translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation>nezināma opcija --%1 %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 norādīta vairāk nekā vienu reizi</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 nepieņem vērtību</translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation>--%1: trūkst vērtības (%2)</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>trūkst %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation>negaidīts arguments „%1“ %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BulkCommands</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>„%1“ nav FIELD=VALUE</translation>
    </message>
    <message>
        <source>bulk: give one of --set, --add-tag, --remove-tag, --owner or --delete</source>
        <translation>bulk: norādiet vienu no --set, --add-tag, --remove-tag, --owner vai --delete</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies or deals</source>
        <translation>„%1“ nav contacts, companies vai deals</translation>
    </message>
    <message>
        <source>bulk: give one of --ids, --search or --all</source>
        <translation>bulk: norādiet vienu no --ids, --search vai --all</translation>
    </message>
    <message>
        <source>no such field; the fields are: %1</source>
        <translation>nav tāda lauka; lauki ir: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Atbilst</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Mainīti</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Izmēģinājums</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Labošana</translation>
    </message>
    <message>
        <source>bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)</source>
        <translation>bulk undo: „%1“ nav masveida labošanas numurs (sk. crm-cli bulk list)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Masveida labošana %1 atsaukta: atjaunots %n ieraksts.</numerusform>
            <numerusform>Masveida labošana %1 atsaukta: atjaunoti %n ieraksti.</numerusform>
            <numerusform>Masveida labošana %1 atsaukta: atjaunots %n ierakstu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %2 put back; %n left as they were changed after it: %3</source>
        <translation>
            <numerusform>Masveida labošana %1 atsaukta: atjaunoti %2; %n ieraksts atstāts, kā ir, jo pēc tās tika mainīts: %3</numerusform>
            <numerusform>Masveida labošana %1 atsaukta: atjaunoti %2; %n ieraksti atstāti, kā ir, jo pēc tās tika mainīti: %3</numerusform>
            <numerusform>Masveida labošana %1 atsaukta: atjaunoti %2; %n ierakstu atstāts, kā ir, jo pēc tās tika mainīts: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Sākta (UTC)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Atstāti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation>Lietojums: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation>CRM kontakti un uzņēmumi no komandrindas.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Komandas:</translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation>Opcijas (pirms vai pēc komandas):</translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation>parādīt šo palīdzību; crm-cli COMMAND --help par vienu komandu</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>parādīt versiju</translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation>Datubāze ir %1, ja vien --database vai $CRM_DATABASE nenorāda citu failu; trūkstošu datubāzi izveido tikai add komandas.</translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID ir pilnais ID vai unikāls prefikss ar vismaz 8 tā heksadecimālajiem cipariem.</translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation>Formāti: table (izlīdzinātas kolonnas; show izdrukā rindas &quot;Lauks: vērtība&quot;), csv (RFC 4180, virsrakstu rinda, UTF-8) un json (objektu masīvs; show — viens objekts).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation>Izejas statuss: 0 — veiksmīgi, 1 — kļūme (nav atrasts, nederīga vērtība, datubāze atteica), 2 — nepareizs lietojums. Kļūdas ir vienā rindā stderr.</translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Lietojums: crm-cli %1 SUBCOMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Apakškomandas:</translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation>crm-cli %1 SUBCOMMAND --help apraksta tās opcijas.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Lietojums: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opcijas:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globālās opcijas:</translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID ir pilnais ID vai unikāls prefikss ar vismaz 8 tā heksadecimālajiem cipariem.</translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation>--%1: trūkst vērtības</translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation>nezināma opcija %1 (sk. crm-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation>nav norādīta komanda (sk. crm-cli --help)</translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation>help: nezināma komanda „%1“ (sk. crm-cli --help)</translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation>%1: trūkst apakškomandas (%2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation>%1: nezināma apakškomanda „%2“ (%3)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation>nezināma komanda „%1“ (sk. crm-cli --help)</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation>--format: nezināms formāts „%1“; izmantojiet table, csv vai json</translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation>--database: ceļš ir tukšs</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation>--limit: „%1“ nav pozitīvs skaitlis</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon or tab</source>
        <translation>--delimiter: „%1“ nav comma, semicolon vai tab</translation>
    </message>
</context>
<context>
    <name>crm::cli::CompanyCommands</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation>company add: norādiet --name (sk. crm-cli company add --help)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation>company edit: nav ko mainīt; norādiet maināmos laukus (sk. crm-cli company edit --help)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>nezināms statuss „%1“; izmantojiet lead, prospect, customer vai former</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation>nezināms veids „%1“; izmantojiet work, mobile, home vai other</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ nav derīga e-pasta adrese</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ nav tālruņa numurs</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>nezināms statuss „%1“; izmantojiet lead, prospect, customer vai former</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>birka nevar būt tukša</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation>„%1“ nav šī kontakta e-pasta adrese</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation>„%1“ nav šī kontakta tālruņa numurs</translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation>„%1“ nav šī kontakta birka</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Uzņēmuma ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pasti</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Tālruņi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation>contact add: norādiet --first-name vai --last-name (sk. crm-cli contact add --help)</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation>contact edit: nav ko mainīt; norādiet maināmos laukus (sk. crm-cli contact edit --help)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
</context>
<context>
    <name>crm::cli::DealCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID meklēšana: %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>nav darījuma ar ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several deals; give more digits</source>
        <translation>ID prefikss %1 atbilst vairākiem darījumiem; norādiet vairāk ciparu</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation type="vanished">nav nevienas piltuves</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1“ nav datums; rakstiet to kā YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>„%1“ nav vesels skaitlis no 0 līdz 100</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Piltuve</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Svērtā summa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Noslēgšana</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Dienas posmā</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Iestrēdzis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Zaudēšanas iemesls</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>deal add: give --title, --amount and --currency (see crm-cli deal add --help)</source>
        <translation>deal add: norādiet --title, --amount un --currency (sk. crm-cli deal add --help)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ nav valūtas kods; izmantojiet, piemēram, EUR, USD vai PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>summa nevar būt negatīva</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>darījumam nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>deal move: give --stage (see crm-cli deal move --help)</source>
        <translation>deal move: norādiet --stage (sk. crm-cli deal move --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT</source>
        <translation>zaudētam darījumam jānorāda iemesls; izmantojiet crm-cli deal lost %1 --reason TEXT</translation>
    </message>
    <message>
        <source>deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)</source>
        <translation>deal lost: norādiet --reason: kāpēc darījums tika zaudēts (sk. crm-cli deal lost --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>zaudētam darījumam jānorāda zaudēšanas iemesls</translation>
    </message>
</context>
<context>
    <name>crm::cli::DedupCommands</name>
    <message>
        <source>--kind: “%1” is not contact or company</source>
        <translation>--kind: „%1“ nav contact vai company</translation>
    </message>
    <message>
        <source>--min-score: “%1” is not a number from 0 to 1</source>
        <translation>--min-score: „%1“ nav skaitlis no 0 līdz 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>--field: “%1” is not NAME=ID</source>
        <translation>--field: „%1“ nav NAME=ID</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only records of one kind merge</source>
        <translation>%1 ir %2, bet %3 — %4: apvienot var tikai viena veida ierakstus</translation>
    </message>
    <message>
        <source>--field: unknown field “%1” (one of %2)</source>
        <translation>--field: nezināms lauks „%1“ (viens no %2)</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>nav apvienošanas ar id %1</translation>
    </message>
    <message>
        <source>%1 names more than one merge</source>
        <translation>%1 atbilst vairāk nekā vienai apvienošanai</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Apvienošana %1 atsaukta.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nav atjaunots: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: nezināms formāts „%1“; izmantojiet csv vai vcard</translation>
    </message>
    <message>
        <source>-o/--output: the file to write is required</source>
        <translation>-o/--output: jānorāda rakstāmais fails</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>Eksports uz %2 pabeigts: %1.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontakts</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>kontakti: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::FieldCommands</name>
    <message>
        <source>“%1” is not contact, company or deal</source>
        <translation>„%1“ nav contact, company vai deal</translation>
    </message>
    <message>
        <source>“%1” is not a type; use one of %2</source>
        <translation>„%1“ nav tips; izmantojiet vienu no %2</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>izmantojiet yes vai no</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekts</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Atslēga</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Izvēles</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE</source>
        <translation>„%1“ nav KEY=VALUE</translation>
    </message>
    <message>
        <source>field add: give --entity, --key and --label (see crm-cli field add --help)</source>
        <translation>field add: norādiet --entity, --key un --label (sk. crm-cli field add --help)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation>datubāzes fails</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>izvades formāts (noklusējums: table)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (atkārtojams)</translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation>uzņēmuma nosaukums</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>nozare</translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation>tīmekļa adrese (example.lv vai https://example.lv)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>tālruņa numurs</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>ielas adrese</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>pasta indekss</translation>
    </message>
    <message>
        <source>city</source>
        <translation>pilsēta</translation>
    </message>
    <message>
        <source>country</source>
        <translation>valsts</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>piezīmes</translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation>kas drīkst redzēt uzņēmumu (noklusējums: team)</translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation>izdrukāt ne vairāk kā N uzņēmumus</translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation>Pievienot uzņēmumu un izdrukāt tā ID.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation>Piemērs:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation>Uzskaitīt uzņēmumus (izņemot dzēstos) pēc nosaukuma.</translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation>Parādīt visus uzņēmuma laukus un tā kontaktus.</translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation>Mainīt norādītos laukus; pārējie paliek.</translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation>Dzēst uzņēmumu (atgriezeniski: company restore to atjauno). Tā kontakti paliek.</translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation>Atjaunot dzēstu uzņēmumu.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>vārds</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>uzvārds</translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation>e-pasta adrese, atkārtojama; LABEL ir work (noklusējums), mobile, home vai other; edit komandā aizstāj visus e-pastus (--email &quot;&quot; tos noņem)</translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation>tālruņa numurs, atkārtojams; LABEL ir mobile (noklusējums), work, home vai other; edit komandā aizstāj visus tālruņus (--phone &quot;&quot; tos noņem)</translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation>uzņēmums ar šo nosaukumu, tiek izveidots, ja tāda nav; --company &quot;&quot; atsaista</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>amats</translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation>dzīves cikla statuss: lead (noklusējums), prospect, customer vai former</translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation>birka, atkārtojama; edit komandā aizstāj visas birkas (--tag &quot;&quot; tās noņem)</translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation>dzimšanas diena; --birthday &quot;&quot; to notīra</translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation>no kurienes kontakts nācis</translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation>kas drīkst redzēt kontaktu (noklusējums: team)</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>pievienot e-pasta adresi</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>noņemt e-pasta adresi</translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation>pievienot tālruņa numuru</translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation>noņemt tālruņa numuru (salīdzina pēc cipariem)</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>pievienot birku</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>noņemt birku</translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation>izdrukāt ne vairāk kā N kontaktus</translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation>Pievienot kontaktu un izdrukāt tā ID.</translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation>Norādiet --first-name vai --last-name (vai abus). Piemērs:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation>Uzskaitīt kontaktus (izņemot dzēstos) pēc vārda.</translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation>Parādīt visus kontakta laukus.</translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation>--email, --phone un --tag aizstāj visu sarakstu; --add-… un --remove-… maina vienu vienumu.</translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation>Dzēst kontaktu (atgriezeniski: contact restore to atjauno).</translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation>Atjaunot dzēstu kontaktu.</translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation>Parādīt, kas, kad (UTC) un no kā uz ko mainījis kontakta vai uzņēmuma laukus.</translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation>Ieraksta izveidei lauks ir &quot;created&quot;; kontakta e-pasti, tālruņi un birkas ir daļa no tā vēstures.</translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation>Atrast kontaktus un uzņēmumus: ar katru vārdu jāsākas kādam ieraksta vārdam.</translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation>Reģistrs, diakritiskās zīmes un alfabēti tiek pielīdzināti: &quot;berzins&quot; atrod Bērziņš, &quot;ivanov&quot; atrod Иванов. Tālruņa numuru atrod pēc cipariem: &quot;29123456&quot; atrod +371 2912 3456.</translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation>ne vairāk kā N kontaktu un N uzņēmumu (noklusējums: 50)</translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation>Pieteikt šo datubāzi komandas serverī.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation>Marķieris tiek glabāts atslēgu glabātuvē vai, ja tās nav, failā DATABASE.token (lasāms tikai jums).</translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation>serveris, piem., https://crm.example.com</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>jūsu lietotājvārds serverī</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>nolasīt paroli no standarta ievades</translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation>Nosūtīt lokālās izmaiņas uz komandas serveri un saņemt citu izmaiņas.</translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation>Izdrukā, kas nosūtīts, saņemts un kādi konflikti radušies; ja serveris nav sasniedzams, beidz darbu ar kodu 1.</translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation>Uzskaitīt atvērtos sinhronizācijas konfliktus.</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>arī atrisinātos</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation>Atrisināt konfliktu: paturēt manu vērtību, viņu vai abas.</translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation>Abas — e-pasta adresēm un tālruņu numuriem. Dzēsta ieraksta labojumam mine to atjauno ar labojumu, ja labojums bija mans.</translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation>kura vērtība paliek</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>aktivitātes veids</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>par ko tā ir</translation>
    </message>
    <message>
        <source>the contact it concerns</source>
        <translation>kontakts, uz kuru tā attiecas</translation>
    </message>
    <message>
        <source>the company it concerns</source>
        <translation>uzņēmums, uz kuru tā attiecas</translation>
    </message>
    <message>
        <source>the deal it concerns (its full id)</source>
        <translation>darījums, uz kuru tā attiecas (tā pilnais ID)</translation>
    </message>
    <message>
        <source>when a task is due (a date alone: the end of that day)</source>
        <translation>uzdevuma termiņš (tikai datums: šīs dienas beigas)</translation>
    </message>
    <message>
        <source>when a meeting, visit or call starts</source>
        <translation>kad sākas tikšanās, apmeklējums vai zvans</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>kad tā beidzas</translation>
    </message>
    <message>
        <source>where</source>
        <translation>kur</translation>
    </message>
    <message>
        <source>remind this many minutes before the start or due</source>
        <translation>atgādināt tik minūtes pirms sākuma vai termiņa</translation>
    </message>
    <message>
        <source>only open tasks past their due time</source>
        <translation>tikai atvērtie uzdevumi ar nokavētu termiņu</translation>
    </message>
    <message>
        <source>only what stands on today</source>
        <translation>tikai šodienai paredzētais</translation>
    </message>
    <message>
        <source>only what stands on this week</source>
        <translation>tikai šai nedēļai paredzētais</translation>
    </message>
    <message>
        <source>print at most N activities</source>
        <translation>izdrukāt ne vairāk kā N aktivitātes</translation>
    </message>
    <message>
        <source>Add an activity and print its id.</source>
        <translation>Pievienot aktivitāti un izdrukāt tās ID.</translation>
    </message>
    <message>
        <source>Times without Z or an offset are local time in the system&apos;s time zone.
Example:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</source>
        <translation>Laiki bez Z vai nobīdes ir vietējais laiks sistēmas laika joslā.
Piemērs:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</translation>
    </message>
    <message>
        <source>List activities, newest first, or the agenda: overdue, today or this week, by time.</source>
        <translation>Uzskaitīt aktivitātes, jaunākās vispirms, vai dienaskārtību: nokavētās, šodienas vai šīs nedēļas, pēc laika.</translation>
    </message>
    <message>
        <source>Tick an activity off.</source>
        <translation>Atzīmēt aktivitāti kā izpildītu.</translation>
    </message>
    <message>
        <source>Import an iCalendar file: events become meetings, to-dos tasks; known UIDs update. A file with an error imports nothing.</source>
        <translation>Importēt iCalendar failu: notikumi kļūst par tikšanās reizēm, to-do — par uzdevumiem; zināmi UID tiek atjaunināti. Fails ar kļūdu neimportē neko.</translation>
    </message>
    <message>
        <source>Export meetings, visits and tasks to an iCalendar file.</source>
        <translation>Eksportēt tikšanās, apmeklējumus un uzdevumus iCalendar failā.</translation>
    </message>
    <message>
        <source>the .ics file to write (also -o FILE)</source>
        <translation>rakstāmais .ics fails (arī -o FILE)</translation>
    </message>
    <message>
        <source>pipeline (default: the default pipeline)</source>
        <translation>piltuve (noklusējums: noklusējuma piltuve)</translation>
    </message>
    <message>
        <source>Add a deal and print its id.</source>
        <translation>Pievienot darījumu un izdrukāt tā ID.</translation>
    </message>
    <message>
        <source>The amount is in the currency&apos;s units with a &apos;.&apos; before the cents.
Example:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</source>
        <translation>Summa ir valūtas vienībās ar &apos;.&apos; pirms centiem.
Piemērs:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</translation>
    </message>
    <message>
        <source>what the deal is</source>
        <translation>kas ir darījums</translation>
    </message>
    <message>
        <source>amount, e.g. 1250 or 1250.50</source>
        <translation>summa, piem., 1250 vai 1250.50</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. EUR</source>
        <translation>ISO 4217 valūtas kods, piem., EUR</translation>
    </message>
    <message>
        <source>the company with that id, or of that name (created when there is none)</source>
        <translation>uzņēmums ar šo ID vai nosaukumu (tiek izveidots, ja tāda nav)</translation>
    </message>
    <message>
        <source>a contact on the deal (repeatable)</source>
        <translation>darījuma kontakts (atkārtojams)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>posms (noklusējums: pirmais atvērtais posms)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>paredzētais noslēgšanas datums</translation>
    </message>
    <message>
        <source>probability in percent (default: the stage&apos;s)</source>
        <translation>varbūtība procentos (noklusējums: posma varbūtība)</translation>
    </message>
    <message>
        <source>where the deal came from</source>
        <translation>no kurienes darījums nācis</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>nākamais solis</translation>
    </message>
    <message>
        <source>who may see the deal (default: team)</source>
        <translation>kas drīkst redzēt darījumu (noklusējums: team)</translation>
    </message>
    <message>
        <source>List the deals (not the deleted ones) by pipeline, stage and close date. Amounts are plain numbers with a &apos;.&apos; before the cents.</source>
        <translation>Uzskaitīt darījumus (izņemot dzēstos) pēc piltuves, posma un noslēgšanas datuma. Summas ir vienkārši skaitļi ar &apos;.&apos; pirms centiem.</translation>
    </message>
    <message>
        <source>only the deals in this stage</source>
        <translation>tikai darījumi šajā posmā</translation>
    </message>
    <message>
        <source>only open deals (not won or lost)</source>
        <translation>tikai atvērtie darījumi (nav iegūti vai zaudēti)</translation>
    </message>
    <message>
        <source>print at most N deals</source>
        <translation>izdrukāt ne vairāk kā N darījumus</translation>
    </message>
    <message>
        <source>Move a deal to another stage of its pipeline (recorded in its history).</source>
        <translation>Pārvietot darījumu uz citu tā piltuves posmu (tiek ierakstīts vēsturē).</translation>
    </message>
    <message>
        <source>the stage to move to</source>
        <translation>posms, uz kuru pārvietot</translation>
    </message>
    <message>
        <source>Mark a deal won.</source>
        <translation>Atzīmēt darījumu kā iegūtu.</translation>
    </message>
    <message>
        <source>Mark a deal lost, with the reason.</source>
        <translation>Atzīmēt darījumu kā zaudētu, norādot iemeslu.</translation>
    </message>
    <message>
        <source>why the deal was lost (required)</source>
        <translation>kāpēc darījums tika zaudēts (obligāts)</translation>
    </message>
    <message>
        <source>Write every contact to a CSV or vCard file.</source>
        <translation>Ierakstīt visus kontaktus CSV vai vCard failā.</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a header row; cells starting with = + - @ get a leading &apos; so spreadsheets do not run them. vCard is version 4.0.</source>
        <translation>CSV ir UTF-8 ar virsrakstu rindu; šūnām, kas sākas ar = + - @, priekšā tiek pievienots &apos;, lai izklājlapas tās neizpildītu. vCard ir versija 4.0.</translation>
    </message>
    <message>
        <source>file format (default: csv)</source>
        <translation>faila formāts (noklusējums: csv)</translation>
    </message>
    <message>
        <source>the file to write (also -o FILE)</source>
        <translation>rakstāmais fails (arī -o FILE)</translation>
    </message>
    <message>
        <source>CSV field separator (default: comma)</source>
        <translation>CSV lauku atdalītājs (noklusējums: comma)</translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 byte-order mark</source>
        <translation>sākt CSV ar UTF-8 baitu secības zīmi</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file as one undoable batch.</source>
        <translation>Importēt kontaktus no CSV vai vCard faila kā vienu atsaucamu paketi.</translation>
    </message>
    <message>
        <source>Prints how many rows are new, update a contact, repeat an earlier row or are invalid (each invalid row with its line and reason), then imports the valid ones and prints the import&apos;s number for `import undo`. Duplicates are found by e-mail, by phone in E.164 and by names compared after folding accents and Cyrillic or Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce exports are recognised; a mapping chosen in the app for the same headers is used.</source>
        <translation>Izdrukā, cik rindu ir jaunas, atjaunina kontaktu, atkārto agrāku rindu vai ir nederīgas (katru nederīgo rindu ar tās numuru un iemeslu), tad importē derīgās un izdrukā importa numuru komandai `import undo`. Dublikātus atrod pēc e-pasta, pēc tālruņa E.164 formātā un pēc vārdiem, kas salīdzināti pēc diakritisko zīmju un kirilicas vai grieķu burtu pārveides latīņu burtos. Google Contacts, Outlook, HubSpot un Salesforce eksporta CSV virsraksti tiek atpazīti; tiek izmantota lietotnē tiem pašiem virsrakstiem izvēlētā piesaiste.</translation>
    </message>
    <message>
        <source>file format (default: by the file&apos;s name and contents)</source>
        <translation>faila formāts (noklusējums: pēc faila nosaukuma un satura)</translation>
    </message>
    <message>
        <source>CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (default: detected)</source>
        <translation>CSV kodējums, piem., UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (noklusējums: noteikts automātiski)</translation>
    </message>
    <message>
        <source>CSV field separator (default: detected)</source>
        <translation>CSV lauku atdalītājs (noklusējums: noteikts automātiski)</translation>
    </message>
    <message>
        <source>what to do with a row that matches a contact or an earlier row: merge into it (fill empty fields, add e-mails, phones and tags; the default), skip it, or create a contact anyway</source>
        <translation>ko darīt ar rindu, kas atbilst kontaktam vai agrākai rindai: apvienot (aizpildīt tukšos laukus, pievienot e-pastus, tālruņus un birkas; noklusējums), izlaist vai tomēr izveidot kontaktu</translation>
    </message>
    <message>
        <source>country of phone numbers without a country code, e.g. LV (default: the phone_region setting, else the locale&apos;s)</source>
        <translation>valsts tālruņu numuriem bez valsts koda, piem., LV (noklusējums: iestatījums phone_region, citādi lokalizācijas valsts)</translation>
    </message>
    <message>
        <source>print the preview and write nothing</source>
        <translation>izdrukāt priekšskatījumu un neko neierakstīt</translation>
    </message>
    <message>
        <source>Undo an import: delete the contacts it created and restore the ones it updated.</source>
        <translation>Atsaukt importu: dzēst tā izveidotos kontaktus un atjaunot atjauninātos.</translation>
    </message>
    <message>
        <source>Refuses, naming them, when records of the import were changed after it.</source>
        <translation>Atsaka, nosaucot ierakstus, ja importa ieraksti pēc tā ir mainīti.</translation>
    </message>
    <message>
        <source>List the imports, newest first.</source>
        <translation>Uzskaitīt importus, jaunākos vispirms.</translation>
    </message>
    <message>
        <source>Show everything about a contact, company or deal, newest first: activities, deals opened, moved, won and lost, and field changes.</source>
        <translation>Parādīt visu par kontaktu, uzņēmumu vai darījumu, jaunāko vispirms: aktivitātes, atvērtos, pārvietotos, iegūtos un zaudētos darījumus un lauku izmaiņas.</translation>
    </message>
    <message>
        <source>A company&apos;s timeline includes the activities of its contacts and deals. Times are UTC; kind is call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted or restored; record and record_id name the record an entry belongs to.</source>
        <translation>Uzņēmuma laika joslā ir arī tā kontaktu un darījumu aktivitātes. Laiki ir UTC; kind ir call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted vai restored; record un record_id nosauc ierakstu, kuram ieraksts pieder.</translation>
    </message>
    <message>
        <source>print at most N entries</source>
        <translation>izdrukāt ne vairāk kā N ierakstus</translation>
    </message>
    <message>
        <source>List the built-in and saved reports.</source>
        <translation>Uzskaitīt iebūvētās un saglabātās atskaites.</translation>
    </message>
    <message>
        <source>Run a report (a built-in&apos;s name, a saved report&apos;s title or id).</source>
        <translation>Izpildīt atskaiti (iebūvētās nosaukums, saglabātās atskaites nosaukums vai ID).</translation>
    </message>
    <message>
        <source>Parameters: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is totalled per currency. CSV streams rows as they come; PDF needs -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</source>
        <translation>Parametri: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days vai YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — kā katra atskaite tos uzskaita. Naudas summas tiek summētas katrai valūtai atsevišķi. CSV izvada rindas, tiklīdz tās ir gatavas; PDF nepieciešams -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</translation>
    </message>
    <message>
        <source>a parameter of the report</source>
        <translation>atskaites parametrs</translation>
    </message>
    <message>
        <source>PDF page size (default: a4)</source>
        <translation>PDF lapas izmērs (noklusējums: a4)</translation>
    </message>
    <message>
        <source>PDF orientation (default: portrait)</source>
        <translation>PDF orientācija (noklusējums: portrait)</translation>
    </message>
    <message>
        <source>Show what the last sync runs did, newest first.</source>
        <translation>Parādīt, ko paveica pēdējās sinhronizācijas, jaunākās vispirms.</translation>
    </message>
    <message>
        <source>Runs alike in a row (nothing to do, or the same error while offline) are one line with their number. Times are UTC; outcome is ok, offline, signed_out or failed.</source>
        <translation>Vienādas secīgas sinhronizācijas (nav ko darīt vai tā pati kļūda bezsaistē) ir viena rinda ar to skaitu. Laiki ir UTC; outcome ir ok, offline, signed_out vai failed.</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>ne vairāk kā N rindas</translation>
    </message>
    <message>
        <source>what forms and lists call the field</source>
        <translation>kā lauku sauc formās un sarakstos</translation>
    </message>
    <message>
        <source>text (default), longtext, number, money, date, yesno, choice, multichoice or url</source>
        <translation>text (noklusējums), longtext, number, money, date, yesno, choice, multichoice vai url</translation>
    </message>
    <message>
        <source>a choice of a choice or multichoice field, repeatable, in order; in edit it replaces the list</source>
        <translation>izvēle laukam choice vai multichoice, atkārtojama, secībā; edit aizstāj sarakstu</translation>
    </message>
    <message>
        <source>whether every record needs a value</source>
        <translation>vai katram ierakstam vajag vērtību</translation>
    </message>
    <message>
        <source>the records the field belongs to</source>
        <translation>ieraksti, kuriem lauks pieder</translation>
    </message>
    <message>
        <source>a custom field&apos;s value, repeatable (see crm-cli field list); numbers 1234.5, money &quot;1234.50 EUR&quot;, dates YYYY-MM-DD, yes/no, several choices separated by ;  KEY= clears it</source>
        <translation>pielāgotā lauka vērtība, atkārtojama (sk. crm-cli field list); skaitļi 1234.5, nauda &quot;1234.50 EUR&quot;, datumi YYYY-MM-DD, yes/no, vairākas izvēles atdalītas ar ;  KEY= to notīra</translation>
    </message>
    <message>
        <source>the field&apos;s fixed key: lower-case letters, digits and _ (industry)</source>
        <translation>lauka nemainīgā atslēga: mazie burti, cipari un _ (industry)</translation>
    </message>
    <message>
        <source>List the custom fields, in their order.</source>
        <translation>Uzskaitīt pielāgotos laukus to secībā.</translation>
    </message>
    <message>
        <source>Add a custom field to contacts, companies or deals.</source>
        <translation>Pievienot pielāgotu lauku kontaktiem, uzņēmumiem vai darījumiem.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</source>
        <translation>Piemērs:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</translation>
    </message>
    <message>
        <source>Change a custom field&apos;s label, type, choices or whether it is required; its key stays.</source>
        <translation>Mainīt pielāgotā lauka nosaukumu, tipu, izvēles vai obligātumu; atslēga paliek.</translation>
    </message>
    <message>
        <source>Delete a custom field: it and its values hide; adding the key again brings them back.</source>
        <translation>Dzēst pielāgotu lauku: tas un tā vērtības paslēpjas; atkārtoti pievienojot atslēgu, tie atgriežas.</translation>
    </message>
    <message>
        <source>List likely duplicates, best first, with the reasons.</source>
        <translation>Uzskaitīt iespējamos dublikātus, ticamākos vispirms, ar iemesliem.</translation>
    </message>
    <message>
        <source>Contacts: the same e-mail, the same phone (E.164) or similar names after folding accents and Cyrillic or Greek to Latin. Companies: the same name, website domain or phone. Pairs marked &quot;not a duplicate&quot; in the app are left out.</source>
        <translation>Kontakti: tas pats e-pasts, tas pats tālrunis (E.164) vai līdzīgi vārdi pēc diakritisko zīmju noņemšanas un kirilicas vai grieķu burtu pārvēršanas latīņu burtos. Uzņēmumi: tas pats nosaukums, tīmekļa domēns vai tālrunis. Pāri, kas lietotnē atzīmēti &quot;nav dublikāts&quot;, tiek izlaisti.</translation>
    </message>
    <message>
        <source>which records (default: contact)</source>
        <translation>kuri ieraksti (noklusējums: contact)</translation>
    </message>
    <message>
        <source>least confidence, 0 to 1 (default: 0.5)</source>
        <translation>mazākā ticamība, no 0 līdz 1 (noklusējums: 0.5)</translation>
    </message>
    <message>
        <source>Merge contacts (or companies) into one and print the merge&apos;s id.</source>
        <translation>Apvienot kontaktus (vai uzņēmumus) vienā un izdrukāt apvienošanas id.</translation>
    </message>
    <message>
        <source>The first record (or --keep) survives; a field keeps its value, or another record&apos;s when it is empty, unless --field says whose value to keep. E-mails, phones and tags are joined; activities, deals and contacts move to the survivor; the others are deleted. `unmerge` takes it back.</source>
        <translation>Pirmais ieraksts (vai --keep) paliek; lauks patur savu vērtību vai, ja tas ir tukšs, cita ieraksta vērtību, ja vien --field nenosaka, kura vērtību paturēt. E-pasti, tālruņi un birkas tiek apvienoti; aktivitātes, darījumi un kontakti pāriet uz palikušo; pārējie tiek dzēsti. `unmerge` to atceļ.</translation>
    </message>
    <message>
        <source>the record that survives</source>
        <translation>ieraksts, kas paliek</translation>
    </message>
    <message>
        <source>keep this record&apos;s value of a field (first_name, city, …); repeatable</source>
        <translation>paturēt šī ieraksta lauka vērtību (first_name, city, …); atkārtojams</translation>
    </message>
    <message>
        <source>Take a merge back: restore the merged records and their links.</source>
        <translation>Atcelt apvienošanu: atjaunot apvienotos ierakstus un to saites.</translation>
    </message>
    <message>
        <source>A field or link changed after the merge keeps its new value; each such one is printed. Refuses when the surviving record was deleted.</source>
        <translation>Lauks vai saite, kas mainīta pēc apvienošanas, patur jauno vērtību; katrs tāds tiek izdrukāts. Atsakās, ja palikušais ieraksts ir dzēsts.</translation>
    </message>
    <message>
        <source>vCard photos: keep them on the contacts (the default; at most 512 KB each) or skip them</source>
        <translation>vCard foto: paturēt tos pie kontaktiem (noklusējums; katrs ne vairāk kā 512 KB) vai izlaist</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete many records at once; all or nothing, captured for sync.</source>
        <translation>Iestatīt lauku, pievienot vai noņemt birku, mainīt īpašnieku vai dzēst daudzus ierakstus uzreiz; viss vai nekas, reģistrēts sinhronizācijai.</translation>
    </message>
    <message>
        <source>Fields: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; and custom fields by key (crm-cli field list). FIELD= clears it.
Example:
  crm-cli bulk contacts --search riga --set status=customer</source>
        <translation>Lauki: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; un pielāgotie lauki pēc atslēgas (crm-cli field list). FIELD= lauku notīra.
Piemērs:
  crm-cli bulk contacts --search riga --set status=customer</translation>
    </message>
    <message>
        <source>these records (ids or unique prefixes)</source>
        <translation>šie ieraksti (ID vai unikāli prefiksi)</translation>
    </message>
    <message>
        <source>every live record the list&apos;s search finds</source>
        <translation>katrs nedzēstais ieraksts, ko atrod saraksta meklēšana</translation>
    </message>
    <message>
        <source>every live record</source>
        <translation>katrs nedzēstais ieraksts</translation>
    </message>
    <message>
        <source>set a built-in or custom field</source>
        <translation>iestatīt iebūvētu vai pielāgotu lauku</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>mainīt īpašnieku</translation>
    </message>
    <message>
        <source>delete (softly; restore undoes it)</source>
        <translation>dzēst (atgriezeniski; restore to atsauc)</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>pārbaudīt un saskaitīt, neko neierakstīt</translation>
    </message>
    <message>
        <source>Undo a bulk edit: put back each record&apos;s earlier value.</source>
        <translation>Atsaukt masveida labošanu: atjaunot katra ieraksta iepriekšējo vērtību.</translation>
    </message>
    <message>
        <source>Also after a restart. A record whose edited field (or the record) changed after the bulk edit keeps its newer value and is named.</source>
        <translation>Arī pēc restartēšanas. Ieraksts, kura labotais lauks (vai pats ieraksts) pēc masveida labošanas tika mainīts, patur jaunāko vērtību un tiek nosaukts.</translation>
    </message>
    <message>
        <source>List the recent bulk edits, newest first.</source>
        <translation>Uzskaitīt nesenās masveida labošanas, jaunākās vispirms.</translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>pievienots %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>noņemts %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>atjaunots</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autors</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabula</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Vecā vērtība</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jaunā vērtība</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņa</translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation>„%1“ nav ID (UUID vai vismaz 8 tā sākuma heksadecimālie cipari)</translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID meklēšana: %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>nav kontakta ar ID %1</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>nav uzņēmuma ar ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation>ID prefikss %1 atbilst vairākiem kontaktiem; norādiet vairāk ciparu</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation>ID prefikss %1 atbilst vairākiem uzņēmumiem; norādiet vairāk ciparu</translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation>nav kontakta vai uzņēmuma ar ID %1</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation>ID prefikss %1 atbilst vairākiem ierakstiem; norādiet vairāk ciparu</translation>
    </message>
    <message>
        <source>no contact, company or deal with id %1</source>
        <translation>nav kontakta, uzņēmuma vai darījuma ar ID %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: nezināms formāts „%1“; izmantojiet csv vai vcard</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding “%1” (for example %2)</source>
        <translation>--encoding: nezināms kodējums „%1“ (piemēram, %2)</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon, tab or pipe</source>
        <translation>--delimiter: „%1“ nav comma, semicolon, tab vai pipe</translation>
    </message>
    <message>
        <source>--on-duplicate: “%1” is not update, skip or create</source>
        <translation>--on-duplicate: „%1“ nav update, skip vai create</translation>
    </message>
    <message>
        <source>--region: “%1” is not a two-letter country code</source>
        <translation>--region: „%1“ nav divburtu valsts kods</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: šāda faila nav</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, atdalītājs „%2“</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fails: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rindas: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Jauni: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Atjaunināt: %1</translation>
    </message>
    <message>
        <source>Duplicate in file: %1</source>
        <translation>Dublikāti failā: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Nederīgi: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, skipped %4, invalid %5.</source>
        <translation>Imports %1: izveidoti %2, atjaunināti %3, izlaisti %4, nederīgi %5.</translation>
    </message>
    <message>
        <source>import undo: “%1” is not an import number (see crm-cli import list)</source>
        <translation>import undo: „%1“ nav importa numurs (sk. crm-cli import list)</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Imports %1 atsaukts.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Sākts (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formāts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidoti</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaisti</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nederīgi</translation>
    </message>
    <message>
        <source>--photos: “%1” is not keep or skip</source>
        <translation>--photos: „%1“ nav keep vai skip</translation>
    </message>
    <message>
        <source>Imported with warnings: %1</source>
        <translation>Importēti ar brīdinājumiem: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>brīdinājums: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation>jā</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nē</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommands</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Ieraksti</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, json, csv or pdf</source>
        <translation>--format: nezināms formāts „%1“; izmantojiet table, json, csv vai pdf</translation>
    </message>
    <message>
        <source>-o/--output: a PDF needs a file to write</source>
        <translation>-o/--output: PDF failam jānorāda rakstāmais fails</translation>
    </message>
    <message>
        <source>--param: “%1” is not KEY=VALUE</source>
        <translation>--param: „%1“ nav KEY=VALUE</translation>
    </message>
    <message>
        <source>--param: %1 is given twice</source>
        <translation>--param: %1 norādīts divreiz</translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a4 or letter</source>
        <translation>--page-size: „%1“ nav a4 vai letter</translation>
    </message>
    <message>
        <source>--orientation: “%1” is not portrait or landscape</source>
        <translation>--orientation: „%1“ nav portrait vai landscape</translation>
    </message>
    <message>
        <source>unknown report “%1” (see crm-cli report list)</source>
        <translation>nezināma atskaite „%1“ (sk. crm-cli report list)</translation>
    </message>
    <message>
        <source>--param: %1</source>
        <translation>--param: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics library; run crm-cli with --format pdf as its own command</source>
        <translation>PDF izvadei nepieciešama grafikas bibliotēka; palaidiet crm-cli ar --format pdf kā atsevišķu komandu</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Atskaite ierakstīta failā %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>Rows: %1 · written to %2</source>
        <translation>Rindas: %1 · ierakstītas failā %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation>search: vaicājums ir tukšs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-pasti</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Tālruņi</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation>account login: nepieciešami --server un --user</translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation>account login: norādiet paroli standarta ievadē ar --password-stdin</translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation>account login: paroli nevar nolasīt</translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation>account login: parole standarta ievadē ir tukša</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation>Pieteicies serverī %1 kā %2 (komanda %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Nosūtīts</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Jau serverī</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Noraidīts</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Piemērots</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Jauni konflikti</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>noraidīts: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabula</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mans</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Viņu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation>conflicts resolve: --keep jābūt mine, theirs vai both, nevis &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation>conflicts resolve: &quot;%1&quot; nav konflikta ID</translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation>Atrisināts; izvēle tiks sinhronizēta nākamajā sinhronizācijā.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beigts</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Reizes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Ziņojums</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>Time</source>
        <translation>Laiks</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaļas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Ieraksta ID</translation>
    </message>
</context>
<context>
    <name>crm::core</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line</source>
        <translation>„%1“ nav iCalendar satura rinda</translation>
    </message>
    <message>
        <source>a parameter of %1 has no value</source>
        <translation>%1 parametram nav vērtības</translation>
    </message>
    <message>
        <source>a quoted parameter of %1 is not closed</source>
        <translation>%1 parametrs pēdiņās nav noslēgts</translation>
    </message>
    <message>
        <source>%1 has no value (no “:”)</source>
        <translation>%1 nav vērtības (nav „:“)</translation>
    </message>
    <message>
        <source>a continuation line comes before any property</source>
        <translation>turpinājuma rinda ir pirms jebkura rekvizīta</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>rinda ir garāka par %1 baitiem</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>teksts nav UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN bez komponenta nosaukuma</translation>
    </message>
    <message>
        <source>%1 outside a VCALENDAR</source>
        <translation>%1 ārpus VCALENDAR</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>komponenti ir ligzdoti pārāk dziļi</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 bez atbilstoša BEGIN</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>END:%1 vietā, kur bija gaidīts END:%2 (sākts %3. rindā)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended (the file ends early)</source>
        <translation>BEGIN:%1 nekad netiek noslēgts (fails beidzas par agru)</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>nav iCalendar fails (nav BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date</source>
        <translation>„%1“ laukā %2 nav datums</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date-time</source>
        <translation>„%1“ laukā %2 nav datums un laiks</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>nezināma laika josla „%1“</translation>
    </message>
    <message>
        <source>the UID of %1 is longer than 1000 characters</source>
        <translation>%1 UID ir garāks par 1000 rakstzīmēm</translation>
    </message>
    <message>
        <source>(task without a title)</source>
        <translation>(uzdevums bez nosaukuma)</translation>
    </message>
    <message>
        <source>(event without a title)</source>
        <translation>(notikums bez nosaukuma)</translation>
    </message>
    <message>
        <source>PRIORITY is a number from 0 to 9, not “%1”</source>
        <translation>PRIORITY ir skaitlis no 0 līdz 9, nevis „%1“</translation>
    </message>
    <message>
        <source>the VEVENT has no DTSTART</source>
        <translation>VEVENT nav DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation>„%1“ nav ilgums</translation>
    </message>
    <message>
        <source>the %1 ends before it starts</source>
        <translation>%1 beidzas pirms sākuma</translation>
    </message>
    <message>
        <source>the VALARM has no TRIGGER</source>
        <translation>VALARM nav TRIGGER</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>darījumam nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ nav valūtas kods; izmantojiet, piemēram, EUR, USD vai PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>summa nevar būt negatīva</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>varbūtībai jābūt no 0 līdz 100, nevis %1</translation>
    </message>
    <message>
        <source>visibility must be “team” or “private”, not “%1”</source>
        <translation>redzamībai jābūt „team“ vai „private“, nevis „%1“</translation>
    </message>
    <message>
        <source>the contact %1 is on the deal twice</source>
        <translation>kontakts %1 darījumā norādīts divreiz</translation>
    </message>
    <message>
        <source>there is no pipeline with an open stage</source>
        <translation>nav piltuves ar atvērtu posmu</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>nav uzņēmuma ar ID %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>nav kontakta ar ID %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>nav darījuma ar ID %1</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>posmam nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>“stale after” must be a number of days above 0, not %1</source>
        <translation>„iestrēdzis pēc“ jābūt dienu skaitam, kas lielāks par 0, nevis %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Paredzētā noslēgšana</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Varbūtība %</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nākamais solis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
</context>
<context>
    <name>crm::core::Activity</name>
    <message>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tikšanās</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Klienta apmeklējums</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
</context>
<context>
    <name>crm::core::AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
</context>
<context>
    <name>crm::core::BoardModel</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation type="vanished">Iestrēdzis: posmā %1 jau %2 dienas, ilgāk par tā limitu %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Iestrēdzis: %1 dienas bez aktivitātēm, ilgāk par posma limitu %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Iestrēdzis: kopš atvēršanas pirms %1 dienām nav aktivitāšu, ilgāk par posma limitu %2</translation>
    </message>
    <message>
        <source>Deals: %1; weighted: %2</source>
        <translation>Darījumi: %1; svērtā summa: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Dienas šajā posmā: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::BulkEdit</name>
    <message>
        <source>a tag needs a name</source>
        <translation>birkai nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>the tag is too long</source>
        <translation>birka ir pārāk gara</translation>
    </message>
    <message>
        <source>no such field of %1; the fields are: %2</source>
        <translation>%1 nav tāda lauka; lauki ir: %2</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>vērtība ir pārāk gara</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ nav neviens no: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ nav datums (GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>varbūtībai jābūt no 0 līdz 100, nevis %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1“ nav tīmekļa adrese</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ nav tālruņa numurs</translation>
    </message>
    <message>
        <source>there is no company named “%1”</source>
        <translation>nav uzņēmuma ar nosaukumu „%1“</translation>
    </message>
    <message>
        <source>there is no stage named “%1”</source>
        <translation>nav posma ar nosaukumu „%1“</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost: mark deals lost one at a time</source>
        <translation>zaudētam darījumam nepieciešams zaudējuma iemesls: atzīmējiet darījumus kā zaudētus pa vienam</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>„%1“ nav valūtas kods</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ir obligāts</translation>
    </message>
    <message>
        <source>undoing the finished part failed: %1</source>
        <translation>paveiktās daļas atsaukšana neizdevās: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>atcelts: nekas netika mainīts</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Pievienot birku „%1“</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Noņemt birku „%1“</translation>
    </message>
    <message>
        <source>Clear the owner</source>
        <translation>Notīrīt īpašnieku</translation>
    </message>
    <message>
        <source>Change owner to %1</source>
        <translation>Mainīt īpašnieku uz %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Notīrīt: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Iestatīt %1 uz %2</translation>
    </message>
    <message>
        <source>The list changed while the rows were selected; select them again.</source>
        <translation>Saraksts mainījās, kamēr rindas bija atlasītas; atlasiet tās vēlreiz.</translation>
    </message>
    <message>
        <source>bulk edit %1 is not undone; there is nothing to redo</source>
        <translation>masveida labošana %1 nav atsaukta; nav ko atkārtot</translation>
    </message>
    <message>
        <source>bulk edit %1 was undone already</source>
        <translation>masveida labošana %1 jau ir atsaukta</translation>
    </message>
    <message>
        <source>there is no bulk edit %1</source>
        <translation>nav masveida labošanas %1</translation>
    </message>
</context>
<context>
    <name>crm::core::CalendarService</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: failu nevar nolasīt: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: fails ir lielāks par %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: failu nevar ierakstīt: %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>imports tika atcelts; nekas netika importēts</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>eksports tika atcelts; neviens fails netika ierakstīts</translation>
    </message>
</context>
<context>
    <name>crm::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactPhotos</name>
    <message>
        <source>the photo is %1 KB; at most %2 KB are kept</source>
        <translation>foto ir %1 KB; tiek glabāts ne vairāk kā %2 KB</translation>
    </message>
    <message>
        <source>the photo is not a JPEG, PNG, GIF or WebP image</source>
        <translation>foto nav JPEG, PNG, GIF vai WebP attēls</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomField</name>
    <message>
        <source>one line only</source>
        <translation>tikai viena rinda</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ nav skaitlis</translation>
    </message>
    <message>
        <source>“%1” is not an amount with a currency, like 1250.50 EUR</source>
        <translation>„%1“ nav summa ar valūtu, piemēram, 1250.50 EUR</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ nav datums (GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ nav jā vai nē</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ nav neviens no: %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…)</source>
        <translation>„%1“ nav tīmekļa adrese (https://…)</translation>
    </message>
    <message>
        <source>there is no custom field “%1”</source>
        <translation>nav pielāgotā lauka „%1“</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>vērtība ir obligāta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomFieldRepository</name>
    <message>
        <source>%1 have no custom field “%2”</source>
        <translation>%1: nav pielāgotā lauka „%2“</translation>
    </message>
    <message>
        <source>“%1” is not a key: use lower-case letters, digits and _, starting with a letter (at most 40)</source>
        <translation>„%1“ nav atslēga: izmantojiet mazos burtus, ciparus un _, sākot ar burtu (ne vairāk kā 40)</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>laukam vajag nosaukumu</translation>
    </message>
    <message>
        <source>a choice field needs at least one choice</source>
        <translation>izvēles laukam vajag vismaz vienu izvēli</translation>
    </message>
    <message>
        <source>“%1” is not a choice (empty, or with ;)</source>
        <translation>„%1“ nav izvēle (tukša vai ar ;)</translation>
    </message>
    <message>
        <source>the choice “%1” is listed twice</source>
        <translation>izvēle „%1“ norādīta divreiz</translation>
    </message>
    <message>
        <source>%1 already have a field “%2”</source>
        <translation>%1: jau ir lauks „%2“</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>tāda pielāgotā lauka nav</translation>
    </message>
    <message>
        <source>%1 records have a value in “%2”: its type cannot change</source>
        <translation>ieraksti ar vērtību laukā „%2“: %1; tā tipu nevar mainīt</translation>
    </message>
    <message>
        <source>the search refresh was stopped</source>
        <translation>meklēšanas atjaunināšana tika apturēta</translation>
    </message>
</context>
<context>
    <name>crm::core::DealListModel</name>
    <message>
        <source>Won</source>
        <translation>Iegūts</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Svērtā summa</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Varbūtība</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Paredzētā noslēgšana</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
</context>
<context>
    <name>crm::core::DealRepository</name>
    <message>
        <source>the stage %1 was deleted</source>
        <translation>posms %1 ir dzēsts</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>zaudētam darījumam jānorāda zaudēšanas iemesls</translation>
    </message>
    <message>
        <source>the deal “%1” is deleted</source>
        <translation>darījums „%1“ ir dzēsts</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost; mark it lost with a reason</source>
        <translation>zaudētam darījumam jānorāda zaudēšanas iemesls; atzīmējiet to kā zaudētu, norādot iemeslu</translation>
    </message>
</context>
<context>
    <name>crm::core::DealStaleness</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation>Iestrēdzis: posmā %1 dienas: %2, ilgāk par robežu %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation>Iestrēdzis: dienas bez aktivitātēm: %1, ilgāk par posma robežu %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation>Iestrēdzis: kopš atvēršanas nav aktivitāšu, dienas: %1, ilgāk par posma robežu %2</translation>
    </message>
</context>
<context>
    <name>crm::core::ICalendar</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>fails ir lielāks par %1 MB</translation>
    </message>
</context>
<context>
    <name>crm::core::LeadConversion</name>
    <message>
        <source>the contact %1 is deleted</source>
        <translation>kontakts %1 ir dzēsts</translation>
    </message>
    <message>
        <source>%1 is not a lead; only leads are converted</source>
        <translation>%1 nav interesents; konvertēt var tikai interesentus</translation>
    </message>
    <message>
        <source>%1 has no company; give the company&apos;s name</source>
        <translation>%1 nav uzņēmuma; norādiet uzņēmuma nosaukumu</translation>
    </message>
    <message>
        <source>the company %1 is deleted</source>
        <translation>uzņēmums %1 ir dzēsts</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2</source>
        <translation>%1 nav uzņēmuma %2 kontakts</translation>
    </message>
    <message>
        <source>give the name of the person at %1 the deal is with</source>
        <translation>norādiet tās personas vārdu uzņēmumā %1, ar kuru ir darījums</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Interesents</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenciālais klients</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Bijušais klients</translation>
    </message>
</context>
<context>
    <name>crm::core::ListFilter</name>
    <message>
        <source>“%1:” needs a value, e.g. %1:something</source>
        <translation>„%1:“ nepieciešama vērtība, piem., %1:kaut_kas</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use lead, prospect, customer or former</source>
        <translation>Nezināms statuss „%1“: izmantojiet lead, prospect, customer vai former</translation>
    </message>
    <message>
        <source>No tag is named “%1”</source>
        <translation>Nav birkas ar nosaukumu „%1“</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Fields: %2</source>
        <translation>Nezināms lauks „%1“. Lauki: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use %2</source>
        <translation>Nezināms posms „%1“: izmantojiet %2</translation>
    </message>
    <message>
        <source>Unknown pipeline “%1”: use %2</source>
        <translation>Nezināma piltuve „%1“: izmantojiet %2</translation>
    </message>
    <message>
        <source>Unknown currency “%1”: use a code such as EUR</source>
        <translation>Nezināma valūta „%1“: izmantojiet kodu, piemēram, EUR</translation>
    </message>
    <message>
        <source>open</source>
        <translation>atvērts</translation>
    </message>
    <message>
        <source>won</source>
        <translation>iegūts</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>zaudēts</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use open, won or lost</source>
        <translation>Nezināms statuss „%1“: izmantojiet open, won vai lost</translation>
    </message>
</context>
<context>
    <name>crm::core::Money</name>
    <message>
        <source>“%1” is not an amount; write it like 1250 or 1250.50</source>
        <translation>„%1“ nav summa; rakstiet, piemēram, 1250 vai 1250.50</translation>
    </message>
    <message>
        <source>%1 has no minor units; write “%2” without decimals</source>
        <translation>%1 nav daļvienību; rakstiet „%2“ bez decimāldaļas</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; “%3” has more</source>
        <translation>%1 ir %2 decimālzīmes; „%3“ ir vairāk</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>summa „%1“ ir pārāk liela</translation>
    </message>
</context>
<context>
    <name>crm::core::Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Pārdošana</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Izpēte</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificēts</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Piedāvājums nosūtīts</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Sarunas</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūts</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēts</translation>
    </message>
</context>
<context>
    <name>crm::core::PipelineRepository</name>
    <message>
        <source>no pipeline with id %1</source>
        <translation>nav piltuves ar ID %1</translation>
    </message>
    <message>
        <source>no stage with id %1</source>
        <translation>nav posma ar ID %1</translation>
    </message>
    <message>
        <source>no pipeline “%1”; there are: %2</source>
        <translation>nav piltuves „%1“; ir šādas: %2</translation>
    </message>
    <message>
        <source>no stage “%1” in the pipeline %2; its stages are: %3</source>
        <translation>piltuvē %2 nav posma „%1“; tās posmi: %3</translation>
    </message>
    <message>
        <source>the pipeline %1 has no won stage</source>
        <translation>piltuvei %1 nav iegūšanas posma</translation>
    </message>
    <message>
        <source>the pipeline %1 has no lost stage</source>
        <translation>piltuvei %1 nav zaudēšanas posma</translation>
    </message>
    <message>
        <source>a pipeline needs a name</source>
        <translation>piltuvei nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>the pipeline already has a %1 stage (%2)</source>
        <translation>piltuvē jau ir posms %1 (%2)</translation>
    </message>
    <message>
        <source>deals in this stage: %1; move them first</source>
        <translation type="vanished">darījumi šajā posmā: %1; vispirms pārvietojiet tos</translation>
    </message>
    <message>
        <source>a stage keeps its outcome: every pipeline has exactly one won and one lost stage</source>
        <translation>posms patur savu iznākumu: katrai piltuvei ir tieši viens iegūšanas un viens zaudēšanas posms</translation>
    </message>
    <message>
        <source>the %1 stage stays: every pipeline has exactly one won and one lost stage</source>
        <translation>posms %1 paliek: katrai piltuvei ir tieši viens iegūšanas un viens zaudēšanas posms</translation>
    </message>
    <message>
        <source>the %1 stage is the pipeline&apos;s last open stage</source>
        <translation>posms %1 ir piltuves pēdējais atvērtais posms</translation>
    </message>
    <message>
        <source>deals in this stage: %1; choose the stage they move to</source>
        <translation>darījumi šajā posmā: %1; izvēlieties posmu, uz kuru tos pārcelt</translation>
    </message>
    <message>
        <source>the deals can only move to another open stage of the pipeline %1</source>
        <translation>darījumus var pārcelt tikai uz citu piltuves %1 atvērto posmu</translation>
    </message>
    <message>
        <source>a new order must name every stage of the pipeline %1 once</source>
        <translation>jaunajā secībā katram piltuves %1 posmam jābūt vienreiz</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation>nav nevienas piltuves</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūts</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēts</translation>
    </message>
    <message>
        <source>%1 is the last pipeline; add another one first</source>
        <translation>%1 ir pēdējā piltuve; vispirms pievienojiet citu</translation>
    </message>
    <message>
        <source>deals in this pipeline: %1; choose the pipeline they move to</source>
        <translation>darījumi šajā piltuvē: %1; izvēlieties piltuvi, uz kuru tos pārcelt</translation>
    </message>
    <message>
        <source>the deals can only move to another pipeline</source>
        <translation>darījumus var pārcelt tikai uz citu piltuvi</translation>
    </message>
    <message>
        <source>the pipeline %1 has no stage for these deals</source>
        <translation>piltuvei %1 nav posma šiem darījumiem</translation>
    </message>
</context>
<context>
    <name>crm::core::Preferences</name>
    <message>
        <source>“%1” is not a region code such as LV, EE or PL</source>
        <translation>„%1“ nav reģiona kods, piemēram, LV, EE vai PL</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, USD or PLN</source>
        <translation>„%1“ nav valūtas kods, piemēram, EUR, USD vai PLN</translation>
    </message>
</context>
<context>
    <name>crm::core::Reader</name>
    <message>
        <source>Inbound</source>
        <translation>Ienākošs</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Izejošs</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Termiņš %1</translation>
    </message>
    <message>
        <source>Deal opened: %1</source>
        <translation>Darījums atvērts: %1</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Darījums iegūts: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1</source>
        <translation>Darījums zaudēts: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Iemesls: %1</translation>
    </message>
    <message>
        <source>Deal moved: %1</source>
        <translation>Darījums pārvietots: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Kontakts izveidots</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Uzņēmums izveidots</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Ieraksts izveidots</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Atjaunots</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 pievienots</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 noņemts</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 mainīts</translation>
    </message>
</context>
<context>
    <name>crm::core::ReminderEngine</name>
    <message>
        <source>give the time to snooze until</source>
        <translation>norādiet laiku, līdz kuram atlikt</translation>
    </message>
</context>
<context>
    <name>crm::core::Reports</name>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ir</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>ir mazāks par</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ir ne vairāk kā</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>ir lielāks par</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>ir vismaz</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>satur</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>sākas ar</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ir viens no</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ir tukšs</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>nav tukšs</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>ir periodā</translation>
    </message>
    <message>
        <source>is in the past</source>
        <translation>ir pagātnē</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Interesents</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potenciālais klients</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Bijušais klients</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērts</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūts</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēts</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Piltuve pa posmiem</translation>
    </message>
    <message>
        <source>Open deals per pipeline and stage: how many, their total and their weighted amount, per currency.</source>
        <translation>Atvērtie darījumi pa piltuvēm un posmiem: skaits, kopsumma un svērtā summa katrā valūtā.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Svērtā summa</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Piltuve</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>Pārdošanas prognoze</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, weighted by their probability.</source>
        <translation>Atvērtie darījumi pa paredzētās noslēgšanas mēnešiem, svērti pēc varbūtības.</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Iegūtie un zaudētie darījumi</translation>
    </message>
    <message>
        <source>Deals closed in the period, won or lost, with the reasons they were lost.</source>
        <translation>Periodā noslēgtie darījumi — iegūtie vai zaudētie — ar zaudēšanas iemesliem.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>Activity per owner</source>
        <translation>Aktivitātes pa īpašniekiem</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, tasks, notes and e-mails per owner and kind: how many, how many done.</source>
        <translation>Zvani, tikšanās, apmeklējumi, uzdevumi, piezīmes un e-pasti pa īpašniekiem un veidiem: cik kopā un cik izpildīts.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Lead source effectiveness</source>
        <translation>Interesentu avotu efektivitāte</translation>
    </message>
    <message>
        <source>Per source: the leads it brought, how many were qualified, their deals and the value won.</source>
        <translation>Katram avotam: piesaistītie interesenti, cik no tiem kvalificēti, to darījumi un iegūtā vērtība.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Interesenti</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalificēti</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Iegūtā vērtība</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klienti</translation>
    </message>
    <message>
        <source>Companies that bought from us: when we last spoke to them and what they bought in all.</source>
        <translation>Uzņēmumi, kas no mums pirkuši: kad pēdējo reizi ar tiem runājām un par cik kopā tie nopirkuši.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Nokavētie uzdevumi</translation>
    </message>
    <message>
        <source>Open tasks past their due time, the oldest first.</source>
        <translation>Atvērtie uzdevumi ar nokavētu termiņu, vecākie vispirms.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Month created</source>
        <translation>Izveides mēnesis</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Iegūtie darījumi</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Pēdējais kontakts</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Lifetime won value</source>
        <translation>Kopējā iegūtā vērtība</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Iznākums</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Svērtā summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Varbūtība %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Paredzētā noslēgšana</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Noslēgšanas mēnesis</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Zaudēšanas iemesls</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nākamais solis</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Noslēgts</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Posmā kopš</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temats</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Izpildīts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Darījums</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vieta</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēts</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Nokavētās dienas</translation>
    </message>
</context>
<context>
    <name>crm::core::TagRepository</name>
    <message>
        <source>a tag needs a name</source>
        <translation>birkai vajag nosaukumu</translation>
    </message>
    <message>
        <source>there is a tag “%1” already; merge the two instead</source>
        <translation>birka „%1“ jau ir; tā vietā apvienojiet abas</translation>
    </message>
    <message>
        <source>“%1” is not a colour like #1976d2</source>
        <translation>„%1“ nav krāsa, piemēram, #1976d2</translation>
    </message>
</context>
<context>
    <name>crm::core::Timeline</name>
    <message>
        <source>Call</source>
        <translation>Zvans</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tikšanās</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Klienta apmeklējums</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Uzdevums</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Darījums atvērts</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Posms mainīts</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Darījums iegūts</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Darījums zaudēts</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidots</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Lauks mainīts</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Atjaunots</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineModel</name>
    <message>
        <source>Today %1</source>
        <translation>Šodien %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Vakar %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Rīt %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaļas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas piedalās</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineRepository</name>
    <message>
        <source>no contact, company or deal with this id</source>
        <translation>nav kontakta, uzņēmuma vai darījuma ar šo ID</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1“ nav datums; rakstiet to formātā GGGG-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 nav kalendāra diena</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>dzimšanas dienai jābūt starp 1900. gadu un šodienu</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>kontaktam nepieciešams vārds vai uzvārds</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>vārds ir pārāk garš</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>uzvārds ir pārāk garš</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ nav derīga e-pasta adrese</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>nezināms veids „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ nav tālruņa numurs</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>redzamībai jābūt „team“ vai „private“</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>uzņēmumam nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nosaukums ir pārāk garš</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1“ nav tīmekļa adrese</translation>
    </message>
    <message>
        <source>give the activity a subject</source>
        <translation>norādiet aktivitātes tematu</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>temats ir garāks par 500 rakstzīmēm</translation>
    </message>
    <message>
        <source>a meeting or visit needs a start time</source>
        <translation>tikšanās vai apmeklējumam nepieciešams sākuma laiks</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>beigu laikam nepieciešams sākuma laiks</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>beigas ir pirms sākuma</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>„%1“ nav zināma laika josla</translation>
    </message>
    <message>
        <source>the direction is inbound or outbound, not “%1”</source>
        <translation>virziens ir „inbound“ vai „outbound“, nevis „%1“</translation>
    </message>
    <message>
        <source>the duration cannot be negative</source>
        <translation>ilgums nevar būt negatīvs</translation>
    </message>
    <message>
        <source>the priority is a number from 0 to 9</source>
        <translation>prioritāte ir skaitlis no 0 līdz 9</translation>
    </message>
    <message>
        <source>a reminder needs a start or a due time</source>
        <translation>atgādinājumam nepieciešams sākuma laiks vai termiņš</translation>
    </message>
    <message>
        <source>a reminder is between 0 minutes and a year ahead</source>
        <translation>atgādinājums var būt no 0 minūtēm līdz gadam uz priekšu</translation>
    </message>
    <message>
        <source>the visibility is team or private, not “%1”</source>
        <translation>redzamība ir „team“ vai „private“, nevis „%1“</translation>
    </message>
    <message>
        <source>an attendee needs a contact, a name or an e-mail</source>
        <translation>dalībniekam nepieciešams kontakts, vārds vai e-pasts</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ nav e-pasta adrese</translation>
    </message>
    <message>
        <source>give the new date and time</source>
        <translation>norādiet jauno datumu un laiku</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Jauni kontakti</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Jauni interesenti</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Iegūtie darījumi</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Zaudētie darījumi</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Slēgtie darījumi</translation>
    </message>
    <message>
        <source>Deals won (sales cycle)</source>
        <translation>Iegūtie darījumi (pārdošanas cikls)</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Atvērtie darījumi · %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Atvērtie darījumi</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Paveikts: %1</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Paveiktās aktivitātes</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Iegūts no %1</translation>
    </message>
    <message>
        <source>Deals won · %1</source>
        <translation>Iegūtie darījumi · %1</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardPeriod</name>
    <message>
        <source>the dashboard needs a period with a start, not “%1”</source>
        <translation>sākuma ekrānam vajag periodu ar sākumu, nevis „%1“</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Šī nedēļa</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Šis mēnesis</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Šis ceturksnis</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Šis gads</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Pēdējās 30 dienas</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Pēdējās 90 dienas</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardService</name>
    <message>
        <source>Overdue tasks</source>
        <translation>Nokavētie uzdevumi</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Iestrēguši darījumi</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup</name>
    <message>
        <source>a merge needs at least two records</source>
        <translation>apvienošanai vajag vismaz divus ierakstus</translation>
    </message>
    <message>
        <source>a record is named twice in the merge</source>
        <translation>ieraksts apvienošanā norādīts divreiz</translation>
    </message>
    <message>
        <source>the record to keep (%1) is not one of the merged records</source>
        <translation>saglabājamais ieraksts (%1) nav starp apvienojamajiem</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>nezināms lauks %1</translation>
    </message>
    <message>
        <source>field %1: record %2 is not one of the merged records</source>
        <translation>lauks %1: ieraksts %2 nav starp apvienojamajiem</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>nav ieraksta ar id %1</translation>
    </message>
    <message>
        <source>record %1 is deleted</source>
        <translation>ieraksts %1 ir dzēsts</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::DuplicateFinder</name>
    <message>
        <source>a pair needs two different records</source>
        <translation>pārim vajag divus dažādus ierakstus</translation>
    </message>
    <message>
        <source>contacts are being imported; look for duplicates again when the import has finished</source>
        <translation>kontakti tiek importēti; meklējiet dublikātus vēlreiz, kad imports būs pabeigts</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::MergeService</name>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>nav apvienošanas ar id %1</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>apvienošana %1 jau ir atsaukta</translation>
    </message>
    <message>
        <source>%1 was changed after the merge and keeps its new value</source>
        <translation>%1 tika mainīts pēc apvienošanas un patur jauno vērtību</translation>
    </message>
    <message>
        <source>cannot unmerge: the record kept by the merge no longer exists</source>
        <translation>nevar atdalīt: apvienošanā saglabātais ieraksts vairs nepastāv</translation>
    </message>
    <message>
        <source>cannot unmerge: %1, the record kept by the merge, was deleted after it; restore it first</source>
        <translation>nevar atdalīt: %1, apvienošanā saglabātais ieraksts, pēc tam tika dzēsts; vispirms to atjaunojiet</translation>
    </message>
    <message>
        <source>the activity “%1” was deleted after the merge</source>
        <translation>aktivitāte „%1“ tika dzēsta pēc apvienošanas</translation>
    </message>
    <message>
        <source>the activity “%1” was linked elsewhere after the merge</source>
        <translation>aktivitāte „%1“ pēc apvienošanas tika piesaistīta citur</translation>
    </message>
    <message>
        <source>the deal “%1” was deleted after the merge</source>
        <translation>darījums „%1“ tika dzēsts pēc apvienošanas</translation>
    </message>
    <message>
        <source>the deal “%1” was moved to another company after the merge</source>
        <translation>darījums „%1“ pēc apvienošanas tika pārcelts uz citu uzņēmumu</translation>
    </message>
    <message>
        <source>the deal “%1” no longer has the contact after the merge</source>
        <translation>darījumam „%1“ pēc apvienošanas vairs nav šī kontakta</translation>
    </message>
    <message>
        <source>the contact %1 was deleted after the merge</source>
        <translation>kontakts %1 tika dzēsts pēc apvienošanas</translation>
    </message>
    <message>
        <source>the contact %1 was moved to another company after the merge</source>
        <translation>kontakts %1 pēc apvienošanas tika pārcelts uz citu uzņēmumu</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::Scan</name>
    <message>
        <source>same website domain %1</source>
        <translation>tas pats tīmekļa domēns %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>tas pats tālrunis %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>tas pats nosaukums: %1</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>dublikātu meklēšana tika atcelta</translation>
    </message>
</context>
<context>
    <name>crm::core::import</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nevar atvērt %1: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>nezināms kodējums „%1“</translation>
    </message>
    <message>
        <source>not a text file (binary data at byte %1)</source>
        <translation>nav teksta fails (binārie dati %1. baitā)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fails ir tukšs</translation>
    </message>
    <message>
        <source>line %1: there is no custom field “%2” for contacts; its value “%3” is skipped</source>
        <translation>%1. rinda: kontaktiem nav pielāgotā lauka „%2“; tā vērtība „%3“ izlaista</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ColumnMapping</name>
    <message>
        <source>(do not import)</source>
        <translation>(neimportēt)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Pilns vārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-pasts (darba)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-pasts (mājas)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-pasts (cits)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>E-pasta veids</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Tālrunis (darba)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Tālrunis (mobilais)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Tālrunis (mājas)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Tālrunis (cits)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Tālruņa veids</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)</source>
        <translation>„%1“ nav datums (gaidīts GGGG-MM-DD, DD.MM.GGGG vai MM/DD/GGGG)</translation>
    </message>
    <message>
        <source>“%1” is not a status (lead, prospect, customer or former)</source>
        <translation>„%1“ nav statuss (lead, prospect, customer vai former)</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ContactImporter</name>
    <message>
        <source>%1: no column is mapped to a contact field (headers: %2)</source>
        <translation>%1: neviena kolonna nav piesaistīta kontakta laukam (virsraksti: %2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>imports tika atcelts</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>%1; undoing the partial import %2 failed: %3</source>
        <translation>%1; daļējā importa %2 atsaukšana neizdevās: %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing of it was kept</source>
        <translation>imports tika atcelts; nekas no tā netika saglabāts</translation>
    </message>
    <message>
        <source>the import has no preview</source>
        <translation>importam nav priekšskatījuma</translation>
    </message>
</context>
<context>
    <name>crm::core::import::Evidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation type="vanished">tāds pats e-pasts %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="vanished">tāds pats tālrunis %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="vanished">tāds pats vārds</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="vanished">līdzīgs vārds</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportBatches</name>
    <message>
        <source>no import with number %1</source>
        <translation>nav importa ar numuru %1</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>imports %1 jau ir atsaukts</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> un vēl %1</translation>
    </message>
    <message>
        <source>import %1 cannot be undone: records were changed after it: %2</source>
        <translation>importu %1 nevar atsaukt: pēc tā tika mainīti ieraksti: %2</translation>
    </message>
    <message>
        <source>the undo was stopped</source>
        <translation>atsaukšana tika apturēta</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>nevar atvērt %1: %2</translation>
    </message>
    <message>
        <source>the file is too large for a vCard file</source>
        <translation>fails ir pārāk liels vCard failam</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 text</source>
        <translation>baiti, kas nav derīgs %1 teksts</translation>
    </message>
    <message>
        <source>line %1: %2; skipped</source>
        <translation>%1. rinda: %2; izlaists</translation>
    </message>
</context>
<context>
    <name>crm::core::import::MatchEvidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation>tas pats e-pasts %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>tas pats tālrunis %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vārds</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>līdzīgs vārds</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>tas pats vārds: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2 %3</source>
        <translation>līdzīgi vārdi: %1 / %2 %3</translation>
    </message>
    <message>
        <source>but different e-mails or phones</source>
        <translation>bet atšķirīgi e-pasti vai tālruņi</translation>
    </message>
    <message>
        <source>an office&apos;s address</source>
        <translation>biroja adrese</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>tā pati dzimšanas diena</translation>
    </message>
    <message>
        <source>but different first names</source>
        <translation>bet atšķirīgi vārdi</translation>
    </message>
    <message>
        <source>but different birthdays</source>
        <translation>bet atšķirīgas dzimšanas dienas</translation>
    </message>
    <message>
        <source>but different places</source>
        <translation>bet atšķirīgas vietas</translation>
    </message>
</context>
<context>
    <name>crm::core::io</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mail %1 - Label</source>
        <translation>E-pasts %1 - veids</translation>
    </message>
    <message>
        <source>E-mail %1 - Value</source>
        <translation>E-pasts %1 - vērtība</translation>
    </message>
    <message>
        <source>Phone %1 - Label</source>
        <translation>Tālrunis %1 - veids</translation>
    </message>
    <message>
        <source>Phone %1 - Value</source>
        <translation>Tālrunis %1 - vērtība</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>failu nevar ierakstīt: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksports tika atcelts</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property (NAME:value)</source>
        <translation>„%1“ nav rekvizīts (NOSAUKUMS:vērtība)</translation>
    </message>
    <message>
        <source>line %1: the photo is not valid base64; skipped</source>
        <translation>%1. rinda: fotoattēls nav derīgs base64; izlaists</translation>
    </message>
    <message>
        <source>line %1: the photo is not a base64 data URI; skipped</source>
        <translation>%1. rinda: fotoattēls nav base64 datu URI; izlaists</translation>
    </message>
    <message>
        <source>line %1: birthday “%2” is not a date; skipped</source>
        <translation>%1. rinda: dzimšanas diena „%2“ nav datums; izlaista</translation>
    </message>
    <message>
        <source>a vCard begins inside the one that begins on line %1</source>
        <translation>vCard sākas iekšā tajā, kas sākas %1. rindā</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD bez BEGIN:VCARD</translation>
    </message>
    <message>
        <source>text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”</source>
        <translation>teksts ārpus vCard (BEGIN:VCARD … END:VCARD): „%1“</translation>
    </message>
    <message>
        <source>the vCard that begins here does not end (END:VCARD is missing)</source>
        <translation>vCard, kas sākas šeit, nebeidzas (trūkst END:VCARD)</translation>
    </message>
    <message>
        <source>no vCard in the file (BEGIN:VCARD is missing)</source>
        <translation>failā nav vCard (trūkst BEGIN:VCARD)</translation>
    </message>
    <message>
        <source>line %1: the photo is a link to elsewhere (“%2”), not a picture in the file; skipped</source>
        <translation>%1. rinda: foto ir saite uz citu vietu („%2“), nevis attēls failā; izlaists</translation>
    </message>
    <message>
        <source>line %1: %2 without X-KEY (the field it is for); skipped</source>
        <translation>%1. rinda: %2 bez X-KEY (lauka, kuram tas paredzēts); izlaists</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1. rinda: %2</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>vairāk nekā %1 lauku</translation>
    </message>
    <message>
        <source>a quoted field that starts here is not closed</source>
        <translation>pēdiņās ietverts lauks, kas sākas šeit, nav noslēgts</translation>
    </message>
    <message>
        <source>“%1” after the closing quote of a field (a quote inside a field is written &quot;&quot;)</source>
        <translation>„%1“ aiz lauka noslēdzošās pēdiņas (pēdiņu lauka iekšā raksta kā &quot;&quot;)</translation>
    </message>
    <message>
        <source>a field longer than %1 characters</source>
        <translation>lauks, kas garāks par %1 rakstzīmēm</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>failu nevar ierakstīt: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports</name>
    <message>
        <source>must be an object</source>
        <translation>jābūt objektam</translation>
    </message>
    <message>
        <source>filter groups nest too deep (at most 8 levels)</source>
        <translation>filtru grupas ir ligzdotas pārāk dziļi (ne vairāk kā 8 līmeņi)</translation>
    </message>
    <message>
        <source>“%1” is not all or any</source>
        <translation>„%1“ nav all vai any</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>jābūt masīvam</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>trūkst</translation>
    </message>
    <message>
        <source>must be a string, a number or a list</source>
        <translation>jābūt virknei, skaitlim vai sarakstam</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>nezināms lauks „%1“ objektam %2</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 (use %3)</source>
        <translation>„%1“ neattiecas uz %2 (izmantojiet %3)</translation>
    </message>
    <message>
        <source>no parameter named “%1”</source>
        <translation>nav parametra ar nosaukumu „%1“</translation>
    </message>
    <message>
        <source>must be a list for “in”</source>
        <translation>operatoram „in“ jābūt sarakstam</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>saved report %1: %2</source>
        <translation>saglabātā atskaite %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Compiler</name>
    <message>
        <source> and </source>
        <translation> un </translation>
    </message>
    <message>
        <source> or </source>
        <translation> vai </translation>
    </message>
    <message>
        <source>: “%1” is not a whole number</source>
        <translation>: „%1“ nav vesels skaitlis</translation>
    </message>
    <message>
        <source>: “%1” is not true or false</source>
        <translation>: „%1“ nav true vai false</translation>
    </message>
    <message>
        <source>: “%1” is not an amount</source>
        <translation>: „%1“ nav summa</translation>
    </message>
    <message>
        <source>: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>: „%1“ nav datums (GGGG-MM-DD)</translation>
    </message>
    <message>
        <source>: “%1” is not a date</source>
        <translation>: „%1“ nav datums</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Period</name>
    <message>
        <source>a period needs at least one day</source>
        <translation>periodam nepieciešama vismaz viena diena</translation>
    </message>
    <message>
        <source>“%1” holds a date that does not exist</source>
        <translation>„%1“ satur datumu, kas neeksistē</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>„%1“ beidzas pirms sākuma</translation>
    </message>
    <message>
        <source>“%1” is not a period; use all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>„%1“ nav periods; izmantojiet all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days vai GGGG-MM-DD..GGGG-MM-DD</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Viss laiks</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::PlainFormatter</name>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportDefinition</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>%1. rinda (nobīde %2): %3</translation>
    </message>
    <message>
        <source>a report definition must be a JSON object</source>
        <translation>atskaites definīcijai jābūt JSON objektam</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>neatbalstīta versija %1</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies, deals or activities</source>
        <translation>„%1“ nav contacts, companies, deals vai activities</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>jābūt lauku nosaukumu masīvam</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>jābūt virknei</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>jābūt masīvam</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>jābūt objektam</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>atskaitei nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>nezināms lauks „%1“ objektam %2</translation>
    </message>
    <message>
        <source>a report without groups needs at least one column</source>
        <translation>atskaitei bez grupām nepieciešama vismaz viena kolonna</translation>
    </message>
    <message>
        <source>at most two group fields</source>
        <translation>ne vairāk kā divi grupēšanas lauki</translation>
    </message>
    <message>
        <source>“%1” cannot be grouped by</source>
        <translation>pēc „%1“ nevar grupēt</translation>
    </message>
    <message>
        <source>the same field twice</source>
        <translation>tas pats lauks divreiz</translation>
    </message>
    <message>
        <source>a grouped report needs at least one figure</source>
        <translation>grupētai atskaitei nepieciešams vismaz viens rādītājs</translation>
    </message>
    <message>
        <source>count takes no field</source>
        <translation>count neizmanto lauku</translation>
    </message>
    <message>
        <source>“%1” is not count, sum or avg</source>
        <translation>„%1“ nav count, sum vai avg</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ nav skaitlis</translation>
    </message>
    <message>
        <source>amounts in several currencies can be summed, not averaged</source>
        <translation>summas vairākās valūtās var saskaitīt, bet ne aprēķināt vidējo</translation>
    </message>
    <message>
        <source>amounts in several currencies cannot be sorted</source>
        <translation>summas vairākās valūtās nevar kārtot</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>trūkst</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>„%1“ nav %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>„%1“ norādīts divreiz</translation>
    </message>
    <message>
        <source>there is no figure %1</source>
        <translation>nav rādītāja %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportEngine</name>
    <message>
        <source>unknown parameter “%1” (this report takes: %2)</source>
        <translation>nezināms parametrs „%1“ (šī atskaite pieņem: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nav</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>parametrs %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a whole number</source>
        <translation>parametrs %1: „%2“ nav vesels skaitlis</translation>
    </message>
    <message>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaits</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Summa: %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Vidējais: %1</translation>
    </message>
    <message>
        <source>running the report “%1”</source>
        <translation>izpilda atskaiti „%1“</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>atskaite tika atcelta</translation>
    </message>
    <message>
        <source>Total · %1</source>
        <translation>Kopā · %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Starpsumma</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kopā</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportRepository</name>
    <message>
        <source>no saved report %1</source>
        <translation>nav saglabātas atskaites %1</translation>
    </message>
    <message>
        <source>“%1” names more than one report; use its id</source>
        <translation>„%1“ atbilst vairākām atskaitēm; izmantojiet tās ID</translation>
    </message>
    <message>
        <source>no report named “%1”</source>
        <translation>nav atskaites ar nosaukumu „%1“</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>darba</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobilais</translation>
    </message>
    <message>
        <source>home</source>
        <translation>mājas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>cits</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Bez izmaiņām · bija %1</translation>
    </message>
    <message>
        <source>%1 from none before</source>
        <translation>%1 — iepriekš nebija</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · bija %3</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, miljoni</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, tūkstoši</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Atsauc importu %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Atsaukt importu</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Aptur pēc pašreizējās kopas…</translation>
    </message>
    <message>
        <source>Undone: %1 of %2</source>
        <translation>Atsaukts: %1 no %2</translation>
    </message>
    <message>
        <source>The undo was stopped. What was undone stays undone; undo the import again (File ▸ Import History) to finish it.</source>
        <translation>Atsaukšana tika apturēta. Atsauktais paliek atsaukts; lai pabeigtu, atsauciet importu vēlreiz (Fails ▸ Importa vēsture).</translation>
    </message>
</context>
<context>
    <name>crm::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Jauna aktivitāte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Izejošs (es zvanīju)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Ienākošs (zvanīja man)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nav norādīts</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>sazvanīts</translation>
    </message>
    <message>
        <source>left a voicemail</source>
        <translation>atstāta balss ziņa</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>neatbild</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>aizņemts</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>nepareizs numurs</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Adrese, telpa vai videozvana saite</translation>
    </message>
    <message>
        <source>Type to invite a contact</source>
        <translation>Rakstiet, lai uzaicinātu kontaktu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Augsta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Parasta</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Zema</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>Iz&amp;pildīts</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Bez atgādinājuma</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>Notikuma brīdī</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minūtes iepriekš</translation>
    </message>
    <message>
        <source>A day before</source>
        <translation>Dienu iepriekš</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Veids:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temats:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>&amp;Kontakts:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Uzņēmums:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>&amp;Darījums:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Vi&amp;rziens:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Re&amp;zultāts:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>I&amp;lgums:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Sākums:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Beigas:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>V&amp;ieta:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Dalīb&amp;nieki:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Ter&amp;miņš:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Pri&amp;oritāte:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>Atgādinā&amp;jums:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Piez&amp;īmes:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etaļas</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>K&amp;ad:</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>No&amp;sūtīts:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” is not picked from the list</source>
        <translation>„%1“ nav izvēlēts no saraksta</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Jauna aktivitāte „%1“</translation>
    </message>
    <message>
        <source>Edit activity “%1”</source>
        <translation>Rediģēt aktivitāti „%1“</translation>
    </message>
</context>
<context>
    <name>crm::ui::AgendaView</name>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Izpildīts</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Rīt</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Turpinājums</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dienaskārtība</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Nokavētās</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Šo&amp;dien</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Šo nedēļ&amp;u</translation>
    </message>
    <message>
        <source>Tick the selected activity off (Ctrl+Enter)</source>
        <translation>Atzīmēt atlasīto aktivitāti kā izpildītu (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)</source>
        <translation>Pārcelt atlasīto aktivitāti uz nākamo dienu (Ctrl+Right; Ctrl+Left: dienu atpakaļ)</translation>
    </message>
    <message>
        <source>Finish the selected activity and add a follow-up task for tomorrow</source>
        <translation>Pabeigt atlasīto aktivitāti un pievienot turpinājuma uzdevumu rītdienai</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Pārcelt uz:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Rīt</translation>
    </message>
    <message>
        <source>Move the selected activity to %1 at the same time (or drag it here)</source>
        <translation>Pārcelt atlasīto aktivitāti uz %1 tajā pašā laikā (vai ievelciet to šeit)</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Atzīmēt kā izpildītu „%1“</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Atvērt no jauna „%1“</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Pārplānot „%1“</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Turpinājums: %1</translation>
    </message>
    <message>
        <source>Follow up “%1”</source>
        <translation>Turpinājums „%1“</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditCommand</name>
    <message>
        <source>%1: cancelled, nothing was changed</source>
        <translation>%1: atcelts, nekas netika mainīts</translation>
    </message>
    <message>
        <source>%1 failed, nothing was changed: %2</source>
        <translation>%1 neizdevās, nekas netika mainīts: %2</translation>
    </message>
    <message>
        <source>%1 · Changed: %2 of %3 — Ctrl+Z to undo</source>
        <translation>%1 · Mainīti: %2 no %3 — Ctrl+Z, lai atsauktu</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Atsauc: %1…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Atsaukšana neizdevās: %1</translation>
    </message>
    <message>
        <source>Redoing: %1…</source>
        <translation>Atkārto: %1…</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Atkārtošana neizdevās: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 put back; %n left as they were changed after the bulk edit</source>
        <translation>
            <numerusform>Atsaukts: atjaunoti %1; %n ieraksts atstāts, kā ir, jo pēc masveida labošanas tika mainīts</numerusform>
            <numerusform>Atsaukts: atjaunoti %1; %n ieraksti atstāti, kā ir, jo pēc masveida labošanas tika mainīti</numerusform>
            <numerusform>Atsaukts: atjaunoti %1; %n ierakstu atstāts, kā ir, jo pēc masveida labošanas tika mainīts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditDialog</name>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Lauks:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Bez datuma</translation>
    </message>
    <message>
        <source>Bulk Edit · %1</source>
        <translation>Masveida labošana · %1</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Iestatīt lauku</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Pievienot birku</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Noņemt birku</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Mainīt īpašnieku</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dzēst</translation>
    </message>
    <message>
        <source>The stage&apos;s default</source>
        <translation>Posma noklusējums</translation>
    </message>
    <message>
        <source>Type a company&apos;s name; empty: no company</source>
        <translation>Ierakstiet uzņēmuma nosaukumu; tukšs: bez uzņēmuma</translation>
    </message>
    <message>
        <source>The records are deleted; Undo (Ctrl+Z) brings them back.</source>
        <translation>Ieraksti tiek dzēsti; atsaukšana (Ctrl+Z) tos atgriež.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Lie&amp;tot</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Darbība:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Vērtība:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jā</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nē</translation>
    </message>
    <message>
        <source>1234.50 EUR</source>
        <translation>1234.50 EUR</translation>
    </message>
    <message>
        <source>Empty: clears the field</source>
        <translation>Tukšs: notīra lauku</translation>
    </message>
    <message>
        <source>Empty: no owner</source>
        <translation>Tukšs: bez īpašnieka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditHistoryDialog</name>
    <message>
        <source>Bulk Edit History</source>
        <translation>Masveida labošanas vēsture</translation>
    </message>
    <message>
        <source>The last %1 bulk edits. Undo puts back each record&apos;s earlier value, also after a restart; a record changed since the bulk edit keeps its newer value.</source>
        <translation>Pēdējās %1 masveida labošanas. Atsaukšana atjauno katra ieraksta iepriekšējo vērtību, arī pēc restartēšanas; ieraksts, kas mainīts pēc masveida labošanas, patur jaunāko vērtību.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Labošana</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākta</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Saraksts</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņa</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Atbilst</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Mainīti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>&amp;Undo Bulk Edit</source>
        <translation>&amp;Atsaukt masveida labošanu</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Paveikta</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Atsaukta</translation>
    </message>
    <message>
        <source>Undo interrupted</source>
        <translation>Atsaukšana pārtraukta</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Pārtraukta</translation>
    </message>
    <message numerus="yes">
        <source>%n left as changed since</source>
        <translation>
            <numerusform>%n ieraksts atstāts, jo vēlāk mainīts</numerusform>
            <numerusform>%n ieraksti atstāti, jo vēlāk mainīti</numerusform>
            <numerusform>%n ierakstu atstāts, jo vēlāk mainīts</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Atsaukt masveida labošanu</translation>
    </message>
    <message>
        <source>Undo bulk edit %1 (%2): put back the earlier value of each record it changed?</source>
        <translation>Atsaukt masveida labošanu %1 (%2): atjaunot iepriekšējo vērtību katram ierakstam, ko tā mainīja?</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Atsauc: %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkJob</name>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Masveida labošana</translation>
    </message>
    <message>
        <source>Cancelling: putting back what was changed…</source>
        <translation>Atceļ: atjauno to, kas tika mainīts…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportēt</translation>
    </message>
    <message>
        <source>&amp;Meetings and visits</source>
        <translation>&amp;Tikšanās un apmeklējumi</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Uzdevumi</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Visi datumi</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Eksportēt kalendāru</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Līdz</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>lī&amp;dz</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Eksportēt:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datumi:</translation>
    </message>
    <message>
        <source>Meetings start and tasks fall due in the chosen days. Calendars that imported an earlier export update their items.</source>
        <translation>Tikšanās sākas un uzdevumu termiņi iekrīt izvēlētajās dienās. Kalendāri, kas importēja agrāku eksportu, atjaunina savus ierakstus.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Raksta %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarFileDialog</name>
    <message>
        <source>An iCalendar file (.ics)</source>
        <translation>iCalendar fails (.ics)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendar faili (*.ics *.ical *.ifb);;Visi faili (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Atcelts; nekas netika ierakstīts.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importēt</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Importēt kalendāru</translation>
    </message>
    <message>
        <source>Choose an .ics file: events become meetings and to-dos tasks; items imported before are updated.</source>
        <translation>Izvēlieties .ics failu: notikumi kļūst par tikšanās reizēm, to-do — par uzdevumiem; agrāk importētie ieraksti tiek atjaunināti.</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: tāda faila nav</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Nolasa %1…</translation>
    </message>
    <message>
        <source>The file holds no events or to-dos.</source>
        <translation>Failā nav notikumu vai to-do.</translation>
    </message>
    <message>
        <source>New meetings: %1 · New tasks: %2 · Updates: %3</source>
        <translation>Jaunas tikšanās: %1 · Jauni uzdevumi: %2 · Atjauninājumi: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importē %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyConversionDialog</name>
    <message>
        <source>Convert lead — %1</source>
        <translation>Konvertēt interesentu — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Jauns kontakts</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Darījums ar %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Konvertēt</translation>
    </message>
    <message>
        <source>The company becomes a prospect with its contact and a new deal; its history stays.</source>
        <translation>Uzņēmums kļūst par potenciālo klientu ar savu kontaktu un jaunu darījumu; vēsture saglabājas.</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakts:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vārds, uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Darījums:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Su&amp;mma:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Po&amp;sms:</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Ierakstiet summu, piemēram, %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Jauns uzņēmums</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — uzņēmums</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>piem., loģistika</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>N&amp;ozare:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Tīmekļa vietne:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tā&amp;lrunis:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Iela:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Pasta indekss, &amp;pilsēta:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">Valst&amp;s:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaļas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vārds, uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Pievienot kontaktu</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakti</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Vēsture</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>&amp;Kontakti (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>Valst&amp;s:</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Jauns darījums…</translation>
    </message>
    <message>
        <source>A deal with this company</source>
        <translation>Darījums ar šo uzņēmumu</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Reģistrēt aktivitāti…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this company</source>
        <translation>Reģistrēt zvanu, tikšanos, uzdevumu, piezīmi vai e-pastu ar šo uzņēmumu</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Laika &amp;josla</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Atdalīti ar komatu, piem., VIP, jaunumi</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Birkas:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Konvertēt interesentu…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with its contact and a deal, keeping its history</source>
        <translation>Pārvērst šo interesentu par potenciālo klientu ar tā kontaktu un darījumu, saglabājot vēsturi</translation>
    </message>
    <message>
        <source>Save the company first, then convert it.</source>
        <translation>Vispirms saglabājiet uzņēmumu, tad konvertējiet to.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atuss:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Šim ierakstam ir sinhronizācijas konflikts: konfliktu sarakstā izvēlieties, kura vērtība paliek.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Konfliktus nevarēja nolasīt: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Konfliktu nav. Ja divi cilvēki atsevišķi maina vienu lauku, šeit izvēlaties, kura vērtība paliek.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Izlemjamie konflikti: %1. Viens lauks mainīts divās ierīcēs vienlaikus; izvēlieties, kura vērtība paliek, un izvēle sinhronizēsies visiem.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Uzņēmums %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakts %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nav atrasts)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Izvēli nevarēja saglabāt: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Izmantot manu</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Paturēt jūsu pusi: jūsu izmaiņu vai dzēšanu</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Atgriezt laukā jūsu vērtību</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Paturēt viņu</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Paturēt otru vērtību; jūsējā tiek atmesta</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Paturēt abas</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Paturēt abas vērtības kā divus ierakstus</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Atvērt ierakstu</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Jauns kontakts</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — kontakts</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>piem., pārdošanas vadītājs</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Rakstiet, lai atrastu vai pievienotu uzņēmumu</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Gads-mēnesis-diena, piemēram, 1984-03-27; atstājiet tukšu, ja nezināt</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>piem., izstāde, tīmekļa vietne, ieteikums</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Atdaliet ar komatiem, piem., VIP, jaunumi</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Vā&amp;rds:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Uzvārds:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Amats:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Uzņē&amp;mums:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-pasti:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Tā&amp;lruņi:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Iela:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Pasta indekss, &amp;pilsēta:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">Valst&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>Dzimšanas die&amp;na:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Av&amp;ots:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatuss:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Īpa&amp;šnieks:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Redzamī&amp;ba:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Bir&amp;kas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaļas</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Vēsture</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Jauns uzņēmums</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Uzņēmuma „%1“ vēl nav. Izveidot to?</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>Valst&amp;s:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Laika &amp;josla</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Jauns darījums…</translation>
    </message>
    <message>
        <source>A deal with this contact and their company</source>
        <translation>Darījums ar šo kontaktu un tā uzņēmumu</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Reģistrēt aktivitāti…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this contact</source>
        <translation>Reģistrēt zvanu, tikšanos, uzdevumu, piezīmi vai e-pastu ar šo kontaktu</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation type="vanished">Reģistrēt e-pastu?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation type="vanished">Reģistrēt zvanu?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation type="vanished">Reģistrēt jūsu e-pastu adresātam %1 (%2) kā aktivitāti?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation type="vanished">Reģistrēt jūsu zvanu kontaktam %1 (%2) kā aktivitāti?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation type="vanished">E-pasts adresātam %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="vanished">Zvans ar %1</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Konvertēt interesentu…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with a company and a deal, keeping its history</source>
        <translation>Pārvērst šo interesentu par potenciālo klientu ar uzņēmumu un darījumu, saglabājot vēsturi</translation>
    </message>
    <message>
        <source>Save the contact first, then convert it.</source>
        <translation>Vispirms saglabājiet kontaktu, tad konvertējiet.</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>Konvertēt interesentu — %1</translation>
    </message>
    <message>
        <source>The company this lead buys for</source>
        <translation>Uzņēmums, kura vārdā šis interesents pērk</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Darījums ar %1</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Konvertēt</translation>
    </message>
    <message>
        <source>The contact becomes a prospect at the company, with a new deal; its history stays.</source>
        <translation>Kontakts kļūst par uzņēmuma potenciālo klientu ar jaunu darījumu; vēsture saglabājas.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Uzņēmums:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Darījums:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactLink</name>
    <message>
        <source>Call this number (tel:)</source>
        <translation>Zvanīt uz šo numuru (tel:)</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation>Rakstīt uz šo adresi (mailto:)</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Atvērt tīmekļa vietni pārlūkā</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation>Reģistrēt e-pastu?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation>Reģistrēt zvanu?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation>Reģistrēt jūsu e-pastu adresātam %1 (%2) kā aktivitāti?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation>Reģistrēt jūsu zvanu kontaktam %1 (%2) kā aktivitāti?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-pasts adresātam %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Zvans ar %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Darba</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobilais</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Mājas</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Cits</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Pievienot e-pastu</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Pievienot tālruni</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vards@example.com</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Noņemt šo e-pastu</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Noņemt šo tālruni</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation type="vanished">Rakstīt uz šo adresi (mailto:)</translation>
    </message>
    <message>
        <source>Call this number (tel:)</source>
        <translation type="vanished">Zvanīt uz šo numuru (tel:)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Jauns lauks</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Rediģēt lauku</translation>
    </message>
    <message>
        <source>How crm-cli, imports and exports name the field; fixed once created</source>
        <translation>Kā lauku sauc crm-cli, imports un eksports; pēc izveides nemainās</translation>
    </message>
    <message>
        <source>A value is re&amp;quired</source>
        <translation>Vērtība ir &amp;obligāta</translation>
    </message>
    <message>
        <source>One choice per line, in the order to offer them</source>
        <translation>Viena izvēle rindā, tādā secībā, kādā tās piedāvāt</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Atslēga:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tips:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Izvēles:</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsEditor</name>
    <message>
        <source>Custom fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>Clear: go to the first day (Home) or delete the date</source>
        <translation>Notīrīt: pāriet uz pirmo dienu (Home) vai dzēst datumu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligāts</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: vērtība ir obligāta</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsPage</name>
    <message>
        <source>Text</source>
        <translation>Teksts</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Garš teksts</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Skaitlis</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Nauda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Jā/nē</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Viena izvēle</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Vairākas izvēles</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Tīmekļa adrese</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>&amp;Fields of:</source>
        <translation>&amp;Lauki:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Velciet, lai mainītu secību, vai Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Pievienot…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pārvietot &amp;augšup</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pārvietot lej&amp;up</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligāts</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Atslēga: %1</translation>
    </message>
    <message>
        <source>Records with a value in “%1”: %2. The field and its values will be hidden from forms, lists and reports; adding a field with the same key brings them back. Delete it?</source>
        <translation>Ieraksti ar vērtību laukā „%1“: %2. Lauks un tā vērtības tiks paslēpti formās, sarakstos un atskaitēs; pievienojot lauku ar to pašu atslēgu, tie atgriezīsies. Dzēst to?</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>Dzēst lauku „%1“?</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Dzēst lauku</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>Updating the search for the field&apos;s records…</source>
        <translation>Atjaunina meklēšanu lauka ierakstiem…</translation>
    </message>
    <message>
        <source>Records updated: %1 of %2</source>
        <translation>Atjaunināti ieraksti: %1 no %2</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Aptur pēc pašreizējās kopas…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Apturēt</translation>
    </message>
    <message>
        <source>Updating the search was stopped: some records may still be found by the field&apos;s earlier values.</source>
        <translation>Meklēšanas atjaunināšana tika apturēta: dažus ierakstus joprojām var atrast pēc lauka iepriekšējām vērtībām.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This is your home screen. It fills up as you work: new contacts and leads, your open pipeline, deals won and lost, what you did and what is due today.&lt;/p&gt;&lt;p&gt;Add a contact with &lt;b&gt;Ctrl+N&lt;/b&gt;, a deal with &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; or an activity with &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — or import your contacts with &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Laipni lūdzam&lt;/h2&gt;&lt;p&gt;Šis ir jūsu sākuma ekrāns. Tas piepildās, jums strādājot: jauni kontakti un interesenti, atvērtie darījumi, iegūtie un zaudētie darījumi, paveiktais un šodienas darbi.&lt;/p&gt;&lt;p&gt;Pievienojiet kontaktu ar &lt;b&gt;Ctrl+N&lt;/b&gt;, darījumu ar &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; vai aktivitāti ar &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — vai importējiet kontaktus ar &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Atjaunina…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periods</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periods</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Īp&amp;ašnieks</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Jauni kontakti</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Jauni interesenti</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Atvērtā piltuve</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūti</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēti</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Uzvaru īpatsvars</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Vidējais pārdošanas cikls</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Paveiktās aktivitātes</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Noklikšķiniet, lai redzētu ierakstus aiz šī skaitļa</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klients</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <source>Double-click a customer to see the deals won</source>
        <translation>Veiciet dubultklikšķi uz klienta, lai redzētu iegūtos darījumus</translation>
    </message>
    <message>
        <source>Top customers by won value</source>
        <translation>Labākie klienti pēc iegūtās vērtības</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Mana diena</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Skaitļus neizdevās aprēķināt: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Es (%1)</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · salīdzinot ar %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 · click to see the records</source>
        <translation>Iepriekšējais periods (%1): %2 · noklikšķiniet, lai redzētu ierakstus</translation>
    </message>
    <message>
        <source>Leads among them: %1</source>
        <translation>No tiem interesenti: %1</translation>
    </message>
    <message>
        <source>Contacts with the status Lead</source>
        <translation>Kontakti ar statusu Interesents</translation>
    </message>
    <message>
        <source>Deals: %1 · weighted %2</source>
        <translation>Darījumi: %1 · svērti %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Svērti: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Darījumi: %1</translation>
    </message>
    <message>
        <source>Deals: %1 · + %2</source>
        <translation>Darījumi: %1 · + %2</translation>
    </message>
    <message>
        <source>Open now; compared with the pipeline as it stood at the end of %1 · click to see the deals</source>
        <translation>Atvērti tagad; salīdzinot ar stāvokli %1 beigās · noklikšķiniet, lai redzētu darījumus</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>Bija %1</translation>
    </message>
    <message>
        <source>No previous data</source>
        <translation>Nav iepriekšējo datu</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Bez izmaiņām · bija %1</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · bija %3</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Won %1 of %2 closed</source>
        <translation>Iegūti %1 no %2 slēgtajiem</translation>
    </message>
    <message>
        <source>No deals closed in the period</source>
        <translation>Periodā nav slēgtu darījumu</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Dienas: %1</translation>
    </message>
    <message>
        <source>Creation to won · deals: %1</source>
        <translation>No izveides līdz iegūšanai · darījumi: %1</translation>
    </message>
    <message>
        <source>No deals won in the period</source>
        <translation>Periodā nav iegūtu darījumu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing done in the period</source>
        <translation>Periodā nekas nav paveikts</translation>
    </message>
    <message>
        <source>(company removed)</source>
        <translation>(uzņēmums dzēsts)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>jauns</translation>
    </message>
    <message>
        <source>Deals won: %1 · previous period: %2</source>
        <translation>Iegūti darījumi: %1 · iepriekšējā periodā: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open pipeline by stage (%1)</source>
        <translation>Atvērtā piltuve pa posmiem (%1)</translation>
    </message>
    <message>
        <source>%1 · deals: %2 · total %3 · weighted %4</source>
        <translation>%1 · darījumi: %2 · kopā %3 · svērti %4</translation>
    </message>
    <message>
        <source>Won per month (%1)</source>
        <translation>Iegūts pa mēnešiem (%1)</translation>
    </message>
    <message>
        <source>%1 · deals won: %2 · %3</source>
        <translation>%1 · iegūti darījumi: %2 · %3</translation>
    </message>
    <message>
        <source>Activities done per week</source>
        <translation>Paveiktās aktivitātes pa nedēļām</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>N%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>termiņš %1</translation>
    </message>
    <message>
        <source>due yesterday</source>
        <translation>termiņš vakar</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>nokavētas dienas: %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>visu dienu</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1: %2 — due %3</source>
        <translation>%1: %2 — termiņš %3</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Nekas nav nokavēts</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Nokavēti · %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Visi %1</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>Šodienai nekas nav ieplānots</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Šodien · %1</translation>
    </message>
    <message>
        <source>Birthday: %1 (%2)</source>
        <translation>Dzimšanas diena: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer anniversary: %1 (%2)</source>
        <translation>Klienta gadadiena: %1 (%2)</translation>
    </message>
    <message>
        <source>No birthdays or reminders today</source>
        <translation>Šodien nav dzimšanas dienu vai atgādinājumu</translation>
    </message>
    <message>
        <source>Reminders · %1</source>
        <translation>Atgādinājumi · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stale deals</source>
        <translation>Nav iestrēgušu darījumu</translation>
    </message>
    <message>
        <source>Stale deals · %1</source>
        <translation>Iestrēguši darījumi · %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Piltuve</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Piltuve:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Īp&amp;ašnieks:</translation>
    </message>
    <message>
        <source>&amp;Closes in:</source>
        <translation>&amp;Slēgšana:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Birka:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jebkurš</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Jebkurš mēnesis</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jebkura birka</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Atzīmēt kā zaudētu</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Kāpēc „%1“ tika zaudēts?</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Svērti: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Pārvietot „%1“ uz %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Jauns darījums</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — darījums</translation>
    </message>
    <message>
        <source>e.g. 40 laptops for the Riga office</source>
        <translation>piem., 40 klēpjdatori Rīgas birojam</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Type a role such as “decision maker” into the Role column</source>
        <translation>Ierakstiet lomu, piemēram, „lēmuma pieņēmējs“, kolonnā Loma</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Pievienot kontaktu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Take the selected contact off the deal</source>
        <translation>Noņemt atlasīto kontaktu no darījuma</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation>ISO 4217 kods, piemēram, EUR, USD vai PLN</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Posma noklusējums</translation>
    </message>
    <message>
        <source>Go back to the probability of the deal&apos;s stage</source>
        <translation>Atgriezties pie darījuma posma varbūtības</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nav</translation>
    </message>
    <message>
        <source>The day the deal is expected to close; the earliest date means none</source>
        <translation>Diena, kad paredzēts noslēgt darījumu; agrākais datums nozīmē „nav“</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>piem., izstāde, tīmekļa vietne, ieteikums</translation>
    </message>
    <message>
        <source>e.g. send the revised offer</source>
        <translation>piem., nosūtīt laboto piedāvājumu</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>Kāpēc darījums tika zaudēts</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Comma separated, e.g. renewal, hardware</source>
        <translation>Atdaliet ar komatiem, piem., atjaunošana, aparatūra</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Uzņēmums:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>&amp;Kontakti:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Su&amp;mma:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Nākamais s&amp;olis:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Piltuve:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Po&amp;sms:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>Zaudēšanas &amp;iemesls:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>&amp;Varbūtība:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Paredzētā noslē&amp;gšana:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Īpa&amp;šnieks:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Avots:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Redzamība:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Birkas:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Pie&amp;zīmes:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaļas</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Laika &amp;josla</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Reģistrēt aktivitāti…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail about this deal</source>
        <translation>Reģistrēt zvanu, tikšanos, uzdevumu, piezīmi vai e-pastu par šo darījumu</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (iegūts)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (zaudēts)</translation>
    </message>
    <message>
        <source>overridden (stage: %1%2)</source>
        <translation>mainīta (posms: %1%2)</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>posma noklusējums</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Ierakstiet summu, piemēram, %1</translation>
    </message>
    <message>
        <source>A deal needs a title</source>
        <translation>Darījumam nepieciešams nosaukums</translation>
    </message>
    <message>
        <source>There is no company “%1”; pick one from the list</source>
        <translation>Nav uzņēmuma „%1“; izvēlieties to no saraksta</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Summa nevar būt negatīva</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ nav valūtas kods; izmantojiet, piemēram, EUR, USD vai PLN</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Izvēlieties posmu</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Norādiet, kāpēc darījums tika zaudēts</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Jauns darījums „%1“</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Rediģēt darījumu „%1“</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Dienas šajā posmā: %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>Šajā posmā kopš %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealListView</name>
    <message>
        <source>Search deals by title, company or contact</source>
        <translation type="vanished">Meklēt darījumus pēc nosaukuma, uzņēmuma vai kontakta</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Visas piltuves</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Atvērti</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Iegūti</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Zaudēti</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Piltuve:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statuss:</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Darījumi: %1</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Masveida labošana…</translation>
    </message>
    <message>
        <source>Search deals by title, company or contact, or stage:name, tag:name …</source>
        <translation>Meklēt darījumus pēc nosaukuma, uzņēmuma vai kontakta vai stage:nosaukums, tag:nosaukums …</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Dzēst %n kontaktu</numerusform>
            <numerusform>Dzēst %n kontaktus</numerusform>
            <numerusform>Dzēst %n kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Dzēst %n uzņēmumu</numerusform>
            <numerusform>Dzēst %n uzņēmumus</numerusform>
            <numerusform>Dzēst %n uzņēmumu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesWindow</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Atrast dublikātus</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Meklēt starp:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Atrast</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>At&amp;celt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Vērtējums</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kāpēc</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Apvienot…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Nav dublikāts</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Dublikāti</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Saglabāts</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Apvienoti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>A&amp;tdalīt</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>Ap&amp;vienošanas</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Meklē dublikātus…</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Pāri: %1</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z in the main window undoes it</source>
        <translation>Apvienots — Ctrl+Z galvenajā logā to atsauc</translation>
    </message>
    <message>
        <source>Not a duplicate: %1 / %2</source>
        <translation>Nav dublikāts: %1 / %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Ieraksti: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>apvienots</translation>
    </message>
    <message>
        <source>unmerged</source>
        <translation>atdalīts</translation>
    </message>
    <message>
        <source>Unmerged.</source>
        <translation>Atdalīts.</translation>
    </message>
    <message>
        <source>Unmerged. Not restored: %1</source>
        <translation>Atdalīts. Nav atjaunots: %1</translation>
    </message>
    <message>
        <source>Choose what to look in and press Find. Pairs appear while the search runs, the most likely first.</source>
        <translation>Izvēlieties, kur meklēt, un nospiediet „Atrast“. Pāri parādās meklēšanas laikā, visticamākie vispirms.</translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Ieraksts vairs nepastāv.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Daļa ievadīto datu nav derīga.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Datubāze nevarēja izpildīt darbību.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Fails nav CRM datubāze.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Datubāzes fails ir bojāts.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Datubāzi ir rakstījusi jaunāka šīs programmas versija.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Failu nevarēja nolasīt vai ierakstīt.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Darbība tika atcelta.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Serveris nepieņēma pierakstīšanos.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Serveris atteica piekļuvi.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Kaut kas nogāja greizi.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FilterTreeEditor</name>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>visi šie nosacījumi</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>jebkurš no šiem nosacījumiem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Nosacījums</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vērtība</translation>
    </message>
    <message>
        <source>A value such as $period or $owner is asked for when the report runs. Periods: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</source>
        <translation>Vērtību, piemēram, $period vai $owner, pieprasa, kad atskaite tiek izpildīta. Periodi: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Pievienot &amp;nosacījumu</translation>
    </message>
    <message>
        <source>Adds a condition to the selected group</source>
        <translation>Pievieno nosacījumu atlasītajai grupai</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Pievienot &amp;grupu</translation>
    </message>
    <message>
        <source>Adds a group of conditions of which any one is enough (or all, as you choose), inside the selected group</source>
        <translation>Pievieno nosacījumu grupu, kurā pietiek ar jebkuru vienu (vai visiem, kā izvēlaties), atlasītās grupas iekšā</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Noņemt</translation>
    </message>
    <message>
        <source>Removes the selected condition or group (Delete)</source>
        <translation>Noņem atlasīto nosacījumu vai grupu (Delete)</translation>
    </message>
    <message>
        <source>Records &amp;matching</source>
        <translation>&amp;Atbilstošie ieraksti</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Visi no:</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>Jebkurš no:</translation>
    </message>
</context>
<context>
    <name>crm::ui::GeneralSettingsPage</name>
    <message>
        <source>Automatic (from the system)</source>
        <translation>Automātiski (no sistēmas)</translation>
    </message>
    <message>
        <source>Automatic: %1 (from the system)</source>
        <translation>Automātiski: %1 (no sistēmas)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 2912 3456, are read as numbers of this region when imports look for duplicates.</source>
        <translation>Tālruņa numurus, kas ierakstīti bez valsts koda, piemēram, 2912 3456, importā, meklējot dublikātus, uzskata par šī reģiona numuriem.</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation type="vanished">ISO 4217 kods, piemēram, EUR, USD vai PLN</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Jauni ieraksti</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Tālruņa &amp;reģions:</translation>
    </message>
    <message>
        <source>Default &amp;currency of deals:</source>
        <translation>Darījumu noklusējuma &amp;valūta:</translation>
    </message>
    <message>
        <source>These settings are stored with your data, so the command line (crm-cli) uses them too.</source>
        <translation>Šie iestatījumi tiek glabāti kopā ar jūsu datiem, tāpēc tos izmanto arī komandrinda (crm-cli).</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Dzimšanas diena</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Avots</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Piezīmes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Tīmekļa vietne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-pasts</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Veids</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Tālrunis</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nezināms uzņēmums)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kāds</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1 izveidoja kontaktu</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1 izveidoja uzņēmumu</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1 pievienoja e-pastu %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1 pievienoja tālruni %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1 pievienoja birku %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1 izdzēsa kontaktu</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1 atjaunoja kontaktu</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1 izdzēsa uzņēmumu</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1 atjaunoja uzņēmumu</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1 noņēma e-pastu %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1 pievienoja e-pastu %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1 noņēma tālruni %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1 pievienoja tālruni %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1 noņēma birku %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1 mainīja %2 veidu no %3 uz %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 mainīja lauku „%2“ no %3 uz %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valūta</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Varbūtība</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Paredzētā noslēgšana</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nākamais solis</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Zaudēšanas iemesls</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Posms</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Loma</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Vēsture sākas, kad ieraksts tiek saglabāts.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Importa vēsture</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Imports</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fails</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Izveidoti</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atjaunināti</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Izlaisti</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Nederīgi</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Atsaukt importu</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importēts</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Atsaukts</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Atcelts</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Pārtraukts</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Atsaukt importu</translation>
    </message>
    <message>
        <source>Undo import %1: delete the contacts it created and restore the ones it updated?</source>
        <translation>Atsaukt importu %1: dzēst tā izveidotos kontaktus un atjaunot atjauninātos?</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Atjaunināt</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Izveidot jaunu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Izlaist</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Izlaists</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Atbilstības</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Ticamība</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Darbība</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation>%1 (šis fails)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Update</source>
        <translation type="vanished">Atjaunināt</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="vanished">Izveidot jaunu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Izlaist</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontaktu imports</translation>
    </message>
    <message>
        <source>A CSV file (.csv, .txt) or vCard file (.vcf)</source>
        <translation>CSV fails (.csv, .txt) vai vCard fails (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Izvēlieties failu</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, a phone or a spreadsheet.</source>
        <translation>Kontakti, kas eksportēti no Google Contacts, Outlook, HubSpot, Salesforce, tālruņa vai izklājlapas.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Pārlūkot…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontakti (*.csv *.txt *.vcf *.vcard);;Visi faili (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fails:</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Kodējums un atdalītājs</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the sample looks wrong.</source>
        <translation>Noteikts no faila; mainiet tos, ja paraugs izskatās nepareizs.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komats ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikols ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulācija</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Vertikāla svītra ( | )</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formāts:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodējums:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>A&amp;tdalītājs:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Paraugs:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <source>Which field each column fills. Recognised columns are set already; the choice is remembered for files with the same columns.</source>
        <translation>Kuru lauku aizpilda katra kolonna. Atpazītās kolonnas jau ir iestatītas; izvēle tiek atcerēta failiem ar tādām pašām kolonnām.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Pirmā vērtība</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Priekšskatījums</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose what happens to each match.</source>
        <translation>Vēl nekas nav ierakstīts. Izvēlieties, kas notiek ar katru atbilstību.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Rinda</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Ieraksts</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="vanished">Atbilstības</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Iemesls</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Ticamība</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Darbība</translation>
    </message>
    <message>
        <source>Apply to &amp;all matches</source>
        <translation>Piemērot &amp;visām atbilstībām</translation>
    </message>
    <message>
        <source>For every match:</source>
        <translation>Katrai atbilstībai:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Rindas, kuras nevar importēt:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importē</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Atcelšana atstāj datubāzi tādu, kāda tā bija.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Atcelt importu</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gatavs</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>At&amp;saukt importu</translation>
    </message>
    <message>
        <source>Imports can also be undone later in File ▸ Import History.</source>
        <translation>Importu var atsaukt arī vēlāk: Fails ▸ Importa vēsture.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Izvēlieties lauku vismaz vienai kolonnai.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV · columns: %1</source>
        <translation>CSV · kolonnas: %1</translation>
    </message>
    <message>
        <source>Reading the file and looking for duplicates…</source>
        <translation>Nolasa failu un meklē dublikātus…</translation>
    </message>
    <message>
        <source>Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · Invalid: %5</source>
        <translation>Rindas: %1 · Jauni: %2 · Atjaunināt: %3 · Dublikāti failā: %4 · Nederīgi: %5</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation type="vanished">%1 (šis fails)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Ieraksta…</translation>
    </message>
    <message>
        <source>Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · Invalid: %5</source>
        <translation>Imports %1 pabeigts. Izveidoti: %2 · Atjaunināti: %3 · Izlaisti: %4 · Nederīgi: %5</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was kept.</source>
        <translation>Imports tika atcelts. Nekas netika saglabāts.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Imports neizdevās un tika atsaukts: %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Ierakstīti: %1 no %2</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Atsaukt importu</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and restore the ones it updated?</source>
        <translation>Dzēst šī importa izveidotos kontaktus un atjaunot atjauninātos?</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Imports %1 tika atsaukts.</translation>
    </message>
    <message>
        <source>Keep the &amp;photos of the contacts (at most 512 KB each)</source>
        <translation>Saglabāt kontaktu &amp;foto (katrs ne vairāk kā 512 KB)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Pielāgots: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="vanished">Izlaists</translation>
    </message>
    <message>
        <source>Rows imported without part of what they carry:</source>
        <translation>Rindas, kas importētas bez daļas to satura:</translation>
    </message>
    <message>
        <source> · With warnings: %1</source>
        <translation> · Ar brīdinājumiem: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MainWindow</name>
    <message>
        <source>CRM</source>
        <translation type="vanished">CRM</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Cilvēki, ar kuriem strādājat</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Uzņēmumi</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Organizācijas un to kontakti</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Jauns</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Jauns &amp;kontakts</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Jauns &amp;uzņēmums</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Atvē&amp;rt</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Atvērt atlasīto ierakstu (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Atsaukt</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>At&amp;kārtot</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Mek&amp;lēt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Iziet</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>P&amp;ar CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>Par CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Darbvirsmas CRM, kas strādā arī bezsaistē: jūsu kontakti un uzņēmumi jūsu klēpjdatorā, atrodami acumirklī.&lt;/p&gt;&lt;p&gt;Datubāze: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fails</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pa&amp;līdzība</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Galvenā rīkjosla</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation type="vanished">Meklēt kontaktus un uzņēmumus (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Jauns kontakts (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Jauns uzņēmums (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakts</numerusform>
            <numerusform>%Ln kontakti</numerusform>
            <numerusform>%Ln kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln uzņēmums</numerusform>
            <numerusform>%Ln uzņēmumi</numerusform>
            <numerusform>%Ln uzņēmumu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match “%2”</source>
        <translation type="vanished">Atbilst „%2“: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Jauns kontakts</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Jauns uzņēmums</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Kontakts saglabāts</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Uzņēmums saglabāts</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Dzēsts %Ln kontakts</numerusform>
            <numerusform>Dzēsti %Ln kontakti</numerusform>
            <numerusform>Dzēsti %Ln kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln company(ies)</source>
        <translation>
            <numerusform>Dzēsts %Ln uzņēmums</numerusform>
            <numerusform>Dzēsti %Ln uzņēmumi</numerusform>
            <numerusform>Dzēsti %Ln uzņēmumu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — Ctrl+Z, lai atsauktu</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln contact(s)</source>
        <translation>
            <numerusform>Atjaunots %Ln kontakts</numerusform>
            <numerusform>Atjaunoti %Ln kontakti</numerusform>
            <numerusform>Atjaunoti %Ln kontaktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln company(ies)</source>
        <translation>
            <numerusform>Atjaunots %Ln uzņēmums</numerusform>
            <numerusform>Atjaunoti %Ln uzņēmumi</numerusform>
            <numerusform>Atjaunoti %Ln uzņēmumu</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Jauna datubāze</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Aizpildīt jauno datubāzi ar demonstrācijas datiem?

Dažsimt parauga kontaktu un uzņēmumu ļaus visu izmēģināt; vēlāk tos varēsiet izdzēst.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Pievieno demonstrācijas datus…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demonstrācijas dati</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo contact(s)</source>
        <translation>
            <numerusform>Pievienots %Ln demonstrācijas kontakts</numerusform>
            <numerusform>Pievienoti %Ln demonstrācijas kontakti</numerusform>
            <numerusform>Pievienoti %Ln demonstrācijas kontaktu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CRM</source>
        <translation>%1 — CRM</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakti</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Uzņēmumi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Atbilst „%2“: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Kontaktu vēl nav.
Nospiediet Ctrl+N, lai pievienotu.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Neviens kontakts neatbilst „%1“.</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Uzņēmumu vēl nav.
Nospiediet Ctrl+N, lai pievienotu.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Neviens uzņēmums neatbilst „%1“.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Si&amp;nhronizācija</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Iestatījumi</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikti (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikti…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinhronizēt &amp;tagad</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Nosūtīt savas izmaiņas un saņemt komandas izmaiņas (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Izsūtne…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="vanished">&amp;Sinhronizācija…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Šim ierakstam ir sinhronizācijas konflikts: kāds cits mainīja to pašu lauku. &lt;a href=&quot;#conflicts&quot;&gt;Izvēlieties, kura vērtība paliek…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>Die&amp;naskārtība</translation>
    </message>
    <message>
        <source>Deals &amp;Board</source>
        <translation>Darījumu &amp;dēlis</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>A&amp;tskaites</translation>
    </message>
    <message>
        <source>Deals &amp;List</source>
        <translation>Darījumu sa&amp;raksts</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>New &amp;deal</source>
        <translation>Jauns &amp;darījums</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>Jauna &amp;aktivitāte</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mportēt…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Importa &amp;vēsture…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>Sinhronizācijas &amp;žurnāls…</translation>
    </message>
    <message>
        <source>When this laptop synced, what went each way, and why a sync failed</source>
        <translation>Kad šis dators sinhronizējās, kas tika nosūtīts un saņemts un kāpēc sinhronizācija neizdevās</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Iestatījumi…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>&amp;Sinhronizācija…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Vispārīgi</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizācija</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Sākums</translation>
    </message>
    <message>
        <source>Your day and your figures at a glance (Ctrl+0)</source>
        <translation>Jūsu diena un skaitļi vienā skatā (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Sākums</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Atgādinājumi</translation>
    </message>
    <message>
        <source>Find Du&amp;plicates…</source>
        <translation>Atrast d&amp;ublikātus…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Ap&amp;vienot…</translation>
    </message>
    <message>
        <source>Merge the selected records into one (select two or more)</source>
        <translation>Apvienot atlasītos ierakstus vienā (atlasiet divus vai vairāk)</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z to undo</source>
        <translation>Apvienots — Ctrl+Z, lai atsauktu</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Pielāgotie lauki…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>&amp;Birkas…</translation>
    </message>
    <message>
        <source>&amp;Pipelines…</source>
        <translation>Pilt&amp;uves…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Pielāgotie lauki</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Piltuves</translation>
    </message>
    <message>
        <source>Calendar imported · new: %1 · updated: %2</source>
        <translation>Kalendārs importēts · jauni: %1 · atjaunināti: %2</translation>
    </message>
    <message>
        <source>Calendar exported · items: %1 · %2</source>
        <translation>Kalendārs eksportēts · ieraksti: %1 · %2</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Importēt ka&amp;lendāru…</translation>
    </message>
    <message>
        <source>Meetings and tasks from an iCalendar (.ics) file</source>
        <translation>Tikšanās un uzdevumi no iCalendar (.ics) faila</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>&amp;Eksportēt kalendāru…</translation>
    </message>
    <message>
        <source>Meetings and tasks to an iCalendar (.ics) file</source>
        <translation>Tikšanās un uzdevumi uz iCalendar (.ics) failu</translation>
    </message>
    <message>
        <source>Search, or filter: tag:vip city:riga … (Ctrl+F)</source>
        <translation>Meklēt vai filtrēt: tag:vip city:riga … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words find contacts and companies by any of their text.&lt;/p&gt;&lt;p&gt;Filters: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip, and any custom field by its key (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Quote values with spaces: city:&quot;New York&quot;. Filters and words combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vārdi atrod kontaktus un uzņēmumus pēc jebkura to teksta.&lt;/p&gt;&lt;p&gt;Filtri: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip un jebkurš pielāgotais lauks pēc tā atslēgas (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Vērtības ar atstarpēm lieciet pēdiņās: city:&quot;New York&quot;. Filtrus un vārdus var apvienot.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convert lead “%1”</source>
        <translation>Konvertēt interesentu „%1“</translation>
    </message>
    <message>
        <source>Lead converted — Ctrl+Z to undo</source>
        <translation>Interesents konvertēts — Ctrl+Z, lai atsauktu</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Masveida labošana…</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete the selected records at once (Ctrl+Shift+B)</source>
        <translation>Iestatīt lauku, pievienot vai noņemt birku, mainīt īpašnieku vai dzēst atlasītos ierakstus uzreiz (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Con&amp;vert Lead…</source>
        <translation>Konvertēt &amp;interesentu…</translation>
    </message>
    <message>
        <source>Turn the selected lead into a prospect with a contact, a company and a deal</source>
        <translation>Pārvērst atlasīto interesentu par potenciālo klientu ar kontaktu, uzņēmumu un darījumu</translation>
    </message>
    <message>
        <source>Bul&amp;k Edit History…</source>
        <translation>Masveida la&amp;bošanas vēsture…</translation>
    </message>
    <message>
        <source>The recent bulk edits; undo one, also after a restart</source>
        <translation>Nesenās masveida labošanas; atsauciet kādu no tām, arī pēc restartēšanas</translation>
    </message>
    <message>
        <source>Rebuilding indexes an interrupted import left…</source>
        <translation>Atjauno indeksus, ko atstāja pārtraukts imports…</translation>
    </message>
    <message>
        <source>An import stopped before it had rebuilt the indexes of the contact lists. Everything works meanwhile; lists sorted by name, company, e-mail, phone or city are slower until it is done.</source>
        <translation>Imports apstājās, pirms bija atjaunojis kontaktu sarakstu indeksus. Pa to laiku viss darbojas; saraksti, kas kārtoti pēc vārda, uzņēmuma, e-pasta, tālruņa vai pilsētas, līdz beigām ir lēnāki.</translation>
    </message>
    <message>
        <source>Indexes rebuilt</source>
        <translation>Indeksi atjaunoti</translation>
    </message>
    <message>
        <source>Rebuilding the indexes failed: %1 — the next start tries again</source>
        <translation>Indeksu atjaunošana neizdevās: %1 — nākamajā palaišanā tiks mēģināts vēlreiz</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>Merge · %1 records</source>
        <translation>Apvienošana · ieraksti: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>Apvienot uzņēmumus</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Apvienot kontaktus</translation>
    </message>
    <message>
        <source>Choose two or more records to merge.</source>
        <translation>Izvēlieties divus vai vairāk apvienojamus ierakstus.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, whose value each field keeps. The others are deleted; their activities and deals move to the one kept. Undo (Ctrl+Z) or Unmerge takes it back.</source>
        <translation>Izvēlieties saglabājamo ierakstu un, kur tie atšķiras, kura vērtību paturēt katrā laukā. Pārējie tiek dzēsti; to aktivitātes un darījumi pāriet uz saglabāto. Atsaukšana (Ctrl+Z) vai atdalīšana to atceļ.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Paturēt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>All fields are the same.</source>
        <translation>Visi lauki ir vienādi.</translation>
    </message>
    <message>
        <source>E-mails, phones and tags: all are kept.</source>
        <translation>E-pasti, tālruņi un birkas: visi tiek saglabāti.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Apvienot</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-pasti: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Tālruņi: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Birkas: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Izsūtne</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ieraksts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Jaunā vērtība</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Iemesls</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Notīrīt noraidītās</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Aizmirst šeit uzskaitītās noraidītās izmaiņas (tās paliek noraidītas)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>jauns ieraksts</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nekas negaida nosūtīšanu.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Izmaiņas, kas gaida nosūtīšanu: %1 (parādītas pirmās %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Izmaiņas, kas gaida nosūtīšanu: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Serveris nav noraidījis nevienu izmaiņu.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Servera noraidītās izmaiņas: %1. Tās netiek sūtītas atkārtoti.</translation>
    </message>
</context>
<context>
    <name>crm::ui::PhotoButton</name>
    <message>
        <source>The contact&apos;s photo: click to choose or remove one</source>
        <translation>Kontakta foto: noklikšķiniet, lai izvēlētos vai noņemtu</translation>
    </message>
    <message>
        <source>&amp;Choose Photo…</source>
        <translation>&amp;Izvēlēties foto…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>&amp;Noņemt foto</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 nevar nolasīt kā attēlu: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored as a photo</source>
        <translation>%1 nevar saglabāt kā foto</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Izvēlēties foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Attēli (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;Visi faili (*)</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineSettingsPage</name>
    <message>
        <source>won</source>
        <translation>iegūts</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>zaudēts</translation>
    </message>
    <message>
        <source>stale after days: %1</source>
        <translation>iestrēgst pēc dienām: %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Piltuves</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>&amp;Pievienot piltuvi</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>&amp;Dzēst piltuvi</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Padarīt par noklusē&amp;to</translation>
    </message>
    <message>
        <source>New deals go to the default pipeline</source>
        <translation>Jauni darījumi nonāk noklusētajā piltuvē</translation>
    </message>
    <message>
        <source>When deleted, its deals &amp;go to:</source>
        <translation>Pēc dzēšanas tās darījumi pā&amp;riet uz:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Posmi</translation>
    </message>
    <message>
        <source>Drag a stage, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Velciet posmu vai spiediet Alt+Up vai Alt+Down, lai mainītu secību</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Pievienot p&amp;osmu</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>Noņe&amp;mt posmu</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Augšup</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Pārvietot posmu augšup (Alt+Up)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Lejup</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Pārvietot posmu lejup (Alt+Down)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nekad</translation>
    </message>
    <message>
        <source>A deal longer than this in the stage, or without an activity for that long, is marked stale on the board</source>
        <translation>Darījums, kas posmā ir ilgāk par šo vai tikpat ilgi bez aktivitātēm, uz dēļa tiek atzīmēts kā iestrēdzis</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>Piltuves &amp;nosaukums:</translation>
    </message>
    <message>
        <source>Stage na&amp;me:</source>
        <translation>Posma no&amp;saukums:</translation>
    </message>
    <message>
        <source>Default &amp;probability:</source>
        <translation>Noklusētā &amp;varbūtība:</translation>
    </message>
    <message>
        <source>S&amp;tale after (days):</source>
        <translation>&amp;Iestrēgst pēc (dienām):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Iznākums:</translation>
    </message>
    <message>
        <source>When removed, its deals go t&amp;o:</source>
        <translation>Pēc noņemšanas tā darījumi pāriet &amp;uz:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (noklusētā)</translation>
    </message>
    <message>
        <source>Won — closes the deal as won</source>
        <translation>Iegūts — slēdz darījumu kā iegūtu</translation>
    </message>
    <message>
        <source>Lost — closes the deal as lost</source>
        <translation>Zaudēts — slēdz darījumu kā zaudētu</translation>
    </message>
    <message>
        <source>Open — the deal is on the board</source>
        <translation>Atvērts — darījums ir uz dēļa</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Pievienot piltuvi</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Jauna piltuve</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Pārdēvēt piltuvi</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>Dzēst piltuvi %1</translation>
    </message>
    <message>
        <source>Make %1 the default pipeline</source>
        <translation>Padarīt %1 par noklusēto piltuvi</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Jauns posms</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Pievienot posmu</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Rediģēt posmu %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Noņemt posmu %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Mainīt posmu secību</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Saglabāt izmaiņas (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Atmest izmaiņas?</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Jūs mainījāt šo ierakstu. Aizvērt to un atmest izmaiņas?</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPicker</name>
    <message>
        <source>Type to find a contact</source>
        <translation>Rakstiet, lai atrastu kontaktu</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Rakstiet, lai atrastu uzņēmumu</translation>
    </message>
    <message>
        <source>Type to find a deal</source>
        <translation>Rakstiet, lai atrastu darījumu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordSetDialog</name>
    <message>
        <source>Show &amp;more</source>
        <translation>Rādīt &amp;vairāk</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informācija</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Ierakstus neizdevās nolasīt: %1</translation>
    </message>
    <message>
        <source>Records: %1 · showing the newest %2</source>
        <translation>Ieraksti: %1 · rāda jaunākos: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Ieraksti: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReminderNotifier</name>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 — plkst. %2</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Uzdevuma termiņš: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n today — birthday</source>
        <translation>
            <numerusform>%1 šodien paliek %n — dzimšanas diena</numerusform>
            <numerusform>%1 šodien paliek %n — dzimšanas diena</numerusform>
            <numerusform>%1 šodien paliek %n — dzimšanas diena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s) as a customer today</source>
        <translation>
            <numerusform>%1: šodien %n gads kopš kļuva par klientu</numerusform>
            <numerusform>%1: šodien %n gadi kopš kļuva par klientu</numerusform>
            <numerusform>%1: šodien %n gadu kopš kļuva par klientu</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Atgādinājums</translation>
    </message>
</context>
<context>
    <name>crm::ui::RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Atgādinājumi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Atgādinājums</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stāvoklis</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Atvē&amp;rt</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Atvērt ierakstu (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Noraidīt</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Noraidīt (Delete)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>A&amp;tlikt</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>Uz &amp;15 minūtēm</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>Uz &amp;stundu</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>Līdz &amp;rītdienai</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Atgādinājumus neizdevās nolasīt: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Nokavēti</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šodien</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Gaidāmie</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Noraidīti</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termiņš</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Parādīts</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Atlikts līdz %1</translation>
    </message>
    <message>
        <source>Nothing to remind you of this week.</source>
        <translation>Šonedēļ nav par ko atgādināt.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportBuilderDialog</name>
    <message>
        <source>Report Builder</source>
        <translation>Atskaišu veidotājs</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Atzīmējiet rādāmās kolonnas; velciet tās vajadzīgajā secībā.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nav)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Skaits</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Vidējais</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Dilstoši</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nosaukums:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Ieraksti:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <source>Groups and figures</source>
        <translation>Grupas un rādītāji</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Grupēt pēc:</translation>
    </message>
    <message>
        <source>&amp;Then by:</source>
        <translation>&amp;Pēc tam pēc:</translation>
    </message>
    <message>
        <source>Figure %1:</source>
        <translation>Rādītājs %1:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>Kā&amp;rtot pēc:</translation>
    </message>
    <message>
        <source>Columns (a report without groups)</source>
        <translation>Kolonnas (atskaitei bez grupām)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportPdfWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtri: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Izveidots: %1</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>atskaiti nevar uzzīmēt</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksports tika atcelts</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Nav ierakstu.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1. lappuse no %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Atskaites</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Jauna…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediģēt…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;ublēt</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Dz&amp;ēst</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Izpildīt</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Izpildīt atskaiti (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komats</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikols</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulācija</translation>
    </message>
    <message>
        <source>CSV field separator</source>
        <translation>CSV lauku atdalītājs</translation>
    </message>
    <message>
        <source>&amp;BOM</source>
        <translation>&amp;BOM</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets)</source>
        <translation>Sākt CSV ar UTF-8 baitu secības zīmi (izklājlapām)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrets</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ainava</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksportēt &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Eksportēt &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukāt…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Atskaite tika atcelta.</translation>
    </message>
    <message>
        <source>Built in: run it, or duplicate it to change it</source>
        <translation>Iebūvēta: izpildiet to vai dublējiet, lai mainītu</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Saglabāta atskaite</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy…</source>
        <translation>Rediģēt &amp;kopiju…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>visi</translation>
    </message>
    <message>
        <source>Press Run (F5) to see the report.</source>
        <translation>Nospiediet „Izpildīt“ (F5), lai redzētu atskaiti.</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Vispirms izvēlieties atskaiti.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Izpilda…</translation>
    </message>
    <message>
        <source>Rows: %1 · the first %2 are shown; an export writes them all.</source>
        <translation>Rindas: %1 · parādītas pirmās %2; eksportā tiek ierakstītas visas.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Rindas: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksports tika atcelts; neviens fails netika ierakstīts.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportēt CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV faili (*.csv);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Eksportē uz CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nevar ierakstīt %1: %2</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Ierakstītas rindas: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · exported to %2</source>
        <translation>Rindas: %1 · eksportētas uz %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksportēt PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF faili (*.pdf);;Visi faili (*)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Eksportē uz PDF…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Nolasa atskaiti…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Ieraksta %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksportēts uz %1</translation>
    </message>
    <message>
        <source>Run the report first, then print it.</source>
        <translation>Vispirms izpildiet atskaiti, tad drukājiet.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages</source>
        <translation type="vanished">Nosūtīts uz printeri: %1 lappuses</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saglabāts „%1“.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Jauna atskaite</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopija)</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Dzēst atskaiti</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Dzēst atskaiti „%1“?</translation>
    </message>
    <message>
        <source>Sent to the printer · pages: %1</source>
        <translation>Nosūtīts uz printeri · lapas: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SelectionBar</name>
    <message>
        <source>All %1 are selected.</source>
        <translation>Atlasīti visi: %1.</translation>
    </message>
    <message>
        <source>All %1 matching “%2” are selected.</source>
        <translation>Atlasīti visi, kas atbilst „%2“: %1.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Notīrīt atlasi</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Atlasīt visus: %1</translation>
    </message>
    <message>
        <source>Select all %1 matching “%2”</source>
        <translation>Atlasīt visus, kas atbilst „%2“: %1</translation>
    </message>
    <message>
        <source>All %1 rows on screen are selected.</source>
        <translation>Atlasītas visas ekrānā redzamās rindas: %1.</translation>
    </message>
    <message>
        <source>Selected: %1 of %2.</source>
        <translation>Atlasīti: %1 no %2.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
</context>
<context>
    <name>crm::ui::StaleCardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage, on a board card</comment>
        <translation>%1 d.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Ievadiet servera adresi, piemēram, https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Serveris nav sasniedzams. Pārbaudiet adresi un tīkla savienojumu.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nepareizs lietotājvārds vai parole.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serveris noraidīja pieteikšanos: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Notiek sinhronizācija; mēģiniet vēlreiz pēc brīža.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Kontakts</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Uzņēmums</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-pasta adrese</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Tālruņa numurs</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Kontakta birka</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Birka</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikts</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(jauns ieraksts)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dzēsts</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Konflikta stāvoklis</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>šodien %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tukšs)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nezināms uzņēmums)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privāts</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Komanda</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dzēsts</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>atjaunots</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Kāds</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>kāds</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>%1 nomainīja %2 uz %3, kamēr jūs dzēsāt šo ierakstu, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>%1 dzēsa šo ierakstu, kamēr jūs nomainījāt %2 uz %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>%1 dzēsa šo ierakstu, kamēr %2 nomainīja %3 uz %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>%1 nomainīja %2 uz %3, kamēr jūs to nomainījāt uz %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>%1 nomainīja %2 uz %3, kamēr %4 to nomainīja uz %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Ieraksts paliek dzēsts, ja vien nepaturat viņu izmaiņu.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Ieraksts tagad ir dzēsts; “Izmantot manu” to atjauno ar jūsu izmaiņu.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Ierakstā tagad ir jūsu vērtība %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Ierakstā tagad ir viņu vērtība %1; jūsējā glabājas šeit.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Ierakstā tagad ir %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncLogDialog</name>
    <message>
        <source>Synced</source>
        <translation>Sinhronizēts</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Jāpiesakās</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Neizdevās</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times since %2</source>
        <extracomment>A line of the sync log that stands for several runs alike (never fewer than two): &quot;14:03, 12 times since 11:05&quot;</extracomment>
        <translation>
            <numerusform>%1, %n reizi kopš %2</numerusform>
            <numerusform>%1, %n reizes kopš %2</numerusform>
            <numerusform>%1, %n reižu kopš %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new either way</source>
        <translation>Nekā jauna ne vienā, ne otrā virzienā</translation>
    </message>
    <message>
        <source>Changes that had reached the server before: %1</source>
        <translation>Izmaiņas, kas jau iepriekš bija sasniegušas serveri: %1</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Sinhronizācijas žurnāls</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kad</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Nosūtīts</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saņemts</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaļas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Notīrīt žurnālu</translation>
    </message>
    <message>
        <source>Forget the lines listed here (nothing else changes)</source>
        <translation>Aizmirst šeit uzskaitītās rindas (nekas cits nemainās)</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Sinhronizācijas žurnālu nevar nolasīt: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>This laptop has not synced yet.</source>
        <translation>Šis dators vēl nav sinhronizējies.</translation>
    </message>
    <message>
        <source>No sync has succeeded in the runs listed here.</source>
        <translation>Neviena no šeit uzskaitītajām sinhronizācijām nav izdevusies.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Pēdējā veiksmīgā sinhronizācija: %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation type="vanished">Iestatījumi — sinhronizācija</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation type="vanished">Sinhronizācija kopīgo jūsu kontaktus un uzņēmumus ar komandu caur CRM serveri. Jūs turpināt strādāt bezsaistē; izmaiņas tiek nosūtītas, kad serveris ir sasniedzams.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished">Pieteikties</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Serveris:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Parole:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="vanished">Pie&amp;teikties</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Piesakās…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">Konts</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="vanished">Sinhronizēt &amp;tagad</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">&amp;Atteikties</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation type="vanished">Sinhronizēt &amp;automātiski (startējot, pēc izmaiņām un ik pēc 5 minūtēm)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation type="vanished">Ievadiet komandas servera adresi.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation type="vanished">Ievadiet servera adresi, piemēram, https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="vanished">Ievadiet lietotājvārdu.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="vanished">Ievadiet paroli.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="vanished">Pieteicies %1 kā %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation type="vanished">Pieteicies %1 kā %2, komanda %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="vanished">Pēdējā sinhronizācija: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsPage</name>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Sinhronizācija kopīgo jūsu kontaktus un uzņēmumus ar komandu, izmantojot CRM serveri. Jūs turpināt strādāt bezsaistē; izmaiņas tiek nosūtītas, kad serveris ir sasniedzams.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Pieteikšanās</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveris:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Lietotājs:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pa&amp;role:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Pieteikties</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Piesakās…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konts</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sinhronizēt ta&amp;gad</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Atteikties</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Sinhronizēt a&amp;utomātiski (startējot, pēc izmaiņām un ik pēc 5 minūtēm)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Ievadiet jūsu komandas servera adresi.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Ievadiet servera adresi, piemēram, https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Ievadiet lietotājvārdu.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Ievadiet paroli.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Pieteicies serverī %1 kā %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Pieteicies serverī %1 kā %2, komanda %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Pēdējā sinhronizācija: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Nesinhronizē</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Sinhronizācija izslēgta — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln izmaiņa gaida</numerusform>
            <numerusform>%Ln izmaiņas gaida</numerusform>
            <numerusform>%Ln izmaiņu gaida</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sinhronizācija izslēgta</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Sinhronizē… %1 no %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Sinhronizē… saņemts: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sinhronizē…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sinhronizēts</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Bezsaistē — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Bezsaistē</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Vajadzīga uzmanība: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln konflikts</numerusform>
            <numerusform>%Ln konflikti</numerusform>
            <numerusform>%Ln konfliktu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln noraidīta izmaiņa</numerusform>
            <numerusform>%Ln noraidītas izmaiņas</numerusform>
            <numerusform>%Ln noraidītu izmaiņu</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Lai sinhronizētu, piesakieties vēlreiz</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Piesakieties komandas serverī: Iestatījumi → Sinhronizācija</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Automātiskā sinhronizācija izslēgta; F5 sinhronizē tagad</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Sūta jūsu izmaiņas un saņem komandas izmaiņas</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Pēdējā sinhronizācija: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Viss ir nosūtīts</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Serveris nav sasniedzams; mēģina vēlreiz. Noklikšķiniet, lai redzētu gaidošās izmaiņas.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serveris noraidīja pieteikšanos: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Noklikšķiniet, lai izvēlētos, kuras vērtības paliek</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Noklikšķiniet, lai redzētu, ko serveris noraidīja</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 received</source>
        <translation>Sinhronizē… saņemts %1 no aptuveni %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagChipDelegate</name>
    <message>
        <source>Tag “%1” · click to show only the records with it</source>
        <translation>Birka “%1” · noklikšķiniet, lai rādītu tikai ierakstus ar to</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Pārdēvēt…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Krāsa…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Apvienot ar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Dzēst</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Pārdēvēt birku</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Jaunais nosaukums:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Birkas krāsa</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Apvienot birku</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Apvienot „%1“ ar:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Dzēst birku</translation>
    </message>
    <message>
        <source>Delete the tag “%1” from every record that has it?</source>
        <translation>Dzēst birku „%1“ no visiem ierakstiem, kuriem tā ir?</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Rādīt:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Visu</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitātes</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Zvani</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Tikšanās un apmeklējumi</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Uzdevumi</translation>
    </message>
    <message>
        <source>Notes and e-mails</source>
        <translation>Piezīmes un e-pasti</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Darījumi</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Izmaiņas</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Vakar %1</translation>
    </message>
    <message>
        <source>The timeline starts when the record is saved.</source>
        <translation>Laika josla sākas, kad ieraksts ir saglabāts.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Šāda veida ierakstu vēl nav.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Šeit vēl nekas nav noticis.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>Darbvirsmas CRM, kas strādā arī bezsaistē</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Atvērt datubāzi &lt;ceļš&gt; (pēc noklusējuma: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ceļš</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Datubāzi %1 nevarēja atvērt.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
