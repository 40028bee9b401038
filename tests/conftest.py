"""Shared test helpers: real spaCy, real rule files, no mocks."""

from __future__ import annotations

import datetime as dt
import textwrap
from functools import lru_cache
from pathlib import Path

import pytest

from auditlint.config import Config
from auditlint.engine import Engine
from auditlint.model import Action, Audit, Domain, Grade, TextBlock
from auditlint.readers import read_text

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
EXAMPLES = CORPORA / "examples"


@lru_cache(maxsize=64)
def engine_for(*codes: str) -> Engine:
    """An engine running only ``codes`` (all rules when none are given)."""
    return Engine(Config(select=list(codes) or ["AL"]))


def audit_from_markdown(md: str, path: str = "test.md") -> Audit:
    return read_text(textwrap.dedent(md), path)


def audit_with(
    domain: int = 1,
    paragraphs: list[str] | tuple[str, ...] = (),
    actions: list[str] | tuple[str, ...] = (),
    grade: Grade | None = Grade.GOOD,
    audit_date: dt.date | None = dt.date(2023, 2, 14),
    child_ref: str = "XXXX",
) -> Audit:
    """A one-domain audit built in code, for rules that look at one domain."""
    d = Domain(
        number=domain,
        grade=grade,
        paragraphs=[TextBlock(text=p) for p in paragraphs],
        actions=[Action(block=TextBlock(text=a), domain=domain) for a in actions],
    )
    return Audit(path="test", audit_id="test", child_ref=child_ref, audit_date=audit_date, domains=[d])


def codes_fired(audit: Audit, *codes: str) -> list[str]:
    result = engine_for(*codes).check([audit])[0]
    return [f.code for f in result.findings]


def findings(audit: Audit, *codes: str):
    return engine_for(*codes).check([audit])[0].findings


def sentence_fires(code: str, text: str) -> bool:
    """Whether rule ``code`` fires on ``text`` written as domain 2's narrative of an audit of XXXX."""
    return any(f.code == code for f in findings(audit_with(2, [text], child_ref="XXXX"), code))


@pytest.fixture
def tmp_audit(tmp_path):
    def write(md: str, name: str = "audit.md") -> Path:
        p = tmp_path / name
        p.write_text(textwrap.dedent(md), encoding="utf-8")
        return p

    return write
