"""Helpers shared by the CLI sub-commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ua_desktop.core.paths import AppPaths, resolve_paths

if TYPE_CHECKING:  # the case library is imported by the commands that use it (not by `roster import`)
    from ua_desktop.core.cases.library import CaseLibrary


def app_paths(args: argparse.Namespace) -> AppPaths:
    """The data folders for this invocation (--data-dir, $UA_DESKTOP_DATA_DIR or per-user), created.

    A data folder on a write-protected stick is taken as it is: commands that only read work, and one that
    writes says so when it tries.
    """
    return resolve_paths(getattr(args, "data_dir", None)).ensure(read_only_ok=True)


def case_library(args: argparse.Namespace) -> CaseLibrary:
    from ua_desktop.core.cases.library import CaseLibrary

    return CaseLibrary.open(app_paths(args).cases_dir)


def group_country(args: argparse.Namespace) -> str:
    """The group's country (Settings.group_country, "" when not set): a signer who gives none is written,
    tidied and checked for it (postcodes, the order of numeric dates)."""
    from ua_desktop.core.settings import Settings

    return Settings.load(app_paths(args).settings_file).group_country or ""
