"""What the server logs: the method, the path and the status of each request. Nothing else.

uvicorn's own access log is switched off (it logs the query string and the
client's address); :class:`~auditlint.web.guard.Guard` logs each request on
``auditlint.web.access`` instead, with the path alone (a download link's key is
masked). Errors are logged by their type only: an exception's message or
traceback may quote the audit, so neither is ever logged.
"""

from __future__ import annotations

import logging

ACCESS = logging.getLogger("auditlint.web.access")
ERRORS = logging.getLogger("auditlint.web")

LOG_CONFIG: dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(message)s", "datefmt": "%Y-%m-%d %H:%M:%S"},
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"},
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "WARNING", "propagate": False},
        "uvicorn.error": {"level": "WARNING"},
        "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
        "auditlint.web": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


def safe_path(path: str) -> str:
    """The request path as logged: a reviewed copy's download key is a secret, so it is masked."""
    if path.startswith("/reviewed/"):
        return "/reviewed/..."
    return path[:200]


def log_request(method: str, path: str, status: int | None) -> None:
    ACCESS.info('"%s %s" %s', method, safe_path(path), status if status is not None else "-")


def log_failure(where: str, exc: BaseException) -> None:
    """An error, by its type and the place in auditlint's code: never its message (it may quote the audit)."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "auditlint" in f.filename.replace("\\", "/")]
    at = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    ERRORS.error("%s failed: %s%s (details withheld: they may quote the audit)", where, type(exc).__name__, at)
