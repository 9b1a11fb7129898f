"""Attribute answers: the short value an attribute question asks for, read from the evidence.

"What sport is X associated with?" is answered by "rugby league", not by the sentence that
says so: ``bot.attributes`` finds the phrases that are a kind of the asked attribute (per
WordNet) in a sentence, and this module runs it over the evidence each source offers (the
retrieved sentences and the article's opening, where "X is a ..." defines its subject),
weighting each value by how relevant its sentence is, how sure the rule is, and how close
the sentence model puts the value to the attribute word. Wiki furniture never offers one.
"""

from __future__ import annotations

import re
from typing import Any

from bot.attributes import (
    MAX_SPAN,
    AttributeAsk,
    attribute_question,
    candidates,
    defining_kind,
    is_defining,
)
from bot.beside import beside_first
from bot.conflicts import Candidate
from bot.debris import debris_flags, is_debris
from bot.entity_answers import opening_text
from bot.entity_sense import title_qualifier
from bot.evidence import EvidenceSentence
from bot.kind_lists import conjoined
from bot.nlp import dependency_parse, spacy_doc
from bot.question import Kind, Question
from bot.wordnet import ARTIFACT_LEXFILE, base_forms, wordnet
from index.tuning import SenseTuning

SELF_EVIDENT = ("modifies the attribute word", "named instance", "by-phrase", "possessor", "role verb")
"""Rules whose value names itself as the attribute's ("a Tamil-language film", "the Republican
Party", "the film Blue Harbour", "an album by Y") count in any sentence; a bare kind-of phrase ("Zeta-9s" for aircraft)
counts only in a sentence defining the subject ("X is a ...") or whose grammatical subject
is the subject ("X plays ..."), since elsewhere it may be about anything the sentence mentions."""

QUOTED = re.compile(r"[\"“][^\"”]+[\"”]")
"""A quoted title in the question: the subject is a named work."""


def attribute_ask(question: str, q: Question) -> AttributeAsk | None:
    """An attribute question the attribute reader answers: an open or organisation question
    naming a kind ("what sport", "what party"), or a who-question naming a person role ("who
    is the artist of"); counts, dates and places keep their own readers."""
    if q.kind not in (Kind.OPEN, Kind.ORG, Kind.PERSON):
        return None
    ask = attribute_question(question)
    if ask is None or (q.kind is Kind.PERSON and not ask.person):
        return None
    if ask.person and not (ask.subject_type or QUOTED.search(question)):
        return None  # "who is the planning minister": an office, not the maker of a named work
    return ask if _about_subject(question, ask.subject) else None


def place_ask(question: str, q: Question) -> AttributeAsk | None:
    """A where-question naming the kind of place and a subject ("which country does X belong
    to", "what state is X in") asks for an attribute of X, the place of that kind X's own
    sentences name; asked only when the place reader finds no answer."""
    if q.kind is not Kind.PLACE:
        return None
    ask = attribute_question(question)
    return ask if ask is not None and not ask.person and _about_subject(question, ask.subject) else None


def _about_subject(question: str, subject: str) -> bool:
    """The question asks what its subject is or has, not who or what did something: a copula
    ("what is the genre of X"), or a verb whose own argument is the subject ("what sport is X
    associated with", "what sport does X play", "what aircraft was involved in X"). In "which
    group led the coalition that captured X" the asked noun is an event's agent, for the role
    readers."""
    doc = dependency_parse(question.strip())
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    if root.lemma_ == "be":
        return True
    start = question.find(subject)
    inside = [t for t in doc if start >= 0 and start <= t.idx < start + len(subject)]
    heads = [t.head for t in inside if not (start <= t.head.idx < start + len(subject))]
    return any(h.i == root.i or (h.dep_ in {"prep", "agent"} and h.head.i == root.i) for h in heads)


def without_debris(hits: list[EvidenceSentence]) -> list[EvidenceSentence]:
    """Evidence minus wiki/web furniture (infobox rows, hatnotes, credit blocks): those say the
    right words in the wrong shape, so no value is read from them."""
    flags = debris_flags([h.text for h in hits])
    return [h for h, debris in zip(hits, flags, strict=True) if not debris]


def attribute_candidates(
    ask: AttributeAsk, hits: list[EvidenceSentence], tune: SenseTuning, excluded: str = ""
) -> list[Candidate]:
    """The short values each source gives: from its retrieved sentences and its opening
    sentences (the defining one counts fully), best values per sentence only; where the
    question sets a phrase aside, a value listed beside it is among a sentence's best."""

    best_hit = _best_by_doc(hits)
    out: list[Candidate] = []
    evidence = _evidence(hits, best_hit, tune)
    evidence += [(s, best_hit[s.doc], True) for s in _naming_sentences(hits, best_hit, ask.subject, tune)]
    for sentence, relevance, subject_only in _fresh(evidence):
        defining = is_defining(sentence.text, ask.subject)
        of_subject = defining or said_of_subject(sentence.text, ask.subject)
        if subject_only and not of_subject:
            continue
        found = [
            c for c in candidates(sentence.text, ask, defining, tune) if of_subject or c.why in SELF_EVIDENT
        ]
        beside_first(excluded, sentence.text, found, lambda c: c.text)  # "besides X, which N"
        found = found[: tune.attribute_values_per_sentence]
        closeness = _closeness(sentence, ask, [c.text for c in found])
        weight = _relevance_weight(relevance, tune)
        for c, near in zip(found, closeness, strict=True):
            score = c.score * weight * (1 + tune.attribute_model_weight * near)
            value = listed_kinds(ask.attribute, c.text, sentence.text)
            out.append(Candidate.of(sentence, value, _key(value), score))
    return out


def listed_kinds(attribute: str, value: str, text: str) -> str:
    """Pattern: asked for a kind of made thing ("what aircraft", "which rifles"), a value that
    stands in a coordinated list of such kinds ("Zeta-9s, Kolts and Arvs") answers as the whole
    list (``bot.kind_lists``): the question asks for every one used, not the first. An attribute
    that is no made thing (a sport, a genre, a party) keeps its one value."""
    net = wordnet()
    senses = net.senses(attribute)
    if not senses or net.synsets[senses[0]].lexfile != ARTIFACT_LEXFILE:
        return value
    found = re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text) if value else None
    if found is None:
        return value
    doc = dependency_parse(text)
    last = next((t for t in doc if t.idx < found.end() <= t.idx + len(t)), None)
    if last is None or not (last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children)):
        return value
    whole = conjoined(doc, last)
    if value not in whole:
        return value
    return whole[whole.index(value) :] if last.dep_ != "conj" else whole  # the value's own words lead


def defining_kind_candidates(
    ask: AttributeAsk, hits: list[EvidenceSentence], tune: SenseTuning
) -> list[Candidate]:
    """Asked for the genre or type of X (an attribute WordNet files first under "kind") where
    no phrase is a kind of it, what each source's defining sentence says X is answers ("X is a
    Canadian short film" -> "short film"): the kind a page gives its subject is its type."""
    if ask.person or wordnet().kind_rank(ask.category, "kind") != 0:
        return []
    out: list[Candidate] = []
    for sentence, relevance, _ in _fresh(_evidence(hits, _best_by_doc(hits), tune)):
        if not is_defining(sentence.text, ask.subject):
            continue
        value = defining_kind(sentence.text)
        if value and value.lower() != ask.subject_type.lower():
            weight = _relevance_weight(relevance, tune)
            out.append(Candidate.of(sentence, value, _key(value), tune.defining_kind * weight))
    return out


def _best_by_doc(hits: list[EvidenceSentence]) -> dict[str, float]:
    """Each source's best retrieved score: how relevant the source is as a whole."""
    best: dict[str, float] = {}
    for h in hits:
        best[h.doc] = max(best.get(h.doc, 0.0), h.score)
    return best


def _fresh(
    evidence: list[tuple[EvidenceSentence, float, bool]],
) -> list[tuple[EvidenceSentence, float, bool]]:
    """The evidence without repeats (a sentence both retrieved and opening its page) and debris."""
    seen: set[str] = set()
    out = []
    for item in evidence:
        sentence = item[0]
        if sentence.chunk.id not in seen and not is_debris(sentence.text):
            seen.add(sentence.chunk.id)
            out.append(item)
    return out


def _relevance_weight(relevance: float, tune: SenseTuning) -> float:
    """A value's weight from its sentence's relevance: a floor, the rest by relevance."""
    return tune.attribute_relevance_base + (1 - tune.attribute_relevance_base) * min(1.0, relevance)


def titled_maker_candidates(
    ask: AttributeAsk, hits: list[EvidenceSentence], tune: SenseTuning
) -> list[Candidate]:
    """A page titled "Blue Harbour (Anna Marlow album)" is Anna Marlow's album: asked who performs
    a work of that kind (an artist, a singer: a role WordNet files under "performer", or one a
    musician is a kind of), each source whose title qualifies the subject by a name and the
    asked work's kind offers that name, though its sentences may never say "by" (a page's
    title names whose work it is)."""
    wn = wordnet()
    performer = wn.is_kind_of(ask.attribute, "performer") or wn.is_kind_of("musician", ask.attribute)
    if not (ask.person and ask.subject_type and performer) or not hits:
        return []
    best = _best_by_doc(hits)
    corpus = hits[0].corpus
    out = []
    for doc, relevance in best.items():
        words = title_qualifier(opening_text(corpus, doc), ask.subject).split()
        name = words[:-1]
        if len(words) < 2 or words[-1].lower() != ask.subject_type.lower():
            continue
        if not all(w[:1].isupper() for w in name):
            continue
        opening = corpus.opening(doc, 1)
        weight = tune.attribute_relevance_base + (1 - tune.attribute_relevance_base) * min(1.0, relevance)
        value = " ".join(name)
        out.append(Candidate.of(opening[0], value, _key(value), tune.titled_maker * weight))
    return out


def said_of_subject(sentence: str, subject: str) -> bool:
    """Whether the main clause's grammatical subject names the asked subject ("Doak is
    recognized for his skills in chess", "Mira Holt plays rugby league", or a person by
    surname alone, "Holt plays ..."): a kind the sentence names is said of that subject, as in
    its defining sentence, though less surely."""
    doc = dependency_parse(sentence)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    wanted = {w.lower() for w in re.findall(r"\w+", subject)}
    if root is None or not wanted:
        return False
    subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    surname = _surname(subject)
    return any(wanted <= _phrase_words(s) or _phrase_words(s) == {surname} for s in subjects)


def _surname(subject: str) -> str:
    """A person's surname ("Brandt" of "Orla Brandt", per spaCy's PERSON), by which a page
    calls its subject after introducing them ("Brandt plays volleyball"); "" for other names."""
    ents = spacy_doc(subject).ents
    words = subject.split()
    whole = len(ents) == 1 and ents[0].label_ == "PERSON" and ents[0].text == subject
    return words[-1].lower() if (whole or _titled(words)) and len(words) > 1 else ""


def _titled(words: list[str]) -> bool:
    """A person named by a title and a surname ("Senator Vale", "General Orr"): every word
    before the capitalised last one is a word WordNet files under person first."""
    wn = wordnet()
    return (
        len(words) > 1
        and words[-1][:1].isupper()
        and all(wn.kind_rank(w.lower(), "person") == 0 for w in words[:-1])
    )


def _phrase_words(token: Any) -> set[str]:
    """The words of a noun phrase without its clauses ("his coach, who met X" is not X)."""
    words = {token.lower_}
    for child in token.children:
        if child.dep_ not in {"relcl", "acl", "advcl", "appos"}:
            words |= _phrase_words(child)
    return words


def _evidence(
    hits: list[EvidenceSentence], best_hit: dict[str, float], tune: SenseTuning
) -> list[tuple[EvidenceSentence, float, bool]]:
    """Each retrieved sentence with its own score, then each source's opening sentences with
    the source's best score: an article defines its subject first, retrieved or not."""
    out = [(h, h.score, False) for h in hits]
    if not hits:
        return out
    corpus = hits[0].corpus
    for doc, score in best_hit.items():
        out.extend((s, score, False) for s in corpus.opening(doc, tune.attribute_opening))
    return out


def _naming_sentences(
    hits: list[EvidenceSentence], best_hit: dict[str, float], subject: str, tune: SenseTuning
) -> list[EvidenceSentence]:
    """A page tells what its subject is in the sentences naming it through its first paragraphs
    ("Vale was elected as a Whig to the senate", a few sentences after the opening), retrieved
    or not: each source's early sentences that name the subject (by surname, for a person);
    their values count only where the subject is the sentence's own (``said_of_subject``)."""
    if not hits:
        return []
    name = _surname(subject) or subject.lower()
    pattern = re.compile(r"\b" + re.escape(name) + r"\b", re.I)
    corpus = hits[0].corpus
    out: list[EvidenceSentence] = []
    for doc in best_hit:
        early = corpus.opening(doc, tune.attribute_named_sentences)[tune.attribute_opening :]
        out.extend(s for s in early if pattern.search(s.text))
    return out


def _closeness(sentence: EvidenceSentence, ask: AttributeAsk, values: list[str]) -> list[float]:
    """The sentence model's cosine between each value and the attribute word ("rugby league"
    and "sport"), at least 0: ranks kinds WordNet files equally."""
    if not values:
        return []
    vectors = sentence.corpus.words.vectors([ask.category, *(v.lower() for v in values)])
    return [max(0.0, float(vectors[0] @ v)) for v in vectors[1:]]


def _key(value: str) -> str:
    """Grouping key: lower case without a leading article ("The Beatles" ~ "Beatles")."""
    words = value.lower().replace("-", " ").split()
    return " ".join(words[1:] if words and words[0] in {"the", "a", "an"} else words)


def infobox_candidates(ask: AttributeAsk, hits: list[EvidenceSentence], tune: SenseTuning) -> list[Candidate]:
    """An infobox row names the attribute and then its value ("Position(s) Defender Youth career
    ...", "Genre Documentary Running time ..."): among the furniture no other value is read, this
    row's value is, as the longest run of capitalised words right after the attribute's own key
    that WordNet knows as a phrase (a later key such as "Youth career" is no part of it)."""
    keys = _infobox_keys(ask)
    out: list[Candidate] = []
    for h in hits:
        for value in infobox_values(h.text, keys, rows_only=not is_debris(h.text)):
            weight = tune.attribute_relevance_base + (1 - tune.attribute_relevance_base) * min(1.0, h.score)
            out.append(Candidate.of(h, value, _key(value), tune.attribute_infobox * weight))
    return out


def _infobox_keys(ask: AttributeAsk) -> list[str]:
    """The words an infobox writes as the row's key: the asked attribute noun ("position",
    "genre"), and the category it is a kind of unless that is only "person"."""
    words = {ask.attribute.split()[0], ask.category} - {"person"}
    return sorted(words)


def infobox_values(text: str, keys: list[str], rows_only: bool = False) -> list[str]:
    """Values of rows keyed by one of ``keys`` in run-together infobox text: the key (perhaps
    plural, "Position(s)", or the last word of a key, "Political party"), then the longest run of up to four capitalised words that
    WordNet knows whole ("Rear Admiral", not "Rear Admiral Commands"). In text not
    known as furniture (``rows_only``) only a row shaped as one counts: a capitalised key inside
    the line and a value followed by the next capitalised key, as rows run together do; prose
    ("the party Republicans chose") goes on in lower case."""
    wn = wordnet()
    out = []
    for key in keys:
        first = f"[{key[0].upper()}{key[0]}]"  # "Genre ...", "Political party ..."
        pattern = (
            rf"\b{first}{re.escape(key[1:])}(?:\s*\(\s*s\s*\)|s)?\s+((?:[A-Z][\w'-]*\s*){{1,{MAX_SPAN}}})"
        )
        for m in re.finditer(pattern, text):
            words = m.group(1).split()
            n = next((n for n in range(len(words), 0, -1) if wn.senses(" ".join(words[:n]))), 0)
            known = " ".join(words[:n])
            if rows_only and not (m.start() > 0 and m.group()[0].isupper() and _next_key(text, m, words, n)):
                continue
            if known and not any(set(base_forms(w.lower())) & set(keys) for w in words[:n]):
                out.append(known)  # "Sports Sports US": the key repeated is no value
    return out


def _next_key(text: str, m: re.Match[str], words: list[str], n: int) -> bool:
    """The value is followed by another capitalised word (the next row's key)."""
    if n < len(words):
        return True
    rest = text[m.end() :].lstrip()
    return bool(rest) and rest[0].isupper()


def named_values(q: Question, found: list[Candidate]) -> list[Candidate]:
    """A question asking for a person, group or place ("which group led the coalition") is
    answered by a name: an attribute value written all in lower case ("terrorist", from "the
    terrorist group") is a kind of it, not its name, and goes; other questions keep all."""
    if q.kind not in (Kind.PERSON, Kind.ORG, Kind.PLACE):
        return found
    return [c for c in found if not c.value.islower()]
