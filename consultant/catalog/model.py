"""The catalog's value types: one :class:`CodeEntry` per code, the ranges it
carries (size, length, area, count, time, age, per-unit), and one
:class:`BundleEdit` per bundling pair.

They are plain frozen-ish dataclasses so that the compiled cache can pickle
them and the engine, the CLI and the web app can read them without touching
YAML or CSV.  ``with_`` is spelled with a trailing underscore because ``with``
is a Python keyword; :meth:`CodeEntry.to_dict` writes it back as ``with``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from operator import attrgetter
from typing import Any


@dataclass(slots=True)
class Range:
    """An inclusive range with a unit; ``min``/``max`` may be open (None).

    ``of`` names what a count counts (lesions, levels ...); ``amount`` is used
    by per-unit facts ("per 15 min": amount 15, unit min).
    """

    min: float | None = None
    max: float | None = None
    unit: str = ""
    of: str = ""
    amount: float | None = None
    percent_body: bool = False

    def contains(self, value: float) -> bool:
        """True when ``value`` lies inside the range (both ends inclusive)."""
        if self.min is not None and value < self.min:
            return False
        return self.max is None or value <= self.max


@dataclass(slots=True)
class Dosage:
    """The amount one HCPCS drug unit stands for, e.g. 250 mg."""

    amount: float
    unit: str


@dataclass(slots=True)
class CodeEntry:
    """Everything the catalog knows about one CPT or HCPCS Level II code."""

    code: str
    system: str  # "CPT" | "HCPCS"
    short: str
    description: str
    section: str = ""
    subsection: str = ""
    site: list[str] = field(default_factory=list)
    approach: str = ""
    action: str = ""
    terms: list[str] = field(default_factory=list)
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    contrast: str = ""
    size: Range | None = None
    length: Range | None = None
    area: Range | None = None
    count: Range | None = None
    time: Range | None = None
    age: Range | None = None
    laterality: str = ""
    addon: bool = False
    parents: list[str] = field(default_factory=list)
    per: Range | None = None
    timed: bool = False
    patient: str = ""
    mdm: str = ""
    setting: list[str] = field(default_factory=list)
    initial: bool = False
    subsequent: bool = False
    separate_procedure: bool = False
    components: list[str] = field(default_factory=list)
    professional_only: bool = False
    deleted: str = ""  # ISO date the code ended, "" when active
    replaced_by: list[str] = field(default_factory=list)
    new: int | None = None
    distinguish: str = ""
    anesthesia_base_units: int | None = None
    source_file: str = ""
    # CMS facts (PFS 2025, MUE 2026 Q2); None when CMS has no row
    pfs_status: str = ""
    global_days: str = ""  # "000" "010" "090" "XXX" "YYY" "ZZZ" "MMM"
    bilateral_ind: str = ""  # PFS BILAT_SURG: 1 = modifier 50 applies
    pctc_ind: str = ""  # PFS PCTC_IND: 1 = 26/TC split
    mult_proc: str = ""
    endo_base: str = ""
    work_rvu: float | None = None
    total_rvu_nonfacility: float | None = None
    total_rvu_facility: float | None = None
    mue_value: int | None = None
    mue_mai: int | None = None
    # HCPCS only
    dosage: Dosage | None = None
    is_drug: bool = False
    coverage: str = ""
    hcpcs_added: str = ""

    @property
    def active(self) -> bool:
        """False once the code has a deletion/termination date."""
        return not self.deleted

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``with_`` becomes ``with``, empty values dropped."""
        data = asdict(self)
        data["with"] = data.pop("with_")
        return {k: v for k, v in data.items() if v not in (None, "", [], False)} | {
            "code": self.code, "system": self.system, "short": self.short,
            "description": self.description, "addon": self.addon,
        }


@dataclass(slots=True, frozen=True)
class BundleEdit:
    """One procedure-to-procedure pair: column 2 is bundled into column 1.

    ``modifier_indicator`` follows NCCI: 0 never separately payable with
    column 1, 1 a modifier (59/XE/XP/XS/XU, anatomic) may unbundle when the
    services were distinct, 9 the edit no longer applies.
    """

    column1: str
    column2: str
    modifier_indicator: int
    reason: str
    source: str  # "ncci" | "consultant"
    effective: str = ""
    deleted: str = ""
    edition: str = ""  # "practitioner" | "hospital" | ""


# compact rows for the compiled cache: unpickling 15,000 tuples of plain
# values is several times faster than unpickling 15,000 dataclass objects
_FIELDS = [f.name for f in fields(CodeEntry)]
_RANGE_FIELDS = {"size", "length", "area", "count", "time", "age", "per"}
FIELD_INDEX = {name: i for i, name in enumerate(_FIELDS)}


_RANGE_SLOTS = [f.name for f in fields(Range)]
_DOSAGE_SLOTS = [f.name for f in fields(Dosage)]


_GET_ALL = attrgetter(*_FIELDS)
_GET_RANGE = attrgetter(*_RANGE_SLOTS)
_GET_DOSAGE = attrgetter(*_DOSAGE_SLOTS)
_NESTED = [FIELD_INDEX[name] for name in (*sorted(_RANGE_FIELDS), "dosage")]


def entry_to_row(entry: CodeEntry) -> tuple[Any, ...]:
    """Flatten an entry (and its ranges and dosage) into a tuple of plain values."""
    row = _GET_ALL(entry)
    if any(row[i] is not None for i in _NESTED):
        values = list(row)
        for i in _NESTED:
            value = values[i]
            if value.__class__ is Range:
                values[i] = _GET_RANGE(value)
            elif value.__class__ is Dosage:
                values[i] = _GET_DOSAGE(value)
        row = tuple(values)
    return row


_RANGE_POS = [FIELD_INDEX[name] for name in sorted(_RANGE_FIELDS)]
_DOSAGE_POS = FIELD_INDEX["dosage"]


def entry_from_row(row: tuple[Any, ...]) -> CodeEntry:
    """Rebuild the entry :func:`entry_to_row` flattened (positional: the row
    holds the fields in declaration order)."""
    if any(row[i] is not None for i in _NESTED):
        values = list(row)
        for i in _RANGE_POS:
            if values[i] is not None:
                values[i] = Range(*values[i])
        if values[_DOSAGE_POS] is not None:
            values[_DOSAGE_POS] = Dosage(*values[_DOSAGE_POS])
        return CodeEntry(*values)
    return CodeEntry(*row)
