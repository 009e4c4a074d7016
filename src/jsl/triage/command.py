"""The `jsl triage` command: options, exit status, nothing else."""
from __future__ import annotations

import sys

import click

FORMAT_NAMES = ("text", "json", "csv")


@click.command()
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True, help="Output format.")
@click.option("--input-format", type=click.Choice(["auto", "csv", "jsonl"]), default="auto", show_default=True,
              help="How FILE is written; auto goes by the suffix (.csv, .jsonl), else by the first character.")
@click.option("--ignore", multiple=True, help="Skip these rule ids, sections or chapters; comma-separated.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this jsl.toml instead of searching.")
def triage(file, fmt, input_format, ignore, config_path) -> None:
    """Recommend an action for each reply in FILE (CSV with a header, or JSON lines; - for standard input).

    Each reply needs "text"; "id", "author" and "created_at" are shown when given.
    Actions: keep, hide/delete, block, report (to 管理課), police (guideline 6(5));
    criticism, even harsh, is keep (6(6)).

    Exit status: 0 when every reply is keep, 1 when any needs action, 2 on bad input.
    """
    from jsl import files, runner, selection
    from jsl.cli import EXIT_CLEAN, EXIT_FINDINGS, find_config, fail, load_rules, split_selectors
    from jsl.errors import JslError
    from jsl.triage import decide, output, policy as policy_mod, replies as replies_mod

    config = find_config(config_path, None if file == "-" else file)
    all_rules = load_rules(config)
    ignore = split_selectors(ignore)
    bad = selection.unknown(ignore, all_rules)
    if bad:
        fail(f"unknown rule or section {bad[0]!r} in --ignore (see `jsl rules`)")
    try:
        policy = policy_mod.load()
        source = files.read(file, sys.stdin.buffer.read() if file == "-" else None)
        replies = replies_mod.parse(source, input_format)
        lists = runner.word_lists(config)
        rules = decide.reply_rules(runner.apply_lists(all_rules, lists), policy, (*config.ignore, *ignore), config.preview)
        verdicts = decide.triage(replies, rules, policy, lists, source.path)
    except JslError as e:
        fail(str(e))
    output.FORMATS[fmt](source.path, verdicts, policy, sys.stdout)
    keep = policy.actions[0]
    sys.exit(EXIT_FINDINGS if any(v.action != keep for v in verdicts) else EXIT_CLEAN)
