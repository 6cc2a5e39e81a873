"""The ``eventwire`` command line: a thin layer over the library.

Each command parses its arguments, calls one library function and formats the result.
Exit codes: 0 every input processed, 1 some inputs rejected, 2 usage or configuration
error.
"""

from __future__ import annotations

import logging
import secrets
import sys
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .errors import EventwireError
from .models import Article, Rejected, RunSummary
from .settings import DEFAULTS, cut_offs

if TYPE_CHECKING:
    from .store import Store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Turn news articles about an armed conflict into a sourced event dataset.",
)
console = Console(stderr=True)
PROGRESS_BAR_MIN_FILES = 5
WIDE_OUTPUT_COLUMNS = 200  # tables written to a pipe or file are not squeezed to 80 columns
stdout = Console(width=None if Console().is_terminal else WIDE_OUTPUT_COLUMNS)
DEMO_OUT = "eventwire-demo"
INTERRUPTED_EXIT_CODE = 130  # the shell's convention for Ctrl-C


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    context: typer.Context,
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Say more: what each stage falls back on, and the traceback of every failure."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Say less: errors only, and no summary table."),
) -> None:
    """eventwire: noisy news articles in, a clean, sourced event dataset out."""
    context.obj = 1 if verbose else -1 if quiet else 0  # the verbosity the commands read
    _configure_logging(context.obj)


# the outputs' two cut-offs, as `run` and `export` take them
MIN_CONFIDENCE = typer.Option(
    None,
    "--min-confidence",
    min=0.0,
    max=1.0,
    help=f"Only the events at least this sure, 0 to 1 (0: all); alone, it sets political interactions' too [default: {DEFAULTS.min_confidence}]",
)
MIN_INTERACTION_CONFIDENCE = typer.Option(
    None,
    "--min-interaction-confidence",
    min=0.0,
    max=1.0,
    help=f"Only the political interactions at least this sure, 0 to 1 (0: all) [default: {DEFAULTS.min_interaction_confidence}]",
)


@app.command("run")
def run_command(
    context: typer.Context,
    paths: list[str] = typer.Argument(..., help="Files, directories or globs: .txt .html .jsonl .csv .xml"),
    meta: Path | None = typer.Option(None, "--meta", help="Manifest CSV: file,published,publisher,url,language"),
    db: str | None = typer.Option(None, "--db", help="SQLite file or database URL [default: eventwire.db]"),
    out: Path | None = typer.Option(None, "--out", help="Folder for events.jsonl/.csv/.geojson, articles.jsonl, report.html"),
    workers: int | None = typer.Option(None, "--workers", min=1, help="Worker processes [default: 1]"),
    config: Path | None = typer.Option(None, "--config", help="A TOML settings file"),
    follow_symlinks: bool | None = typer.Option(
        None, "--follow-symlinks/--no-follow-symlinks", help="Read files that links in an input folder point to outside it [default: no]"
    ),
    log: Path | None = typer.Option(None, "--log", help="Append a log of the run, with the traceback of every failure, to this file"),
    min_confidence: float | None = MIN_CONFIDENCE,
    min_interaction_confidence: float | None = MIN_INTERACTION_CONFIDENCE,
) -> None:
    """Process articles into the store and write the outputs."""
    verbosity = context.obj or 0
    if log is not None:
        _configure_logging(verbosity, log)
    options: dict[str, object] = {"meta": meta, "db": db, "out": out, "workers": workers, "config": config, "follow_symlinks": follow_symlinks}
    options["min_confidence"] = min_confidence  # alone, it sets political interactions' too; unset, the settings decide
    options["min_interaction_confidence"] = min_interaction_confidence if min_interaction_confidence is not None else min_confidence
    summary = _run_with_progress(paths, **options)
    _print_summary(summary, context.obj or 0)
    raise typer.Exit(summary.exit_code)


@app.command("export")
def export_command(
    db: str = typer.Option("eventwire.db", "--db", help="SQLite file or database URL"),
    format: str = typer.Option("jsonl", "--format", help="csv, jsonl or geojson"),
    output: Path | None = typer.Option(None, "-o", "--output", help="File to write [default: standard output]"),
    min_confidence: float | None = MIN_CONFIDENCE,
    min_interaction_confidence: float | None = MIN_INTERACTION_CONFIDENCE,
) -> None:
    """Write the stored events as CSV (ACLED columns), JSONL or GeoJSON."""
    from .export import EVENT_WRITERS, export_events

    if format not in EVENT_WRITERS:
        _fail(f"unknown format {format!r}; expected one of {', '.join(EVENT_WRITERS)}")
    store = _existing_store(db)
    events_cut_off, interactions_cut_off = cut_offs(min_confidence, min_interaction_confidence)
    if output:
        with output.open("w", encoding="utf-8", newline="") as handle:
            count = export_events(store, format, handle, events_cut_off, interactions_cut_off)
        console.print(f"wrote {count} events to {output}")
    else:
        export_events(store, format, sys.stdout, events_cut_off, interactions_cut_off)


@app.command("serve")
def serve_command(
    db: str = typer.Option("eventwire.db", "--db", help="SQLite file or database URL"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str | None = typer.Option(None, "--token", help="Token that corrections must carry [default: a new random one, printed]"),
) -> None:
    """Browse the stored events in a web browser, and query them over a JSON API (/api/, schema at /openapi.json)."""
    import uvicorn

    from .web import create_app

    store = _existing_store(db)
    token = token or secrets.token_urlsafe(24)
    console.print(f"eventwire: serving {escape(store.url)} at http://{host}:{port}/ (API at /api/events, schema at /openapi.json)")
    console.print(f"token for reviewing: {token}  (type it in an event page's review form, or send  Authorization: Bearer {token}  to the API)", soft_wrap=True)
    uvicorn.run(create_app(store, token), host=host, port=port, log_level="warning")


@app.command("demo")
def demo_command(
    context: typer.Context,
    db: str = typer.Option("eventwire.db", "--db", help="SQLite file or database URL"),
    out: Path = typer.Option(Path(DEMO_OUT), "--out", help="Output folder"),
) -> None:
    """Run on the example articles shipped with eventwire and show where the report is."""
    examples = resources.files("eventwire") / "examples"
    with resources.as_file(examples) as folder:
        summary = _run_with_progress([str(folder)], meta=folder / "manifest.csv", db=db, out=out, workers=None, config=None)
    _print_summary(summary, context.obj or 0)
    typer.echo(f"\nReport: {(out / 'report.html').resolve()}")
    raise typer.Exit(summary.exit_code)


@app.command("places")
def places_command(
    source: str = typer.Argument(..., help="An article file of any supported kind, or - for text on standard input"),
    format: str = typer.Option("table", "--format", help="table or jsonl"),
) -> None:
    """Print every place mention of an article: its resolution, coordinates and confidence."""
    import json

    from .analyse import places_in
    from .clean import clean
    from .codec import place_mention_to_json
    from .ingest import make_article, read_inputs

    if format not in ("table", "jsonl"):
        _fail(f"unknown format {format!r}; expected table or jsonl")
    if source == "-":
        items = [_or_fail(lambda: make_article("<stdin>", sys.stdin.read()))]
    else:
        items = list(_or_fail(lambda: list(read_inputs([source]))))
    rejected = [i for i in items if isinstance(i, Rejected)]
    for item in rejected:
        console.print(f"[red]rejected[/red] {escape(item.source)} ({item.stage}): {escape(item.reason)}", soft_wrap=True)
    for article, mentions in places_in(clean(a) for a in items if isinstance(a, Article)):
        if format == "jsonl":
            for mention in mentions:
                typer.echo(
                    json.dumps({"article": article.path, **{k: v for k, v in place_mention_to_json(mention).items() if k != "place"}}, ensure_ascii=False)
                )
        else:
            stdout.print(_places_table(article.path, mentions))
    raise typer.Exit(1 if rejected else 0)


def _places_table(title: str, mentions) -> Table:
    table = Table(title=title)
    for column in ("text", "offsets", "resolved to", "admin1", "country", "lat", "lon", "feature", "confidence", "method"):
        table.add_column(column)
    for m in mentions:
        p = m.place
        resolved = (p.name, p.admin1 or "", p.country_code, f"{p.latitude:.4f}", f"{p.longitude:.4f}", p.feature) if p else ("(unresolved)", "", "", "", "", "")
        table.add_row(m.text, f"{m.start}-{m.end}", *resolved, f"{m.confidence:.2f}", m.method)
    return table


@app.command("evaluate")
def evaluate_command(
    annotated: Path | None = typer.Argument(None, help="Annotated items (JSONL); default: the set shipped with eventwire"),
    check_floors: bool = typer.Option(False, "--check-floors", help="Exit 1 if a figure falls below its pinned floor"),
    floors: Path | None = typer.Option(None, "--floors", help="Floors file (JSON); default: the one shipped with eventwire"),
    show_misses: bool = typer.Option(False, "--misses", help="List every disagreement with the gold coding"),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object"),
) -> None:
    """Score the pipeline against hand-annotated sentences: precision, recall and F1 per field."""
    import json

    from .evaluate import NON_EVENT_CASES, below_floors, default_floors_path, default_items_path, evaluate, read_floors, read_items, summary_rows

    items = _or_fail(lambda: read_items(annotated or default_items_path()))
    report = evaluate(items)
    figures = report.figures()
    if as_json:
        typer.echo(json.dumps(figures))
    else:
        table = Table(title=f"{report.items} annotated items")
        for column in ("field", "precision", "recall", "F1"):
            table.add_column(column)
        for name, precision, recall, f1 in summary_rows(report):
            table.add_row(name, f"{precision:.3f}", f"{recall:.3f}", f"{f1:.3f}")
        stdout.print(table)
        cases = ", ".join(f"{case} {report.spurious[case]}/{report.cases[case]}" for case in NON_EVENT_CASES if report.cases[case])
        stdout.print(f"non-events with a spurious event: {cases} (clean share {figures['not_event.clean']:.3f})", soft_wrap=True)
    if show_misses:
        for line in report.misses:
            stdout.print(escape(line), soft_wrap=True)
    if check_floors:
        failures = below_floors(figures, _or_fail(lambda: read_floors(floors or default_floors_path())))
        for failure in failures:
            console.print(f"[red]below floor[/red] {failure}", soft_wrap=True)
        raise typer.Exit(1 if failures else 0)


@app.command("doctor")
def doctor_command(
    db: str = typer.Option("eventwire.db", "--db", help="SQLite file or database URL"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Only report what is wrong; change nothing"),
    release: bool = typer.Option(False, "--release", help="Give quarantined event mentions another try"),
    rebuild: bool = typer.Option(False, "--rebuild", help="Rewrite every event with the current merge (after an upgrade)"),
    show_quarantine: bool = typer.Option(False, "--quarantine", help="List every quarantined mention with its reason and traceback"),
) -> None:
    """Find and repair a store left inconsistent by an older version, a crash or a bad article."""
    from .doctor import check_store, quarantine_details

    store = _existing_store(db)
    findings = check_store(store, repair=not dry_run, release=release, rebuild=rebuild)
    table = Table(title=f"eventwire doctor: {escape(store.url)}")
    for column in ("check", "found", "repaired", "what"):
        table.add_column(column, overflow="fold")
    for finding in findings:
        table.add_row(finding.check, str(finding.found), str(finding.repaired), finding.detail)
    stdout.print(table)
    if show_quarantine:
        for item in quarantine_details(store):
            stdout.print(escape(f"{item['path']} [{item['mention_id']}] {item['stage']}: {item['reason']}"), soft_wrap=True)
            if item["detail"]:
                stdout.print(escape(item["detail"]), soft_wrap=True)
    raise typer.Exit(1 if any(f.open for f in findings) else 0)


gazetteer_app = typer.Typer(help="Manage the offline gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import_command(
    dump: Path = typer.Argument(..., help="A GeoNames dump: allCountries.txt or a country file such as UA.txt"),
    alternate_names: Path | None = typer.Option(None, "--alternate-names", help="alternateNamesV2.txt for more spellings"),
) -> None:
    """Add a full GeoNames dump to the gazetteer (looked up beside the built-in index)."""
    from .geo.gazetteer import load_gazetteer
    from .geo.gazetteer_import import import_geonames, imported_path

    count = _or_fail(lambda: import_geonames(dump, alternate_names))
    load_gazetteer.cache_clear()
    typer.echo(f"{count} imported places in {imported_path()}; found from the next lookup on")


class _OneLine(logging.Formatter):
    """A log record on one line: its message, without the traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


def _configure_logging(verbosity: int, log_file: Path | None = None) -> None:
    """The ``eventwire`` logger's handlers: on the terminal, warnings as one line each (with
    ``--verbose``, information and every traceback; with ``--quiet``, errors only); in
    ``log_file``, everything with its traceback."""
    logger = logging.getLogger("eventwire")
    logger.propagate = False
    terminal = logging.StreamHandler(sys.stderr)
    terminal.setLevel({-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}[verbosity])
    terminal.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s") if verbosity > 0 else _OneLine())
    handlers: list[logging.Handler] = [terminal]
    if log_file is not None:
        to_file = logging.FileHandler(log_file, encoding="utf-8")
        to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handlers.append(to_file)
    logger.handlers[:] = handlers
    logger.setLevel(logging.INFO)


def _run_with_progress(paths, **options) -> RunSummary:
    from .ingest import expand_paths
    from .pipeline import run

    try:
        total = len(expand_paths(paths))
    except EventwireError as exc:
        _fail(str(exc))
    if total < PROGRESS_BAR_MIN_FILES or not console.is_terminal:
        return _or_fail(lambda: run(paths, **options))
    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("articles", total=total)
        return _or_fail(lambda: run(paths, progress=lambda n: bar.advance(task, n), **options))


def _existing_store(db: str) -> Store:
    """The store at ``db``; a SQLite file that does not exist is a usage error, not a new store."""
    from .store import open_store

    if "://" not in db and not Path(db).is_file():
        _fail(f"no store at {db!r}; run `eventwire run` first")
    return _or_fail(lambda: open_store(db))


def _or_fail(action):
    try:
        return action()
    except EventwireError as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        console.print("[yellow]interrupted:[/yellow] every stored article is complete; run the same command again to finish", soft_wrap=True)
        raise typer.Exit(INTERRUPTED_EXIT_CODE) from None


def _fail(message: str) -> None:
    console.print("[red]error:[/red]", escape(message), soft_wrap=True)
    raise typer.Exit(2)


def _print_summary(summary: RunSummary, verbosity: int = 0) -> None:
    if verbosity < 0:  # --quiet
        return
    table = Table(title="eventwire run", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (
        ("articles read", summary.articles_read),
        ("new articles stored", summary.articles_new),
        ("already in the store", summary.already_stored),
        ("duplicates skipped", summary.duplicates),
        ("inputs rejected", len(summary.rejected)),
        ("event mentions", summary.event_mentions),
        ("merged events in store", summary.events),
        ("time taken (s)", f"{summary.seconds:.1f}"),
    ):
        table.add_row(label, str(value))
    console.print(table)
    if summary.rejected:
        rejected = Table(title="rejected inputs")
        for column in ("input", "stage", "reason"):
            rejected.add_column(column, overflow="fold")
        for item in summary.rejected:
            rejected.add_row(item.source, item.stage, item.reason)
        console.print(rejected)
    if not summary.articles_read and not summary.rejected:
        from .ingest import SUPPORTED_SUFFIXES

        console.print(f"[yellow]no articles found:[/yellow] no input file ends in one of {', '.join(sorted(SUPPORTED_SUFFIXES))}", soft_wrap=True)
    console.print(f"store: {summary.db_url}")
    if summary.out_dir:
        console.print(f"outputs: {summary.out_dir}")


if __name__ == "__main__":  # python -m eventwire.cli
    app()
