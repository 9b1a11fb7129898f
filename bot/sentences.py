"""Open-question answers and the check that evidence states what is asked.

An open question is answered by the best sentence that states the asked predicate (its main
verb, subject and object, rarer words weighing more), with the one before it when it opens
"These…/They…", and co-cited with other sources making the same point.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

import numpy as np

from bot.asked_noun import asked_head, asked_noun
from bot.blame import POSSIBILITY_MODALS
from bot.conflicts import Candidate
from bot.evidence import Corpus, EvidenceSentence, terms
from bot.names import in_compound, names_place
from bot.nlp import dependency_parse, main_verbs, parse, verb_lemmas
from bot.phrasal import phrasal_lemma, says_phrasal, stated_phrasals
from bot.question import MEASURE_TARGETS, Kind, Question, correct
from bot.roles import core_terms
from bot.source_frame import framed, source_frame
from bot.text import TokenPool, surface_forms, tokens, word_stem, written_words
from bot.values import parse_quantities
from index.lexicon import AUXILIARIES, LIGHT_VERBS, NAME_LABELS, REPORTING_VERBS, SUPPORT_VERBS, WH_NOUNS
from index.tuning import AnswerTuning

_WH_TOKENS = frozenset(word_stem(w) for w in WH_NOUNS)
"""The wh-nouns as the tokens questions are read in (one stemmer: ``word_stem``)."""
_ANAPHOR = re.compile(r"^\W*(these|those|this|they|such)\b", re.I)


def by_predicate(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[EvidenceSentence]:
    """Open questions: among sentences naming the same things, the one stating the asked words.

    "Were civilians killed in the strikes?" is answered by the sentence about civilians
    (the main verb, its subject and object), not by the one that names the strikes most
    fully; rarer words weigh more (IDF). The noun "which/what N" asks a name of is the answer's
    type, not its predicate: "the choir will sing Low Tide" answers "what tune will the
    choir sing" without the word "tune".
    """
    asked = asked_head(q.text)
    predicate = (
        set(core_terms(q.text)) - set(q.key_terms) - _WH_TOKENS - ({word_stem(asked)} if asked else set())
    )
    if not hits:
        return hits
    weights = {t: hits[0].corpus.idf(t) for t in predicate}
    total = sum(weights.values())
    if not total:
        return hits

    def rank(hit: EvidenceSentence) -> float:
        pool = terms(hit.chunk.text)
        return hit.score + tune.predicate_weight * sum(w for t, w in weights.items() if pool.has(t)) / total

    return sorted(hits, key=rank, reverse=True)


def event_first(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[EvidenceSentence]:
    """Pattern: an open question's sentence that states every word of the question's own event
    (its deed and the clause saying when: "what tune was Mira humming when the ferry sank") goes
    before better-scored ones that share only its names and the asked kind ("Mira sang tunes in
    many ports"), when it scores at least ``AnswerTuning.event_stated_ratio`` of the best; the
    order is kept otherwise (``event_words``)."""
    words = event_words(q)
    if not words or not hits:
        return hits
    floor = tune.event_stated_ratio * hits[0].score
    stating = [h for h in hits if h.score >= floor and all(terms(h.chunk.text).has(w) for w in words)]
    if not stating or stating[0] is hits[0]:
        return hits
    return [*stating, *(h for h in hits if h not in stating)]


def event_words(q: Question) -> tuple[str, ...]:
    """The question's words that tell its event: its content words less its names (key terms),
    wh-words and the kind it asks for (the noun after "what"/"which", ``asked_noun``: the answer
    names one, it need not repeat the word). Auxiliaries and light verbs are no content words."""
    skip = set(q.key_terms) | _WH_TOKENS | set(tokens(asked_noun(q.text))) | {q.target}
    return tuple(dict.fromkeys(t for t in q.content if t not in skip))


def kind_first(thing: str, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[EvidenceSentence]:
    """Pattern: "what chemical did the Velm plant leak" is told by a sentence naming one particular
    kind of the thing ("the solvent toluene"), not by one naming only the thing or a broad word for
    it ("a toxic compound"), which restates the question: sentences naming a word
    whose first WordNet sense lies under the thing's first sense and is not divided further
    (``named_particular``) go first, when they score at least ``AnswerTuning.kind_named_ratio``
    of the best sentence; the order is kept otherwise."""
    if not thing or not hits:
        return hits
    floor = tune.kind_named_ratio * hits[0].score
    naming = [h for h in hits if h.score >= floor and named_particular(thing, h.chunk.text)]
    if not naming or naming[0] is hits[0]:
        return hits
    return [*naming, *(h for h in hits if h not in naming)]


def named_particular(thing: str, text: str) -> list[str]:
    """The words of ``text`` naming one particular kind of ``thing``: of ``kinds_named``, those
    whose first WordNet sense lies under the thing's first sense and has no kinds under it
    ("toluene" for "chemical"; not "compound", divided further)."""
    from bot.wordnet import wordnet

    net = wordnet()
    first = net.senses(thing.lower())[:1]
    if not first:
        return []
    return [
        w
        for w in kinds_named(thing, text)
        if not _name_word(w, text)
        and first[0] in net.ancestors(net.senses(w.lower())[0])
        and not net.has_kinds(w.lower())
    ]


def _name_word(word: str, text: str) -> bool:
    """The word is written capitalised past the sentence's first word, or first and followed by
    another capitalised word: a name ("Ada Kell"), whatever WordNet files under its lower case;
    a model designation with a digit ("B-52s") is a word."""
    if not word[:1].isupper() or any(ch.isdigit() for ch in word):
        return False
    after = text[len(word) :].split()
    return not text.startswith(word) or (bool(after) and after[0][:1].isupper())


def sentences(hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """Open questions: the best sentence, cited with every source that says much the same."""
    if not hits:
        return []
    best = hits[0]
    best.corpus.load_vectors(hits[: tune.open_sentences])
    anchor = best.vector
    previous = best.previous if _ANAPHOR.match(best.chunk.text) else None
    if previous is not None:  # "These nations ...": the sentence before says which
        text = previous.text + " " + best.chunk.text
        out = [Candidate.of(best, text, "sentence", best.score)]
        out.append(Candidate.of(previous, text, "sentence", best.score - tune.rank_penalty))
    else:
        out = [Candidate.of(best, best.chunk.text, "sentence", best.score)]
    seen = {best.chunk.doc}
    retold: list[str] = []
    for hit in hits[1 : tune.open_sentences]:
        vec = hit.vector
        if hit.chunk.doc in seen or vec is None or anchor is None:
            continue
        if float(np.dot(anchor, vec)) >= tune.same_point and hit.score >= tune.same_point_ratio * best.score:
            out.append(Candidate.of(hit, best.chunk.text, "sentence", hit.score))
            seen.add(hit.chunk.doc)
            if float(np.dot(anchor, vec)) >= tune.retold_wording:
                retold.append(hit.chunk.text)
    shown = named_wording(best.chunk.text, retold) if previous is None else best.chunk.text
    return [replace(c, value=shown) for c in out] if shown != best.chunk.text else out


def named_wording(first: str, retold: list[str]) -> str:
    """One sentence other sources retell almost word for word is shown in the wording that names
    the most ("Velmar TV's viewers rose" over "the network's viewers rose", which leaves out whose):
    the first wording unless a retelling giving the same figures names more people, bodies or
    places (one giving another figure is another account, not a rewording)."""
    figures = _figures(first)
    same = [t for t in retold if _figures(t) == figures]
    if not same:
        return first

    def named(text: str) -> int:
        return sum(1 for e in parse(text).entities if e.label in NAME_LABELS)

    most = max(same, key=named)
    return most if named(most) > named(first) else first


def _figures(text: str) -> set[tuple[float, float]]:
    """The figures a sentence writes in digits: a spelled numeral may be part of a name
    ("Velmar Two"), which the recogniser does not always keep whole."""
    return {(x.low, x.high) for x in parse_quantities(text) if any(ch.isdigit() for ch in x.text)}


def predicate_read(hits: list[EvidenceSentence], tune: AnswerTuning) -> list[str]:
    """The sentences whose parse ``states_predicate`` may read for phrasal verbs: those the
    sentence model does not already put close enough to the question (``stated_by_meaning``).
    Parsed together beforehand (``bot.nlp.parse_many``), they cost about half as much each."""
    return [h.chunk.text for h in hits if h.dense < tune.stated_by_meaning]


def states_predicate(q: Question, hit: EvidenceSentence, tune: AnswerTuning, previous: str = "") -> bool:
    """The evidence must state what is asked about, not only name the same people and places.

    The sentence before counts too: "the citizens" are the Velmarians it just named. A country or
    its people are stated by another of its names ("American" by "the United States"). Framing
    words (``framing_words``) count where the text states them and are left out where it does
    not: "in four rocket attacks" states them, "a dozen rocket strikes" need not.
    """
    said_by_noun = {
        t for verb, _ in _noun_predicates(q.text) for t in tokens(verb)
    }  # "made" in "made a gift"
    framing = framing_words(q.text, q.target)
    asked = [
        t
        for t in q.content
        if t not in set(q.key_terms) and t not in _WH_TOKENS and t != q.target and t not in said_by_noun
    ]
    own_pool = terms(hit.chunk.text)
    asked = [t for t in asked if t not in _measured_by_target(q, own_pool)]
    unframed = [t for t in asked if t not in source_frame(q.text)]
    asked = unframed or asked  # "how does the memo sum up X": the memo never names itself
    if not asked or hit.dense >= tune.stated_by_meaning:
        return True
    whole = in_compound(q.text)  # "American football" asks about no country
    places = [t for t in asked if t not in whole and not own_pool.has(t) and names_place(own_pool, t)]
    if places:  # "American" stated by "the United States": held as if written
        own_pool = TokenPool([*own_pool.exact, *places])
    phrasals = stated_phrasals(q.text, hit.chunk.text, tune.phrasal_senses)
    if phrasals:  # "set up" stated by "establishing": held as if written (``bot.phrasal``)
        own_pool = TokenPool([*own_pool.exact, *(t for w in phrasals for t in tokens(w))])
    kinds = [t for t in tokens(q.thing) if not own_pool.has(t)] if q.thing else []
    if kinds and kinds_named(q.thing, hit.chunk.text):  # "which warplanes": "B-52s" names them
        own_pool = TokenPool([*own_pool.exact, *kinds])
    needed = tune.open_predicate_share if q.kind is Kind.OPEN else tune.typed_predicate_share
    window_pool = terms(previous + " " + hit.chunk.text) if previous else None
    own = [t for t in asked if t not in framing or own_pool.has(t)]
    window = [t for t in asked if t not in framing or (window_pool is not None and window_pool.has(t))]
    if not own or own_pool.share(own) >= needed:
        return True  # stated word for word: no parse, no model call
    absent = [t for t in own if not own_pool.has(t)]
    alike = same_adjectives(absent, surface_forms(q.text), hit.chunk.text)
    alike |= same_nouns(absent, q.text, hit.chunk.text, tune.predicate_noun_senses)
    if q.kind is not Kind.COUNT:  # a count's toll noun may be another deed's: its own gates read it
        alike |= told_deeds(absent, q.text, hit.chunk.text)  # "seized" told by "the capture of"
    if alike and sum(1 for t in own if own_pool.has(t) or t in alike) / len(own) >= needed:
        return True  # "the largest gift" states "the biggest gift"
    if window_pool is not None and (not window or window_pool.share(window) >= needed):
        return True
    verbs = [v for v in main_verbs(hit.chunk.text) if tokens(v)]
    surface = surface_forms(q.text)
    corpus = hit.corpus
    senses = tune.predicate_synonym_senses
    if _share(own, own_pool, verbs, surface, corpus, senses) >= needed:
        return True
    return window_pool is not None and _share(window, window_pool, verbs, surface, corpus, senses) >= needed


def _share(
    words: list[str],
    pool: TokenPool,
    verbs: list[str],
    surface: dict[str, str],
    corpus: Corpus,
    senses: int = AnswerTuning.predicate_synonym_senses,
) -> float:
    """``Corpus.share``, where a word is also stated by a verb of the sentence whose commonest
    sense WordNet files under the word ("provided" states "give", "urged" states "press") or
    that shares a WordNet verb sense with it among both words' first ``senses`` ("respond" states
    "answer"), as a who-question's clause verb is stated (``_synonym_in``)."""
    if not words:
        return 0.0
    kinds = {
        t
        for t in words
        if not pool.has(t)
        and (_troponym_in(surface.get(t, t), verbs) or _synonym_in(surface.get(t, t), verbs, senses))
    }
    rest = [t for t in words if t not in kinds]
    found = corpus.share(rest, pool, verbs, surface) * len(rest) if rest else 0.0
    return (found + len(kinds)) / len(words)


def _troponym_in(word: str, verbs: list[str]) -> bool:
    """A verb of the text is, in its commonest sense, a way of doing ``word`` or ``word`` itself
    by WordNet ("provide" is a way to give, "urge" to press, "monitor" to watch): the text
    states the asked deed in its own, more precise verb."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return bool(wn.senses(word, "v")) and any(v != word and wn.kind_rank(v, word, "v") == 0 for v in verbs)


def same_adjectives(absent: list[str], surface: dict[str, str], text: str) -> set[str]:
    """The absent question tokens that are adjectives whose first WordNet sense a word of the
    text shares ("biggest" / "largest", "main" / "chief"): the text states them in other words.
    Only first senses: an adjective's rarer senses reach far ("big" is also "pregnant")."""
    from bot.wordnet import wordnet

    wn = wordnet()
    wanted = {t: first for t in absent if (first := wn.senses(surface.get(t, t).lower(), "a")[:1])}
    if not wanted:
        return set()
    said = _adjective_senses(text)
    return {t for t, first in wanted.items() if first[0] in said}


def same_nouns(absent: list[str], question: str, text: str, senses: int) -> set[str]:
    """The absent question tokens that are nouns sharing a WordNet synset with a noun of the text,
    among the first ``senses`` of each ("kids" / "children", "variants" / "versions"): the text
    names the same things in other words (``states_noun``)."""
    if not absent or senses < 1:
        return set()
    nouns = {
        t: tok.text for tok in dependency_parse(question) if tok.pos_ == "NOUN" for t in tokens(tok.text)[:1]
    }
    return {t for t in absent if t in nouns and states_noun(nouns[t], text, senses)}


@lru_cache(maxsize=4096)
def _adjective_senses(text: str) -> frozenset[str]:
    """The first WordNet adjective sense of each word of the text, read once per sentence."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return frozenset(first for word in written_words(text) for first in wn.senses(word, "a")[:1])


def framing_words(question: str, target: str = "") -> frozenset[str]:
    """Question words (as tokens) that frame what is asked without being its predicate: a
    preposition, an adverb or a verb's particle ("outside", "against", "sent back",
    "personally") and the words of a compound counted noun ("rocket attacks" when the target
    is "rocketattack"). A sentence stating the deed in its own words need not repeat them. A date's
    words stay: a sentence giving no date is weaker evidence for a dated question."""
    from bot.nlp import dependency_parse

    out: set[str] = set()
    for tok in dependency_parse(question):
        if tok.pos_ in {"ADP", "ADV"} or tok.dep_ == "prt":
            out.update(tokens(tok.text))
        out.update(t for word in time_frame(tok) for t in tokens(word))
    if target:
        out.update(t for t in tokens(question) if t != target and len(t) > 2 and target.startswith(t))
        out.update(t for t in tokens(question) if t != target and len(t) > 2 and target.endswith(t))
    return frozenset(out)


_TIME_MARKERS = frozenset({"after", "before", "following", "since", "until", "upon"})
"""Prepositions placing the asked deed in time ("after the merger")."""


def time_frame(tok: Any) -> list[str]:
    """The words of the phrase ``tok`` opens when it places the question's deed after or before
    a named happening ("how many posts will Dunmore shed after the Brisco merger": "the Brisco
    merger"). They say when, not what: a sentence stating the deed need not repeat them (the
    names among them stay key terms, and scope and date gates judge the time). Only a noun
    phrase: a clause ("when Varga founded it", "after beating Tarn") tells a deed of its own,
    which may be what sets the asked count apart. Dates and numbers stay asked: a sentence
    giving none is weaker evidence for a dated question."""
    if tok.lower_ not in _TIME_MARKERS or tok.dep_ != "prep":
        return []
    objects = [c for c in tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    if not objects:
        return []
    return [t.text for t in tok.subtree if not t.like_num and t.ent_type_ not in ("DATE", "TIME")]


def _measured_by_target(q: Question, pool: TokenPool) -> set[str]:
    """A measure the question names ("the population of X") is stated by a count of what it
    measures ("there were 3,100 people"): its words need not appear where the target's does."""
    if not q.target or not pool.has(q.target):
        return set()
    return {t for measure, target in MEASURE_TARGETS.items() if target == q.target for t in tokens(measure)}


def names_thing(thing: str, hit: EvidenceSentence, previous: str = "") -> bool:
    """The sentence (or the one before it) names the concrete thing a which-question asks for,
    by word form or by meaning ("air base"/"airfield"), or names a kind of it: "which warplanes"
    is told by a sentence naming "B-52s" or "bombers", which WordNet files under warplane."""
    return states_word(thing, hit, f"{previous} {hit.chunk.text}") or bool(kinds_named(thing, hit.chunk.text))


_WORD_OR_MODEL = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
"""A word as written, a model designation ("B-52s", "Mi-24") kept whole."""


def kinds_named(thing: str, text: str) -> list[str]:
    """The words of ``text`` whose first WordNet sense is a kind of the asked ``thing`` (for
    "warplanes": "B-52s", "bombers"), in order; the thing's own word is not one of its kinds."""
    return list(_kinds_named(thing.lower(), text))


@lru_cache(maxsize=4096)
def _kinds_named(thing: str, text: str) -> tuple[str, ...]:
    """``kinds_named``, read once per sentence and thing (the gate and the reader both ask)."""
    from bot.wordnet import wordnet

    net, own = wordnet(), word_stem(thing)
    words = [w for w in _WORD_OR_MODEL.findall(text) if len(w) > 2 and word_stem(w.lower()) != own]
    return tuple(w for w in words if net.kind_rank(w.lower(), thing) == 0)


def states_main_verb(question: str, hit: EvidenceSentence, text: str = "", bases: bool = False) -> bool:
    """The evidence (``text``, the sentence by default) has the question's main verb, by word
    form or by meaning ("died"/"killed", "dead"), so "wounded" is not answered by "12 civilians
    have been killed" (the sentence model puts wounded/killed at 0.52, below the
    word-similarity cut-off; died/killed at 0.79). True when the question's root is not a verb."""
    roots = root_verbs(question)
    return not roots or any(states_word(root, hit, text, bases) for root in roots)  # "said" has no token


def states_a_verb(question: str, hit: EvidenceSentence) -> bool:
    """The evidence has the question's deed (``asked_verbs``) by word form or by meaning. False
    when the question has no verb: then nothing ties the sentence to a deed."""
    return any(states_word(verb, hit) for verb in asked_verbs(question))


def asked_verbs(question: str) -> list[str]:
    """The question's deed: in a do-support question the first bare word after "did/do/does"
    and its subject's first word that ends a phrase (before a preposition, a particle or the
    end: "how many did the storm kill in X") and that WordNet knows as a verb; the tagger
    often reads it as a noun. Else its root verbs: none where the root is "be" ("how many of
    those hurt were children" asks no deed; "hurt" only picks them out)."""
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    parsed = list(dependency_parse(question))
    wn = wordnet()
    for i, t in enumerate(parsed):
        if t.lower_ in _DO_FORMS and t.pos_ in ("AUX", "VERB"):
            for u, after in zip(parsed[i + 2 :], [*parsed[i + 3 :], None], strict=True):
                if u.pos_ == "SCONJ" or u.tag_ == ".":
                    break
                closes = after is None or after.pos_ in ("ADP", "PART", "PUNCT")
                if closes and u.tag_ in _BARE_TAGS and tokens(u.text) and wn.senses(u.lower_, "v"):
                    return [u.lower_]
            break
    return root_verbs(question)


_DO_FORMS = frozenset({"did", "do", "does"})
_BARE_TAGS = frozenset({"VB", "VBP", "NN"})
"""Tags a bare verb is given, rightly or not ("kill" read as a noun); never a plural noun."""
"""The auxiliaries of do-support: the question's own verb stands bare at the end of its clause."""


def states_asked_predicate(
    question: str, hit: EvidenceSentence, senses: int, phrasal_senses: int = AnswerTuning.phrasal_senses
) -> bool:
    """The evidence states the question's verb; when its root is "be", the verb of the clause
    that picks out the one asked about ("who is the official arrested in the raid", "the man
    who founded it") by form or a synonym among both words' first ``senses`` ("charged" for
    "accused", not "sent"): a name from a sentence saying neither is no answer."""
    roots = root_verbs(question)
    if roots:
        return (
            any(states_word(root, hit) or told_by_noun(root, hit.chunk.text) for root in roots)
            or any(states_word(noun, hit) for noun in predicate_nouns(question))
            or bool(set(roots) & stated_phrasals(question, hit.chunk.text, phrasal_senses))
        )
    clauses = _clause_verbs(question)
    if not any(_on_asked_noun(verb) for verb in clauses):  # "the manager of the clinic that ...":
        role = role_words(correct(question))  # the clause tells which clinic, the role who
        if not clauses or (role and _asks_holder(clauses[0].doc)):
            return all(states_word(w, hit) for w in role)
    pool, words = hit.terms, written_words(hit.chunk.text)
    lemmas = verb_lemmas(hit.chunk.text)
    return any(
        any(pool.has(t) for t in tokens(verb.lower_)[:1])
        or (not tokens(verb.lower_) and verb.lemma_.lower() in lemmas)  # "told" has no token: its lemma
        or _synonym_in(verb.lower_, words, senses)
        or told_by_noun(verb.lower_, hit.chunk.text)
        or any(states_word(noun, hit) for noun in _light_objects(verb))
        or says_phrasal(phrasal_lemma(verb), verb_lemmas(hit.chunk.text), phrasal_senses)
        for verb in clauses
    )


def _on_asked_noun(verb: Any) -> bool:
    """The clause verb qualifies the noun the question asks the holder of (the subject or
    complement of its "be": "the ranger arrested in X"), not a noun inside its phrase ("the
    clinic that treated them" in "the manager of the clinic ...")."""
    noun = verb.head
    return bool(noun.dep_ in {"nsubj", "attr"} and noun.head.lemma_.lower() == "be")


def _asks_holder(doc: Any) -> bool:
    """The question's "be" joins "who" to the asked noun ("who is the manager of ..."): the noun
    is a role its holder is named by, not a word for what is asked of others ("what are the
    names of the rangers charged ...")."""
    return any(
        t.lemma_.lower() == "be" and any(c.lower_ == "who" for c in t.children)
        for t in doc
        if t.dep_ == "ROOT"
    )


def _light_objects(verb: Any) -> list[str]:
    """A light verb's object nouns, which carry its deed ("gave evidence" is stated by
    "testified", a verb of the noun's WordNet synset): [] for other verbs."""
    if verb.lemma_.lower() not in SUPPORT_VERBS:
        return []
    return [c.lower_ for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]


def role_words(question: str) -> list[str]:
    """The role a "who is the <role> of X" question asks the holder of, as written ("deputy",
    "leader"): with no verb to state, the evidence must name the role ("party leader Ilse Varga"
    is not the deputy leader; a row between Ada Kerr and Varga names no role)."""
    for tok in dependency_parse(question):
        owned = any(c.dep_ in {"det", "poss"} for c in tok.children)  # "the leader", "Velmar's mayor"
        if tok.dep_ in {"nsubj", "attr"} and tok.head.lemma_ == "be" and tok.pos_ == "NOUN" and owned:
            mods = [
                w for w in tok.subtree if w.i < tok.i and w.dep_ in {"compound", "amod"} and w.pos_ != "PROPN"
            ]
            return [w.lower_ for w in (*mods, tok)]
    return []


_WHICH_NOUN = re.compile(r"\b(?:which|what)\s+([a-z]{3,})\b", re.I)


def asks_again(question: str, text: str) -> bool:
    """The sentence holds the question's own "which/what N" as an indirect question ("he will
    announce which seat he will fight"): it says the answer is still to come, not what it is."""
    m = _WHICH_NOUN.search(question)
    if m is None or m.group(1).lower() in AUXILIARIES:
        return False
    return bool(re.search(rf"\b(?:which|what)\s+{re.escape(m.group(1))}\b", text, re.I))


def predicate_nouns(question: str) -> list[str]:
    """The noun that carries the question's predicate when its root verb says little: a
    linking verb's complement ("who became chief whip": a sentence saying "X, now chief whip"
    states it) and a light verb's object ("who made the largest gift": "the largest gift came
    from X")."""
    return [noun for _, noun in _noun_predicates(question)]


def _noun_predicates(question: str) -> list[tuple[str, str]]:
    """(root verb, noun) pairs of ``predicate_nouns``, both as written and lower-cased."""
    from bot.nlp import dependency_parse

    out = []
    for root in dependency_parse(question):
        if root.dep_ != "ROOT" or root.pos_ != "VERB":
            continue
        light = root.lemma_.lower() in SUPPORT_VERBS
        out += [
            (root.lower_, c.lower_)
            for c in root.children
            if c.pos_ == "NOUN" and (c.dep_ in {"attr", "oprd"} or (light and c.dep_ == "dobj"))
        ]
    return out


def _clause_verbs(question: str) -> list[Any]:
    """Verbs of participle and relative clauses on the question's nouns, as parsed, where its
    root is "be" (a misparse with a noun for root has no clause to trust)."""
    from bot.nlp import dependency_parse

    doc = dependency_parse(question)
    if not any(t.dep_ == "ROOT" and t.lemma_.lower() == "be" for t in doc):
        return []
    return [t for t in doc if t.dep_ in {"acl", "relcl"} and t.pos_ == "VERB"]


def root_verbs(question: str, roots_only: bool = True) -> list[str]:
    """The question's root verbs (or all its verbs) as written, lower-cased ("wounded" in "how
    many were wounded")."""
    from bot.nlp import dependency_parse

    return [
        t.lower_
        for t in dependency_parse(question)
        if (t.dep_ == "ROOT" or not roots_only) and t.pos_ == "VERB" and tokens(t.text)
    ]


def asks_undergone(question: str) -> bool:
    """The question asks how many things underwent its verb ("how many camps were destroyed"):
    a passive main verb is the relation counted, so a count of the same things that does not
    say it ("strikes against 64 depots") answers another question. A stative passive ("how
    many buildings are included") asks how things are, which other verbs say as well; so does a
    passive in the present tense ("how many are held", ``stative.present_passive``)."""
    from bot.nlp import dependency_parse
    from bot.stative import present_passive
    from bot.wordnet import wordnet

    return any(
        t.dep_ == "ROOT"
        and t.pos_ == "VERB"
        and any(c.dep_ == "auxpass" for c in t.children)
        and not wordnet().is_stative(t.lemma_.lower())
        and not present_passive(t)
        for t in dependency_parse(question)
    )


def states_word(word: str, hit: EvidenceSentence, text: str = "", bases: bool = False) -> bool:
    """The text (the sentence by default) has the word by form or a word of the same meaning
    ("died" for "killed"); a word with no token (a stopword) is not stated. With ``bases``,
    verbs written in other inflections are compared in their base forms ("died"/"killing")."""
    text = text or hit.chunk.text
    wanted = tokens(word)
    if not wanted:
        return False
    pool = terms(text)
    if pool.has(wanted[0]):
        return True
    words = written_words(text)
    if _synonym_in(word, words, read=hit.corpus.evidence_senses) or _doer_noun_in(word, words):
        return True
    return hit.corpus.share(wanted[:1], pool, words, {wanted[0]: word}, bases) > 0


def _synonym_in(
    word: str, words: list[str], senses: int = 0, read: int = AnswerTuning.evidence_senses
) -> bool:
    """A word of the text shares a WordNet verb synset with ``word`` ("captured" for "seized"),
    which the sentence model puts far apart. The text's words are read in their frequent
    senses only (WordNet lists senses by frequency; a writer most likely means one of them):
    a rare sense would let a common verb state almost anything ("took place" is not
    "claimed", though "take" means "claim" in its 26th sense): their first ``read`` senses.
    With ``senses`` above 0, both words only among their first ``senses``."""
    from bot.wordnet import wordnet

    wn = wordnet()
    wanted = set(wn.senses(word, "v")[: senses or None])
    read = senses or read
    return bool(wanted) and any(wanted & set(wn.senses(w, "v")[:read]) for w in words if w != word)


def told_by_noun(
    verb: str,
    text: str,
    verb_senses: int = AnswerTuning.deed_noun_verb_senses,
    noun_senses: int = AnswerTuning.deed_noun_senses,
) -> bool:
    """Pattern: a deed is stated by the noun WordNet derives from the verb's meaning: "the death
    of Ada Kerr" states that she died, "the capture of the ridge" that it was seized, "its
    approval by the board" that the board approved it. A noun of the text (as the parse tags it)
    whose first ``noun_senses`` meanings include one WordNet derives from one of the verb's first
    ``verb_senses`` meanings states the verb; a noun of another deed ("the arrest" for "died")
    shares no derivation with it and states nothing. A doer's noun ("the leader of X" for "who
    led X") tells the deed only with its role read (``names_doer``), so a person noun tells none."""
    from bot.wordnet import wordnet

    wn = wordnet()
    wanted = set(wn.senses(verb.lower(), "v")[:verb_senses])
    if not wanted:
        return False
    return any(
        wanted & set(wn.derived(sense))
        for tok in dependency_parse(text)
        if tok.pos_ == "NOUN" and tok.lower_ != verb.lower() and not wn.is_kind_of(tok.lower_, "person")
        for sense in wn.senses(tok.lower_, "n")[:noun_senses]
    )


def told_deeds(absent: list[str], question: str, text: str) -> set[str]:
    """The absent question tokens that are the question's verbs (as parsed) told in the text by
    a noun derived from them (``told_by_noun``): held as stated in the predicate's share."""
    if not absent:
        return set()
    verbs = {
        t: tok.text for tok in dependency_parse(question) if tok.pos_ == "VERB" for t in tokens(tok.text)[:1]
    }
    return {t for t in absent if t in verbs and told_by_noun(verbs[t], text)}


def _doer_noun_in(verb: str, words: list[str]) -> bool:
    """The text names the verb's doer by its agent noun ("its leader X" states "who leads",
    "the founder" states "who founded")."""
    written = {w.lower() for w in words}
    return any(n in written for n in doer_nouns(verb))


def doer_nouns(verb: str) -> list[str]:
    """The verb's agent nouns: its base with "-er"/"-or" that WordNet files under person
    ("leads" -> "leader", "founded" -> "founder"; not "hit" -> "hitter" unless so filed)."""
    from bot.wordnet import wordnet

    wn = wordnet()
    nouns = dict.fromkeys(base + end for base in wn.lemmas(verb, "v") for end in ("er", "r", "or"))
    return [n for n in nouns if wn.is_kind_of(n, "person")]


_LIGHT_LEMMAS = LIGHT_VERBS | {"get"}
"""Verbs that carry tense or voice, not the asked deed ("what did X conclude": "did")."""


def states_deed_or_doer(question: str, hit: EvidenceSentence, previous: str = "") -> bool:
    """An open question asking what a thing named by a common noun did ("what did the inquiry
    conclude") is about that deed or that doer: a sentence (with the one before it) stating
    neither tells of something else. The deed may be said in other words (``states_word``), the
    doer by its form or a WordNet synonym (``states_noun``). True when the question has no such
    doer or no deed, or names its doer (a name's article is already required to say it)."""
    from bot.nlp import dependency_parse

    doc = dependency_parse(question, entities=False)
    frame = source_frame(question)  # "what does one report call X": the report is no doer
    subjects = [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ not in WH_NOUNS]
    if any(t.pos_ == "PROPN" for t in subjects):
        return True
    doers = [t.text for t in subjects if t.pos_ == "NOUN" and not framed((t.text,), frame)]
    deeds = [
        t.text
        for t in doc
        if t.pos_ == "VERB"
        and t.lemma_.lower() not in _LIGHT_LEMMAS
        and t.lower_ not in AUXILIARIES
        and tokens(t.text)
        and not framed((t.text,), frame)
    ]
    deeds += _last_verb(doc) if not deeds else []
    if not doers or not deeds:
        return True
    text = f"{previous} {hit.chunk.text}".strip()
    if any(states_noun(word, text, hit.corpus.evidence_senses) for word in doers):
        return True
    return any(states_word(word, hit, text) for word in deeds)


def _last_verb(doc: Any) -> list[str]:
    """The question's last word when it asks "what did X <verb>?" and the parser took "did" for
    the main verb ("conclude" read as a noun): the bare word WordNet knows as a verb."""
    from bot.wordnet import wordnet

    words = [t for t in doc if not t.is_punct]
    if not words or not any(t.lemma_.lower() == "do" for t in words[:3]):
        return []
    last = words[-1].lower_
    return [last] if tokens(last) and last in wordnet().lemmas(last, "v") else []


def states_noun(word: str, text: str, senses: int) -> bool:
    """The text has the noun by form or a noun sharing one of its first ``senses`` WordNet
    senses ("probe" for "investigation"); the sentence model is not asked, as it puts a
    noun near any word of its topic ("suspected" near "investigation")."""
    from bot.wordnet import wordnet

    wanted = tokens(word)
    if wanted and terms(text).has(wanted[0]):
        return True
    wn = wordnet()
    first = set(wn.senses(word, "n")[:senses])
    return bool(first) and any(
        first & set(wn.senses(w, "n")[:senses]) for w in written_words(text) if w != word
    )


_POSSIBLE = re.compile(r"\b(?:can|could|may|might|if|will)\b", re.I)
"""Words that can make a sentence's deed possible, conditional or still to come (the parse checks)."""
_FUTURE = frozenset({"will", "'ll"})


def only_possible(question: str, text: str) -> bool:
    """A sentence whose deed is only possible or conditional ("X could face 20 years if
    convicted"), or, for a question about the past ("what did X get"), still to come ("will be
    sentenced"), says what might happen, not what did: it answers no question asked of what
    happened (one asking what could or will happen, or what someone said, keeps it). The deed is
    the main verb, or what a reporting verb reports ("police said the toll could rise"); of several joined verbs, the
    ones the question says ("pleaded guilty and will be sentenced" for "what sentence")."""
    if not _POSSIBLE.search(text) or _POSSIBLE.search(question):
        return False
    from bot.nlp import dependency_parse

    doc = dependency_parse(question, entities=False)
    if any(t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS for t in doc):
        return False  # "what did X say": the saying happened, whatever it says may come
    asked = set(tokens(question))
    past = any(t.tag_ == "VBD" for t in doc)
    modals = POSSIBILITY_MODALS | _FUTURE if past else POSSIBILITY_MODALS
    for root in dependency_parse(text, entities=False):
        if root.dep_ != "ROOT":
            continue
        said = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}]
        head = said[0] if said and root.lemma_.lower() in REPORTING_VERBS else root
        deeds = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        named = [d for d in deeds if asked & set(tokens(d.text))]
        return all(_possible_deed(d, modals) for d in named or deeds[:1])
    return False


def _possible_deed(deed: Any, modals: frozenset[str]) -> bool:
    """The verb carries one of ``modals`` or an "if" clause."""
    if any(c.dep_ == "aux" and c.lower_ in modals for c in deed.children):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in deed.children
    )
