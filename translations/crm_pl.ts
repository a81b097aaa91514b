<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished">Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Strona WWW</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Kraj</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notatki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Zmieniono</translation>
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
        <translation type="unfinished">Kontakty</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
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
        <translation type="unfinished">„%1” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished">„%1” nie jest numerem telefonu</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished">Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Firma</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
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
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Data urodzenia</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Kraj</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Źródło</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notatki</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Zmieniono</translation>
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
        <translation type="unfinished">Nowy</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Firma</translation>
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
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Potencjalny klient</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Były klient</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>„%1” nie jest datą; wpisz ją w formacie RRRR-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>dnia %1 nie ma w kalendarzu</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>data urodzenia musi przypadać między rokiem 1900 a dniem dzisiejszym</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>kontakt musi mieć imię lub nazwisko</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>imię jest za długie</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>nazwisko jest za długie</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>nieznany rodzaj „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>„%1” nie jest numerem telefonu</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>widoczność to „team” lub „private”</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>firma musi mieć nazwę</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nazwa jest za długa</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>„%1” nie jest adresem strony internetowej</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — firma</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>np. logistyka</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branża:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Strona WWW:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Kod pocztowy, &amp;miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Kraj:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Dodaj kontakt</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Kontakt&amp;y</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>Kontakt&amp;y (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Ten rekord ma konflikt synchronizacji: wybierz w skrzynce konfliktów, która wartość zostaje.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Nie udało się odczytać konfliktów: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Brak konfliktów. Gdy dwie osoby niezależnie zmienią to samo pole, tutaj wybierasz, która wartość zostaje.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Konflikty do rozstrzygnięcia: %1. To samo pole zmieniono jednocześnie na dwóch urządzeniach; wybierz, która wartość zostaje, a wybór trafi do wszystkich.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(nie znaleziono)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Nie udało się zapisać wyboru: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Użyj mojej</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Zachowaj swoją stronę: swoją zmianę lub usunięcie</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Przywróć w polu swoją wartość</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Zachowaj ich</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Zachowaj drugą wartość; twoja zostanie odrzucona</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Zachowaj obie</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Zachowaj obie wartości jako dwa wpisy</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Otwórz rekord</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — kontakt</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>np. kierownik sprzedaży</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Zacznij pisać, aby znaleźć lub dodać firmę</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Rok-miesiąc-dzień, np. 1984-03-27; pozostaw puste, jeśli nieznane</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>np. targi, strona WWW, polecenie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Oddzielone przecinkami, np. VIP, newsletter</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>S&amp;tanowisko:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;E-maile:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Telefon&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Kod pocztowy, &amp;miasto:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Data urodzenia:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Wido&amp;czność:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">N&amp;otatki:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>S&amp;zczegóły</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Firmy „%1” jeszcze nie ma. Utworzyć ją?</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Służbowy</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Komórkowy</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domowy</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inny</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Dodaj e-mail</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Dodaj telefon</translation>
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
        <translation>Usuń ten adres e-mail</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Usuń ten telefon</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Usuń %n kontakt</numerusform>
            <numerusform>Usuń %n kontakty</numerusform>
            <numerusform>Usuń %n kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Usuń %n firmę</numerusform>
            <numerusform>Usuń %n firmy</numerusform>
            <numerusform>Usuń %n firm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Część wprowadzonych danych jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Baza danych nie mogła wykonać operacji.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Plik nie jest bazą danych CRM.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Plik bazy danych jest uszkodzony.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Baza danych została zapisana przez nowszą wersję tego programu.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Nie można odczytać ani zapisać pliku.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Operacja została anulowana.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Serwer nie zaakceptował logowania.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Serwer odmówił dostępu.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Coś poszło nie tak.</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Widoczność</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nieznana firma)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1: utworzono kontakt</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1: utworzono firmę</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1: dodano e-mail %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1: dodano telefon %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1: dodano tag %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1: usunięto kontakt</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1: przywrócono kontakt</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1: usunięto firmę</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1: przywrócono firmę</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1: usunięto e-mail %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1: dodano e-mail %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1: usunięto telefon %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1: dodano telefon %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1: usunięto tag %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1: zmieniono rodzaj %2 z %3 na %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1: zmieniono pole „%2” z %3 na %4</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Historia zaczyna się od zapisania rekordu.</translation>
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
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Osoby, z którymi pracujesz</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Organizacje i ich kontakty</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nowy &amp;kontakt</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Nowa &amp;firma</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Otwórz zaznaczony rekord (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>&amp;O programie CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>O programie CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Desktopowy CRM działający także offline: Twoje kontakty i firmy na Twoim laptopie, wyszukiwane w mgnieniu oka.&lt;/p&gt;&lt;p&gt;Baza danych: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation>Szukaj kontaktów i firm (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Nowy kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Nowa firma (Ctrl+N)</translation>
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
        <translation type="vanished">Pasujące do „%2”: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Kontakt zapisany</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Firma zapisana</translation>
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
        <translation>%1 — Ctrl+Z, aby cofnąć</translation>
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
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Wypełnić nową bazę danymi demonstracyjnymi?

Kilkaset przykładowych kontaktów i firm pozwoli wszystko wypróbować; później możesz je usunąć.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Dodawanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dane demonstracyjne</translation>
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
        <translation>Kontakt&amp;y</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmy</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Pasujące do „%2”: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Nie ma jeszcze kontaktów.
Naciśnij Ctrl+N, aby dodać.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Żaden kontakt nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Nie ma jeszcze firm.
Naciśnij Ctrl+N, aby dodać.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Żadna firma nie pasuje do „%1”.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronizacja</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikty (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikty…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Wyślij swoje zmiany i odbierz zmiany zespołu (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Skrzynka nadawcza…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Synchronizacja…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Ten rekord ma konflikt synchronizacji: ktoś inny zmienił to samo pole. &lt;a href=&quot;#conflicts&quot;&gt;Wybierz, która wartość zostaje…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Skrzynka nadawcza</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nowa wartość</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Wyczyść odrzucone</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Zapomnij wymienione odrzucone zmiany (pozostają odrzucone)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>nowy rekord</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Zmiany czekające na wysłanie: %1 (pokazano pierwsze %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Zmiany czekające na wysłanie: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Serwer nie odrzucił żadnych zmian.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Zmiany odrzucone przez serwer: %1. Nie są wysyłane ponownie.</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Odrzucić zmiany?</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Ten rekord został zmieniony. Zamknąć go i odrzucić zmiany?</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Wpisz adres serwera, np. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Serwer jest nieosiągalny. Sprawdź adres i połączenie sieciowe.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Nieprawidłowa nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Trwa synchronizacja; spróbuj ponownie za chwilę.</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Etykieta kontaktu</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(nowy rekord)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięty</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Stan konfliktu</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>dziś %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(nieznana firma)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Prywatny</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Zespół</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>usunięty</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>przywrócony</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Ktoś</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>ktoś</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy ty usuwałeś(-aś) ten rekord, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>%1 usunął(-ęła) ten rekord, gdy ty zmieniałeś(-aś) %2 na %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>%1 usunął(-ęła) ten rekord, gdy %2 zmieniał(a) %3 na %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy ty zmieniłeś(-aś) je na %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>%1 zmienił(a) %2 na %3, gdy %4 zmienił(a) je na %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Rekord pozostaje usunięty, chyba że zachowasz ich zmianę.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Rekord jest teraz usunięty; „Użyj mojej” przywróci go z twoją zmianą.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Rekord pokazuje teraz twoją wartość %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Rekord pokazuje teraz ich wartość %1; twoja jest zachowana tutaj.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Rekord pokazuje teraz %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation>Ustawienia — synchronizacja</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Synchronizacja udostępnia kontakty i firmy zespołowi przez serwer CRM. Pracujesz dalej offline; zmiany są wysyłane, gdy serwer jest osiągalny.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj się</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Synchronizuj &amp;automatycznie (przy starcie, po zmianach i co 5 minut)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Wpisz adres serwera swojego zespołu.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Wpisz adres serwera, np. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Zalogowano do %1 jako %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Zalogowano do %1 jako %2, zespół %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Bez synchronizacji</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Synchronizacja wyłączona — %1</translation>
    </message>
    <message>
        <source>%Ln change(s) waiting</source>
        <translation>oczekujące zmiany: %Ln</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Synchronizacja wyłączona</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Synchronizacja… %1 z %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Synchronizacja… odebrano: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Offline — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Wymaga uwagi: %1</translation>
    </message>
    <message>
        <source>%Ln conflict(s)</source>
        <translation>konflikty: %Ln</translation>
    </message>
    <message>
        <source>%Ln refused change(s)</source>
        <translation>odrzucone zmiany: %Ln</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Zaloguj się ponownie, aby synchronizować</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Zaloguj się do serwera zespołu: Ustawienia → Synchronizacja</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Automatyczna synchronizacja wyłączona; F5 synchronizuje teraz</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Wysyłanie twoich zmian i odbieranie zmian zespołu</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Wszystko wysłane</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Serwer jest nieosiągalny; ponawianie. Kliknij, aby zobaczyć oczekujące zmiany.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odrzucił logowanie: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Kliknij, aby wybrać, które wartości zostają</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Kliknij, aby zobaczyć, co serwer odrzucił</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>Desktopowy CRM działający także offline</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Otwórz bazę danych &lt;ścieżka&gt; (domyślnie: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ścieżka</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Nie można otworzyć bazy danych %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
