"""Lexicons: the word lists rules use, as data an authority can edit.

``rules/lexicons/NAME.yml`` (or ``NAME.txt``, one entry a line) is the
bundled list. A file of the same name in a configured ``lexicon_dirs`` folder
is added to it: lists are extended, mappings merged; a top-level
``replace: true`` replaces the bundled file instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError
from .resources import builtin_rules_dir

# libyaml's parser when PyYAML was built with it: about five times faster on the
# rule files and lexicons, with the same data. On an error the pure-Python
# parser reads the text again, so error messages (and their line numbers) are
# the same with or without libyaml.
_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, with libyaml's parser when it is there."""
    if _FAST_LOADER is not None:
        try:
            return yaml.load(text, Loader=_FAST_LOADER)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


def _read(path: Path) -> Any:
    try:
        if path.suffix == ".txt":
            lines = path.read_text(encoding="utf-8").splitlines()
            return {"entries": [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]}
        return safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: lexicon is not valid YAML") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read lexicon: {exc}") from None


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + extra
    return extra


class LexiconStore:
    """Loads each lexicon once and keeps it."""

    def __init__(self, extra_dirs: tuple[Path, ...] = ()):
        self.dirs = (builtin_rules_dir() / "lexicons", *extra_dirs)
        self._cache: dict[str, Any] = {}

    def get(self, name: str) -> Any:
        if name in self._cache:
            return self._cache[name]
        data: Any = None
        found = False
        for folder in self.dirs:
            for suffix in (".yml", ".yaml", ".txt"):
                path = folder / f"{name}{suffix}"
                if path.is_file():
                    found = True
                    part = _read(path)
                    if isinstance(part, dict) and part.pop("replace", False):
                        data = part
                    else:
                        data = part if data is None else _merge(data, part)
        if not found:
            raise ConfigError(f"lexicon {name!r} not found in {', '.join(str(d) for d in self.dirs)}")
        self._cache[name] = data
        return data

    def names(self) -> list[str]:
        return sorted({p.stem for d in self.dirs if d.is_dir() for p in d.iterdir() if p.suffix in (".yml", ".yaml", ".txt")})
