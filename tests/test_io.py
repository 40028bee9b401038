"""Output files: atomic, owner-only, never over an input, never over a file without --force."""

from __future__ import annotations

import os
import stat

import pytest

from auditlint.errors import AuditlintError
from auditlint.io import write_atomic


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_file_is_readable_by_its_owner_only(tmp_path):
    out = tmp_path / "report.html"
    old = os.umask(0o022)  # a usual umask would make an ordinary file world-readable
    try:
        write_atomic(out, "<p>report</p>")
    finally:
        os.umask(old)
    assert out.read_text() == "<p>report</p>"
    assert _mode(out) == 0o600


def test_existing_file_needs_force_and_is_kept_without_it(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("the auditor's earlier report")
    with pytest.raises(AuditlintError, match="--force"):
        write_atomic(out, "{}")
    assert out.read_text() == "the auditor's earlier report"
    write_atomic(out, "{}", force=True)
    assert out.read_text() == "{}"


def test_an_input_is_never_overwritten_even_with_force(tmp_path):
    src = tmp_path / "draft.md"
    src.write_text("# Audit\n")
    with pytest.raises(AuditlintError, match="input"):
        write_atomic(tmp_path / "." / "draft.md", "x", force=True, inputs=(str(src),))
    assert src.read_text() == "# Audit\n"


def test_a_failed_write_leaves_neither_a_partial_file_nor_a_temporary_one(tmp_path, monkeypatch):
    out = tmp_path / "report.csv"
    out.write_text("old,complete\n")

    def broken_replace(a, b):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(out, "new,half", force=True)
    assert out.read_text() == "old,complete\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.csv"]
