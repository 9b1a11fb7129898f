"""Who did it: attribution and blame read from the dependency parse of a claim and a sentence.

"Government forces carried out the attack", "the attack carried out by government forces",
"rocket attacks by the Velmar Front", "IS claimed responsibility for the bombing", "a bomb claimed
by the Front", "the coalition accused the president of being behind the attack", "Russian jets were
behind the strikes" all name an actor for an event. A sentence about the same event that
names the claim's actor supports an attribution claim; one that names another actor, says
the named actor denied it, or says that no one claimed it, refutes it.

A noun of quantity in a deed's slot ("staged dozens of raids", "hundreds of homes") says how
many, not what: the deed's thing is what it counts (``counted_thing``), so "dozens of raids" and
"a number of troops" are not one event because a dozen is a kind of number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Literal

from bot.evidence import acronyms
from bot.names import names_capitals_country
from bot.nlp import dependency_parse, future_going, parse
from bot.rivals import nested_places
from bot.roles import _filler
from bot.sides import other_sides
from bot.text import TokenPool, tokens, word_stem
from bot.values import parse_quantities
from bot.wordnet import WordNet, wordnet
from index.lexicon import (
    AGENT_KINDS,
    BLAME_VERBS,
    CLAIM_NOUNS,
    DEED_VERB_FILES,
    DENIAL_VERBS,
    EVENT_NOUN_FILES,
    GENERIC_ACTOR_WORDS,
    LIGHT_EVENT_VERBS,
    MONTHS,
    NEGATION_CUES,
    PLACE_LABELS,
    REPORTING_VERBS,
    TIME_UNITS,
    WEEKDAYS,
    WORDNET_FILES,
)

Kind = Literal["did", "claimed", "denied", "unclaimed"]

NOT_EVENTS = frozenset(REPORTING_VERBS) | {"be", "have", "do", "make", "accuse", "blame"}
"""Verbs whose subject is not the doer of an event (a speaker, a copula, the one who blames)."""


@dataclass(frozen=True)
class Attribution:
    """One actor named for one event: ``kind`` says how (did it, claimed it, denied it)."""

    actor: str
    kind: Kind
    event: tuple[str, ...]
    """Stems of the event's verb and of the thing done ("fire", "rocket"), to match events."""
    verb: str
    """The event verb's lemma ("fire", "carry"), or the event noun's ("attack")."""
    things: tuple[str, ...] = ()
    """Stems of the nouns of the event (what was hit, the attack): two events must share one."""
    asserted: bool = True
    """Said by the sentence, not by a relative clause or inside its subject ("the bomber who
    struck the wedding was a teenager" asserts the bomber's age, not who struck)."""
    by: str = ""
    """Who names the actor when the sentence reports an accusation ("the coalition" in "the
    coalition blamed the president"): the accusation is theirs, not an established fact."""
    modal: bool = False
    """Said as possible, not as done ("producers who can win an Oscar", "jets could strike")."""
    said: bool = False
    """The actor's own word carries the deed ("admits that it uses barrel bombs"): what others
    say it did is no answer to what it said."""
    doubted: bool = False
    """The deed sits in a "whether" or "if" clause ("did not know whether A or B fired"): the
    doer is asked about or supposed, not named."""
    reported: bool = False
    """The deed is what someone is reported to have said ("the monitor said A fired")."""
    speaker: str = ""
    """Who is reported saying it ("the monitor"), when the verb of saying names them."""
    deed_in_clause: bool = False
    """The verb is no deed; its clause holds the deed ("vowed to pull out", "wants to make sure"):
    two such attributions tell one event only by their clauses, not by the verbs that lead in."""
    act_noun: bool = False
    """Told by an act noun with its doer after "by" ("an attack by X"): the noun names the act
    itself, as "carried out the attack" does (``same_target``)."""


def _event_words(*toks: Any) -> tuple[str, ...]:
    """The deed's words: its verb or act noun, their compounds, and the verb of a clause on an
    act noun that tells what the act did ("the raid that killed ten" is the killing too)."""
    words: list[str] = []
    for tok in toks:
        if tok is None:
            continue
        words += [word_stem(tok.lemma_.lower())] if tok.pos_ in {"VERB", "NOUN"} else []
        words += [word_stem(c.lemma_.lower()) for c in tok.children if c.dep_ == "compound" and not _when(c)]
        if tok.pos_ == "NOUN" and is_act(tok.lemma_.lower()):
            words += [
                word_stem(c.lemma_.lower()) for c in tok.children if c.dep_ == "relcl" and c.pos_ == "VERB"
            ]
    return tuple(w for w in words if w)


def _things(*toks: Any) -> tuple[str, ...]:
    """What the deed was done to: nouns that are not themselves acts, and an act's target
    ("attacks on the market", "attacks that targeted a convoy")."""
    words: list[str] = []
    for tok in toks:
        if tok is None or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if _when(tok):
            continue  # "within hours", "that week", "Friday's raids": when it was done, not what to
        parts = [tok, *[c for c in tok.children if c.dep_ == "compound" and not _when(c)]]
        words += [word_stem(t.lemma_.lower()) for t in parts if not is_act(t.lemma_.lower())]
        words += _count_of(tok) if not is_act(tok.lemma_.lower()) else []
        if is_act(tok.lemma_.lower()):
            targets = [
                g for c in tok.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS for g in c.children
            ]
            targets += [g for c in tok.children if c.dep_ == "relcl" for g in c.children if g.dep_ == "dobj"]
            targets += [_thing_done(tok.head)] if _acting_subject(tok) else []  # "a raid by X hit the mill"
            words += [
                w
                for t in targets
                if t is not None and t.pos_ in {"NOUN", "PROPN"} and not _when(t)  # "strikes on Tuesday"
                for w in _target_words(t)
            ]
    return tuple(w for w in words if w)


def _acting_subject(tok: Any) -> bool:
    """The act noun is the subject of a deed verb ("a raid by the Front destroyed the mill"): the
    verb's object is what the act was done to."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.pos_ == "VERB" and is_deed(head.lemma_.lower())


def _target_words(tok: Any) -> list[str]:
    """A target's stem and its count ("18 farmers": "farmer", "18")."""
    return [word_stem(tok.lemma_.lower()), *_count_of(tok)]


def _count_of(tok: Any) -> list[str]:
    """The count of a deed's target as written ("18" of "18 farmers"): the same count of victims of
    one deed names the same victims, however each outlet calls them ("18 farmers" / "18 villagers")."""
    return [c.lower_ for c in tok.children if c.dep_ == "nummod" and c.like_num]


def _when(tok: Any) -> bool:
    """A word of time: a unit ("hours"), a day or month name ("Fridays raids", however tagged)."""
    lemma = tok.lemma_.lower()
    day = lemma.removesuffix("s").removesuffix("'")
    return lemma in TIME_UNITS or tok.ent_type_ in {"DATE", "TIME"} or day in WEEKDAYS or day in MONTHS


def is_act(noun: str) -> bool:
    """A noun whose most frequent sense is an act or event (``EVENT_NOUN_FILES``)."""
    return wordnet().commonest_file(noun, "n") in EVENT_NOUN_FILES


TARGET_PREPS = frozenset({"on", "against", "at"})


def _make(actor: str, kind: Kind, verb: str, toks: list[Any]) -> Attribution:
    toks = [counted_thing(t) for t in toks]
    return Attribution(actor, kind, _event_words(*toks), verb, _things(*toks))


QUANTITY_FILE = "noun.quantity"
"""WordNet's file of nouns of amount ("dozen", "hundred", "handful", "ton"): how many, not what."""


def counted_thing(tok: Any) -> Any:
    """The noun a noun of quantity counts ("dozens" -> "raids" in "dozens of raids"), else the
    token itself (module docstring)."""
    if (
        tok is None
        or tok.pos_ != "NOUN"
        or wordnet().commonest_file(tok.lemma_.lower(), "n") != QUANTITY_FILE
    ):
        return tok
    counted = [
        g
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return counted[0] if counted and counted[0].pos_ in {"NOUN", "PROPN"} else tok


def _thing_done(verb: Any) -> Any:
    """The object of the event verb, or the noun a participle modifies ("the attack carried out")."""
    for c in verb.children:
        if c.dep_ in {"dobj", "obj", "nsubjpass"}:
            return c
    return verb.head if verb.dep_ == "acl" else None


def _agent_of(verb: Any) -> Any:
    for c in verb.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            return objs[0] if objs else None
    capital = capital_subject(verb)
    if capital is not None:
        return capital
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children) or verb.dep_ == "acl":
        return None
    for c in verb.children:
        if c.dep_ in {"nsubj", "csubj"}:
            if c.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
                return verb.head
            return c
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _agent_of(verb.head)
    return None


def capital_subject(verb: Any) -> Any:
    """An all-capitals abbreviation that opens the verb's clause with no subject besides it is
    its subject, though the parser took it for the auxiliary "is" ("IS claimed the attack")."""
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ in {"aux", "auxpass"} and c.i < verb.i and len(c.text) > 1 and c.text.isupper():
            return c
    return None


def _denied(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        a.lemma_.lower() in DENIAL_VERBS for a in verb.ancestors if a.pos_ == "VERB"
    )


def _unclaimed(actor: Any) -> bool:
    """ "No group has claimed ...": the subject itself is negated."""
    return any(c.lower_ in {"no", "none"} and c.dep_ == "det" for c in actor.children)


def can_act(head: Any) -> bool:
    """A phrase that can do a deed: a name, or a noun WordNet files under ``AGENT_KINDS``; never
    a date or time ("banned from game-day coaching duties": the day is when, though WordNet files a
    rare sense of "day" under people)."""
    if head.pos_ == "PRON" or (head.pos_ == "NOUN" and is_act(head.lemma_.lower())):
        return False  # "the Velmar strikes hit 64 depots": strikes are the deed, not its doer
    if head.ent_type_ in {"DATE", "TIME"}:
        return False
    if head.pos_ == "PROPN" or (head.ent_type_ and head.ent_type_ != "CARDINAL"):
        return True
    if head.pos_ == "AUX":
        return (
            len(head.text) > 1 and head.text.isupper()
        )  # an abbreviation read as "is" (``capital_subject``)
    if any(c.ent_type_ in {"NORP", "GPE", "ORG", "PERSON"} for c in head.children):
        return True
    wn = wordnet()
    return any(wn.is_kind_of(head.lemma_.lower(), kind) for kind in AGENT_KINDS)


def _actor(head: Any) -> str:
    """The actor's phrase, with a name the parser left just after it ("the group Velmar Front"),
    and the whole of the name its head is part of (a hyphenated "Jund al-Velmar" the parse cut
    into several subjects)."""
    filler = _filler(head)
    doc = head.doc
    start, end = filler.start, filler.end
    for e in doc.ents:
        if e.start <= head.i < e.end:
            words = [t for t in e if t.dep_ not in {"det", "case"}]  # no "The", no "'s"
            if words:
                start, end = min(start, words[0].idx), max(end, words[-1].idx + len(words[-1].text))
    after = [
        e for e in doc.ents if e.start_char in (end, end + 1) and e.label_ in {"ORG", "PERSON", "NORP", "GPE"}
    ]
    return doc.text[start : after[0].end_char if after else end]


def is_deed(lemma: str) -> bool:
    """A verb whose most frequent sense is a deed (``DEED_VERB_FILES``): "bomb", "fire", "kill"."""
    return wordnet().commonest_file(lemma, "v") in DEED_VERB_FILES


def is_saying(lemma: str, senses: int = 1) -> bool:
    """A verb one of whose ``senses`` most frequent senses is one of communication ("admit",
    "acknowledge"; with more senses, "warn", "call for")."""
    wn = wordnet()
    return any(
        WORDNET_FILES[wn.synsets[s].lexfile] == "verb.communication" for s in wn.senses(lemma, "v")[:senses]
    )


def _complements(verb: Any) -> list[Any]:
    """What a clause complement adds to the event: "admits that it uses barrel bombs"."""
    out = []
    for c in verb.children:
        if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}:
            out += [c, *[g for g in c.children if g.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"}]]
    return out


def _from_verb(verb: Any) -> Attribution | None:
    """The active subject or passive "by" agent of an event verb; claims and denials named as such."""
    lemma = verb.lemma_.lower()
    if lemma in NOT_EVENTS and lemma != "claim":
        return None
    agent = _agent_of(verb)
    if agent is None or not can_act(agent):
        return None
    done = _thing_done(verb)
    if lemma == "claim":
        clause = _complements(verb)
        if (done is None or done.pos_ != "NOUN") and not clause:
            return None  # "the group claimed it shot down ..." has a clause, not an object
        kind: Kind = "unclaimed" if _unclaimed(agent) else "claimed"
        about = [c for c in (done.children if done is not None else []) if c.dep_ == "prep"]
        event = [g for p in about for g in p.subtree if g.pos_ in {"VERB", "NOUN"}] + clause
        if done is not None and done.lemma_.lower() not in CLAIM_NOUNS:
            event.append(done)
        return _make(_actor(agent), kind, lemma, event)
    if lemma in DENIAL_VERBS:
        event = [
            t for t in verb.subtree if t.pos_ in {"VERB", "NOUN"} and t != verb and t not in agent.subtree
        ]
        return _make(_actor(agent), "denied", lemma, event)
    clause = _complements(verb)
    deeds = [v for v in [verb, *clause] if v.pos_ == "VERB" and is_deed(v.lemma_.lower())]
    if not deeds or (done is None and not clause):
        return None  # "the convoy had come from the border": no deed done to anything
    kind = "denied" if _denied(verb) else "did"
    said = verb not in deeds and is_saying(lemma) and any(c.dep_ == "ccomp" for c in verb.children)
    told = [done, *clause] if future_going(verb) else [verb, done, *clause]  # "is going to stand": stand
    return replace(_make(_actor(agent), kind, lemma, told), said=said, deed_in_clause=verb not in deeds)


def _from_noun(noun: Any) -> Attribution | None:
    """An event noun with its doer after "by": "rocket attacks by Velmar Front insurgents"; an
    adjective's "by" ("delighted by her speech") names a cause, not a doer."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if objs and can_act(objs[0]):
                deed = [noun.head] if _acting_subject(noun) else []  # its object: ``_things``
                made = _make(_actor(objs[0]), "did", noun.lemma_.lower(), [noun, *deed])
                return replace(made, act_noun=not _act_withheld(noun))
    return None


def _act_withheld(noun: Any) -> bool:
    """The act noun tells an act not done: "released without charge by X", "no charge by X"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return True
    return any(c.dep_ in {"det", "neg"} and c.lower_ in NEGATION_CUES for c in noun.children)


def _from_blame(verb: Any) -> Attribution | None:
    """ "A accused B of ...", "A blamed B for ...": B is named as the doer."""
    if verb.lemma_.lower() not in BLAME_VERBS:
        return None
    named = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if named is None or not can_act(named):
        return None
    preps = [c for c in [*verb.children, *named.children] if c.dep_ == "prep"]
    event = [g for c in preps for g in c.subtree if g.pos_ in {"VERB", "NOUN"}]
    accuser = next((c for c in verb.children if c.dep_ == "nsubj" and can_act(c)), None)
    by = _actor(accuser) if accuser is not None else ""
    return replace(_make(_actor(named), "did", verb.lemma_.lower(), event), by=by)


def _from_to_blame(tok: Any) -> Attribution | None:
    """ "Russian jets were to blame (for the raid)": the subject of "be to blame" is the doer; with
    no "for" the deed is the one its context tells of (no event words: ``same_event`` any deed)."""
    be = tok.head
    if tok.lemma_.lower() != "blame" or tok.dep_ != "xcomp" or be.lemma_.lower() != "be":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or not can_act(subject):
        return None
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
    return _make(_actor(subject), "did", "blame", objs[:1])


def _from_behind(tok: Any) -> Attribution | None:
    """ "Russian jets were behind the attack": the subject of "be behind" is the doer."""
    if tok.lower_ != "behind" or tok.head.lemma_.lower() != "be":
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    objs = [g for g in tok.children if g.dep_ == "pobj"]
    if subject is None or not can_act(subject) or not objs:
        return None
    return _make(_actor(subject), "did", objs[0].lemma_.lower(), [objs[0]])


RULES: tuple[Callable[[Any], Attribution | None], ...] = (
    _from_verb,
    _from_noun,
    _from_blame,
    _from_behind,
    _from_to_blame,
)


@lru_cache(maxsize=20_000)
def attributions(text: str) -> tuple[Attribution, ...]:
    """Every actor the sentence names for an event, by each rule in ``RULES``."""
    out = []
    for tok in dependency_parse(text):
        for rule in RULES:
            if (tok.pos_ == "VERB") != (rule in (_from_verb, _from_blame, _from_to_blame)):
                continue
            found = rule(tok)
            if found is not None and tokens(found.actor):
                out.append(
                    replace(
                        found,
                        asserted=_asserted(tok),
                        modal=_modal(tok),
                        doubted=_doubted(tok),
                        reported=_reported(tok) is not None,
                        speaker=_speaker(tok),
                    )
                )
    return tuple(out)


DOUBT_MARKS = frozenset({"whether", "if"})
"""Subordinators of a clause that asks or supposes ("did not know whether", "unclear if")."""


def _doubted(tok: Any) -> bool:
    """The deed's clause, or one it sits in, opens with "whether" or "if": asked, not stated."""
    return any(
        c.dep_ == "mark" and c.lower_ in DOUBT_MARKS for t in [tok, *tok.ancestors] for c in t.children
    )


def _reported(tok: Any) -> Any:
    """The verb of saying whose report the deed is inside ("X said A fired the shells"), or None."""
    return next((t for t in tok.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS), None)


def _speaker(tok: Any) -> str:
    """Who the deed is reported from: the named subject of the verb of saying ("the monitor")."""
    verb = _reported(tok)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return _actor(subject) if subject is not None and can_act(subject) else ""


def _asserted(tok: Any) -> bool:
    """Not inside a relative clause or a subject: what the sentence itself states."""
    return not any(t.dep_ in {"relcl", "nsubj", "nsubjpass", "csubj"} for t in [tok, *tok.ancestors])


POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might"})
"""Auxiliaries that say a deed is possible, not done; "will not let" is a commitment, kept."""


def _modal(tok: Any) -> bool:
    """A modal of possibility on the deed's word ("can win", "could strike", "may have fired")."""
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in tok.children)


def same_event(a: Attribution, b: Attribution) -> bool:
    """Two attributions speak of one event: they share a word of it, or a word of one is a
    synonym or a kind of a word of the other in WordNet ("bomb" is a kind of "attack"). A verb
    leading into the deed ("promised to", "vowed to") is not compared when both lead into one:
    "A promised to build a port" and "B vowed to close the mine" are two deeds."""
    if a.things and b.things and not same_target(a, b):
        return False  # a bus blown up is not the bombers blowing themselves up
    if not a.event or not b.event:
        return True  # "A was to blame": the deed its context tells of
    lead_in = a.deed_in_clause and b.deed_in_clause
    event_a, event_b = _deed_words(a, lead_in), _deed_words(b, lead_in)
    if event_a & event_b:
        return True
    wn = wordnet()
    words_a = (event_a | ({a.verb} - _lead_in(a, lead_in))) - LIGHT_EVENT_VERBS
    words_b = (event_b | ({b.verb} - _lead_in(b, lead_in))) - LIGHT_EVENT_VERBS
    return any(_related(wn, x, y) for x in words_a for y in words_b)


def _lead_in(a: Attribution, dropped: bool) -> set[str]:
    """The verb leading into the deed and its stem, when it is to be left out."""
    return {a.verb, word_stem(a.verb)} if dropped else set()


def _deed_words(a: Attribution, lead_in: bool) -> set[str]:
    """The event's words, without the verb leading into its deed when ``lead_in``."""
    return set(a.event) - _lead_in(a, lead_in)


def same_target(a: Attribution, b: Attribution) -> bool:
    """What the deed was done to is one thing: a shared word, one word a synonym or kind of the
    other, or a side naming no thing names the act itself ("the attack was carried out by X",
    "claimed the bombing"). Only then does another actor contradict: "X won two races" and "Y
    won ten awards" may be two deeds."""
    if not (a.things and b.things):
        return all(x.things or _names_act(x) for x in (a, b))
    return bool(set(a.things) & set(b.things)) or any(
        _related(wordnet(), x, y) for x in a.things for y in b.things
    )


def _names_act(a: Attribution) -> bool:
    """The event is named by more than its verb: an act noun ("carried out the attack", "an attack
    by X")."""
    return a.act_noun or any(w != word_stem(a.verb) for w in a.event)


def _related(wn: WordNet, x: str, y: str) -> bool:
    """In their most frequent senses, one word is a synonym or a kind of the other."""
    for pos in ("v", "n"):
        first = wn.senses(x, pos)[:1]
        if first and y in wn.synsets[first[0]].lemmas:
            return True
        if wn.kind_rank(x, y, pos) == 0 or wn.kind_rank(y, x, pos) == 0:
            return True
    return False


_GENERIC = frozenset(tokens(" ".join(GENERIC_ACTOR_WORDS)))


def actor_words(actor: str) -> set[str]:
    """The words that identify an actor: names and initials, not "forces", "group", "the"."""
    return {t for t in [*tokens(actor), *acronyms(actor)] if t not in _GENERIC}


def hand_only(actor: str) -> bool:
    """The actor is only the hand that did the deed ("a suicide bomber", "gunmen"): no name and no
    word whose commonest sense is a group, so a group named for the deed may have sent it and
    does not contradict it ("the Velmar Front", "government forces" are named sides)."""
    words = [t for t in dependency_parse(actor) if t.pos_ in {"NOUN", "PROPN", "ADJ"}]
    if not words or any(t.pos_ == "PROPN" or t.ent_type_ or t.text[:1].isupper() for t in words):
        return False
    wn = wordnet()
    return not any(wn.kind_rank(t.lemma_.lower(), "group") == 0 for t in words)


DEED_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
"""How a name hangs on a noun of a deed when it says whose deed it is ("Velmar's raids", "the Velmar raids")."""


def named_on_deed(text: str, actor: str, deed: tuple[str, ...]) -> bool:
    """The text names ``actor`` on a noun of the deed (stems ``deed``): it says that actor did the
    deed too ("Ostria joined the Velmar raids"), so a sentence naming it as the doer is no rival.
    The name is read on the noun it hangs on, or on the noun right after it (the parse may hang
    "the Velmar raids" on the verb)."""
    words = actor_words(actor)
    doc = dependency_parse(text)
    return bool(words) and any(
        set(tokens(tok.text)) & words and any(_deed_noun(n, deed) for n in _owned_nouns(tok, doc))
        for tok in doc
    )


def _owned_nouns(tok: Any, doc: Any) -> list[Any]:
    """The noun a name hangs on as its owner, and the word right after it (past a possessive "'s")."""
    nouns = [tok.head] if tok.dep_ in DEED_OWNER_DEPS else []
    after = tok.i + 1
    if after < len(doc) and doc[after].tag_ == "POS":
        after += 1
    if after >= len(doc) or (tok.head.i == after and tok.dep_.startswith("nsubj")):
        return nouns  # "Velmar raided": the name is the verb's subject, told as the claim's doer
    return [*nouns, doc[after]]


def _deed_noun(tok: Any, deed: tuple[str, ...]) -> bool:
    """A word whose stem is one of the deed's."""
    return bool(set(tokens(tok.text)) & set(deed))


def other_toll(a: Attribution, b: Attribution) -> bool:
    """Both give a count of the deed's victims or targets and no count is the same ("killed 8" /
    "killed 32"): another attack's toll, not another doer of the claim's (``_count_of``)."""
    ours, theirs = _counts(a), _counts(b)
    return bool(ours and theirs) and not ours & theirs


def _counts(a: Attribution) -> set[float]:
    """The values of the counts among an attribution's things ("eight", "32")."""
    return {q.low for w in a.things for q in parse_quantities(w) if q.low == q.high}


def same_actor(a: str, b: str, similar: Callable[[str, str], bool]) -> bool:
    """One actor under two names: a shared identifying word or initials ("Velmar Front"/"VF"),
    or names the sentence model puts close together ("Dawla"/"the Front"); never two actors
    named for two places ("a Lyon court" / "a Marseille court"), unless one lies in the other,
    nor two kinds of doer of two sides ("Danish jets" / "Dutch jets", ``bot/sides.py``)."""
    if rival_actors(a, b):
        return False
    if names_capitals_country(TokenPool(tokens(b)), a) or names_capitals_country(TokenPool(tokens(a)), b):
        return True  # "Oslo" for "Norway": a capital names its country's government
    wa, wb = actor_words(a), actor_words(b)
    if wa & wb:
        return True
    if not wa or not wb:
        return False
    return similar(a, b)


def rival_actors(a: str, b: str) -> bool:
    """Two actors that cannot be one: named for two places neither lying in the other ("the Tarn
    police" / "the Velm police"), or of two sides ("Danish jets" / "Dutch jets")."""
    return _placed_apart(a, b) or other_sides(a, b)


def _placed_apart(a: str, b: str) -> bool:
    """Both actors are named for a place and no place of one is, or lies within or around, a
    place of the other: the same kind of body in another place is another actor."""
    if not (_capitalised(a) and _capitalised(b)):
        return False  # no name in one of them: nothing to parse
    places_a = [e for e in parse(a).entities if e.label in PLACE_LABELS]
    places_b = [e for e in parse(b).entities if e.label in PLACE_LABELS]
    return bool(places_a and places_b) and not any(
        actor_words(x.text) & actor_words(y.text) or nested_places(x.label, x.text, y.label, y.text)
        for x in places_a
        for y in places_b
    )


def _capitalised(text: str) -> bool:
    return any(w[:1].isupper() for w in text.split())
