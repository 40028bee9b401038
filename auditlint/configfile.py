"""Where the configuration is: ``auditlint.toml``, ``.auditlint.toml`` or a ``pyproject.toml``
with a ``[tool.auditlint]`` table, in the current folder or one of its parents.

Apart from :mod:`auditlint.config` (which validates the file with pydantic) so that a command
run where there is no configuration (``auditlint rules``, ``auditlint rule``) can tell, and use
the defaults, without importing pydantic.
"""

from __future__ import annotations

import sys
from pathlib import Path

CONFIG_NAMES = ("auditlint.toml", ".auditlint.toml", "pyproject.toml")


def find_config(start: Path) -> Path | None:
    start = start.resolve()
    for folder in (start, *start.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if not candidate.is_file():
                continue
            if name == "pyproject.toml":
                if sys.version_info >= (3, 11):  # imported here: most folders have no pyproject.toml
                    import tomllib
                else:  # pragma: no cover
                    import tomli as tomllib
                try:
                    data = tomllib.loads(candidate.read_text(encoding="utf-8"))
                except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
                    continue
                if "auditlint" not in data.get("tool", {}):
                    continue
            return candidate
    return None
