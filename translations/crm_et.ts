<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulge</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulge salvestamata</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah kõ&amp;igile</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ei &amp;kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tagasi</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Edasi &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Lõpeta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Kinnita</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
</context>
<context>
    <name>crm::cli::ActivityCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID otsimine: %1</translation>
    </message>
    <message>
        <source>no activity with id %1</source>
        <translation>ID-ga %1 tegevust ei ole</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several activities; give more digits</source>
        <translation>ID eesliide %1 sobib mitmele tegevusele; sisestage rohkem numbreid</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM (local time), with Z or +HH:MM for another zone, or YYYY-MM-DD</source>
        <translation>„%1“ ei ole kuupäev ja kellaaeg; kirjutage see kujul YYYY-MM-DDTHH:MM (kohalik aeg), teise ajavööndi jaoks lisage Z või +HH:MM, või YYYY-MM-DD</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Ajavöönd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Tehing</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>activity add: give --kind and --subject (see crm-cli activity add --help)</source>
        <translation>activity add: sisestage --kind ja --subject (vt crm-cli activity add --help)</translation>
    </message>
    <message>
        <source>activity add: --kind: “%1” is not one of %2</source>
        <translation>activity add: --kind: „%1“ ei ole ükski järgmistest: %2</translation>
    </message>
    <message>
        <source>activity add: give --due or --start, not both</source>
        <translation>activity add: sisestage --due või --start, mitte mõlemad</translation>
    </message>
    <message>
        <source>activity add: --end needs --start</source>
        <translation>activity add: --end nõuab --start</translation>
    </message>
    <message>
        <source>activity add: --reminder: “%1” is not a number of minutes</source>
        <translation>activity add: --reminder: „%1“ ei ole minutite arv</translation>
    </message>
    <message>
        <source>activity add: --deal: give the deal&apos;s full id</source>
        <translation>activity add: --deal: sisestage tehingu täielik ID</translation>
    </message>
    <message>
        <source>activity list: give one of --overdue, --today and --week, not several</source>
        <translation>activity list: sisestage üks järgmistest: --overdue, --today või --week, mitte mitu</translation>
    </message>
    <message>
        <source>activity %1 is deleted</source>
        <translation>tegevus %1 on kustutatud</translation>
    </message>
    <message>
        <source>%1 created, %2 updated</source>
        <translation>loodud %1, uuendatud %2</translation>
    </message>
    <message>
        <source>ics export: give -o FILE (or --output FILE)</source>
        <translation>ics export: sisestage -o FILE (või --output FILE)</translation>
    </message>
</context>
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation>(vt crm-cli %1 --help)</translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation>tundmatu valik %1 %2</translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation>tundmatu valik --%1 %2</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 on antud rohkem kui üks kord</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 ei võta väärtust</translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation>--%1: väärtus puudub (%2)</translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation>puudub %1 %2</translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation>ootamatu argument „%1“ %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::BulkCommands</name>
    <message>
        <source>“%1” is not FIELD=VALUE</source>
        <translation>„%1“ ei ole FIELD=VALUE</translation>
    </message>
    <message>
        <source>bulk: give one of --set, --add-tag, --remove-tag, --owner or --delete</source>
        <translation>bulk: sisestage üks järgmistest: --set, --add-tag, --remove-tag, --owner või --delete</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies or deals</source>
        <translation>„%1“ ei ole contacts, companies ega deals</translation>
    </message>
    <message>
        <source>bulk: give one of --ids, --search or --all</source>
        <translation>bulk: sisestage üks järgmistest: --ids, --search või --all</translation>
    </message>
    <message>
        <source>no such field; the fields are: %1</source>
        <translation>sellist välja pole; väljad on: %1</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Toiming</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Vasteid</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Proovikäivitus</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muutmine</translation>
    </message>
    <message>
        <source>bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)</source>
        <translation>bulk undo: „%1“ ei ole hulgimuutmise number (vt crm-cli bulk list)</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %n record(s) put back.</source>
        <translation>
            <numerusform>Hulgimuutmine %1 võeti tagasi: taastati %n kirje.</numerusform>
            <numerusform>Hulgimuutmine %1 võeti tagasi: taastati %n kirjet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit %1 undone: %2 put back; %n left as they were changed after it: %3</source>
        <translation>
            <numerusform>Hulgimuutmine %1 võeti tagasi: taastati %2; %n kirje jäeti puutumata, sest seda muudeti pärast hulgimuutmist: %3</numerusform>
            <numerusform>Hulgimuutmine %1 võeti tagasi: taastati %2; %n kirjet jäeti puutumata, sest neid muudeti pärast hulgimuutmist: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Alustatud (UTC)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Loend</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Puutumata</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation>Kasutus: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation>CRM-i kontaktid ja ettevõtted käsurealt.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Käsud:</translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation>Valikud (enne või pärast käsku):</translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation>näita seda abi; crm-cli COMMAND --help ühe käsu kohta</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>näita versiooni</translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation>Andmebaas on %1, kui --database või $CRM_DATABASE ei määra muud faili; puuduva andmebaasi loovad ainult add-käsud.</translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID on täielik ID või selle unikaalne eesliide, milles on vähemalt 8 kuueteistkümnendnumbrit.</translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation>Vormingud: table (joondatud veerud; show prindib read &quot;Väli: väärtus&quot;), csv (RFC 4180, päiserida, UTF-8) ja json (objektide massiiv; show puhul üks objekt).</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation>Väljumiskood: 0 – õnnestus, 1 – tõrge (ei leitud, vigane väärtus, andmebaas keeldus), 2 – vale kasutus. Vead on ühel real stderr-is.</translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Kasutus: crm-cli %1 SUBCOMMAND [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Alamkäsud:</translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation>crm-cli %1 SUBCOMMAND --help kirjeldab selle valikuid.</translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation> [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Kasutus: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valikud:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Üldvalikud:</translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation>ID on täielik ID või selle unikaalne eesliide, milles on vähemalt 8 kuueteistkümnendnumbrit.</translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation>--%1: väärtus puudub</translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation>tundmatu valik %1 (vt crm-cli --help)</translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation>käsku pole antud (vt crm-cli --help)</translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation>help: tundmatu käsk „%1“ (vt crm-cli --help)</translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation>%1: alamkäsk puudub (%2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation>%1: tundmatu alamkäsk „%2“ (%3)</translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation>tundmatu käsk „%1“ (vt crm-cli --help)</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation>--format: tundmatu vorming „%1“; kasutage table, csv või json</translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation>--database: tee on tühi</translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation>--limit: „%1“ ei ole positiivne arv</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon or tab</source>
        <translation>--delimiter: „%1“ ei ole comma, semicolon ega tab</translation>
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
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uuendatud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation>company add: sisestage --name (vt crm-cli company add --help)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation>company edit: pole midagi muuta; sisestage muudetavad väljad (vt crm-cli company edit --help)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>tundmatu olek „%1“; kasutage lead, prospect, customer või former</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation>tundmatu tüüp „%1“; kasutage work, mobile, home või other</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ei ole korrektne e-posti aadress</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ ei ole telefoninumber</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation>tundmatu olek „%1“; kasutage lead, prospect, customer või former</translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation>silt ei saa olla tühi</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation>„%1“ ei ole selle kontakti e-posti aadress</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation>„%1“ ei ole selle kontakti telefoninumber</translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation>„%1“ ei ole selle kontakti silt</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Ettevõtte ID</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-postid</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uuendatud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation>contact add: sisestage --first-name või --last-name (vt crm-cli contact add --help)</translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation>contact edit: pole midagi muuta; sisestage muudetavad väljad (vt crm-cli contact edit --help)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
</context>
<context>
    <name>crm::cli::DealCommands</name>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID otsimine: %1</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>ID-ga %1 tehingut ei ole</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several deals; give more digits</source>
        <translation>ID eesliide %1 sobib mitmele tehingule; sisestage rohkem numbreid</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation type="vanished">müügilehtrit ei ole</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1“ ei ole kuupäev; kirjutage see kujul YYYY-MM-DD</translation>
    </message>
    <message>
        <source>“%1” is not a whole number from 0 to 100</source>
        <translation>„%1“ ei ole täisarv vahemikus 0–100</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Müügilehter</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Kaalutud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulgemine</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Päevi etapis</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Seisab</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Kaotamise põhjus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>deal add: give --title, --amount and --currency (see crm-cli deal add --help)</source>
        <translation>deal add: sisestage --title, --amount ja --currency (vt crm-cli deal add --help)</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ ei ole valuutakood; kasutage näiteks EUR, USD või PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>summa ei saa olla negatiivne</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>tehingul peab olema pealkiri</translation>
    </message>
    <message>
        <source>deal move: give --stage (see crm-cli deal move --help)</source>
        <translation>deal move: sisestage --stage (vt crm-cli deal move --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT</source>
        <translation>kaotatud tehingul peab olema põhjus; kasutage crm-cli deal lost %1 --reason TEXT</translation>
    </message>
    <message>
        <source>deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)</source>
        <translation>deal lost: sisestage --reason: miks tehing kaotati (vt crm-cli deal lost --help)</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>kaotatud tehingul peab olema kaotamise põhjus</translation>
    </message>
</context>
<context>
    <name>crm::cli::DedupCommands</name>
    <message>
        <source>--kind: “%1” is not contact or company</source>
        <translation>--kind: „%1“ pole contact ega company</translation>
    </message>
    <message>
        <source>--min-score: “%1” is not a number from 0 to 1</source>
        <translation>--min-score: „%1“ pole arv vahemikus 0 kuni 1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skoor</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <source>--field: “%1” is not NAME=ID</source>
        <translation>--field: „%1“ pole NAME=ID</translation>
    </message>
    <message>
        <source>%1 is a %2 and %3 a %4: only records of one kind merge</source>
        <translation>%1 on %2 ja %3 on %4: ühendada saab ainult sama liiki kirjeid</translation>
    </message>
    <message>
        <source>--field: unknown field “%1” (one of %2)</source>
        <translation>--field: tundmatu väli „%1“ (üks neist: %2)</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>id-ga %1 ühendamist pole</translation>
    </message>
    <message>
        <source>%1 names more than one merge</source>
        <translation>%1 vastab mitmele ühendamisele</translation>
    </message>
    <message>
        <source>Merge %1 undone.</source>
        <translation>Ühendamine %1 võeti tagasi.</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Taastamata: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::ExportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: tundmatu vorming „%1“; kasutage csv või vcard</translation>
    </message>
    <message>
        <source>-o/--output: the file to write is required</source>
        <translation>-o/--output: kirjutatav fail on kohustuslik</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>%1 exported to %2.</source>
        <translation>%1 eksporditud faili %2.</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 kontakti</translation>
    </message>
</context>
<context>
    <name>crm::cli::FieldCommands</name>
    <message>
        <source>“%1” is not contact, company or deal</source>
        <translation>„%1“ pole contact, company ega deal</translation>
    </message>
    <message>
        <source>“%1” is not a type; use one of %2</source>
        <translation>„%1“ pole tüüp; kasutage üht neist: %2</translation>
    </message>
    <message>
        <source>use yes or no</source>
        <translation>kasutage yes või no</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Võti</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nimetus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Valikud</translation>
    </message>
    <message>
        <source>“%1” is not KEY=VALUE</source>
        <translation>„%1“ pole KEY=VALUE</translation>
    </message>
    <message>
        <source>field add: give --entity, --key and --label (see crm-cli field add --help)</source>
        <translation>field add: andke --entity, --key ja --label (vt crm-cli field add --help)</translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation>andmebaasi fail</translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation>väljundvorming (vaikimisi: table)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (korratav)</translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation>ettevõtte nimi</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>tegevusala</translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation>veebiaadress (example.lv või https://example.lv)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoninumber</translation>
    </message>
    <message>
        <source>street address</source>
        <translation>tänavaaadress</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postiindeks</translation>
    </message>
    <message>
        <source>city</source>
        <translation>linn</translation>
    </message>
    <message>
        <source>country</source>
        <translation>riik</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>märkmed</translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation>kes võib ettevõtet näha (vaikimisi: team)</translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation>prindi kuni N ettevõtet</translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation>Lisa ettevõte ja prindi selle ID.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation>Näide:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation>Loetle ettevõtted (v.a kustutatud) nime järgi.</translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation>Näita ettevõtte kõiki välju ja selle kontakte.</translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation>Muuda antud välju; ülejäänud jäävad samaks.</translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation>Kustuta ettevõte (taastatavalt: company restore toob selle tagasi). Selle kontaktid jäävad alles.</translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation>Too kustutatud ettevõte tagasi.</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>eesnimi</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>perekonnanimi</translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation>e-posti aadress, korratav; LABEL on work (vaikimisi), mobile, home või other; edit-käsus asendab kõik e-postid (--email &quot;&quot; eemaldab need)</translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation>telefoninumber, korratav; LABEL on mobile (vaikimisi), work, home või other; edit-käsus asendab kõik telefonid (--phone &quot;&quot; eemaldab need)</translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation>selle nimega ettevõte, luuakse, kui seda pole; --company &quot;&quot; eemaldab seose</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>ametinimetus</translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation>elutsükli olek: lead (vaikimisi), prospect, customer või former</translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation>silt, korratav; edit-käsus asendab kõik sildid (--tag &quot;&quot; eemaldab need)</translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation>sünnipäev; --birthday &quot;&quot; tühjendab selle</translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation>kust kontakt pärineb</translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation>kes võib kontakti näha (vaikimisi: team)</translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation>lisa e-posti aadress</translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation>eemalda e-posti aadress</translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation>lisa telefoninumber</translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation>eemalda telefoninumber (võrreldakse numbrite järgi)</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>lisa silt</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>eemalda silt</translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation>prindi kuni N kontakti</translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation>Lisa kontakt ja prindi selle ID.</translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation>Sisestage --first-name või --last-name (või mõlemad). Näide:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation>Loetle kontaktid (v.a kustutatud) nime järgi.</translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation>Näita kontakti kõiki välju.</translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation>--email, --phone ja --tag asendavad kogu loendi; --add-… ja --remove-… muudavad ühte elementi.</translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation>Kustuta kontakt (taastatavalt: contact restore toob selle tagasi).</translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation>Too kustutatud kontakt tagasi.</translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation>Näita, kes, millal (UTC) ja millest milleks muutis kontakti või ettevõtte välju.</translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation>Kirje loomisel on väli &quot;created&quot;; kontakti e-postid, telefonid ja sildid on osa selle ajaloost.</translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation>Leia kontakte ja ettevõtteid: iga sõna peab olema kirje mõne sõna algus.</translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation>Suur- ja väiketähti, diakriitikuid ja tähestikke ei eristata: &quot;berzins&quot; leiab Bērziņš, &quot;ivanov&quot; leiab Иванов. Telefoninumber leitakse numbrite järgi: &quot;29123456&quot; leiab +371 2912 3456.</translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation>kuni N kontakti ja N ettevõtet (vaikimisi 50)</translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation>Logi see andmebaas meeskonna serverisse sisse.</translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation>Tõend hoitakse võtmehoidjas või, kui võtmehoidjat pole, failis DATABASE.token (loetav ainult teile).</translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation>server, nt https://crm.example.com</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>teie kasutajanimi serveris</translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation>loe parool standardsisendist</translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation>Saada kohalikud muudatused meeskonna serverisse ja too teiste omad.</translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation>Prindib, mis saadeti, mis saabus ja millised konfliktid tekkisid; kui server pole kättesaadav, lõpetab koodiga 1.</translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation>Loetle sünkroonimise avatud konfliktid.</translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation>ka lahendatud</translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation>Lahenda konflikt: jäta minu väärtus, nende oma või mõlemad.</translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation>Mõlemad on e-posti aadresside ja telefoninumbrite jaoks. Kustutatud kirje muutmise korral taastab mine selle koos muudatusega, kui muudatus oli minu.</translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation>milline väärtus jääb</translation>
    </message>
    <message>
        <source>what kind of activity</source>
        <translation>tegevuse liik</translation>
    </message>
    <message>
        <source>what it is about</source>
        <translation>millest see on</translation>
    </message>
    <message>
        <source>the contact it concerns</source>
        <translation>kontakt, keda see puudutab</translation>
    </message>
    <message>
        <source>the company it concerns</source>
        <translation>ettevõte, keda see puudutab</translation>
    </message>
    <message>
        <source>the deal it concerns (its full id)</source>
        <translation>tehing, mida see puudutab (selle täielik ID)</translation>
    </message>
    <message>
        <source>when a task is due (a date alone: the end of that day)</source>
        <translation>ülesande tähtaeg (ainult kuupäev: selle päeva lõpp)</translation>
    </message>
    <message>
        <source>when a meeting, visit or call starts</source>
        <translation>millal algab kohtumine, visiit või kõne</translation>
    </message>
    <message>
        <source>when it ends</source>
        <translation>millal see lõpeb</translation>
    </message>
    <message>
        <source>where</source>
        <translation>kus</translation>
    </message>
    <message>
        <source>remind this many minutes before the start or due</source>
        <translation>meenuta nii mitu minutit enne algust või tähtaega</translation>
    </message>
    <message>
        <source>only open tasks past their due time</source>
        <translation>ainult avatud ülesanded, mille tähtaeg on möödas</translation>
    </message>
    <message>
        <source>only what stands on today</source>
        <translation>ainult tänaseks kavandatu</translation>
    </message>
    <message>
        <source>only what stands on this week</source>
        <translation>ainult sellele nädalale kavandatu</translation>
    </message>
    <message>
        <source>print at most N activities</source>
        <translation>prindi kuni N tegevust</translation>
    </message>
    <message>
        <source>Add an activity and print its id.</source>
        <translation>Lisa tegevus ja prindi selle ID.</translation>
    </message>
    <message>
        <source>Times without Z or an offset are local time in the system&apos;s time zone.
Example:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</source>
        <translation>Ilma Z või nihketa ajad on kohalik aeg süsteemi ajavööndis.
Näide:
  crm-cli activity add --kind meeting --subject &quot;Pārrunas&quot; --start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15</translation>
    </message>
    <message>
        <source>List activities, newest first, or the agenda: overdue, today or this week, by time.</source>
        <translation>Loetle tegevused, uusimad eespool, või päevakava: tähtaja ületanud, tänased või selle nädala, aja järgi.</translation>
    </message>
    <message>
        <source>Tick an activity off.</source>
        <translation>Märgi tegevus tehtuks.</translation>
    </message>
    <message>
        <source>Import an iCalendar file: events become meetings, to-dos tasks; known UIDs update. A file with an error imports nothing.</source>
        <translation>Impordi iCalendari fail: sündmustest saavad kohtumised, to-do&apos;dest ülesanded; tuntud UID-d uuendatakse. Veaga faili ei impordita üldse.</translation>
    </message>
    <message>
        <source>Export meetings, visits and tasks to an iCalendar file.</source>
        <translation>Ekspordi kohtumised, visiidid ja ülesanded iCalendari faili.</translation>
    </message>
    <message>
        <source>the .ics file to write (also -o FILE)</source>
        <translation>kirjutatav .ics-fail (ka -o FILE)</translation>
    </message>
    <message>
        <source>pipeline (default: the default pipeline)</source>
        <translation>müügilehter (vaikimisi: vaikimisi müügilehter)</translation>
    </message>
    <message>
        <source>Add a deal and print its id.</source>
        <translation>Lisa tehing ja prindi selle ID.</translation>
    </message>
    <message>
        <source>The amount is in the currency&apos;s units with a &apos;.&apos; before the cents.
Example:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</source>
        <translation>Summa on valuuta ühikutes, sentide ees &apos;.&apos;.
Näide:
  crm-cli deal add --title &quot;Fleet renewal&quot; --amount 12500.00 --currency EUR --company &quot;SIA Koks&quot; --stage Qualified --close 2027-03-31</translation>
    </message>
    <message>
        <source>what the deal is</source>
        <translation>mis tehing see on</translation>
    </message>
    <message>
        <source>amount, e.g. 1250 or 1250.50</source>
        <translation>summa, nt 1250 või 1250.50</translation>
    </message>
    <message>
        <source>ISO 4217 currency code, e.g. EUR</source>
        <translation>ISO 4217 valuutakood, nt EUR</translation>
    </message>
    <message>
        <source>the company with that id, or of that name (created when there is none)</source>
        <translation>selle ID või nimega ettevõte (luuakse, kui seda pole)</translation>
    </message>
    <message>
        <source>a contact on the deal (repeatable)</source>
        <translation>tehingu kontakt (korratav)</translation>
    </message>
    <message>
        <source>stage (default: the first open stage)</source>
        <translation>etapp (vaikimisi: esimene avatud etapp)</translation>
    </message>
    <message>
        <source>expected close date</source>
        <translation>eeldatav sulgemiskuupäev</translation>
    </message>
    <message>
        <source>probability in percent (default: the stage&apos;s)</source>
        <translation>tõenäosus protsentides (vaikimisi: etapi oma)</translation>
    </message>
    <message>
        <source>where the deal came from</source>
        <translation>kust tehing pärineb</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>järgmine samm</translation>
    </message>
    <message>
        <source>who may see the deal (default: team)</source>
        <translation>kes võib tehingut näha (vaikimisi: team)</translation>
    </message>
    <message>
        <source>List the deals (not the deleted ones) by pipeline, stage and close date. Amounts are plain numbers with a &apos;.&apos; before the cents.</source>
        <translation>Loetle tehingud (v.a kustutatud) müügilehtri, etapi ja sulgemiskuupäeva järgi. Summad on lihtsad arvud, sentide ees &apos;.&apos;.</translation>
    </message>
    <message>
        <source>only the deals in this stage</source>
        <translation>ainult selle etapi tehingud</translation>
    </message>
    <message>
        <source>only open deals (not won or lost)</source>
        <translation>ainult avatud tehingud (mitte võidetud ega kaotatud)</translation>
    </message>
    <message>
        <source>print at most N deals</source>
        <translation>prindi kuni N tehingut</translation>
    </message>
    <message>
        <source>Move a deal to another stage of its pipeline (recorded in its history).</source>
        <translation>Teisalda tehing oma müügilehtri teise etappi (salvestatakse ajalukku).</translation>
    </message>
    <message>
        <source>the stage to move to</source>
        <translation>etapp, kuhu teisaldada</translation>
    </message>
    <message>
        <source>Mark a deal won.</source>
        <translation>Märgi tehing võidetuks.</translation>
    </message>
    <message>
        <source>Mark a deal lost, with the reason.</source>
        <translation>Märgi tehing kaotatuks koos põhjusega.</translation>
    </message>
    <message>
        <source>why the deal was lost (required)</source>
        <translation>miks tehing kaotati (kohustuslik)</translation>
    </message>
    <message>
        <source>Write every contact to a CSV or vCard file.</source>
        <translation>Kirjuta kõik kontaktid CSV- või vCard-faili.</translation>
    </message>
    <message>
        <source>CSV is UTF-8 with a header row; cells starting with = + - @ get a leading &apos; so spreadsheets do not run them. vCard is version 4.0.</source>
        <translation>CSV on UTF-8 päisereaga; lahtritele, mis algavad märgiga = + - @, lisatakse ette &apos;, et arvutustabelid neid ei käivitaks. vCard on versioon 4.0.</translation>
    </message>
    <message>
        <source>file format (default: csv)</source>
        <translation>failivorming (vaikimisi: csv)</translation>
    </message>
    <message>
        <source>the file to write (also -o FILE)</source>
        <translation>kirjutatav fail (ka -o FILE)</translation>
    </message>
    <message>
        <source>CSV field separator (default: comma)</source>
        <translation>CSV väljade eraldaja (vaikimisi: comma)</translation>
    </message>
    <message>
        <source>start the CSV with a UTF-8 byte-order mark</source>
        <translation>alusta CSV-d UTF-8 baidijärjestuse märgiga</translation>
    </message>
    <message>
        <source>Import contacts from a CSV or vCard file as one undoable batch.</source>
        <translation>Impordi kontaktid CSV- või vCard-failist ühe tagasivõetava partiina.</translation>
    </message>
    <message>
        <source>Prints how many rows are new, update a contact, repeat an earlier row or are invalid (each invalid row with its line and reason), then imports the valid ones and prints the import&apos;s number for `import undo`. Duplicates are found by e-mail, by phone in E.164 and by names compared after folding accents and Cyrillic or Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce exports are recognised; a mapping chosen in the app for the same headers is used.</source>
        <translation>Prindib, mitu rida on uued, uuendavad kontakti, kordavad varasemat rida või on vigased (iga vigane rida koos rea numbri ja põhjusega), seejärel impordib korrektsed ja prindib impordi numbri käsu `import undo` jaoks. Duplikaadid leitakse e-posti, E.164-vormingus telefoni ja nimede järgi, mida võrreldakse pärast diakriitikute eemaldamist ning kirillitsa või kreeka tähtede ladina tähtedeks teisendamist. Google Contactsi, Outlooki, HubSpoti ja Salesforce&apos;i ekspordi CSV-päised tuvastatakse; kasutatakse rakenduses samade päiste jaoks valitud vastendust.</translation>
    </message>
    <message>
        <source>file format (default: by the file&apos;s name and contents)</source>
        <translation>failivorming (vaikimisi: faili nime ja sisu järgi)</translation>
    </message>
    <message>
        <source>CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (default: detected)</source>
        <translation>CSV kodeering, nt UTF-8, UTF-16LE, windows-1257, windows-1251, windows-1250, windows-1253 (vaikimisi: tuvastatakse)</translation>
    </message>
    <message>
        <source>CSV field separator (default: detected)</source>
        <translation>CSV väljade eraldaja (vaikimisi: tuvastatakse)</translation>
    </message>
    <message>
        <source>what to do with a row that matches a contact or an earlier row: merge into it (fill empty fields, add e-mails, phones and tags; the default), skip it, or create a contact anyway</source>
        <translation>mida teha reaga, mis vastab kontaktile või varasemale reale: ühenda (täida tühjad väljad, lisa e-postid, telefonid ja sildid; vaikimisi), jäta vahele või loo kontakt ikkagi</translation>
    </message>
    <message>
        <source>country of phone numbers without a country code, e.g. LV (default: the phone_region setting, else the locale&apos;s)</source>
        <translation>riigikoodita telefoninumbrite riik, nt LV (vaikimisi: seade phone_region, muidu lokaadi oma)</translation>
    </message>
    <message>
        <source>print the preview and write nothing</source>
        <translation>prindi eelvaade ja ära kirjuta midagi</translation>
    </message>
    <message>
        <source>Undo an import: delete the contacts it created and restore the ones it updated.</source>
        <translation>Võta import tagasi: kustuta sellega loodud kontaktid ja taasta uuendatud.</translation>
    </message>
    <message>
        <source>Refuses, naming them, when records of the import were changed after it.</source>
        <translation>Keeldub ja nimetab kirjed, kui impordi kirjeid on pärast seda muudetud.</translation>
    </message>
    <message>
        <source>List the imports, newest first.</source>
        <translation>Loetle impordid, uusimad eespool.</translation>
    </message>
    <message>
        <source>Show everything about a contact, company or deal, newest first: activities, deals opened, moved, won and lost, and field changes.</source>
        <translation>Näita kõike kontakti, ettevõtte või tehingu kohta, uusimad eespool: tegevused, avatud, teisaldatud, võidetud ja kaotatud tehingud ning väljade muudatused.</translation>
    </message>
    <message>
        <source>A company&apos;s timeline includes the activities of its contacts and deals. Times are UTC; kind is call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted or restored; record and record_id name the record an entry belongs to.</source>
        <translation>Ettevõtte ajajoon sisaldab ka selle kontaktide ja tehingute tegevusi. Ajad on UTC-s; kind on call, meeting, visit, task, note, email, deal_opened, stage_changed, deal_won, deal_lost, created, field_changed, deleted või restored; record ja record_id nimetavad kirje, millele sissekanne kuulub.</translation>
    </message>
    <message>
        <source>print at most N entries</source>
        <translation>prindi kuni N sissekannet</translation>
    </message>
    <message>
        <source>List the built-in and saved reports.</source>
        <translation>Loetle sisseehitatud ja salvestatud aruanded.</translation>
    </message>
    <message>
        <source>Run a report (a built-in&apos;s name, a saved report&apos;s title or id).</source>
        <translation>Käivita aruanne (sisseehitatud aruande nimi, salvestatud aruande pealkiri või ID).</translation>
    </message>
    <message>
        <source>Parameters: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is totalled per currency. CSV streams rows as they come; PDF needs -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</source>
        <translation>Parameetrid: period (all, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days või YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — nagu iga aruanne need loetleb. Rahasummad liidetakse valuuta kaupa. CSV väljastab read kohe, kui need valmivad; PDF vajab -o FILE.
  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf
  crm-cli report run won-lost --param period=previous_quarter --format csv -o won.csv</translation>
    </message>
    <message>
        <source>a parameter of the report</source>
        <translation>aruande parameeter</translation>
    </message>
    <message>
        <source>PDF page size (default: a4)</source>
        <translation>PDF-i lehe suurus (vaikimisi: a4)</translation>
    </message>
    <message>
        <source>PDF orientation (default: portrait)</source>
        <translation>PDF-i paigutus (vaikimisi: portrait)</translation>
    </message>
    <message>
        <source>Show what the last sync runs did, newest first.</source>
        <translation>Näita, mida viimased sünkroonimised tegid, uusimad eespool.</translation>
    </message>
    <message>
        <source>Runs alike in a row (nothing to do, or the same error while offline) are one line with their number. Times are UTC; outcome is ok, offline, signed_out or failed.</source>
        <translation>Järjestikused sarnased käivitused (pole midagi teha või sama viga võrguühenduseta) on üks rida koos nende arvuga. Ajad on UTC-s; outcome on ok, offline, signed_out või failed.</translation>
    </message>
    <message>
        <source>at most N lines</source>
        <translation>kuni N rida</translation>
    </message>
    <message>
        <source>what forms and lists call the field</source>
        <translation>kuidas välja nimetatakse vormides ja loendites</translation>
    </message>
    <message>
        <source>text (default), longtext, number, money, date, yesno, choice, multichoice or url</source>
        <translation>text (vaikimisi), longtext, number, money, date, yesno, choice, multichoice või url</translation>
    </message>
    <message>
        <source>a choice of a choice or multichoice field, repeatable, in order; in edit it replaces the list</source>
        <translation>choice- või multichoice-välja valik, korratav, järjekorras; edit asendab loendi</translation>
    </message>
    <message>
        <source>whether every record needs a value</source>
        <translation>kas iga kirje vajab väärtust</translation>
    </message>
    <message>
        <source>the records the field belongs to</source>
        <translation>kirjed, millele väli kuulub</translation>
    </message>
    <message>
        <source>a custom field&apos;s value, repeatable (see crm-cli field list); numbers 1234.5, money &quot;1234.50 EUR&quot;, dates YYYY-MM-DD, yes/no, several choices separated by ;  KEY= clears it</source>
        <translation>kohandatud välja väärtus, korratav (vt crm-cli field list); arvud 1234.5, raha &quot;1234.50 EUR&quot;, kuupäevad YYYY-MM-DD, yes/no, mitu valikut eraldatud ;-ga  KEY= tühjendab selle</translation>
    </message>
    <message>
        <source>the field&apos;s fixed key: lower-case letters, digits and _ (industry)</source>
        <translation>välja muutumatu võti: väiketähed, numbrid ja _ (industry)</translation>
    </message>
    <message>
        <source>List the custom fields, in their order.</source>
        <translation>Loetle kohandatud väljad nende järjekorras.</translation>
    </message>
    <message>
        <source>Add a custom field to contacts, companies or deals.</source>
        <translation>Lisa kohandatud väli kontaktidele, ettevõtetele või tehingutele.</translation>
    </message>
    <message>
        <source>Example:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</source>
        <translation>Näide:
  crm-cli field add --entity contact --key industry --label Industry --type choice --choice Retail --choice Banking</translation>
    </message>
    <message>
        <source>Change a custom field&apos;s label, type, choices or whether it is required; its key stays.</source>
        <translation>Muuda kohandatud välja nimetust, tüüpi, valikuid või kohustuslikkust; võti jääb.</translation>
    </message>
    <message>
        <source>Delete a custom field: it and its values hide; adding the key again brings them back.</source>
        <translation>Kustuta kohandatud väli: see ja selle väärtused peidetakse; võtme uuesti lisamine toob need tagasi.</translation>
    </message>
    <message>
        <source>List likely duplicates, best first, with the reasons.</source>
        <translation>Loetle tõenäolised duplikaadid, parimad eespool, koos põhjustega.</translation>
    </message>
    <message>
        <source>Contacts: the same e-mail, the same phone (E.164) or similar names after folding accents and Cyrillic or Greek to Latin. Companies: the same name, website domain or phone. Pairs marked &quot;not a duplicate&quot; in the app are left out.</source>
        <translation>Kontaktid: sama e-post, sama telefon (E.164) või sarnased nimed pärast diakriitikute eemaldamist ning kirillitsa või kreeka tähtede ladinastamist. Ettevõtted: sama nimi, veebidomeen või telefon. Rakenduses &quot;pole duplikaat&quot; märgitud paarid jäetakse välja.</translation>
    </message>
    <message>
        <source>which records (default: contact)</source>
        <translation>millised kirjed (vaikimisi: contact)</translation>
    </message>
    <message>
        <source>least confidence, 0 to 1 (default: 0.5)</source>
        <translation>väikseim kindlus, 0 kuni 1 (vaikimisi: 0.5)</translation>
    </message>
    <message>
        <source>Merge contacts (or companies) into one and print the merge&apos;s id.</source>
        <translation>Ühenda kontaktid (või ettevõtted) üheks ja prindi ühendamise id.</translation>
    </message>
    <message>
        <source>The first record (or --keep) survives; a field keeps its value, or another record&apos;s when it is empty, unless --field says whose value to keep. E-mails, phones and tags are joined; activities, deals and contacts move to the survivor; the others are deleted. `unmerge` takes it back.</source>
        <translation>Esimene kirje (või --keep) jääb alles; väli säilitab oma väärtuse või tühjana teise kirje väärtuse, kui --field ei ütle, kelle väärtus jätta. E-postiaadressid, telefonid ja sildid liidetakse; tegevused, tehingud ja kontaktid liiguvad allesjäänule; ülejäänud kustutatakse. `unmerge` võtab selle tagasi.</translation>
    </message>
    <message>
        <source>the record that survives</source>
        <translation>kirje, mis jääb alles</translation>
    </message>
    <message>
        <source>keep this record&apos;s value of a field (first_name, city, …); repeatable</source>
        <translation>säilita selle kirje välja väärtus (first_name, city, …); korratav</translation>
    </message>
    <message>
        <source>Take a merge back: restore the merged records and their links.</source>
        <translation>Võta ühendamine tagasi: taasta ühendatud kirjed ja nende seosed.</translation>
    </message>
    <message>
        <source>A field or link changed after the merge keeps its new value; each such one is printed. Refuses when the surviving record was deleted.</source>
        <translation>Pärast ühendamist muudetud väli või seos säilitab uue väärtuse; iga selline prinditakse. Keeldub, kui allesjäänud kirje kustutati.</translation>
    </message>
    <message>
        <source>vCard photos: keep them on the contacts (the default; at most 512 KB each) or skip them</source>
        <translation>vCardi fotod: säilita need kontaktidel (vaikimisi; igaüks kuni 512 KB) või jäta vahele</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete many records at once; all or nothing, captured for sync.</source>
        <translation>Määra väli, lisa või eemalda silt, muuda omanikku või kustuta korraga palju kirjeid; kõik või mitte midagi, salvestatakse sünkroonimiseks.</translation>
    </message>
    <message>
        <source>Fields: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; and custom fields by key (crm-cli field list). FIELD= clears it.
Example:
  crm-cli bulk contacts --search riga --set status=customer</source>
        <translation>Väljad: contacts status, owner, source, title, company, street, postal_code, city, country, birthday, visibility, notes; companies owner, industry, website, phone, street, postal_code, city, country, visibility, notes; deals stage, owner, currency, expected_close, probability, source, next_step, company, title, visibility, notes; ja kohandatud väljad võtme järgi (crm-cli field list). FIELD= tühjendab välja.
Näide:
  crm-cli bulk contacts --search riga --set status=customer</translation>
    </message>
    <message>
        <source>these records (ids or unique prefixes)</source>
        <translation>need kirjed (ID-d või unikaalsed eesliited)</translation>
    </message>
    <message>
        <source>every live record the list&apos;s search finds</source>
        <translation>iga kustutamata kirje, mille loendi otsing leiab</translation>
    </message>
    <message>
        <source>every live record</source>
        <translation>iga kustutamata kirje</translation>
    </message>
    <message>
        <source>set a built-in or custom field</source>
        <translation>määra sisseehitatud või kohandatud väli</translation>
    </message>
    <message>
        <source>change the owner</source>
        <translation>muuda omanikku</translation>
    </message>
    <message>
        <source>delete (softly; restore undoes it)</source>
        <translation>kustuta (taastatavalt; restore võtab selle tagasi)</translation>
    </message>
    <message>
        <source>check and count, write nothing</source>
        <translation>kontrolli ja loe kokku, ära kirjuta midagi</translation>
    </message>
    <message>
        <source>Undo a bulk edit: put back each record&apos;s earlier value.</source>
        <translation>Võta hulgimuutmine tagasi: taasta iga kirje varasem väärtus.</translation>
    </message>
    <message>
        <source>Also after a restart. A record whose edited field (or the record) changed after the bulk edit keeps its newer value and is named.</source>
        <translation>Ka pärast taaskäivitamist. Kirje, mille hulgimuutmisega muudetud väli (või kirje ise) on hiljem muutunud, säilitab uuema väärtuse; sellised kirjed loetletakse.</translation>
    </message>
    <message>
        <source>List the recent bulk edits, newest first.</source>
        <translation>Loetle viimased hulgimuutmised, uusimad eespool.</translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>lisatud %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eemaldatud %1</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>kustutatud</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>taastatud</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Vana</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muudatus</translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation>„%1“ ei ole ID (UUID või vähemalt 8 selle algusest pärit kuueteistkümnendnumbrit)</translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation>ID otsimine: %1</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>ID-ga %1 kontakti ei ole</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>ID-ga %1 ettevõtet ei ole</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation>ID eesliide %1 sobib mitmele kontaktile; sisestage rohkem numbreid</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation>ID eesliide %1 sobib mitmele ettevõttele; sisestage rohkem numbreid</translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation>ID-ga %1 kontakti ega ettevõtet ei ole</translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation>ID eesliide %1 sobib mitmele kirjele; sisestage rohkem numbreid</translation>
    </message>
    <message>
        <source>no contact, company or deal with id %1</source>
        <translation>ID-ga %1 kontakti, ettevõtet ega tehingut ei ole</translation>
    </message>
</context>
<context>
    <name>crm::cli::ImportCommands</name>
    <message>
        <source>--format: unknown format “%1”; use csv or vcard</source>
        <translation>--format: tundmatu vorming „%1“; kasutage csv või vcard</translation>
    </message>
    <message>
        <source>--encoding: unknown encoding “%1” (for example %2)</source>
        <translation>--encoding: tundmatu kodeering „%1“ (näiteks %2)</translation>
    </message>
    <message>
        <source>--delimiter: “%1” is not comma, semicolon, tab or pipe</source>
        <translation>--delimiter: „%1“ ei ole comma, semicolon, tab ega pipe</translation>
    </message>
    <message>
        <source>--on-duplicate: “%1” is not update, skip or create</source>
        <translation>--on-duplicate: „%1“ ei ole update, skip ega create</translation>
    </message>
    <message>
        <source>--region: “%1” is not a two-letter country code</source>
        <translation>--region: „%1“ ei ole kahetäheline riigikood</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: sellist faili pole</translation>
    </message>
    <message>
        <source>CSV, %1, delimiter “%2”</source>
        <translation>CSV, %1, eraldaja „%2“</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fail: %1 (%2)</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Ridu: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Uusi: %1</translation>
    </message>
    <message>
        <source>Update: %1</source>
        <translation>Uuendada: %1</translation>
    </message>
    <message>
        <source>Duplicate in file: %1</source>
        <translation>Duplikaate failis: %1</translation>
    </message>
    <message>
        <source>Invalid: %1</source>
        <translation>Vigaseid: %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>Import %1: created %2, updated %3, skipped %4, invalid %5.</source>
        <translation>Import %1: loodud %2, uuendatud %3, vahele jäetud %4, vigaseid %5.</translation>
    </message>
    <message>
        <source>import undo: “%1” is not an import number (see crm-cli import list)</source>
        <translation>import undo: „%1“ ei ole impordi number (vt crm-cli import list)</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>Import %1 võeti tagasi.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Alustatud (UTC)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Vorming</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uuendatud</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Vahele jäetud</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Vigased</translation>
    </message>
    <message>
        <source>--photos: “%1” is not keep or skip</source>
        <translation>--photos: „%1“ pole keep ega skip</translation>
    </message>
    <message>
        <source>Imported with warnings: %1</source>
        <translation>Imporditud hoiatustega: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>hoiatus: %1</translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>crm::cli::ReportCommands</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kirjed</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameetrid</translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, json, csv or pdf</source>
        <translation>--format: tundmatu vorming „%1“; kasutage table, json, csv või pdf</translation>
    </message>
    <message>
        <source>-o/--output: a PDF needs a file to write</source>
        <translation>-o/--output: PDF vajab kirjutatavat faili</translation>
    </message>
    <message>
        <source>--param: “%1” is not KEY=VALUE</source>
        <translation>--param: „%1“ ei ole kujul KEY=VALUE</translation>
    </message>
    <message>
        <source>--param: %1 is given twice</source>
        <translation>--param: %1 on antud kaks korda</translation>
    </message>
    <message>
        <source>--page-size: “%1” is not a4 or letter</source>
        <translation>--page-size: „%1“ ei ole a4 ega letter</translation>
    </message>
    <message>
        <source>--orientation: “%1” is not portrait or landscape</source>
        <translation>--orientation: „%1“ ei ole portrait ega landscape</translation>
    </message>
    <message>
        <source>unknown report “%1” (see crm-cli report list)</source>
        <translation>tundmatu aruanne „%1“ (vt crm-cli report list)</translation>
    </message>
    <message>
        <source>--param: %1</source>
        <translation>--param: %1</translation>
    </message>
    <message>
        <source>PDF output needs the graphics library; run crm-cli with --format pdf as its own command</source>
        <translation>PDF-väljund vajab graafikateeki; käivitage crm-cli valikuga --format pdf eraldi käsuna</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Aruanne kirjutati faili %1.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Rows: %1 · written to %2</source>
        <translation>Ridu: %1 · kirjutatud faili %2</translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation>search: päring on tühi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-postid</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonid</translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation>account login: --server ja --user on kohustuslikud</translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation>account login: andke parool standardsisendis koos --password-stdin</translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation>account login: parooli ei saa lugeda</translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation>account login: parool standardsisendis on tühi</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation>Sisse logitud serverisse %1 kasutajana %2 (meeskond %3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation>sync: %1</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation>Juba serveris</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Tagasi lükatud</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Vastu võetud</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Rakendatud</translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation>Uued konfliktid</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>tagasi lükatud: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Minu</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Nende</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation>conflicts resolve: --keep peab olema mine, theirs või both, mitte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation>conflicts resolve: &quot;%1&quot; ei ole konflikti ID</translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation>Lahendatud; valik sünkroonitakse järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Käivitusi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Teade</translation>
    </message>
</context>
<context>
    <name>crm::cli::TimelineCommand</name>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>Kirje ID</translation>
    </message>
</context>
<context>
    <name>crm::core</name>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not an iCalendar content line</source>
        <translation>„%1“ ei ole iCalendari sisurida</translation>
    </message>
    <message>
        <source>a parameter of %1 has no value</source>
        <translation>%1 parameetril puudub väärtus</translation>
    </message>
    <message>
        <source>a quoted parameter of %1 is not closed</source>
        <translation>%1 jutumärkides parameeter pole suletud</translation>
    </message>
    <message>
        <source>%1 has no value (no “:”)</source>
        <translation>%1 väärtus puudub (puudub „:“)</translation>
    </message>
    <message>
        <source>a continuation line comes before any property</source>
        <translation>jätkurida on enne ühtegi omadust</translation>
    </message>
    <message>
        <source>the line is longer than %1 bytes</source>
        <translation>rida on pikem kui %1 baiti</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>tekst ei ole UTF-8</translation>
    </message>
    <message>
        <source>BEGIN without a component name</source>
        <translation>BEGIN ilma komponendi nimeta</translation>
    </message>
    <message>
        <source>%1 outside a VCALENDAR</source>
        <translation>%1 väljaspool VCALENDAR-it</translation>
    </message>
    <message>
        <source>components nest too deep</source>
        <translation>komponendid on liiga sügavale pesastatud</translation>
    </message>
    <message>
        <source>END:%1 without its BEGIN</source>
        <translation>END:%1 ilma vastava BEGIN-ita</translation>
    </message>
    <message>
        <source>END:%1 where END:%2 (begun on line %3) was expected</source>
        <translation>END:%1, kus oodati END:%2 (algas real %3)</translation>
    </message>
    <message>
        <source>BEGIN:%1 is never ended (the file ends early)</source>
        <translation>BEGIN:%1 ei lõpe kunagi (fail lõpeb enneaegselt)</translation>
    </message>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>ei ole iCalendari fail (puudub BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date</source>
        <translation>„%1“ väljas %2 ei ole kuupäev</translation>
    </message>
    <message>
        <source>“%1” in %2 is not a date-time</source>
        <translation>„%1“ väljas %2 ei ole kuupäev ja kellaaeg</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>tundmatu ajavöönd „%1“</translation>
    </message>
    <message>
        <source>the UID of %1 is longer than 1000 characters</source>
        <translation>%1 UID on pikem kui 1000 märki</translation>
    </message>
    <message>
        <source>(task without a title)</source>
        <translation>(pealkirjata ülesanne)</translation>
    </message>
    <message>
        <source>(event without a title)</source>
        <translation>(pealkirjata sündmus)</translation>
    </message>
    <message>
        <source>PRIORITY is a number from 0 to 9, not “%1”</source>
        <translation>PRIORITY on arv 0–9, mitte „%1“</translation>
    </message>
    <message>
        <source>the VEVENT has no DTSTART</source>
        <translation>VEVENT-il puudub DTSTART</translation>
    </message>
    <message>
        <source>“%1” is not a duration</source>
        <translation>„%1“ ei ole kestus</translation>
    </message>
    <message>
        <source>the %1 ends before it starts</source>
        <translation>%1 lõpeb enne, kui algab</translation>
    </message>
    <message>
        <source>the VALARM has no TRIGGER</source>
        <translation>VALARM-il puudub TRIGGER</translation>
    </message>
    <message>
        <source>a deal needs a title</source>
        <translation>tehingul peab olema pealkiri</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ ei ole valuutakood; kasutage näiteks EUR, USD või PLN</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>summa ei saa olla negatiivne</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>tõenäosus peab olema vahemikus 0–100, mitte %1</translation>
    </message>
    <message>
        <source>visibility must be “team” or “private”, not “%1”</source>
        <translation>nähtavus peab olema „team“ või „private“, mitte „%1“</translation>
    </message>
    <message>
        <source>the contact %1 is on the deal twice</source>
        <translation>kontakt %1 on tehingus kaks korda</translation>
    </message>
    <message>
        <source>there is no pipeline with an open stage</source>
        <translation>avatud etapiga müügilehtrit ei ole</translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation>ID-ga %1 ettevõtet ei ole</translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation>ID-ga %1 kontakti ei ole</translation>
    </message>
    <message>
        <source>no deal with id %1</source>
        <translation>ID-ga %1 tehingut ei ole</translation>
    </message>
    <message>
        <source>a stage needs a name</source>
        <translation>etapil peab olema nimi</translation>
    </message>
    <message>
        <source>“stale after” must be a number of days above 0, not %1</source>
        <translation>„seisab pärast“ peab olema päevade arv üle 0, mitte %1</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Eeldatav sulgemine</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Tõenäosus %</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Järgmine samm</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
</context>
<context>
    <name>crm::core::Activity</name>
    <message>
        <source>Call</source>
        <translation>Kõne</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kohtumine</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Kliendivisiit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>crm::core::AgendaModel</name>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
</context>
<context>
    <name>crm::core::BoardModel</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation type="vanished">Seisab: etapis %1 juba %2 päeva, kauem kui selle piirang %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Seisab: %1 päeva ilma tegevusteta, kauem kui etapi piirang %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation type="vanished">Seisab: avamisest %1 päeva tagasi pole tegevusi olnud, kauem kui etapi piirang %2</translation>
    </message>
    <message>
        <source>Deals: %1; weighted: %2</source>
        <translation>Tehinguid: %1; kaalutud: %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Päevi selles etapis: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::BulkEdit</name>
    <message>
        <source>a tag needs a name</source>
        <translation>sildil peab olema nimi</translation>
    </message>
    <message>
        <source>the tag is too long</source>
        <translation>silt on liiga pikk</translation>
    </message>
    <message>
        <source>no such field of %1; the fields are: %2</source>
        <translation>%1 ei oma sellist välja; väljad on: %2</translation>
    </message>
    <message>
        <source>the value is too long</source>
        <translation>väärtus on liiga pikk</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ei ole ükski järgmistest: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ei ole kuupäev (AAAA-KK-PP)</translation>
    </message>
    <message>
        <source>the probability must be between 0 and 100, not %1</source>
        <translation>tõenäosus peab olema vahemikus 0 kuni 100, mitte %1</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1“ ei ole veebiaadress</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ ei ole telefoninumber</translation>
    </message>
    <message>
        <source>there is no company named “%1”</source>
        <translation>ettevõtet nimega „%1“ ei ole</translation>
    </message>
    <message>
        <source>there is no stage named “%1”</source>
        <translation>etappi nimega „%1“ ei ole</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost: mark deals lost one at a time</source>
        <translation>kaotatud tehingul peab olema kaotuse põhjus: märkige tehingud kaotatuks ükshaaval</translation>
    </message>
    <message>
        <source>“%1” is not a currency code</source>
        <translation>„%1“ ei ole valuutakood</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 on kohustuslik</translation>
    </message>
    <message>
        <source>undoing the finished part failed: %1</source>
        <translation>tehtud osa tagasivõtmine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>katkestatud: midagi ei muudetud</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Lisa silt „%1“</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Eemalda silt „%1“</translation>
    </message>
    <message>
        <source>Clear the owner</source>
        <translation>Tühjenda omanik</translation>
    </message>
    <message>
        <source>Change owner to %1</source>
        <translation>Muuda omanikuks %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>Tühjenda: %1</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Määra %1 väärtuseks %2</translation>
    </message>
    <message>
        <source>The list changed while the rows were selected; select them again.</source>
        <translation>Loend muutus ajal, kui read olid valitud; valige need uuesti.</translation>
    </message>
    <message>
        <source>bulk edit %1 is not undone; there is nothing to redo</source>
        <translation>hulgimuutmine %1 ei ole tagasi võetud; pole midagi uuesti teha</translation>
    </message>
    <message>
        <source>bulk edit %1 was undone already</source>
        <translation>hulgimuutmine %1 on juba tagasi võetud</translation>
    </message>
    <message>
        <source>there is no bulk edit %1</source>
        <translation>hulgimuutmist %1 ei ole</translation>
    </message>
</context>
<context>
    <name>crm::core::CalendarService</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: faili ei saa lugeda: %2</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB</source>
        <translation>%1: fail on suurem kui %2 MB</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: faili ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was imported</source>
        <translation>import katkestati; midagi ei imporditud</translation>
    </message>
    <message>
        <source>the export was cancelled; no file was written</source>
        <translation>eksport katkestati; faili ei kirjutatud</translation>
    </message>
</context>
<context>
    <name>crm::core::CompanyListModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactPhotos</name>
    <message>
        <source>the photo is %1 KB; at most %2 KB are kept</source>
        <translation>foto on %1 KB; säilitatakse kuni %2 KB</translation>
    </message>
    <message>
        <source>the photo is not a JPEG, PNG, GIF or WebP image</source>
        <translation>foto pole JPEG-, PNG-, GIF- ega WebP-pilt</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomField</name>
    <message>
        <source>one line only</source>
        <translation>ainult üks rida</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ pole arv</translation>
    </message>
    <message>
        <source>“%1” is not an amount with a currency, like 1250.50 EUR</source>
        <translation>„%1“ pole summa koos valuutaga, nt 1250.50 EUR</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ pole kuupäev (AAAA-KK-PP)</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>„%1“ pole jah ega ei</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>„%1“ ei ole üks neist: %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address (https://…)</source>
        <translation>„%1“ pole veebiaadress (https://…)</translation>
    </message>
    <message>
        <source>there is no custom field “%1”</source>
        <translation>kohandatud välja „%1“ pole</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>väärtus on kohustuslik</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
</context>
<context>
    <name>crm::core::CustomFieldRepository</name>
    <message>
        <source>%1 have no custom field “%2”</source>
        <translation>%1: kohandatud välja „%2“ pole</translation>
    </message>
    <message>
        <source>“%1” is not a key: use lower-case letters, digits and _, starting with a letter (at most 40)</source>
        <translation>„%1“ pole võti: kasutage väiketähti, numbreid ja _, alustades tähega (kuni 40)</translation>
    </message>
    <message>
        <source>a field needs a label</source>
        <translation>väli vajab nimetust</translation>
    </message>
    <message>
        <source>a choice field needs at least one choice</source>
        <translation>valikuväli vajab vähemalt ühte valikut</translation>
    </message>
    <message>
        <source>“%1” is not a choice (empty, or with ;)</source>
        <translation>„%1“ pole valik (tühi või ;-ga)</translation>
    </message>
    <message>
        <source>the choice “%1” is listed twice</source>
        <translation>valik „%1“ on loetletud kaks korda</translation>
    </message>
    <message>
        <source>%1 already have a field “%2”</source>
        <translation>%1: väli „%2“ on juba olemas</translation>
    </message>
    <message>
        <source>no such custom field</source>
        <translation>sellist kohandatud välja pole</translation>
    </message>
    <message>
        <source>%1 records have a value in “%2”: its type cannot change</source>
        <translation>kirjeid väärtusega väljas „%2“: %1; selle tüüpi ei saa muuta</translation>
    </message>
    <message>
        <source>the search refresh was stopped</source>
        <translation>otsingu uuendamine peatati</translation>
    </message>
</context>
<context>
    <name>crm::core::DealListModel</name>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Kaalutud</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Tõenäosus</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Eeldatav sulgemine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
</context>
<context>
    <name>crm::core::DealRepository</name>
    <message>
        <source>the stage %1 was deleted</source>
        <translation>etapp %1 on kustutatud</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost</source>
        <translation>kaotatud tehingul peab olema kaotamise põhjus</translation>
    </message>
    <message>
        <source>the deal “%1” is deleted</source>
        <translation>tehing „%1“ on kustutatud</translation>
    </message>
    <message>
        <source>a lost deal needs the reason it was lost; mark it lost with a reason</source>
        <translation>kaotatud tehingul peab olema kaotamise põhjus; märkige see põhjusega kaotatuks</translation>
    </message>
</context>
<context>
    <name>crm::core::DealStaleness</name>
    <message>
        <source>Stale: in %1 for %2 days, longer than its limit of %3</source>
        <translation>Seisab: etapis %1 päevi: %2, kauem kui piir %3</translation>
    </message>
    <message>
        <source>Stale: no activity for %1 days, longer than the stage&apos;s limit of %2</source>
        <translation>Seisab: päevi ilma tegevuseta: %1, kauem kui etapi piir %2</translation>
    </message>
    <message>
        <source>Stale: no activity since it was opened %1 days ago, longer than the stage&apos;s limit of %2</source>
        <translation>Seisab: avamisest saati tegevusi pole, päevi tagasi: %1, kauem kui etapi piir %2</translation>
    </message>
</context>
<context>
    <name>crm::core::ICalendar</name>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>fail on suurem kui %1 MB</translation>
    </message>
</context>
<context>
    <name>crm::core::LeadConversion</name>
    <message>
        <source>the contact %1 is deleted</source>
        <translation>kontakt %1 on kustutatud</translation>
    </message>
    <message>
        <source>%1 is not a lead; only leads are converted</source>
        <translation>%1 ei ole müügivihje; teisendada saab ainult müügivihjeid</translation>
    </message>
    <message>
        <source>%1 has no company; give the company&apos;s name</source>
        <translation>%1 ei ole seotud ettevõttega; sisestage ettevõtte nimi</translation>
    </message>
    <message>
        <source>the company %1 is deleted</source>
        <translation>ettevõte %1 on kustutatud</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2</source>
        <translation>%1 ei ole ettevõtte %2 kontakt</translation>
    </message>
    <message>
        <source>give the name of the person at %1 the deal is with</source>
        <translation>sisestage selle ettevõtte %1 inimese nimi, kellega tehing tehakse</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Müügivihje</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potentsiaalne klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Endine klient</translation>
    </message>
</context>
<context>
    <name>crm::core::ListFilter</name>
    <message>
        <source>“%1:” needs a value, e.g. %1:something</source>
        <translation>„%1:“ vajab väärtust, nt %1:midagi</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use lead, prospect, customer or former</source>
        <translation>Tundmatu olek „%1“: kasutage lead, prospect, customer või former</translation>
    </message>
    <message>
        <source>No tag is named “%1”</source>
        <translation>Silti nimega „%1“ ei ole</translation>
    </message>
    <message>
        <source>Unknown field “%1”. Fields: %2</source>
        <translation>Tundmatu väli „%1“. Väljad: %2</translation>
    </message>
    <message>
        <source>Unknown stage “%1”: use %2</source>
        <translation>Tundmatu etapp „%1“: kasutage %2</translation>
    </message>
    <message>
        <source>Unknown pipeline “%1”: use %2</source>
        <translation>Tundmatu müügilehter „%1“: kasutage %2</translation>
    </message>
    <message>
        <source>Unknown currency “%1”: use a code such as EUR</source>
        <translation>Tundmatu valuuta „%1“: kasutage koodi, nt EUR</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avatud</translation>
    </message>
    <message>
        <source>won</source>
        <translation>võidetud</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>kaotatud</translation>
    </message>
    <message>
        <source>Unknown status “%1”: use open, won or lost</source>
        <translation>Tundmatu olek „%1“: kasutage open, won või lost</translation>
    </message>
</context>
<context>
    <name>crm::core::Money</name>
    <message>
        <source>“%1” is not an amount; write it like 1250 or 1250.50</source>
        <translation>„%1“ ei ole summa; kirjutage näiteks 1250 või 1250.50</translation>
    </message>
    <message>
        <source>%1 has no minor units; write “%2” without decimals</source>
        <translation>%1 ei kasuta murdosa ühikuid; kirjutage „%2“ ilma kümnendkohtadeta</translation>
    </message>
    <message>
        <source>%1 has %2 decimal places; “%3” has more</source>
        <translation>%1 on %2 kümnendkohaga; „%3“ sisaldab rohkem</translation>
    </message>
    <message>
        <source>the amount “%1” is too large</source>
        <translation>summa „%1“ on liiga suur</translation>
    </message>
</context>
<context>
    <name>crm::core::Pipeline</name>
    <message>
        <source>Sales</source>
        <translation>Müük</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Uurimine</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifitseeritud</translation>
    </message>
    <message>
        <source>Proposal sent</source>
        <translation>Pakkumine saadetud</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Läbirääkimised</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
</context>
<context>
    <name>crm::core::PipelineRepository</name>
    <message>
        <source>no pipeline with id %1</source>
        <translation>ID-ga %1 müügilehtrit ei ole</translation>
    </message>
    <message>
        <source>no stage with id %1</source>
        <translation>ID-ga %1 etappi ei ole</translation>
    </message>
    <message>
        <source>no pipeline “%1”; there are: %2</source>
        <translation>müügilehtrit „%1“ ei ole; olemas on: %2</translation>
    </message>
    <message>
        <source>no stage “%1” in the pipeline %2; its stages are: %3</source>
        <translation>müügilehtris %2 ei ole etappi „%1“; selle etapid on: %3</translation>
    </message>
    <message>
        <source>the pipeline %1 has no won stage</source>
        <translation>müügilehtril %1 ei ole võidetud etappi</translation>
    </message>
    <message>
        <source>the pipeline %1 has no lost stage</source>
        <translation>müügilehtril %1 ei ole kaotatud etappi</translation>
    </message>
    <message>
        <source>a pipeline needs a name</source>
        <translation>müügilehtril peab olema nimi</translation>
    </message>
    <message>
        <source>the pipeline already has a %1 stage (%2)</source>
        <translation>müügilehtril on juba %1 etapp (%2)</translation>
    </message>
    <message>
        <source>deals in this stage: %1; move them first</source>
        <translation type="vanished">tehinguid selles etapis: %1; teisaldage need esmalt</translation>
    </message>
    <message>
        <source>a stage keeps its outcome: every pipeline has exactly one won and one lost stage</source>
        <translation>etapp säilitab oma tulemuse: igal müügilehtril on täpselt üks võidu- ja üks kaotusetapp</translation>
    </message>
    <message>
        <source>the %1 stage stays: every pipeline has exactly one won and one lost stage</source>
        <translation>etapp %1 jääb: igal müügilehtril on täpselt üks võidu- ja üks kaotusetapp</translation>
    </message>
    <message>
        <source>the %1 stage is the pipeline&apos;s last open stage</source>
        <translation>etapp %1 on müügilehtri viimane avatud etapp</translation>
    </message>
    <message>
        <source>deals in this stage: %1; choose the stage they move to</source>
        <translation>tehinguid selles etapis: %1; valige etapp, kuhu need viia</translation>
    </message>
    <message>
        <source>the deals can only move to another open stage of the pipeline %1</source>
        <translation>tehinguid saab viia ainult müügilehtri %1 teise avatud etappi</translation>
    </message>
    <message>
        <source>a new order must name every stage of the pipeline %1 once</source>
        <translation>uus järjestus peab nimetama müügilehtri %1 iga etappi üks kord</translation>
    </message>
    <message>
        <source>there is no pipeline</source>
        <translation>müügilehtrit pole</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
    <message>
        <source>%1 is the last pipeline; add another one first</source>
        <translation>%1 on viimane müügilehter; lisage kõigepealt teine</translation>
    </message>
    <message>
        <source>deals in this pipeline: %1; choose the pipeline they move to</source>
        <translation>tehinguid selles müügilehtris: %1; valige müügilehter, kuhu need viia</translation>
    </message>
    <message>
        <source>the deals can only move to another pipeline</source>
        <translation>tehinguid saab viia ainult teise müügilehtrisse</translation>
    </message>
    <message>
        <source>the pipeline %1 has no stage for these deals</source>
        <translation>müügilehtris %1 pole nende tehingute jaoks etappi</translation>
    </message>
</context>
<context>
    <name>crm::core::Preferences</name>
    <message>
        <source>“%1” is not a region code such as LV, EE or PL</source>
        <translation>„%1“ ei ole piirkonnakood, nagu LV, EE või PL</translation>
    </message>
    <message>
        <source>“%1” is not a currency code such as EUR, USD or PLN</source>
        <translation>„%1“ ei ole valuutakood, nagu EUR, USD või PLN</translation>
    </message>
</context>
<context>
    <name>crm::core::Reader</name>
    <message>
        <source>Inbound</source>
        <translation>Sissetulev</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Väljaminev</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Tähtaeg %1</translation>
    </message>
    <message>
        <source>Deal opened: %1</source>
        <translation>Tehing avatud: %1</translation>
    </message>
    <message>
        <source>Deal won: %1</source>
        <translation>Tehing võidetud: %1</translation>
    </message>
    <message>
        <source>Deal lost: %1</source>
        <translation>Tehing kaotatud: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Põhjus: %1</translation>
    </message>
    <message>
        <source>Deal moved: %1</source>
        <translation>Tehing teisaldatud: %1</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Kontakt loodud</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Ettevõte loodud</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Kirje loodud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Taastatud</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Silt</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>%1 lisatud</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 eemaldatud</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 muudetud</translation>
    </message>
</context>
<context>
    <name>crm::core::ReminderEngine</name>
    <message>
        <source>give the time to snooze until</source>
        <translation>sisestage aeg, milleni edasi lükata</translation>
    </message>
</context>
<context>
    <name>crm::core::Reports</name>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>is</source>
        <translation>on</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ei ole</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>on väiksem kui</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>on kuni</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>on suurem kui</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>on vähemalt</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>sisaldab</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>algab</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>on üks järgmistest</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tühi</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ei ole tühi</translation>
    </message>
    <message>
        <source>is in</source>
        <translation>on perioodis</translation>
    </message>
    <message>
        <source>is in the past</source>
        <translation>on minevikus</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Müügivihje</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potentsiaalne klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Endine klient</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Müügilehter etappide kaupa</translation>
    </message>
    <message>
        <source>Open deals per pipeline and stage: how many, their total and their weighted amount, per currency.</source>
        <translation>Avatud tehingud müügilehtrite ja etappide kaupa: arv, kogusumma ja kaalutud summa valuutade kaupa.</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Kaalutud</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Müügilehter</translation>
    </message>
    <message>
        <source>Sales forecast</source>
        <translation>Müügiprognoos</translation>
    </message>
    <message>
        <source>Open deals by the month they are expected to close, weighted by their probability.</source>
        <translation>Avatud tehingud eeldatava sulgemiskuu järgi, kaalutud tõenäosusega.</translation>
    </message>
    <message>
        <source>Won and lost deals</source>
        <translation>Võidetud ja kaotatud tehingud</translation>
    </message>
    <message>
        <source>Deals closed in the period, won or lost, with the reasons they were lost.</source>
        <translation>Perioodis suletud tehingud, võidetud või kaotatud, koos kaotamise põhjustega.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>Activity per owner</source>
        <translation>Tegevused omanike kaupa</translation>
    </message>
    <message>
        <source>Calls, meetings, visits, tasks, notes and e-mails per owner and kind: how many, how many done.</source>
        <translation>Kõned, kohtumised, visiidid, ülesanded, märkmed ja e-kirjad omanike ja liikide kaupa: mitu kokku ja mitu tehtud.</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Lead source effectiveness</source>
        <translation>Müügivihjete allikate tõhusus</translation>
    </message>
    <message>
        <source>Per source: the leads it brought, how many were qualified, their deals and the value won.</source>
        <translation>Iga allika kohta: toodud müügivihjed, mitu kvalifitseeriti, nende tehingud ja võidetud väärtus.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Müügivihjed</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Kvalifitseeritud</translation>
    </message>
    <message>
        <source>Won value</source>
        <translation>Võidetud väärtus</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kliendid</translation>
    </message>
    <message>
        <source>Companies that bought from us: when we last spoke to them and what they bought in all.</source>
        <translation>Ettevõtted, kes on meilt ostnud: millal nendega viimati suhtlesime ja mida nad kokku ostsid.</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Tähtaja ületanud ülesanded</translation>
    </message>
    <message>
        <source>Open tasks past their due time, the oldest first.</source>
        <translation>Avatud ülesanded, mille tähtaeg on möödas, vanimad eespool.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Month created</source>
        <translation>Loomise kuu</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Võidetud tehingud</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Viimane kontakt</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Lifetime won value</source>
        <translation>Võidetud väärtus kokku</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Weighted amount</source>
        <translation>Kaalutud summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>Tõenäosus %</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Eeldatav sulgemine</translation>
    </message>
    <message>
        <source>Close month</source>
        <translation>Sulgemiskuu</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Kaotamise põhjus</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Järgmine samm</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suletud</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>Etapis alates</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>Done at</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Tehing</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Päevi üle tähtaja</translation>
    </message>
</context>
<context>
    <name>crm::core::TagRepository</name>
    <message>
        <source>a tag needs a name</source>
        <translation>silt vajab nime</translation>
    </message>
    <message>
        <source>there is a tag “%1” already; merge the two instead</source>
        <translation>silt „%1“ on juba olemas; ühendage need selle asemel</translation>
    </message>
    <message>
        <source>“%1” is not a colour like #1976d2</source>
        <translation>„%1“ pole värv, nt #1976d2</translation>
    </message>
</context>
<context>
    <name>crm::core::Timeline</name>
    <message>
        <source>Call</source>
        <translation>Kõne</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Kohtumine</translation>
    </message>
    <message>
        <source>Customer visit</source>
        <translation>Kliendivisiit</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Ülesanne</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märge</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Deal opened</source>
        <translation>Tehing avatud</translation>
    </message>
    <message>
        <source>Stage changed</source>
        <translation>Etapp muudetud</translation>
    </message>
    <message>
        <source>Deal won</source>
        <translation>Tehing võidetud</translation>
    </message>
    <message>
        <source>Deal lost</source>
        <translation>Tehing kaotatud</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Field changed</source>
        <translation>Väli muudetud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Taastatud</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineModel</name>
    <message>
        <source>Today %1</source>
        <translation>Täna %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Eile %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Homme %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
</context>
<context>
    <name>crm::core::TimelineRepository</name>
    <message>
        <source>no contact, company or deal with this id</source>
        <translation>selle ID-ga kontakti, ettevõtet ega tehingut ei ole</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1“ ei ole kuupäev; kirjutage see kujul AAAA-KK-PP</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 ei ole kalendripäev</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>sünnipäev peab jääma 1900. aasta ja tänase päeva vahele</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>kontaktil peab olema eesnimi või perekonnanimi</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>eesnimi on liiga pikk</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>perekonnanimi on liiga pikk</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1“ ei ole korrektne e-posti aadress</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>tundmatu tüüp „%1“</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1“ ei ole telefoninumber</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>nähtavus on kas „team“ või „private“</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>ettevõttel peab olema nimi</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nimi on liiga pikk</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1“ ei ole veebiaadress</translation>
    </message>
    <message>
        <source>give the activity a subject</source>
        <translation>sisestage tegevuse teema</translation>
    </message>
    <message>
        <source>the subject is longer than 500 characters</source>
        <translation>teema on pikem kui 500 märki</translation>
    </message>
    <message>
        <source>a meeting or visit needs a start time</source>
        <translation>kohtumisel või visiidil peab olema algusaeg</translation>
    </message>
    <message>
        <source>an end time needs a start time</source>
        <translation>lõpuaeg nõuab algusaega</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>lõpp on enne algust</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone</source>
        <translation>„%1“ ei ole teadaolev ajavöönd</translation>
    </message>
    <message>
        <source>the direction is inbound or outbound, not “%1”</source>
        <translation>suund on inbound või outbound, mitte „%1“</translation>
    </message>
    <message>
        <source>the duration cannot be negative</source>
        <translation>kestus ei saa olla negatiivne</translation>
    </message>
    <message>
        <source>the priority is a number from 0 to 9</source>
        <translation>prioriteet on arv 0–9</translation>
    </message>
    <message>
        <source>a reminder needs a start or a due time</source>
        <translation>meeldetuletus nõuab algus- või tähtaega</translation>
    </message>
    <message>
        <source>a reminder is between 0 minutes and a year ahead</source>
        <translation>meeldetuletus võib olla 0 minutist kuni aasta ette</translation>
    </message>
    <message>
        <source>the visibility is team or private, not “%1”</source>
        <translation>nähtavus on team või private, mitte „%1“</translation>
    </message>
    <message>
        <source>an attendee needs a contact, a name or an e-mail</source>
        <translation>osaleja vajab kontakti, nime või e-posti</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>„%1“ ei ole e-posti aadress</translation>
    </message>
    <message>
        <source>give the new date and time</source>
        <translation>sisestage uus kuupäev ja kellaaeg</translation>
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
        <translation>Uued kontaktid</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Uued müügivihjed</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Võidetud tehingud</translation>
    </message>
    <message>
        <source>Deals lost</source>
        <translation>Kaotatud tehingud</translation>
    </message>
    <message>
        <source>Deals closed</source>
        <translation>Suletud tehingud</translation>
    </message>
    <message>
        <source>Deals won (sales cycle)</source>
        <translation>Võidetud tehingud (müügitsükkel)</translation>
    </message>
    <message>
        <source>Open deals · %1</source>
        <translation>Avatud tehingud · %1</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Avatud tehingud</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Tehtud: %1</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Tehtud tegevused</translation>
    </message>
    <message>
        <source>Won from %1</source>
        <translation>Võidetud kliendilt %1</translation>
    </message>
    <message>
        <source>Deals won · %1</source>
        <translation>Võidetud tehingud · %1</translation>
    </message>
</context>
<context>
    <name>crm::core::dashboard::DashboardPeriod</name>
    <message>
        <source>the dashboard needs a period with a start, not “%1”</source>
        <translation>avaleht vajab algusega perioodi, mitte „%1“</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>See nädal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>See kuu</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>See kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>See aasta</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimased 30 päeva</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Viimased 90 päeva</translation>
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
        <translation>Tähtaja ületanud ülesanded</translation>
    </message>
    <message>
        <source>Stale deals</source>
        <translation>Seisvad tehingud</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup</name>
    <message>
        <source>a merge needs at least two records</source>
        <translation>ühendamiseks on vaja vähemalt kahte kirjet</translation>
    </message>
    <message>
        <source>a record is named twice in the merge</source>
        <translation>kirje on ühendamises nimetatud kaks korda</translation>
    </message>
    <message>
        <source>the record to keep (%1) is not one of the merged records</source>
        <translation>säilitatav kirje (%1) ei ole ühendatavate seas</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>tundmatu väli %1</translation>
    </message>
    <message>
        <source>field %1: record %2 is not one of the merged records</source>
        <translation>väli %1: kirje %2 ei ole ühendatavate seas</translation>
    </message>
    <message>
        <source>no record with id %1</source>
        <translation>id-ga %1 kirjet pole</translation>
    </message>
    <message>
        <source>record %1 is deleted</source>
        <translation>kirje %1 on kustutatud</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::DuplicateFinder</name>
    <message>
        <source>a pair needs two different records</source>
        <translation>paar vajab kahte erinevat kirjet</translation>
    </message>
    <message>
        <source>contacts are being imported; look for duplicates again when the import has finished</source>
        <translation>kontakte imporditakse; otsige duplikaate uuesti, kui import on lõppenud</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::MergeService</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>no merge with id %1</source>
        <translation>id-ga %1 ühendamist pole</translation>
    </message>
    <message>
        <source>merge %1 was already undone</source>
        <translation>ühendamine %1 on juba tagasi võetud</translation>
    </message>
    <message>
        <source>%1 was changed after the merge and keeps its new value</source>
        <translation>%1 muudeti pärast ühendamist ja jääb uue väärtusega</translation>
    </message>
    <message>
        <source>cannot unmerge: the record kept by the merge no longer exists</source>
        <translation>ei saa lahutada: ühendamisel säilitatud kirjet enam pole</translation>
    </message>
    <message>
        <source>cannot unmerge: %1, the record kept by the merge, was deleted after it; restore it first</source>
        <translation>ei saa lahutada: %1, ühendamisel säilitatud kirje, kustutati pärast seda; taastage see kõigepealt</translation>
    </message>
    <message>
        <source>the activity “%1” was deleted after the merge</source>
        <translation>tegevus „%1“ kustutati pärast ühendamist</translation>
    </message>
    <message>
        <source>the activity “%1” was linked elsewhere after the merge</source>
        <translation>tegevus „%1“ seoti pärast ühendamist mujale</translation>
    </message>
    <message>
        <source>the deal “%1” was deleted after the merge</source>
        <translation>tehing „%1“ kustutati pärast ühendamist</translation>
    </message>
    <message>
        <source>the deal “%1” was moved to another company after the merge</source>
        <translation>tehing „%1“ viidi pärast ühendamist teisele ettevõttele</translation>
    </message>
    <message>
        <source>the deal “%1” no longer has the contact after the merge</source>
        <translation>tehingul „%1“ pole pärast ühendamist enam seda kontakti</translation>
    </message>
    <message>
        <source>the contact %1 was deleted after the merge</source>
        <translation>kontakt %1 kustutati pärast ühendamist</translation>
    </message>
    <message>
        <source>the contact %1 was moved to another company after the merge</source>
        <translation>kontakt %1 viidi pärast ühendamist teisele ettevõttele</translation>
    </message>
</context>
<context>
    <name>crm::core::dedup::Scan</name>
    <message>
        <source>same website domain %1</source>
        <translation>sama veebidomeen %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>sama telefon %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>sama nimi: %1</translation>
    </message>
    <message>
        <source>the search for duplicates was cancelled</source>
        <translation>duplikaatide otsimine katkestati</translation>
    </message>
</context>
<context>
    <name>crm::core::import</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ei saa avada: %2</translation>
    </message>
    <message>
        <source>unknown encoding “%1”</source>
        <translation>tundmatu kodeering „%1“</translation>
    </message>
    <message>
        <source>not a text file (binary data at byte %1)</source>
        <translation>ei ole tekstifail (binaarandmed baidil %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>fail on tühi</translation>
    </message>
    <message>
        <source>line %1: there is no custom field “%2” for contacts; its value “%3” is skipped</source>
        <translation>rida %1: kontaktidel pole kohandatud välja „%2“; selle väärtus „%3“ jäeti vahele</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ColumnMapping</name>
    <message>
        <source>(do not import)</source>
        <translation>(ära impordi)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Täisnimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>E-mail (work)</source>
        <translation>E-post (töö)</translation>
    </message>
    <message>
        <source>E-mail (home)</source>
        <translation>E-post (kodu)</translation>
    </message>
    <message>
        <source>E-mail (other)</source>
        <translation>E-post (muu)</translation>
    </message>
    <message>
        <source>E-mail label</source>
        <translation>E-posti liik</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone (work)</source>
        <translation>Telefon (töö)</translation>
    </message>
    <message>
        <source>Phone (mobile)</source>
        <translation>Telefon (mobiil)</translation>
    </message>
    <message>
        <source>Phone (home)</source>
        <translation>Telefon (kodu)</translation>
    </message>
    <message>
        <source>Phone (other)</source>
        <translation>Telefon (muu)</translation>
    </message>
    <message>
        <source>Phone label</source>
        <translation>Telefoni liik</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>“%1” is not a date (expected YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)</source>
        <translation>„%1“ ei ole kuupäev (oodatakse AAAA-KK-PP, PP.KK.AAAA või KK/PP/AAAA)</translation>
    </message>
    <message>
        <source>“%1” is not a status (lead, prospect, customer or former)</source>
        <translation>„%1“ ei ole olek (lead, prospect, customer või former)</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ContactImporter</name>
    <message>
        <source>%1: no column is mapped to a contact field (headers: %2)</source>
        <translation>%1: ükski veerg pole seotud kontakti väljaga (päised: %2)</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>import katkestati</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>%1; undoing the partial import %2 failed: %3</source>
        <translation>%1; osalise impordi %2 tagasivõtmine ebaõnnestus: %3</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing of it was kept</source>
        <translation>import katkestati; sellest ei säilitatud midagi</translation>
    </message>
    <message>
        <source>the import has no preview</source>
        <translation>impordil pole eelvaadet</translation>
    </message>
</context>
<context>
    <name>crm::core::import::Evidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation type="vanished">sama e-post %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation type="vanished">sama telefon %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="vanished">sama nimi</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation type="vanished">sarnane nimi</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportBatches</name>
    <message>
        <source>no import with number %1</source>
        <translation>numbriga %1 importi ei ole</translation>
    </message>
    <message>
        <source>import %1 was already undone</source>
        <translation>import %1 on juba tagasi võetud</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ja veel %1</translation>
    </message>
    <message>
        <source>import %1 cannot be undone: records were changed after it: %2</source>
        <translation>importi %1 ei saa tagasi võtta: pärast seda muudeti kirjeid: %2</translation>
    </message>
    <message>
        <source>the undo was stopped</source>
        <translation>tagasivõtmine peatati</translation>
    </message>
</context>
<context>
    <name>crm::core::import::ImportSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 ei saa avada: %2</translation>
    </message>
    <message>
        <source>the file is too large for a vCard file</source>
        <translation>fail on vCard-faili jaoks liiga suur</translation>
    </message>
    <message>
        <source>bytes that are not valid %1 text</source>
        <translation>baidid, mis ei ole kehtiv %1 tekst</translation>
    </message>
    <message>
        <source>line %1: %2; skipped</source>
        <translation>rida %1: %2; jäeti vahele</translation>
    </message>
</context>
<context>
    <name>crm::core::import::MatchEvidence</name>
    <message>
        <source>same e-mail %1</source>
        <translation>sama e-post %1</translation>
    </message>
    <message>
        <source>same phone %1</source>
        <translation>sama telefon %1</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>sarnane nimi</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>sama nimi: %1</translation>
    </message>
    <message>
        <source>similar names: %1 / %2 %3</source>
        <translation>sarnased nimed: %1 / %2 %3</translation>
    </message>
    <message>
        <source>but different e-mails or phones</source>
        <translation>kuid erinevad e-postiaadressid või telefonid</translation>
    </message>
    <message>
        <source>an office&apos;s address</source>
        <translation>kontori aadress</translation>
    </message>
    <message>
        <source>same birthday</source>
        <translation>sama sünnipäev</translation>
    </message>
    <message>
        <source>but different first names</source>
        <translation>kuid erinevad eesnimed</translation>
    </message>
    <message>
        <source>but different birthdays</source>
        <translation>kuid erinevad sünnipäevad</translation>
    </message>
    <message>
        <source>but different places</source>
        <translation>kuid erinevad kohad</translation>
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
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mail %1 - Label</source>
        <translation>E-post %1 - liik</translation>
    </message>
    <message>
        <source>E-mail %1 - Value</source>
        <translation>E-post %1 - väärtus</translation>
    </message>
    <message>
        <source>Phone %1 - Label</source>
        <translation>Telefon %1 - liik</translation>
    </message>
    <message>
        <source>Phone %1 - Value</source>
        <translation>Telefon %1 - väärtus</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>faili ei saa kirjutada: %1</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksport katkestati</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a property (NAME:value)</source>
        <translation>„%1“ ei ole omadus (NIMI:väärtus)</translation>
    </message>
    <message>
        <source>line %1: the photo is not valid base64; skipped</source>
        <translation>rida %1: foto ei ole kehtiv base64; jäeti vahele</translation>
    </message>
    <message>
        <source>line %1: the photo is not a base64 data URI; skipped</source>
        <translation>rida %1: foto ei ole base64 andme-URI; jäeti vahele</translation>
    </message>
    <message>
        <source>line %1: birthday “%2” is not a date; skipped</source>
        <translation>rida %1: sünnipäev „%2“ ei ole kuupäev; jäeti vahele</translation>
    </message>
    <message>
        <source>a vCard begins inside the one that begins on line %1</source>
        <translation>vCard algab teise sees, mis algab real %1</translation>
    </message>
    <message>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ilma BEGIN:VCARD-ita</translation>
    </message>
    <message>
        <source>text outside a vCard (BEGIN:VCARD … END:VCARD): “%1”</source>
        <translation>tekst väljaspool vCardi (BEGIN:VCARD … END:VCARD): „%1“</translation>
    </message>
    <message>
        <source>the vCard that begins here does not end (END:VCARD is missing)</source>
        <translation>siin algav vCard ei lõpe (END:VCARD puudub)</translation>
    </message>
    <message>
        <source>no vCard in the file (BEGIN:VCARD is missing)</source>
        <translation>failis pole vCardi (BEGIN:VCARD puudub)</translation>
    </message>
    <message>
        <source>line %1: the photo is a link to elsewhere (“%2”), not a picture in the file; skipped</source>
        <translation>rida %1: foto on link mujale („%2“), mitte pilt failis; jäeti vahele</translation>
    </message>
    <message>
        <source>line %1: %2 without X-KEY (the field it is for); skipped</source>
        <translation>rida %1: %2 ilma X-KEY-ta (väli, mille jaoks see on); jäeti vahele</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvReader</name>
    <message>
        <source>line %1: %2</source>
        <translation>rida %1: %2</translation>
    </message>
    <message>
        <source>more than %1 fields</source>
        <translation>rohkem kui %1 välja</translation>
    </message>
    <message>
        <source>a quoted field that starts here is not closed</source>
        <translation>siin algav jutumärkides väli pole suletud</translation>
    </message>
    <message>
        <source>“%1” after the closing quote of a field (a quote inside a field is written &quot;&quot;)</source>
        <translation>„%1“ pärast välja lõpetavat jutumärki (jutumärk välja sees kirjutatakse &quot;&quot;)</translation>
    </message>
    <message>
        <source>a field longer than %1 characters</source>
        <translation>väli on pikem kui %1 märki</translation>
    </message>
</context>
<context>
    <name>crm::core::io::CsvWriter</name>
    <message>
        <source>cannot write the file: %1</source>
        <translation>faili ei saa kirjutada: %1</translation>
    </message>
</context>
<context>
    <name>crm::core::reports</name>
    <message>
        <source>must be an object</source>
        <translation>peab olema objekt</translation>
    </message>
    <message>
        <source>filter groups nest too deep (at most 8 levels)</source>
        <translation>filtrirühmad on liiga sügavale pesastatud (kuni 8 taset)</translation>
    </message>
    <message>
        <source>“%1” is not all or any</source>
        <translation>„%1“ ei ole all ega any</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>peab olema massiiv</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>must be a string, a number or a list</source>
        <translation>peab olema string, arv või loend</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>%2 tundmatu väli „%1“</translation>
    </message>
    <message>
        <source>“%1” does not apply to %2 (use %3)</source>
        <translation>„%1“ ei kehti %2 kohta (kasutage %3)</translation>
    </message>
    <message>
        <source>no parameter named “%1”</source>
        <translation>parameetrit nimega „%1“ ei ole</translation>
    </message>
    <message>
        <source>must be a list for “in”</source>
        <translation>„in“ jaoks peab olema loend</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>saved report %1: %2</source>
        <translation>salvestatud aruanne %1: %2</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Compiler</name>
    <message>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <source> or </source>
        <translation> või </translation>
    </message>
    <message>
        <source>: “%1” is not a whole number</source>
        <translation>: „%1“ ei ole täisarv</translation>
    </message>
    <message>
        <source>: “%1” is not true or false</source>
        <translation>: „%1“ ei ole true ega false</translation>
    </message>
    <message>
        <source>: “%1” is not an amount</source>
        <translation>: „%1“ ei ole summa</translation>
    </message>
    <message>
        <source>: “%1” is not a date (YYYY-MM-DD)</source>
        <translation>: „%1“ ei ole kuupäev (AAAA-KK-PP)</translation>
    </message>
    <message>
        <source>: “%1” is not a date</source>
        <translation>: „%1“ ei ole kuupäev</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::Period</name>
    <message>
        <source>a period needs at least one day</source>
        <translation>periood peab hõlmama vähemalt ühte päeva</translation>
    </message>
    <message>
        <source>“%1” holds a date that does not exist</source>
        <translation>„%1“ sisaldab kuupäeva, mida ei ole olemas</translation>
    </message>
    <message>
        <source>“%1” ends before it starts</source>
        <translation>„%1“ lõpeb enne, kui algab</translation>
    </message>
    <message>
        <source>“%1” is not a period; use all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>„%1“ ei ole periood; kasutage all, today, this_week, this_month, this_quarter, this_year, previous_month, previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days või AAAA-KK-PP..AAAA-KK-PP</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Kogu aeg</translation>
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
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
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
        <translation>(puudub)</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportDefinition</name>
    <message>
        <source>line %1 (offset %2): %3</source>
        <translation>rida %1 (nihe %2): %3</translation>
    </message>
    <message>
        <source>a report definition must be a JSON object</source>
        <translation>aruande definitsioon peab olema JSON-objekt</translation>
    </message>
    <message>
        <source>unsupported version %1</source>
        <translation>toetamata versioon %1</translation>
    </message>
    <message>
        <source>“%1” is not contacts, companies, deals or activities</source>
        <translation>„%1“ ei ole contacts, companies, deals ega activities</translation>
    </message>
    <message>
        <source>must be an array of field names</source>
        <translation>peab olema väljanimede massiiv</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>peab olema string</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>peab olema massiiv</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>peab olema objekt</translation>
    </message>
    <message>
        <source>a report needs a title</source>
        <translation>aruandel peab olema pealkiri</translation>
    </message>
    <message>
        <source>unknown field “%1” of %2</source>
        <translation>%2 tundmatu väli „%1“</translation>
    </message>
    <message>
        <source>a report without groups needs at least one column</source>
        <translation>rühmadeta aruanne vajab vähemalt ühte veergu</translation>
    </message>
    <message>
        <source>at most two group fields</source>
        <translation>kuni kaks rühmitusvälja</translation>
    </message>
    <message>
        <source>“%1” cannot be grouped by</source>
        <translation>„%1“ järgi ei saa rühmitada</translation>
    </message>
    <message>
        <source>the same field twice</source>
        <translation>sama väli kaks korda</translation>
    </message>
    <message>
        <source>a grouped report needs at least one figure</source>
        <translation>rühmitatud aruanne vajab vähemalt ühte näitajat</translation>
    </message>
    <message>
        <source>count takes no field</source>
        <translation>count ei võta välja</translation>
    </message>
    <message>
        <source>“%1” is not count, sum or avg</source>
        <translation>„%1“ ei ole count, sum ega avg</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ei ole arv</translation>
    </message>
    <message>
        <source>amounts in several currencies can be summed, not averaged</source>
        <translation>eri valuutades summasid saab liita, aga mitte keskmistada</translation>
    </message>
    <message>
        <source>amounts in several currencies cannot be sorted</source>
        <translation>eri valuutades summasid ei saa sortida</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>“%1” is not %2</source>
        <translation>„%1“ ei ole %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>„%1“ on antud kaks korda</translation>
    </message>
    <message>
        <source>there is no figure %1</source>
        <translation>näitajat %1 ei ole</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportEngine</name>
    <message>
        <source>unknown parameter “%1” (this report takes: %2)</source>
        <translation>tundmatu parameeter „%1“ (see aruanne võtab: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>parameter %1: %2</source>
        <translation>parameeter %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>parameter %1: “%2” is not a whole number</source>
        <translation>parameeter %1: „%2“ ei ole täisarv</translation>
    </message>
    <message>
        <source>all</source>
        <translation>kõik</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>Sum of %1</source>
        <translation>Summa: %1</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Keskmine: %1</translation>
    </message>
    <message>
        <source>running the report “%1”</source>
        <translation>aruande „%1“ käivitamine</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>aruanne katkestati</translation>
    </message>
    <message>
        <source>Total · %1</source>
        <translation>Kokku · %1</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Vahesumma</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Kokku</translation>
    </message>
</context>
<context>
    <name>crm::core::reports::ReportRepository</name>
    <message>
        <source>no saved report %1</source>
        <translation>salvestatud aruannet %1 ei ole</translation>
    </message>
    <message>
        <source>“%1” names more than one report; use its id</source>
        <translation>„%1“ vastab mitmele aruandele; kasutage selle ID-d</translation>
    </message>
    <message>
        <source>no report named “%1”</source>
        <translation>aruannet nimega „%1“ ei ole</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (koopia)</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>töö</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobiil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>kodu</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Muutuseta · oli %1</translation>
    </message>
    <message>
        <source>%1 from none before</source>
        <translation>%1 — varem polnud</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · oli %3</translation>
    </message>
    <message>
        <source>%1, millions</source>
        <translation>%1, miljonid</translation>
    </message>
    <message>
        <source>%1, thousands</source>
        <translation>%1, tuhanded</translation>
    </message>
    <message>
        <source>Undoing import %1…</source>
        <translation>Impordi %1 tagasivõtmine…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Impordi tagasivõtmine</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Peatumine pärast praegust osa…</translation>
    </message>
    <message>
        <source>Undone: %1 of %2</source>
        <translation>Tagasi võetud: %1 / %2</translation>
    </message>
    <message>
        <source>The undo was stopped. What was undone stays undone; undo the import again (File ▸ Import History) to finish it.</source>
        <translation>Tagasivõtmine peatati. Tagasi võetu jääb tagasi võetuks; lõpetamiseks võtke import uuesti tagasi (Fail ▸ Impordi ajalugu).</translation>
    </message>
</context>
<context>
    <name>crm::ui::ActivityDialog</name>
    <message>
        <source>New activity</source>
        <translation>Uus tegevus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Outbound (I called)</source>
        <translation>Väljaminev (mina helistasin)</translation>
    </message>
    <message>
        <source>Inbound (they called)</source>
        <translation>Sissetulev (nemad helistasid)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Märkimata</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>sai ühendust</translation>
    </message>
    <message>
        <source>left a voicemail</source>
        <translation>jättis kõnepostisõnumi</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>ei vastanud</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>kinni</translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation>vale number</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Aadress, ruum või videokõne link</translation>
    </message>
    <message>
        <source>Type to invite a contact</source>
        <translation>Kontakti kutsumiseks hakake tippima</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puudub</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Kõrge</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Tavaline</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Madal</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Tehtud</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Meeldetuletuseta</translation>
    </message>
    <message>
        <source>At the time</source>
        <translation>Alguse ajal</translation>
    </message>
    <message>
        <source>%1 minutes before</source>
        <translation>%1 minutit enne</translation>
    </message>
    <message>
        <source>A day before</source>
        <translation>Päev enne</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Liik:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>T&amp;eema:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>Ettev&amp;õte:</translation>
    </message>
    <message>
        <source>D&amp;eal:</source>
        <translation>Tehin&amp;g:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Suund:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>T&amp;ulemus:</translation>
    </message>
    <message>
        <source>Durat&amp;ion:</source>
        <translation>&amp;Kestus:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Algus:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>Lõ&amp;pp:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Ko&amp;ht:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>Osale&amp;jad:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>T&amp;ähtaeg:</translation>
    </message>
    <message>
        <source>Priorit&amp;y:</source>
        <translation>Pr&amp;ioriteet:</translation>
    </message>
    <message>
        <source>Rem&amp;inder:</source>
        <translation>&amp;Meeldetuletus:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Mä&amp;rkmed:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Üksikasjad</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Mill&amp;al:</translation>
    </message>
    <message>
        <source>S&amp;ent:</source>
        <translation>Saa&amp;detud:</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>“%1” is not picked from the list</source>
        <translation>„%1“ ei ole loendist valitud</translation>
    </message>
    <message>
        <source>New activity “%1”</source>
        <translation>Uus tegevus „%1“</translation>
    </message>
    <message>
        <source>Edit activity “%1”</source>
        <translation>Muuda tegevust „%1“</translation>
    </message>
</context>
<context>
    <name>crm::ui::AgendaView</name>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Tehtud</translation>
    </message>
    <message>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Homme</translation>
    </message>
    <message>
        <source>&amp;Follow up</source>
        <translation>&amp;Järeltegevus</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Päevakava</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Tähtaja ü&amp;letanud</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>Tä&amp;na</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>See nä&amp;dal</translation>
    </message>
    <message>
        <source>Tick the selected activity off (Ctrl+Enter)</source>
        <translation>Märgi valitud tegevus tehtuks (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Move the selected activity to the next day (Ctrl+Right; Ctrl+Left: a day back)</source>
        <translation>Lükka valitud tegevus järgmisele päevale (Ctrl+Right; Ctrl+Left: päev tagasi)</translation>
    </message>
    <message>
        <source>Finish the selected activity and add a follow-up task for tomorrow</source>
        <translation>Lõpeta valitud tegevus ja lisa homseks järeltegevuse ülesanne</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Teisalda:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Move the selected activity to %1 at the same time (or drag it here)</source>
        <translation>Teisalda valitud tegevus samale kellaajale päeval %1 (või lohistage see siia)</translation>
    </message>
    <message>
        <source>Tick off “%1”</source>
        <translation>Märgi tehtuks „%1“</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>Ava uuesti „%1“</translation>
    </message>
    <message>
        <source>Reschedule “%1”</source>
        <translation>Ajasta ümber „%1“</translation>
    </message>
    <message>
        <source>Follow up: %1</source>
        <translation>Järeltegevus: %1</translation>
    </message>
    <message>
        <source>Follow up “%1”</source>
        <translation>Järeltegevus „%1“</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditCommand</name>
    <message>
        <source>%1: cancelled, nothing was changed</source>
        <translation>%1: katkestatud, midagi ei muudetud</translation>
    </message>
    <message>
        <source>%1 failed, nothing was changed: %2</source>
        <translation>%1 ebaõnnestus, midagi ei muudetud: %2</translation>
    </message>
    <message>
        <source>%1 · Changed: %2 of %3 — Ctrl+Z to undo</source>
        <translation>%1 · Muudetud: %2 / %3 — Ctrl+Z võtab tagasi</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Tagasivõtmine: %1…</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Tagasivõtmine ebaõnnestus: %1</translation>
    </message>
    <message>
        <source>Redoing: %1…</source>
        <translation>Uuesti tegemine: %1…</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Uuesti tegemine ebaõnnestus: %1</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 put back; %n left as they were changed after the bulk edit</source>
        <translation>
            <numerusform>Tagasi võetud: taastati %1; %n kirje jäeti puutumata, sest seda muudeti pärast hulgimuutmist</numerusform>
            <numerusform>Tagasi võetud: taastati %1; %n kirjet jäeti puutumata, sest neid muudeti pärast hulgimuutmist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkEditDialog</name>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>&amp;Väli:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kuupäev puudub</translation>
    </message>
    <message>
        <source>Bulk Edit · %1</source>
        <translation>Hulgimuutmine · %1</translation>
    </message>
    <message>
        <source>Set field</source>
        <translation>Määra väli</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Lisa silt</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Eemalda silt</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Muuda omanikku</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>The stage&apos;s default</source>
        <translation>Etapi vaikeväärtus</translation>
    </message>
    <message>
        <source>Type a company&apos;s name; empty: no company</source>
        <translation>Sisestage ettevõtte nimi; tühi: ettevõte puudub</translation>
    </message>
    <message>
        <source>The records are deleted; Undo (Ctrl+Z) brings them back.</source>
        <translation>Kirjed kustutatakse; tagasivõtmine (Ctrl+Z) toob need tagasi.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Rakenda</translation>
    </message>
    <message>
        <source>&amp;Do:</source>
        <translation>&amp;Toiming:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>Vä&amp;ärtus:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Jah</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>1234.50 EUR</source>
        <translation>1234.50 EUR</translation>
    </message>
    <message>
        <source>Empty: clears the field</source>
        <translation>Tühi: tühjendab välja</translation>
    </message>
    <message>
        <source>Empty: no owner</source>
        <translation>Tühi: omanik puudub</translation>
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
        <translation>Hulgimuutmiste ajalugu</translation>
    </message>
    <message>
        <source>The last %1 bulk edits. Undo puts back each record&apos;s earlier value, also after a restart; a record changed since the bulk edit keeps its newer value.</source>
        <translation>Viimased %1 hulgimuutmist. Tagasivõtmine taastab iga kirje varasema väärtuse, ka pärast taaskäivitamist; kirje, mida on pärast hulgimuutmist muudetud, säilitab uuema väärtuse.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muutmine</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alustatud</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Loend</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muudatus</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Vasteid</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>&amp;Undo Bulk Edit</source>
        <translation>&amp;Võta hulgimuutmine tagasi</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Tagasi võetud</translation>
    </message>
    <message>
        <source>Undo interrupted</source>
        <translation>Tagasivõtmine pooleli</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Pooleli jäänud</translation>
    </message>
    <message numerus="yes">
        <source>%n left as changed since</source>
        <translation>
            <numerusform>%n kirje puutumata (hiljem muudetud)</numerusform>
            <numerusform>%n kirjet puutumata (hiljem muudetud)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo Bulk Edit</source>
        <translation>Võta hulgimuutmine tagasi</translation>
    </message>
    <message>
        <source>Undo bulk edit %1 (%2): put back the earlier value of each record it changed?</source>
        <translation>Kas võtta hulgimuutmine %1 (%2) tagasi ja taastada iga selle muudetud kirje varasem väärtus?</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>Tagasivõtmine: %1…</translation>
    </message>
</context>
<context>
    <name>crm::ui::BulkJob</name>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Bulk Edit</source>
        <translation>Hulgimuutmine</translation>
    </message>
    <message>
        <source>Cancelling: putting back what was changed…</source>
        <translation>Katkestamine: muudetu taastamine…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspordi</translation>
    </message>
    <message>
        <source>&amp;Meetings and visits</source>
        <translation>K&amp;ohtumised ja visiidid</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Ü&amp;lesanded</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Kõik kuupäevad</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Alates</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Ekspordi kalender</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kuni</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>k&amp;uni</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Ekspordi:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Kuupäevad:</translation>
    </message>
    <message>
        <source>Meetings start and tasks fall due in the chosen days. Calendars that imported an earlier export update their items.</source>
        <translation>Kohtumised algavad ja ülesannete tähtajad on valitud päevadel. Kalendrid, mis importisid varasema ekspordi, uuendavad oma kirjeid.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 kirjutamine…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarFileDialog</name>
    <message>
        <source>An iCalendar file (.ics)</source>
        <translation>iCalendari fail (.ics)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics *.ical *.ifb);;All files (*)</source>
        <translation>iCalendari failid (*.ics *.ical *.ifb);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Katkestatud; midagi ei kirjutatud.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Loobumine…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CalendarImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>Import Calendar</source>
        <translation>Impordi kalender</translation>
    </message>
    <message>
        <source>Choose an .ics file: events become meetings and to-dos tasks; items imported before are updated.</source>
        <translation>Valige .ics-fail: sündmustest saavad kohtumised ja to-do&apos;dest ülesanded; varem imporditud kirjeid uuendatakse.</translation>
    </message>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: sellist faili pole</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lugemine…</translation>
    </message>
    <message>
        <source>The file holds no events or to-dos.</source>
        <translation>Failis pole sündmusi ega to-do&apos;sid.</translation>
    </message>
    <message>
        <source>New meetings: %1 · New tasks: %2 · Updates: %3</source>
        <translation>Uusi kohtumisi: %1 · Uusi ülesandeid: %2 · Uuendusi: %3</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importimine…</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyConversionDialog</name>
    <message>
        <source>Convert lead — %1</source>
        <translation>Teisenda müügivihje — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uus kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Tehing: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>Teisen&amp;da</translation>
    </message>
    <message>
        <source>The company becomes a prospect with its contact and a new deal; its history stays.</source>
        <translation>Ettevõttest saab potentsiaalne klient koos oma kontakti ja uue tehinguga; ajalugu jääb alles.</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Tehing:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapp:</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Sisestage summa, nt %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Uus ettevõte</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — ettevõte</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>nt logistika</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Tegevusala:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Veebileht:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>T&amp;änav:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Postiindeks, &amp;linn:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Riik:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Märkmed:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Üksikasjad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Lisa kontakt</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontaktid</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ajalu&amp;gu</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>&amp;Kontaktid (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Uus tehing…</translation>
    </message>
    <message>
        <source>A deal with this company</source>
        <translation>Tehing selle ettevõttega</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Registreeri tegevus…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this company</source>
        <translation>Registreeri kõne, kohtumine, ülesanne, märge või e-kiri selle ettevõttega</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>A&amp;jajoon</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Komaga eraldatud, nt VIP, uudiskiri</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Sildid:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Teisenda müügivihje…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with its contact and a deal, keeping its history</source>
        <translation>Muuda see müügivihje koos kontakti ja tehinguga potentsiaalseks kliendiks, säilitades ajaloo</translation>
    </message>
    <message>
        <source>Save the company first, then convert it.</source>
        <translation>Salvestage ettevõte kõigepealt, seejärel teisendage see.</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Olek:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Sellel kirjel on sünkroonimise konflikt: valige konfliktide loendis, milline väärtus jääb.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Konflikte ei õnnestunud lugeda: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Konflikte pole. Kui kaks inimest muudavad eraldi sama välja, valite siin, milline väärtus jääb.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Lahendamata konflikte: %1. Sama välja muudeti korraga kahes seadmes; valige, milline väärtus jääb, ja valik sünkroonitakse kõigile.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Ettevõte %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(ei leitud)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Valikut ei õnnestunud salvestada: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Kasuta minu oma</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Jäta teie pool: teie muudatus või kustutamine</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Pane väljale tagasi teie väärtus</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Jäta nende oma</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Jäta teine väärtus; teie oma loobutakse</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Jäta mõlemad</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Jäta mõlemad väärtused kahe kirjena</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Ava kirje</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Uus kontakt</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — kontakt</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>nt müügijuht</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Kirjutage, et leida või lisada ettevõte</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-KK-PP</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Aasta-kuu-päev, näiteks 1984-03-27; jätke tühjaks, kui see pole teada</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>nt mess, veebileht, soovitus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Komadega eraldatud, nt VIP, uudiskiri</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Eesnimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Perekonnanimi:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Ametinimetus:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ette&amp;võte:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>E-p&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefonid:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>T&amp;änav:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Postiindeks, &amp;linn:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Riik:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Sünnipäev:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>All&amp;ikas:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Ole&amp;k:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>Oma&amp;nik:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Nähtav&amp;us:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Sil&amp;did:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">&amp;Märkmed:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Üksikasjad</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ajalu&amp;gu</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Uus ettevõte</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Ettevõtet „%1“ veel ei ole. Kas luua see?</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Riik:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Märkmed:</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>A&amp;jajoon</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Uus tehing…</translation>
    </message>
    <message>
        <source>A deal with this contact and their company</source>
        <translation>Tehing selle kontakti ja tema ettevõttega</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Registreeri tegevus…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail with this contact</source>
        <translation>Registreeri kõne, kohtumine, ülesanne, märge või e-kiri selle kontaktiga</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation type="vanished">Kas registreerida e-kiri?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation type="vanished">Kas registreerida kõne?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation type="vanished">Kas registreerida teie e-kiri adressaadile %1 (%2) tegevusena?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation type="vanished">Kas registreerida teie kõne kontaktile %1 (%2) tegevusena?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation type="vanished">E-kiri: %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="vanished">Kõne: %1</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Convert lead…</source>
        <translation>Teisenda müügivihje…</translation>
    </message>
    <message>
        <source>Turn this lead into a prospect with a company and a deal, keeping its history</source>
        <translation>Muuda see müügivihje ettevõtte ja tehinguga potentsiaalseks kliendiks, säilitades ajaloo</translation>
    </message>
    <message>
        <source>Save the contact first, then convert it.</source>
        <translation>Salvestage kontakt kõigepealt, seejärel teisendage.</translation>
    </message>
    <message>
        <source>Convert lead — %1</source>
        <translation>Teisenda müügivihje — %1</translation>
    </message>
    <message>
        <source>The company this lead buys for</source>
        <translation>Ettevõte, kelle jaoks see müügivihje ostab</translation>
    </message>
    <message>
        <source>Deal with %1</source>
        <translation>Tehing: %1</translation>
    </message>
    <message>
        <source>Con&amp;vert</source>
        <translation>&amp;Teisenda</translation>
    </message>
    <message>
        <source>The contact becomes a prospect at the company, with a new deal; its history stays.</source>
        <translation>Kontaktist saab ettevõtte potentsiaalne klient uue tehinguga; ajalugu jääb alles.</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Ettevõte:</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>&amp;Tehing:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactLink</name>
    <message>
        <source>Call this number (tel:)</source>
        <translation>Helista sellele numbrile (tel:)</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation>Kirjuta sellele aadressile (mailto:)</translation>
    </message>
    <message>
        <source>Open the website in the browser</source>
        <translation>Ava veebileht brauseris</translation>
    </message>
    <message>
        <source>Log the e-mail?</source>
        <translation>Kas registreerida e-kiri?</translation>
    </message>
    <message>
        <source>Log the call?</source>
        <translation>Kas registreerida kõne?</translation>
    </message>
    <message>
        <source>Log your e-mail to %1 (%2) as an activity?</source>
        <translation>Kas registreerida teie e-kiri adressaadile %1 (%2) tegevusena?</translation>
    </message>
    <message>
        <source>Log your call to %1 (%2) as an activity?</source>
        <translation>Kas registreerida teie kõne kontaktile %1 (%2) tegevusena?</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-kiri: %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Kõne: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Töö</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiil</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Kodu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Lisa e-post</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Lisa telefon</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nimi@example.com</translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation>+371 2000 0000</translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Eemalda see e-post</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Eemalda see telefon</translation>
    </message>
    <message>
        <source>Write to this address (mailto:)</source>
        <translation type="vanished">Kirjuta sellele aadressile (mailto:)</translation>
    </message>
    <message>
        <source>Call this number (tel:)</source>
        <translation type="vanished">Helista sellele numbrile (tel:)</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Uus väli</translation>
    </message>
    <message>
        <source>Edit field</source>
        <translation>Muuda välja</translation>
    </message>
    <message>
        <source>How crm-cli, imports and exports name the field; fixed once created</source>
        <translation>Kuidas välja nimetavad crm-cli, import ja eksport; pärast loomist ei muutu</translation>
    </message>
    <message>
        <source>A value is re&amp;quired</source>
        <translation>Väärtus on &amp;kohustuslik</translation>
    </message>
    <message>
        <source>One choice per line, in the order to offer them</source>
        <translation>Üks valik rea kohta, pakkumise järjekorras</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nimetus:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Võti:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tüüp:</translation>
    </message>
    <message>
        <source>&amp;Choices:</source>
        <translation>&amp;Valikud:</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsEditor</name>
    <message>
        <source>Custom fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
    <message>
        <source>Clear: go to the first day (Home) or delete the date</source>
        <translation>Tühjenda: mine esimesele päevale (Home) või kustuta kuupäev</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>%1: a value is required</source>
        <translation>%1: väärtus on kohustuslik</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsDialog</name>
    <message>
        <source>Custom Fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
</context>
<context>
    <name>crm::ui::CustomFieldsSettingsPage</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>Pikk tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Raha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>Jah/ei</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Üks valik</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Mitu valikut</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Veebiaadress</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>&amp;Fields of:</source>
        <translation>&amp;Väljad:</translation>
    </message>
    <message>
        <source>Drag to reorder, or Alt+Up / Alt+Down</source>
        <translation>Lohistage järjestuse muutmiseks või Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lisa…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Liiguta &amp;üles</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Liiguta &amp;alla</translation>
    </message>
    <message>
        <source>required</source>
        <translation>kohustuslik</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Võti: %1</translation>
    </message>
    <message>
        <source>Records with a value in “%1”: %2. The field and its values will be hidden from forms, lists and reports; adding a field with the same key brings them back. Delete it?</source>
        <translation>Kirjeid väärtusega väljas „%1“: %2. Väli ja selle väärtused peidetakse vormidest, loenditest ja aruannetest; sama võtmega välja lisamine toob need tagasi. Kas kustutada?</translation>
    </message>
    <message>
        <source>Delete the field “%1”?</source>
        <translation>Kas kustutada väli „%1“?</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Kustuta väli</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
    <message>
        <source>Updating the search for the field&apos;s records…</source>
        <translation>Välja kirjete otsingu uuendamine…</translation>
    </message>
    <message>
        <source>Records updated: %1 of %2</source>
        <translation>Uuendatud kirjeid: %1 / %2</translation>
    </message>
    <message>
        <source>Stopping after the current set…</source>
        <translation>Peatumine pärast praegust osa…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Peata</translation>
    </message>
    <message>
        <source>Updating the search was stopped: some records may still be found by the field&apos;s earlier values.</source>
        <translation>Otsingu uuendamine peatati: mõnda kirjet võib veel leida välja varasemate väärtuste järgi.</translation>
    </message>
</context>
<context>
    <name>crm::ui::DashboardView</name>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;This is your home screen. It fills up as you work: new contacts and leads, your open pipeline, deals won and lost, what you did and what is due today.&lt;/p&gt;&lt;p&gt;Add a contact with &lt;b&gt;Ctrl+N&lt;/b&gt;, a deal with &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; or an activity with &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — or import your contacts with &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tere tulemast&lt;/h2&gt;&lt;p&gt;See on teie avaleht. See täitub töö käigus: uued kontaktid ja müügivihjed, avatud tehingud, võidetud ja kaotatud tehingud, tehtu ja tänased tööd.&lt;/p&gt;&lt;p&gt;Lisage kontakt klahvidega &lt;b&gt;Ctrl+N&lt;/b&gt;, tehing klahvidega &lt;b&gt;Ctrl+Shift+D&lt;/b&gt; või tegevus klahvidega &lt;b&gt;Ctrl+Shift+A&lt;/b&gt; — või importige kontaktid klahvidega &lt;b&gt;Ctrl+I&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Uuendamine…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periood</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Omanik</translation>
    </message>
    <message>
        <source>New contacts</source>
        <translation>Uued kontaktid</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Uued müügivihjed</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Avatud müügilehter</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Võiduprotsent</translation>
    </message>
    <message>
        <source>Average sales cycle</source>
        <translation>Keskmine müügitsükkel</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Tehtud tegevused</translation>
    </message>
    <message>
        <source>Click to see the records behind this figure</source>
        <translation>Klõpsake, et näha selle arvu taga olevaid kirjeid</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muutus</translation>
    </message>
    <message>
        <source>Double-click a customer to see the deals won</source>
        <translation>Topeltklõpsake kliendil, et näha võidetud tehinguid</translation>
    </message>
    <message>
        <source>Top customers by won value</source>
        <translation>Parimad kliendid võidetud väärtuse järgi</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Minu päev</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Arve ei õnnestunud arvutada: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Mina (%1)</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · võrreldes perioodiga %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2 · click to see the records</source>
        <translation>Eelmine periood (%1): %2 · klõpsake kirjete nägemiseks</translation>
    </message>
    <message>
        <source>Leads among them: %1</source>
        <translation>Neist müügivihjeid: %1</translation>
    </message>
    <message>
        <source>Contacts with the status Lead</source>
        <translation>Kontaktid olekuga Müügivihje</translation>
    </message>
    <message>
        <source>Deals: %1 · weighted %2</source>
        <translation>Tehinguid: %1 · kaalutud %2</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Kaalutud: %1</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Tehinguid: %1</translation>
    </message>
    <message>
        <source>Deals: %1 · + %2</source>
        <translation>Tehinguid: %1 · + %2</translation>
    </message>
    <message>
        <source>Open now; compared with the pipeline as it stood at the end of %1 · click to see the deals</source>
        <translation>Praegu avatud; võrreldes seisuga perioodi %1 lõpus · klõpsake tehingute nägemiseks</translation>
    </message>
    <message>
        <source>Was %1</source>
        <translation>Oli %1</translation>
    </message>
    <message>
        <source>No previous data</source>
        <translation>Varasemad andmed puuduvad</translation>
    </message>
    <message>
        <source>No change · was %1</source>
        <translation>Muutuseta · oli %1</translation>
    </message>
    <message>
        <source>%1 %2 · was %3</source>
        <translation>%1 %2 · oli %3</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <source>Won %1 of %2 closed</source>
        <translation>Võidetud %1 suletud %2-st</translation>
    </message>
    <message>
        <source>No deals closed in the period</source>
        <translation>Perioodil ei suletud tehinguid</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>Päevi: %1</translation>
    </message>
    <message>
        <source>Creation to won · deals: %1</source>
        <translation>Loomisest võiduni · tehinguid: %1</translation>
    </message>
    <message>
        <source>No deals won in the period</source>
        <translation>Perioodil ei võidetud tehinguid</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing done in the period</source>
        <translation>Perioodil pole midagi tehtud</translation>
    </message>
    <message>
        <source>(company removed)</source>
        <translation>(ettevõte eemaldatud)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uus</translation>
    </message>
    <message>
        <source>Deals won: %1 · previous period: %2</source>
        <translation>Võidetud tehinguid: %1 · eelmisel perioodil: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open pipeline by stage (%1)</source>
        <translation>Avatud müügilehter etappide kaupa (%1)</translation>
    </message>
    <message>
        <source>%1 · deals: %2 · total %3 · weighted %4</source>
        <translation>%1 · tehinguid: %2 · kokku %3 · kaalutud %4</translation>
    </message>
    <message>
        <source>Won per month (%1)</source>
        <translation>Võidetud kuude kaupa (%1)</translation>
    </message>
    <message>
        <source>%1 · deals won: %2 · %3</source>
        <translation>%1 · võidetud tehinguid: %2 · %3</translation>
    </message>
    <message>
        <source>Activities done per week</source>
        <translation>Tehtud tegevused nädalate kaupa</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>N%1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>tähtaeg %1</translation>
    </message>
    <message>
        <source>due yesterday</source>
        <translation>tähtaeg eile</translation>
    </message>
    <message>
        <source>%1 days late</source>
        <translation>hilinenud päevi: %1</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>terve päev</translation>
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
        <translation>%1: %2 — tähtaeg %3</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>Midagi pole hilinenud</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>Tähtaeg ületatud · %1</translation>
    </message>
    <message>
        <source>All %1</source>
        <translation>Kõik %1</translation>
    </message>
    <message>
        <source>Nothing planned for today</source>
        <translation>Tänaseks pole midagi plaanitud</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Täna · %1</translation>
    </message>
    <message>
        <source>Birthday: %1 (%2)</source>
        <translation>Sünnipäev: %1 (%2)</translation>
    </message>
    <message>
        <source>Customer anniversary: %1 (%2)</source>
        <translation>Kliendi aastapäev: %1 (%2)</translation>
    </message>
    <message>
        <source>No birthdays or reminders today</source>
        <translation>Täna pole sünnipäevi ega meeldetuletusi</translation>
    </message>
    <message>
        <source>Reminders · %1</source>
        <translation>Meeldetuletused · %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No stale deals</source>
        <translation>Seisvaid tehinguid pole</translation>
    </message>
    <message>
        <source>Stale deals · %1</source>
        <translation>Seisvad tehingud · %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealBoard</name>
    <message>
        <source>Pipeline</source>
        <translation>Müügilehter</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Müügilehter:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Omanik:</translation>
    </message>
    <message>
        <source>&amp;Closes in:</source>
        <translation>&amp;Sulgub:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Si&amp;lt:</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Igaüks</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Iga kuu</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Iga silt</translation>
    </message>
    <message>
        <source>Mark as lost</source>
        <translation>Märgi kaotatuks</translation>
    </message>
    <message>
        <source>Why was “%1” lost?</source>
        <translation>Miks „%1“ kaotati?</translation>
    </message>
    <message>
        <source>Weighted: %1</source>
        <translation>Kaalutud: %1</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Teisalda „%1“ etappi %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Uus tehing</translation>
    </message>
    <message>
        <source>%1 — Deal</source>
        <translation>%1 — tehing</translation>
    </message>
    <message>
        <source>e.g. 40 laptops for the Riga office</source>
        <translation>nt 40 sülearvutit Riia kontorile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Type a role such as “decision maker” into the Role column</source>
        <translation>Sisestage veergu Roll roll, nt „otsustaja“</translation>
    </message>
    <message>
        <source>Type to add a contact</source>
        <translation>Kontakti lisamiseks hakake tippima</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Take the selected contact off the deal</source>
        <translation>Eemalda valitud kontakt tehingust</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation>ISO 4217 kood, nt EUR, USD või PLN</translation>
    </message>
    <message>
        <source>Use stage default</source>
        <translation>Etapi vaikeväärtus</translation>
    </message>
    <message>
        <source>Go back to the probability of the deal&apos;s stage</source>
        <translation>Taasta tehingu etapi tõenäosus</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Puudub</translation>
    </message>
    <message>
        <source>The day the deal is expected to close; the earliest date means none</source>
        <translation>Päev, mil tehing eeldatavasti suletakse; varaseim kuupäev tähendab „puudub“</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>nt mess, veebileht, soovitus</translation>
    </message>
    <message>
        <source>e.g. send the revised offer</source>
        <translation>nt saada muudetud pakkumine</translation>
    </message>
    <message>
        <source>Why the deal was lost</source>
        <translation>Miks tehing kaotati</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Comma separated, e.g. renewal, hardware</source>
        <translation>Komadega eraldatud, nt pikendamine, riistvara</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Ettevõte:</translation>
    </message>
    <message>
        <source>Co&amp;ntacts:</source>
        <translation>&amp;Kontaktid:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>Ne&amp;xt step:</source>
        <translation>Järgmine s&amp;amm:</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Müügilehter:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;tapp:</translation>
    </message>
    <message>
        <source>Lost &amp;reason:</source>
        <translation>Kaotamise põ&amp;hjus:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Tõenäos&amp;us:</translation>
    </message>
    <message>
        <source>Expected c&amp;lose:</source>
        <translation>Eeldatav su&amp;lgemine:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Omanik:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>All&amp;ikas:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>&amp;Nähtavus:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Sil&amp;did:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Mä&amp;rkmed:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Üksikasjad</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>A&amp;jajoon</translation>
    </message>
    <message>
        <source>Log activity…</source>
        <translation>Registreeri tegevus…</translation>
    </message>
    <message>
        <source>Record a call, meeting, task, note or e-mail about this deal</source>
        <translation>Registreeri kõne, kohtumine, ülesanne, märge või e-kiri selle tehingu kohta</translation>
    </message>
    <message>
        <source>%1 (won)</source>
        <translation>%1 (võidetud)</translation>
    </message>
    <message>
        <source>%1 (lost)</source>
        <translation>%1 (kaotatud)</translation>
    </message>
    <message>
        <source>overridden (stage: %1%2)</source>
        <translation>muudetud (etapp: %1%2)</translation>
    </message>
    <message>
        <source>the stage&apos;s default</source>
        <translation>etapi vaikeväärtus</translation>
    </message>
    <message>
        <source>Type an amount such as %1</source>
        <translation>Sisestage summa, nt %1</translation>
    </message>
    <message>
        <source>A deal needs a title</source>
        <translation>Tehingul peab olema pealkiri</translation>
    </message>
    <message>
        <source>There is no company “%1”; pick one from the list</source>
        <translation>Ettevõtet „%1“ ei ole; valige see loendist</translation>
    </message>
    <message>
        <source>The amount cannot be negative</source>
        <translation>Summa ei saa olla negatiivne</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; use one like EUR, USD or PLN</source>
        <translation>„%1“ ei ole valuutakood; kasutage näiteks EUR, USD või PLN</translation>
    </message>
    <message>
        <source>Choose a stage</source>
        <translation>Valige etapp</translation>
    </message>
    <message>
        <source>Say why the deal was lost</source>
        <translation>Märkige, miks tehing kaotati</translation>
    </message>
    <message>
        <source>New deal “%1”</source>
        <translation>Uus tehing „%1“</translation>
    </message>
    <message>
        <source>Edit deal “%1”</source>
        <translation>Muuda tehingut „%1“</translation>
    </message>
    <message>
        <source>Days in this stage: %1</source>
        <translation>Päevi selles etapis: %1</translation>
    </message>
    <message>
        <source>In this stage since %1</source>
        <translation>Selles etapis alates %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::DealListView</name>
    <message>
        <source>Search deals by title, company or contact</source>
        <translation type="vanished">Otsi tehinguid pealkirja, ettevõtte või kontakti järgi</translation>
    </message>
    <message>
        <source>All pipelines</source>
        <translation>Kõik müügilehtrid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Võidetud</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaotatud</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Müügilehter:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Olek:</translation>
    </message>
    <message>
        <source>Deals: %1</source>
        <translation>Tehinguid: %1</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>&amp;Hulgimuutmine…</translation>
    </message>
    <message>
        <source>Search deals by title, company or contact, or stage:name, tag:name …</source>
        <translation>Otsi tehinguid pealkirja, ettevõtte või kontakti järgi või stage:nimi, tag:nimi …</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Kustuta %n kontakt</numerusform>
            <numerusform>Kustuta %n kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Kustuta %n ettevõte</numerusform>
            <numerusform>Kustuta %n ettevõtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::DuplicatesWindow</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Leia duplikaadid</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Otsi:</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Leia</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skoor</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Miks</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Ü&amp;henda…</translation>
    </message>
    <message>
        <source>&amp;Not a Duplicate</source>
        <translation>&amp;Pole duplikaat</translation>
    </message>
    <message>
        <source>&amp;Duplicates</source>
        <translation>&amp;Duplikaadid</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Säilitatud</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Ühendatud</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Lahuta</translation>
    </message>
    <message>
        <source>M&amp;erges</source>
        <translation>Ü&amp;hendamised</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Loobumine…</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Duplikaatide otsimine…</translation>
    </message>
    <message>
        <source>Pairs: %1</source>
        <translation>Paare: %1</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z in the main window undoes it</source>
        <translation>Ühendatud — Ctrl+Z põhiaknas võtab selle tagasi</translation>
    </message>
    <message>
        <source>Not a duplicate: %1 / %2</source>
        <translation>Pole duplikaat: %1 / %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Kirjeid: %1</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>ühendatud</translation>
    </message>
    <message>
        <source>unmerged</source>
        <translation>lahutatud</translation>
    </message>
    <message>
        <source>Unmerged.</source>
        <translation>Lahutatud.</translation>
    </message>
    <message>
        <source>Unmerged. Not restored: %1</source>
        <translation>Lahutatud. Taastamata: %1</translation>
    </message>
    <message>
        <source>Choose what to look in and press Find. Pairs appear while the search runs, the most likely first.</source>
        <translation>Valige, kust otsida, ja vajutage „Leia“. Paarid ilmuvad otsingu ajal, kõige tõenäolisemad esimesena.</translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Kirjet enam ei ole.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Osa sisestatud andmetest ei ole korrektne.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Andmebaas ei saanud toimingut teha.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Fail ei ole CRM-i andmebaas.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Andmebaasi fail on rikutud.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Andmebaasi on kirjutanud selle programmi uuem versioon.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Faili ei õnnestunud lugeda ega kirjutada.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Toiming katkestati.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Server ei aktsepteerinud sisselogimist.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Server keelas juurdepääsu.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Midagi läks valesti.</translation>
    </message>
</context>
<context>
    <name>crm::ui::FilterTreeEditor</name>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>all of these conditions</source>
        <translation>kõik need tingimused</translation>
    </message>
    <message>
        <source>any of these conditions</source>
        <translation>mõni neist tingimustest</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tingimus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Väärtus</translation>
    </message>
    <message>
        <source>A value such as $period or $owner is asked for when the report runs. Periods: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</source>
        <translation>Väärtust nagu $period või $owner küsitakse aruande käivitamisel. Perioodid: this_month, this_quarter, this_year, previous_month, last_30_days, 2026-01-01..2026-03-31 …</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Lisa &amp;tingimus</translation>
    </message>
    <message>
        <source>Adds a condition to the selected group</source>
        <translation>Lisab valitud rühma tingimuse</translation>
    </message>
    <message>
        <source>Add &amp;Group</source>
        <translation>Lisa &amp;rühm</translation>
    </message>
    <message>
        <source>Adds a group of conditions of which any one is enough (or all, as you choose), inside the selected group</source>
        <translation>Lisab valitud rühma sisse tingimuste rühma, millest piisab ühest (või kõigist, nagu valite)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Removes the selected condition or group (Delete)</source>
        <translation>Eemaldab valitud tingimuse või rühma (Delete)</translation>
    </message>
    <message>
        <source>Records &amp;matching</source>
        <translation>&amp;Sobivad kirjed</translation>
    </message>
    <message>
        <source>All of:</source>
        <translation>Kõik:</translation>
    </message>
    <message>
        <source>Any of:</source>
        <translation>Mõni:</translation>
    </message>
</context>
<context>
    <name>crm::ui::GeneralSettingsPage</name>
    <message>
        <source>Automatic (from the system)</source>
        <translation>Automaatne (süsteemist)</translation>
    </message>
    <message>
        <source>Automatic: %1 (from the system)</source>
        <translation>Automaatne: %1 (süsteemist)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Phone numbers typed without a country code, such as 2912 3456, are read as numbers of this region when imports look for duplicates.</source>
        <translation>Ilma riigikoodita sisestatud telefoninumbreid, nt 2912 3456, loetakse impordil duplikaatide otsimisel selle piirkonna numbriteks.</translation>
    </message>
    <message>
        <source>An ISO 4217 code such as EUR, USD or PLN</source>
        <translation type="vanished">ISO 4217 kood, nt EUR, USD või PLN</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Uued kirjed</translation>
    </message>
    <message>
        <source>Phone &amp;region:</source>
        <translation>Telefoni &amp;piirkond:</translation>
    </message>
    <message>
        <source>Default &amp;currency of deals:</source>
        <translation>Tehingute vaike&amp;valuuta:</translation>
    </message>
    <message>
        <source>These settings are stored with your data, so the command line (crm-cli) uses them too.</source>
        <translation>Need seaded salvestatakse koos teie andmetega, nii et neid kasutab ka käsurida (crm-cli).</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Perekonnanimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Riik</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Sünnipäev</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkmed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veebileht</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(tundmatu ettevõte)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>keegi</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1 lõi kontakti</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1 lõi ettevõtte</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1 lisas e-posti %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1 lisas telefoni %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1 lisas sildi %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1 kustutas kontakti</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1 taastas kontakti</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1 kustutas ettevõtte</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1 taastas ettevõtte</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1 eemaldas e-posti %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1 lisas e-posti %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1 eemaldas telefoni %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1 lisas telefoni %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1 eemaldas sildi %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1 muutis %2 tüüpi: oli %3, nüüd %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 muutis välja „%2“: oli %3, nüüd %4</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuuta</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Tõenäosus</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Eeldatav sulgemine</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Järgmine samm</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Kaotamise põhjus</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Silt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Ajalugu algab kirje salvestamisest.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportHistoryDialog</name>
    <message>
        <source>Import History</source>
        <translation>Impordiajalugu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Alustatud</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Loodud</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uuendatud</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Vahele jäetud</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Vigased</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Võta import tagasi</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imporditud</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Tagasi võetud</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Katkestatud</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Pooleli jäänud</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Võta import tagasi</translation>
    </message>
    <message>
        <source>Undo import %1: delete the contacts it created and restore the ones it updated?</source>
        <translation>Kas võtta import %1 tagasi: kustutada sellega loodud kontaktid ja taastada uuendatud?</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportPreviewModel</name>
    <message>
        <source>Update</source>
        <translation>Uuenda</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>Loo uus</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Jäta vahele</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rida</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Välja jäetud</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Vasted</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Kindlus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiming</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation>%1 (see fail)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ImportWizard</name>
    <message>
        <source>Update</source>
        <translation type="vanished">Uuenda</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="vanished">Loo uus</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="vanished">Jäta vahele</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontaktide import</translation>
    </message>
    <message>
        <source>A CSV file (.csv, .txt) or vCard file (.vcf)</source>
        <translation>CSV-fail (.csv, .txt) või vCard-fail (.vcf)</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Valige fail</translation>
    </message>
    <message>
        <source>Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, a phone or a spreadsheet.</source>
        <translation>Google Contactsist, Outlookist, HubSpotist, Salesforce&apos;ist, telefonist või arvutustabelist eksporditud kontaktid.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Sirvi…</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Kontaktid (*.csv *.txt *.vcf *.vcard);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fail:</translation>
    </message>
    <message>
        <source>Encoding and delimiter</source>
        <translation>Kodeering ja eraldaja</translation>
    </message>
    <message>
        <source>Detected from the file; change them if the sample looks wrong.</source>
        <translation>Tuvastatud failist; muutke neid, kui näidis tundub vale.</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Koma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikoolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabeldusmärk</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Püstkriips ( | )</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Vorming:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodeering:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Eraldaja:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Näidis:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Veerud</translation>
    </message>
    <message>
        <source>Which field each column fills. Recognised columns are set already; the choice is remembered for files with the same columns.</source>
        <translation>Millist välja iga veerg täidab. Tuvastatud veerud on juba määratud; valik jäetakse meelde samade veergudega failide jaoks.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Veerg</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Esimene väärtus</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Nothing is written yet. Choose what happens to each match.</source>
        <translation>Midagi pole veel kirjutatud. Valige, mis iga vastega juhtub.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Rida</translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="vanished">Kirje</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="vanished">Vasted</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="vanished">Põhjus</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">Kindlus</translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="vanished">Toiming</translation>
    </message>
    <message>
        <source>Apply to &amp;all matches</source>
        <translation>Rakenda &amp;kõigile vastetele</translation>
    </message>
    <message>
        <source>For every match:</source>
        <translation>Iga vaste puhul:</translation>
    </message>
    <message>
        <source>Rows that cannot be imported:</source>
        <translation>Read, mida ei saa importida:</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importimine</translation>
    </message>
    <message>
        <source>Cancel leaves the database as it was.</source>
        <translation>Katkestamine jätab andmebaasi endiseks.</translation>
    </message>
    <message>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Katkesta import</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Katkestamine…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>&amp;Võta import tagasi</translation>
    </message>
    <message>
        <source>Imports can also be undone later in File ▸ Import History.</source>
        <translation>Importe saab hiljem tagasi võtta ka menüüs Fail ▸ Impordiajalugu.</translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Valige vähemalt ühele veerule väli.</translation>
    </message>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>CSV · columns: %1</source>
        <translation>CSV · veerge: %1</translation>
    </message>
    <message>
        <source>Reading the file and looking for duplicates…</source>
        <translation>Faili lugemine ja duplikaatide otsimine…</translation>
    </message>
    <message>
        <source>Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · Invalid: %5</source>
        <translation>Ridu: %1 · Uusi: %2 · Uuendada: %3 · Duplikaate failis: %4 · Vigaseid: %5</translation>
    </message>
    <message>
        <source>%1 (this file)</source>
        <translation type="vanished">%1 (see fail)</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Kirjutamine…</translation>
    </message>
    <message>
        <source>Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · Invalid: %5</source>
        <translation>Import %1 on tehtud. Loodud: %2 · Uuendatud: %3 · Vahele jäetud: %4 · Vigaseid: %5</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was kept.</source>
        <translation>Import katkestati. Midagi ei säilitatud.</translation>
    </message>
    <message>
        <source>The import failed and was undone: %1</source>
        <translation>Import ebaõnnestus ja võeti tagasi: %1</translation>
    </message>
    <message>
        <source>Written: %1 of %2</source>
        <translation>Kirjutatud: %1 / %2</translation>
    </message>
    <message>
        <source>Undo Import</source>
        <translation>Võta import tagasi</translation>
    </message>
    <message>
        <source>Delete the contacts this import created and restore the ones it updated?</source>
        <translation>Kas kustutada selle impordiga loodud kontaktid ja taastada uuendatud?</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>Import %1 võeti tagasi.</translation>
    </message>
    <message>
        <source>Keep the &amp;photos of the contacts (at most 512 KB each)</source>
        <translation>Säilita kontaktide &amp;fotod (igaüks kuni 512 KB)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Kohandatud: %1</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="vanished">Välja jäetud</translation>
    </message>
    <message>
        <source>Rows imported without part of what they carry:</source>
        <translation>Read, mis imporditi osa andmeteta:</translation>
    </message>
    <message>
        <source> · With warnings: %1</source>
        <translation> · Hoiatustega: %1</translation>
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
        <translation>Kontaktid</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Inimesed, kellega töötate</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Ettevõtted</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Organisatsioonid ja nende kontaktid</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Uus &amp;kontakt</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Uus &amp;ettevõte</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Ava valitud kirje (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Otsi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>CRM-&amp;ist</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>CRM-ist</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Ka võrguühenduseta töötav töölaua-CRM: teie kontaktid ja ettevõtted teie sülearvutis, hetkega leitavad.&lt;/p&gt;&lt;p&gt;Andmebaas: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigeeri</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;bi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Peamine tööriistariba</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation type="vanished">Otsi kontakte ja ettevõtteid (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Uus kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Uus ettevõte (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln ettevõte</numerusform>
            <numerusform>%Ln ettevõtet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 match “%2”</source>
        <translation type="vanished">Päringule „%2“ vastab: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Uus kontakt</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Uus ettevõte</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Kontakt salvestatud</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Ettevõte salvestatud</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln contact(s)</source>
        <translation>
            <numerusform>Kustutati %Ln kontakt</numerusform>
            <numerusform>Kustutati %Ln kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln company(ies)</source>
        <translation>
            <numerusform>Kustutati %Ln ettevõte</numerusform>
            <numerusform>Kustutati %Ln ettevõtet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — tagasivõtmiseks Ctrl+Z</translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln contact(s)</source>
        <translation>
            <numerusform>Taastati %Ln kontakt</numerusform>
            <numerusform>Taastati %Ln kontakti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %Ln company(ies)</source>
        <translation>
            <numerusform>Taastati %Ln ettevõte</numerusform>
            <numerusform>Taastati %Ln ettevõtet</numerusform>
        </translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Uus andmebaas</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Kas täita uus andmebaas näidisandmetega?

Mõnisada näidiskontakti ja -ettevõtet lasevad kõike proovida; hiljem saate need kustutada.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Näidisandmete lisamine…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Näidisandmed</translation>
    </message>
    <message numerus="yes">
        <source>Added %Ln demo contact(s)</source>
        <translation>
            <numerusform>Lisati %Ln näidiskontakt</numerusform>
            <numerusform>Lisati %Ln näidiskontakti</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — CRM</source>
        <translation>%1 — CRM</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontaktid</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Ettevõtted</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Päringule „%2“ vastab: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Kontakte veel ei ole.
Lisamiseks vajutage Ctrl+N.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Päringule „%1“ ei vasta ükski kontakt.</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Ettevõtteid veel ei ole.
Lisamiseks vajutage Ctrl+N.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Päringule „%1“ ei vasta ükski ettevõte.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>Sü&amp;nkroonimine</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Seaded</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konfliktid (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konfliktid…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Saada oma muudatused ja võta vastu meeskonna omad (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Väljaminevad…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation type="vanished">&amp;Sünkroonimine…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Sellel kirjel on sünkroonimise konflikt: keegi teine muutis sama välja. &lt;a href=&quot;#conflicts&quot;&gt;Valige, milline väärtus jääb…&lt;/a&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Päevakava</translation>
    </message>
    <message>
        <source>Deals &amp;Board</source>
        <translation>Tehingute &amp;tahvel</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Aruanded</translation>
    </message>
    <message>
        <source>Deals &amp;List</source>
        <translation>Tehingute &amp;loend</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>New &amp;deal</source>
        <translation>Uus &amp;tehing</translation>
    </message>
    <message>
        <source>New &amp;activity</source>
        <translation>Uus te&amp;gevus</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>Impordi &amp;ajalugu…</translation>
    </message>
    <message>
        <source>Sync &amp;Log…</source>
        <translation>Sünkroonimise &amp;logi…</translation>
    </message>
    <message>
        <source>When this laptop synced, what went each way, and why a sync failed</source>
        <translation>Millal see arvuti sünkroonis, mis liikus kummaski suunas ja miks sünkroonimine ebaõnnestus</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Seaded…</translation>
    </message>
    <message>
        <source>S&amp;ync…</source>
        <translation>Sü&amp;nkroonimine…</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Üldine</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sünkroonimine</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Avaleht</translation>
    </message>
    <message>
        <source>Your day and your figures at a glance (Ctrl+0)</source>
        <translation>Teie päev ja arvud ühe pilguga (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;valeht</translation>
    </message>
    <message>
        <source>Re&amp;minders</source>
        <translation>&amp;Meeldetuletused</translation>
    </message>
    <message>
        <source>Find Du&amp;plicates…</source>
        <translation>Leia d&amp;uplikaadid…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Ü&amp;henda…</translation>
    </message>
    <message>
        <source>Merge the selected records into one (select two or more)</source>
        <translation>Ühenda valitud kirjed üheks (valige kaks või enam)</translation>
    </message>
    <message>
        <source>Merged — Ctrl+Z to undo</source>
        <translation>Ühendatud — Ctrl+Z võtab tagasi</translation>
    </message>
    <message>
        <source>&amp;Custom Fields…</source>
        <translation>&amp;Kohandatud väljad…</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>S&amp;ildid…</translation>
    </message>
    <message>
        <source>&amp;Pipelines…</source>
        <translation>&amp;Müügilehtrid…</translation>
    </message>
    <message>
        <source>Custom Fields</source>
        <translation>Kohandatud väljad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Müügilehtrid</translation>
    </message>
    <message>
        <source>Calendar imported · new: %1 · updated: %2</source>
        <translation>Kalender imporditud · uusi: %1 · uuendatud: %2</translation>
    </message>
    <message>
        <source>Calendar exported · items: %1 · %2</source>
        <translation>Kalender eksporditud · kirjeid: %1 · %2</translation>
    </message>
    <message>
        <source>Import Ca&amp;lendar…</source>
        <translation>Impordi ka&amp;lender…</translation>
    </message>
    <message>
        <source>Meetings and tasks from an iCalendar (.ics) file</source>
        <translation>Kohtumised ja ülesanded iCalendari (.ics) failist</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Ek&amp;spordi kalender…</translation>
    </message>
    <message>
        <source>Meetings and tasks to an iCalendar (.ics) file</source>
        <translation>Kohtumised ja ülesanded iCalendari (.ics) faili</translation>
    </message>
    <message>
        <source>Search, or filter: tag:vip city:riga … (Ctrl+F)</source>
        <translation>Otsi või filtreeri: tag:vip city:riga … (Ctrl+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Words find contacts and companies by any of their text.&lt;/p&gt;&lt;p&gt;Filters: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip, and any custom field by its key (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Quote values with spaces: city:&quot;New York&quot;. Filters and words combine.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sõnad leiavad kontaktid ja ettevõtted nende mis tahes teksti järgi.&lt;/p&gt;&lt;p&gt;Filtrid: &lt;b&gt;status:&lt;/b&gt;customer, &lt;b&gt;city:&lt;/b&gt;riga, &lt;b&gt;country:&lt;/b&gt;, &lt;b&gt;company:&lt;/b&gt;, &lt;b&gt;title:&lt;/b&gt;, &lt;b&gt;owner:&lt;/b&gt;anna, &lt;b&gt;tag:&lt;/b&gt;vip ja iga kohandatud väli oma võtme järgi (&lt;b&gt;industry_segment:&lt;/b&gt;retail). Tühikutega väärtused pange jutumärkidesse: city:&quot;New York&quot;. Filtreid ja sõnu saab kombineerida.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Convert lead “%1”</source>
        <translation>Teisenda müügivihje „%1“</translation>
    </message>
    <message>
        <source>Lead converted — Ctrl+Z to undo</source>
        <translation>Müügivihje teisendatud — Ctrl+Z võtab tagasi</translation>
    </message>
    <message>
        <source>&amp;Bulk Edit…</source>
        <translation>Hu&amp;lgimuutmine…</translation>
    </message>
    <message>
        <source>Set a field, add or remove a tag, change the owner or delete the selected records at once (Ctrl+Shift+B)</source>
        <translation>Määra väli, lisa või eemalda silt, muuda omanikku või kustuta valitud kirjed korraga (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Con&amp;vert Lead…</source>
        <translation>Teisenda &amp;müügivihje…</translation>
    </message>
    <message>
        <source>Turn the selected lead into a prospect with a contact, a company and a deal</source>
        <translation>Muuda valitud müügivihje kontakti, ettevõtte ja tehinguga potentsiaalseks kliendiks</translation>
    </message>
    <message>
        <source>Bul&amp;k Edit History…</source>
        <translation>Hulgimuutmiste a&amp;jalugu…</translation>
    </message>
    <message>
        <source>The recent bulk edits; undo one, also after a restart</source>
        <translation>Viimased hulgimuutmised; võtke mõni tagasi, ka pärast taaskäivitamist</translation>
    </message>
    <message>
        <source>Rebuilding indexes an interrupted import left…</source>
        <translation>Katkestatud impordist jäänud indeksite taastamine…</translation>
    </message>
    <message>
        <source>An import stopped before it had rebuilt the indexes of the contact lists. Everything works meanwhile; lists sorted by name, company, e-mail, phone or city are slower until it is done.</source>
        <translation>Import peatus enne, kui taastas kontaktiloendite indeksid. Seni töötab kõik; nime, ettevõtte, e-posti, telefoni või linna järgi sorditud loendid on kuni lõpuni aeglasemad.</translation>
    </message>
    <message>
        <source>Indexes rebuilt</source>
        <translation>Indeksid taastatud</translation>
    </message>
    <message>
        <source>Rebuilding the indexes failed: %1 — the next start tries again</source>
        <translation>Indeksite taastamine ebaõnnestus: %1 — järgmisel käivitusel proovitakse uuesti</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeCommand</name>
    <message>
        <source>Merge · %1 records</source>
        <translation>Ühendamine · kirjeid: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::MergeDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>Ühenda ettevõtted</translation>
    </message>
    <message>
        <source>Merge contacts</source>
        <translation>Ühenda kontaktid</translation>
    </message>
    <message>
        <source>Choose two or more records to merge.</source>
        <translation>Valige ühendamiseks kaks või enam kirjet.</translation>
    </message>
    <message>
        <source>Choose the record to keep and, where they differ, whose value each field keeps. The others are deleted; their activities and deals move to the one kept. Undo (Ctrl+Z) or Unmerge takes it back.</source>
        <translation>Valige säilitatav kirje ja, kus need erinevad, kelle väärtus igas väljas jääb. Ülejäänud kustutatakse; nende tegevused ja tehingud liiguvad säilitatud kirjele. Tagasivõtmine (Ctrl+Z) või lahutamine taastab endise.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilita</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>All fields are the same.</source>
        <translation>Kõik väljad on samad.</translation>
    </message>
    <message>
        <source>E-mails, phones and tags: all are kept.</source>
        <translation>E-postiaadressid, telefonid ja sildid: kõik säilitatakse.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Ü&amp;henda</translation>
    </message>
    <message>
        <source>E-mails: %1</source>
        <translation>E-postiaadressid: %1</translation>
    </message>
    <message>
        <source>Phones: %1</source>
        <translation>Telefonid: %1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Sildid: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Väljaminevad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Väli</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uus väärtus</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Tühjenda tagasi lükatud</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Unusta siin loetletud tagasi lükatud muudatused (need jäävad tagasi lükatuks)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>uus kirje</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Miski ei oota saatmist.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Saatmist ootavaid muudatusi: %1 (näidatud on esimesed %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Saatmist ootavaid muudatusi: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Server ei lükanud ühtegi muudatust tagasi.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Serveri poolt tagasi lükatud muudatusi: %1. Neid uuesti ei saadeta.</translation>
    </message>
</context>
<context>
    <name>crm::ui::PhotoButton</name>
    <message>
        <source>The contact&apos;s photo: click to choose or remove one</source>
        <translation>Kontakti foto: klõpsake valimiseks või eemaldamiseks</translation>
    </message>
    <message>
        <source>&amp;Choose Photo…</source>
        <translation>&amp;Vali foto…</translation>
    </message>
    <message>
        <source>&amp;Remove Photo</source>
        <translation>&amp;Eemalda foto</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 ei saa lugeda pildina: %2</translation>
    </message>
    <message>
        <source>%1 cannot be stored as a photo</source>
        <translation>%1 ei saa fotona salvestada</translation>
    </message>
    <message>
        <source>Choose Photo</source>
        <translation>Vali foto</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>Pildid (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;Kõik failid (*)</translation>
    </message>
</context>
<context>
    <name>crm::ui::PipelineSettingsPage</name>
    <message>
        <source>won</source>
        <translation>võidetud</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>kaotatud</translation>
    </message>
    <message>
        <source>stale after days: %1</source>
        <translation>seisab pärast päevi: %1</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Müügilehtrid</translation>
    </message>
    <message>
        <source>&amp;Add pipeline</source>
        <translation>&amp;Lisa müügilehter</translation>
    </message>
    <message>
        <source>&amp;Delete pipeline</source>
        <translation>&amp;Kustuta müügilehter</translation>
    </message>
    <message>
        <source>Make d&amp;efault</source>
        <translation>Tee &amp;vaikimisi</translation>
    </message>
    <message>
        <source>New deals go to the default pipeline</source>
        <translation>Uued tehingud lähevad vaikimisi müügilehtrisse</translation>
    </message>
    <message>
        <source>When deleted, its deals &amp;go to:</source>
        <translation>Kustutamisel lähevad selle te&amp;hingud:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapid</translation>
    </message>
    <message>
        <source>Drag a stage, or press Alt+Up or Alt+Down, to reorder</source>
        <translation>Järjestuse muutmiseks lohistage etappi või vajutage Alt+Up või Alt+Down</translation>
    </message>
    <message>
        <source>Add &amp;stage</source>
        <translation>Lisa &amp;etapp</translation>
    </message>
    <message>
        <source>&amp;Remove stage</source>
        <translation>Eemal&amp;da etapp</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Üles</translation>
    </message>
    <message>
        <source>Move the stage up (Alt+Up)</source>
        <translation>Liiguta etappi üles (Alt+Up)</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Alla</translation>
    </message>
    <message>
        <source>Move the stage down (Alt+Down)</source>
        <translation>Liiguta etappi alla (Alt+Down)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>A deal longer than this in the stage, or without an activity for that long, is marked stale on the board</source>
        <translation>Tehing, mis on etapis kauem või nii kaua ilma tegevuseta, märgitakse tahvlil seisvaks</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>Müügilehtri &amp;nimi:</translation>
    </message>
    <message>
        <source>Stage na&amp;me:</source>
        <translation>Etapi ni&amp;mi:</translation>
    </message>
    <message>
        <source>Default &amp;probability:</source>
        <translation>Vaikimisi &amp;tõenäosus:</translation>
    </message>
    <message>
        <source>S&amp;tale after (days):</source>
        <translation>&amp;Seisab pärast (päeva):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Tulemus:</translation>
    </message>
    <message>
        <source>When removed, its deals go t&amp;o:</source>
        <translation>Eemaldamisel lähevad selle tehingud eta&amp;ppi:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (vaikimisi)</translation>
    </message>
    <message>
        <source>Won — closes the deal as won</source>
        <translation>Võidetud — sulgeb tehingu võidetuna</translation>
    </message>
    <message>
        <source>Lost — closes the deal as lost</source>
        <translation>Kaotatud — sulgeb tehingu kaotatuna</translation>
    </message>
    <message>
        <source>Open — the deal is on the board</source>
        <translation>Avatud — tehing on tahvlil</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Lisa müügilehter</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Uus müügilehter</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Nimeta müügilehter ümber</translation>
    </message>
    <message>
        <source>Delete pipeline %1</source>
        <translation>Kustuta müügilehter %1</translation>
    </message>
    <message>
        <source>Make %1 the default pipeline</source>
        <translation>Tee %1 vaikimisi müügilehtriks</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Uus etapp</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Lisa etapp</translation>
    </message>
    <message>
        <source>Edit stage %1</source>
        <translation>Muuda etappi %1</translation>
    </message>
    <message>
        <source>Remove stage %1</source>
        <translation>Eemalda etapp %1</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Muuda etappide järjestust</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Salvesta muudatused (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Kas loobuda muudatustest?</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Olete seda kirjet muutnud. Kas sulgeda see ja muudatustest loobuda?</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordPicker</name>
    <message>
        <source>Type to find a contact</source>
        <translation>Kontakti leidmiseks hakake tippima</translation>
    </message>
    <message>
        <source>Type to find a company</source>
        <translation>Ettevõtte leidmiseks hakake tippima</translation>
    </message>
    <message>
        <source>Type to find a deal</source>
        <translation>Tehingu leidmiseks hakake tippima</translation>
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
        <translation>Näita &amp;rohkem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Kirjeid ei õnnestunud lugeda: %1</translation>
    </message>
    <message>
        <source>Records: %1 · showing the newest %2</source>
        <translation>Kirjeid: %1 · näidatakse uusimaid: %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Kirjeid: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReminderNotifier</name>
    <message>
        <source>%1 — at %2</source>
        <translation>%1 — kell %2</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Ülesande tähtaeg: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n today — birthday</source>
        <translation>
            <numerusform>%1 saab täna %n — sünnipäev</numerusform>
            <numerusform>%1 saab täna %n — sünnipäev</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n year(s) as a customer today</source>
        <translation>
            <numerusform>%1: täna %n aasta kliendina</numerusform>
            <numerusform>%1: täna %n aastat kliendina</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Meeldetuletus</translation>
    </message>
</context>
<context>
    <name>crm::ui::RemindersWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Meeldetuletused</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Meeldetuletus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>Open the record (Enter)</source>
        <translation>Ava kirje (Enter)</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>Dismiss (Delete)</source>
        <translation>Loobu (Delete)</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>Lükka &amp;edasi</translation>
    </message>
    <message>
        <source>For &amp;15 minutes</source>
        <translation>&amp;15 minutiks</translation>
    </message>
    <message>
        <source>For an &amp;hour</source>
        <translation>&amp;Tunniks</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow</source>
        <translation>&amp;Homseni</translation>
    </message>
    <message>
        <source>The reminders could not be read: %1</source>
        <translation>Meeldetuletusi ei õnnestunud lugeda: %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Tulevad</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Loobutud</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Näidatud</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Edasi lükatud kuni %1</translation>
    </message>
    <message>
        <source>Nothing to remind you of this week.</source>
        <translation>Sel nädalal pole midagi meelde tuletada.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportBuilderDialog</name>
    <message>
        <source>Report Builder</source>
        <translation>Aruandekoostaja</translation>
    </message>
    <message>
        <source>Tick the columns to show; drag them into order.</source>
        <translation>Märkige kuvatavad veerud; lohistage need õigesse järjekorda.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Arv</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>&amp;Descending</source>
        <translation>&amp;Kahanevalt</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Pealkiri:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>K&amp;irjed:</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtrid</translation>
    </message>
    <message>
        <source>Groups and figures</source>
        <translation>Rühmad ja näitajad</translation>
    </message>
    <message>
        <source>Group &amp;by:</source>
        <translation>&amp;Rühmita:</translation>
    </message>
    <message>
        <source>&amp;Then by:</source>
        <translation>Seej&amp;ärel rühmita:</translation>
    </message>
    <message>
        <source>Figure %1:</source>
        <translation>Näitaja %1:</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sordi:</translation>
    </message>
    <message>
        <source>Columns (a report without groups)</source>
        <translation>Veerud (rühmadeta aruanne)</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportPdfWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtrid: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Loodud: %1</translation>
    </message>
    <message>
        <source>cannot paint the report</source>
        <translation>aruannet ei saa joonistada</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>eksport katkestati</translation>
    </message>
    <message>
        <source>No records.</source>
        <translation>Kirjeid ei ole.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Lehekülg %1 / %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::ReportsWindow</name>
    <message>
        <source>Reports</source>
        <translation>Aruanded</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Uus…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dubleeri</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Ku&amp;stuta</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Käivita</translation>
    </message>
    <message>
        <source>Run the report (F5)</source>
        <translation>Käivita aruanne (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Koma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikoolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabeldusmärk</translation>
    </message>
    <message>
        <source>CSV field separator</source>
        <translation>CSV väljade eraldaja</translation>
    </message>
    <message>
        <source>&amp;BOM</source>
        <translation>&amp;BOM</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets)</source>
        <translation>Alusta CSV-faili UTF-8 baidijärjestuse märgiga (arvutustabelite jaoks)</translation>
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
        <translation>Püstpaigutus</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Rõhtpaigutus</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspordi &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Ekspordi &amp;PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Prindi…</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>Aruanne katkestati.</translation>
    </message>
    <message>
        <source>Built in: run it, or duplicate it to change it</source>
        <translation>Sisseehitatud: käivitage see või muutmiseks dubleerige</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Salvestatud aruanne</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy…</source>
        <translation>Muuda koop&amp;iat…</translation>
    </message>
    <message>
        <source>all</source>
        <translation>kõik</translation>
    </message>
    <message>
        <source>Press Run (F5) to see the report.</source>
        <translation>Aruande nägemiseks vajutage „Käivita“ (F5).</translation>
    </message>
    <message>
        <source>Choose a report first.</source>
        <translation>Valige esmalt aruanne.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Käivitamine…</translation>
    </message>
    <message>
        <source>Rows: %1 · the first %2 are shown; an export writes them all.</source>
        <translation>Ridu: %1 · näidatakse esimesed %2; eksport kirjutab kõik.</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Ridu: %1</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport katkestati; faili ei kirjutatud.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Ekspordi CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-failid (*.csv);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Exporting to CSV…</source>
        <translation>Eksportimine CSV-sse…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 ei saa kirjutada: %2</translation>
    </message>
    <message>
        <source>Rows written: %1</source>
        <translation>Kirjutatud ridu: %1</translation>
    </message>
    <message>
        <source>Rows: %1 · exported to %2</source>
        <translation>Ridu: %1 · eksporditud faili %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Ekspordi PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;All files (*)</source>
        <translation>PDF-failid (*.pdf);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Exporting to PDF…</source>
        <translation>Eksportimine PDF-i…</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Aruande lugemine…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 kirjutamine…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Eksporditud faili %1</translation>
    </message>
    <message>
        <source>Run the report first, then print it.</source>
        <translation>Käivitage aruanne esmalt, seejärel printige.</translation>
    </message>
    <message>
        <source>Sent to the printer: %1 pages</source>
        <translation type="vanished">Printerisse saadetud: %1 lehekülge</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ salvestatud.</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Uus aruanne</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (koopia)</translation>
    </message>
    <message>
        <source>Delete Report</source>
        <translation>Kustuta aruanne</translation>
    </message>
    <message>
        <source>Delete the report “%1”?</source>
        <translation>Kas kustutada aruanne „%1“?</translation>
    </message>
    <message>
        <source>Sent to the printer · pages: %1</source>
        <translation>Saadetud printerisse · lehti: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SelectionBar</name>
    <message>
        <source>All %1 are selected.</source>
        <translation>Valitud on kõik: %1.</translation>
    </message>
    <message>
        <source>All %1 matching “%2” are selected.</source>
        <translation>Valitud on kõik, mis vastavad päringule „%2“: %1.</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Tühjenda valik</translation>
    </message>
    <message>
        <source>Select all %1</source>
        <translation>Vali kõik: %1</translation>
    </message>
    <message>
        <source>Select all %1 matching “%2”</source>
        <translation>Vali kõik, mis vastavad päringule „%2“: %1</translation>
    </message>
    <message>
        <source>All %1 rows on screen are selected.</source>
        <translation>Valitud on kõik ekraanil olevad read: %1.</translation>
    </message>
    <message>
        <source>Selected: %1 of %2.</source>
        <translation>Valitud: %1 / %2.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Seaded</translation>
    </message>
</context>
<context>
    <name>crm::ui::StaleCardDelegate</name>
    <message>
        <source>%1 d</source>
        <comment>days in the current stage, on a board card</comment>
        <translation>%1 p</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Sisestage serveri aadress, näiteks https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Server pole kättesaadav. Kontrollige aadressi ja võrguühendust.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Vale kasutajanimi või parool.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Server keeldus sisselogimisest: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Sünkroonimine käib; proovige hetke pärast uuesti.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Ettevõte</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posti aadress</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoninumber</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Kontakti silt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Silt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(uus kirje)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Kustutatud</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Konflikti olek</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>täna %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tühi)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(tundmatu ettevõte)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privaatne</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>kustutatud</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>taastatud</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Keegi</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>keegi</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>%1 muutis välja %2 väärtuseks %3, samal ajal kui teie selle kirje kustutasite, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>%1 kustutas selle kirje, samal ajal kui teie muutsite välja %2 väärtuseks %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>%1 kustutas selle kirje, samal ajal kui %2 muutis välja %3 väärtuseks %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>%1 muutis välja %2 väärtuseks %3, samal ajal kui teie muutsite selle väärtuseks %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>%1 muutis välja %2 väärtuseks %3, samal ajal kui %4 muutis selle väärtuseks %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Kirje jääb kustutatuks, kui te ei jäta nende muudatust.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Kirje on nüüd kustutatud; „Kasuta minu oma“ taastab selle teie muudatusega.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Kirjes on nüüd teie väärtus %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Kirjes on nüüd nende väärtus %1; teie oma hoitakse siin.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Kirjes on nüüd %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncLogDialog</name>
    <message>
        <source>Synced</source>
        <translation>Sünkroonitud</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Võrguühenduseta</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Vajalik sisselogimine</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ebaõnnestus</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times since %2</source>
        <extracomment>A line of the sync log that stands for several runs alike (never fewer than two): &quot;14:03, 12 times since 11:05&quot;</extracomment>
        <translation>
            <numerusform>%1, %n kord alates %2</numerusform>
            <numerusform>%1, %n korda alates %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new either way</source>
        <translation>Kummaski suunas pole midagi uut</translation>
    </message>
    <message>
        <source>Changes that had reached the server before: %1</source>
        <translation>Muudatused, mis olid serverisse juba varem jõudnud: %1</translation>
    </message>
    <message>
        <source>Sync Log</source>
        <translation>Sünkroonimise logi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Saadetud</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastu võetud</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktid</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Tühjenda logi</translation>
    </message>
    <message>
        <source>Forget the lines listed here (nothing else changes)</source>
        <translation>Unusta siin loetletud read (muu ei muutu)</translation>
    </message>
    <message>
        <source>The sync log cannot be read: %1</source>
        <translation>Sünkroonimise logi ei saa lugeda: %1</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 serveriga %2</translation>
    </message>
    <message>
        <source>This laptop has not synced yet.</source>
        <translation>See arvuti pole veel sünkrooninud.</translation>
    </message>
    <message>
        <source>No sync has succeeded in the runs listed here.</source>
        <translation>Ükski siin loetletud sünkroonimine pole õnnestunud.</translation>
    </message>
    <message>
        <source>Last successful sync: %1.</source>
        <translation>Viimane õnnestunud sünkroonimine: %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation type="vanished">Seaded — sünkroonimine</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation type="vanished">Sünkroonimine jagab teie kontakte ja ettevõtteid meeskonnaga CRM-serveri kaudu. Saate töötada võrguühenduseta; muudatused saadetakse, kui server on kättesaadav.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="vanished">Logi sisse</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="vanished">&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="vanished">&amp;Kasutaja:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="vanished">&amp;Parool:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="vanished">Logi &amp;sisse</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="vanished">Sisselogimine…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="vanished">Konto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="vanished">Sünkrooni &amp;kohe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="vanished">Logi &amp;välja</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation type="vanished">Sünkrooni &amp;automaatselt (käivitamisel, pärast muudatusi ja iga 5 minuti järel)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation type="vanished">Sisestage oma meeskonna serveri aadress.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation type="vanished">Sisestage serveri aadress, näiteks https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="vanished">Sisestage oma kasutajanimi.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="vanished">Sisestage oma parool.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="vanished">Sisse logitud serverisse %1 kasutajana %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation type="vanished">Sisse logitud serverisse %1 kasutajana %2, meeskond %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="vanished">Viimati sünkroonitud: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsPage</name>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Sünkroonimine jagab teie kontakte ja ettevõtteid meeskonnaga CRM-serveri kaudu. Saate jätkata tööd võrguühenduseta; muudatused saadetakse, kui server on kättesaadav.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sisselogimine</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kasutaja:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parool:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Logi sisse</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sisselogimine…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Sünkrooni k&amp;ohe</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logi &amp;välja</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Sünkrooni &amp;automaatselt (käivitamisel, pärast muudatusi ja iga 5 minuti järel)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Sisestage oma meeskonna serveri aadress.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Sisestage serveri aadress, nt https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Sisestage kasutajanimi.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Sisestage parool.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sisse logitud serverisse %1 kasutajana %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Sisse logitud serverisse %1 kasutajana %2, meeskond %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Viimati sünkrooniti: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Ei sünkroonita</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Sünkroonimine väljas — %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln muudatus ootel</numerusform>
            <numerusform>%Ln muudatust ootel</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Sünkroonimine väljas</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Sünkroonimine… %1 / %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Sünkroonimine… vastu võetud: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sünkroonimine…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sünkroonitud</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Võrguühenduseta — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Võrguühenduseta</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Vajab tähelepanu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln konflikt</numerusform>
            <numerusform>%Ln konflikti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change(s)</source>
        <translation>
            <numerusform>%Ln tagasi lükatud muudatus</numerusform>
            <numerusform>%Ln tagasi lükatud muudatust</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Sünkroonimiseks logige uuesti sisse</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Logige meeskonna serverisse: Seaded → Sünkroonimine</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Automaatne sünkroonimine on väljas; F5 sünkroonib kohe</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Teie muudatuste saatmine ja meeskonna omade vastuvõtmine</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Viimati sünkroonitud: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Kõik on saadetud</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Server pole kättesaadav; proovitakse uuesti. Klõpsake, et näha ootel muudatusi.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Server keeldus sisselogimisest: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Klõpsake, et valida, millised väärtused jäävad</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Klõpsake, et näha, mida server tagasi lükkas</translation>
    </message>
    <message>
        <source>Syncing… %1 of about %2 received</source>
        <translation>Sünkroonimine… vastu võetud %1 / umbes %2</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagChipDelegate</name>
    <message>
        <source>Tag “%1” · click to show only the records with it</source>
        <translation>Silt „%1” · klõpsake, et näha ainult selle sildiga kirjeid</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsDialog</name>
    <message>
        <source>Tags</source>
        <translation>Sildid</translation>
    </message>
</context>
<context>
    <name>crm::ui::TagsSettingsPage</name>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Nimeta ümber…</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Värv…</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Ü&amp;henda…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename tag</source>
        <translation>Nimeta silt ümber</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Uus nimi:</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>Sildi värv</translation>
    </message>
    <message>
        <source>Merge tag</source>
        <translation>Ühenda silt</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Ühenda „%1“ sildiga:</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>Kustuta silt</translation>
    </message>
    <message>
        <source>Delete the tag “%1” from every record that has it?</source>
        <translation>Kas kustutada silt „%1“ kõigilt kirjetelt, millel see on?</translation>
    </message>
</context>
<context>
    <name>crm::ui::TimelineView</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>K&amp;uva:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Tegevused</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Kõned</translation>
    </message>
    <message>
        <source>Meetings and visits</source>
        <translation>Kohtumised ja visiidid</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Ülesanded</translation>
    </message>
    <message>
        <source>Notes and e-mails</source>
        <translation>Märkmed ja e-kirjad</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Tehingud</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Muudatused</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Eile %1</translation>
    </message>
    <message>
        <source>The timeline starts when the record is saved.</source>
        <translation>Ajajoon algab kirje salvestamisel.</translation>
    </message>
    <message>
        <source>Nothing of this kind yet.</source>
        <translation>Sellist liiki kirjeid veel ei ole.</translation>
    </message>
    <message>
        <source>Nothing has happened here yet.</source>
        <translation>Siin pole veel midagi juhtunud.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>Ka võrguühenduseta töötav töölaua-CRM</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Ava andmebaas &lt;tee&gt; (vaikimisi: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>tee</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Andmebaasi %1 ei õnnestunud avada.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
