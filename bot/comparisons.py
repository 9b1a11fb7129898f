"""Comparisons: "X grossed less than Y" and "X grossed more than Y" say opposite things.

A claim and a source that compare with the same thing ("than Prince") in opposite directions
(more/less, higher/lower) contradict each other whatever else they share; a sentence on the
claim's topic giving the claim's thing another rank ("came third" / "in second place") does too,
and so does one counting both things a claim compares ("more guards than militiamen were killed")
the other way ("12 guards and 20 militiamen").
"""

from __future__ import annotations

import re
from typing import Any

from bot.count_owner import counted_verb, counts
from bot.nlp import dependency_parse
from bot.predicates import names_time
from bot.text import TokenPool, tokens, word_stem
from bot.values import Quantity
from bot.wordnet import wordnet
from index.lexicon import MONTHS, ORDINAL_WORDS

_MORE = ("more", "higher", "bigger", "larger", "greater")
_LESS = ("less", "fewer", "lower", "smaller")
_COMPARISON = re.compile(
    rf"\b({'|'.join(_MORE + _LESS)})\s+(?:[\w'’-]+\s+){{0,3}}?than\s+(?:the\s+)?([A-Za-z][\w'’-]*)", re.I
)


def comparison_clash(claim: str, text: str) -> str:
    """The same comparison made the other way round: "grossed less than Prince" against
    "grossed more than Prince" (the same thing compared with, opposite directions)."""
    for c in _COMPARISON.finditer(claim):
        for e in _COMPARISON.finditer(text):
            if word_stem(_bare(c.group(2))) != word_stem(_bare(e.group(2))):
                continue
            if (c.group(1).lower() in _MORE) != (e.group(1).lower() in _MORE):
                return f"says {e.group(1).lower()} than {_bare(e.group(2))}, not {c.group(1).lower()}"
    return ""


def _bare(word: str) -> str:
    return re.sub(r"['’]s?$", "", word.lower())


_DIGIT_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)
_ANY_ORDINAL = re.compile(rf"\b(?:{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))\b", re.I)
ALONE_DEPS = frozenset({"amod", "nummod", "compound"})
"""How an ordinal hangs on the noun it ranks ("the ninth budget"); any other way it stands alone."""


def ordinal_clash(claim: str, text: str) -> str:
    """Another rank for the claim's thing: the claim ranks it ("came third", "his ninth budget") and
    the sentence gives a different rank standing alone or on the same noun ("in second place",
    "his eighth"), never the claim's. A rank of a stretch of time ("the second day", "for the
    first time") counts occasions, not the thing's place, and is left out."""
    if not (_ANY_ORDINAL.search(claim) and _ANY_ORDINAL.search(text)):
        return ""  # no parse for the many sentences with no rank
    ours, theirs = _ranks(claim), _ranks(text)
    if not ours or not theirs or any(r == t for r, _, _ in ours for t, _, _ in theirs):
        return ""
    for rank, head, word in ours:
        for other, other_head, other_word in theirs:
            if other != rank and (head == "" or other_head == "" or head == other_head):
                return f"says {other_word}, not {word}"
    return ""


def superlative_clash(claim: str, text: str, sense_rank: int = 1) -> str:
    """Another place in the same ranking: the claim ranks a thing by a superlative ("the biggest
    bank", "the third-largest port") and the sentence ranks the same kind of thing by the same
    superlative (its lemma or a WordNet synonym among its first ``sense_rank`` + 1 senses: "big"
    and "large") at another place, never the claim's. A bare superlative is first; an ordinal on
    it ("third-biggest", "second most populous") gives its place. Rankings over different
    scopes ("Europe's biggest" / "the world's third-biggest", told by the name owning the noun or
    placed after "in") are different rankings."""
    if not (_SUPERLATIVE.search(claim) and _SUPERLATIVE.search(text)):
        return ""  # no parse for the many sentences ranking nothing
    theirs = _superlatives(text)
    for rank, head, adjective, scope, word in _superlatives(claim):
        same = [
            t
            for t in theirs
            if t[1] == head
            and _alike(adjective, t[2], sense_rank)
            and (not scope or not t[3] or _one_scope(scope, t[3]))
        ]
        if same and not any(t[0] == rank for t in same):
            return f"says {same[0][4]}, not {word}"
    return ""


_SUPERLATIVE = re.compile(r"\b(?:\w+est|most|least|best|worst)\b", re.I)
"""A word that may be a superlative: the cheap test before a parse."""


def _superlatives(text: str) -> list[tuple[int, str, str, str, str]]:
    """Each superlative qualifying a noun, as (its place, the noun's lemma, the adjective's lemma,
    the ranking's scope as written or "", the words as written): "Tarvia's third-biggest port" is
    (3, "port", "big", "Tarvia", "third-biggest")."""
    out = []
    for tok in dependency_parse(text):
        head = tok.head
        if tok.dep_ != "amod" or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        most = next((c for c in tok.children if c.tag_ == "RBS" and c.lower_ == "most"), None)
        if tok.tag_ != "JJS" and most is None:
            continue
        ordinal = next((c for c in tok.children if _rank(c) is not None), None)
        if ordinal is None:  # "the second most populous city": the ordinal qualifies the noun
            ordinal = next((c for c in head.children if c.i < tok.i and _rank(c) is not None), None)
        rank = _rank(ordinal) if ordinal is not None else 1
        first = min(t.i for t in (tok, ordinal, most) if t is not None)
        word = tok.doc[first : tok.i + 1].text
        out.append((rank or 1, head.lemma_.lower(), tok.lemma_.lower(), _scope(head), word))
    return out


def _scope(noun: Any) -> str:
    """The name or noun owning a ranked noun ("the UK's", "the world's") or the name placed after
    "in" on it ("in Europe"), or ""."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in {"PROPN", "NOUN"}:
            return str(child.text)
        if child.dep_ == "prep" and child.lower_ == "in":
            obj = next((g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if obj is not None:
                return str(obj.text)
    return ""


def _one_scope(a: str, b: str) -> bool:
    """Two scopes name one place: the same words, or one country's names ("Britain", "the UK")."""
    from bot.names import names_place

    if a.lower() == b.lower():
        return True
    return names_place(TokenPool(tokens(b)), a) or names_place(TokenPool(tokens(a)), b)


def _alike(a: str, b: str, sense_rank: int) -> bool:
    """The same ranking adjective: one lemma, or WordNet synonyms ("big", "large")."""
    return (
        a == b or b in wordnet().synonyms(a, "a", sense_rank) or a in wordnet().synonyms(b, "a", sense_rank)
    )


def _ranks(text: str) -> list[tuple[int, str, str]]:
    """Each ordinal of the text (not a day of a month) as (rank, the noun it ranks or "" when it stands
    alone, the word as written), ranks of time left out."""
    out = []
    for tok in dependency_parse(text):
        rank = _rank(tok)
        if rank is None or _in_date(tok):
            continue
        head: Any = tok.head if tok.dep_ in ALONE_DEPS and _nominal(tok.head) else None
        if head is not None and names_time(head):
            continue
        out.append((rank, head.lemma_.lower() if head is not None else "", tok.text.lower()))
    return out


NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "appos"})
"""Where a parse puts a noun: a word there names a thing whatever its tag."""


def _nominal(tok: Any) -> bool:
    """Pattern: the ordinal's head names a thing, a noun or a word the parse puts in a noun's place
    though it tags it an adjective (the first half of a hyphenated noun, "the second semi-final"):
    the ordinal ranks that thing, it does not stand alone."""
    return tok.pos_ in {"NOUN", "PROPN"} or (tok.pos_ == "ADJ" and tok.dep_ in NOUN_PLACES)


def _in_date(tok: Any) -> bool:
    """A day of a month ("21st March", "March 21st", "the 3rd of May")."""
    doc = tok.doc
    near = doc[max(tok.i - 1, 0) : tok.i + 3]
    return any(t.lower_ in MONTHS for t in near)


def _rank(tok: Any) -> int | None:
    word = tok.lower_
    if word in ORDINAL_WORDS:
        return ORDINAL_WORDS[word]
    digits = _DIGIT_ORDINAL.match(word)
    return int(digits.group(1)) if digits else None


def _compared_nouns(claim: str) -> tuple[tuple[str, ...], tuple[str, ...], bool] | None:
    """The two things a claim compares by number ("more guards than militiamen died"): the noun
    "more"/"fewer" qualifies and the head noun after "than" (each as written and as its lemma),
    and whether the first is the greater."""
    doc = dependency_parse(claim)
    for tok in doc:
        word = tok.lower_
        if word not in _MORE + _LESS or tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
            continue
        than = next((t for t in doc[tok.head.i + 1 :] if t.lower_ == "than"), None)
        if than is None or tok.head.i < tok.i:
            continue  # "than" after the compared noun ("more than 75 targets" is a bound)
        other = next(
            (t for t in doc[than.i + 1 :] if t.pos_ == "NOUN" and t.dep_ not in {"compound", "amod"}), None
        )
        if other is None:
            return None
        forms = [(t.lower_, t.lemma_.lower()) for t in (tok.head, other)]
        return forms[0], forms[1], word in _MORE
    return None


def counted_order(claim: str, text: str) -> bool | None:
    """Whether the sentence's counts of the two things a claim compares by number ("more A than B
    died") hold the claim's order: True or False where it counts both for one deed ("12 A and 20 B
    were killed"), None where the claim compares no counts or the sentence does not count both.
    Each count's unit is matched to a compared noun by stem; the two nouns must differ (the same
    noun twice, "more Velm guards than Tarn guards", needs qualifiers this does not read)."""
    compared = _compared_nouns(claim)
    if compared is None:
        return None
    first, second, greater = compared
    stems = [{word_stem(w) for w in forms} for forms in (first, second)]
    if stems[0] & stems[1]:
        return None
    found = counts(text)
    ones, twos = ([q for q in found if q.unit and word_stem(q.unit) in s] for s in stems)
    if len(ones) != 1 or len(twos) != 1:
        return None
    a, b = ones[0], twos[0]
    verb = counted_verb(text, a)
    if not verb or counted_verb(text, b) != verb:
        return None  # "8 guards were killed and 11 militiamen captured": two deeds
    return a.low > b.high if greater else a.high < b.low


def count_comparison_clash(claim: str, text: str) -> str:
    """Pattern: a claim comparing two counts ("more A than B died") is refuted by a sentence that
    counts both for one deed the other way round ("12 A and 20 B were killed"): its reason, or ""."""
    if counted_order(claim, text) is not False:
        return ""
    compared = _compared_nouns(claim)
    assert compared is not None
    return f"counts {compared[0][0]} and {compared[1][0]} the other way round"


def unstated_comparison(claim: str, text: str) -> str:
    """Pattern: a claim comparing two counts is stated only by a sentence that compares too ("more
    ... than") or counts both in the claim's order; a sentence counting only one of them ("40
    guards and 20 were killed"), however close, leaves the comparison unsaid. The compared things
    ("guards than militiamen"), or "" when stated, when the claim compares none, or when the
    sentence counts neither."""
    compared = _compared_nouns(claim)
    if compared is None or _COMPARISON.search(text) or counted_order(claim, text) is not None:
        return ""
    stems = {word_stem(w) for forms in compared[:2] for w in forms}
    if not any(q.unit and word_stem(q.unit) in stems for q in counts(text)):
        return ""  # counts neither: the rules' other reasons stand
    return f"{compared[0][0]} than {compared[1][0]}"


def compared_parties(claim: str) -> tuple[str, str, bool] | None:
    """The two named parties a claim compares ("A holds less data than B", "A was worth more than B"):
    the subject of the comparing clause, the noun phrase after "than", and whether the first is
    the greater; None where the claim compares nothing, or "than" takes a figure (a bound, "more
    than 75 troops") or a clause rather than a party."""
    if not re.search(r"\bthan\b", claim, re.I):
        return None  # no parse for the many claims comparing nothing
    doc = dependency_parse(claim)
    for than in doc:
        if than.lower_ != "than":
            continue
        word = next((t for t in reversed(doc[: than.i]) if t.lower_ in _MORE + _LESS), None)
        if word is None or than.i - word.i > COMPARED_REACH:
            continue
        other = next((c for c in than.children if c.dep_ == "pobj"), None)
        if other is None or any(t.like_num for t in other.subtree):
            continue
        verb = word.head
        while verb.dep_ not in {"ROOT", "ccomp", "relcl", "advcl", "conj"} and verb.head is not verb:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or not (_named(subject) and _named(other)):
            continue
        return _phrase(subject), _phrase(other), word.lower_ in _MORE
    return None


COMPARED_REACH = 5
"""Words a comparative may stand before its "than" ("fetched more at the autumn sale than")."""


def _named(head: Any) -> bool:
    """A party is a named thing: its phrase holds a proper noun, a named entity, or a capitalised
    word WordNet does not know (the tagger may take a firm's name opening the claim for a noun:
    "Velmarsoft was worth..."); a common noun ("people", "last year") compares amounts whose
    owners a sentence's figures cannot be read for."""
    return any(
        t.pos_ == "PROPN" or t.ent_type_ or (t.text[:1].isupper() and not wordnet().senses(t.lower_))
        for t in head.subtree
    )


def _phrase(head: Any) -> str:
    """The noun phrase as written, its leading determiner and any possessive ending left off
    ("a Velmar disc" -> "Velmar disc")."""
    toks = list(head.subtree)
    while toks and toks[0].is_stop:
        toks = toks[1:]
    while toks and toks[-1].tag_ == "POS":
        toks = toks[:-1]
    return head.doc[toks[0].i : toks[-1].i + 1].text if toks else head.text


def _mentions(party: str, other: str, text: str) -> list[int]:
    """Where the text names the party: each of its capitalised words (all its words where it has
    none) the other party does not share, as a whole word, or the initials of its capitalised
    words ("NG" for "Northwind Games")."""
    words = re.findall(r"[A-Za-z]+", party)
    names = [w for w in words if w[0].isupper()] or words  # "disc" may stand in the rival's phrase too
    own = {w.lower() for w in names} - {w.lower() for w in re.findall(r"[A-Za-z]+", other)}
    found = [m.start() for w in own if len(w) > 1 for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.I)]
    capitals = [w for w in re.findall(r"[A-Za-z]+", party) if w[0].isupper()]
    if len(capitals) > 1:
        initials = "".join(w[0] for w in capitals)
        found += [m.start() for m in re.finditer(rf"\b{initials}\b", text)]
    return sorted(found)


def figure_order_clash(claim: str, text: str) -> str:
    """Pattern: a claim putting one party above another ("A holds more data than B") is refuted by
    a sentence giving each party its own figure of one unit the other way round ("A holds 30GB,
    while B holds 50GB"): each figure belongs to the party last named before it (a bracketed
    conversion after a figure is that party's too, so only each party's first figure counts).
    The reason, or "" where the sentence does not give both parties a figure of one unit, or
    gives them in the claim's order."""
    compared = compared_parties(claim)
    if compared is None or not any(ch.isdigit() for ch in text):
        return ""
    party, rival, greater = compared
    marks = [(at, 0) for at in _mentions(party, rival, text)] + [
        (at, 1) for at in _mentions(rival, party, text)
    ]
    if not marks or {who for _, who in marks} != {0, 1}:
        return ""
    first: dict[int, Quantity] = {}
    for q in counts(text):
        before = [(at, who) for at, who in marks if at < q.start]
        if q.unit and before:
            first.setdefault(max(before)[1], q)
    if len(first) < 2 or first[0].unit != first[1].unit:
        return ""
    a, b = first[0], first[1]
    if (a.high < b.low) if greater else (a.low > b.high):
        return f"gives {_written(a, text)} for {party} and {_written(b, text)} for {rival}"
    return ""


def _written(q: Quantity, text: str) -> str:
    """The figure as the sentence writes it, its currency sign kept ("$1.2bn")."""
    sign = re.search(r"[$£€¥]$", text[: q.start])
    return (sign.group(0) if sign else "") + q.text
