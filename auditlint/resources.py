"""Where the bundled rule files live, from a checkout or an installed wheel."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def builtin_rules_dir() -> Path:
    """The bundled ``rules/`` folder.

    In a wheel it is packaged as ``auditlint/_rules``; in a checkout (and an
    editable install) it is the ``rules/`` folder beside the package.
    """
    for candidate in (_PKG / "_rules", _PKG.parent / "rules"):
        if (candidate / "sections.yml").is_file():
            return candidate
    raise FileNotFoundError(
        "auditlint's rule files are missing: reinstall auditlint (pip install --force-reinstall auditlint)"
    )


def report_schema() -> dict:
    """The JSON Schema of ``auditlint check --format json`` output."""
    import json

    return json.loads((_PKG / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
