"""examples/ci/jsl.yml: the GitHub Actions workflow runs jsl check for annotations, SARIF and an HTML report, and uploads both files."""
from __future__ import annotations

from pathlib import Path

import yaml

from jsl.files import POST_SUFFIXES

WORKFLOW = Path(__file__).parents[1] / "examples" / "ci" / "jsl.yml"


def steps() -> list[dict]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert data.get("on", data.get(True)), "the workflow says when it runs"  # YAML 1.1 reads `on` as true
    (job,) = data["jobs"].values()
    return job["steps"]


def run_with(text: str) -> dict:
    (step,) = [s for s in steps() if text in s.get("run", "")]
    return step


def test_annotations_step_runs_jsl_check_with_format_github():
    step = run_with("--format github")
    assert step["run"].startswith("jsl check ") and step["continue-on-error"] is True


def test_sarif_step_writes_the_file_it_uploads():
    step = run_with("--format sarif")
    assert step["run"].startswith("jsl check ") and step["run"].endswith("> jsl.sarif")
    assert step["continue-on-error"] is True and "always()" in step["if"]
    (upload,) = [s for s in steps() if s.get("uses", "").startswith("github/codeql-action/upload-sarif@")]
    assert upload["with"]["sarif_file"] == "jsl.sarif" and "always()" in upload["if"]


def test_html_step_writes_the_report_it_uploads_as_an_artifact():
    step = run_with("--format html")
    assert step["run"].startswith("jsl check ") and step["run"].endswith("> jsl-report.html")
    assert step["continue-on-error"] is True and "always()" in step["if"]
    (upload,) = [s for s in steps() if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert upload["with"]["path"] == "jsl-report.html" and upload["with"]["name"]
    assert "always()" in upload["if"] and "jsl-report.html" in upload["if"]
    names = [s.get("name") for s in steps()]
    assert names.index(step["name"]) < names.index(upload["name"])


def test_every_check_step_checks_the_same_folder():
    folders = {s["run"].split()[2] for s in steps() if s.get("run", "").startswith("jsl check ")}
    assert folders == {"posts/"}


def test_job_fails_when_the_check_failed():
    check_id = run_with("--format github")["id"]
    last = steps()[-1]
    assert last["if"] == f"steps.{check_id}.outcome == 'failure'" and "exit 1" in last["run"]


def test_workflow_is_not_a_post_file():
    assert WORKFLOW.suffix not in POST_SUFFIXES  # so `jsl check examples/` skips it
