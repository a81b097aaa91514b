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
