"""The checks behind the page and the API: one engine, loaded once, used one check at a time.

:class:`Checker` is built at start-up (the rules, the lexicons, the section
catalogue and the NLP pipeline, warmed up on a short built-in text), then
every request reads its draft from memory and runs the same engine as
``auditlint check``. Checks hold a lock, so the engine and spaCy are never used
by two threads at once; the web app runs them with :meth:`Checker.run` on the
checker's own thread, so the event loop stays free to answer other requests.

One thread, not a pool: checks run one at a time anyway, and every thread that
parses gets its own glibc malloc arena, each holding on to freed memory. Run
from a pool of 20-40 threads (Starlette's ``run_in_threadpool``), the server's
resident memory grew by about 1 MB a request under load (315 MB to 820 MB in
400 requests from 20 clients); on one thread it stays flat
(``benchmarks/webload.py``). Checks waiting for the thread are queued, not
parked on a thread each, and a queued check whose request is cancelled (the
server stopping) is dropped without running.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, TypeVar
from pathlib import PurePosixPath, PureWindowsPath

from ..config import Config
from ..engine import Engine, return_free_memory
from ..errors import AuditlintError, InputError
from ..findings import AuditResult
from ..model import Audit, Notice
from ..readers import read_text
from ..readers.decode import decode
from ..ruletypes.plain import spelling_dictionary_loads
from ..sections import catalogue

TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "markdown"}
STRUCTURED_SUFFIXES = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}
WORD_SUFFIX = ".docx"
ACCEPTED = (".md", ".txt", ".docx", ".markdown", ".json", ".yaml", ".yml")
FORMATS = {"markdown": "markdown", "md": "markdown", "text": "markdown", "txt": "markdown", "json": "json", "yaml": "yaml"}
PASTED_NAME = "pasted-draft.md"
T = TypeVar("T")

# A short fictional audit checked once at start-up: it loads what the rules load lazily (the parser's
# first batch, the spelling and grammar checkers, the syllable dictionary of the readability rule), so the
# first real check is as fast as the others. It is long enough for the length-gated rules to run.
WARM_UP = """\
---
audit_id: WARM-UP
child_ref: XXXX
audit_date: 2023-02-14
auditor: Team Manager
---
# Help, Protection and Stability
Grade: Good

XXXX is nine and lives with her mother and younger brother. The CIN plan was reviewed in March, and as a
result XXXX now sees her father every week, which she says makes her feel happier and safer at home. The
social worker visited regularly and saw XXXX alone on each visit; she told the worker that she likes her new
school and has made two friends. Mother has engaged well with the parenting programme and the home
conditions have improved, so the risk of neglect has reduced and XXXX is attending school every day. There
were no police call-outs since the summer, and the plan is working for her.

Actions:
- The social worker will update the chronology by 28 February 2023.
- Update case summary asap.

# Recording and Communication
Grade: Requires Improvement to be Good

Case notes are not up to date. The chronology has not been updated since 2021 and the recieved letters were
not uploaded, so the record does not show what happened for XXXX.

# Assessment
Grade: Good

The assessment considered XXXX's history and explained how the risks to her have changed.

# Relationships and Direct Work
Grade: Good

The worker completed direct work with XXXX about her worries, and she now talks about them with her mother.

# Multi-agency Planning
Grade: Good

The school and the health visitor attended every meeting and their views shaped the plan.

# Supervision and Management Oversight
Grade: Good

Supervision took place monthly and the manager challenged the drift in the plan.

# Impact and Outcomes
Grade: Good

XXXX is safer and happier, and her attendance has improved to 98 per cent.

# Practitioner discussion
I discussed the audit with the social worker, who agreed with the findings.

# Family and child feedback
Mother said the worker listened to her.
"""


class RejectedFile(AuditlintError):
    """A file the page does not read (its type): the message says what to do."""


@dataclass
class Outcome:
    """What one check produced."""

    name: str
    results: list[AuditResult] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    reviewed: bytes | None = None  # the annotated Word copy, for a .docx
    seconds: float = 0.0


def mb(n: int) -> str:
    """A size as people read it (1 MB = 1024 x 1024 bytes, as in the settings)."""
    if n < 100 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    v = f"{n / (1024 * 1024):.1f}"
    return f"{v[:-2] if v.endswith('.0') else v} MB"


def safe_name(filename: str) -> str:
    """The file's own name, without any folder a browser sent (``C:\\fakepath\\...``)."""
    name = PureWindowsPath(PurePosixPath(filename or "").name).name
    name = "".join(c for c in name if c.isprintable()).strip()
    return name[:120] or "upload"


def suffix_of(name: str) -> str:
    return PurePosixPath(name).suffix.lower()


def check_type(name: str) -> str:
    """The suffix of an accepted file, or :class:`RejectedFile` saying what to do."""
    suffix = suffix_of(name)
    if suffix == ".doc":
        raise RejectedFile(
            f"{name}: this is an old Word 97-2003 (.doc) file. Open it in Word, choose File > Save As, "
            "pick 'Word Document (.docx)', and upload that."
        )
    if suffix not in ACCEPTED:
        raise RejectedFile(
            f"{name}: auditlint cannot read {suffix or 'files without an extension'} files. "
            "Upload a Word document (.docx) or a Markdown or text file (.md, .txt), or paste the draft instead."
        )
    return suffix


class Checker:
    """The engine and everything it needs, loaded once."""

    def __init__(self, config: Config):
        started = time.perf_counter()
        self.config = config
        self.engine = Engine(config)
        extra = tuple(sorted(p for d in config.rule_dirs for p in [d / "sections.yml"] if p.is_file()))
        self.catalogue = catalogue(extra)
        self.max_upload_bytes = int(config.web.max_upload_mb * 1024 * 1024)
        self.max_file_bytes = min(self.max_upload_bytes, int(config.limits.max_file_mb * 1024 * 1024))
        self._lock = threading.Lock()
        # every check runs on this one thread (see the module's docstring); the model loads there too
        self._dictionary_loads_frozen = 0  # spelling dictionaries loaded and frozen (see _settle)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="auditlint-check")
        self._executor.submit(self._warm_up).result()
        if gc.isenabled():
            # What is alive now lives as long as the server (the rules' word lists, phrase tables, matchers:
            # lists and frozensets of 230,000 entries): out of the collector's view, a full pass after each
            # check takes about 10 ms instead of 160-250 ms (as nlp.load does for the model's objects).
            gc.collect()
            gc.freeze()
        self._dictionary_loads_frozen = spelling_dictionary_loads()
        self.load_seconds = time.perf_counter() - started

    def _warm_up(self) -> None:
        if self.engine.needs_nlp:
            from .. import nlp

            nlp.load()
        self.check_text(WARM_UP, "warm-up.md")  # the first real check is then as fast as the others

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` (a check: :meth:`check_text`, :meth:`check_file`) on the checker's own thread.

        Cancelling the awaiting task drops the check if it has not started yet.
        """
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args))

    def close(self) -> None:
        """Drop the queued checks and let the thread end (after the check it is running, if any)."""
        self._executor.shutdown(wait=False, cancel_futures=True)

    @property
    def specs(self):
        return self.engine.specs

    def _run(self, audit: Audit) -> list[AuditResult]:
        with self._lock:
            return self.engine.check([audit])

    # -- entry points (blocking: call them in a worker thread) -----------------------
    def check_text(self, text: str, name: str = PASTED_NAME, fmt: str = "markdown") -> Outcome:
        try:
            return self._check_text(text, name, fmt)
        finally:
            self._settle()

    def check_file(self, filename: str, data: bytes) -> Outcome:
        try:
            return self._check_file(filename, data)
        finally:
            self._settle()

    def _settle(self) -> None:
        """After each check: free what is left in reference cycles, then give the freed heap back.

        The engine pauses the collector while it parses and checks and runs one young-generation pass
        after; the collector is one for the whole process, so under load (checks back to back) it is
        paused for the event loop's thread too, and full passes are rare. A Word check's python-docx
        objects (the package and its parts refer to each other, and hold the libxml2 trees of the whole
        file, styles and all) outlive the young generation while the file is read and annotated, and
        waited for a full pass: about 5 MB of C heap a Word check. The server's memory was a sawtooth
        (webload, 600 requests, every 10%: 242 250 281 251 286 264 281 236 264 255 MB, peak 360; 30 Word
        checks alone: 229, 283, 255, 293 MB); with this pass it is flat (234-238 MB, peak 317). With the
        start-up objects frozen (``__init__``) the pass adds no measurable time (45 checks: 75.8 s, 75.3
        without; benchmarks/webmemory.py).

        A table loaded on first need is frozen too, after the pass that follows its check: the spelling
        rule's Hunspell dictionary (spylls; ~430,000 objects) loads when a draft first has a word the
        compiled word list cannot decide. Left in the collector's view, every full pass walked it, and
        the server's checks took twice as long from then on (webload, 2,000 requests: the first 1,000
        in 226 s, the second in 529 s; benchmarks/webmemory.py showed the step: +214,000 lists,
        +90,000 spylls Words).
        """
        if gc.isenabled():  # a caller (or a test) managing the collector is left to it
            gc.collect()
            loaded = spelling_dictionary_loads()
            if loaded != self._dictionary_loads_frozen:
                gc.freeze()  # after the pass: what is frozen is alive, not garbage
                self._dictionary_loads_frozen = loaded
            return_free_memory()

    def _check_text(self, text: str, name: str, fmt: str) -> Outcome:
        started = time.perf_counter()
        out = Outcome(name=name)
        fmt = FORMATS.get(fmt.lower(), fmt)
        if fmt not in ("markdown", "json", "yaml"):
            raise RejectedFile(f"unknown format {fmt!r}: use markdown, json or yaml")
        try:
            audit = self._read_text(text, name, fmt)
        except InputError as exc:
            out.errors.append(exc)
        else:
            out.results = self._run(audit)
        out.seconds = time.perf_counter() - started
        return out

    def _check_file(self, filename: str, data: bytes) -> Outcome:
        started = time.perf_counter()
        name = safe_name(filename)
        suffix = check_type(name)
        out = Outcome(name=name)
        try:
            if len(data) > self.max_file_bytes:
                raise InputError(name, f"the file is {mb(len(data))}; the limit is {mb(self.max_file_bytes)}")
            if suffix == WORD_SUFFIX:
                from ..readers.word import DocxLimits, read_docx

                limits = DocxLimits.from_config(self.config.limits, self.max_file_bytes)
                audit = read_docx(data, name, self.catalogue, limits=limits)
            else:
                text, encoding = decode(data)
                if "\x00" in text:
                    raise InputError(name, "contains NUL bytes: this is not a text file")
                audit = self._read_text(text, name, TEXT_SUFFIXES.get(suffix) or STRUCTURED_SUFFIXES[suffix])
                if encoding == "windows-1252":
                    audit.notices.insert(0, Notice(line=1, message="not UTF-8; read as Windows-1252"))
        except InputError as exc:
            out.errors.append(exc)
        else:
            out.results = self._run(audit)
            if suffix == WORD_SUFFIX:
                from ..word_comments import annotate_document

                out.reviewed = annotate_document(data, name, out.results[0]).data
        out.seconds = time.perf_counter() - started
        return out

    def _read_text(self, text: str, name: str, fmt: str) -> Audit:
        if "\x00" in text:
            raise InputError(name, "contains NUL bytes: this is not a text file")
        if len(text.encode("utf-8", errors="replace")) > self.max_file_bytes:
            raise InputError(name, f"the draft is larger than the limit of {mb(self.max_file_bytes)}")
        return read_text(text, name, fmt, self.catalogue, limits=self.config.limits)
