"""Amounts that change: which number in "revenue dipped 2% to 40bn francs" is the change,
which the new level, and how often something happens ("every 10 seconds", "twice a week").

"By how much did X fall" asks for the change; "what were X's total sales" or "how much did
X earn" for a level. After a verb of change, "to N" is the new level, "from N" the old one,
"by N", "up/down N" or a bare N right after the verb the change.
"""

from __future__ import annotations

import functools
import re
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from bot.values import ABOUT, LOWER, UPPER, Quantity, same_measure
from index.lexicon import CHANGE_VERBS, CURRENCIES, LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

_DIRECTION = frozenset({"up", "down"})
"""Particles of change: "closed up 3%", "down 4% in 2004", "go up"."""
_CLAUSE = re.compile(r"[,;:()]|\band\b|\bwhile\b|\bbut\b")
_WORD = re.compile(r"[A-Za-z]+")
_QUALIFIED_END = re.compile(
    r"(?:\b(?:" + "|".join(re.escape(q) for q in LOWER + UPPER + ABOUT) + r")\s*)+[$€£¥]?\s*$", re.I
)
"""Qualifiers and a currency sign before the number ("up nearly $3bn") are part of it."""


class Role(StrEnum):
    CHANGE = "change"
    NEW = "new"
    OLD = "old"
    PLAIN = "plain"


def is_change_word(word: str) -> bool:
    """A word of change: "up"/"down", or a verb of change in any form ("rose", "dipped",
    "surged", "falls"), its base found by WordNet's suffix rules and exception lists."""
    from bot.wordnet import base_forms, wordnet

    lower = word.lower()
    if lower in _DIRECTION or lower in CHANGE_VERBS:
        return True
    forms = [*base_forms(lower, "v"), *wordnet().irregular(lower, "v")]
    forms += [f[:-1] for f in forms if len(f) > 3 and f[-1] == f[-2]]  # "dipped" -> "dipp" -> "dip"
    return any(form in CHANGE_VERBS for form in forms)


def role(text: str, x: Quantity) -> Role:
    """What the number is in its clause: after a word of change, "to N" is the new level,
    "from N" the old one, "by N" or N right after the change word the change itself; a number
    followed by a change noun ("a 22% fall") is a change too."""
    before = _QUALIFIED_END.sub(" ", _CLAUSE.split(text[: x.start])[-1])
    words = _WORD.findall(before)
    after = _WORD.findall(text[x.end : x.end + 30])
    if after and after[0].lower() in {"percent", "per"}:
        after = after[1:]  # "12 percent." at a sentence's end follows with nothing
    follower = after[0] if after else ""
    if follower == "cent" and len(after) > 1:
        follower = after[1]
    changed = any(is_change_word(w) for w in words)
    last = words[-1].lower() if words else ""
    if changed and last == "to":
        return Role.NEW
    if changed and last == "from":
        return Role.OLD
    if changed and (last == "by" or is_change_word(last)):
        return Role.CHANGE
    if last in {"a", "an"} and follower and is_change_word(follower) and follower.lower() not in _DIRECTION:
        return Role.CHANGE  # "a 22% fall", "a $697m improvement"
    if _compared(text, x):
        return Role.CHANGE  # "$2m less debt", "10% higher"
    return Role.PLAIN


def change_direction(text: str, x: Quantity) -> int:
    """Which way a change moved: +1 up, -1 down, 0 when the number is no change or its word
    says no direction. "closed up 4%", "were up over 5%" and "gained 5%" all say a rise, whatever
    verb carries the particle: "up"/"down", else the change word's WordNet kind (increase or
    decrease)."""
    if role(text, x) is not Role.CHANGE:
        return 0
    before = _QUALIFIED_END.sub(" ", _CLAUSE.split(text[: x.start])[-1])
    words = [w for w in _WORD.findall(before) if w.lower() != "by"]
    after = _WORD.findall(text[x.end : x.end + 30])
    changes = [w for w in words[-3:] if is_change_word(w)] or [
        w for w in after[:3] if is_change_word(w) and w.lower() not in _DIRECTION
    ]
    return _direction(changes[-1]) if changes else 0


def same_change(claim: str, claim_q: Quantity, text: str, evidence_q: Quantity) -> bool:
    """Two numbers count one move when both are changes of the same unit in the same direction
    ("gained more than 5%" and "closed up 4.75%"): the verb carrying "up" ("closed", "were")
    is no other deed."""
    if not (claim_q.unit and evidence_q.unit and same_measure(claim_q.unit, evidence_q.unit)):
        return False
    way = change_direction(claim, claim_q)
    return way != 0 and way == change_direction(text, evidence_q)


def reversed_change(claim: str, claim_qs: list[Quantity], text: str, evidence_qs: list[Quantity]) -> str:
    """Pattern: a sentence giving the claim's change figure of the same measure moving the other
    way ("shares jumped 6%" against "shares dropped 6%") tells the opposite move, not the claim's:
    the figure agrees, the direction (``change_direction``) does not. "" where the sentence also
    gives that figure moving the claim's way, or no direction can be read."""
    for cq in claim_qs:
        way = change_direction(claim, cq)
        if way == 0 or not cq.unit:
            continue
        alike = [eq for eq in evidence_qs if eq.unit and same_measure(cq.unit, eq.unit) and eq.overlaps(cq)]
        ways = [change_direction(text, eq) for eq in alike]
        if -way in ways and way not in ways:
            eq = alike[ways.index(-way)]
            moved, claimed = ("a rise", "a fall") if way < 0 else ("a fall", "a rise")
            return f"says {moved} of {eq.text} {eq.unit}, not {claimed}"  # not "gives": no other figure
    return ""


def change_against_level(claim: str, claim_q: Quantity, text: str, evidence_q: Quantity) -> bool:
    """A percentage that is a change ("up by 40%", "a 22% fall") and one that is a share or level
    ("40% of all votes") are two quantities: neither gives nor denies the other's figure."""
    if not (claim_q.unit == evidence_q.unit == "percent"):
        return False
    return _a_change(claim, claim_q) != _a_change(text, evidence_q)


_PERCENT_MOVED = re.compile(r"\s*(?:%|percent\b|per cent\b)\s*(?:up|down)\b", re.I)
"""A percentage the particle of change follows: "less than 1% up on the year before"."""


def _a_change(text: str, x: Quantity) -> bool:
    return role(text, x) is Role.CHANGE or bool(_PERCENT_MOVED.match(text[x.end :]))


def _direction(word: str) -> int:
    """+1 for "up" or a kind of increase ("rose", "gained"), -1 for "down" or a kind of decrease
    ("fell", "dipped"), 0 for a word WordNet files under both or neither."""
    from bot.wordnet import base_forms, wordnet

    lower = word.lower()
    if lower in _DIRECTION:
        return 1 if lower == "up" else -1
    wn = wordnet()
    forms = [*wn.irregular(lower, "v"), *base_forms(lower, "v")]
    forms += [f[:-1] for f in forms if len(f) > 3 and f[-1] == f[-2]]  # "dipped" -> "dipp" -> "dip"
    for form in forms:
        up, down = wn.is_kind_of(form, "increase", "v"), wn.is_kind_of(form, "decrease", "v")
        if up != down:
            return 1 if up else -1
    return 0


def _compared(text: str, x: Quantity) -> bool:
    """A number right before a comparative ("a bid with $2m less debt", "prices 10% higher",
    "three more seats") is a difference between two levels, not a level (spaCy's JJR/RBR)."""
    from bot.nlp import dependency_parse

    after = [t for t in dependency_parse(text) if t.idx >= x.end]
    while after and after[0].lower_ in {"%", "percent", "per", "cent"}:
        after = after[1:]  # "10% higher", "10 per cent higher"
    return bool(after) and after[0].tag_ in {"JJR", "RBR"} and len(text[x.end : after[0].idx].split()) <= 1


@functools.lru_cache(maxsize=1024)  # asked for every candidate count: one parse per question
def asks_change(question: str) -> bool:
    """The question asks by how much something changed: "by how much", or a verb of change
    ("increase", "go up", "plan to raise") in a how-much question; a noun ("after the fall")
    asks no change."""
    if re.search(r"\bby\s+how\s+(?:much|many)\b", question, re.I):
        return True
    if not re.search(r"\bhow\s+(?:much|many)\b", question, re.I):
        return False
    from bot.nlp import spacy_doc

    doc = spacy_doc(question)  # the question's cached parse: it is read for every candidate count
    if things_undergoing(doc):
        return False
    # auxiliaries the parser may read as verbs: the main verb is the first other one ("how many
    # were hurt by the smoke released over the village" asks about "hurt", not "released")
    main = next((t for t in doc if t.pos_ == "VERB" and t.lemma_ not in LIGHT_VERBS), None)
    asked = intended_deeds(main) if main is not None else set()
    return any(
        (
            t.i in asked
            or (t.dep_ == "prt" and t.head.lemma_ == "go")
            or (t.pos_ != "VERB" and t.i and doc[t.i - 1].pos_ == "NOUN")
        )
        and is_change_word(t.text)
        for t in doc
        if t.lower_ not in {"much", "many"}
    )  # "go up"; after a noun a change word is the verb however parsed: "did net income increase"


def intended_deeds(main: Any) -> set[int]:
    """Pattern: a verb of intent, hope or expectation asks the deed its open complement names
    ("how much does X plan to raise", "how far is the rate expected to fall"): the token
    indexes of the main verb and of its ``xcomp`` verbs, each read for a word of change."""
    return {main.i} | {c.i for c in main.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}


def things_undergoing(doc: Any) -> bool:
    """ "How many bombs were dropped", "how many boats were sunk": things counted one by one
    (``wordnet.THING_LEXFILES``) undergoing a passive verb of change are a count of the things
    acted on, not the size of a level's move; a count that says nothing of change ("pounded the
    town with 40 bombs") answers it as well as "dropped 40 bombs"."""
    from bot.wordnet import THING_LEXFILES, wordnet

    wn = wordnet()
    many = next((t for t in doc if t.lower_ == "many" and t.head.pos_ == "NOUN"), None)
    if many is None or not (senses := wn.senses(many.head.lower_)):
        return False
    if wn.synsets[senses[0]].lexfile not in THING_LEXFILES:
        return False
    return any(
        t.pos_ == "VERB" and is_change_word(t.text) and any(c.dep_ == "auxpass" for c in t.children)
        for t in doc
    )


def fits_asked(question: str, text: str, x: Quantity) -> bool:
    """A change answers a change question and a level a level question: the new level or a
    plain figure answers "what were X's sales", the change "by how much did X fall"."""
    kind = role(text, x)
    if asks_change(question):
        if asks_margin(question):
            return kind is Role.CHANGE or _by_figure(text, x)
        return kind is Role.CHANGE or (kind is Role.PLAIN and changed_things(text, x))
    if kind is Role.CHANGE and acted_on(text, x):
        return True  # "could cut up to 4,100 posts": how many posts, not a level's change
    return kind not in (Role.CHANGE, Role.OLD)


def changed_things(text: str, x: Quantity) -> bool:
    """Pattern: a count whose noun is the passive subject of a verb of change ("157 new posts
    were added", "900 branches will be cut", "40 flights were dropped") counts the things the
    change made or removed, the size of the move itself: it answers "how many posts did X add"
    as "added 157 posts" does. A count that only sits beside the verb ("cut 40 staff from 900
    staff") or is changed by it as a level ("sales of 300 units fell") is no such count."""
    noun = _verbs_counted_noun(text, x)
    return noun is not None and noun.dep_ == "nsubjpass" and is_change_word(noun.head.text)


@functools.lru_cache(maxsize=1024)
def asks_margin(question: str) -> bool:
    """Pattern: "by how many votes did X win", "by how much did the team lead": "by how
    much/many" with no verb of change asks the margin by which a deed was done, which a source
    writes "by N" after that deed ("won by 11 votes", "beat them by three goals"); a verb of
    change ("by how much did sales fall") asks the move, read by ``role``."""
    if not re.search(r"\bby\s+how\s+(?:much|many)\b", question, re.I):
        return False
    from bot.nlp import spacy_doc

    return not any(t.pos_ in {"VERB", "NOUN"} and is_change_word(t.text) for t in spacy_doc(question))


def _by_figure(text: str, x: Quantity) -> bool:
    """The figure is written "by N" ("by 11 votes", "by nearly 300 seats"): a margin."""
    before = _QUALIFIED_END.sub(" ", _CLAUSE.split(text[: x.start])[-1])
    words = _WORD.findall(before)
    return bool(words) and words[-1].lower() == "by"


def acted_on(text: str, x: Quantity) -> bool:
    """The number counts the things a verb of change acts on, not a change of a level: its noun
    is the verb's object ("shed 4,100 posts", "will axe 300 stores") or the passive subject
    ("900 branches will be cut"). "Sales fell 300 units" measures the fall and "cut staff by 40"
    changes a level: neither noun is acted on. Percentages, sums and measures are levels."""
    noun = _verbs_counted_noun(text, x)
    return noun is not None and noun.dep_ in ("dobj", "nsubjpass")


def _verbs_counted_noun(text: str, x: Quantity) -> Token | None:
    """The noun a count (not a level) counts, where the parse hangs that noun on a verb."""
    if not x.unit or is_level(x):
        return None
    from bot.nlp import dependency_parse

    doc = dependency_parse(text, entities=False)
    number = next((t for t in doc if x.start <= t.idx < x.end and t.like_num), None)
    noun = number.head if number is not None and number.dep_ == "nummod" else None
    if noun is None or noun.pos_ != "NOUN" or noun.head.pos_ != "VERB":
        return None
    return noun


def is_level(x: Quantity) -> bool:
    """A figure given as a level: a percentage, a sum in a currency or a measure in a unit ("5%",
    "$40m", "300 km"), not a count of things or people."""
    return x.unit == "percent" or bool(x.unit and _is_measure(x.unit))


def _is_measure(unit: str) -> bool:
    """A currency or a unit of measurement: what a level is given in."""
    from bot.wordnet import wordnet

    return unit in CURRENCIES or wordnet().kind_rank(unit, "unit_of_measurement") == 0


_TIME = r"(?:second|minute|hour|day|week|fortnight|month|year)s?"
FREQUENCY = re.compile(
    rf"\bevery\s+(?:(?:\d+(?:\.\d+)?|[a-z]+)\s+)?{_TIME}\b"
    rf"|\b(?:once|twice|thrice|(?:\d+|[a-z]+)\s+times)\s+(?:a|an|per|each|every)\s+{_TIME}\b"
    r"|\b(?:hourly|daily|weekly|monthly|annually|yearly)\b",
    re.I,
)
"""A frequency as news writes it: "every 10 seconds", "twice a week", "three times a year", "daily"."""


def frequencies(text: str) -> list[re.Match[str]]:
    """Every frequency phrase in the sentence ("every 10 seconds"), for "how often" questions."""
    return list(FREQUENCY.finditer(text))


_SET = r"(?<![\w-])\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}-\d{1,2}\))?(?![\w-])"
SCORE = re.compile(rf"{_SET}(?:,?\s+{_SET})*")
"""A result as sport writes it: "2-0", "6-4 7-5", "7-6 (7-4)"; never a count."""
ASKS_SCORE = re.compile(
    r"\b(?:what|which)\s+(?:was|is|were)\s+the\s+(?:\w+\s+)?score\b|\bby\s+what\s+score\b", re.I
)
"""A question asking a result: "what was the (final) score", "by what score"."""


def scores(text: str) -> list[re.Match[str]]:
    """Every score in the sentence ("6-4 7-5"), for "what was the score" questions."""
    return list(SCORE.finditer(text))


def score_clash(claim: str, text: str) -> str:
    """The claim gives one result ("beat Dunmoor 3-1") and the sentence, naming no other player
    or team, gives only other results: "gives 2-1, not 3-1". Goals are compared whichever side
    is written first ("3-1" / "1-3"); ""  when the scores agree or cannot be compared."""
    found, given = scores(claim), scores(text)
    if len(found) != 1 or not given or names_another_player(claim, text, SIDE_LABELS):
        return ""
    claimed = found[0]
    if any(_goals(g.group()) == _goals(claimed.group()) for g in given):
        return ""
    return f"gives {given[0].group()}, not {claimed.group()}"


def _goals(score: str) -> list[tuple[int, ...]]:
    """Each set's or match's two tallies, lower first: "3-1" and "1-3" are one result."""
    return [tuple(sorted(map(int, s.split("-")))) for s in re.findall(r"\d{1,2}-\d{1,2}", score)]


SIDE_LABELS = ("PERSON", "ORG", "GPE")
"""Entities that name a side in a result: a player, a club, or a club named by its town."""


def names_another_player(question: str, text: str, labels: tuple[str, ...] = ("PERSON", "ORG")) -> bool:
    """A score belongs to the match its sentence names: a player or team there (a person or an
    organisation, as the tagger often reads a foreign name) whom the question does not name
    played another match ("Brill beat Ansel 6-3 6-3" does not answer "what was the score when
    Brill beat Lamy"); ``labels`` are the entity kinds that name a side."""
    from bot.nlp import parse
    from bot.text import TokenPool, tokens

    asked = TokenPool(tokens(question))
    return any(
        e.label in labels and not any(asked.has(t) for t in tokens(e.text)) for e in parse(text).entities
    )


SIDE_PREPOSITIONS = frozenset({"over", "against", "to", "by"})
"""Prepositions naming the other side of a result: "win over X", "lost to X", "beaten by X"."""
NAME_LINKS = frozenset({"compound", "flat", "nmod"})
"""How a name's other words sit on its head: "Ann Lamy", as the parse links them."""
SIDE_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})
"""How a side sits on the word a score belongs to: "X beat Y 2-1", "X's 2-1 win"."""


def score_sides(text: str, score: re.Match[str]) -> list[str]:
    """The names the score's own clause gives its sides: the subject, object or possessor of the
    word the score belongs to and the object of "over", "against", "to", "by" on it ("X were
    beaten 2-1 by Y", "Saturday's 2-1 win over Y" -> Y: a day is no side); a pronoun names none."""
    from bot.nlp import dependency_parse
    from index.lexicon import TIME_LABELS, WEEKDAYS

    doc = dependency_parse(text)
    first = next((t for t in doc if t.idx >= score.start() and t.like_num), None)
    if first is None:
        return []
    head = first.head
    while head.pos_ in {"ADP", "NUM", "SYM"} and head.head != head:  # "from 2-1 down": the verb
        head = head.head
    sides = [c for c in head.children if c.dep_ in SIDE_LINKS]
    sides += [
        g
        for c in head.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in SIDE_PREPOSITIONS)
        for g in c.children
        if g.dep_ == "pobj"
    ]
    named = []
    for side in sides:  # "third seed Ann Lamy": the name in apposition is the side's
        heads = [side, *(c for c in side.children if c.dep_ == "appos")]
        words = [*heads, *(c for h in heads for c in h.children if c.dep_ in NAME_LINKS)]
        if any(t.pos_ == "PROPN" for t in words) and side.ent_type_ not in TIME_LABELS:
            named += [" ".join(t.text for t in sorted(words, key=lambda t: t.i) if t.lower_ not in WEEKDAYS)]
    return [n for n in named if n]


def another_match(question: str, text: str, score: re.Match[str]) -> bool:
    """Pattern: a score belongs to the match its own clause names; it is another match's when
    that clause names a side the question does not ("beat Velm 3-0" for "when Ostrin beat
    Dunmoor"), and when its clause names no side, when the sentence names another player
    (``names_another_player``); a player named elsewhere in the sentence ("the coach praised
    them after they beat Dunmoor 2-1") does not make a score of the asked sides another match's."""
    from bot.text import TokenPool, tokens

    sides = score_sides(text, score)
    if not sides:
        return names_another_player(question, text)
    asked = TokenPool(tokens(question))
    return any(not any(asked.has(t) for t in tokens(side)) for side in sides)
