"""Grammar backends for AL503: LanguageTool, or the built-in offline checker.

A backend has a ``name`` (what the output reports as the grammar checker that
ran), ``check(text, doc=None, *, names=()) -> list[Issue]`` and ``close()``.
Offsets in an :class:`Issue` are Python ``str`` offsets into the text checked.

Which backend runs is the configuration's ``[grammar] backend``:

``auto`` (the default)
    LanguageTool when one is configured - ``grammar.server_url``, or a local
    LanguageTool found through language-tool-python's own settings (the
    ``LTP_JAR_DIR_PATH`` or ``LTP_PATH`` environment variables, or its default
    download folder) - else the built-in offline checker. When a configured
    LanguageTool cannot be used (refused as a public service, not reachable),
    the built-in checker runs and its name says why LanguageTool did not.
``languagetool``
    LanguageTool, or :class:`BackendUnavailable` with the reason (AL503 is
    then reported as not run, never silently passed).
``builtin``
    The built-in offline checker (:mod:`auditlint.grammar.builtin`): spaCy
    checks on the shared parse, nothing leaves the machine.
``off``
    No grammar checking; AL503 reports that it did not run.

Audit text is about children and is never sent to a public service: see
:func:`auditlint.grammar.languagetool.endpoint_refusal` for the rule that
decides what counts as public. This module imports neither spaCy nor
language-tool-python, so the CLI can call :func:`public_service_warning`
cheaply.
"""

from __future__ import annotations

import atexit
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from ..config import Config, GrammarConfig


@dataclass(frozen=True)
class Issue:
    """One grammar problem: ``text[start:end]`` (Python str offsets)."""

    start: int
    end: int
    message: str
    replacements: tuple[str, ...] = ()
    rule_id: str = ""
    category: str = ""


class BackendUnavailable(Exception):
    """No backend could be set up; the message is the reason, for the output."""


class BackendError(Exception):
    """A backend that was working failed while checking (a server stopped answering)."""


class GrammarBackend:
    """The interface every backend implements."""

    name: str = ""
    needs_doc: bool = False  # True: ``check`` needs the spaCy Doc of the text

    def check(self, text: str, doc: Doc | None = None, *, names: Iterable[str] = ()) -> list[Issue]:
        """Issues in ``text`` (one paragraph). ``doc`` is its shared spaCy parse
        (the built-in checker needs it; LanguageTool ignores it); ``names`` are
        people's names or anonymised references (the child's) in the text."""
        raise NotImplementedError  # pragma: no cover - interface

    def close(self) -> None:
        """Release what the backend holds (a local server process)."""


@dataclass(frozen=True)
class GrammarOptions:
    """Backend-independent settings that come from the rule file's parameters."""

    disabled_categories: frozenset[str] = frozenset()  # LanguageTool categories not asked for
    disabled_rules: frozenset[str] = frozenset()  # LanguageTool rule ids not asked for
    builtin_checks: tuple[str, ...] | None = None  # None = every built-in check
    timeout: float = 30.0  # seconds per LanguageTool request


def _grammar(config: Config | GrammarConfig) -> GrammarConfig:
    return getattr(config, "grammar", config)  # a Config or its GrammarConfig


def _key(g: GrammarConfig, options: GrammarOptions) -> tuple:
    return (g.backend, g.server_url, g.allow_public_service, g.language, options)


# -- the per-process cache -------------------------------------------------
_CACHE: dict[tuple, GrammarBackend | BackendUnavailable] = {}
_LOCK = threading.Lock()


def select_backend(config: Config | GrammarConfig, options: GrammarOptions | None = None) -> GrammarBackend:
    """The backend for this configuration, created once per process.

    Raises :class:`BackendUnavailable` (the reason, also cached) when none can
    run. Backends are closed at interpreter exit.
    """
    g = _grammar(config)
    options = options or GrammarOptions()
    key = _key(g, options)
    with _LOCK:
        found = _CACHE.get(key)
        if found is None:
            try:
                found = _create(g, options)
            except BackendUnavailable as exc:
                found = exc
            _CACHE[key] = found
    if isinstance(found, BackendUnavailable):
        raise found
    return found


def forget_backend(config: Config | GrammarConfig, options: GrammarOptions | None, reason: str) -> None:
    """A backend broke while checking: close it, and remember the reason so
    the rest of the run reports it instead of retrying a dead server."""
    key = _key(_grammar(config), options or GrammarOptions())
    with _LOCK:
        old = _CACHE.get(key)
        _CACHE[key] = BackendUnavailable(reason)
    if isinstance(old, GrammarBackend):
        old.close()


def close_backends() -> None:
    """Close every backend this process created (registered with atexit)."""
    with _LOCK:
        backends = [b for b in _CACHE.values() if isinstance(b, GrammarBackend)]
        _CACHE.clear()
    for b in backends:
        try:
            b.close()
        except Exception:  # pragma: no cover - closing must never fail the run
            pass


atexit.register(close_backends)


def _builtin(options: GrammarOptions, note: str = "") -> GrammarBackend:
    from .builtin import BuiltinChecker

    return BuiltinChecker(options.builtin_checks, note=note)


def _create(g: GrammarConfig, options: GrammarOptions) -> GrammarBackend:
    if g.backend == "off":
        raise BackendUnavailable("grammar checking is off (grammar.backend = \"off\")")
    if g.backend == "builtin":
        return _builtin(options)
    from . import languagetool as lt

    if g.backend == "languagetool":
        return lt.create(g, options)  # raises BackendUnavailable with the reason
    # auto: LanguageTool when one is configured, else the built-in checker
    if not g.server_url and lt.find_local() is None:
        return _builtin(options)
    try:
        return lt.create(g, options)
    except BackendUnavailable as exc:
        return _builtin(options, note=f"LanguageTool not used: {exc}")


def public_service_warning(config: Config) -> str | None:
    """The data-protection warning the CLI prints (to stderr) when AL503 may
    send audit text to a public LanguageTool service because the configuration
    allows it (``grammar.allow_public_service = true``); None otherwise."""
    g = config.grammar
    if g.backend not in ("auto", "languagetool") or not g.server_url or not g.allow_public_service:
        return None
    if not config.enabled("AL503"):
        return None
    from .languagetool import endpoint_refusal

    if endpoint_refusal(g.server_url, allow_public=False) is None:
        return None  # a loopback or intranet server: the text stays inside
    return (
        f"grammar.allow_public_service is true, so AL503 sends the audit text to {g.server_url}, "
        "a LanguageTool service outside your network. Audits are about children: make sure your "
        "data-protection officer has agreed to this, or set grammar.server_url to your own "
        "LanguageTool server (or grammar.backend = \"builtin\")."
    )


__all__ = [
    "BackendError",
    "BackendUnavailable",
    "GrammarBackend",
    "GrammarOptions",
    "Issue",
    "close_backends",
    "forget_backend",
    "public_service_warning",
    "select_backend",
]
