"""Writing output files safely: never over a file without --force, never half-written."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import AuditlintError


def write_atomic(path: str | Path, data: str | bytes, force: bool = False, inputs: tuple[str, ...] = ()) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    The file is created readable by its owner only: reports quote children's records.
    """
    target = Path(path)
    resolved = target.resolve()
    for src in inputs:
        try:
            if Path(src).resolve() == resolved:
                raise AuditlintError(f"{target}: refusing to write over an input file")
        except OSError:
            continue
    if target.exists() and not force:
        raise AuditlintError(f"{target}: already exists; use --force to replace it")
    if target.exists() and target.is_dir():
        raise AuditlintError(f"{target}: is a folder")
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise AuditlintError(f"{target}: folder {folder} does not exist")
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
