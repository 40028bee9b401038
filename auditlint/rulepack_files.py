"""Rule files read without pydantic, and the rule documentation ``auditlint rules`` and
``auditlint rule`` show.

:func:`read_rule_files` gives every rule's mapping as its files give it (the bundled file,
with the keys of an authority's file of the same code over it); :func:`auditlint.rulepack.load_specs`
validates those into :class:`~auditlint.rulepack.RuleSpec` models.

Importing pydantic and building those models was most of the time ``auditlint rules`` took, so
:func:`rule_docs` keeps each spec it validated in the cache folder (:mod:`auditlint.compiled`,
``rule-specs.txt``) as the JSON of its fields, keyed by a hash of the file's name and of the
mapping it was validated from. The file's own key names auditlint's version, the text of
``rulepack.py`` (where the models are) and pydantic's version, so a change to any of them
validates again. When every rule's mapping is found there, the rules are given back as
:class:`RuleDoc` objects with the same fields and no pydantic is imported; otherwise they are
validated by :func:`~auditlint.rulepack.specs_from_files`, which reports a bad rule file exactly as
before. ``auditlint check`` and every other command validate the rule files every time.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from .errors import ConfigError
from .lexicons import _json_exact, safe_load, safe_load_all, yaml_error
from .resources import builtin_rules_dir

if TYPE_CHECKING:
    from .rulepack import RuleSpec

RawRules = dict[str, tuple[dict, Path]]  # code -> (its mapping, the file that gave it last)


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("AL*.y*ml") if p.is_file())


def _read_yaml(path: Path, parsed: Any = None) -> dict:
    """A rule file's mapping; ``parsed``: its text's parse (or the error) from :func:`safe_load_all`."""
    try:
        if parsed is None:
            parsed = safe_load(path.read_text(encoding="utf-8"))
        if isinstance(parsed, BaseException):
            raise parsed
        data = parsed
    except yaml_error() as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: rule file is not valid YAML") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a rule file is a mapping of keys (code, name, type, ...)")
    return data


def _parse_all(paths: list[Path]) -> list[Any]:
    """Each file's parsed YAML, the error it raised, or the error reading it raised; all the texts
    in one :func:`safe_load_all` (parsed YAML kept in the cache folder)."""
    texts: dict[int, str] = {}
    out: list[Any] = []
    for i, path in enumerate(paths):
        try:
            texts[i] = path.read_text(encoding="utf-8")
            out.append(None)
        except Exception as exc:  # raised in its turn, as when each file was read in the loop
            out.append(exc)
    for i, data in zip(texts, safe_load_all(list(texts.values()))):
        out[i] = data
    return out


def read_rule_files(extra_dirs: tuple[Path, ...] = ()) -> RawRules:
    """Every rule's mapping, bundled then the authority's, not validated yet."""
    raw: RawRules = {}
    for folder in (builtin_rules_dir(), *extra_dirs):
        seen_here: dict[str, Path] = {}
        paths = rule_files(folder)
        for path, parsed in zip(paths, _parse_all(paths)):
            data = _read_yaml(path, parsed)
            code = str(data.get("code", ""))
            if code in seen_here:
                raise ConfigError(f"{path}: duplicate rule code {code} (also in {seen_here[code]})")
            seen_here[code] = path
            if code in raw and folder != builtin_rules_dir():
                merged = {**raw[code][0], **data}
                raw[code] = (merged, path)
            else:
                raw[code] = (data, path)
    return raw


# -- validated specs kept on disk ------------------------------------------------------
_SPECS_FILE = "rule-specs.txt"
_SPECS_FORMAT = "1"
_SPECS_KEEP = 8  # sets of rule files kept (a rule folder of its own is a set); past that, only this one


class RuleDoc(SimpleNamespace):
    """A rule spec that validated before, read back from the cache folder: the fields of its
    :class:`~auditlint.rulepack.RuleSpec` (``examples`` too, as an object) and ``source``."""


def _specs_key() -> str | None:
    """The cache file's key; None (nothing kept) when the models' source or pydantic's version
    can't be read."""
    from . import __version__
    from .compiled import package_version

    pydantic_version = package_version("pydantic", "version.py", "VERSION")
    try:
        models = Path(__file__).with_name("rulepack.py").read_bytes()
    except OSError:
        return None
    if pydantic_version is None:
        return None
    models_hash = hashlib.sha256(models).hexdigest()[:32]
    return f"auditlint {__version__} rule-specs {_SPECS_FORMAT} rulepack {models_hash} pydantic {pydantic_version}"


def _file_set(extra_dirs: tuple[Path, ...]) -> tuple[list[Path], str] | None:
    """Every rule file :func:`read_rule_files` reads, in its order, and a hash of their paths and
    contents (what the validated specs depend on); None when one can't be read."""
    paths = [p for folder in (builtin_rules_dir(), *extra_dirs) for p in rule_files(folder)]
    h = hashlib.sha256()
    for path in paths:
        try:
            content = path.read_bytes()
        except OSError:
            return None
        h.update(f"{path}\0{len(content)}\0".encode("utf-8", "surrogateescape"))
        h.update(content)
    return paths, h.hexdigest()[:32]


def _stored(key: str) -> dict[str, str]:
    from .compiled import read_cached

    stored: dict[str, str] = {}
    for line in (read_cached(_SPECS_FILE, key) or "").split("\n"):
        digest, tab, js = line.partition("\t")
        if tab:
            stored[digest] = js
    return stored


def _docs(js: str, paths: list[Path]) -> dict[str, RuleDoc]:
    """The rules kept as ``js``: ``[code, index of the file that gave it last, fields]`` each."""
    docs = {}
    for code, index, fields in json.loads(js):
        examples = SimpleNamespace(**fields["examples"])
        docs[code] = RuleDoc(**{**fields, "examples": examples, "source": str(paths[index])})
    return docs


def rule_docs(extra_dirs: tuple[Path, ...] = ()) -> dict[str, RuleDoc] | dict[str, RuleSpec]:
    """Every rule, as :func:`~auditlint.rulepack.load_specs` gives it: from the validated specs
    kept in the cache folder when these rule files (paths and contents) validated before;
    validated (and kept) otherwise."""
    from .compiled import cache_dir

    key = _specs_key() if cache_dir() is not None else None
    files = _file_set(extra_dirs) if key else None
    stored = _stored(key) if key and files else {}
    if files and files[1] in stored:
        try:
            return _docs(stored[files[1]], files[0])
        except (ValueError, TypeError, KeyError, IndexError):  # a damaged entry: validated again below
            pass
    from .rulepack import specs_from_files

    specs = specs_from_files(read_rule_files(extra_dirs))
    if key and files:
        _keep(key, stored, files, specs)
    return specs


def _keep(key: str, stored: dict[str, str], files: tuple[list[Path], str], specs: dict[str, RuleSpec]) -> None:
    from .compiled import write_cached

    paths, digest = files
    index = {str(p): i for i, p in enumerate(paths)}
    rows = []
    for code, spec in specs.items():
        fields = spec.model_dump()
        if spec.source not in index or not _json_exact(fields):
            return  # kept only when JSON gives every field back as it is
        rows.append([code, index[spec.source], fields])
    if len(stored) >= _SPECS_KEEP:
        stored = {}
    stored[digest] = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
    write_cached(_SPECS_FILE, key, "\n".join(f"{d}\t{js}" for d, js in stored.items()))
