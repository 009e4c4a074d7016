"""examples/ci/jsl.yml: the GitHub Actions workflow runs jsl check twice (annotations, SARIF) and uploads the SARIF."""
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


def test_job_fails_when_the_check_failed():
    check_id = run_with("--format github")["id"]
    last = steps()[-1]
    assert last["if"] == f"steps.{check_id}.outcome == 'failure'" and "exit 1" in last["run"]


def test_workflow_is_not_a_post_file():
    assert WORKFLOW.suffix not in POST_SUFFIXES  # so `jsl check examples/` skips it
