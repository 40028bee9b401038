"""Lexicons: the word lists rules use, as data an authority can edit.

``rules/lexicons/NAME.yml`` (or ``NAME.txt``, one entry a line) is the
bundled list. A file of the same name in a configured ``lexicon_dirs`` folder
is added to it: lists are extended, mappings merged; a top-level
``replace: true`` replaces the bundled file instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import ConfigError
from .resources import builtin_rules_dir

# PyYAML is imported only when a text is parsed (or a parse failed): texts found in the cache
# below need none of it, and ``auditlint rules`` is spared its import (~20 ms).


def yaml_error() -> type[Exception]:
    """``yaml.YAMLError``, importing PyYAML. As an ``except`` clause's expression it is only
    evaluated when something was raised, so a clean run never imports PyYAML for it."""
    import yaml

    return yaml.YAMLError


def safe_load(text: str) -> Any:
    """``yaml.safe_load``, with libyaml's parser when PyYAML was built with it: about five
    times faster on the rule files and lexicons, with the same data. On an error the
    pure-Python parser reads the text again, so error messages (and their line numbers) are
    the same with or without libyaml."""
    import yaml

    fast_loader = getattr(yaml, "CSafeLoader", None)
    if fast_loader is not None:
        try:
            return yaml.load(text, Loader=fast_loader)  # noqa: S506 - a safe loader
        except yaml.YAMLError:
            pass
    return yaml.safe_load(text)


# -- parsed YAML kept on disk ------------------------------------------------------
# Even libyaml takes ~0.1 s of every cold start to read the bundled lexicons and rule
# files (~370,000 characters). The parse of each text is kept as JSON, which Python
# reads ~20 times faster, in one file of the cache folder (auditlint.compiled), keyed
# by a hash of the text itself: an edited file is a new text, parsed again. Only data
# JSON gives back exactly (mappings with string keys, lists, strings, numbers, true,
# false, null; no dates, no shared anchors) is kept; anything else, and any text that
# is not valid YAML, is parsed every time, as before.
_PARSED_FILE = "yaml-parsed.txt"
_PARSED_FORMAT = "1"
_PARSED_KEEP = 5_000  # texts kept; past that the file starts again from this process's texts
_STORED: list[dict[str, str]] = []  # [hash of a text -> its parse as JSON], read once per process


def _text_hash(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _pyyaml_version() -> str:
    """``yaml.__version__``, without importing PyYAML when it can be read from its source."""
    from .compiled import package_version

    version = package_version("yaml", "__init__.py", "__version__")
    if version is None:
        import yaml

        version = getattr(yaml, "__version__", "?")
    return version


def _parsed_key() -> str:
    from . import __version__

    return f"auditlint {__version__} yaml {_PARSED_FORMAT} pyyaml {_pyyaml_version()}"


def _stored() -> dict[str, str]:
    if not _STORED:
        from .compiled import read_cached

        body = read_cached(_PARSED_FILE, _parsed_key())
        stored: dict[str, str] = {}
        for line in (body or "").split("\n"):
            digest, tab, js = line.partition("\t")
            if tab:
                stored[digest] = js
        _STORED.append(stored)
    return _STORED[0]


def _json_exact(data: Any) -> bool:
    """``data`` comes back equal, and of the same types, from JSON (and holds no object twice)."""
    import math

    seen: set[int] = set()
    todo = [data]
    while todo:
        x = todo.pop()
        if x is None or type(x) in (str, bool, int):
            continue
        if type(x) is float:
            if not math.isfinite(x):
                return False
            continue
        if type(x) not in (dict, list) or id(x) in seen:
            return False
        seen.add(id(x))
        if type(x) is dict:
            if not all(type(k) is str for k in x):
                return False
            todo.extend(x.values())
        else:
            todo.extend(x)
    return True


def safe_load_all(texts: list[str]) -> list[Any]:
    """:func:`safe_load` of each text, or the ``yaml.YAMLError`` it raised (returned, not raised).
    Texts read before on this machine come from the cache folder; the new ones are added to it
    in one write."""
    import json

    stored = _stored()
    out: list[Any] = []
    new: dict[str, str] = {}
    for text in texts:
        digest = _text_hash(text)
        js = stored.get(digest)
        if js is not None:
            try:
                out.append(json.loads(js))
                continue
            except ValueError:
                stored.pop(digest, None)
        try:
            data = safe_load(text)
        except yaml_error() as exc:
            out.append(exc)
            continue
        out.append(data)
        if _json_exact(data):
            new[digest] = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if new:
        _store_parsed(stored, new, texts)
    return out


def _store_parsed(stored: dict[str, str], new: dict[str, str], texts: list[str]) -> None:
    from .compiled import cache_dir, write_cached

    stored.update(new)
    if cache_dir() is None:
        return
    if len(stored) > _PARSED_KEEP:  # start again from this call's texts
        wanted = {_text_hash(t) for t in texts}
        for digest in [d for d in stored if d not in wanted]:
            del stored[digest]
    write_cached(_PARSED_FILE, _parsed_key(), "\n".join(f"{d}\t{js}" for d, js in stored.items()))


def _read(path: Path, parsed: dict[Path, Any] | None = None) -> Any:
    """A lexicon file's data; ``parsed``: YAML files parsed ahead (:func:`safe_load_all`), taken from it."""
    try:
        if path.suffix == ".txt":
            lines = path.read_text(encoding="utf-8").splitlines()
            return {"entries": [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]}
        if parsed is not None and path in parsed:
            data = parsed.pop(path)
            if isinstance(data, BaseException):  # the YAMLError its parse raised
                raise data
            return data or {}
        return safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml_error() as exc:
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
        self._parsed: dict[Path, Any] | None = None

    def _parse_ahead(self) -> dict[Path, Any]:
        """Every YAML lexicon of the folders, parsed in one :func:`safe_load_all` (one cache
        read, at most one write); a file that can't be read is left to :func:`_read`."""
        if self._parsed is None:
            from .compiled import cache_dir

            paths, texts = [], []
            if cache_dir() is None:  # no cache: each lexicon is parsed when it is asked for, as before
                self._parsed = {}
                return self._parsed
            for folder in self.dirs:
                if not folder.is_dir():
                    continue
                for path in sorted(folder.iterdir()):
                    if path.suffix in (".yml", ".yaml") and path.is_file():
                        try:
                            texts.append(path.read_text(encoding="utf-8"))
                        except (OSError, UnicodeError):
                            continue
                        paths.append(path)
            self._parsed = dict(zip(paths, safe_load_all(texts)))
        return self._parsed

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
                    part = _read(path, self._parse_ahead())
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
