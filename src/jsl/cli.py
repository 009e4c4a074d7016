"""The command line: jsl check / rules / explain / init. Options, exit status, nothing else."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from jsl import __version__
from jsl.posts import PLATFORMS
from jsl.report import FORMATS
EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


# fail, find_config, load_rules and split_selectors serve every command, those in their own modules too.


def fail(message: str) -> "NoReturn":  # noqa: F821
    """The one-line error and exit status 2."""
    click.echo(f"jsl: {message}", err=True)
    sys.exit(EXIT_ERROR)


def find_config(path: str | None, first: str | None):
    """The given jsl.toml, else the one found walking up from `first`, else the defaults."""
    from jsl import config as config_mod
    from jsl.errors import JslError

    try:
        if path:
            return config_mod.load(Path(path))
        found = config_mod.find(Path(first or "."))
        return config_mod.load(found) if found else config_mod.Config()
    except JslError as e:
        fail(str(e))


def load_rules(config):
    """Every rule the config knows (shipped and its own), or fail naming the broken file."""
    from jsl import runner
    from jsl.errors import JslError

    try:
        return runner.configured_rules(config)
    except JslError as e:
        fail(str(e))


def split_selectors(values: tuple[str, ...]) -> tuple[str, ...]:
    """Repeated and comma-separated --select/--ignore values, flattened."""
    return tuple(s.strip() for v in values for s in v.split(",") if s.strip())


class _Commands(click.Group):
    """jsl's commands; those in MODULES live in their own module, imported only when asked for."""

    MODULES: dict[str, str] = {"serve": "jsl.serve.command:serve", "triage": "jsl.triage.command:triage"}  # command name → "module:function"

    def list_commands(self, ctx):
        return sorted([*super().list_commands(ctx), *self.MODULES])

    def get_command(self, ctx, name):
        if name in self.MODULES:
            import importlib

            module, attr = self.MODULES[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="jsl")
def cli() -> None:
    """Lint Japanese social-media posts against the body's social media guideline."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True, help="Output format.")
@click.option("--select", multiple=True, help="Only these rule ids, sections (5.7) or chapters (5); comma-separated.")
@click.option("--ignore", multiple=True, help="Skip these rule ids, sections or chapters; comma-separated.")
@click.option("--platform", type=click.Choice(PLATFORMS), help="Platform for posts that do not say.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]), help="Lowest severity that makes the exit status 1.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this jsl.toml instead of searching.")
@click.option("--preview", is_flag=True, help="Also run rules still in preview.")
@click.option("--stdin-filename", help="Name for standard input (-): its suffix gives the format (.md, .txt, .csv); default .md.")
@click.option("--fix", "fix_", is_flag=True, help="Apply safe fixes in place (keeping encoding and line ends) and report what remains; with -, print the fixed text.")
@click.option("--diff", "diff_", is_flag=True, help="Print the changes --fix would make as a unified diff and write nothing; exit 1 when there are some.")
@click.option("--statistics", is_flag=True, help="After the findings, count them per rule and per section, most frequent first (--format text only).")
def check(paths, fmt, select, ignore, platform, fail_on, config_path, preview, stdin_filename, fix_, diff_, statistics) -> None:
    """Check post files (.txt, .md, .csv), folders of them, or - for standard input.

    Exit status: 0 when no finding reaches --fail-on, 1 when one does,
    2 when a file, the config or a rule file could not be used.
    """
    import dataclasses

    from jsl import runner, selection
    from jsl.errors import JslError
    from jsl.findings import Severity

    if statistics and fmt != "text":
        fail(f"--statistics works with --format text only, not {fmt}")
    first = stdin_filename if paths[0] == "-" else paths[0]
    config = find_config(config_path, first)
    all_rules = load_rules(config)
    select, ignore = split_selectors(select), split_selectors(ignore)
    bad = selection.unknown(select + ignore, all_rules)
    if bad:
        fail(f"unknown rule or section {bad[0]!r} in --select/--ignore (see `jsl rules`)")
    if platform:
        config = dataclasses.replace(config, platform=platform)
    active = selection.choose(all_rules, select or config.select, config.ignore + ignore, preview or config.preview)
    stdin_bytes = sys.stdin.buffer.read() if "-" in paths else None
    suffix = Path(stdin_filename or "-.md").suffix or ".md"
    if fix_ and not diff_ and "-" in paths and len(paths) > 1:
        fail("--fix with - prints the fixed standard input: give no other paths")

    def lint(targets, data=stdin_bytes, name=stdin_filename or "-"):
        from jsl import progress

        with progress.bar(fmt, sys.stderr) as on_file:
            return runner.check_paths(targets, config, active, all_rules, data, suffix, name, on_file)

    try:
        result = lint(paths)
        if fix_ or diff_:
            from jsl import fix

            result, fixes = fix.run(paths, result, lint, suffix, diff_, sys.stdout, sys.stdout.buffer)
    except JslError as e:
        fail(str(e))
    if diff_:
        for error in result.errors:
            click.echo(f"jsl: {error}", err=True)
        sys.exit(EXIT_ERROR if result.errors else EXIT_FINDINGS if fixes else EXIT_CLEAN)
    report_out = sys.stderr if fix_ and "-" in paths else sys.stdout
    FORMATS[fmt](result, all_rules, report_out)
    if statistics:
        from jsl.report import statistics as statistics_mod

        statistics_mod.render(result, all_rules, report_out)
    if fix_ and fmt == "text":
        click.echo(f"{fixes} fix{'es' if fixes != 1 else ''} applied", err=True)
    if not result.files:
        click.echo("jsl: warning: no post files (.txt, .md, .csv) in the given folders", err=True)
    if fmt != "text":
        for error in result.errors:
            click.echo(f"jsl: {error}", err=True)
    if result.errors:
        sys.exit(EXIT_ERROR)
    threshold = Severity.parse(fail_on) if fail_on else config.fail_on
    sys.exit(EXIT_FINDINGS if any(f.severity >= threshold for f in result.findings) else EXIT_CLEAN)


@cli.command("rules")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def list_rules(config_path) -> None:
    """List every rule: id, section, severity and title."""
    all_rules = load_rules(find_config(config_path, None))
    key = lambda r: ([int(p) for p in r.section.split(".")], r.id)  # noqa: E731
    for rule in sorted(all_rules, key=key):
        status = " (preview)" if rule.status == "preview" else ""
        click.echo(f"{rule.section:<6}{rule.id:<32}{str(rule.severity):<9}{rule.title}{status}")


@cli.command()
@click.argument("name")
@click.option("--config", "config_path", type=click.Path(dir_okay=False))
def explain(name, config_path) -> None:
    """Explain a rule (by id) or a guideline section (5.7): rationale, the guideline's text, examples."""
    from jsl import guideline

    all_rules = load_rules(find_config(config_path, None))
    sections = guideline.sections()
    chosen = [r for r in all_rules if name in (r.id, *r.aliases)] or [r for r in all_rules if r.section == name]
    if not chosen and name not in sections:
        fail(f"no rule or section {name!r} (see `jsl rules`)")
    section = chosen[0].section if chosen else name
    click.echo(f"ガイドライン {section}: {sections.get(section, '')}")
    for rule in chosen:
        click.echo(f"\n{rule.id} ({rule.severity}): {rule.title}")
        if rule.why:
            click.echo(f"  {rule.why}")
        for ex in rule.flag[:3]:
            click.echo(f"  × {ex.text.strip()}")
        for ex in rule.passes[:3]:
            click.echo(f"  ○ {ex.text.strip()}")


@cli.command()
@click.option("--force", is_flag=True, help="Replace an existing jsl.toml.")
def init(force) -> None:
    """Write a commented jsl.toml in the current folder and show the pre-commit hook to add."""
    from jsl import init as init_mod
    from jsl.errors import JslError

    try:
        path = init_mod.write(Path("."), force)
    except JslError as e:
        fail(str(e))
    click.echo(f"wrote {path}: every setting is explained there; remove # before one to use it")
    click.echo("\nTo check drafts before each commit, add this to .pre-commit-config.yaml:\n")
    click.echo(init_mod.pre_commit_snippet(), nl=False)


def main() -> None:
    """The console script. It leaves with os._exit once output is flushed: tearing down the tens of
    thousands of rule and word-list objects would add about 40 ms to every check of one draft, and
    nothing is left to clean up (caches are written atomically as they are made)."""
    try:
        cli.main(prog_name="jsl")
    except SystemExit as e:
        code = e.code
        if code is not None and not isinstance(code, int):
            print(code, file=sys.stderr)
            code = 1
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (BrokenPipeError, OSError):
            code = code or 1
        os._exit(code or 0)
