<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv">
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
        <translation type="unfinished">Nozare</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Tīmekļa vietne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Tālrunis</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Valsts</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Piezīmes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Atjaunināts</translation>
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
        <translation type="unfinished">Kontakti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Amats</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-pasts</translation>
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
        <translation type="unfinished">„%1“ nav derīga e-pasta adrese</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished">„%1“ nav tālruņa numurs</translation>
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
        <translation type="unfinished">Vārds</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Uzvārds</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Amats</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Uzņēmums</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-pasts</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Tālrunis</translation>
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
        <translation type="unfinished">Statuss</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Dzimšanas diena</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Iela</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Pasta indekss</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Pilsēta</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Valsts</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Avots</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Īpašnieks</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Redzamība</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Piezīmes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Atjaunināts</translation>
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
        <translation type="unfinished">Jauns</translation>
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
        <translation type="unfinished">Uzņēmums</translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+371 2000 0000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this e-mail</source>
        <translation>Noņemt šo e-pastu</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Noņemt šo tālruni</translation>
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
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Vēsture sākas, kad ieraksts tiek saglabāts.</translation>
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
        <translation>&amp;Atvērt</translation>
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
        <translation>&amp;Meklēt</translation>
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
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Galvenā rīkjosla</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation>Meklēt kontaktus un uzņēmumus (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Jauns kontakts (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Jauns uzņēmums (Ctrl+N)</translation>
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
        <translation>%1 — Ctrl+Z, lai atsauktu</translation>
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
        <translation>&amp;Sinhronizācija</translation>
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
        <translation>&amp;Sinhronizācija…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Šim ierakstam ir sinhronizācijas konflikts: kāds cits mainīja to pašu lauku. &lt;a href=&quot;#conflicts&quot;&gt;Izvēlieties, kura vērtība paliek…&lt;/a&gt;</translation>
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
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation>Iestatījumi — sinhronizācija</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Sinhronizācija kopīgo jūsu kontaktus un uzņēmumus ar komandu caur CRM serveri. Jūs turpināt strādāt bezsaistē; izmaiņas tiek nosūtītas, kad serveris ir sasniedzams.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Pieteikties</translation>
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
        <translation>&amp;Parole:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>Pie&amp;teikties</translation>
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
        <translation>Sinhronizēt &amp;tagad</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Atteikties</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>Sinhronizēt &amp;automātiski (startējot, pēc izmaiņām un ik pēc 5 minūtēm)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Ievadiet komandas servera adresi.</translation>
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
        <translation>Pieteicies %1 kā %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Pieteicies %1 kā %2, komanda %3.</translation>
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
    <message>
        <source>%Ln change(s) waiting</source>
        <translation>gaida izmaiņas: %Ln</translation>
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
    <message>
        <source>%Ln conflict(s)</source>
        <translation>konflikti: %Ln</translation>
    </message>
    <message>
        <source>%Ln refused change(s)</source>
        <translation>noraidītas izmaiņas: %Ln</translation>
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
