"""Two articles telling one point with different figures: an open answer's sources disagree.

An open question is answered by a sentence, cited with the other articles' sentences that make
the same point (``bot.sentences.sentences``). When two of those sentences, from two articles and
told almost alike (``AnswerTuning.rival_alignment``, as for rival names), each give one
figure of one measure (a sum in one currency, a share, a count of one noun) hung on a shared
word of the parse (the noun it measures, the verb it fills) and the two figures cannot be one
report ("a $12bn bill" against "a $12.5bn bill"), the articles disagree on that figure: the answer
shows both sentences as rival accounts. A figure the question itself gives is no rival, a figure
of another slot ("sold for $3bn" beside "a $12bn bill") is another thing, and two figures in one
slot leave it unclear, so neither is read as a rival.
"""

from __future__ import annotations

from dataclasses import replace

from bot.conflicts import Candidate, Group
from bot.nlp import dependency_parse, token_at
from bot.values import Quantity, allows, parse_quantities, rounded_alike, same_report, unit_matches

Figure = tuple[Quantity, frozenset[str]]
"""A figure and the words its parse hangs it on (``ties``)."""


def ties(text: str, x: Quantity) -> frozenset[str]:
    """The nouns and the verb the figure hangs on in the parse, up to its first verb: "pay a
    $5bn bill" ties "$5bn" to bill and pay, "sold for $5bn" to sell."""
    tok = token_at(dependency_parse(text, entities=False), max(x.start, x.end - 1))
    words: set[str] = set()
    while tok is not None and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ in {"NOUN", "VERB"}:
            words.add(str(tok.lemma_).lower())
        if tok.pos_ == "VERB":
            break
    return frozenset(words)


def given_texts(asked: str) -> frozenset[str]:
    """The figures the question writes itself, as written ("of the 40 dead" is its own, not a
    source's): parsed once per question, not once per sentence compared."""
    return frozenset(x.text.lower() for x in parse_quantities(asked)) if asked else frozenset()


def figures(text: str, given: frozenset[str] = frozenset()) -> dict[str, list[Figure]]:
    """The sentence's figures of a named measure (a currency, a share, a counted noun) by unit,
    each with its ``ties``, leaving out figures the question writes itself (``given``, from
    ``given_texts``)."""
    out: dict[str, list[Figure]] = {}
    for x in parse_quantities(text):
        if x.unit and x.text.lower() not in given:
            out.setdefault(x.unit, []).append((x, ties(text, x)))
    return out


def differ(a: Quantity, b: Quantity, slack: float) -> bool:
    """Two figures of one measure that cannot be one report: not the same report, not allowed
    by a bound, not one rounded from the other."""
    return not (same_report(a, b, slack) or allows(a, b) or rounded_alike(a, b))


def rival_figure(lead: dict[str, list[Figure]], other: dict[str, list[Figure]], slack: float) -> bool:
    """``other`` gives a different figure of a measure where ``lead`` gives one, each the only
    figure of that measure in its sentence hung on a shared word (``ties``), and no figure that
    agrees with the lead's there."""
    found = False
    for unit, ours in lead.items():
        for u, theirs in other.items():
            if not unit_matches(unit, u):
                continue
            pairs = [(x, y) for x, a in ours for y, b in theirs if a & b]
            if len({id(x) for x, _ in pairs}) != 1 or len({id(y) for _, y in pairs}) != 1:
                continue  # no figure of it on a shared word, or several: the slot is unclear
            x, y = pairs[0]
            if not differ(x, y, slack):
                return False
            found = True
    return found


def restated_rivals(lead: Group, slack: float, asked: str = "") -> list[Group]:
    """The lead group of an open answer split into its own account and the other articles'
    sentences giving another figure of a measure the lead's sentence gives once
    (``rival_figure``), those with one figure together; empty when none does. Each rival shows
    its own sentence, the lead too. How alike the sentences are is the caller's test
    (``Answerer._aligned_rivals``)."""
    first = lead.members[0]
    written = given_texts(asked)
    given = figures(first.quote, written)
    if not given:
        return []
    kept: list[Candidate] = []
    rivals: list[tuple[dict[str, list[Figure]], Group]] = []
    for m in lead.members:
        own = figures(m.quote, written)
        if m.doc == first.doc or not rival_figure(given, own, slack):
            kept.append(m)
            continue
        shown = replace(m, value=m.cited()[2])
        joined = next((g for theirs, g in rivals if not rival_figure(theirs, own, slack)), None)
        if joined is not None:
            joined.members.append(shown)
        else:
            rivals.append((own, Group([shown])))
    if not rivals:
        return []
    kept[0] = replace(first, value=first.cited()[2])  # its own words, not a retelling's
    return [Group(kept), *(g for _, g in rivals)]
