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
from .model import BundleEdit, CodeEntry


class Catalog:
    """CPT (our words) + HCPCS Level II + CMS facts + bundling, in memory."""

    def __init__(self, compiled: Compiled, ncci_db: Path | None = None) -> None:
        self._c = compiled
        self._by_code = {e.code: e for e in compiled.entries}
        self._children: dict[str, list[CodeEntry]] = defaultdict(list)
        for entry in compiled.entries:
            for parent in entry.parents:
                self._children[parent].append(entry)
        self._bundling = Bundling(compiled.rules, ncci_db)

    # lookup ----------------------------------------------------------------
    @property
    def entries(self) -> list[CodeEntry]:
        """Every entry, CPT first (file order), then HCPCS Level II."""
        return self._c.entries

    def get(self, code: str) -> CodeEntry | None:
        """The entry for a code (any case, surrounding blanks ignored)."""
        return self._by_code.get(code.strip().upper())

    def __contains__(self, code: str) -> bool:
        return self.get(code) is not None

    def children_of(self, parent: str) -> list[CodeEntry]:
        """Add-on entries that name ``parent`` among their parents."""
        return list(self._children.get(parent.strip().upper(), []))

    def is_valid_number(self, code: str) -> bool:
        """True for a code in the CMS code-number list or the HCPCS file,
        whether or not our catalog describes it yet."""
        code = code.strip().upper()
        return code in self._c.numbers or code in self._by_code

    def number_kind(self, code: str) -> str:
        """'CPT-I', 'CPT-II(F)', 'CPT-III(T)', 'CPT-PLA(U)', 'HCPCS' or ''."""
        code = code.strip().upper()
        entry = self._by_code.get(code)
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
        entries = self._c.entries
        scores = self._c.index.score(text)
        for code in self._c.index.codes_in(text):
            pos = self._position(code)
            if pos is not None:
                scores[pos] = scores.get(pos, 0.0) + 100.0
        ranked = sorted(scores.items(), key=lambda item: (-item[1], entries[item[0]].code))
        out: list[tuple[CodeEntry, float]] = []
        for pos, score in ranked:
            entry = entries[pos]
            if (system and entry.system != system.upper()) or (entry.deleted and not include_deleted):
                continue
            out.append((entry, round(score, 3)))
            if len(out) >= limit:
                break
        return out

    def _position(self, code: str) -> int | None:
        if not hasattr(self, "_positions"):
            self._positions = {e.code: i for i, e in enumerate(self._c.entries)}
        return self._positions.get(code)

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
        active = [e for e in self._c.entries if not e.deleted]
        return {
            "systems": dict(Counter(e.system for e in active)),
            "cpt_sections": dict(sorted(Counter(e.section for e in active if e.system == "CPT").items())),
            "deleted": sum(1 for e in self._c.entries if e.deleted),
            "bundling_pairs": len(self._bundling),
            "modifiers": len(self._c.modifiers),
        }
