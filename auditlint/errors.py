"""Errors that reach the user as one clear line, never a traceback.

**No audit text in error messages (the rule).** Audits are about children, so
an error message, a log line or an internal-error finding names *where* the
problem is (the file, the line and column, the front-matter key or JSON field)
and *what* is wrong, but by default never quotes the audit's own words. What
a message may quote:

* file names and paths, field names and keys of the audit format
  (``audit_date``, ``domains.0.grade``), line and column numbers;
* auditlint's own catalogue (``rules/sections.yml``): the nearest grade in a
  "did you mean 'Good'?" hint, the accepted grades, section and domain names;
* a value written where the catalogue expects one of its words, *when it reads
  as such a word* (:func:`catalogue_word`): at most four words and 40
  characters of letters, spaces, hyphens and apostrophes, such as a mistyped
  grade (``'Requires Improvment'``, ``'Excellent'``). A value with digits,
  punctuation or more words (``Good, but Jane's plan ...``) is not quoted;
* one character at most from the text (``found character '\\t'``), never a
  word, a heading, a date as written or a sentence (a parser's own token names,
  such as ``'<stream end>'``, are kept);
* sizes and counts (``paragraph 12 has 250000 characters``).

A written grade, a heading, a date as written or an exception message that
might echo a sentence is kept in :attr:`InputError.detail` instead, and is
shown only with ``auditlint --debug``, which says on stderr that its output may
contain audit text. Reports themselves (findings with their excerpts, reader
notices) are the audit's review and do quote it; this rule is about errors and
logs, which people paste into tickets and chat.
"""

from __future__ import annotations

import re

_DEBUG = False


def set_debug(on: bool) -> None:
    """``auditlint --debug``: error messages may add audit text (their ``detail``)."""
    global _DEBUG
    _DEBUG = bool(on)


def debug_enabled() -> bool:
    return _DEBUG


_QUOTED = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")


_WORDISH = re.compile(r"[A-Za-z][A-Za-z' -]{0,39}")


def catalogue_word(text: str) -> str | None:
    """``text`` stripped when it may be quoted in an error (a mistyped catalogue word), else None."""
    t = text.strip()
    if _WORDISH.fullmatch(t) and len(t.split()) <= 4:
        return t
    return None


def without_quotes(message: str) -> str:
    """``message`` with any quoted text longer than one character replaced by ``'…'``.

    For messages of libraries (a YAML parser's ``found undefined alias 'x'``) that
    may quote the input; a quoted single character (``'\\t'``) is kept.
    """

    def keep(m: re.Match[str]) -> str:
        inner = m.group(0)[1:-1]
        if len(inner) <= 1 or re.fullmatch(r"\\.|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|<[a-z ]{1,20}>", inner):
            return m.group(0)  # one character, or a parser's token name ('<stream end>')
        return "'…'"

    return _QUOTED.sub(keep, message)


class AuditlintError(Exception):
    """Base class: anything auditlint reports as a usage or input error (exit 2)."""


class InputError(AuditlintError):
    """A file that cannot be read as an audit; names the file and line.

    ``message`` never quotes the audit (see the module docstring); ``detail`` may,
    and is added to the message only when debugging (``auditlint --debug``).
    """

    def __init__(
        self,
        path: str,
        message: str,
        line: int | None = None,
        column: int | None = None,
        detail: str | None = None,
    ):
        self.path = path
        self.line = line
        self.column = column
        self._message = message
        self.detail = detail
        super().__init__(path, message, line, column)

    @property
    def message(self) -> str:
        if _DEBUG and self.detail:
            return f"{self._message} [debug: {self.detail}]"
        return self._message

    @message.setter
    def message(self, value: str) -> None:
        self._message = value

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"

    def __reduce__(self):  # picklable (report --jobs sends errors between processes)
        return (type(self), (self.path, self._message, self.line, self.column, self.detail))

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message}


class ConfigError(AuditlintError):
    """A configuration or rule-pack problem; names the file (and line or key)."""


class ModelMissingError(AuditlintError):
    """The spaCy English model is not installed."""
