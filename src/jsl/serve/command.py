"""`jsl serve`: start the page on 127.0.0.1 and open it in the browser; Ctrl-C stops it."""
from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("folder", default=".", type=click.Path(exists=True, file_okay=False))
@click.option("--port", type=click.IntRange(0, 65535), default=0, show_default="a free port", help="Port on 127.0.0.1.")
@click.option("--no-browser", is_flag=True, help="Print the address only; do not open the browser.")
def serve(folder, port, no_browser) -> None:
    """Check drafts in the browser as they are written, with the jsl.toml found from FOLDER.

    The page is served to this PC only (127.0.0.1); drafts are checked in memory and never saved.
    """
    from jsl.cli import find_config, fail
    from jsl.errors import JslError
    from jsl.serve.checking import Checker, Draft
    from jsl.serve.server import Server

    config = find_config(None, folder)
    try:
        checker = Checker.for_config(config)
    except JslError as e:
        fail(str(e))
    checker.check(Draft("本日、防災訓練を行いました。"))  # load the tagger and rules now, not on the first keystroke
    try:
        server = Server(port, checker, page_values(config, Path(folder)))
    except OSError as e:
        fail(f"cannot listen on 127.0.0.1:{port}: {e.strerror or e}")
    click.echo(f"jsl serve: {server.url}  (ブラウザでこのアドレスを開いてください。Ctrl+C で終了します)")
    if not no_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("jsl serve: 終了しました")
    finally:
        server.server_close()


def page_values(config, folder: Path) -> dict[str, str]:
    """What the page says about the configuration in use."""
    if config.path:
        where = f"設定ファイル {Path(config.path).resolve()} を使っています。"
    else:
        where = f"設定ファイル(jsl.toml)は {folder.resolve()} とその上のフォルダーにありません。標準の設定で確認しています。"
    if config.select:
        where += f" 確認する項目: {', '.join(config.select)}。"
    if config.ignore:
        where += f" 確認しない項目: {', '.join(config.ignore)}。"
    return {"config": where, "platform": config.platform or ""}
