"""auditlint's quality score of the audit's *writing* (0-100), never a practice grade.

The score answers one question: how ready is this audit's *writing* to be
submitted? It says nothing about the practice the audit describes; the
auditor's grades (Outstanding ... Inadequate) are grades of the practice and
every output shows the two apart.

The formula
===========

Every weight below lives in the configuration under ``[score]``
(:class:`ScoreConfig`, validated: an unknown key or a bad value is an error
naming the key). The defaults are calibrated on ``corpora/audits`` (see
``tests/test_scoring.py``: every audit labelled ``writing: strong`` scores
above every one labelled ``writing: weak``, in the tune split, the holdout
split and the examples).

**1. What a finding costs.** A finding's weight is

    weight = severity_weights[severity] x family_weights[family digit]

where the family digit is the rule code's first digit (AL2xx = analysis).
``code_weights`` replaces the family weight for single codes: by default
AL601 and AL602 (supervision gaps the audit *found in the record*) cost the
writing nothing, because recording a genuine practice gap is good writing;
AL601 still caps the band (step 5).

**2. A domain's findings factor** is

    P = exp(-cost / (scale x length)),   length = max(1, narrative words / words_per_unit)

``cost`` is the sum of the weights of the domain's findings. Dividing by
``length`` normalises for length: a domain twice as long may carry twice the
findings for the same factor, so a long audit is not punished for being long.

**3. A domain's positive evidence** ``E`` (0-1) is the weighted mean
(``evidence_weights``) of the components that can be measured:

- ``impact``: statements of what the practice meant for the child. From the
  sentence classifier (:func:`auditlint.ruletypes.analysis.classify_audit`):
  ``min(1, impact sentences / (impact_target x sentences))``.
- ``analysis``: sentences that judge quality or impact rather than report a
  process: ``min(1, (evaluation + impact) / (analysis_target x sentences))``.
- ``actions``: the share of the domain's actions that are SMART, i.e. that no
  ``smart_codes`` finding (no timescale, vague timescale, no owner, not
  specific, impossible date) sits on. A domain without actions leaves this
  component out.

When no sentence classes are available (no NLP rule was selected) the
impact and analysis components are left out; with no component at all the
domain's score is its findings factor alone.

**4. A domain's score** is

    domain = 100 x ((1 - evidence_share) x P + evidence_share x E)

and a missing domain scores 0.

**5. The audit's score** is

    audit = F x ((1 - voice_share) x mean(seven domain scores) + voice_share x 100 x V)

``V`` (0-1) is the mean of three voices (G-3.3): the child's (1 when a
sentence records the child's own words or views, per the classifier or the
text; otherwise 0.5 when no ``voice_codes['child']`` finding fired, i.e. the
audit said why the child could not be heard; otherwise 0), the family's and
the practitioner's (1 when none of their ``voice_codes`` findings fired).
``F = exp(-audit_cost / (scale x audit_length))`` for the findings that
belong to no domain (missing views, the practitioner and family sections),
with ``audit_length`` computed from the words outside the domains as in
step 2.

**6. Bands.** The first of ``bands`` (score floor, name) that the score
reaches: 85 "ready to submit", 70 "minor revisions", 50 "needs work",
otherwise "not ready". Domains get bands the same way. Any
immediate-response finding caps the audit's band at
``immediate_response_cap`` ("needs work"): such an audit is never "ready".

The breakdown (``--explain-score``, ``AuditResult.score_breakdown``) gives
every term in *audit points*, so the lines add up to the score: the points
each finding cost, the points each piece of evidence earned (of its
maximum), and the points audit-level findings cost.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError
from .findings import AuditResult, DomainScore
from .model import DOMAIN_NAMES, Grade

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .model import Audit
    from .ruletypes import AuditContext

EVIDENCE_COMPONENTS = ("impact", "analysis", "actions")
VOICES = ("child", "family", "practitioner")
SENTENCE_CLASSES = ("process", "evaluation", "impact", "other")
ENGINE_CODES_KEY = "engine.codes"  # ctx.cache: the codes of the rules that ran

# the child speaking, for the child's-voice evidence when the classifier gives no reason text
_SPEECH = (
    r"(?:said|says|told|tells|described|describes|explained|explains|wrote|writes|drew|draws|asked|asks|"
    r"shared|shares|wants|wanted|wished|wishes|hopes|hoped|feels|felt|worries|worried|likes|liked|"
    r"talked|talks|spoke|speaks|expressed|expresses|disclosed|chose|chooses)"
)


class ScoreConfig(BaseModel):
    """``[score]`` in the configuration. Every field is explained in this module's docstring."""

    model_config = ConfigDict(extra="forbid")

    severity_weights: dict[str, float] = Field(default_factory=lambda: {"error": 3.0, "warning": 1.5, "info": 0.5})
    family_weights: dict[str, float] = Field(
        default_factory=lambda: {"0": 0.0, "1": 1.2, "2": 1.5, "3": 1.0, "4": 1.2, "5": 0.6, "6": 1.2, "7": 1.0}
    )
    code_weights: dict[str, float] = Field(
        default_factory=lambda: {"AL601": 0.0, "AL602": 0.0},
        description="Replaces the family weight for single rule codes.",
    )
    scale: float = Field(default=10.0, gt=0)
    words_per_unit: float = Field(default=100.0, gt=0)
    evidence_share: float = Field(default=0.3, ge=0, le=1)
    evidence_weights: dict[str, float] = Field(
        default_factory=lambda: {"impact": 2.0, "analysis": 1.0, "actions": 1.0}
    )
    impact_target: float = Field(default=0.2, gt=0, le=1)
    analysis_target: float = Field(default=0.5, gt=0, le=1)
    smart_codes: list[str] = Field(default_factory=lambda: ["AL301", "AL302", "AL303", "AL304", "AL305"])
    voice_share: float = Field(default=0.1, ge=0, le=1)
    voice_codes: dict[str, list[str]] = Field(
        default_factory=lambda: {"child": ["AL206"], "family": ["AL106"], "practitioner": ["AL105"]}
    )
    bands: list[tuple[float, str]] = Field(
        default_factory=lambda: [
            (85.0, "ready to submit"),
            (70.0, "minor revisions"),
            (50.0, "needs work"),
            (0.0, "not ready"),
        ]
    )
    immediate_response_cap: str = "needs work"

    @field_validator("severity_weights")
    @classmethod
    def _severities(cls, v: dict[str, float]) -> dict[str, float]:
        for k, w in v.items():
            if k not in ("error", "warning", "info"):
                raise ValueError(f"{k!r} is not a severity (error, warning, info)")
            if w < 0:
                raise ValueError(f"weight of {k!r} must not be negative")
        return v

    @field_validator("family_weights")
    @classmethod
    def _families(cls, v: dict[str, float]) -> dict[str, float]:
        out = {}
        for k, w in v.items():
            key = str(k).upper().removeprefix("AL")
            if len(key) != 1 or not key.isdigit():
                raise ValueError(f"{k!r} is not a rule family digit (0-9, as in AL2xx -> \"2\")")
            if w < 0:
                raise ValueError(f"weight of family {k!r} must not be negative")
            out[key] = w
        return out

    @field_validator("code_weights")
    @classmethod
    def _codes(cls, v: dict[str, float]) -> dict[str, float]:
        out = {}
        for k, w in v.items():
            code = str(k).upper()
            if not re.fullmatch(r"AL\d{3}", code):
                raise ValueError(f"{k!r} is not a rule code like AL601")
            if w < 0:
                raise ValueError(f"weight of {k!r} must not be negative")
            out[code] = w
        return out

    @field_validator("evidence_weights")
    @classmethod
    def _evidence(cls, v: dict[str, float]) -> dict[str, float]:
        for k, w in v.items():
            if k not in EVIDENCE_COMPONENTS:
                raise ValueError(f"{k!r} is not an evidence component ({', '.join(EVIDENCE_COMPONENTS)})")
            if w < 0:
                raise ValueError(f"weight of {k!r} must not be negative")
        return v

    @field_validator("voice_codes")
    @classmethod
    def _voices(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for k in v:
            if k not in VOICES:
                raise ValueError(f"{k!r} is not a voice ({', '.join(VOICES)})")
        return {k: [c.upper() for c in codes] for k, codes in v.items()}

    @field_validator("smart_codes")
    @classmethod
    def _smart(cls, v: list[str]) -> list[str]:
        return [c.upper() for c in v]

    @model_validator(mode="after")
    def _bands(self) -> ScoreConfig:
        if not self.bands:
            raise ValueError("bands: give at least one (floor, name) pair")
        floors = [f for f, _ in self.bands]
        if floors != sorted(floors, reverse=True):
            raise ValueError("bands: list them from the highest floor to the lowest")
        if floors[-1] > 0:
            raise ValueError("bands: the last band's floor must be 0, so every score has a band")
        names = [n for _, n in self.bands]
        if len(set(names)) != len(names):
            raise ValueError("bands: band names must differ")
        if self.immediate_response_cap not in names:
            raise ValueError(f"immediate_response_cap: {self.immediate_response_cap!r} is not one of the bands")
        return self


def score_config(config: Config) -> ScoreConfig:
    """``[score]`` validated; a bad key is a :class:`ConfigError` naming the file and key."""
    try:
        return ScoreConfig.model_validate(config.score or {})
    except ValidationError as exc:
        where = str(config.source) if config.source else "configuration"
        parts = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            msg = "unknown setting" if err["type"] == "extra_forbidden" else err["msg"]
            parts.append(f"{where}: score{'.' + key if key else ''}: {msg}")
        raise ConfigError("; ".join(parts)) from None


def band_for(score: float, cfg: ScoreConfig) -> str:
    for floor, name in cfg.bands:
        if score >= floor:
            return name
    return cfg.bands[-1][1]


def finding_weight(f: Any, cfg: ScoreConfig) -> float:
    """What one finding costs (before length normalisation)."""
    family = cfg.code_weights.get(f.code)
    if family is None:
        family = cfg.family_weights.get(f.code[2:3], 1.0)
    return cfg.severity_weights.get(f.severity, 1.0) * family


# ---------------------------------------------------------------- sentence classes
SentenceKey = tuple[int, int]  # (domain number, paragraph index)


def sentence_classes(ctx: AuditContext) -> dict[SentenceKey, list[tuple[int, int, str]]] | None:
    """The classifier's class of every domain sentence, keyed by (domain, paragraph index).

    Offsets index the paragraph's ``text``. ``None`` when the audit was not
    parsed (no rule that needs the NLP pipeline was selected). The keys survive
    pickling (unlike ``id(block)``), so results sent between processes keep them.
    """
    key = "scoring.sentence_classes"
    if key in ctx.cache:
        return ctx.cache[key]
    out: dict[SentenceKey, list[tuple[int, int, str]]] | None
    details = _details(ctx)
    if details is None:
        out = None
    else:
        out = {}
        for d in ctx.audit.domains:
            for i, b in enumerate(d.paragraphs):
                out[(d.number, i)] = [(s.start, s.end, s.cls) for s in details.get(id(b), [])]
    ctx.cache[key] = out
    return out


def _details(ctx: AuditContext) -> dict[int, list[Any]] | None:
    blocks = [b for d in ctx.audit.domains for b in d.paragraphs]
    if not blocks:
        return {}
    try:
        ctx.doc(blocks[0])
    except RuntimeError:
        return None
    key = "scoring.sentence_details"
    if key not in ctx.cache:
        from .ruletypes.analysis import classify_audit_detail

        ctx.cache[key] = classify_audit_detail(ctx)
    return ctx.cache[key]


def _child_voice_in_classes(ctx: AuditContext) -> bool:
    details = _details(ctx) or {}
    for items in details.values():
        for s in items:
            if any("own words" in r or "child say" in r or "child tell" in r for r in getattr(s, "reasons", ())):
                return True
    return False


def child_voice_in_text(audit: Audit) -> bool:
    """A sentence where the child is the one speaking ("XXXX said she ...", "XXXX told me ...")."""
    child = re.escape(audit.child_ref or "XXXX")
    pattern = re.compile(rf"\b{child}\b(?:\s+\w+){{0,3}}?\s+{_SPEECH}\b", re.I)
    texts = [b.text for d in audit.domains for b in d.paragraphs]
    if audit.family is not None:
        texts += [b.text for b in audit.family.paragraphs]
    return any(pattern.search(t) for t in texts)


# ---------------------------------------------------------------- the score
def _words_outside_domains(audit: Audit) -> int:
    n = 0
    for s in (audit.practitioner, audit.family, *audit.extras):
        if s is not None:
            n += sum(p.words for p in s.paragraphs) + sum(a.block.words for a in s.actions)
    n += sum(a.block.words for a in audit.actions)
    return n


def _action_lines(block: Any) -> set[int]:
    return {seg.line for seg in block.segments}


def score_audit(ctx: AuditContext, result: AuditResult) -> None:
    """Fill ``result.score``, ``band``, ``domains`` and ``score_breakdown`` (see the module docstring)."""
    cfg = score_config(ctx.config)
    audit = ctx.audit
    classes = sentence_classes(ctx)
    ran: frozenset[str] | None = ctx.cache.get(ENGINE_CODES_KEY)

    def w(f: Any) -> float:
        return finding_weight(f, cfg)

    def where(f: Any) -> str:
        return f"{f.code} {f.name} (line {f.line})"

    per_domain = (1.0 - cfg.voice_share) / 7.0  # each domain's share of the audit, 0-1
    breakdown: list[dict] = []
    domain_scores: list[DomainScore] = []
    all_actions = audit.all_actions()

    for n in range(1, 8):
        d = audit.domain(n)
        fs = [f for f in result.findings if f.domain == n]
        if d is None:
            domain_scores.append(DomainScore(number=n, name=DOMAIN_NAMES[n], grade=None, score=0.0, band=band_for(0.0, cfg)))
            breakdown.append(
                {"domain": n, "kind": "lost", "what": "domain missing: it earns nothing",
                 "points": round(100.0 * per_domain, 2), "domain_points": 100.0}
            )
            continue
        # -- findings factor
        cost = sum(w(f) for f in fs)
        length = max(1.0, d.narrative_words / cfg.words_per_unit)
        factor = math.exp(-cost / (cfg.scale * length))
        # -- positive evidence
        comps: dict[str, tuple[float, str]] = {}
        if classes is not None:
            sents = [c for i in range(len(d.paragraphs)) for c in classes.get((n, i), [])]
            total = len(sents)
            counts = {k: sum(1 for s in sents if s[2] == k) for k in SENTENCE_CLASSES}
            if total:
                imp = min(1.0, counts["impact"] / (cfg.impact_target * total))
                ana = min(1.0, (counts["evaluation"] + counts["impact"]) / (cfg.analysis_target * total))
            else:
                imp = ana = 0.0
            comps["impact"] = (
                imp,
                f"impact on the child: {counts['impact']} of {total} sentences "
                f"(full marks at {round(100 * cfg.impact_target)}%)",
            )
            comps["analysis"] = (
                ana,
                f"analysis over process: {counts['evaluation']} evaluation + {counts['impact']} impact of {total} "
                f"sentences, {counts['process']} process (full marks at {round(100 * cfg.analysis_target)}%)",
            )
        acts = [a for a in all_actions if a.domain == n]
        if acts:
            smart_fs = [f for f in result.findings if f.code in cfg.smart_codes]
            smart = 0
            for a in acts:
                lines = _action_lines(a.block)
                if not any(f.line in lines for f in smart_fs):
                    smart += 1
            comps["actions"] = (smart / len(acts), f"SMART actions: {smart} of {len(acts)}")
        weights = {k: cfg.evidence_weights.get(k, 0.0) for k in comps}
        wsum = sum(weights.values())
        share = cfg.evidence_share if wsum > 0 else 0.0
        evidence = sum(weights[k] * comps[k][0] for k in comps) / wsum if wsum else 0.0
        score = 100.0 * ((1.0 - share) * factor + share * evidence)
        # -- explanation, in audit points (and the domain's own points)
        lost = 100.0 * (1.0 - share) * (1.0 - factor)
        for f in fs:
            if cost and w(f):
                dp = lost * w(f) / cost
                breakdown.append(
                    {"domain": n, "kind": "lost", "what": where(f), "code": f.code,
                     "points": round(dp * per_domain, 2), "domain_points": round(dp, 2)}
                )
        for k, (value, what) in comps.items():
            if not wsum:
                continue
            top = 100.0 * share * weights[k] / wsum
            breakdown.append(
                {"domain": n, "kind": "earned", "what": what, "component": k,
                 "points": round(top * value * per_domain, 2), "max": round(top * per_domain, 2),
                 "domain_points": round(top * value, 2), "domain_max": round(top, 2)}
            )
        domain_scores.append(
            DomainScore(
                number=n, name=d.name, grade=d.grade.value if d.grade else None,
                score=round(score, 1), band=band_for(score, cfg),
            )
        )
    if classes is None:
        breakdown.append(
            {"domain": None, "kind": "note", "points": 0.0,
             "what": "sentence classes not available (no rule that needs the NLP parse was selected): "
                     "impact and analysis evidence not counted"}
        )

    # -- voices (G-3.3)
    fired = {f.code for f in result.findings}
    skipped = {s.code for s in result.skipped}

    def judged(code: str) -> bool:
        if code in skipped or any(code.startswith(c) for c in audit.disabled):
            return False
        return code in ran if ran is not None else ctx.config.enabled(code)

    voices: dict[str, tuple[float, str]] = {}
    child_codes = cfg.voice_codes.get("child", [])
    if _child_voice_in_classes(ctx) or child_voice_in_text(audit):
        voices["child"] = (1.0, "the child's own words or views are recorded")
    elif child_codes and all(judged(c) for c in child_codes) and not fired & set(child_codes):
        voices["child"] = (0.5, "the child's words are not recorded, but the audit says why")
    else:
        voices["child"] = (0.0, "the child's own words or views are not recorded")
    for who, label in (("family", "the family's or carers' feedback"), ("practitioner", "the practitioner's view")):
        codes = cfg.voice_codes.get(who, [])
        missing = bool(fired & set(codes))
        checked = codes and any(judged(c) for c in codes)
        if not checked:
            section = audit.family if who == "family" else audit.practitioner
            missing = section is None or not any(p.text.strip() for p in section.paragraphs)
        voices[who] = (0.0 if missing else 1.0, f"{label} {'not ' if missing else ''}recorded")
    voice = sum(v for v, _ in voices.values()) / len(voices)
    for who, (value, what) in voices.items():
        top = 100.0 * cfg.voice_share / len(voices)
        breakdown.append(
            {"domain": None, "kind": "earned", "what": what, "component": f"voice:{who}",
             "points": round(top * value, 2), "max": round(top, 2)}
        )

    mean = sum(ds.score or 0.0 for ds in domain_scores) / 7.0
    pre = (1.0 - cfg.voice_share) * mean + cfg.voice_share * 100.0 * voice
    # -- findings outside the domains
    audit_fs = [f for f in result.findings if f.domain is None]
    audit_cost = sum(w(f) for f in audit_fs)
    audit_length = max(1.0, _words_outside_domains(audit) / cfg.words_per_unit)
    audit_factor = math.exp(-audit_cost / (cfg.scale * audit_length))
    total = pre * audit_factor
    lost_audit = pre - total
    for f in audit_fs:
        if audit_cost and w(f):
            breakdown.append(
                {"domain": None, "kind": "lost", "what": where(f), "code": f.code,
                 "points": round(lost_audit * w(f) / audit_cost, 2)}
            )
    band = band_for(total, cfg)
    if any(f.immediate_response for f in result.findings):
        order = [name for _, name in cfg.bands]
        if order.index(band) < order.index(cfg.immediate_response_cap):
            band = cfg.immediate_response_cap
        breakdown.append(
            {"domain": None, "kind": "cap", "points": 0.0,
             "what": f"an immediate-response finding: the band can be no better than {cfg.immediate_response_cap!r}"}
        )
    result.domains = domain_scores
    result.score = round(total, 1)
    result.band = band
    kind_order = {"cap": 0, "lost": 1, "earned": 2, "note": 3}
    result.score_breakdown = sorted(
        breakdown, key=lambda b: (kind_order[b["kind"]], -b["points"], b["domain"] or 0)
    )
    result.keep(audit=audit, sentence_classes=classes)


def _grouped(lost: list[dict]) -> list[tuple[float, str]]:
    """Lost points summed per (domain, code): "AL201 process-without-impact x6 (lines 39, 44)"."""
    groups: dict[tuple, dict] = {}
    for x in lost:
        if x["points"] <= 0:
            continue
        code = x.get("code")
        key = (x["domain"], code or x["what"])
        g = groups.setdefault(key, {"points": 0.0, "n": 0, "lines": [], "what": x["what"]})
        g["points"] += x["points"]
        g["n"] += 1
        m = re.search(r"\(line (\d+)\)$", x["what"])
        if m and m.group(1) not in g["lines"]:
            g["lines"].append(m.group(1))
    out = []
    for (domain, _), g in groups.items():
        what = g["what"]
        if g["n"] > 1:
            head = re.sub(r" \(line \d+\)$", "", what)
            lines = ", ".join(g["lines"])
            what = f"{head} x{g['n']} (line{'s' if len(g['lines']) > 1 else ''} {lines})"
        scope = f"domain {domain}" if domain else "audit"
        out.append((g["points"], f"{scope}: {what}"))
    return sorted(out, key=lambda t: -t[0])


def breakdown_rows(result: AuditResult) -> list[dict]:
    """The breakdown grouped for display: lost points per (domain, code), then every evidence term.

    Each row: ``kind`` ("lost" or "earned"), ``scope`` ("domain 3" or "audit"),
    ``what``, ``points`` and, for evidence, ``max`` (all in audit points).
    """
    b = result.score_breakdown
    lost = [x for x in b if x["kind"] == "lost"]
    rows = [
        {"kind": "lost", "scope": what.split(": ", 1)[0], "what": what.split(": ", 1)[1], "points": round(pts, 2)}
        for pts, what in _grouped([x for x in lost if x["domain"] is not None])
    ]
    rows += [
        {"kind": "lost", "scope": "audit", "what": what.split(": ", 1)[1], "points": round(pts, 2)}
        for pts, what in _grouped([x for x in lost if x["domain"] is None])
    ]
    for x in sorted((x for x in b if x["kind"] == "earned"), key=lambda x: (x["domain"] or 8, x.get("component", ""))):
        rows.append(
            {"kind": "earned", "scope": f"domain {x['domain']}" if x["domain"] else "audit", "what": x["what"],
             "points": x["points"], "max": x["max"]}
        )
    return rows


def explain(result: AuditResult) -> list[str]:
    """The breakdown as lines of text, in audit points that add up to the score:
    what cost how many points, and what earned points."""
    b = result.score_breakdown
    if result.score is None or not b:
        return []
    rows = breakdown_rows(result)
    lost_domain = sum(r["points"] for r in rows if r["kind"] == "lost" and r["scope"] != "audit")
    lost_audit = sum(r["points"] for r in rows if r["kind"] == "lost" and r["scope"] == "audit")
    earned = [r for r in rows if r["kind"] == "earned"]
    got = sum(r["points"] for r in earned)
    top = sum(r["max"] for r in earned)
    clean_max = 100.0 - top
    out = [
        f"score breakdown, in points of the audit's 100 (writing score {result.score:.1f}, not a practice grade):",
        f"  writing free of findings: {clean_max:.1f} available, {lost_domain:.1f} lost in the domains",
    ]
    out += [f"    -{r['points']:5.2f}  {r['scope']}: {r['what']}" for r in rows if r["kind"] == "lost" and r["scope"] != "audit"]
    out.append(f"  positive evidence: {top:.1f} available, {got:.1f} earned")
    out += [f"    +{r['points']:5.2f} of {r['max']:.2f}  {r['scope']}: {r['what']}" for r in earned]
    if lost_audit:
        out.append(f"  findings outside the domains: {lost_audit:.1f} lost")
        out += [f"    -{r['points']:5.2f}  audit: {r['what']}" for r in rows if r["kind"] == "lost" and r["scope"] == "audit"]
    out.append(
        f"  = {clean_max:.1f} - {lost_domain:.1f} + {got:.1f} - {lost_audit:.1f} = {result.score:.1f} "
        f"({result.band})"
    )
    for x in b:
        if x["kind"] in ("cap", "note"):
            out.append(f"  note: {x['what']}")
    return out
