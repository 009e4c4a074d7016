"""The marked-up post text that the HTML report and jsl serve show: escaped, spans marked, overlaps split."""
from __future__ import annotations

from jsl.findings import Finding, Position, Severity
from jsl.report.highlight import marked_html


def finding(start: int, end: int, severity=Severity.ERROR) -> Finding:
    return Finding("p.md", Position(1, start + 1), Position(1, end + 1), "r", "5.7", severity, "m", "", start, end)


def test_a_span_is_marked_and_the_rest_is_plain():
    assert marked_html("本日セール中", [finding(2, 5)]) == '本日<mark class="finding error" data-findings="0">セール</mark>中'


def test_markup_in_a_draft_is_shown_as_text():
    out = marked_html('<img src=x onerror="alert(1)">', [finding(1, 4)])
    assert "<img" not in out and "&lt;<mark" in out and "&quot;alert(1)&quot;&gt;" in out


def test_overlapping_findings_split_into_segments_with_the_worst_severity():
    out = marked_html("abcdef", [finding(0, 4, Severity.WARNING), finding(2, 6)])
    assert out == ('<mark class="finding warning" data-findings="0">ab</mark>'
                   '<mark class="finding error" data-findings="0 1">cd</mark>'
                   '<mark class="finding error" data-findings="1">ef</mark>')


def test_empty_and_out_of_range_spans_mark_nothing():
    assert marked_html("abc", [finding(1, 1), finding(5, 9)]) == "abc"
