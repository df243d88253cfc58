""".uacase files: a pack shared between groups round-trips, and a hostile or broken one is refused."""

from __future__ import annotations

import shutil
import stat
import struct
import zipfile
from pathlib import Path

import pytest

from ua_desktop.core.cases.library import CaseLibrary
from ua_desktop.core.cases.loader import load_case
from ua_desktop.core.cases.manage import CaseIdClashError, ClashPolicy
from ua_desktop.core.cases.share import (
    MAX_MEMBERS,
    UnsafePackError,
    export_case,
    import_shared_case,
    read_pack_files,
)
from ua_desktop.core.errors import UserError
from ua_desktop.core.resources import bundled_cases_dir

BUNDLED = bundled_cases_dir() / "ua-034-25"


def pack_bytes() -> dict[str, bytes]:
    names = ["case.toml", "briefing.md", "source.txt", "letters/en.j2"]
    return {name: (BUNDLED / name).read_bytes() for name in names}


def write_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def user_files(library: CaseLibrary) -> list[str]:
    root = library.user_cases_dir
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []


def test_export_and_import_round_trip(tmp_path: Path, library: CaseLibrary) -> None:
    case = load_case(BUNDLED, bundled=True)
    shared = export_case(case, tmp_path / "out" / "ua-034-25")
    assert shared.name == "ua-034-25.uacase"
    with zipfile.ZipFile(shared) as archive:
        assert sorted(archive.namelist()) == ["briefing.md", "case.toml", "letters/en.j2", "source.txt"]
    other_group = CaseLibrary(tmp_path / "other" / "cases", bundled_dir=tmp_path / "no-bundled")
    result = import_shared_case(shared, other_group)
    assert result.case.id == "ua-034-25" and not result.ignored
    assert result.folder == other_group.user_cases_dir / "ua-034-25"
    for name in ("case.toml", "briefing.md", "source.txt", "letters/en.j2"):
        assert (result.folder / name).read_bytes() == (BUNDLED / name).read_bytes()
    assert stat.S_IMODE((result.folder / "case.toml").stat().st_mode) == 0o600


def test_clash_with_bundled_case_asks_then_replaces_or_keeps_both(
    tmp_path: Path, library: CaseLibrary
) -> None:
    shared = write_zip(tmp_path / "p.uacase", pack_bytes())
    with pytest.raises(CaseIdClashError) as info:
        import_shared_case(shared, library)
    assert info.value.existing.bundled and info.value.free_id == "ua-034-25-2"
    assert user_files(library) == []  # nothing left behind when the user has to decide
    kept = import_shared_case(shared, library, ClashPolicy.KEEP_BOTH)
    assert kept.case.id == "ua-034-25-2"
    replaced = import_shared_case(shared, library, ClashPolicy.REPLACE)
    assert replaced.case.id == "ua-034-25" and not replaced.case.bundled
    assert sorted(e.id for e in library.entries()) == ["ua-034-25", "ua-034-25-2"]


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "letters/../../evil.j2", "/etc/passwd", "C:/windows/evil", "letters\\..\\evil"],
)
def test_paths_leaving_the_pack_are_refused(tmp_path: Path, library: CaseLibrary, name: str) -> None:
    members = pack_bytes() | {name: b"owned"}
    shared = write_zip(tmp_path / "evil.uacase", members)
    with pytest.raises(UnsafePackError, match="leads outside the case pack"):
        import_shared_case(shared, library)
    assert not (tmp_path / "evil.txt").exists()
    assert user_files(library) == []


def test_symlink_member_is_refused(tmp_path: Path, library: CaseLibrary) -> None:
    shared = tmp_path / "link.uacase"
    write_zip(shared, {k: v for k, v in pack_bytes().items() if k != "briefing.md"})
    with zipfile.ZipFile(shared, "a") as archive:
        info = zipfile.ZipInfo("briefing.md")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/home/someone/.ssh/id_rsa")
    with pytest.raises(UnsafePackError, match="is a link"):
        import_shared_case(shared, library)


def test_zip_bomb_by_declared_size(tmp_path: Path, library: CaseLibrary) -> None:
    shared = tmp_path / "bomb.uacase"
    members = pack_bytes()
    members["briefing.md"] = b"A" * 30_000_000  # compresses to a few kilobytes
    write_zip(shared, members)
    assert shared.stat().st_size < 200_000
    with pytest.raises(UnsafePackError, match="MB"):
        import_shared_case(shared, library)
    assert user_files(library) == []


def _lie_about_size(path: Path, member: str, declared: int) -> None:
    """Rewrite the uncompressed size in the local and central headers of member."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    struct.pack_into("<I", data, info.header_offset + 22, declared)
    central = data.find(b"PK\x01\x02")  # first central directory record
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        name = bytes(data[central + 46 : central + 46 + name_length]).decode()
        if name == member:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_zip_bomb_that_lies_about_its_size(tmp_path: Path, library: CaseLibrary) -> None:
    shared = tmp_path / "liar.uacase"
    members = pack_bytes()
    members["source.txt"] = b"B" * 5_000_000
    write_zip(shared, members)
    _lie_about_size(shared, "source.txt", 1000)
    with pytest.raises(UnsafePackError) as info:
        read_pack_files(shared)
    # zipfile stops at the declared size and then fails its checksum; either way nothing big is kept
    assert "zip bomb" in str(info.value) or "not a readable .uacase" in str(info.value)
    assert user_files(library) == []


def test_too_many_members(tmp_path: Path) -> None:
    members = pack_bytes() | {f"notes/{i}.txt": b"x" for i in range(MAX_MEMBERS)}
    with pytest.raises(UnsafePackError, match="files; a case pack has a handful"):
        read_pack_files(write_zip(tmp_path / "many.uacase", members))


def test_unknown_files_are_skipped_and_listed(tmp_path: Path, library: CaseLibrary) -> None:
    members = pack_bytes() | {"run.sh": b"#!/bin/sh\nrm -rf ~\n", "letters/en.py": b"import os"}
    result = import_shared_case(write_zip(tmp_path / "extra.uacase", members), library, ClashPolicy.KEEP_BOTH)
    assert sorted(result.ignored) == ["letters/en.py", "run.sh"]
    assert not (result.folder / "run.sh").exists() and not (result.folder / "letters" / "en.py").exists()


def test_pack_zipped_as_a_folder(tmp_path: Path, library: CaseLibrary) -> None:
    members = {f"ua-034-25/{name}": data for name, data in pack_bytes().items()}
    members["__MACOSX/ua-034-25/._case.toml"] = b"\x00\x05\x16\x07"  # what macOS's "Compress" adds
    result = import_shared_case(write_zip(tmp_path / "folder.uacase", members), library, ClashPolicy.REPLACE)
    assert result.case.title == "Stop illegal expulsions to El Salvador"
    assert result.ignored == ["__MACOSX/ua-034-25/._case.toml"]


def test_unknown_schema_version(tmp_path: Path, library: CaseLibrary) -> None:
    members = pack_bytes()
    members["case.toml"] = members["case.toml"].replace(b"schema_version = 1", b"schema_version = 3")
    with pytest.raises(UserError, match="schema_version 3 is not supported") as info:
        import_shared_case(write_zip(tmp_path / "new.uacase", members), library)
    assert ".import-" not in str(info.value)  # the message names the file, not a scratch folder
    assert user_files(library) == []


def test_broken_template_is_refused(tmp_path: Path, library: CaseLibrary) -> None:
    members = pack_bytes()
    members["letters/en.j2"] = b"Dear {{ signer.first_name \n{% for x in %}"
    with pytest.raises(UserError, match="letters that cannot be used"):
        import_shared_case(write_zip(tmp_path / "tpl.uacase", members), library, ClashPolicy.KEEP_BOTH)


def test_not_a_zip_and_no_case_toml(tmp_path: Path, library: CaseLibrary) -> None:
    junk = tmp_path / "junk.uacase"
    junk.write_bytes(b"this is not a zip file at all")
    with pytest.raises(UnsafePackError, match=r"not a readable \.uacase file"):
        import_shared_case(junk, library)
    empty = write_zip(tmp_path / "empty.uacase", {"readme.txt": b"hello"})
    with pytest.raises(UnsafePackError, match=r"holds no case\.toml"):
        import_shared_case(empty, library)


def test_encrypted_member_is_refused(tmp_path: Path) -> None:
    shared = write_zip(tmp_path / "enc.uacase", pack_bytes())
    data = bytearray(shared.read_bytes())
    offset = 0
    while (offset := data.find(b"PK\x03\x04", offset)) != -1:  # set the "encrypted" bit everywhere
        data[offset + 6] |= 0x1
        offset += 4
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) != -1:
        data[offset + 8] |= 0x1
        offset += 4
    shared.write_bytes(bytes(data))
    with pytest.raises(UnsafePackError, match="encrypted"):
        read_pack_files(shared)


def test_export_refuses_nothing_but_needs_a_writable_place(tmp_path: Path) -> None:
    case = load_case(BUNDLED, bundled=True)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(UserError):
        export_case(case, blocker / "sub" / "x.uacase")
    copy = tmp_path / "copy"
    shutil.copytree(BUNDLED, copy)
    assert export_case(load_case(copy), tmp_path / "copy.UACASE").suffix == ".UACASE"
