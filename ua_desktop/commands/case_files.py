"""`ua-desktop cases import|export|delete|archive|restore`: bring cases in, share them, tidy up.

Registered by commands/cases.py under `cases`. The same core functions serve the GUI's Cases menu.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ua_desktop.core.messages import QT_TRANSLATE_NOOP, MessageKind

# Handlers import the core lazily: building the parser must stay cheap because the GUI starts through it.
SUFFIX = ".uacase"  # the same as core.cases.share.SUFFIX (a test keeps them equal)


class CaseFilesCommandMessage(MessageKind):
    NOT_A_FILE = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} is not a file. Give the path of a .txt, .pdf, .docx, .html, .eml or .uacase file.",
    )
    ID_WITH_PACK = QT_TRANSLATE_NOOP(
        "CoreMessages", "--id does not apply to a .uacase file: the pack names its case."
    )
    NO_UA_NUMBER = QT_TRANSLATE_NOOP(
        "CoreMessages",
        "{path} has no UA number to name the case after; give the case an id with --id, for example "
        "--id ua-123-25.",
    )
    NO_CASE_TO_ARCHIVE = QT_TRANSLATE_NOOP(
        "CoreMessages", "Name the case to archive (ua-desktop cases archive ID), or use --list."
    )


def _clash_options(parser: argparse.ArgumentParser) -> None:
    choice = parser.add_mutually_exclusive_group()
    choice.add_argument(
        "--replace",
        dest="policy",
        action="store_const",
        const="replace",
        help="when a case with the same id exists, replace it",
    )
    choice.add_argument(
        "--keep-both",
        dest="policy",
        action="store_const",
        const="keep-both",
        help="when a case with the same id exists, keep both (the new one gets a free id such as ID-2)",
    )
    parser.set_defaults(policy="ask")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    imports = sub.add_parser(
        "import",
        help="make a case from an Urgent Action document (.txt, .pdf, .docx, .html, .eml) or a shared "
        ".uacase file",
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument(
        "--id", dest="case_id", metavar="ID", help="the new case's id (default: from the UA number)"
    )
    _clash_options(imports)
    imports.set_defaults(handler=cmd_import)

    export = sub.add_parser("export", help=f"write a case as one {SUFFIX} file to share with another group")
    export.add_argument("case_id", metavar="ID")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=cmd_export)

    delete = sub.add_parser("delete", help="delete one of your own cases")
    delete.add_argument("case_id", metavar="ID")
    delete.set_defaults(handler=cmd_delete)

    archive = sub.add_parser("archive", help="move one of your own cases to the archive (list: --list)")
    archive.add_argument("case_id", metavar="ID", nargs="?")
    archive.add_argument("--list", action="store_true", help="list the archived cases")
    archive.set_defaults(handler=cmd_archive)

    restore = sub.add_parser("restore", help="bring an archived case back")
    restore.add_argument("case_id", metavar="ID")
    _clash_options(restore)
    restore.set_defaults(handler=cmd_restore)


def cmd_import(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.importer import draft_from_file, import_report, is_shared_pack
    from ua_desktop.core.cases.manage import ClashPolicy, save_new_case
    from ua_desktop.core.cases.messages import CaseImportMessage
    from ua_desktop.core.cases.share import import_shared_case
    from ua_desktop.core.errors import UserError

    library = case_library(args)
    path: Path = args.file
    if not path.is_file():
        raise UserError(CaseFilesCommandMessage.NOT_A_FILE, path=path)
    if is_shared_pack(path):
        if args.case_id:
            raise UserError(CaseFilesCommandMessage.ID_WITH_PACK)
        result = import_shared_case(path, library, ClashPolicy(args.policy))
        print(f"Imported case {result.case.id} ({result.case.ua_number}) into {result.folder}")
        for name in result.ignored:
            print(f"  skipped unknown file in the pack: {name}")
        return 0
    try:
        draft = draft_from_file(path, library, args.case_id)
    except UserError as error:
        if error.message is not None and error.message.kind is CaseImportMessage.NO_UA_NUMBER:
            raise UserError(CaseFilesCommandMessage.NO_UA_NUMBER, path=path) from None
        raise
    folder = save_new_case(draft, library, ClashPolicy(args.policy))
    print(f"Imported case {draft.id} from {path.name} into {folder}")
    print(import_report(draft))
    if draft.review:
        print(f"Fix them in the case editor (Cases > Edit case…) or in {folder / 'case.toml'};")
        print(f"check the pack with: ua-desktop cases validate {folder}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.share import export_case

    case = case_library(args).get(args.case_id)
    target = export_case(case, args.file)
    print(f"Wrote {case.id} ({case.ua_number}) to {target}")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.manage import delete_case

    folder = delete_case(case_library(args), args.case_id)
    print(f"Deleted case {args.case_id} ({folder})")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.manage import archive_case, archived_cases
    from ua_desktop.core.deadline import deadline_status, describe_deadline_en
    from ua_desktop.core.errors import UserError

    library = case_library(args)
    if args.list:
        for case in archived_cases(library):
            status = describe_deadline_en(deadline_status(case.deadline))
            print(f"{case.id}\t{case.ua_number}\t{case.title}\t{status}")
        return 0
    if not args.case_id:
        raise UserError(CaseFilesCommandMessage.NO_CASE_TO_ARCHIVE)
    target = archive_case(library, args.case_id)
    print(
        f"Archived case {args.case_id} ({target}); 'ua-desktop cases restore {args.case_id}' brings it back"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from ua_desktop.commands.common import case_library
    from ua_desktop.core.cases.manage import ClashPolicy, restore_case

    folder = restore_case(case_library(args), args.case_id, ClashPolicy(args.policy))
    print(f"Restored case {folder.name} ({folder})")
    return 0
