from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.errors import InputFileError
from index.load import discover, load_file


def test_txt_md_html_json_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\nBody text here.")
    (tmp_path / "b.md").write_text("# Title\nMarkdown body.")
    (tmp_path / "c.html").write_text(
        "<html><head><title>Page</title><script>var x=1;</script></head>"
        "<body><p>Visible &amp; true.</p><style>p{}</style><p>Second.</p></body></html>"
    )
    (tmp_path / "d.json").write_text(json.dumps({"text": "Json body.", "title": "T", "outlet": "O"}))
    (tmp_path / "e.jsonl").write_text(
        json.dumps({"id": "x1", "text": "First."}) + "\n" + json.dumps({"text": "Second."}) + "\n"
    )
    files, errors = discover([tmp_path])
    assert not errors and len(files) == 5
    html = load_file(tmp_path / "c.html", 10_000)[0]
    assert html.text == "Visible & true.\nSecond." and html.title == "Page"
    assert "var x" not in html.text
    doc = load_file(tmp_path / "d.json", 10_000)[0]
    assert (doc.id, doc.outlet, doc.title) == ("d.json", "O", "T")
    lines = load_file(tmp_path / "e.jsonl", 10_000)
    assert [a.id for a in lines] == ["e.jsonl#x1", "e.jsonl#2"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x00\x01\x02binary", "binary"),
        (b"caf\xe9 au lait", "not UTF-8"),
    ],
)
def test_bad_files_say_why(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputFileError, match=reason) as info:
        load_file(path, 10_000)
    assert str(path) in str(info.value)


def test_too_large_and_missing(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    with pytest.raises(InputFileError, match="too large"):
        load_file(big, 1000)
    files, errors = discover([tmp_path / "nope"])
    assert files == [] and "no such file" in str(errors[0])


def test_csv_one_article_per_row(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "text,category,Source,date\n"
        '"Profits rose 5%, the firm said.\nA second line.",business,Wire,2005-01-02\n'
        ",sport,,\n"
        '"He said ""no"" twice.",politics,,\n'
    )
    articles = load_file(path, 10_000)
    assert [a.id for a in articles] == ["export.csv#1", "export.csv#3"]
    first = articles[0]
    assert first.text == "Profits rose 5%, the firm said.\nA second line."
    # no title column: the loader leaves it empty and ingest completes it from the text
    # (index.metadata), like every other source without a title
    assert (first.outlet, first.date, first.title) == ("Wire", "2005-01-02", "")
    assert articles[1].text == 'He said "no" twice.' and articles[1].outlet == ""
    files, errors = discover([tmp_path])
    assert files == [path] and not errors


def test_csv_id_title_url_columns_and_long_fields(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    long_text = "word " * 40_000  # 200 KB: over the csv module's default field cap
    path.write_text(f"id,title,outlet,url,text\nx7,Head,Out,http://u,{long_text}\n")
    (article,) = load_file(path, 1_000_000)
    assert (article.id, article.title, article.outlet, article.url) == ("a.csv#x7", "Head", "Out", "http://u")
    assert article.text == long_text


def test_csv_without_text_column_or_with_duplicate_ids(tmp_path: Path) -> None:
    meta = tmp_path / "metadata.csv"
    meta.write_text("file,source,date\na.txt,Wire,1/2/17\n")
    with pytest.raises(InputFileError, match="no 'text' column") as info:
        load_file(meta, 10_000)
    assert str(meta) in str(info.value) and "file, source, date" in str(info.value)
    dup = tmp_path / "dup.csv"
    dup.write_text("id,text\n1,One.\n1,Two.\n")
    with pytest.raises(InputFileError, match="duplicate id '1'"):
        load_file(dup, 10_000)


def test_a_bad_jsonl_line_is_named_and_the_good_lines_kept(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"id": "a", "text": "Ten ships docked on Friday."}\n{broken\n[1, 2]\n'
        '{"id": "b", "text": 5}\n{"id": "a", "text": "Again."}\n{"id": "c", "text": "Four trains left."}\n'
    )
    problems: list[str] = []
    articles = load_file(feed, 10_000, problems)
    assert [a.id for a in articles] == ["feed.jsonl#a", "feed.jsonl#c"]
    assert problems == [
        f"{feed}: line 2: invalid JSON (Expecting property name enclosed in double quotes); line skipped",
        f"{feed}: line 3: not a JSON object; line skipped",
        f"{feed}: line 4: needs a string 'text' field; line skipped",
        f"{feed}: line 5: duplicate id 'a'; line skipped",
    ]
    feed.write_text("{broken\n")
    with pytest.raises(InputFileError, match="no usable line: line 1: invalid JSON"):
        load_file(feed, 10_000)


def test_control_characters_in_a_name_are_escaped_in_its_id_and_messages(tmp_path: Path) -> None:
    odd = tmp_path / "a\nb\x1b[2J.txt"
    odd.write_text("A storm closed 7 schools on Monday, officials said.")
    assert load_file(odd, 10_000)[0].id == "a\\nb\\x1b[2J.txt"
    odd.write_text("")
    with pytest.raises(InputFileError) as info:
        load_file(odd, 10_000)
    assert "\n" not in str(info.value) and "a\\nb\\x1b[2J.txt: empty file" in str(info.value)
