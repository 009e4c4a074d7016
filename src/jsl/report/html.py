"""--format html: one self-contained page: a summary by section and rule, then each post with its findings marked."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from html import escape
from importlib import resources
from typing import TextIO

from jsl import __version__
from jsl.findings import Finding, RunResult, Severity
from jsl.report.highlight import marked_html
from jsl.report.html_posts import Shown, shifted, shown_posts

# Nothing may load from anywhere, and no script may run: the page is styles and text only.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
SEVERITY = {Severity.ERROR: "エラー", Severity.WARNING: "警告", Severity.INFO: "情報"}
MAX_LINKS = 12  # links from a rule's row in the summary to the posts it flagged; the rest are counted
MARK = re.compile(r'<mark class="finding (\w+)" data-findings="([\d ]+)">')


def render(result: RunResult, rules, out: TextIO) -> None:
    shown = shown_posts(result)
    titles = rule_titles(rules)
    css = resources.files("jsl.report").joinpath("html.css").read_text(encoding="utf-8")
    out.write(
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>jsl レポート: {escape(headline(result))}</title>\n<style>\n{css}</style>\n</head>\n<body>\n"
    )
    out.write(header(result, len(shown)))
    if result.findings:
        out.write(summary_table(result, shown, titles))
    out.write(error_list(result))
    for post in shown:
        out.write(post_card(post, titles))
    out.write(clean_files(result))
    out.write(f'<footer>jsl {escape(__version__)} · 常総地方広域市町村圏事務組合ソーシャルメディアガイドラインによる投稿チェック</footer>\n</body>\n</html>\n')


def headline(result: RunResult) -> str:
    counts = Counter(f.severity for f in result.findings)
    parts = [f"{SEVERITY[s]} {counts[s]}" for s in sorted(Severity, reverse=True)]
    return f"{result.files} ファイル · " + " · ".join(parts)


def header(result: RunResult, posts: int) -> str:
    counts = Counter(f.severity for f in result.findings)
    tiles = [("files", result.files, "確認したファイル")]
    tiles += [(str(s), counts[s], SEVERITY[s]) for s in sorted(Severity, reverse=True)]
    if result.errors:
        tiles.append(("unread", len(result.errors), "読めなかったファイル"))
    html_tiles = "".join(f'<div class="tile {cls}"><b>{n}</b><span>{label}</span></div>' for cls, n, label in tiles)
    if not result.files:
        verdict = '<p class="verdict unread">確認する投稿ファイル(.txt, .md, .csv)がありませんでした。</p>'
    elif not result.findings and not result.errors:
        verdict = '<p class="verdict clean">問題は見つかりませんでした。どの投稿もガイドラインのチェックを通りました。</p>'
    elif not result.findings:
        verdict = '<p class="verdict unread">問題は見つかりませんでしたが、読めなかったファイルがあります(下の一覧)。</p>'
    else:
        verdict = f'<p class="verdict found">{posts} 件の投稿で {len(result.findings)} 件の指摘があります。印の付いた箇所を直してください。</p>'
    return f'<header class="top">\n<h1>jsl 投稿チェックの結果</h1>\n{verdict}\n<div class="tiles">{html_tiles}</div>\n</header>\n'


def summary_table(result: RunResult, shown: Sequence[Shown], titles: dict) -> str:
    from jsl import guideline

    sections = guideline.sections()
    where: dict[str, dict[str, int]] = {}  # rule -> anchor -> count
    for post in shown:
        for f in post.findings:
            where.setdefault(f.rule, {}).setdefault(post.anchor, 0)
            where[f.rule][post.anchor] += 1
    labels = {post.anchor: _post_label(post) for post in shown}
    counts = Counter((f.section, f.rule, f.severity) for f in result.findings)
    rows = []
    for section in sorted({f.section for f in result.findings}, key=_section_key):
        in_section = sum(n for (s, _, _), n in counts.items() if s == section)
        title = sections.get(section) or ("jsl の抑制コメント" if section == "jsl" else "")
        rows.append(f'<tbody><tr class="section"><th colspan="5"><span class="sec">{escape(section)}</span> '
                    f'{escape(title)} <span class="n">{in_section} 件</span></th></tr>')
        for rule in sorted({r for (s, r, _) in counts if s == section}):
            cells = "".join(f'<td class="num {s}">{counts[(section, rule, s)] or ""}</td>' for s in sorted(Severity, reverse=True))
            posts = list(where[rule].items())
            links = " ".join(f'<a href="#{a}">{escape(labels[a])}{f" ×{n}" if n > 1 else ""}</a>' for a, n in posts[:MAX_LINKS])
            if len(posts) > MAX_LINKS:
                links += f' <span class="more">ほか {len(posts) - MAX_LINKS} 件の投稿</span>'
            rows.append(f'<tr><td><code>{escape(rule)}</code> <span class="rule-title">{escape(titles.get(rule, ""))}</span></td>'
                        f'{cells}<td class="posts">{links}</td></tr>')
        rows.append("</tbody>")
    head = "".join(f'<th class="num {s}">{SEVERITY[s]}</th>' for s in sorted(Severity, reverse=True))
    return ('<section class="summary" id="summary">\n<h2>ガイドラインの項目ごとの指摘</h2>\n<table>\n'
            f'<thead><tr><th>ルール</th>{head}<th>投稿</th></tr></thead>\n' + "\n".join(rows) + "\n</table>\n</section>\n")


def _section_key(section: str) -> tuple:
    parts = section.split(".")
    return (0, *map(int, parts)) if all(p.isdigit() for p in parts) else (1, section)


def error_list(result: RunResult) -> str:
    if not result.errors:
        return ""
    items = "".join(f"<li><code>{escape(e.path)}</code>: {escape(e.message)}</li>" for e in result.errors)
    return f'<section class="errors" id="errors">\n<h2>読めなかったファイル</h2>\n<ul>{items}</ul>\n</section>\n'


def clean_files(result: RunResult) -> str:
    flagged = {f.path for f in result.findings} | {e.path for e in result.errors}
    clean = sorted(p for p in result.sources if p not in flagged)
    if not clean:
        return ""
    items = "".join(f"<li><code>{escape(p)}</code></li>" for p in clean)
    return f'<details class="clean-files"><summary>指摘のなかったファイル({len(clean)})</summary><ul>{items}</ul></details>\n'


def post_card(post: Shown, titles: dict) -> str:
    counts = Counter(f.severity for f in post.findings)
    badges = "".join(f'<span class="badge {s}">{SEVERITY[s]} {counts[s]}</span>' for s in sorted(Severity, reverse=True) if counts[s])
    folder, _, name = post.path.rpartition("/")
    row = f' <span class="row">CSV の {post.row} 件目({post.line} 行目)</span>' if post.row is not None else ""
    title = f'<h2><a class="self" href="#{post.anchor}"><span class="folder">{escape(folder + "/" if folder else "")}</span>{escape(name)}</a>{row}</h2>'
    text, targets = "", {}
    if post.text is not None:
        marked, targets = _marks(post)
        text = f'<div class="text">{marked}</div>'
    items = "".join(_finding_item(post, i, f, titles, targets.get(i)) for i, f in enumerate(post.findings))
    return (f'<article class="post" id="{post.anchor}">\n<header>{title}{_meta(post.meta)}<div class="badges">{badges}</div></header>\n'
            f'<div class="body">{text}<ol class="findings">{items}</ol></div>\n</article>\n')


def _marks(post: Shown) -> tuple[str, dict[int, str]]:
    """The post's text with each mark titled with its messages and linked to the first finding it shows;
    and for each marked finding the id of its first mark."""
    targets: dict[int, str] = {}
    text = post.text or ""
    parts = []
    for start, end, cls in ((0, post.body_start, "front-matter"), (post.body_start, len(text), "post-body")):
        if end > start:
            moved = shifted(post.findings, start)
            shown = text[start:end].rstrip("\r\n") if cls == "front-matter" else text[start:end]  # a block of its own
            parts.append(f'<div class="{cls}">{marked_html(shown, moved)}</div>')

    def titled(m: re.Match) -> str:
        ids = [int(i) for i in m.group(2).split()]
        tip = "\n".join(f"{SEVERITY[post.findings[i].severity]} {post.findings[i].section} {post.findings[i].rule}: "
                        f"{post.findings[i].message}" for i in ids)
        new = [i for i in ids if i not in targets]
        anchor = ""
        if new:
            targets.update(dict.fromkeys(new, f"{post.anchor}-m{new[0]}"))
            anchor = f' id="{post.anchor}-m{new[0]}"'
        return (f'<a class="jump" href="#{post.anchor}-{ids[0]}"><mark class="finding {m.group(1)}" '
                f'data-findings="{m.group(2)}" title="{escape(tip)}"{anchor}>')

    marked = MARK.sub(titled, "".join(parts))
    return marked.replace("</mark>", "</mark></a>"), targets


def _finding_item(post: Shown, i: int, f: Finding, titles: dict, target: str | None) -> str:
    from jsl import guideline

    where = f"{f.start.line}:{f.start.column}"
    if target is not None:
        where = f'<a href="#{target}">{where}</a>'
    section_title = guideline.sections().get(f.section, "")
    return (f'<li class="finding {f.severity}" id="{post.anchor}-{i}"><div class="where">'
            f'<span class="badge {f.severity}">{SEVERITY[f.severity]}</span> <span class="pos">{where}</span> '
            f'<span class="sec" title="{escape(section_title)}">{escape(f.section)}</span> <code>{escape(f.rule)}</code> '
            f'<span class="rule-title">{escape(titles.get(f.rule, ""))}</span></div>'
            f'<p class="message">{escape(f.message)}</p>{_fix(f)}</li>')


def _fix(f: Finding) -> str:
    """The replacement a fix would write (jsl check --fix applies the safe ones)."""
    if f.fix is None:
        return ""
    how = "jsl check --fix で直せます" if f.fix.safe else "確かめてから直してください"
    return (f'<p class="fix">「{escape(f.match)}」→「<ins>{escape(f.fix.replacement)}</ins>」'
            f'<span class="how">{how}</span></p>')


def _meta(meta) -> str:
    if meta is None:
        return ""
    chips = [(label, value) for label, value in (("媒体", meta.platform), ("アカウント", meta.account), ("予定", meta.scheduled_at)) if value]
    if meta.kind != "post":
        chips.append(("種類", meta.kind))
    return '<dl class="meta">' + "".join(f"<dt>{label}</dt><dd>{escape(str(value))}</dd>" for label, value in chips) + "</dl>" if chips else ""


def _post_label(post: Shown) -> str:
    name = post.path.rpartition("/")[2]
    return f"{name} {post.row} 件目" if post.row is not None else name


def rule_titles(rules) -> dict[str, str]:
    from jsl.suppress import META_RULES

    titles = {rule: title for rule, (_, title) in META_RULES.items()}
    titles.update({r.id: r.title for r in rules})
    return titles
