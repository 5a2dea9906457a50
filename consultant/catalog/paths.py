"""Where the catalog reads and writes.

Shipped data lives inside the package (``consultant/data``): the team's CPT
YAML, feature tokens, public CMS files and our bundling rules.  Everything a
site adds or derives lives in the *catalog directory*: imported releases and
licensed descriptors under ``overlay/`` (never shipped), and the compiled
cache under ``cache/``.  The directory is ``$CONSULTANT_CATALOG_DIR`` when
set, else ``<var_dir>/catalog`` where var_dir is ``$CONSULTANT_VAR_DIR`` or
``./var`` (the settings default), so tests point it at a temporary folder.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
CPT_DIR = DATA_DIR / "cpt"
FEATURES_DIR = DATA_DIR / "features"
CMS_DIR = DATA_DIR / "cms"
BUNDLING_DIR = DATA_DIR / "bundling"

SHIPPED = {
    "hcpcs": CMS_DIR / "hcpcs_2026_jan.csv.gz",
    "pfs": CMS_DIR / "pfs_2025_jan.csv.gz",
    "mue": CMS_DIR / "mue_practitioner_2026q2.csv.gz",
    "numbers": CMS_DIR / "code_numbers_2025_2026.csv.gz",
    "rules": BUNDLING_DIR / "rules.yaml",
}

# overlay file names; each replaces (hcpcs, pfs, mue) or adds to (ncci, ama) shipped data
OVERLAY_FILES = {
    "hcpcs": "hcpcs.csv.gz",
    "pfs": "pfs.csv.gz",
    "mue": "mue.csv.gz",
    "ncci": "ncci_ptp.csv.gz",
    "ama": "ama_cpt.json.gz",
    "versions": "versions.json",
}


@dataclass(frozen=True)
class CatalogDirs:
    """The site's catalog directory and its two halves."""

    root: Path

    @property
    def overlay(self) -> Path:
        return self.root / "overlay"

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def overlay_file(self, kind: str) -> Path:
        """Path of one overlay file (it may not exist)."""
        return self.overlay / OVERLAY_FILES[kind]


def catalog_dirs(root: str | os.PathLike[str] | None = None) -> CatalogDirs:
    """Resolve the catalog directory from an argument or the environment."""
    if root is None:
        env = os.environ.get("CONSULTANT_CATALOG_DIR")
        if env:
            root = env
        else:
            root = Path(os.environ.get("CONSULTANT_VAR_DIR", "var")) / "catalog"
    return CatalogDirs(Path(root).resolve())


def source_for(kind: str, dirs: CatalogDirs) -> Path:
    """The overlay file for ``kind`` when a site imported one, else shipped."""
    if kind in OVERLAY_FILES:
        over = dirs.overlay_file(kind)
        if over.exists():
            return over
    return SHIPPED[kind]
