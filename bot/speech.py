"""What a named speaker said: the sentences where the asked speaker speaks, and what they said.

A question asking what someone said, warned, announced or called for ("What did Ada Kerr warn
the council would do?") is answered by a sentence in which that speaker is the subject of a
verb of communication (WordNet's verb.communication file) with reported content, a complement
clause or a quotation ("Kerr warned that the council would ..."; "“We will ...,” Kerr said"),
not by narration about the speaker ("Kerr outlined her goals"; "Kerr's remarks suggest ...").
A pronoun speaker ("he said") is the asked one when the sentence before has them as its subject, or the
index's ingest resolved the pronoun to them (``Chunk.speaker``). The answer is the reported
content; its sentence is the citation. Asked what the speaker told someone to do ("What did Kerr
urge the council to do?"), the answer is the deed a telling speech asks, every deed of its list
("Kerr urged the council to close the port and cut fares": "close the port and cut fares").
Asked what the speaker's verb took through its preposition ("What did Kerr point to as proof?"),
the answer is what the speaker's same verb takes through that preposition ("Kerr pointed to the
falling fares as proof": "the falling fares"), not what the speaker said besides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from bot.blame import can_act, is_saying, rival_actors
from bot.conflicts import Candidate
from bot.entities import QUOTE_OPENERS, sentence_speaker
from bot.evidence import EvidenceSentence, terms
from bot.names import names_capitals_country, names_place
from bot.nlp import dependency_parse
from bot.sentences import sentences
from bot.text import TokenPool, tokens
from bot.wordnet import wordnet
from index.tuning import AnswerTuning

__all__ = [
    "Speech",
    "SpokenQuestion",
    "acts_in",
    "asked_kind_of_speech",
    "asked_object",
    "asked_speech",
    "asks_wording",
    "directive_clause",
    "is_asked_speaker",
    "outlet_speech",
    "speech_by",
    "speech_candidates",
    "speech_features",
    "titled_name",
    "topic_share",
]

SPEECH_SENSES = 3
"""Senses of a verb read for one of communication: "conclude" speaks in its third ("he concluded")."""
ASKED_SENSES = 2
"""Senses of a question's verb read: the question means its common sense ("say", "warn", "call for")."""

_WH = frozenset({"what", "which", "whom", "who"})
_WH_HOW = _WH | {"how"}
"""The wh-words that are no part of what a question says of the speech ("how did X describe Y")."""
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
    phrase: str = ""
    """The speaker as the question writes it ("Tarn's port authority")."""
    own_words: bool = False
    """The question asks for the speaker's own words: a speaking doer (a name or a person or group)
    is the active subject of a verb whose commonest sense is saying ("what did the Tarn mayor say"),
    so only that speaker's speech answers; not "what is Kerr accused of", "what does X mean"."""
    directive: bool = False
    """The question asks what the speaker told someone to do (``directive_clause``: "what did Kerr
    urge the council to do"), so the deed of a speech telling someone to do it answers."""
    preposition: str = ""
    """The question's wh-word is the object of this preposition of the asked verb ("what did Kerr
    point to": "to"), so what the speaker's same verb takes through it answers (``asked_object``)."""


@dataclass(frozen=True)
class Speech:
    """A sentence's speech by the asked speaker: what was said (a clause or a quotation), and
    whether the sentence quotes the speaker's own words."""

    content: str
    quoted: bool = False
    directive: bool = False
    """The speech tells someone to do something ("Kerr urged the council to close the port"): its
    content is the deed asked of them ("close the port")."""
    taken: bool = False
    """The content is what the asked verb takes through the asked preposition ("pointed to the
    falling fares": "the falling fares"), ``SpokenQuestion.preposition``."""


def _phrasal(verb: Any) -> str:
    """The verb with its particle or bound preposition, as WordNet files it ("call_for")."""
    for child in verb.children:
        if child.dep_ in ("prt", "prep"):
            joined = f"{verb.lemma_.lower()}_{child.lower_}"
            if wordnet().senses(joined, "v"):
                return joined
    return verb.lemma_.lower()


def _wh_within(verb: Any, wording: bool = False) -> bool:
    """The question's wh-word is the verb's object or sits in its content clause ("What did X
    say Y would do"), not its subject ("Which group said ...") nor its adverb ("Where did X say");
    with ``wording``, also where the verb asks how its object was put into words (``asks_wording``)."""
    if wording and asks_wording(verb):
        return True
    for tok in verb.subtree:
        if tok.lower_ not in _WH or tok.dep_ == "det":
            continue  # "what kind of plan did Kerr announce" asks for a thing, not what she said
        top = tok  # the verb's child the wh-word hangs from
        while top.head.i != verb.i:
            top = top.head
        if top.dep_ in ("dobj", "obj", "prep", "dep") or top.dep_ in _CONTENT_DEPS:
            return True
    return False


def asks_wording(verb: Any) -> bool:
    """Pattern: "how" as the manner of a verb of communication that has a direct object ("how did
    Kerr describe the plan", "how does the report characterise the talks") asks the words the
    speaker used of that object, which any speech of theirs about it gives; a verb with no object
    ("how did Kerr respond") asks a manner or a deed, not words."""
    return (
        any(c.dep_ == "advmod" and c.lower_ == "how" for c in verb.children)
        and any(c.dep_ in ("dobj", "obj") for c in verb.children)
        and is_saying(_phrasal(verb), ASKED_SENSES)
    )


def asked_speech(question: str, wording: bool = False) -> SpokenQuestion | None:
    """The speaker and verb of a question asking what someone said ("What did Kerr warn
    about?", "what did the port's manager call for"), or None; with ``wording``, also of one
    asking how someone put a thing into words ("how did Kerr describe the plan", ``asks_wording``)."""
    doc = dependency_parse(question)
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        lemma = _phrasal(verb)
        if not is_saying(lemma, ASKED_SENSES) or not _wh_within(verb, wording):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(
            t.lower_ in _WH for t in doc[max(subject.left_edge.i - 1, 0) : subject.i + 1]
        ):
            continue  # "Which envoy said ...": the question asks who spoke (whatever the parse)
        words = tuple(
            t.lower_
            for t in subject.subtree
            if (t.pos_ in _NAME_POS or (t.i == subject.i and _misread_name(t)))
            and t.lower_ not in _WH
            and t.is_alpha
        )
        if words:
            frame = {t.i for t in subject.subtree} | {verb.i}
            rest = [
                t.text
                for t in doc
                if t.i not in frame and t.lower_ not in _WH_HOW and t.dep_ not in _FRAME_DEPS
            ]
            kept = [t for t in subject.subtree if t.dep_ != "det" or t.i != subject.left_edge.i]
            phrase = question[kept[0].idx : kept[-1].idx + len(kept[-1])] if kept else ""
            passive = verb.tag_ == "VBN" and any(
                c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children
            )
            own = subject.dep_ == "nsubj" and not passive and is_saying(lemma) and _speaking_doer(subject)
            directive = directive_clause(verb) is not None
            return SpokenQuestion(
                words, lemma, " ".join(rest), phrase, own, directive, _asked_preposition(verb)
            )
    return None


def _asked_preposition(verb: Any) -> str:
    """The preposition of the verb whose object is the question's wh-word ("What did Kerr point
    to?": "to"), or ""."""
    for prep in verb.children:
        if prep.dep_ == "prep" and any(c.dep_ == "pobj" and c.lower_ in _WH for c in prep.children):
            return prep.lower_
    return ""


def asked_object(spoken: SpokenQuestion, verb: Any, text: str) -> str:
    """Pattern: asked what the speaker's verb took through a preposition ("what did Kerr point to
    as proof"), the speaker's same verb with the same preposition gives it: that preposition's
    object with its words ("Kerr pointed to the falling fares as proof": "the falling fares");
    "" for another verb or preposition."""
    if not spoken.preposition or verb.lemma_.lower() != spoken.verb.split("_")[0]:
        return ""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != spoken.preposition:
            continue
        taken = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if taken is not None:
            words = list(taken.subtree)
            return _trimmed(text[words[0].idx : words[-1].idx + len(words[-1])])
    return ""


def _misread_name(subject: Any) -> bool:
    """A subject the parser tags as a verb or adjective is a name written in lower case ("what did
    brennan say"): a subject is a noun phrase, and no pronoun or determiner is tagged so."""
    return subject.dep_ == "nsubj" and subject.pos_ in {"VERB", "ADJ"} and not subject.is_stop


_ADDRESSEE_DEPS = frozenset({"dobj", "obj", "dative"})
"""How a telling verb takes whom it tells ("urged the council to", "asked them to")."""


def directive_clause(verb: Any) -> Any:
    """Pattern: a verb telling someone to do something takes the one told and the deed asked of
    them as an infinitive ("urged the council to close the port", "called on the firms to pay",
    "What did Kerr ask residents to do?"): the infinitive's verb, or None when the verb has no
    such pair (a promise, "vowed to close", names no one told)."""
    told = any(
        (c.dep_ in _ADDRESSEE_DEPS and c.lower_ not in _WH)
        or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
        for c in verb.children
    )
    if not told:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _deed(verb: Any, clause: Any, text: str) -> str:
    """The deed a telling verb asks (``directive_clause``), without its "to", with the further
    deeds the parser hangs on the telling verb ("call on all sides to respect the truce, free the
    prisoners and reopen the roads"): a list asked is answered whole."""
    doc = clause.doc
    words = [t for t in clause.subtree if not (t.i == clause.left_edge.i and t.lower_ == "to")]
    end = clause.right_edge.i
    for more in sorted(verb.children, key=lambda t: t.i):
        if more.i <= end or not _listed_deed(more, doc[end + 1 : more.left_edge.i]):
            continue
        words += list(more.subtree)
        end = more.right_edge.i
    if not words:
        return ""
    words.sort(key=lambda t: t.i)
    return _trimmed(text[words[0].idx : words[-1].idx + len(words[-1])])


_LIST_DEPS = frozenset({"conj", "dep", "advcl"})
"""How the parser hangs a listed bare infinitive on the telling verb ("to end the strike, reopen ...")."""


def _listed_deed(more: Any, between: Any) -> bool:
    """``more`` goes on the list of deeds asked: a bare infinitive of its own (no subject, no "to"
    or conjunction of its own: not "and said ...", not "to avoid ..." for a purpose) right after
    the list so far, with only commas or "and"/"or" between."""
    return (
        more.dep_ in _LIST_DEPS
        and more.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") or c.lower_ == "to" for c in more.children)
        and all(t.is_punct or t.dep_ == "cc" for t in between)
    )


def _speaking_doer(subject: Any) -> bool:
    """The subject can speak: a name, a person, group or place (by the parser's entity types), or
    a noun WordNet files as a kind of doer ("the minister", "the ministry"); not a word asked about
    ("what does the word mean")."""
    if subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or any(
        c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} for c in subject.children
    ):
        return True
    return subject.pos_ == "PROPN" or (subject.pos_ == "NOUN" and can_act(subject)) or _misread_name(subject)


def is_asked_speaker(
    spoken: SpokenQuestion, said: str, titled: str = "", similar: Callable[[str, str], bool] | None = None
) -> bool:
    """Pattern: a sentence's speaker is the asked one when it names one of the asked speaker's
    words, or names all of them in other forms (``names.place_forms``: "Tarnish" for "Tarn"; the
    asked head noun by a word the sentence model reads alike, ``similar``: "army" for "military";
    ``titled``, the article's fuller naming of the speaker, "Trade Minister Ada Kerr" for "Kerr",
    for "the trade minister"), or is the capital of the asked speaker's country ("Velm" for "the
    Tarnish government"), and is no rival of it, named for another place or side ("the Velm police
    said" does not answer "what did the Tarn police say")."""
    if not said.strip():
        return False
    if spoken.phrase and rival_actors(spoken.phrase, said):
        return False
    if _names_speaker(said, spoken.speaker):
        return True
    if names_capitals_country(TokenPool(tokens(spoken.phrase)), said):
        return True
    head = _common_head(spoken)
    return any(
        _names_all(spoken.speaker, x, head, similar)
        for x in (said, titled)
        if x and not rival_actors(spoken.phrase, x)
    )


def _common_head(spoken: SpokenQuestion) -> str:
    """The asked speaker's last word when the question writes it in lower case, a common noun
    ("government" of "Tarn's government"), or ""."""
    words = re.findall(r"[\w'-]+", spoken.phrase)
    last = words[-1] if words else ""
    return last if last.islower() and spoken.speaker and last.lower() == spoken.speaker[-1] else ""


def _names_all(
    words: tuple[str, ...], said: str, head: str = "", similar: Callable[[str, str], bool] | None = None
) -> bool:
    """Every asked word is in the speaker's naming, as written or as another form of a place
    ("Tarnish" for "Tarn", "Tarn" for "Tarnish"), the common head noun also by a lower-case word
    the sentence model reads alike (``similar``)."""
    pool = TokenPool(tokens(said))
    plain = [w for w in re.findall(r"[a-z][\w-]*", said)] if head and similar else []

    def named(w: str) -> bool:
        if pool.has(w) or names_place(pool, w) or any(names_place(TokenPool([w]), x) for x in tokens(said)):
            return True
        return w == head and similar is not None and any(similar(w, x) for x in plain)

    return bool(words) and all(named(w) for w in words)


_TITLE_RUN = r"((?:[A-Z][\w'’.-]*\s+){1,6})"
"""Capitalised words before a name: its title and given names ("Trade Minister Ada ")."""


def titled_name(name: str, article: str) -> str:
    """The article's longest naming of a one-word name with the capitalised title and given names
    before it ("Trade Minister Ada Kerr" for "Kerr"), or ""."""
    name = name.strip()
    if not name or " " in name or not name[:1].isupper():
        return ""
    runs = [m.group(0) for m in re.finditer(_TITLE_RUN + re.escape(name) + r"\b", article)]
    return max(runs, key=len) if runs else ""


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
    spoken: SpokenQuestion,
    text: str,
    previous: str = "",
    ingest_speaker: str = "",
    article: str = "",
    similar: Callable[[str, str], bool] | None = None,
) -> Speech | None:
    """The speech in ``text`` whose speaker is the asked one, with reported content, or None:
    the subject of a verb of communication is the speaker (``is_asked_speaker``, with its fuller
    naming in ``article``), or is a pronoun the sentence before has as its subject, or
    ``ingest_speaker`` (the index's speaker of the sentence, or of the quotation it runs on from:
    ``entities.sentence_speaker``) names them."""
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
                _subject_names(previous, spoken.speaker)
                or is_asked_speaker(spoken, ingest_speaker, titled_name(ingest_speaker, article), similar)
            ):
                continue
        elif not is_asked_speaker(spoken, said, titled_name(said, article), similar):
            continue
        if any(t.dep_ == "poss" for t in subject.subtree if t.i != subject.i):
            continue  # "Kerr's aide said": another speaker
        taken = asked_object(spoken, verb, text)
        if taken:
            return Speech(taken, bool(_QUOTE_MARK.search(text)), taken=True)
        clause = directive_clause(verb)
        if clause is not None:
            deed = _deed(verb, clause, text)
            if deed:
                return Speech(deed, bool(_QUOTE_MARK.search(text)), True)
        content = _content(verb, text)
        if content:
            return Speech(content, bool(_QUOTE_MARK.search(text)))
    if text.lstrip().startswith(QUOTE_OPENERS) and is_asked_speaker(
        spoken, ingest_speaker, titled_name(ingest_speaker, article), similar
    ):
        return Speech(_trimmed(text), True)  # a quotation running on from the speaker's quoted sentence
    return None


def outlet_speech(spoken: SpokenQuestion, text: str, speaker: str, outlet: str) -> Speech | None:
    """Pattern: what an outlet says is what its own articles state: asked what the Tarn Herald
    said, a sentence of an article the Tarn Herald published that reports no one else's words
    (no speaker of its own) is the outlet's speech; ``speaker``: the sentence's speaker found at
    ingest, ``outlet``: its article's outlet."""
    if speaker or not outlet or not is_asked_speaker(spoken, outlet):  # an outlet's name, not a kind
        return None
    content = _trimmed(text)
    return Speech(content, False) if content else None


def acts_in(
    spoken: SpokenQuestion, text: str, article: str = "", similar: Callable[[str, str], bool] | None = None
) -> bool:
    """Pattern: asked what someone said and no words of theirs found, a sentence telling what
    they did ("the Tarn council has sold the depot", "the council refused to comment") still
    answers, but only one where the asked speaker is the active subject of a verb
    (``is_asked_speaker``): a sentence that only names them ("a Velm envoy said Tarn would ...")
    is another's account, not theirs."""
    for verb in dependency_parse(text):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = _speaker_of(verb)
        if subject is None or subject.lower_ in _PRONOUNS:
            continue
        said = " ".join(t.text for t in subject.subtree)
        if is_asked_speaker(spoken, said, titled_name(said, article), similar):
            return True
    return False


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


def found_speeches(
    spoken: SpokenQuestion, hits: list[EvidenceSentence], tune: AnswerTuning
) -> list[tuple[EvidenceSentence, Speech]]:
    """The asked speaker's speeches among the first ``speech_sentences`` hits, with their sentences."""
    found: list[tuple[EvidenceSentence, Speech]] = []
    for hit in hits[: tune.speech_sentences]:
        before = hit.previous
        article, speaker = hit.corpus.article_text(hit.doc), sentence_speaker(hit)
        speech = speech_by(
            spoken, hit.text, before.text if before else "", speaker, article, hit.corpus.similar
        )
        if speech is None and spoken.own_words:
            speech = outlet_speech(spoken, hit.text, speaker, hit.chunk.outlet)
        if speech is not None:
            found.append((hit, speech))
    return found


def asked_kind_of_speech(
    spoken: SpokenQuestion, found: list[tuple[EvidenceSentence, Speech]]
) -> list[tuple[EvidenceSentence, Speech]]:
    """Pattern: asked what the speaker told someone to do ("what did Kerr urge the council to
    do"), only the speeches telling someone to do something answer when there are any (their
    deed, "close the port"), not what the speaker said besides ("the port is too small"); asked
    what the speaker's verb took through a preposition ("what did Kerr point to"), only speeches
    of that verb taking something through it answer when there are any (``asked_object``)."""
    if spoken.directive and any(speech.directive for _, speech in found):
        return [(hit, speech) for hit, speech in found if speech.directive]
    if spoken.preposition and any(speech.taken for _, speech in found):  # "what did Kerr point to"
        return [(hit, speech) for hit, speech in found if speech.taken]
    return found


def speech_features(
    spoken: SpokenQuestion, hits: list[EvidenceSentence], tune: AnswerTuning
) -> list[tuple[EvidenceSentence, str, tuple[float, float, float]]]:
    """Each found speech's sentence, content and ranking features: the sentence's retrieval
    score, the sentence model's closeness of the content to what the question says of it (0 when
    it says nothing), and the content's ``topic_share`` (``scripts/fit_speech_rank.py``)."""
    return _featured(spoken, asked_kind_of_speech(spoken, found_speeches(spoken, hits, tune)))


def _featured(
    spoken: SpokenQuestion, found: list[tuple[EvidenceSentence, Speech]]
) -> list[tuple[EvidenceSentence, str, tuple[float, float, float]]]:
    """``speech_features`` of speeches already found."""
    if not found:
        return []
    vectors = found[0][0].corpus.embed_many([spoken.about, *(speech.content for _, speech in found)])
    close = vectors[1:] @ vectors[0] if spoken.about else np.zeros(len(found))
    idf = found[0][0].corpus.idf
    return [
        (hit, speech.content, (hit.score, float(c), topic_share(spoken.about, speech.content, idf)))
        for (hit, speech), c in zip(found, close, strict=True)
    ]


def speech_candidates(
    spoken: SpokenQuestion, hits: list[EvidenceSentence], tune: AnswerTuning
) -> list[Candidate]:
    """The reported content of the asked speaker's speech among the hits, the
    content closest to what the question says of it (the sentence model: the hit's score
    weighs the speaker's name as much as the content, so the content's own closeness is added,
    and its stating the question's own topic words, ``topic_share``; weighed by
    ``speech_close_weight`` and ``speech_topic_weight``), cited with the other sources making the
    same point (``sentences``). Empty when no hit among the first ``speech_sentences`` holds the
    speaker's speech."""
    every = found_speeches(spoken, hits, tune)
    found = _featured(spoken, asked_kind_of_speech(spoken, every))
    if not found:
        return []
    weights = (1.0, tune.speech_close_weight, tune.speech_topic_weight)
    ranks = [sum(w * f for w, f in zip(weights, feats, strict=True)) for _, _, feats in found]
    hit, content, _ = found[int(np.argmax(ranks))]
    # the speaker's speech stands as strongly as their best-scored one, of whatever kind
    top = max(h.score for h, _ in every)
    rest = [h for h in hits if h is not hit]
    return [
        replace(
            c,
            value=content,
            key=content.lower(),
            score=max(c.score, top) if c.chunk_id == hit.chunk.id else c.score,
        )
        for c in sentences([hit, *rest], tune)
    ]
