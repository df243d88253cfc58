"""Letter-writing evenings: who came, what they signed, what still has to be printed, and the tally.

Modules: `schema` holds the tables (a migration in the roster's chain, so evenings live in the roster
database next to the signers they refer to), `model` the plain records, `evenings` starts, lists and ends
evenings, `session` signs people in, `queue` is the print queue, `tally` counts, `tally_report` writes the
evening's report, `printing` turns queue items into PDF pages. Nothing here imports Qt.

Privacy rule: the tally rows (`evening_letters`) carry no personal data, so the counts survive when a
person is erased; people who do not consent are never written to the database at all, their queued
letters live in memory until printed.
"""
