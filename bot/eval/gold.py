"""The gold Q&A set: typed items, a loader and a validator (format: docs/gold-format.md).

Evaluation scores answers, citations and verdicts against this file, so a quote that is not
an exact substring of its article would silently turn into a wrong score. ``validate_gold``
catches that (and the other ways a hand-written line can be wrong) before any run uses it.
A gold ``doc`` is an article id exactly as ``index.load`` gives it (``name.txt``,
``name.jsonl#id``...), so the corpus is read through the same loader as an ingest.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.eval.text_items import validate_text_item
from bot.types import Label
from index.errors import FactbotError
from index.settings import PROJECT_ROOT, Settings

DEFAULT_GOLD = PROJECT_ROOT / "gold" / "seeds.jsonl"
DEFAULT_CORPUS = PROJECT_ROOT / "seeds"

NOT_IN_SOURCES_ANSWER = "not in sources"
"""The gold ``answer`` of a question that no article answers."""

KINDS = ("question", "claim", "text")
VERDICTS = tuple(str(label) for label in Label)

_QUESTION_FIELDS: dict[str, tuple[type, ...]] = {
    "question": (str,),
    "answer": (str,),
    "answer_aliases": (list,),
    "supporting": (list,),
    "disagreement": (dict, type(None)),
    "single_source": (bool,),
}
_CLAIM_FIELDS: dict[str, tuple[type, ...]] = {
    "claim": (str,),
    "verdict": (str,),
    "evidence": (list,),
    "note": (str,),
}


class GoldFormatError(FactbotError):
    """A gold file or one of its lines cannot be read at all, so no item can be trusted."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Quote:
    """An exact substring ``quote`` of the article file ``doc``."""

    doc: str
    quote: str


@dataclass(frozen=True)
class Variant:
    """One value a source gives when sources disagree, with the quote that gives it."""

    doc: str
    quote: str
    value: str


@dataclass(frozen=True)
class GoldDisagreement:
    note: str
    variants: list[Variant]


@dataclass
class GoldItem:
    """Fields every line has; ``raw`` keeps the parsed object so the validator sees mistakes."""

    id: str
    kind: str
    line: int = 0
    raw: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class GoldQuestion(GoldItem):
    question: str = ""
    answer: str = ""
    answer_aliases: list[str] = field(default_factory=list)
    supporting: list[Quote] = field(default_factory=list)
    disagreement: GoldDisagreement | None = None
    single_source: bool = False

    @property
    def answerable(self) -> bool:
        return self.answer.strip().lower() != NOT_IN_SOURCES_ANSWER


@dataclass
class GoldClaim(GoldItem):
    claim: str = ""
    verdict: str = ""
    evidence: list[Quote] = field(default_factory=list)
    note: str = ""


@dataclass
class GoldText(GoldItem):
    """A reader's draft: ``claims`` are the gold claims (``quote`` in ``text``, ``verdict``)."""

    text: str = ""
    claims: list[dict[str, Any]] = field(default_factory=list)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _quotes(value: Any) -> list[Quote]:
    if not isinstance(value, list):
        return []
    objs = [q for q in value if isinstance(q, dict)]
    return [Quote(doc=_str(q.get("doc")), quote=_str(q.get("quote"))) for q in objs]


def _disagreement(value: Any) -> GoldDisagreement | None:
    if not isinstance(value, dict):
        return None
    raw_variants = value.get("variants")
    variants = [
        Variant(doc=_str(v.get("doc")), quote=_str(v.get("quote")), value=_str(v.get("value")))
        for v in (raw_variants if isinstance(raw_variants, list) else [])
        if isinstance(v, dict)
    ]
    return GoldDisagreement(note=_str(value.get("note")), variants=variants)


def _item(obj: dict[str, Any], line: int) -> GoldItem:
    """Builds the typed item leniently; wrong or missing fields are left for the validator."""
    base: dict[str, Any] = {
        "id": _str(obj.get("id")),
        "kind": _str(obj.get("kind")),
        "line": line,
        "raw": obj,
    }
    if base["kind"] == "question":
        aliases = obj.get("answer_aliases")
        if not isinstance(aliases, list):
            aliases = []
        return GoldQuestion(
            **base,
            question=_str(obj.get("question")),
            answer=_str(obj.get("answer")),
            answer_aliases=[a for a in aliases if isinstance(a, str)],
            supporting=_quotes(obj.get("supporting")),
            disagreement=_disagreement(obj.get("disagreement")),
            single_source=obj.get("single_source") is True,
        )
    if base["kind"] == "claim":
        return GoldClaim(
            **base,
            claim=_str(obj.get("claim")),
            verdict=_str(obj.get("verdict")),
            evidence=_quotes(obj.get("evidence")),
            note=_str(obj.get("note")),
        )
    if base["kind"] == "text":
        claims = obj.get("claims")
        return GoldText(
            **base,
            text=_str(obj.get("text")),
            claims=[c for c in claims if isinstance(c, dict)] if isinstance(claims, list) else [],
        )
    return GoldItem(**base)


def load_gold(path: str | Path) -> list[GoldItem]:
    """Parses a gold JSONL file; blank lines are skipped.

    Raises ``GoldFormatError`` when the file or a line cannot be read as a JSON object.
    Field-level mistakes do not raise: ``validate_gold`` lists them all at once.
    """
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldFormatError(str(path), None, f"cannot read the gold file ({exc})") from exc
    items: list[GoldItem] = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GoldFormatError(str(path), number, f"not valid JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise GoldFormatError(str(path), number, "a line must be one JSON object")
        items.append(_item(obj, number))
    return items


def quoted(item: GoldItem) -> tuple[str, list[Quote], str] | None:
    """A question's or claim's text, its gold quotes and its kind, for the scripts that rank the
    quoted sentences; None for texts and for items without quotes."""
    if isinstance(item, GoldQuestion) and item.supporting:
        return item.question, item.supporting, "question"
    if isinstance(item, GoldClaim) and item.evidence:
        return item.claim, item.evidence, "claim"
    return None


def quoted_items(path: str | Path) -> list[tuple[GoldItem, str, list[Quote], str]]:
    """Every item of a gold file that has quotes, with what ``quoted`` reads of it, in file order."""
    return [(item, *found) for item in load_gold(path) if (found := quoted(item)) is not None]


Corpus = str | Path | Iterable[str | Path]
"""Article files or folders, as ``factbot ingest`` takes them (one path or several)."""


def corpus_articles(corpus: Corpus, max_bytes: int | None = None) -> dict[str, str]:
    """Article id -> text for every article ``index.load`` reads from ``corpus``.

    The same ids and texts factbot indexes, so a gold span or a baseline citation means the
    same thing in every system. Files the loader cannot use are left out (an ingest skips them).
    """
    from index.load import discover, load_file

    paths = [corpus] if isinstance(corpus, str | Path) else list(corpus)
    files, _ = discover(paths)
    limit = Settings().max_file_bytes if max_bytes is None else max_bytes
    out: dict[str, str] = {}
    for path in files:
        try:
            out.update({a.id: a.text for a in load_file(path, limit)})
        except FactbotError:
            continue
    return out


def shown_path(path: str | Path) -> str:
    """A path as a reader of a committed report should see it: relative to the project."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(PROJECT_ROOT)) if resolved.is_relative_to(PROJECT_ROOT) else str(path)


def quote_span(corpus: Corpus, doc: str, quote: str) -> tuple[int, int]:
    """The character span of the first occurrence of ``quote`` in the article ``doc``.

    Scoring compares cited spans with gold spans, so the span is found exactly as the
    format defines it: ``text.find(quote)``. Raises ``GoldFormatError`` when the article
    is not in ``corpus`` or the quote is absent from it.
    """
    articles = corpus_articles(corpus)
    if doc not in articles:
        raise GoldFormatError(doc, None, "no such article in the corpus")
    start = articles[doc].find(quote) if quote else -1
    if start < 0:
        raise GoldFormatError(doc, None, f"quote not found: {quote[:60]!r}")
    return start, start + len(quote)


def _check_fields(raw: dict[str, Any], spec: dict[str, tuple[type, ...]]) -> list[str]:
    problems = []
    for name, types in spec.items():
        if name not in raw:
            problems.append(f"missing field {name!r}")
        elif not isinstance(raw[name], types) or (str in types and not raw[name].strip()):
            problems.append(f"field {name!r} is empty or has the wrong type")
    return problems


def _check_quotes(
    raw_quotes: Any, field_name: str, articles: dict[str, str], with_value: bool = False
) -> list[str]:
    if not isinstance(raw_quotes, list):
        return []
    problems = []
    for n, q in enumerate(raw_quotes):
        where = f"{field_name}[{n}]"
        if not isinstance(q, dict):
            problems.append(f"{where} is not an object")
            continue
        doc, quote = q.get("doc"), q.get("quote")
        if not isinstance(doc, str) or not isinstance(quote, str) or not quote:
            problems.append(f"{where} needs string 'doc' and non-empty 'quote'")
            continue
        if with_value and not (isinstance(q.get("value"), str) and q["value"].strip()):
            problems.append(f"{where} needs a non-empty 'value'")
        if doc not in articles:
            problems.append(f"{where}: unknown doc {doc!r}")
        elif quote not in articles[doc]:
            problems.append(f"{where}: quote is not an exact substring of {doc}: {quote[:60]!r}")
    return problems


def _check_question(item: GoldQuestion, articles: dict[str, str]) -> list[str]:
    raw = item.raw
    problems = _check_fields(raw, _QUESTION_FIELDS)
    problems += _check_quotes(raw.get("supporting"), "supporting", articles)
    aliases = raw.get("answer_aliases")
    if isinstance(aliases, list) and not all(isinstance(a, str) and a.strip() for a in aliases):
        problems.append("answer_aliases must be non-empty strings")
    docs = {q.doc for q in item.supporting}
    if not item.answerable:
        if item.supporting:
            problems.append("a 'not in sources' answer cannot have supporting quotes")
        if item.disagreement is not None:
            problems.append("a 'not in sources' answer cannot have a disagreement")
        if item.single_source:
            problems.append("a 'not in sources' answer cannot be single_source")
        return problems
    if not item.supporting:
        problems.append("an answerable question needs at least one supporting quote")
    elif item.single_source != (len(docs) == 1):
        n_docs = len(docs)
        problems.append(f"single_source is {item.single_source} but {n_docs} article(s) support it")
    if item.disagreement is not None:
        raw_variants = raw["disagreement"].get("variants")
        if not item.disagreement.note.strip():
            problems.append("disagreement needs a non-empty 'note'")
        if not isinstance(raw_variants, list) or len(raw_variants) < 2:
            problems.append("disagreement needs at least two variants")
        else:
            problems += _check_quotes(raw_variants, "disagreement.variants", articles, True)
            values = {v.value.strip().lower() for v in item.disagreement.variants}
            if len(values) < 2:
                problems.append("disagreement variants must give at least two different values")
            missing = {v.doc for v in item.disagreement.variants} - docs - {""}
            if missing:
                problems.append(f"variant docs missing from supporting: {sorted(missing)}")
    return problems


def _check_claim(item: GoldClaim, articles: dict[str, str]) -> list[str]:
    raw = item.raw
    problems = _check_fields(raw, _CLAIM_FIELDS)
    problems += _check_quotes(raw.get("evidence"), "evidence", articles)
    if isinstance(raw.get("verdict"), str) and raw["verdict"] not in VERDICTS:
        problems.append(f"invalid verdict {raw['verdict']!r}; expected one of {VERDICTS}")
    if item.verdict in VERDICTS and item.verdict != Label.NOT_ENOUGH_INFO and not item.evidence:
        problems.append(f"a {item.verdict!r} claim needs evidence quotes")
    return problems


def validate_gold(items: list[GoldItem], corpus: Corpus) -> list[str]:
    """Every problem in the gold set over ``corpus``, one readable line each; [] means usable."""
    articles = corpus_articles(corpus)
    counts = Counter(item.id for item in items if item.id)
    problems = [f"duplicate id {id_!r} ({n} items)" for id_, n in counts.items() if n > 1]
    for item in items:
        label = f"line {item.line} ({item.id or 'no id'})"
        if not item.id:
            problems.append(f"{label}: missing or empty 'id'")
        if isinstance(item, GoldQuestion):
            found = _check_question(item, articles)
        elif isinstance(item, GoldClaim):
            found = _check_claim(item, articles)
        elif isinstance(item, GoldText):
            found = validate_text_item(item.raw)
        else:
            found = [f"invalid kind {item.raw.get('kind')!r}; expected one of {KINDS}"]
        problems += [f"{label}: {p}" for p in found]
    return problems
