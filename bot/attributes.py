"""Attribute questions ("What sport is X associated with?") and their short values in evidence.

An attribute question names a noun (sport, genre, language, position, party, medium, artist)
and a subject; its answer is a short phrase in the evidence that is a kind of that noun, per
WordNet ("rugby league" is a sport, "Tamil" a language), or, for a person role (artist,
director), the name in the "by"/possessive slot. Everything here is a pure function of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.debris import is_debris
from bot.instances import named_instances
from bot.nlp import dependency_parse
from bot.wordnet import base_forms, wordnet
from index.split import split_sentences
from index.tuning import SenseTuning

KIND_WORDS = ("kind", "type", "sort", "category", "form")
"""Nouns that only point at the next one ("type of aircraft"): WordNet senses of "kind"."""

NAME_JOINERS = ("of", "for", "the", "de", "and", "'s", "’s")
"""Lower-case words inside a proper name ("Museum for the Macedonian Struggle", "Saint Ann's
Hospital")."""

MEASURES = ("measure", "magnitude", "time_period", "calendar_day", "date")
"""An attribute that is a kind of these is a quantity or a date (population, length, age),
answered by the count and date readers, not by a kind-of phrase."""

PRACTICE = "occupation"
"""An attribute whose commonest activity sense is an occupation (profession, job, career) is
answered by the person noun that practises it ("a marine biologist"): values are kinds of
"person". "sport" is an activity first (a diversion), so it keeps its own category."""

PRACTICE_SENSES = 2
"""Only the two commonest senses count: "medium" and "position" have rare job senses too."""

DEFINING = 1.0
OTHER_SENTENCE = 0.6
"""A value in the defining sentence ("X is a/an ...") says what X is; elsewhere it may be
about something else the sentence mentions."""

FALLBACK_WORD = 0.9
"""A phrase WordNet lacks ("rugby league") judged by one of its words is slightly less sure."""

DERIVED = 0.8
"""A value read off an agent noun ("cricketer" -> cricket) is an inference, not the word."""

RANK_WEIGHT = 0.25
"""A rarer WordNet sense lowers a value's score a little (cricket: the insect comes first),
not by half: which sense is commonest says little about one document's usage."""

NAMED_MODEL = 0.5
"""'X was a Douglas DC-3': a proper name WordNet lacks, as the defining complement, names
X's type or model; less sure than a WordNet kind."""

DERIVED_MAX_RANK = 1
"""The activity must be among the base word's two commonest senses (cricket's first is the
insect); "player" -> "play" is a sport only in a rare sense."""

FALLBACK_WORDS = 2
"""Only a two-word modifier ("rugby league", "ice hockey") is judged by one of its words:
longer runs ("Hot Videos Sports") are names, not kinds."""

OTHER_VERB = 0.4
"""A name after "by" of a verb unrelated to the role ("produced by" for a director) is
someone else's role; "by" after a noun ("an album by Y") or the role's own verb
("directed by" for director) is the role."""

POSSESSOR = 0.8
"""'Y's album' names the maker less surely than 'an album by Y' (the owner, the subject)."""

SENTENCE_DECAY = 0.05
"""Later sentences of a document are a little less likely to define its subject."""

MAX_SPAN = 4
"""Longest sub-phrase of a noun chunk looked up in WordNet ("American football" = 2)."""

BUILT = ("structure", "facility")
"""WordNet's kinds of built places; one of them (a mosque, a station) has a name of its own."""

_AGENT_SUFFIXES = (("ers", ""), ("er", ""), ("ists", "y"), ("ist", "y"), ("ist", ""), ("ist", "o"))
_SKIP_DEPS = {"det", "poss", "punct", "case", "nummod", "predet", "prep", "cc"}
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


@dataclass(frozen=True)
class AttributeAsk:
    """What an attribute question asks: ``attribute`` of ``subject``.

    ``category`` is the WordNet noun values must be a kind of ("aircraft" for "type of
    aircraft", "person" for "profession"); ``person`` marks a role whose answer is a name
    (artist, director); ``subject_type`` is the kind of thing the subject is ("album")."""

    attribute: str
    subject: str
    category: str
    person: bool = False
    subject_type: str = ""
    qualifiers: tuple[str, ...] = ()
    """Lower-case nouns the question writes before the asked noun ("police" in "which London
    police station"): part of the asked kind, never its value."""


@dataclass(frozen=True)
class Candidate:
    """A short value: ``text`` as answered, ``start``/``end`` its evidence span (the agent noun
    "cricketer" for the value "cricket"), ``score`` in (0, 1], ``why`` the rule that found it."""

    text: str
    start: int
    end: int
    score: float
    why: str


def attribute_question(question: str) -> AttributeAsk | None:
    """The attribute noun and subject of "what/which N ...", "what is the N of X" or "who is
    the N of X" (N a person role); None for other questions and for quantities and dates."""
    doc = dependency_parse(question.strip())
    noun = _asked_noun(doc)
    if noun is None:
        return None
    wn = wordnet()
    attribute, category, used = noun.lemma_.lower(), noun.lemma_.lower(), {noun.i}
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and attribute in KIND_WORDS:
                category = obj.lemma_.lower()
                attribute = f"{attribute} of {category}"
                used.add(obj.i)
    if any(wn.is_kind_of(category, m) for m in MEASURES) or not wn.senses(category):
        return None
    person = wn.kind_rank(category, "person") == 0
    if _practice(category):
        category = "person"
    subject, subject_type = _subject(doc, question, used)
    if not subject:
        return None
    qualifiers = tuple(
        c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"} and c.pos_ == "NOUN" and c.is_lower
    )
    return AttributeAsk(attribute, subject, category, person, subject_type, qualifiers)


def _practice(noun: str) -> bool:
    wn = wordnet()
    practice, activity = set(wn.senses(PRACTICE)), set(wn.senses("activity"))
    for sense in wn.senses(noun)[:PRACTICE_SENSES]:
        above = wn.ancestors(sense)
        if above & activity:
            return bool(above & practice)
    return False


def question_subject(question: str) -> str:
    """The thing any question is about: a quoted title, else its first proper-name run."""
    return _subject(dependency_parse(question.strip()), question, set())[0]


def _asked_noun(doc: Any) -> Any | None:
    """The noun a wh-determiner modifies ("what sport"), or the copula's other argument when
    the wh-word is its subject or complement ("what is the genre", "who is the artist")."""
    for tok in doc:
        if tok.pos_ in {"NOUN", "PROPN"} and any(
            c.dep_ == "det" and c.lower_ in {"what", "which"} for c in tok.children
        ):
            return tok
    for tok in doc:
        if (
            tok.lower_ in {"what", "who", "which"}
            and tok.dep_ in {"attr", "nsubj"}
            and tok.head.lemma_ == "be"
        ):
            other = [
                c for c in tok.head.children if c != tok and c.dep_ in {"nsubj", "attr"} and c.pos_ == "NOUN"
            ]
            if other:
                return other[0]
    return None


def _subject(doc: Any, question: str, used: set[int]) -> tuple[str, str]:
    """The thing asked about: a quoted title, else the first proper-name run outside the asked
    phrase, else the object of "of"; with the common noun naming its type ("the album")."""
    quoted = _QUOTED.search(question)
    kind = ""
    for tok in doc:
        typed = any(c.dep_ == "appos" for c in tok.children) or (quoted and tok.idx < quoted.start())
        if tok.i not in used and tok.pos_ == "NOUN" and tok.dep_ in {"pobj", "nsubj", "attr"} and typed:
            kind = tok.lemma_.lower()
            break
    if quoted:
        return quoted.group(1).strip(), kind
    run: list[Any] = []
    for tok in doc:
        joiner = run and tok.lower_ in NAME_JOINERS and _next_propn(tok)  # "Museum of the X"
        named = tok.pos_ == "PROPN" or (run and tok.pos_ == "NUM") or (tok.pos_ == "NUM" and _next_propn(tok))
        named = named or joiner
        if named and tok.i not in used:
            run.append(tok)
        elif run:
            break
    if run:
        return doc.text[run[0].idx : run[-1].idx + len(run[-1])], kind
    for tok in doc:
        if tok.dep_ == "pobj" and tok.i not in used and tok.head.lower_ == "of":
            return _span_text(doc, [t for t in tok.subtree if t.dep_ != "det"]), kind
    return "", kind


def _next_propn(tok: Any) -> bool:
    """The next word is a proper noun, or "the" and then one ("Museum of the Macedonian ...")."""
    following = [t for t in tok.doc[tok.i + 1 : tok.i + 3] if t.lower_ != "the"]
    return bool(following) and following[0].pos_ == "PROPN"


def _span_text(doc: Any, toks: list[Any]) -> str:
    return doc.text[toks[0].idx : toks[-1].idx + len(toks[-1])] if toks else ""


def is_defining(sentence: str, subject: str) -> bool:
    """ "X is a/an ...": a copular sentence whose subject names X (or is the document's
    title-led opening) states what X is."""
    words = {w.lower() for w in re.findall(r"\w+", subject)}
    if not _may_define(sentence.lower(), words):
        return False
    doc = dependency_parse(sentence)
    roots = [t for t in doc if t.dep_ == "ROOT" and t.lemma_ == "be"]
    if not roots or not any(c.dep_ in {"attr", "acomp"} for c in roots[0].children):
        return False
    subj = [c for c in roots[0].children if c.dep_ in {"nsubj", "nsubjpass"}]
    before = {t.lower_ for t in doc[: roots[0].i]}
    return bool(subj) and bool(words & before or subj[0].lower_ in {"he", "she", "it", "they"})


def defining_kind(sentence: str) -> str:
    """The kind a defining sentence says its subject is, with the lower-case words that narrow
    it ("X is a Canadian short film" -> "short film", "X is a 1994 novel by Y" -> "novel");
    an origin, a year or a hyphenated modifier tells one thing of the kind, not the kind."""
    doc = dependency_parse(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT" and t.lemma_ == "be"), None)
    attr = next((c for c in root.children if c.dep_ == "attr"), None) if root is not None else None
    if attr is None or attr.pos_ != "NOUN":
        return ""
    first = attr
    while first.i > 0:
        before = doc[first.i - 1]
        if before.head.i != attr.i and before.head.i != first.i:
            break
        if before.dep_ not in {"amod", "compound"} or not before.is_lower or not before.is_alpha:
            break
        if before.ent_type_ or not before.whitespace_:
            break  # "Canadian", "made-for-television"
        first = before
    return doc[first.i : attr.i + 1].text


_BE = re.compile(r"\b(?:is|are|was|were|am|be|been|being|s|re|m)\b")  # "'s", "it s" too
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|it|they)\b")


def _may_define(lowered: str, words: set[str]) -> bool:
    """Without a parse: the sentence has a form of "be" and the subject's word or a pronoun
    somewhere (each parse token is a piece of the text, so no parse can find them otherwise).
    Most news sentences fail this, and a parse costs ~10 ms: asked of every retrieved
    article's opening, it was a fifth of a question's time."""
    return bool(_BE.search(lowered)) and (
        any(w in lowered for w in words) or bool(_PRONOUN_SUBJECT.search(lowered))
    )


def candidates(
    sentence: str, ask: AttributeAsk, defining: bool = False, tune: SenseTuning | None = None
) -> list[Candidate]:
    """Short values of ``ask.attribute`` in one sentence, best first (spans are offsets in the
    sentence); nothing from wiki furniture or from the subject's own name."""
    if is_debris(sentence):
        return []
    doc = dependency_parse(sentence)
    found = (
        _names(doc, ask, tune or SenseTuning())
        if ask.person
        else _kinds(doc, ask) + _instances(doc, ask, (tune or SenseTuning()).named_instance)
    )
    if defining and not ask.person and wordnet().is_kind_of(ask.category, "artifact"):
        found += _named_model(doc)
    weight = DEFINING if defining else OTHER_SENTENCE
    subject_spans = [(m.start(), m.end()) for m in re.finditer(re.escape(ask.subject), sentence, re.I)]
    kept = [
        Candidate(c.text, c.start, c.end, c.score * weight, c.why)
        for c in found
        if not any(s <= c.start and c.end <= e for s, e in subject_spans) and not is_debris(c.text)
    ]
    return sorted(_outermost(kept), key=lambda c: (-c.score, c.start))


def _instances(doc: Any, ask: AttributeAsk, score: float) -> list[Candidate]:
    spans = named_instances(doc, {ask.category, ask.attribute})
    return [Candidate(doc.text[s:e], s, e, score, "named instance") for s, e in spans]


def _named_model(doc: Any) -> list[Candidate]:
    """The defining complement "a/an <proper name>" that WordNet does not know ("a Douglas
    DC-3", "an Airbus A320"): a product or model name is the type of a made thing (asked
    only when the category is an artifact: aircraft, vehicle, instrument)."""
    out = []
    for root in (t for t in doc if t.dep_ == "ROOT" and t.lemma_ == "be"):
        for attr in (c for c in root.children if c.dep_ == "attr" and c.pos_ == "PROPN"):
            name = [attr] + [c for c in attr.children if c.dep_ in {"compound", "nummod", "flat"}]
            toks = sorted(name, key=lambda t: t.i)
            text = _span_text(doc, toks)
            if any(
                c.dep_ == "det" and c.lower_ in {"a", "an"} for c in attr.children
            ) and not wordnet().senses(text):
                out.append(Candidate(text, toks[0].idx, toks[0].idx + len(text), NAMED_MODEL, "named model"))
    return out


def _kinds(doc: Any, ask: AttributeAsk) -> list[Candidate]:
    """Sub-phrases of noun chunks that WordNet files under the category, the modifier of the
    category word itself ("Tamil-language", "Republican Party"), and agent nouns' activities."""
    wn = wordnet()
    out: list[Candidate] = []
    for chunk in doc.noun_chunks:
        toks = [t for t in chunk if t.dep_ not in _SKIP_DEPS and t.pos_ not in {"PRON", "NUM"}]
        for i in range(len(toks)):
            for j in range(i + 1, min(len(toks), i + MAX_SPAN) + 1):
                out.extend(_judge(doc, toks[i:j], chunk.root, ask, wn))
    return out


def _judge(doc: Any, toks: list[Any], head: Any, ask: AttributeAsk, wn: Any) -> list[Candidate]:
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1])
    text = doc.text[start:end]
    words = [t.lower_ for t in toks]
    if words[-1] in {ask.category, ask.attribute} and len(toks) > 1:
        return _modifier(doc, toks, ask, wn)
    if _names_the_attribute(words, ask) or _inside_hyphenated(doc, toks):
        return []
    if ask.category == "person" and toks[-1].pos_ != "NOUN":
        return []
    if toks[-1].pos_ not in {"NOUN", "PROPN"} and not toks[-1].text[:1].isupper():
        return []  # "former": a common adjective names no kind; "Baroque", "Gothic" may
    if wn.senses(text):
        rank = wn.kind_rank(text, ask.category)
        if rank is not None:
            return [Candidate(text, start, end, _by_rank(rank), "kind of")]
    modifier = head not in toks or _person_follows(doc, toks[-1], wn)
    if len(toks) == FALLBACK_WORDS and modifier and all(t.pos_ in {"NOUN", "PROPN"} for t in toks):
        for word in (words[-1], words[0]):  # "rugby league": WordNet knows rugby
            rank = wn.kind_rank(word, ask.category)
            if rank is not None and not any(wn.kind_rank(w, "person") == 0 for w in words):
                return [Candidate(text, start, end, FALLBACK_WORD * _by_rank(rank), "a word is a kind of")]
    if len(toks) == 1 and toks[0].pos_ == "NOUN" and wn.is_kind_of(words[0], "person"):
        return _derived(toks[0], ask, wn) or _member(toks[0], ask, wn)
    if len(toks) == 1 and toks[0].pos_ == "PROPN":
        return _member(toks[0], ask, wn) or _member_modifier(toks[0], ask, wn)
    if len(toks) == 1 and toks[0].pos_ == "ADJ" and toks[0].text[:1].isupper():
        return _member_modifier(toks[0], ask, wn)
    return []


def _member(tok: Any, ask: AttributeAsk, wn: Any) -> list[Candidate]:
    """A member noun says what its subject is a member of: "elected as a Federalist", "he was a
    Federalist" -> Federalist, for a party, when the noun is a person first, "<noun> <category>"
    ("Federalist Party") is a kind of the category, and the noun is what the subject is (a copula's
    complement or the object of "as"), not someone the subject met."""
    as_what = tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as")
    if not as_what or wn.kind_rank(tok.text, "person") != 0:
        return []
    rank = wn.kind_rank(f"{tok.lower_} {ask.category}", ask.category)
    if rank is None:
        return []
    # the value is the word as written (not read off it, as "cricket" off "cricketer"): no DERIVED cut
    return [Candidate(tok.text, tok.idx, tok.idx + len(tok), _by_rank(rank), "member noun")]


def _member_modifier(tok: Any, ask: AttributeAsk, wn: Any) -> list[Candidate]:
    """A capitalised modifier of the person noun its subject is says what that person is a
    member of: "X was a Whig member of the senate", "X is a Liberal politician", "elected as a
    Whig candidate" -> Whig, when "<modifier> <category>" is a kind of the category (WordNet)
    and the person noun is what the subject is (a copula's complement or the object of "as")."""
    role = tok.head
    as_what = role.dep_ == "attr" or (role.dep_ == "pobj" and role.head.lower_ == "as")
    if tok.dep_ not in {"amod", "compound"} or role.pos_ != "NOUN" or not as_what:
        return []
    if wn.kind_rank(role.lemma_.lower(), "person") != 0:
        return []
    rank = wn.kind_rank(f"{tok.lower_} {ask.category}", ask.category)
    if rank is None:
        return []
    return [Candidate(tok.text, tok.idx, tok.idx + len(tok), _by_rank(rank), "member noun")]


def _person_follows(doc: Any, last: Any, wn: Any) -> bool:
    """The next word is a person noun ("rugby league forward" with "forward" tagged as an
    adverb): the span modifies it, whatever head the parser chose."""
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return nxt is not None and nxt.is_lower and wn.kind_rank(nxt.text, "person") == 0


def _names_the_attribute(words: list[str], ask: AttributeAsk) -> bool:
    """ "Sports", "Aircraft", or a one-word synonym sharing the attribute's commonest WordNet
    sense ("movie", "flick" for "film"): the attribute itself is never its own value."""
    asked = {ask.category, ask.attribute}
    if any(set(base_forms(w)) & asked for w in words):
        return True
    wn = wordnet()
    first = wn.senses(ask.category)[:1]
    return len(words) == 1 and bool(first) and first[0] in wn.senses(words[0])


def _inside_hyphenated(doc: Any, toks: list[Any]) -> bool:
    """A value never starts or ends inside a hyphenated word ("under-age rugby")."""
    first, last = toks[0].i, toks[-1].i
    before = first > 0 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
    after = last + 1 < len(doc) and doc[last + 1].text == "-" and not doc[last].whitespace_
    return bool(before or after)


def _modifier(doc: Any, toks: list[Any], ask: AttributeAsk, wn: Any) -> list[Candidate]:
    """ "Tamil-language film", "the Republican Party": what modifies the attribute word is the
    value. A capitalised attribute word is part of a name ("BBC Sport"), so there WordNet
    must know the whole phrase; a longer modifier only when WordNet knows it whole. A name in a
    possessive ("Lena Ross' film") owns the thing, it does not say what kind it is. A run of
    proper nouns ("the Anna Lind bridge") is one name: taken whole, never its last word alone;
    under "a"/"an" it names none (``_indefinite``)."""
    rest, last = toks[:-1], toks[-1]
    if any(t.dep_ == "poss" for t in doc[rest[0].i : last.i]):
        return []
    named = _named_built(doc, toks, ask)
    if named is not None:
        return named
    start, r_end = rest[0].idx, rest[-1].idx + len(rest[-1])
    phrase, whole = doc.text[start:r_end], doc.text[start : last.idx + len(last)]
    known = wn.is_kind_of(whole, ask.category) or wn.is_kind_of(phrase, ask.category)
    if _names_the_attribute([t.lower_ for t in rest], ask):
        return []
    name = all(t.pos_ == "PROPN" for t in rest) and last.i - rest[0].i == len(rest)  # unbroken
    before = doc[rest[0].i - 1] if rest[0].i > 0 else None
    if name and before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
        return []  # "Lind" of "Anna Lind bridge" is the tail of a name, not the name
    if name and _indefinite(last):
        return []  # "an Orn Valley constituency": where (or whose) one is, not which one
    if not known and (last.text[:1].isupper() or (len(rest) > 1 and not name) or not phrase[:1].isupper()):
        return []
    return [Candidate(phrase, start, r_end, 1.0, "modifies the attribute word")]


def _indefinite(noun: Any) -> bool:
    """Pattern: a name before the attribute word under "a"/"an" ("an Orn Valley constituency",
    "a Kellby newspaper") says where or whose some such thing is, not which it is: it is no
    value of the attribute (the definite "the Orn Valley constituency" names one)."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)


def _built(category: str) -> bool:
    """The category's commonest sense is a built place (a structure or a facility: a mosque, a
    station, a bridge): one of them is known by its own name, not by a kind."""
    wn = wordnet()
    return any(wn.kind_rank(category, kind) == 0 for kind in BUILT)


def _named_built(doc: Any, toks: list[Any], ask: AttributeAsk) -> list[Candidate] | None:
    """A name written before the asked kind of built place answers "which N": "Ostrin Green
    police station" -> "Ostrin Green" for "which police station" (the question's own "police"
    is part of the kind), "al-Varra Mosque" -> the whole name, its kind word capitalised into
    it. None when the words are not a name and the question's qualifiers (then the ordinary
    modifier reading holds); [] for the question's own qualifier alone ("police")."""
    rest, last = toks[:-1], toks[-1]
    if not ask.qualifiers and not last.text[:1].isupper():
        return None
    words = [t.lower_ for t in rest]
    cut = len(rest)
    while cut > 0 and words[cut - 1] in ask.qualifiers:
        cut -= 1
    if cut == 0:
        return []  # "police" of "police station": the asked kind itself
    name = rest[:cut]
    if not _built(ask.category) or any(t.pos_ != "PROPN" for t in name):
        return None
    if last.i - name[0].i != len(rest) or (cut < len(rest) and last.text[:1].isupper()):
        return None
    before = doc[name[0].i - 1] if name[0].i > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
        return None  # the tail of a longer name
    end = last.idx + len(last) if last.text[:1].isupper() else name[-1].idx + len(name[-1])
    start = name[0].idx
    return [Candidate(doc.text[start:end], start, end, 1.0, "named instance")]


def _by_rank(rank: int) -> float:
    return 1 / (1 + RANK_WEIGHT * rank)


def _derived(tok: Any, ask: AttributeAsk, wn: Any) -> list[Candidate]:
    """An agent noun names its activity: "cricketer" -> cricket, "guitarist" -> guitar."""
    word = tok.lower_
    for suffix, repl in _AGENT_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            base = word[: -len(suffix)] + repl
            rank = wn.kind_rank(base, ask.category) if wn.senses(base) else None
            if rank is not None and rank <= DERIVED_MAX_RANK:
                return [Candidate(base, tok.idx, tok.idx + len(tok), DERIVED * _by_rank(rank), "agent noun")]
    return []


def _names(doc: Any, ask: AttributeAsk, tune: SenseTuning) -> list[Candidate]:
    """A person role's filler: the name after "by" ("a 1994 album by Y", "directed by Y"), the
    possessor of a noun ("Y's seventh album") or the object of a verb that names the role
    ("starring Y" for the actor, ``_verb_of_role``); a name, never a common noun."""
    out = []
    titles = [(m.start(), m.end()) for m in _QUOTED.finditer(doc.text)]
    for tok in doc:
        if tok.lower_ == "by" and (any(s < tok.idx < e for s, e in titles) or _repeated_around(doc, tok)):
            continue  # "Piece by Piece", "Step by Step": a title or a fixed phrase, not a credit
        if tok.lower_ == "by" and tok.dep_ in {"agent", "prep"}:
            owner = tok.head
            related = owner.pos_ != "VERB" or any(_role_verb(v, ask) for v in _sharing_by(owner))
            related = related or _makes_the_work(owner, ask)
            for obj in (c for c in tok.children if c.dep_ == "pobj"):
                score = 1.0 if related else OTHER_VERB
                out.extend(_name_at(doc, obj, score, "by-phrase") or _name_after(doc, obj, score))
        elif tok.dep_ == "poss" and tok.pos_ == "PROPN" and _of_kind(tok.head, ask.subject_type):
            out.extend(_name_at(doc, tok, POSSESSOR, "possessor"))
        elif tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _verb_of_role(tok.head, ask, tune):
            out.extend(_name_at(doc, tok, 1.0, "role verb"))
    return out


def _verb_of_role(verb: Any, ask: AttributeAsk, tune: SenseTuning) -> bool:
    """A verb whose own noun is a kind of the asked role gives that role to its object: "a film
    starring Y" makes Y its actor, since a star is (per WordNet) an actor who plays the lead."""
    lemma = verb.lemma_.lower()
    if lemma == ask.attribute or not wordnet().senses(lemma):
        return False
    return wordnet().is_kind(lemma, ask.attribute, tune.role_noun_rank)


def _role_verb(verb: Any, ask: AttributeAsk) -> bool:
    """Whether the verb is the role's own ("directed" for director)."""
    return ask.attribute.startswith(verb.lemma_.lower().rstrip("e"))


def _repeated_around(doc: Any, by: Any) -> bool:
    """ "Piece by Piece", "day by day": the same word on both sides of "by" is one fixed phrase."""
    return 0 < by.i < len(doc) - 1 and doc[by.i - 1].lower_ == doc[by.i + 1].lower_


def _makes_the_work(verb: Any, ask: AttributeAsk) -> bool:
    """A participle describing the work's own kind noun ("a song recorded by Y", "an album
    released by Y") credits its maker, unless the noun credits one itself ("an album by X,
    released by Z": Z is a label) or the verb names a role of its own: one whose agent noun is
    first of all a person ("produced" -> producer, "written" -> writer)."""
    kind = verb.head
    if (
        verb.dep_ != "acl"
        or kind.pos_ != "NOUN"
        or not ask.subject_type
        or not _of_kind(kind, ask.subject_type)
    ):
        return False  # the question must name the work's kind ("the song X") for its noun to be found
    if any(c.lower_ == "by" for c in kind.children):
        return False
    wn = wordnet()
    lemma = verb.lemma_.lower()
    agents = {lemma + "r", lemma + "er", lemma + "or", lemma.rstrip("e") + "or"}
    return not any(wn.kind_rank(a, "person") == 0 for a in agents if wn.senses(a))


def _sharing_by(verb: Any) -> list[Any]:
    """The verb and the verbs coordinated with it that have no "by" of their own: in
    "directed and written by Y" the one by-phrase names the filler of both roles, while in
    "produced by X and directed by Y" each verb keeps its own."""
    shared = [
        v
        for v in verb.conjuncts
        if v.pos_ == "VERB" and not any(c.lower_ == "by" and c.dep_ in {"agent", "prep"} for c in v.children)
    ]
    return [verb, *shared]


def _of_kind(noun: Any, kind: str) -> bool:
    """Whether a possessed noun is the subject's kind ("Y's seventh album" for an album)."""
    return not kind or noun.lemma_.lower() == kind or wordnet().is_kind_of(noun.lemma_, kind)


def _name_at(doc: Any, tok: Any, score: float, why: str) -> list[Candidate]:
    """The named entity covering ``tok``, else its run of proper nouns ("Blitzen Trapper")."""
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in {"PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART"}:
            text = re.sub(r"['’]s$", "", ent.text)
            if text == ent.text:
                text = doc.text[ent.start_char : _epithet_end(doc, ent.end - 1)]
            return [Candidate(text, ent.start_char, ent.start_char + len(text), score, why)]
    if tok.pos_ != "PROPN":
        return []
    first = tok
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].head.i == tok.i:  # by index:
        # spaCy makes a new token object on each access, so identity never holds
        first = doc[first.i - 1]
    return [Candidate(doc.text[first.idx : tok.idx + len(tok)], first.idx, tok.idx + len(tok), score, why)]


def _epithet_end(doc: Any, last: int) -> int:
    """Where a name ending at token ``last`` ends with its epithet: "Rex" + " the Baker" (a
    lower-case "the" and capitalised words), else at the name's own last character."""
    end = doc[last].idx + len(doc[last])
    i = last + 1
    if i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha:
        j = i + 1
        while j + 1 < len(doc) and doc[j + 1].text[:1].isupper() and doc[j + 1].is_alpha:
            j += 1
        end = doc[j].idx + len(doc[j])
    return end


def _name_after(doc: Any, noun: Any, score: float) -> list[Candidate]:
    """ "an album by the rock band Tin Wolves Run", "by singer and pianist Ada Moor": a common
    noun (and its conjuncts) saying what the maker is, then its name, the run of capitalised
    words that follows (one word or more), an epithet's "the" included ("Rex the Baker"), a
    capitalised "The" opening it too ("by the rock band The Owls": the name is "The Owls")."""
    named = [c for c in noun.conjuncts if c.pos_ == "PROPN"]  # "singer and pianist Ada Moor"
    if noun.pos_ == "NOUN" and named:
        return _name_at(doc, named[0], score, "by-phrase")
    last = max([noun, *(c for c in noun.conjuncts if c.pos_ == "NOUN")], key=lambda t: t.i)
    run: list[Any] = []
    for tok in doc[last.i + 1 :]:
        epithet = run and tok.lower_ == "the" and tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()
        if not epithet and (not tok.text[:1].isupper() or not tok.is_alpha):
            break
        run.append(tok)
    opens = run[1:] if run and run[0].text == "The" else run  # "The Owls": its "The" is part of it
    if noun.pos_ != "NOUN" or not opens or opens[0].pos_ != "PROPN":
        return []
    text = _span_text(doc, run)
    return [Candidate(text, run[0].idx, run[0].idx + len(text), score, "by-phrase")]


def _outermost(found: list[Candidate]) -> list[Candidate]:
    """Drop a value inside a longer one ("football" inside "American football"); keep the best
    score of each distinct span."""
    best: dict[tuple[int, int], Candidate] = {}
    for c in found:
        if (c.start, c.end) not in best or c.score > best[(c.start, c.end)].score:
            best[(c.start, c.end)] = c
    return [
        c
        for c in best.values()
        if not any(o is not c and o.start <= c.start and c.end <= o.end for o in best.values())
    ]


def document_candidates(text: str, ask: AttributeAsk) -> list[Candidate]:
    """Values from every sentence of a document, offsets in the document: the defining sentence
    counts fully, later sentences a little less; best first."""
    out = []
    for index, (start, end) in enumerate(split_sentences(text, 0, len(text))):
        sentence = text[start:end]
        decay = 1 / (1 + SENTENCE_DECAY * index)
        for c in candidates(sentence, ask, defining=is_defining(sentence, ask.subject)):
            out.append(Candidate(c.text, start + c.start, start + c.end, c.score * decay, c.why))
    return sorted(out, key=lambda c: (-c.score, c.start))
