"""Identifying details (names, dates of birth, addresses, numbers) where the audit
should use the anonymised reference; the detector is :mod:`auditlint.identifying`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field, field_validator

from ..identifying import KIND_LABELS, KINDS, Detector, is_anonymised_ref
from . import register
from .base import AuditContext, Hit, Params, RuleType

# What to write instead, per kind (the finding's fix).
FIXES = {
    "name": "Write {child} for the child and a role for anyone else (her mother, the social worker).",
    "date_of_birth": "Give the child's age instead of a date of birth.",
    "address": "Say where in general terms (the family home, a flat near her school), never the address.",
    "postcode": "Leave the postcode out; say the area in general terms if it matters.",
    "phone": "Leave the number out: it is on the child's record.",
    "email": "Leave the e-mail address out: it is on the child's record.",
    "nhs_number": "Leave the NHS number out: it is on the child's record.",
    "case_number": "Leave the record number out: the audit is already linked to the child's record.",
}


@register
class IdentifyingDetail(RuleType):
    """Fires on each identifying detail in the narrative and actions.

    Parameters: ``kinds`` (which of name, date_of_birth, address, postcode,
    phone, email, nhs_number, case_number to look for), ``case_number_pattern``
    (the authority's record-number regular expression; none by default, when
    only numbers introduced as a case/record/system number are found),
    ``role_lexicon`` and ``ignore_lexicon`` (words that are never names),
    ``names_lexicon`` (the gazetteer of forenames and surnames; null for none). The
    authority's ``vocabulary`` (config) is never a name either. The finding's
    message names the kind, never the value; ``{value}`` is available to an
    authority that overrides the message.
    """

    name = "identifying-detail"

    class Params(Params):
        kinds: list[str] = Field(default_factory=lambda: list(KINDS))
        case_number_pattern: str | None = None
        role_lexicon: str = "roles"
        ignore_lexicon: str = "identifying"
        vocabulary_lexicon: str | None = "care-vocabulary"
        names_lexicon: str | None = "names"

        @field_validator("kinds")
        @classmethod
        def _kinds(cls, v: list[str]) -> list[str]:
            bad = [k for k in v if k not in KINDS]
            if bad:
                raise ValueError(f"unknown kind {bad[0]!r}; known: {', '.join(KINDS)}")
            return v

        @field_validator("case_number_pattern")
        @classmethod
        def _pattern(cls, v: str | None) -> str | None:
            if v:
                try:
                    re.compile(v)
                except re.error as exc:
                    raise ValueError(f"not a valid regular expression ({exc.msg})") from None
            return v or None

    def setup(self) -> None:
        self._detectors: dict[tuple[str, ...], Detector] = {}

    def detector(self, vocabulary: tuple[str, ...]) -> Detector:
        if vocabulary not in self._detectors:
            p = self.params
            self._detectors[vocabulary] = Detector(
                self.lexicons,
                kinds=p.kinds,
                case_number_pattern=p.case_number_pattern,
                role_lexicon=p.role_lexicon,
                ignore_lexicon=p.ignore_lexicon,
                vocabulary_lexicon=p.vocabulary_lexicon,
                extra_ignore=vocabulary,
                names_lexicon=p.names_lexicon,
            )
        return self._detectors[vocabulary]

    def check(self, ctx: AuditContext) -> Iterator[Hit]:
        det = self.detector(tuple(ctx.config.vocabulary))
        child_ref = ctx.audit.child_ref or "XXXX"
        known: tuple[str, ...] = ()
        if not is_anonymised_ref(child_ref):  # the front matter gives the child's name as the reference
            known = tuple(w for w in child_ref.split() if w[:1].isupper())
            child_ref = "XXXX"
        blocks = [(b, d) for b, d in ctx.audit.blocks_by_domain() if b.text.strip()]
        # a name found anywhere in the audit is a name everywhere in it ("Sarah Jones" ... "Sarah")
        found = det.find_all([ctx.doc(b) for b, _ in blocks], child_ref=child_ref, known_names=known)
        for (block, domain), details in zip(blocks, found):
            for x in details:
                yield Hit(
                    block=block,
                    start=x.start,
                    end=x.end,
                    domain=domain,
                    values={"kind": KIND_LABELS[x.kind], "kind_code": x.kind, "value": x.text},
                    suggestion=FIXES[x.kind].format(child=ctx.child),
                )
