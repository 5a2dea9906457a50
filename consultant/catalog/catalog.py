"""The :class:`Catalog`: the read-only API the engine, the CLI and the web
app use to look codes up.  It wraps one compiled bundle (build.py) and the
bundling lookup; it never reads source files itself.

Dates are ISO strings.  Search scores are BM25-style relevance numbers: only
their order within one result list means anything.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

from .build import Compiled
from .bundling import Bundling
from .model import FIELD_INDEX, BundleEdit, CodeEntry, entry_from_row
from .search import CODE_BONUS

_CODE, _PARENTS = FIELD_INDEX["code"], FIELD_INDEX["parents"]


class Catalog:
    """CPT (our words) + HCPCS Level II + CMS facts + bundling, in memory."""

    def __init__(self, compiled: Compiled, ncci_db: Path | None = None) -> None:
        self._c = compiled
        rows = compiled.rows
        self._positions = {row[_CODE]: i for i, row in enumerate(rows)}
        self._built: list[CodeEntry | None] = [None] * len(rows)
        self._children: dict[str, list[int]] = defaultdict(list)
        for i, row in enumerate(rows):
            for parent in row[_PARENTS]:
                self._children[parent].append(i)
        self._bundling = Bundling(compiled.rules, ncci_db)

    def _entry(self, pos: int) -> CodeEntry:
        """Entries are rebuilt from compact rows on first use (fast loads)."""
        entry = self._built[pos]
        if entry is None:
            entry = self._built[pos] = entry_from_row(self._c.rows[pos])
        return entry

    # lookup ----------------------------------------------------------------
    @property
    def entries(self) -> list[CodeEntry]:
        """Every entry, CPT first (file order), then HCPCS Level II."""
        return [self._entry(i) for i in range(len(self._built))]

    def get(self, code: str) -> CodeEntry | None:
        """The entry for a code (any case, surrounding blanks ignored)."""
        pos = self._positions.get(code.strip().upper())
        return None if pos is None else self._entry(pos)

    def __contains__(self, code: str) -> bool:
        return self.get(code) is not None

    def children_of(self, parent: str) -> list[CodeEntry]:
        """Add-on entries that name ``parent`` among their parents."""
        return [self._entry(i) for i in self._children.get(parent.strip().upper(), [])]

    def is_valid_number(self, code: str) -> bool:
        """True for a code in the CMS code-number list or the HCPCS file,
        whether or not our catalog describes it yet."""
        code = code.strip().upper()
        return code in self._c.numbers or code in self._positions

    def number_kind(self, code: str) -> str:
        """'CPT-I', 'CPT-II(F)', 'CPT-III(T)', 'CPT-PLA(U)', 'HCPCS' or ''."""
        code = code.strip().upper()
        entry = self.get(code)
        if entry is not None and entry.system == "HCPCS":
            return "HCPCS"
        return self._c.numbers.get(code, "")

    def mue(self, code: str) -> tuple[int, int] | None:
        """(units per day, MAI) from the MUE file, or None when CMS sets none."""
        return self._c.mue.get(code.strip().upper())

    def official(self, code: str) -> dict[str, str]:
        """Licensed AMA descriptors a site imported (long/medium/short/
        consumer/clinician); empty when none were imported."""
        return dict(self._c.ama.get(code.strip().upper(), {}))

    # bundling --------------------------------------------------------------
    def bundling(self, code_a: str, code_b: str, on: str | None = None) -> BundleEdit | None:
        """The PTP edit between two codes (either order) in force on ``on``."""
        return self._bundling.get(code_a, code_b, on)

    def bundle_partners(self, code: str, on: str | None = None) -> list[BundleEdit]:
        """Every edit naming the code, as column 1 or column 2."""
        return self._bundling.partners(code, on)

    def bundling_rules(self) -> list[BundleEdit]:
        """The shipped consultant rules, expanded into pairs."""
        return self._bundling.shipped()

    # search ----------------------------------------------------------------
    def search(self, text: str, limit: int = 10, system: str | None = None,
               include_deleted: bool = False) -> list[tuple[CodeEntry, float]]:
        """Entries ranked for a free-text query, best first."""
        rows = self._c.rows
        scores = self._c.index.score(text)
        for code in self._c.index.codes_in(text):
            pos = self._positions.get(code)
            if pos is not None:
                scores[pos] = scores.get(pos, 0.0) + CODE_BONUS
        ranked = sorted(scores.items(), key=lambda item: (-item[1], rows[item[0]][_CODE]))
        out: list[tuple[CodeEntry, float]] = []
        for pos, score in ranked:
            entry = self._entry(pos)
            if (system and entry.system != system.upper()) or (entry.deleted and not include_deleted):
                continue
            out.append((entry, round(score, 3)))
            if len(out) >= limit:
                break
        return out

    # facts about the catalog -----------------------------------------------
    @property
    def modifiers(self) -> dict[str, str]:
        """Modifier code -> meaning (CPT in our words, Level II from CMS)."""
        return self._c.modifiers

    @property
    def versions(self) -> dict[str, str]:
        """Data versions: catalog, hcpcs, pfs, mue, code_numbers, ncci ..."""
        return dict(self._c.versions)

    @property
    def features(self) -> dict[str, list[str]]:
        """Feature token -> phrases that signal it in a note."""
        return self._c.features

    @property
    def problems(self) -> list[str]:
        """Problems met while compiling (unreadable files, duplicates)."""
        return list(self._c.problems)

    @property
    def code_numbers(self) -> dict[str, str]:
        """The valid CPT code-number list: code -> kind."""
        return self._c.numbers

    def counts(self) -> dict[str, object]:
        """Entry counts per system and per CPT section (active entries)."""
        entries = self.entries
        active = [e for e in entries if not e.deleted]
        return {
            "systems": dict(Counter(e.system for e in active)),
            "cpt_sections": dict(sorted(Counter(e.section for e in active if e.system == "CPT").items())),
            "deleted": sum(1 for e in entries if e.deleted),
            "bundling_pairs": len(self._bundling),
            "modifiers": len(self._c.modifiers),
        }
