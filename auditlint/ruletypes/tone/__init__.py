"""Tone rule types (G-3.1b, G-3.1c): emotive language (AL401, the generic
lexicon type with the child's experience and hyperbole read from the parse),
blame aimed at a person (AL402), emphatic punctuation and shouting capitals
(AL403), and findings softened by work pressures or staff issues (AL205).

All three judge only the auditor's own voice: narrative, actions and the
practitioner/family sections, never headings or quoted speech. Lexicons are
compiled once, when the rule is set up (phrases are lemmatised on first use).

One module a rule type: :mod:`.blame` (AL402), :mod:`.emphatic` (AL403),
:mod:`.mitigation` (AL205) and :mod:`.emotive` (AL401). What they share:
:mod:`.clauses` (clause structure from the parse), :mod:`.people` (who is a
person or a professional) and :mod:`.word_lists` (a rule's word lists: found
in a Doc, read from a lexicon). Importing this package imports each rule
type's module, so that its type registers.
"""

from __future__ import annotations

from . import blame, emotive, emphatic, mitigation

__all__ = ["blame", "emotive", "emphatic", "mitigation"]
