"""The progress bar shows only for text output on a terminal and long runs; never in machine-read output."""
import io

from jsl import progress
from jslrun import jsl


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_only_text_on_a_terminal_for_many_files():
    assert progress.wanted("text", Terminal(), 200)
    assert not progress.wanted("text", Terminal(), 3)
    assert not progress.wanted("text", io.StringIO(), 200)  # piped or in CI
    for fmt in ("json", "sarif", "github"):
        assert not progress.wanted(fmt, Terminal(), 200)


def test_bar_draws_on_a_terminal_and_is_gone_afterwards():
    out = Terminal()
    with progress.bar("text", out) as on_file:
        for done in range(1, 61):
            on_file(done, 60)
    drawn = out.getvalue()
    assert "checking" in drawn and "60/60" in drawn
    assert drawn.endswith("\x1b[2K")  # transient: the bar's line is cleared when the run ends
    quiet = io.StringIO()
    with progress.bar("json", quiet) as on_file:
        on_file(1, 500)
    assert quiet.getvalue() == ""


def test_json_output_of_a_long_run_is_plain_json(tmp_path):
    for n in range(60):
        (tmp_path / f"p{n}.txt").write_text("本日、防災訓練を行いました。\n", encoding="utf-8")
    result = jsl("check", "--format", "json", str(tmp_path))
    assert result.stdout.lstrip().startswith("{") and "checking" not in result.output


def test_progress_is_reported_as_files_finish(tmp_path, monkeypatch):
    """Each file is counted when it is done, not all at the end of the run."""
    from jsl import config, rules, runner

    for n in range(5):
        (tmp_path / f"p{n}.txt").write_text("本日、防災訓練を行いました。\n", encoding="utf-8")
    monkeypatch.setenv("JSL_JOBS", "1")
    monkeypatch.setenv("JSL_NO_CACHE", "1")
    seen = []
    real = runner._check_file

    def spy(path, ctx):
        seen.append(("checked", path))
        return real(path, ctx)

    monkeypatch.setattr(runner, "_check_file", spy)
    all_rules = rules.load_all()
    runner.check_paths([str(tmp_path)], config.Config(), all_rules, all_rules,
                       on_file=lambda done, total: seen.append(("done", done)))
    assert [kind for kind, _ in seen] == ["checked", "done"] * 5
