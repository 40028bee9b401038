"""Word (.docx) audits: built in the Word issue; until then a clear error."""

from __future__ import annotations

from ..errors import InputError
from ..model import Audit
from ..sections import SectionCatalogue


def read_docx(data: bytes, path: str, cat: SectionCatalogue) -> Audit:
    raise InputError(
        path,
        "Word (.docx) audits are not supported by this version of auditlint yet; "
        "save the audit as Markdown (.md) or plain text (.txt) and check that",
    )
