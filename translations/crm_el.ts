<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
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
        <translation type="unfinished">Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished">Ιστότοπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Τηλέφωνο</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Χώρα</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Ενημέρωση</translation>
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
        <translation type="unfinished">Επαφές</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Θέση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Email</translation>
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
        <translation type="unfinished">το «%1» δεν είναι έγκυρη διεύθυνση email</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation type="unfinished">το «%1» δεν είναι αριθμός τηλεφώνου</translation>
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
        <translation type="unfinished">Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished">Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished">Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished">Εταιρεία</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished">Τηλέφωνο</translation>
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
        <translation type="unfinished">Κατάσταση</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished">Γενέθλια</translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished">Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished">Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished">Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished">Χώρα</translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Προέλευση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished">Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished">Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Σημειώσεις</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished">Ενημέρωση</translation>
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
        <translation type="unfinished">Νέο</translation>
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
        <translation type="unfinished">Εταιρεία</translation>
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
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
</context>
<context>
    <name>crm::core::ContactListModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημέρωση</translation>
    </message>
</context>
<context>
    <name>crm::core::Lifecycle</name>
    <message>
        <source>Lead</source>
        <translation>Υποψήφιος πελάτης</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Δυνητικός πελάτης</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Former customer</source>
        <translation>Πρώην πελάτης</translation>
    </message>
</context>
<context>
    <name>crm::core::Validation</name>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD</source>
        <translation>το «%1» δεν είναι ημερομηνία· γράψτε τη ως ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar</source>
        <translation>η %1 δεν υπάρχει στο ημερολόγιο</translation>
    </message>
    <message>
        <source>a birthday must lie between 1900 and today</source>
        <translation>τα γενέθλια πρέπει να είναι μεταξύ του 1900 και της σημερινής ημέρας</translation>
    </message>
    <message>
        <source>a contact needs a first or a last name</source>
        <translation>η επαφή χρειάζεται όνομα ή επώνυμο</translation>
    </message>
    <message>
        <source>the first name is too long</source>
        <translation>το όνομα είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>the last name is too long</source>
        <translation>το επώνυμο είναι πολύ μεγάλο</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address</source>
        <translation>το «%1» δεν είναι έγκυρη διεύθυνση email</translation>
    </message>
    <message>
        <source>unknown label “%1”</source>
        <translation>άγνωστος τύπος «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>το «%1» δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>visibility is “team” or “private”</source>
        <translation>η ορατότητα είναι «team» ή «private»</translation>
    </message>
    <message>
        <source>a company needs a name</source>
        <translation>η εταιρεία χρειάζεται επωνυμία</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>η επωνυμία είναι πολύ μεγάλη</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>το «%1» δεν είναι διεύθυνση ιστότοπου</translation>
    </message>
</context>
<context>
    <name>crm::ui</name>
    <message>
        <source>work</source>
        <translation>εργασίας</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>κινητό</translation>
    </message>
    <message>
        <source>home</source>
        <translation>οικίας</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
</context>
<context>
    <name>crm::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>%1 — Company</source>
        <translation>%1 — εταιρεία</translation>
    </message>
    <message>
        <source>e.g. Logistics</source>
        <translation>π.χ. εφοδιαστική</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Τ.Κ.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Επωνυμία:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Κλάδος:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Ιστότοπος:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Τηλέφ&amp;ωνο:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Ο&amp;δός:</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Τ.Κ., πό&amp;λη:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Χώρα:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Στοιχεία</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Προσθήκη επαφής</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>Επ&amp;αφές</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ιστο&amp;ρικό</translation>
    </message>
    <message>
        <source>&amp;Contacts (%L1)</source>
        <translation>Επ&amp;αφές (%L1)</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictBadgeDelegate</name>
    <message>
        <source>%1
This record has a sync conflict: choose which value stays in the conflicts inbox.</source>
        <translation>%1
Αυτή η εγγραφή έχει διένεξη συγχρονισμού: επιλέξτε στις διενέξεις ποια τιμή μένει.</translation>
    </message>
</context>
<context>
    <name>crm::ui::ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Διενέξεις</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των διενέξεων: %1</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same field while apart, you choose here which value stays.</source>
        <translation>Δεν υπάρχουν διενέξεις. Όταν δύο άτομα αλλάζουν χωριστά το ίδιο πεδίο, εδώ επιλέγετε ποια τιμή μένει.</translation>
    </message>
    <message>
        <source>Conflicts to decide: %1. The same field was changed on two devices at once; choose which value stays, and your choice syncs to everyone.</source>
        <translation>Διενέξεις προς απόφαση: %1. Το ίδιο πεδίο άλλαξε σε δύο συσκευές ταυτόχρονα· επιλέξτε ποια τιμή μένει και η επιλογή συγχρονίζεται σε όλους.</translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Εταιρεία %1</translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation>Επαφή %1</translation>
    </message>
    <message>
        <source>(not found)</source>
        <translation>(δεν βρέθηκε)</translation>
    </message>
    <message>
        <source>The choice could not be saved: %1</source>
        <translation>Δεν ήταν δυνατή η αποθήκευση της επιλογής: %1</translation>
    </message>
    <message>
        <source>Use mine</source>
        <translation>Χρήση της δικής μου</translation>
    </message>
    <message>
        <source>Keep your side: your change, or your deletion</source>
        <translation>Διατήρηση της δικής σας πλευράς: της αλλαγής ή της διαγραφής σας</translation>
    </message>
    <message>
        <source>Put your value back in the field</source>
        <translation>Επαναφορά της δικής σας τιμής στο πεδίο</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Διατήρηση της δικής τους</translation>
    </message>
    <message>
        <source>Keep the other value; yours is dropped</source>
        <translation>Διατήρηση της άλλης τιμής· η δική σας απορρίπτεται</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Διατήρηση και των δύο</translation>
    </message>
    <message>
        <source>Keep both values as two entries</source>
        <translation>Διατήρηση και των δύο τιμών ως δύο καταχωρίσεις</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Άνοιγμα εγγραφής</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>%1 — Contact</source>
        <translation>%1 — επαφή</translation>
    </message>
    <message>
        <source>e.g. Sales manager</source>
        <translation>π.χ. διευθυντής πωλήσεων</translation>
    </message>
    <message>
        <source>Type to find or add a company</source>
        <translation>Πληκτρολογήστε για να βρείτε ή να προσθέσετε εταιρεία</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ΕΕΕΕ-ΜΜ-ΗΗ</translation>
    </message>
    <message>
        <source>Year-month-day, for example 1984-03-27; leave empty if unknown</source>
        <translation>Έτος-μήνας-ημέρα, για παράδειγμα 1984-03-27· αφήστε το κενό αν δεν το γνωρίζετε</translation>
    </message>
    <message>
        <source>e.g. trade fair, website, referral</source>
        <translation>π.χ. έκθεση, ιστότοπος, σύσταση</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Comma separated, e.g. VIP, newsletter</source>
        <translation>Χωρισμένα με κόμμα, π.χ. VIP, ενημερωτικό δελτίο</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>Ό&amp;νομα:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Επώνυμο:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Θέση:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>Ε&amp;ταιρεία:</translation>
    </message>
    <message>
        <source>&amp;E-mails:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>Τηλέφ&amp;ωνα:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>Ο&amp;δός:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Τ.Κ.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Postcode, cit&amp;y:</source>
        <translation>Τ.Κ., πό&amp;λη:</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation type="vanished">&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation>&amp;Γενέθλια:</translation>
    </message>
    <message>
        <source>So&amp;urce:</source>
        <translation>&amp;Προέλευση:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Κατάσταση:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Υπεύθυνος:</translation>
    </message>
    <message>
        <source>&amp;Visibility:</source>
        <translation>Ορ&amp;ατότητα:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ετ&amp;ικέτες:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="vanished">Ση&amp;μειώσεις:</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Στοιχεία</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ιστο&amp;ρικό</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>There is no company “%1” yet. Create it?</source>
        <translation>Δεν υπάρχει ακόμη εταιρεία «%1». Να δημιουργηθεί;</translation>
    </message>
    <message>
        <source>Count&amp;ry:</source>
        <translation>&amp;Χώρα:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Ση&amp;μειώσεις:</translation>
    </message>
</context>
<context>
    <name>crm::ui::ContactPointList</name>
    <message>
        <source>Work</source>
        <translation>Εργασίας</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Κινητό</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Οικίας</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Προσθήκη email</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Προσθήκη τηλεφώνου</translation>
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
        <translation>Αφαίρεση αυτού του email</translation>
    </message>
    <message>
        <source>Remove this phone</source>
        <translation>Αφαίρεση αυτού του τηλεφώνου</translation>
    </message>
</context>
<context>
    <name>crm::ui::DeleteCommand</name>
    <message numerus="yes">
        <source>Delete %n contact(s)</source>
        <translation>
            <numerusform>Διαγραφή %n επαφής</numerusform>
            <numerusform>Διαγραφή %n επαφών</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(s)</source>
        <translation>
            <numerusform>Διαγραφή %n εταιρείας</numerusform>
            <numerusform>Διαγραφή %n εταιρειών</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>crm::ui::Errors</name>
    <message>
        <source>The record no longer exists.</source>
        <translation>Η εγγραφή δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Some of the input is not valid.</source>
        <translation>Ορισμένα από τα στοιχεία που δώσατε δεν είναι έγκυρα.</translation>
    </message>
    <message>
        <source>The database could not carry out the operation.</source>
        <translation>Η βάση δεδομένων δεν μπόρεσε να εκτελέσει τη λειτουργία.</translation>
    </message>
    <message>
        <source>The file is not a CRM database.</source>
        <translation>Το αρχείο δεν είναι βάση δεδομένων του CRM.</translation>
    </message>
    <message>
        <source>The database file is damaged.</source>
        <translation>Το αρχείο της βάσης δεδομένων είναι κατεστραμμένο.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program.</source>
        <translation>Η βάση δεδομένων γράφτηκε από νεότερη έκδοση αυτού του προγράμματος.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση ή η εγγραφή του αρχείου.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Η λειτουργία ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>Ο διακομιστής δεν δέχτηκε τη σύνδεση.</translation>
    </message>
    <message>
        <source>The server refused access.</source>
        <translation>Ο διακομιστής αρνήθηκε την πρόσβαση.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Κάτι πήγε στραβά.</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryFormatter</name>
    <message>
        <source>First name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Οδός</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Ταχυδρομικός κώδικας</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Πόλη</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Χώρα</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Γενέθλια</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Προέλευση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Υπεύθυνος</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>Ορατότητα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Επωνυμία</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Κλάδος</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Ιστότοπος</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Τηλέφωνο</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(άγνωστη εταιρεία)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <source>%1 created the contact</source>
        <translation>%1 δημιούργησε την επαφή</translation>
    </message>
    <message>
        <source>%1 created the company</source>
        <translation>%1 δημιούργησε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 added e-mail %2 (%3)</source>
        <translation>%1 πρόσθεσε το email %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added phone %2 (%3)</source>
        <translation>%1 πρόσθεσε το τηλέφωνο %2 (%3)</translation>
    </message>
    <message>
        <source>%1 added tag %2</source>
        <translation>%1 πρόσθεσε την ετικέτα %2</translation>
    </message>
    <message>
        <source>%1 deleted the contact</source>
        <translation>%1 διέγραψε την επαφή</translation>
    </message>
    <message>
        <source>%1 restored the contact</source>
        <translation>%1 επανέφερε την επαφή</translation>
    </message>
    <message>
        <source>%1 deleted the company</source>
        <translation>%1 διέγραψε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 restored the company</source>
        <translation>%1 επανέφερε την εταιρεία</translation>
    </message>
    <message>
        <source>%1 removed e-mail %2</source>
        <translation>%1 αφαίρεσε το email %2</translation>
    </message>
    <message>
        <source>%1 added e-mail %2</source>
        <translation>%1 πρόσθεσε το email %2</translation>
    </message>
    <message>
        <source>%1 removed phone %2</source>
        <translation>%1 αφαίρεσε το τηλέφωνο %2</translation>
    </message>
    <message>
        <source>%1 added phone %2</source>
        <translation>%1 πρόσθεσε το τηλέφωνο %2</translation>
    </message>
    <message>
        <source>%1 removed tag %2</source>
        <translation>%1 αφαίρεσε την ετικέτα %2</translation>
    </message>
    <message>
        <source>%1 changed the label of %2 from %3 to %4</source>
        <translation>%1 άλλαξε τον τύπο του %2 από %3 σε %4</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 άλλαξε το πεδίο «%2» από %3 σε %4</translation>
    </message>
</context>
<context>
    <name>crm::ui::HistoryView</name>
    <message>
        <source>The history starts when the record is saved.</source>
        <translation>Το ιστορικό ξεκινά όταν αποθηκευτεί η εγγραφή.</translation>
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
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>People you work with</source>
        <translation>Άνθρωποι με τους οποίους συνεργάζεστε</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Εταιρείες</translation>
    </message>
    <message>
        <source>Organisations and their contacts</source>
        <translation>Οργανισμοί και οι επαφές τους</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Νέο</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Νέα &amp;επαφή</translation>
    </message>
    <message>
        <source>New co&amp;mpany</source>
        <translation>Νέα ε&amp;ταιρεία</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ά&amp;νοιγμα</translation>
    </message>
    <message>
        <source>Open the selected record (Enter)</source>
        <translation>Άνοιγμα της επιλεγμένης εγγραφής (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Αναίρεση</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ε&amp;πανάληψη</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Εύρεση</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;About CRM</source>
        <translation>&amp;Σχετικά με το CRM</translation>
    </message>
    <message>
        <source>About CRM</source>
        <translation>Σχετικά με το CRM</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: your contacts and companies, on your laptop, searchable in an instant.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM %1&lt;/h3&gt;&lt;p&gt;Ένα CRM για υπολογιστή που λειτουργεί και χωρίς σύνδεση: οι επαφές και οι εταιρείες σας στον φορητό σας, με άμεση αναζήτηση.&lt;/p&gt;&lt;p&gt;Βάση δεδομένων: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Κύρια γραμμή εργαλείων</translation>
    </message>
    <message>
        <source>Search contacts and companies (Ctrl+F)</source>
        <translation>Αναζήτηση επαφών και εταιρειών (Ctrl+F)</translation>
    </message>
    <message>
        <source>New contact (Ctrl+N)</source>
        <translation>Νέα επαφή (Ctrl+N)</translation>
    </message>
    <message>
        <source>New company (Ctrl+N)</source>
        <translation>Νέα εταιρεία (Ctrl+N)</translation>
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
        <translation type="vanished">Αποτελέσματα για «%2»: %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Νέα εταιρεία</translation>
    </message>
    <message>
        <source>Contact saved</source>
        <translation>Η επαφή αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>Company saved</source>
        <translation>Η εταιρεία αποθηκεύτηκε</translation>
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
        <translation>%1 — Ctrl+Z για αναίρεση</translation>
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
        <translation>Νέα βάση δεδομένων</translation>
    </message>
    <message>
        <source>Fill the new database with demo data?

A few hundred sample contacts and companies let you try everything out; you can delete them later.</source>
        <translation>Να συμπληρωθεί η νέα βάση με δεδομένα επίδειξης;

Μερικές εκατοντάδες δείγματα επαφών και εταιρειών σάς επιτρέπουν να δοκιμάσετε τα πάντα· μπορείτε να τα διαγράψετε αργότερα.</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Προσθήκη δεδομένων επίδειξης…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Δεδομένα επίδειξης</translation>
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
        <translation>Επ&amp;αφές</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>Ε&amp;ταιρείες</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Π&amp;ροβολή</translation>
    </message>
    <message>
        <source>%1 matching “%2”</source>
        <translation>Αποτελέσματα για «%2»: %1</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to add one.</source>
        <translation>Δεν υπάρχουν ακόμη επαφές.
Πατήστε Ctrl+N για να προσθέσετε μία.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Καμία επαφή δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <source>No companies yet.
Press Ctrl+N to add one.</source>
        <translation>Δεν υπάρχουν ακόμη εταιρείες.
Πατήστε Ctrl+N για να προσθέσετε μία.</translation>
    </message>
    <message>
        <source>No company matches “%1”.</source>
        <translation>Καμία εταιρεία δεν ταιριάζει με «%1».</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Συγχρονισμός</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Ρυθμίσεις</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Διενέξεις (%1)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Διενέξεις…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Send your changes and receive your team&apos;s (F5)</source>
        <translation>Αποστολή των αλλαγών σας και λήψη των αλλαγών της ομάδας (F5)</translation>
    </message>
    <message>
        <source>&amp;Outbox…</source>
        <translation>&amp;Εξερχόμενα…</translation>
    </message>
    <message>
        <source>&amp;Sync…</source>
        <translation>&amp;Συγχρονισμός…</translation>
    </message>
    <message>
        <source>This record has a sync conflict: someone else changed the same field. &lt;a href=&quot;#conflicts&quot;&gt;Choose which value stays…&lt;/a&gt;</source>
        <translation>Αυτή η εγγραφή έχει διένεξη συγχρονισμού: κάποιος άλλος άλλαξε το ίδιο πεδίο. &lt;a href=&quot;#conflicts&quot;&gt;Επιλέξτε ποια τιμή μένει…&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>crm::ui::OutboxDialog</name>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Εγγραφή</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Νέα τιμή</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Πότε</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Συγχρονισμός τώρα</translation>
    </message>
    <message>
        <source>Clear refused</source>
        <translation>Εκκαθάριση απορριφθέντων</translation>
    </message>
    <message>
        <source>Forget the refused changes listed here (they stay refused)</source>
        <translation>Παράβλεψη των απορριφθεισών αλλαγών της λίστας (παραμένουν απορριφθείσες)</translation>
    </message>
    <message>
        <source>new record</source>
        <translation>νέα εγγραφή</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Τίποτα δεν περιμένει αποστολή.</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1 (the first %2 are listed).</source>
        <translation>Αλλαγές σε αναμονή αποστολής: %1 (εμφανίζονται οι πρώτες %2).</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1.</source>
        <translation>Αλλαγές σε αναμονή αποστολής: %1.</translation>
    </message>
    <message>
        <source>The server refused no changes.</source>
        <translation>Ο διακομιστής δεν απέρριψε καμία αλλαγή.</translation>
    </message>
    <message>
        <source>Changes the server refused: %1. They are not sent again.</source>
        <translation>Αλλαγές που απέρριψε ο διακομιστής: %1. Δεν αποστέλλονται ξανά.</translation>
    </message>
</context>
<context>
    <name>crm::ui::RecordDialog</name>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Αποθήκευση αλλαγών (Ctrl+S)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Απόρριψη αλλαγών;</translation>
    </message>
    <message>
        <source>You have changed this record. Close it and discard the changes?</source>
        <translation>Αλλάξατε αυτή την εγγραφή. Να κλείσει και να απορριφθούν οι αλλαγές;</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncController</name>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Εισαγάγετε διεύθυνση διακομιστή, π.χ. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and your network connection.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος. Ελέγξτε τη διεύθυνση και τη σύνδεση δικτύου.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>Λάθος όνομα χρήστη ή κωδικός πρόσβασης.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>A sync is running; try again in a moment.</source>
        <translation>Εκτελείται συγχρονισμός· δοκιμάστε ξανά σε λίγο.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncDescriber</name>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Διεύθυνση e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>Tag of a contact</source>
        <translation>Ετικέτα επαφής</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Ετικέτα</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Διένεξη</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(νέα εγγραφή)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Διαγραμμένο</translation>
    </message>
    <message>
        <source>Conflict state</source>
        <translation>Κατάσταση διένεξης</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>σήμερα %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(κενό)</translation>
    </message>
    <message>
        <source>(unknown company)</source>
        <translation>(άγνωστη εταιρεία)</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Ιδιωτικό</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>διαγραμμένο</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>επαναφέρθηκε</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Κάποιος</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>κάποιος</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you deleted this record, %4.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ εσείς διαγράψατε αυτή την εγγραφή, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while you changed %2 to %3, %4.</source>
        <translation>Ο/Η %1 διέγραψε αυτή την εγγραφή ενώ εσείς αλλάξατε το %2 σε %3, %4.</translation>
    </message>
    <message>
        <source>%1 deleted this record while %2 changed %3 to %4, %5.</source>
        <translation>Ο/Η %1 διέγραψε αυτή την εγγραφή ενώ ο/η %2 άλλαξε το %3 σε %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while you changed it to %4, %5.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ εσείς το αλλάξατε σε %4, %5.</translation>
    </message>
    <message>
        <source>%1 changed %2 to %3 while %4 changed it to %5, %6.</source>
        <translation>Ο/Η %1 άλλαξε το %2 σε %3 ενώ ο/η %4 το άλλαξε σε %5, %6.</translation>
    </message>
    <message>
        <source>The record stays deleted unless you keep their change.</source>
        <translation>Η εγγραφή μένει διαγραμμένη εκτός αν κρατήσετε την αλλαγή τους.</translation>
    </message>
    <message>
        <source>The record is deleted now; “Use mine” restores it with your change.</source>
        <translation>Η εγγραφή είναι τώρα διαγραμμένη· η «Χρήση της δικής μου» την επαναφέρει με την αλλαγή σας.</translation>
    </message>
    <message>
        <source>The record shows your value %1 now.</source>
        <translation>Η εγγραφή δείχνει τώρα τη δική σας τιμή %1.</translation>
    </message>
    <message>
        <source>The record shows their value %1 now; yours is kept here.</source>
        <translation>Η εγγραφή δείχνει τώρα τη δική τους τιμή %1· η δική σας φυλάσσεται εδώ.</translation>
    </message>
    <message>
        <source>The record shows %1 now.</source>
        <translation>Η εγγραφή δείχνει τώρα %1.</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncSettingsDialog</name>
    <message>
        <source>Settings — Sync</source>
        <translation>Ρυθμίσεις — Συγχρονισμός</translation>
    </message>
    <message>
        <source>Sync shares your contacts and companies with your team through a CRM server. You keep working offline; changes are sent when the server can be reached.</source>
        <translation>Ο συγχρονισμός μοιράζεται τις επαφές και τις εταιρείες σας με την ομάδα μέσω διακομιστή CRM. Συνεχίζετε να εργάζεστε εκτός σύνδεσης· οι αλλαγές αποστέλλονται όταν ο διακομιστής είναι προσβάσιμος.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Διακομιστής:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Χρήστης:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός:</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Λογαριασμός</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Συγχρονισμός &amp;τώρα</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Αποσύνδεση</translation>
    </message>
    <message>
        <source>Sync &amp;automatically (at start, after changes and every 5 minutes)</source>
        <translation>&amp;Αυτόματος συγχρονισμός (στην εκκίνηση, μετά από αλλαγές και κάθε 5 λεπτά)</translation>
    </message>
    <message>
        <source>Enter the address of your team&apos;s server.</source>
        <translation>Εισαγάγετε τη διεύθυνση του διακομιστή της ομάδας σας.</translation>
    </message>
    <message>
        <source>Enter a server address such as https://crm.example.com:8443.</source>
        <translation>Εισαγάγετε διεύθυνση διακομιστή, π.χ. https://crm.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Εισαγάγετε το όνομα χρήστη σας.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Εισαγάγετε τον κωδικό σας.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Συνδεδεμένος στο %1 ως %2.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2, team %3.</source>
        <translation>Συνδεδεμένος στο %1 ως %2, ομάδα %3.</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
</context>
<context>
    <name>crm::ui::SyncStatusButton</name>
    <message>
        <source>Not syncing</source>
        <translation>Χωρίς συγχρονισμό</translation>
    </message>
    <message>
        <source>Sync off — %1</source>
        <translation>Συγχρονισμός ανενεργός — %1</translation>
    </message>
    <message>
        <source>%Ln change(s) waiting</source>
        <translation>αλλαγές σε αναμονή: %Ln</translation>
    </message>
    <message>
        <source>Sync off</source>
        <translation>Συγχρονισμός ανενεργός</translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation>Συγχρονισμός… %1 από %2</translation>
    </message>
    <message>
        <source>Syncing… %1 received</source>
        <translation>Συγχρονισμός… ελήφθησαν: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Συγχρονισμός…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Συγχρονίστηκε</translation>
    </message>
    <message>
        <source>Offline — %1</source>
        <translation>Εκτός σύνδεσης — %1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Εκτός σύνδεσης</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Χρειάζεται προσοχή: %1</translation>
    </message>
    <message>
        <source>%Ln conflict(s)</source>
        <translation>διενέξεις: %Ln</translation>
    </message>
    <message>
        <source>%Ln refused change(s)</source>
        <translation>απορριφθείσες αλλαγές: %Ln</translation>
    </message>
    <message>
        <source>Sign in again to sync</source>
        <translation>Συνδεθείτε ξανά για συγχρονισμό</translation>
    </message>
    <message>
        <source>Sign in to a team server in Settings → Sync</source>
        <translation>Συνδεθείτε σε διακομιστή ομάδας: Ρυθμίσεις → Συγχρονισμός</translation>
    </message>
    <message>
        <source>Automatic sync is off; F5 syncs now</source>
        <translation>Ο αυτόματος συγχρονισμός είναι ανενεργός· το F5 συγχρονίζει τώρα</translation>
    </message>
    <message>
        <source>Sending your changes and receiving your team&apos;s</source>
        <translation>Αποστολή των αλλαγών σας και λήψη των αλλαγών της ομάδας</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>Τελευταίος συγχρονισμός: %1</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>Όλα έχουν αποσταλεί</translation>
    </message>
    <message>
        <source>The server cannot be reached; retrying. Click to see the waiting changes.</source>
        <translation>Ο διακομιστής δεν είναι προσβάσιμος· νέα προσπάθεια. Κάντε κλικ για τις αλλαγές σε αναμονή.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Ο διακομιστής απέρριψε τη σύνδεση: %1</translation>
    </message>
    <message>
        <source>Click to choose which values stay</source>
        <translation>Κάντε κλικ για να επιλέξετε ποιες τιμές μένουν</translation>
    </message>
    <message>
        <source>Click to see what the server refused</source>
        <translation>Κάντε κλικ για να δείτε τι απέρριψε ο διακομιστής</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline-first desktop CRM</source>
        <translation>CRM για υπολογιστή που λειτουργεί και χωρίς σύνδεση</translation>
    </message>
    <message>
        <source>Open the database at &lt;path&gt; (default: %1).</source>
        <translation>Άνοιγμα της βάσης δεδομένων &lt;διαδρομή&gt; (προεπιλογή: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>διαδρομή</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Δεν ήταν δυνατό το άνοιγμα της βάσης δεδομένων %1.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
</TS>
