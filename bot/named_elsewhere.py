"""The asked thing named by another sentence of the article whose best sentence only refers to it.

Pattern: news writing often tells an event first with a description of the thing and names it
further down: "The carmaker will close two plants in the north." ... "It will shut plants
including Arlo and Venn."; "Marines landed on the coast on Sunday." ... "Two marines died before
the navy secured the small Kelm harbour." A question asking which N ("which plants will the
carmaker close", "which harbour did the marines take") is then answered by the name the article
ties to an N elsewhere (``bot.asked_noun.kind_names``: "the Kelm harbour", "the harbour of Kelm",
"Kelm, a harbour"; or a list the plural N introduces, "plants including Arlo
and Venn", "firms such as Ostra and Velm"), not by the describing sentence, which names none.

Only for a noun naming a thing of its own (``THING_FILES``), not one whose N does the deed (the
doer must be read from the deed's own sentence, ``bot.asked_noun.asks_doer``), only where the
best sentence names no N itself and no name of the asked class the question does
not hold (it may be the answer, read otherwise), and only from a sentence of the same article that
states the question's own event itself (``named_elsewhere_event_share`` of its event words, by
form or meaning; the sentence before it may tell another event the name is set beside): a name of another thing of the same kind in
another paragraph ("the Orla harbour was sold last year") does not state the asked event. Two
sentences giving different names as well as each other leave the question to the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer_types import asked_class
from bot.asked_noun import asks_doer, is_kind_word, kind_names
from bot.conflicts import Candidate
from bot.evidence import terms
from bot.nlp import dependency_parse, parse
from bot.sentences import event_words
from bot.text import word_stem
from bot.wordnet import wordnet

if TYPE_CHECKING:
    from bot.evidence import EvidenceSentence
    from bot.question import Question
    from index.tuning import AnswerTuning

THING_FILES = frozenset(
    {"noun.location", "noun.object", "noun.group", "noun.artifact", "noun.communication", "noun.person"}
)
"""WordNet files of nouns naming a thing of its own (a place, a landform, a body, a made thing, a
work, a person); a relation or an abstraction ("which part", "which kind") is named by no name
tied to it elsewhere ("the first part of Ramadan")."""
_LISTING = re.compile(r"\s+(?:including|such as|like|among them|namely)\s+", re.I)
"""Words by which a plural noun introduces the names of some of the things it counts."""
_NAME = r"(?:[a-z]{1,3}-)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for)\s+)?(?:[a-z]{1,3}-)?[A-Z][\w’'-]*)*"
_LISTED = re.compile(rf"({_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)")
"""A list of names: "Arlo", "Arlo and Venn", "Arlo, Venn and Tasso"."""


def listed_names(noun: str, text: str) -> list[str]:
    """The lists of names ``text`` introduces by the plural noun, or a WordNet kind of it ("villages
    including Arlo and Venn", "hamlets such as Arlo"), each as written; none when the noun is not
    followed by a listing word and a capitalised name."""
    out: list[str] = []
    for m in _LISTING.finditer(text):
        before = re.search(r"([A-Za-z]+)\s*$", text[: m.start()])
        listed = _LISTED.match(text, m.end())
        if (
            before
            and listed
            and is_kind_word(before.group(1), noun)
            and before.group(1).lower().endswith("s")
        ):
            out.append(listed.group(1))
    return out


def naming(noun: str, text: str, question: str, plural: bool) -> str:
    """The name (or, for a plural N, the list of names) ``text`` ties to an N, as written; ""
    when it ties none. A list the noun introduces goes first for a plural N; otherwise the first
    name ``kind_names`` gives."""
    if plural and (lists := listed_names(noun, text)):
        return lists[0]
    names = kind_names(noun, text, question) or noun_after_name(noun, text, question)
    return names[0] if names else ""


def noun_after_name(noun: str, text: str, question: str) -> list[str]:
    """Names written right before the asked noun itself ("the Kelm harbour" for "which harbour"),
    however the parse tags that noun (a small tagger may read a rare noun after a name as a
    verb, which ``kind_names`` declines); names all of whose words the question holds are its own."""
    asked = _words(question)
    out = []
    for m in re.finditer(rf"({_NAME})\s+([a-z]+)\b", text):
        name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        if word_stem(m.group(2)) != word_stem(noun) or not name or name[:1].islower():
            continue
        if all(w.lower() in asked for w in name.split()) or (m.start(1) == 0 and " " not in name):
            continue  # the question's own name; a lone capitalised word opening the sentence
        out.append(f"{name} {m.group(2)}")
    return out


def _words(text: str) -> set[str]:
    """The text's words, lower-cased, hyphened and apostrophed words kept whole."""
    return {w.lower() for w in re.findall(r"[\w’'-]+", text)}


def _asks_plural(noun: str, question: str) -> bool:
    """The question writes the asked noun in the plural ("which villages"): inflected, however
    the parse tags it (a small tagger may read "villages" after "which" as a verb)."""
    return any(t.lemma_.lower() == noun and t.lower_ != noun for t in dependency_parse(question))


def names_asked_class(question: str, text: str) -> bool:
    """The sentence holds a name of the class the asked noun asks (``asked_class``: a place for
    "which village") that the question does not hold: the sentence may answer as it stands."""
    labels = asked_class(question)
    asked = _words(question)
    return any(e.label in labels and not _words(e.text) <= asked for e in parse(text).entities)


def common_word(value: str) -> bool:
    """The value is one capitalised abbreviation WordNet knows as a common noun ("MP" in "a
    constituency MP"): a title, not the name of the thing asked."""
    return " " not in value and value.isupper() and bool(wordnet().senses(value.lower()))


def named_elsewhere_candidates(
    q: Question, noun: str, best: EvidenceSentence, score: float, tune: AnswerTuning
) -> list[Candidate]:
    """The module's pattern: the name another sentence of ``best``'s article ties to the asked N,
    cited from that sentence and scored ``score`` (the describing sentence's: it states the event);
    none when the best sentence names an N or one of the asked class, or no sentence (or two with
    different names) of the article names one while stating the event."""
    if not noun or wordnet().commonest_file(noun, "n") not in THING_FILES or asks_doer(q.text):
        return []  # "which part", "which group claimed it": no thing of its own, or a doer's role
    if kind_names(noun, best.chunk.text, q.text) or names_asked_class(q.text, best.chunk.text):
        return []
    plural = _asks_plural(noun, q.text)
    words = list(event_words(q))
    found: list[tuple[float, EvidenceSentence, str]] = []
    for hit in best.corpus.sentences_of(best.doc):
        value = naming(noun, hit.chunk.text, q.text, plural)
        if not value or common_word(value):
            continue
        share = 1.0
        if words:
            pool = terms(hit.chunk.text)
            share = hit.corpus.share(words, pool, verbs=list(hit.parsed.verbs))
        if share >= tune.named_elsewhere_event_share:
            found.append((share, hit, value))
    if not found:
        return []
    found.sort(key=lambda f: -f[0])
    top = found[0]
    if any(f[0] == top[0] and f[2].lower() != top[2].lower() for f in found[1:]):
        return []  # two sentences as close to the event name two things: which is not told
    return [Candidate.of(top[1], top[2], top[2].lower(), score)]
