"""Every rule file's own examples are its first fixtures: the weak example fires
the rule, the strengthened one does not. The documentation is executable."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from auditlint.errors import InputError
from auditlint.model import Grade
from auditlint.rulepack import load_specs
from auditlint.sections import catalogue

from .conftest import audit_from_markdown, audit_with, engine_for

SPECS = load_specs()


def build(spec, text: str):
    ex = spec.examples
    date = dt.date.fromisoformat(ex.audit_date) if ex.audit_date else dt.date(2023, 2, 14)
    grade = catalogue().parse_grade(ex.grade) if ex.grade else Grade.GOOD
    if ex.scope == "paragraph":
        paras = [p.strip() for p in textwrap.dedent(text).split("\n\n") if p.strip()]
        return audit_with(ex.domain, paras, grade=grade, audit_date=date)
    if ex.scope == "action":
        return audit_with(ex.domain, ["XXXX is nine and lives with her mother."], [text.strip()],
                          grade=grade, audit_date=date)
    front = f"---\naudit_id: example\nchild_ref: XXXX\naudit_date: {date.isoformat()}\n---\n\n"
    return audit_from_markdown(front + textwrap.dedent(text))


def fired(spec, text: str) -> bool:
    try:
        audit = build(spec, text)
    except InputError as exc:  # a rule that is also an input error (AL103 in Markdown)
        return spec.code in str(exc)
    result = engine_for(spec.code).check([audit])[0]
    assert not [f for f in result.findings if f.code == "AL000"], result.findings
    return any(f.code == spec.code for f in result.findings)


@pytest.mark.parametrize("code", sorted(SPECS))
def test_weak_example_fires(code):
    spec = SPECS[code]
    assert fired(spec, spec.examples.weak), f"{code}'s weak example does not fire it"


@pytest.mark.parametrize("code", sorted(SPECS))
def test_strong_example_passes(code):
    spec = SPECS[code]
    assert not fired(spec, spec.examples.strong), f"{code}'s strengthened example still fires it"
