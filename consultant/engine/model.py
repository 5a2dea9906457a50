"""The one dataclass that travels through the engine's stages.

``CaseState`` starts as the case text and gathers, stage by stage, the zones
that must not produce codes, sentences and sections, extracted facts and
procedure mentions, candidate groups, the decisions and finally the answer.
Every fact keeps its character span into ``text`` so explanations can cite it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Fact:
    """One thing the text says, with its span and assertion status."""

    kind: str  # procedure | feature | size | length | area | count | time | dose | age | sex | ...
    text: str
    start: int
    end: int
    assertion: str = "present"  # present | negated | historical | hypothetical | family
    value: Any = None
    unit: str = ""
    sentence: int = -1

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "start": self.start,
                               "end": self.end, "assertion": self.assertion}
        if self.value is not None:
            out["value"] = self.value
        if self.unit:
            out["unit"] = self.unit
        return out


@dataclass(slots=True)
class Mention:
    """A procedure phrase matched against catalog terms."""

    fact: Fact
    codes: dict[str, float]  # code -> match strength
    term: str = ""


@dataclass(slots=True)
class Candidate:
    """One code considered for one procedure group, with its score trail."""

    code: str
    entry: Any
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    against: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # deciding facts the text lacks
    evidence: list[Fact] = field(default_factory=list)


@dataclass(slots=True)
class Group:
    """One distinct procedure: its mentions and ranked candidates."""

    mentions: list[Mention]
    candidates: list[Candidate] = field(default_factory=list)
    kind: str = "procedure"  # procedure | visit | drug | addon

    @property
    def sentences(self) -> set[int]:
        return {m.fact.sentence for m in self.mentions}

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(slots=True)
class Choice:
    """A code in the answer (recommended or a near miss)."""

    code: str
    entry: Any
    recommended: bool
    confidence: float
    units: int = 1
    modifiers: list[str] = field(default_factory=list)
    rationale: str = ""
    evidence: list[Fact] = field(default_factory=list)
    group: Group | None = None
    notes: list[str] = field(default_factory=list)


@dataclass
class CaseState:
    """Everything known about one case as it passes through the stages."""

    id: str
    text: str
    ignored: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, why
    sections: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, label
    sentences: list[tuple[int, int]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def present(self, kind: str) -> list[Fact]:
        """Facts of one kind that the text asserts as done/true."""
        return [f for f in self.facts if f.kind == kind and f.assertion == "present"]

    def sentence_of(self, pos: int) -> int:
        for i, (s, e) in enumerate(self.sentences):
            if s <= pos < e:
                return i
        return -1

    def is_ignored(self, pos: int) -> bool:
        return any(s <= pos < e for s, e, _ in self.ignored)
