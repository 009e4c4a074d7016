"""Many files are checked in worker processes; the report is the same as checking them one by one."""
import json

from jslrun import jsl

POSTS = [
    "今だけ最安値！ご購入はこちらから。",
    "担当の携帯 090-1234-5678 までご連絡ください。",
    "本日、取手消防署で防災訓練を行いました。はしご車による救助や放水の手順を、地域の皆さんと一緒に確認しました。",
    "住宅用火災警報器は10年を目安に交換しましょう。",
]


def test_workers_report_what_one_process_reports(tmp_path, monkeypatch):
    for n in range(80):  # above the parallel threshold
        (tmp_path / f"post{n:03d}.md").write_text(POSTS[n % len(POSTS)] + f"(No.{n})\n", encoding="utf-8")
    (tmp_path / "broken.md").write_bytes(b"\x00\x01binary")
    monkeypatch.setenv("JSL_JOBS", "1")
    one = jsl("check", "--format", "json", str(tmp_path))
    monkeypatch.setenv("JSL_JOBS", "2")
    two = jsl("check", "--format", "json", str(tmp_path))
    assert one.exit_code == two.exit_code == 2  # the binary file is an error; the others are still checked
    assert json.loads(one.stdout) == json.loads(two.stdout)
    report = json.loads(two.stdout)
    assert report["files"] == 81 and len(report["errors"]) == 1
    # the duplicate-post check compares posts across workers: identical bodies are found in different chunks
    assert any(f["rule"] == "duplicate-post" for f in report["findings"])
