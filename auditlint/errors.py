"""Errors that reach the user as one clear line, never a traceback."""

from __future__ import annotations


class AuditlintError(Exception):
    """Base class: anything auditlint reports as a usage or input error (exit 2)."""


class InputError(AuditlintError):
    """A file that cannot be read as an audit; names the file and line."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"

    def to_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message}


class ConfigError(AuditlintError):
    """A configuration or rule-pack problem; names the file (and line or key)."""


class ModelMissingError(AuditlintError):
    """The spaCy English model is not installed."""
