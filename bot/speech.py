"""What a named speaker said: the sentences where the asked speaker speaks, and what they said.

A question asking what someone said, warned, announced or called for ("What did Ada Kerr warn
the council would do?") is answered by a sentence in which that speaker is the subject of a
verb of communication (WordNet's verb.communication file) with reported content, a complement
clause or a quotation ("Kerr warned that the council would ..."; "“We will ...,” Kerr said"),
not by narration about the speaker ("Kerr outlined her goals"; "Kerr's remarks suggest ...").
A pronoun speaker ("he said") is the asked one when the sentence before has them as its subject, or the
index's ingest resolved the pronoun to them (``Chunk.speaker``). The answer is the reported
content; its sentence is the citation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from bot.blame import is_saying
from bot.conflicts import Candidate
from bot.entities import QUOTE_OPENERS, sentence_speaker
from bot.evidence import EvidenceSentence, terms
from bot.nlp import dependency_parse
from bot.sentences import sentences
from bot.text import TokenPool, tokens
from bot.wordnet import wordnet
from index.tuning import AnswerTuning

__all__ = ["Speech", "SpokenQuestion", "asked_speech", "speech_by", "speech_candidates", "topic_share"]

SPEECH_SENSES = 3
"""Senses of a verb read for one of communication: "conclude" speaks in its third ("he concluded")."""
ASKED_SENSES = 2
"""Senses of a question's verb read: the question means its common sense ("say", "warn", "call for")."""

_WH = frozenset({"what", "which", "whom", "who"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_QUOTE_MARK = re.compile(r"[\"“”]")
_QUOTED = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")
_NAME_POS = frozenset({"PROPN", "NOUN"})
_FRAME_DEPS = frozenset({"aux", "punct", "mark"})


@dataclass(frozen=True)
class SpokenQuestion:
    """A question asking what ``speaker`` said: the speaker's words, the verb asked, and what
    the question says of the content ("Washington would keep doing for its people")."""

    speaker: tuple[str, ...]
    verb: str
    about: str


@dataclass(frozen=True)
class Speech:
    """A sentence's speech by the asked speaker: what was said (a clause or a quotation), and
    whether the sentence quotes the speaker's own words."""

    content: str
    quoted: bool = False


def _phrasal(verb: Any) -> str:
    """The verb with its particle or bound preposition, as WordNet files it ("call_for")."""
    for child in verb.children:
        if child.dep_ in ("prt", "prep"):
            joined = f"{verb.lemma_.lower()}_{child.lower_}"
            if wordnet().senses(joined, "v"):
                return joined
    return verb.lemma_.lower()


def _wh_within(verb: Any) -> bool:
    """The question's wh-word is the verb's object or sits in its content clause ("What did X
    say Y would do"), not its subject ("Which group said ...") nor its adverb ("Where did X say")."""
    for tok in verb.subtree:
        if tok.lower_ not in _WH or tok.dep_ == "det":
            continue  # "what kind of plan did Kerr announce" asks for a thing, not what she said
        top = tok  # the verb's child the wh-word hangs from
        while top.head.i != verb.i:
            top = top.head
        if top.dep_ in ("dobj", "obj", "prep", "dep") or top.dep_ in _CONTENT_DEPS:
            return True
    return False


def asked_speech(question: str) -> SpokenQuestion | None:
    """The speaker and verb of a question asking what someone said ("What did Kerr warn
    about?", "what did the port's manager call for"), or None."""
    doc = dependency_parse(question)
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = _phrasal(verb)
        if not is_saying(lemma, ASKED_SENSES) or not _wh_within(verb):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(
            t.lower_ in _WH for t in doc[max(subject.left_edge.i - 1, 0) : subject.i + 1]
        ):
            continue  # "Which envoy said ...": the question asks who spoke (whatever the parse)
        words = tuple(
            t.lower_ for t in subject.subtree if t.pos_ in _NAME_POS and t.lower_ not in _WH and t.is_alpha
        )
        if words:
            frame = {t.i for t in subject.subtree} | {verb.i}
            rest = [
                t.text for t in doc if t.i not in frame and t.lower_ not in _WH and t.dep_ not in _FRAME_DEPS
            ]
            return SpokenQuestion(words, lemma, " ".join(rest))
    return None


def _names_speaker(text: str, speaker: tuple[str, ...]) -> bool:
    """The text names the asked speaker: one of the speaker's words, as a token ("Kerr" for
    "Ada Kerr"; "general" for "the port's general")."""
    pool = TokenPool(tokens(text))
    return any(pool.has(t) for w in speaker for t in tokens(w))


def _speaker_of(verb: Any) -> Any:
    """Who speaks by the verb: its active subject, or, for a verb in a clause of another verb
    with no subject of its own ("Kerr met the envoys, saying that ..."; "Kerr was quoted as
    saying ..."), the subject of the verb it hangs from; None for a passive ("Kerr was told")."""
    node = verb
    for _ in range(_INHERIT_STEPS):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.dep_ == "nsubj" or node.i != verb.i else None
        if node.dep_ not in _INHERITING_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


_INHERIT_STEPS = 3
"""Heads climbed for a subject: "quoted" <- "as" <- "saying"."""
_INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep"})


def _subject_names(text: str, speaker: tuple[str, ...]) -> bool:
    """The subject of the text's main verb names the speaker: whom a pronoun opening the next
    sentence stands for ("Kerr met the envoys. She said ..."; not "... met Kerr. He said")."""
    if not text:
        return False
    root = next((t for t in dependency_parse(text) if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    return subject is not None and _names_speaker(" ".join(t.text for t in subject.subtree), speaker)


def _content(verb: Any, text: str) -> str:
    """What the verb reports: its complement clause, else the sentence's quotation; a verb set
    inside the clause it reports ("The port, Kerr said, will close") reports the whole sentence."""
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.dep_ == "ROOT":
        return text.strip()
    clause = next((c for c in verb.children if c.dep_ in _CONTENT_DEPS and c.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        quoted = _QUOTED.search(text)
        return _trimmed(quoted.group(1)) if quoted else ""
    words = list(clause.subtree)
    if words and words[0].lower_ == "that":
        words = words[1:]
    return _trimmed(text[words[0].idx : words[-1].idx + len(words[-1])]) if words else ""


def _trimmed(content: str) -> str:
    """The content without its edge punctuation, and without quotation marks the cut left
    unpaired ("the US “will not let that happen")."""
    content = content.strip(" ,.;:")
    if content.count('"') % 2 or content.count("“") != content.count("”"):
        content = content.replace('"', "").replace("“", "").replace("”", "")
    return content.strip()


def speech_by(
    spoken: SpokenQuestion, text: str, previous: str = "", ingest_speaker: str = ""
) -> Speech | None:
    """The speech in ``text`` whose speaker is the asked one, with reported content, or None:
    the subject of a verb of communication names the speaker, or is a pronoun the sentence
    before has as its subject, or ``ingest_speaker`` (the index's speaker of the sentence, or of
    the quotation it runs on from: ``entities.sentence_speaker``) names them."""
    doc = dependency_parse(text)
    for verb in doc:
        if verb.pos_ != "VERB" or not is_saying(verb.lemma_.lower(), SPEECH_SENSES):
            continue
        subject = _speaker_of(verb)
        if subject is None:
            continue
        said = " ".join(t.text for t in subject.subtree)
        if subject.lower_ in _PRONOUNS:
            if not (
                _subject_names(previous, spoken.speaker) or _names_speaker(ingest_speaker, spoken.speaker)
            ):
                continue
        elif not _names_speaker(said, spoken.speaker):
            continue
        if any(t.dep_ == "poss" for t in subject.subtree if t.i != subject.i):
            continue  # "Kerr's aide said": another speaker
        content = _content(verb, text)
        if content:
            return Speech(content, bool(_QUOTE_MARK.search(text)))
    if text.lstrip().startswith(QUOTE_OPENERS) and _names_speaker(ingest_speaker, spoken.speaker):
        return Speech(_trimmed(text), True)  # a quotation running on from the speaker's quoted sentence
    return None


def topic_share(about: str, content: str, idf: Callable[[str], float]) -> float:
    """The IDF-weighted share of the words the question says of the speech (``SpokenQuestion.about``)
    that the speech's content states: asked "what did Kerr say about how high the fares are", her
    "the fares are too high" states the topic in the question's own words and her "we have a clear
    plan for Tarvel" does not, however alike the sentence model reads the two; 0 when the question
    says nothing of the content."""
    wanted = list(dict.fromkeys(tokens(about)))
    total = sum(idf(t) for t in wanted)
    if not total:
        return 0.0
    pool = terms(content)
    return sum(idf(t) for t in wanted if pool.has(t)) / total


def speech_candidates(
    spoken: SpokenQuestion, hits: list[EvidenceSentence], tune: AnswerTuning
) -> list[Candidate]:
    """The reported content of the asked speaker's speech among the hits, the
    content closest to what the question says of it (the sentence model: the hit's score
    weighs the speaker's name as much as the content, so the content's own closeness is added,
    and its stating the question's own topic words, ``topic_share``), cited with the other sources making the same point (``sentences``). Empty when no hit among
    the first ``open_sentences`` holds the speaker's speech."""
    found: list[tuple[EvidenceSentence, Speech]] = []
    for hit in hits[: tune.open_sentences]:
        before = hit.previous
        speech = speech_by(spoken, hit.text, before.text if before else "", sentence_speaker(hit))
        if speech is not None:
            found.append((hit, speech))
    if not found:
        return []
    vectors = found[0][0].corpus.embed_many([spoken.about, *(speech.content for _, speech in found)])
    close = vectors[1:] @ vectors[0] if spoken.about else np.zeros(len(found))
    idf = found[0][0].corpus.idf
    ranks = [
        hit.score + float(c) + tune.speech_topic_weight * topic_share(spoken.about, speech.content, idf)
        for (hit, speech), c in zip(found, close, strict=True)
    ]

    hit, speech = found[int(np.argmax(ranks))]
    top = max(h.score for h, _ in found)  # the speaker's speech stands as strongly as their best-scored one
    rest = [h for h in hits if h is not hit]
    return [
        replace(
            c,
            value=speech.content,
            key=speech.content.lower(),
            score=max(c.score, top) if c.chunk_id == hit.chunk.id else c.score,
        )
        for c in sentences([hit, *rest], tune)
    ]
