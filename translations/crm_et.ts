<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et">
<context>
    <name>crm::cli::ArgumentParser</name>
    <message>
        <source>(see crm-cli %1 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option --%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: missing value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandDispatcher</name>
    <message>
        <source>Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts and companies of the CRM from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; crm-cli COMMAND --help for one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is %1 unless --database or $CRM_DATABASE names another file; only the add commands create a missing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formats: table (aligned columns; show prints &quot;Field: value&quot; lines), csv (RFC 4180, header row, UTF-8) and json (an array of objects; one object for show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (not found, invalid value, database refused), 2 wrong usage. Errors are one line on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crm-cli %1 SUBCOMMAND --help describes its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID is the full id or a unique prefix of at least 8 of its hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: missing value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see crm-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given (see crm-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help: unknown command “%1” (see crm-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing subcommand (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1” (see crm-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: unknown format “%1”; use table, csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database: the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::CommandSupport</name>
    <message>
        <source>--limit: “%1” is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::CompanyCommands</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished">Tegevusala</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Veebileht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Riik</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Märkmed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Muudetud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company add: give --name (see crm-cli company add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished">Kontaktid</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Ametinimetus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-post</translation>
    </message>
    <message>
        <source>company edit: nothing to change; give the fields to change (see crm-cli company edit --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::ContactCommands</name>
    <message>
        <source>unknown label “%1”; use work, mobile, home or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation type="unfinished">„%1“ ei ole korrektne e-posti aadress</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished">„%1“ ei ole telefoninumber</translation>
    </message>
    <message>
        <source>unknown status “%1”; use lead, prospect, customer or former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a tag of this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Eesnimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Perekonnanimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Ametinimetus</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Ettevõte</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Olek</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Sünnipäev</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Tänav</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Postiindeks</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Linn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Riik</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Allikas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Omanik</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Nähtavus</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Märkmed</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Muudetud</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact add: give --first-name or --last-name (see crm-cli contact add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact edit: nothing to change; give the fields to change (see crm-cli contact edit --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::Help</name>
    <message>
        <source>the database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output format (default: table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address (example.lv or https://example.lv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may see the company (default: team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print at most N companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:
  crm-cli company add --name &quot;SIA Koks&quot; --website koks.lv --phone &quot;+371 6700 0000&quot; --city Rīga --country Latvia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the companies (not the deleted ones) by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of a company and its contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the fields given; the others stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a company (softly: company restore brings it back). Its contacts stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a deleted company back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address, repeatable; LABEL is work (default), mobile, home or other; in edit it replaces all e-mails (--email &quot;&quot; removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number, repeatable; LABEL is mobile (default), work, home or other; in edit it replaces all phones (--phone &quot;&quot; removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company of that name, created when there is none; --company &quot;&quot; unlinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifecycle status: lead (default), prospect, customer or former</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag, repeatable; in edit it replaces all tags (--tag &quot;&quot; removes them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday; --birthday &quot;&quot; clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the contact came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who may see the contact (default: team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a phone number (compared by its digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print at most N contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact and print its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --first-name or --last-name (or both). Example:
  crm-cli contact add --first-name Anna --last-name Bērziņa \
      --email work:anna@example.lv --phone &quot;+371 2912 3456&quot; --company &quot;SIA Koks&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the contacts (not the deleted ones) by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every field of a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email, --phone and --tag replace the whole list; --add-… and --remove-… change one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a contact (softly: contact restore brings it back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a deleted contact back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who changed which field of a contact or company, when (UTC), from what to what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field is &quot;created&quot; for the creation of the record; a contact&apos;s e-mails, phones and tags are part of its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contacts and companies: every word must start a word of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case, accents and alphabets are folded: &quot;berzins&quot; finds Bērziņš, &quot;ivanov&quot; finds Иванов. A phone number is found by its digits: &quot;29123456&quot; finds +371 2912 3456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most N contacts and N companies (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign this database in to a team server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in the keychain, or in DATABASE.token (readable only by you) when no keychain runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server, e.g. https://crm.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push local changes to the team server and pull the others&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints what was pushed, pulled and which conflicts arose; exits with 1 when the server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List open conflicts from sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict: keep my value, theirs, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both is for e-mail addresses and phone numbers. For an edit of a deleted record, mine restores it with the edit when the edit was mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which value stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::HistoryCommand</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">Uus</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::IdResolver</name>
    <message>
        <source>“%1” is not an id (a UUID, or at least 8 of its leading hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up the id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no company with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id prefix %1 matches several contacts; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id prefix %1 matches several companies; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact or company with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id prefix %1 matches several records; give more digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::OutputFormatter</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SearchCommand</name>
    <message>
        <source>search: the query is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Ettevõte</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crm::cli::SyncCommands</name>
    <message>
        <source>account login: --server and --user are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login: give the password on standard input with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login: cannot read the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login: the password on standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (team %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve: --keep must be mine, theirs or both, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve: &quot;%1&quot; is not a conflict id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved; the choice syncs with the next sync.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>A&amp;jalugu</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>&amp;Kontaktid (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Riik:</translation>
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
        <translation>A&amp;jalugu</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Eemalda see e-post</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Eemalda see telefon</translation>
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
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Ajalugu algab kirje salvestamisest.</translation>
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
        <translation>Otsi kontakte ja ettevõtteid (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Uus kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Uus ettevõte (Ctrl+N)</translation>
    </message>
    <message>
        <source>%Ln contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln company(ies)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Deleted %Ln contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %Ln company(ies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Ctrl+Z to undo</source>
        <translation>%1 — tagasivõtmiseks Ctrl+Z</translation>
    </message>
    <message>
        <source>Restored %Ln contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %Ln company(ies)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Added %Ln demo contact(s)</source>
        <translation type="unfinished"></translation>
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
        <translation>&amp;Sünkroonimine</translation>
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
        <translation>Sünkrooni &amp;kohe</translation>
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
        <translation>&amp;Sünkroonimine…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Sellel kirjel on sünkroonimise konflikt: keegi teine muutis sama välja. &lt;a href=&quot;#conflicts&quot;&gt;Valige, milline väärtus jääb…&lt;/a&gt;</translation>
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
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation>Seaded — sünkroonimine</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Sünkroonimine jagab teie kontakte ja ettevõtteid meeskonnaga CRM-serveri kaudu. Saate töötada võrguühenduseta; muudatused saadetakse, kui server on kättesaadav.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logi sisse</translation>
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
        <translation>Logi &amp;sisse</translation>
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
        <translation>Sünkrooni &amp;kohe</translation>
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
        <translation>Sisestage serveri aadress, näiteks https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Sisestage oma kasutajanimi.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Sisestage oma parool.</translation>
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
        <translation>Viimati sünkroonitud: %1</translation>
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
    <message>
        <source>%Ln change(s) waiting</source>
        <translation>ootel muudatusi: %Ln</translation>
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
    <message>
        <source>%Ln conflict(s)</source>
        <translation>konflikte: %Ln</translation>
    </message>
    <message>
        <source>%Ln refused change(s)</source>
        <translation>tagasi lükatud muudatusi: %Ln</translation>
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
