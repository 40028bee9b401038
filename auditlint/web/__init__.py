"""``auditlint serve``: a local web page for auditors, and a JSON API.

The page (paste a draft or upload a file, see the annotated view of the HTML
report, download a reviewed Word copy), the rules page and ``POST /api/check``
are served by a FastAPI app (:mod:`auditlint.web.app`) under uvicorn
(:mod:`auditlint.web.server`). The rules and the NLP pipeline load once, at
start-up; checks run one at a time on a worker thread of their own. Privacy rules: see
:mod:`auditlint.web.guard` (who may ask, security headers), :mod:`auditlint.web.logs`
(method, path and status only) and :mod:`auditlint.web.forms` (bodies kept in
memory, never spooled to disk).

This package imports FastAPI; the ``auditlint`` command imports it only for ``serve``.
"""

from __future__ import annotations

from .app import Settings, create_app

__all__ = ["Settings", "create_app"]
