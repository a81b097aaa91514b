#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes tests/data/crm-v10.sqlite: a database of schema version 10 (custom fields and
# company tags; before v11 added the deals list indexes, the stage position column and
# deals_fts) holding deals. The records are written by crm-cli, so they carry their change
# log and derived columns as the program writes them; then the steps after 10 are taken
# back exactly (v13's dashboard indexes, v12's merges and dismissals, v11's deal indexes,
# column and search table) and the version set to 10. tst_database's upgrade test then runs
# the real migrations 11 onwards over it; any object left behind would make them fail.
# Usage: tests/data/make-crm-v10.sh BUILD_DIR
set -eu
cli="$1/app/cli/crm-cli"
out="$(dirname "$0")/crm-v10.sqlite"
tmp="$(mktemp -d)"
db="$tmp/crm.sqlite"
run() { "$cli" --database "$db" "$@"; }
koks=$(run company add --name "SIA Koks" --city "Rīga")
anna=$(run contact add --first-name Anna --last-name "Bērziņa" --email anna@koks.lv \
    --company "SIA Koks" --status prospect)
fleet=$(run deal add --title "Fleet renewal" --amount 12500 --currency EUR --company "$koks" \
    --contact "$anna" --close 2027-03-31 --probability 35)
printers=$(run deal add --title "Printers for Liepāja" --amount 2300.50 --currency EUR \
    --company "$koks" --stage "Qualified")
racks=$(run deal add --title "Warehouse racks" --amount 800 --currency USD --company "$koks")
run deal add --title "Łódź office move" --amount 4100 --currency EUR --company "$koks" \
    --stage "Negotiation" >/dev/null
run deal move "$fleet" --stage "Proposal sent"
run deal won "$printers"
run deal lost "$racks" --reason "Went with a competitor"
python3 - "$db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
assert c.execute("PRAGMA user_version").fetchone()[0] == 13, "expected schema 13 to step back"
for index in ("contacts_created", "deals_won", "deals_lost", "deals_open_created",
              "activities_done"):
    c.execute(f"DROP INDEX {index}")                                   # v13
for table in ("merges", "duplicate_dismissals"):
    c.execute(f"DROP TABLE {table}")                                   # v12 (its triggers go)
    c.execute("DELETE FROM sync_tables WHERE name = ?", (table,))
for column in ("local_company_name", "local_stage_position", "amount", "local_weighted",
               "local_probability", "expected_close", "owner", "local_outcome"):
    c.execute(f"DROP INDEX deals_sort_{column}")                       # v11
c.execute("DROP TABLE deals_fts")
c.execute("ALTER TABLE deals DROP COLUMN local_stage_position")
c.execute("PRAGMA user_version = 10")
c.commit()
c.execute("PRAGMA journal_mode = DELETE")
c.execute("PRAGMA page_size = 512")  # small to keep in git: a page per table and index
c.execute("VACUUM")
c.close()
PY
cp "$db" "$out"
rm -rf "$tmp"
echo "$out"
