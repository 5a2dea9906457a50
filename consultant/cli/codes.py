"""``consultant codes``: look codes up, search, show data versions, validate
the catalog, and import new CMS releases or licensed AMA files.

The commands are thin: the catalog (consultant.catalog) does the work.
``show --json`` prints one object ``{"codes": [...], "unknown": [...]}``,
documented in docs/CATALOG.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click


def _catalog():
    from ..catalog import get_catalog

    return get_catalog()


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


@click.group("codes")
def codes() -> None:
    """Look up CPT and HCPCS codes; import code data."""


@codes.command("show")
@click.argument("code_list", nargs=-1, required=True, metavar="CODE [CODE...]")
@click.option("--json", "as_json", is_flag=True, help="Print {\"codes\": [...], \"unknown\": [...]}.")
def show(code_list: tuple[str, ...], as_json: bool) -> None:
    """Everything the catalog knows about each CODE."""
    from ..catalog.describe import describe, render_text

    cat = _catalog()
    found, unknown = [], []
    for code in code_list:
        entry = cat.get(code)
        if entry is None:
            unknown.append(code.strip().upper())
        else:
            found.append(describe(cat, entry))
    if as_json:
        _echo_json({"codes": found, "unknown": unknown})
    else:
        click.echo("\n\n".join(render_text(d) for d in found))
        for code in unknown:
            kind = cat.number_kind(code)
            note = f"a valid {kind} number not yet described in our catalog" if kind else "not a known code"
            click.echo(f"{code}: {note}", err=True)
    if unknown and not found:
        sys.exit(1)


@codes.command("search")
@click.argument("text")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 200))
@click.option("--system", type=click.Choice(["CPT", "HCPCS"], case_sensitive=False))
@click.option("--json", "as_json", is_flag=True)
def search(text: str, limit: int, system: str | None, as_json: bool) -> None:
    """Ranked, typo-tolerant search by free TEXT."""
    hits = _catalog().search(text, limit=limit, system=system)
    if as_json:
        _echo_json([{"code": e.code, "system": e.system, "short": e.short,
                     "description": e.description, "score": s} for e, s in hits])
        return
    for entry, score in hits:
        click.echo(f"{entry.code:<6} {entry.system:<5} {score:7.2f}  {entry.short}")


@codes.command("info")
@click.option("--json", "as_json", is_flag=True)
def info(as_json: bool) -> None:
    """Data versions and counts per system and CPT section."""
    cat = _catalog()
    data = {"versions": cat.versions, **cat.counts()}
    if as_json:
        _echo_json(data)
        return
    click.echo("Data versions:")
    for key, value in data["versions"].items():
        click.echo(f"  {key:<15} {value}")
    click.echo("Entries (active):")
    for system, n in data["systems"].items():
        click.echo(f"  {system:<15} {n}")
    click.echo("CPT entries per section:")
    for section, n in data["cpt_sections"].items():
        click.echo(f"  {section:<26} {n}")
    click.echo(f"Deleted entries kept: {data['deleted']}")
    click.echo(f"Bundling pairs (ours): {data['bundling_pairs']}   Modifiers: {data['modifiers']}")


@codes.command("validate")
@click.option("--warnings/--no-warnings", default=True, show_default=True)
def validate_cmd(warnings: bool) -> None:
    """Run the catalog checks; exit 1 when any error is found."""
    from ..catalog.validate import validate

    problems = [p for p in validate(_catalog()) if warnings or p.level == "error"]
    for problem in problems:
        click.echo(str(problem))
    errors = sum(p.level == "error" for p in problems)
    click.echo(f"{errors} error(s), {len(problems) - errors} warning(s)")
    sys.exit(1 if errors else 0)


@codes.group("import")
def import_group() -> None:
    """Import a new CMS release or licensed AMA files into the site overlay."""


def _run_import(kind: str, paths: list[Path], **options: object) -> None:
    from ..catalog import get_catalog
    from ..catalog.importers import ImportFailed, run_importer
    from ..catalog.paths import catalog_dirs

    try:
        report = run_importer(kind, paths, catalog_dirs(), **options)
    except ImportFailed as exc:
        click.echo(f"import {kind}: rejected, nothing changed: {exc}", err=True)
        sys.exit(1)
    click.echo(str(report))
    get_catalog(reload=True)


_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@import_group.command("ama-cpt")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
def import_ama(directory: Path) -> None:
    """AMA CPT data files (LONGULT.txt, MEDU.txt, SHORTU.txt, Consumer/ClinicianDescriptor.txt)."""
    _run_import("ama-cpt", [directory])


@import_group.command("hcpcs")
@click.argument("zip_file", type=_FILE)
@click.option("--version", "version", default="", help="Label, e.g. '2026 Q2 (April 2026)'.")
def import_hcpcs(zip_file: Path, version: str) -> None:
    """A CMS HCPCS Level II quarterly ZIP (fixed-width ANWEB .txt inside)."""
    _run_import("hcpcs", [zip_file], version=version)


@import_group.command("pfs")
@click.argument("csv_file", type=_FILE)
@click.option("--version", "version", default="")
def import_pfs(csv_file: Path, version: str) -> None:
    """A CMS PFS relative value file (PPRRVU CSV)."""
    _run_import("pfs", [csv_file], version=version)


@import_group.command("mue")
@click.argument("csv_file", type=_FILE)
@click.option("--version", "version", default="")
def import_mue(csv_file: Path, version: str) -> None:
    """A CMS MUE CSV (practitioner, outpatient hospital or DME edition)."""
    _run_import("mue", [csv_file], version=version)


@import_group.command("ncci-ptp")
@click.argument("files", nargs=-1, required=True, type=_FILE)
@click.option("--edition", type=click.Choice(["practitioner", "hospital"]), default=None,
              help="Default: guessed from each file name.")
@click.option("--version", "version", default="")
def import_ncci(files: tuple[Path, ...], edition: str | None, version: str) -> None:
    """CMS NCCI procedure-to-procedure edit files (tab-delimited)."""
    _run_import("ncci-ptp", list(files), edition=edition, version=version)


def register(cli: click.Group) -> None:
    """Add the ``codes`` group to the main CLI."""
    cli.add_command(codes)
