"""The signer roster: a private SQLite database of the group's signers, with import, export and erasure.

Modules: `store` opens the database (one writer at a time, migrations, backups), `records` reads and
changes signers, `search` filters and sorts in SQL, `csv_import`/`vcard` bring people in, `csv_export` and
`privacy` take them out or erase them. Nothing here imports Qt.
"""
