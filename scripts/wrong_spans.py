"""Tabulate an eval's wrongly answered questions by question form and by what came back.

Why: most wrong answers are not a wrong value of the asked kind but a whole sentence, or a short
span of another kind, given where the question asks a name, a place, a value or a short phrase.
This table says which form of question ("which N", "what N", "who", "what ... valued at", "when",
"where", ...) gets which kind of wrong answer, so a rule can aim at the biggest general cause.

What came back, for each question answered with a wrong value (answered where the sources do not
say is counted apart, as "unanswerable"):

- ``sentence``: eight words or more, not a list of the sources' values;
- ``differ``: the sources set against each other, or several things of one name;
- ``wrong kind``: a short span whose kind (money, percent, date, number, name, phrase; read from
  spaCy's entity labels and capitals) is not the gold answer's;
- ``right kind``: a short span of the gold answer's kind (another role, event or source).

Items of the check split (ids ``u24-``, ``u25-``, ``u26-``) are never shown nor counted. With
``--show`` each counted item is printed (id, form, what came back, question, answer, gold).

With ``--answered`` it instead counts every answered question by form, sentence or span, and
outcome: what declining a form's sentence answers would cost (right ones lost) and gain.

    python scripts/wrong_spans.py [--show] [--only FORM] [--answered] EVAL.json [EVAL2.json ...]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

from bot.asked_noun import asked_noun
from bot.nlp import spacy_doc
from bot.wordnet import wordnet
from index.lexicon import WORDNET_FILES
from scripts.check_split import in_check_split

SENTENCE_WORDS = 8
"""An answer of eight words or more is a sentence (or most of one), not a span."""
_DIFFER = ("The sources differ", "The reports differ")
_VALUE_FILES = frozenset({"noun.quantity", "noun.possession", "noun.measure"})
"""WordNet files of nouns whose answer is a figure ("price", "budget", "profit", "length")."""
_VALUE_VERB = re.compile(
    r"\b(?:valued|worth|costs?|costing|priced|paid|pay|earn(?:ed|s)?|come to|amount(?:ed)? to|total(?:led)?)\b",
    re.I,
)
"""Verbs and adjectives that ask a value whatever the noun ("what was X valued at")."""


def form(question: str) -> str:
    """The question's form, read at its first question word: "which N" / "what N" (a noun
    within four words, or "what is the N ..."), "what value" (that noun is a figure's, or the
    verb asks one: "valued at", "cost"), who / when / where / why / how many/much / how /
    what (else) / other."""
    low = question.lower()
    first = re.search(r"\b(which|what|who|whom|whose|when|where|why|how)\b", low)
    if not first:
        return "other"
    word = first.group(1)
    if word == "how":
        return "how many/much" if re.match(r"how (?:many|much)\b", low[first.start() :]) else "how"
    if word in ("which", "what"):
        noun = _asked(question, first.start())
        if (noun and _value_noun(noun)) or (word == "what" and _VALUE_VERB.search(low)):
            return "what value"
        if noun:
            return f"{word} N"
        return "what (else)"
    return {"whom": "who", "whose": "who"}.get(word, word)


def _asked(question: str, at: int) -> str:
    """The noun "which/what" asks at character ``at``: the first noun within four words after it,
    past names and adjectives, or the subject of "what is/was the N"."""
    doc = spacy_doc(question)
    start = next((t.i for t in doc if t.idx >= at), None)
    if start is None:
        return ""
    after = doc[start + 1 : start + 5]
    for i, tok in enumerate(after):
        if tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.isupper()):
            return str(tok.lemma_).lower()
        nxt = after[i + 1] if i + 1 < len(after) else None
        misread = tok.pos_ == "VERB" and i == 0 and nxt is not None and nxt.pos_ in ("NOUN", "ADP", "AUX")
        if misread and wordnet().senses(tok.lower_):  # "which spots in X got hit": a noun misread
            if nxt is not None and nxt.pos_ == "NOUN":
                continue
            return str(tok.lemma_).lower()
        if tok.pos_ not in ("PROPN", "ADJ", "NUM", "PUNCT"):
            break
    if len(after) > 1 and after[0].lemma_ == "be":
        for tok in after[1:]:
            if tok.pos_ == "NOUN":
                return str(tok.lemma_).lower()
            if tok.pos_ not in ("DET", "ADJ", "PROPN", "NUM", "PART"):
                break
    return asked_noun(question)


def _value_noun(noun: str) -> bool:
    """The noun's commonest sense is filed with quantities, possessions (money) or measures."""
    senses = wordnet().senses(noun)
    return bool(senses) and WORDNET_FILES[wordnet().synsets[senses[0]].lexfile] in _VALUE_FILES


def span_kind(text: str) -> str:
    """A short answer's kind: money, percent, date, number, name or phrase."""
    if re.search(r"[$£€]|\b(?:bn|billion|million|m)\b.*\b(?:dollars?|pounds?|euros?)\b", text):
        return "money"
    if re.search(r"%|\bper ?cent\b", text, re.I):
        return "percent"
    labels = {e.label_ for e in spacy_doc(text).ents}
    if labels & {"MONEY"}:
        return "money"
    if labels & {"DATE", "TIME"}:
        return "date"
    if labels & {"CARDINAL", "QUANTITY", "ORDINAL"} or re.search(r"\d", text):
        return "number"
    words = re.findall(r"[\w’'-]+", text)
    if words and sum(w[:1].isupper() for w in words) * 2 >= len(words):
        return "name"
    return "phrase"


def came_back(item: dict[str, Any]) -> str:
    """What a wrong answer was (see the module)."""
    got, gold = str(item["got"]), str(item["expected"])
    if not item["answerable"]:
        return "unanswerable"
    if got.startswith(_DIFFER) or "different things" in got:
        return "differ"
    if len(got.split()) >= SENTENCE_WORDS:
        return "sentence"
    return "right kind" if span_kind(got) == span_kind(gold) else "wrong kind"


def answered_table(paths: list[str]) -> None:
    """Every answered question by form, sentence or span, and outcome (right, wrong, answered where
    the sources do not say): what declining the sentence answers of a form would cost and gain."""
    table: Counter[tuple[str, str, str]] = Counter()
    for path in paths:
        with open(path) as f:
            items = json.load(f)["items"]
        for item in items:
            if item["kind"] != "question" or in_check_split(item["id"]) or item["abstained"]:
                continue
            got = str(item["got"])
            shape = (
                "sentence" if len(got.split()) >= SENTENCE_WORDS and not got.startswith(_DIFFER) else "span"
            )
            result = "unanswerable" if not item["answerable"] else "right" if item["correct"] else "wrong"
            table[(form(item["text"]), shape, result)] += 1
    results = ["right", "wrong", "unanswerable"]
    print(f"{'form':14s}{'':10s}" + "".join(f"{r:>13s}" for r in results))
    for shape_form in sorted({(f, s) for f, s, _ in table}):
        print(
            f"{shape_form[0]:14s}{shape_form[1]:10s}"
            + "".join(f"{table[(*shape_form, r)]:13d}" for r in results)
        )


def main(argv: list[str]) -> None:
    if "--answered" in argv:
        answered_table([a for a in argv if a.endswith(".json")])
        return
    show = "--show" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    paths = [a for i, a in enumerate(argv) if a.endswith(".json") and (i == 0 or argv[i - 1] != "--only")]
    table: Counter[tuple[str, str]] = Counter()
    for path in paths:
        with open(path) as f:
            items = json.load(f)["items"]
        for item in items:
            if item["kind"] != "question" or in_check_split(item["id"]):
                continue
            if item["correct"] or item["abstained"]:
                continue
            shape, what = form(item["text"]), came_back(item)
            if only and shape != only:
                continue
            table[(shape, what)] += 1
            if show:
                print(f"{item['id']:38s} {shape:13s} {what:12s} Q: {item['text'][:100]}")
                print(f"{'':66s} A: {str(item['got'])[:100]}\n{'':66s} E: {str(item['expected'])[:80]}")
    kinds = ["sentence", "wrong kind", "right kind", "differ", "unanswerable"]
    shapes = sorted({s for s, _ in table}, key=lambda s: -sum(table[(s, k)] for k in kinds))
    print(f"{'form':14s}" + "".join(f"{k:>13s}" for k in kinds) + f"{'all':>6s}")
    for s in shapes:
        print(
            f"{s:14s}"
            + "".join(f"{table[(s, k)]:13d}" for k in kinds)
            + f"{sum(table[(s, k)] for k in kinds):6d}"
        )
    print(
        f"{'all':14s}"
        + "".join(f"{sum(table[(s, k)] for s in shapes):13d}" for k in kinds)
        + f"{sum(table.values()):6d}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
