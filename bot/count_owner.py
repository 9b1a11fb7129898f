"""Whose count: the verb a number belongs to, and the doer or speaker its own clause names.

One sentence can hold two tolls: "45 people were killed in government air strikes after rebels
fired rockets". The 45 is the strikes' toll, not the rebels': a count whose own clause names
another doer than the claim's is about another thing. A count a speaker reports ("IS claimed
its fighter killed 40") is that speaker's figure: another source's toll is no answer to it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.blame import _actor, _agent_of, actor_words, attributions, can_act, is_act, same_actor
from bot.names import names_place
from bot.nlp import dependency_parse
from bot.shares import fraction_changes
from bot.text import TokenPool, tokens, word_stem
from bot.values import LOWER, UPPER, Quantity, figure_ranges, parse_quantities, stem
from bot.wordnet import wordnet
from index.lexicon import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    LIGHT_EVENT_VERBS,
    MONTHS,
    REPORTING_VERBS,
    RESULT_VERBS,
)
from index.tuning import CheckTuning

SPEECH_VERBS = frozenset(REPORTING_VERBS) | {"claim"}
"""Verbs whose clause complement is what a speaker says, not what is established."""

ARTICLES = frozenset({"the", "a", "an"})

DOER_LINKS = frozenset({"compound", "amod", "poss", "nmod"})
"""How a doer sits on an act noun: "government air strikes", "Russian raids", "the army's shelling"."""


def counts(text: str) -> list[Quantity]:
    """Its counts, "N others" read as more of the thing counted before ("killing six people and
    wounding 30 others": 30 people), and a change told by a fraction word as its percentage
    ("grew by a quarter": about 25%, ``bot.shares.fraction_changes``). Verdicts only: answers
    keep "others" as written."""
    out: list[Quantity] = []
    found = figure_ranges(text, parse_quantities(text))  # "between 30 and 60 raids": one count
    doc = dependency_parse(text) if found else None  # no count, no parse
    for q in found:
        if not q.unit and _DAY_BEFORE_DATE.match(text[q.end :]):
            continue  # "on 4 and 5 July": the first day of a date, not a count
        if _year_before_noun(doc, q):
            continue
        if q.unit == "other" and out and out[-1].unit:
            q = replace(q, unit=out[-1].unit)
        elif _participle_after(doc, q) is not None:
            q = replace(q, unit="")  # "three killed and 30 wounded": what happened, not what they are
        elif not q.unit and (amounted := amounted_thing(doc, q)):
            q = replace(q, unit=amounted)  # "the protests numbered in the hundreds": hundreds of protests
        if q.unit == "percent" and _POINTS_AFTER.match(text, q.end):
            q = replace(q, unit=POINTS_UNIT)  # "up 0.5 percentage points": a difference of rates, not a rate
        bound = _SIGNED_BOUND.search(text[: q.start])
        if bound and q.low == q.high:  # "under $250,000": the parse reads the bound only before digits
            upper = bound.group(1).lower() in UPPER
            q = replace(q, low=0.0 if upper else q.low, high=q.high if upper else math.inf)
        out.append(q)
    out += [f for f in fraction_changes(text) if not any(q.start < f.end and f.start < q.end for q in out)]
    return sorted(out, key=lambda q: q.start)


AMOUNT_PREPOSITIONS = frozenset({"in", "into", "at", "to"})
"""Prepositions that put a bare figure as a subject's amount ("numbered in the hundreds", "came to 40")."""

AMOUNT_RANGE_PREPOSITIONS = frozenset({"in", "into"})
"""Prepositions of the idiom "in / into the hundreds": a range the subject's number lies in."""

AMOUNTING_SENSE_ANCHOR = "total"
"""The verb whose first WordNet sense is "add up in number or quantity" (with "number", "amount")."""


def amounted_thing(doc: Any, q: Quantity, rank: int = CheckTuning.amounting_sense_rank) -> str:
    """Pattern: a figure with no noun of its own that a clause gives as its subject's amount
    counts that subject: after a verb meaning "add up in number" ("the protesters numbered 300",
    "losses totalled 40", "the raids amounted to a dozen") or as the range "in / into the
    hundreds" ("the marches ran into the hundreds", "the dead were in the thousands"); a relative
    clause's subject is the noun it hangs on. "" when no such subject (a pronoun or name)."""
    if doc is None:
        return ""
    inside = [t for t in doc if q.start <= t.idx < q.end]
    if not inside:
        return ""
    tok = inside[-1]
    head = tok.head
    ranged = False
    if tok.dep_ == "pobj" and head.lower_ in AMOUNT_PREPOSITIONS:
        ranged = (
            head.lower_ in AMOUNT_RANGE_PREPOSITIONS
            and not q.exact
            and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        )
        head = head.head
    elif tok.dep_ not in {"dobj", "attr", "npadvmod"}:
        return ""
    if head.pos_ not in {"VERB", "AUX"}:
        return ""
    if not ranged and AMOUNTING_SENSE_ANCHOR not in wordnet().synonyms(head.lemma_.lower(), "v", rank):
        return ""
    subject = (
        head.head if head.dep_ == "relcl" else next((c for c in head.children if c.dep_ == "nsubj"), None)
    )
    if subject is None or subject.pos_ != "NOUN":
        return ""
    return stem(subject.lower_)


TIMES_LINKS = frozenset({"npadvmod", "dobj", "advmod", "quantmod", "nummod"})
"""How "N times" and its number hang on the verb they repeat."""

TIMES_STEPS = 2
"""Links from "times" up to its verb: directly, or through its number."""


def repeated_deed(text: str, q: Quantity) -> str:
    """Pattern: "N times" after an action verb counts that verb's deeds ("jets bombed the town
    five times": five bombings): the lemma of the verb the "times" phrase modifies, "" otherwise."""
    if q.unit != "time":
        return ""
    doc = dependency_parse(text)
    after = [t for t in doc if t.idx >= q.start and t.lemma_.lower() == "time"]
    if not after:
        return ""
    tok = after[0]
    for _ in range(TIMES_STEPS):  # the parse may hang "times" on its number ("twelve times": quantmod)
        if tok.dep_ not in TIMES_LINKS or tok.head is tok:
            return ""
        tok = tok.head
        if tok.pos_ == "VERB":
            return str(tok.lemma_.lower())
    return ""


def _year_before_noun(doc: Any, q: Quantity) -> bool:
    """A year written before its noun, after that noun's determiner or possessive ("its 2004
    profits", "the 2010 elections"), that the parser reads as a date: which year, not how many
    (a count of thousands in news is written with a comma: "the 2,000 troops")."""
    if not (q.exact and YEAR_RANGE[0] <= q.low <= YEAR_RANGE[1] and q.low.is_integer() and "," not in q.text):
        return False
    number = next((t for t in doc if q.start <= t.idx < q.end and t.like_num), None)
    if number is None or number.ent_type_ != "DATE" or number.dep_ not in {"nummod", "compound"}:
        return False
    return any(c.dep_ in {"det", "poss"} and c.i < number.i for c in number.head.children)


YEAR_RANGE = (1800, 2100)
"""Four-digit numbers that may be years (``bot.values`` reads a bare one as a year too)."""


_SIGNED_BOUND = re.compile(
    rf"\b({'|'.join(re.escape(b) for b in LOWER + UPPER)})\s+[{re.escape(''.join(CURRENCY_SYMBOLS))}]$", re.I
)
"""A bound before a currency sign ("under $", "more than £")."""

_POINTS_AFTER = re.compile(r"\s*(?:%\s*)?percentage[\s-]+points?\b", re.I)
"""What follows a figure of percentage points ("0.5 percentage points")."""

POINTS_UNIT = "percentage point"
"""The unit of a difference between two percentages: "rates rose 0.5 percentage points" (from
5% to 5.5%) is no "rose 0.5%" (from 5% to 5.025%), so the two never count one change."""


_DAY_BEFORE_DATE = re.compile(
    rf"\s*(?:and|or|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{'|'.join(MONTHS)})\b", re.I
)
"""What follows a day coordinated with a dated day ("4 and 5 July", "4-5 July")."""


def _participle_after(doc: Any, q: Quantity) -> Any:
    """The participle a bare number is counted by ("at least three killed", "30 wounded"), or None."""
    number = [t for t in doc if q.start <= t.idx < q.end]
    if not number:
        return None
    head = number[-1].head
    if head.pos_ == "VERB" and head.tag_ in {"VBN", "VBD"} and head.i == number[-1].i + 1:
        return head
    return None


def _written_after(doc: Any, noun: Any) -> list[Any]:
    """The past participle written just after a result verb's object ("leaving 62 guards killed"),
    where the parse hung it elsewhere: what befell the things counted is told right after them."""
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return [after] if after is not None and after.pos_ == "VERB" and after.tag_ == "VBN" else []


def count_verb(doc: Any, q: Quantity, acts: bool = False) -> Any:
    """The verb token a count is the object or subject of ("killed six", "32 were injured",
    "22 people killed in strikes"), or None. A count of acts ("40 bombing sorties") has a light
    verb for what happened to them, so only ``acts`` asks for it (its doer is still its subject)."""
    inside = [t for t in doc if q.start <= t.idx < q.end]
    if not inside:
        return None
    tok = inside[-1]
    participle = _participle_after(doc, q)
    if participle is not None:
        return participle
    if tok.dep_ == "nummod" or (tok.head.pos_ == "NOUN" and tok.dep_ in {"quantmod", "amod"}):
        noun = tok.head
        if is_act(noun.lemma_.lower()) and not acts:
            return None
        participle = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        argument = noun.dep_ in {"dobj", "obj", "nsubj", "nsubjpass"} and noun.head.pos_ == "VERB"
        result = noun.head.lemma_.lower() in RESULT_VERBS  # "leaving 3 people killed"
        if result and not participle:
            participle = _written_after(doc, noun)
        if participle and (
            not argument or result
        ):  # "22 people killed in strikes", not "evacuated 40 nationals stranded"
            return participle[0]
        tok = noun
        verb_before = _verb_before_subject_of_speech(doc, inside[0], noun)
        if verb_before is not None:
            return verb_before
    below = tok
    for up in tok.ancestors:
        if up.pos_ == "VERB":
            if framed_copula(below):
                return None  # "is set to be worth $5m" says what "is worth $5m" says
            up = raised_deed(up, tok)
            return None if up.lemma_.lower() in LIGHT_EVENT_VERBS and not acts else up
        below = up
    return None


def framed_copula(tok: Any) -> bool:
    """``tok`` is a "to be" clause that a verb above only frames ("is predicted to be worth",
    "is expected to be 40"): the count is told of the subject as by "is", so the framing verb is
    no deed done to the things counted."""
    return tok.lemma_.lower() == "be" and tok.dep_ == "xcomp"


REPORT_FILES = frozenset({"verb.communication", "verb.cognition"})
"""WordNet verb files of saying and believing: a verb of these whose passive subject is raised
from its clause ("were reported killed", "are believed to have died") tells what was said of it."""


def raised_deed(verb: Any, noun: Any) -> Any:
    """The deed a count's noun is raised from: a count that is the passive subject of a verb of
    saying or believing whose clause tells a deed done ("20 people were reported killed", "ten
    clinics are said to have been damaged", "30 are believed to have died") counts that deed,
    not the report. A clause of a deed not yet done ("were ordered to leave") says what was asked
    of them, so the verb stays; any other verb is itself."""
    if noun.dep_ != "nsubjpass" or noun.head.i != verb.i:
        return verb
    if wordnet().commonest_file(verb.lemma_.lower(), "v") not in REPORT_FILES:
        return verb
    done = (
        c
        for c in verb.children
        if c.dep_ == "xcomp"
        and c.pos_ == "VERB"
        and (c.tag_ == "VBN" or any(a.dep_ == "aux" and a.lower_ == "have" for a in c.children))
    )
    return next(done, verb)


def _verb_before_subject_of_speech(doc: Any, first: Any, noun: Any) -> Any:
    """A count's noun parsed as the subject of a reporting verb while a verb stands right before
    the count is that verb's object, misread in an unpunctuated attribution: "killed 27 people on
    Monday activists said" (the people did not say; the activists did)."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    start = min(first.i, noun.left_edge.i)  # the count's span holds its bound ("at least 27")
    before = doc[start - 1] if start > 0 else None
    return (
        before
        if before is not None and before.pos_ == "VERB" and before.tag_ in {"VBD", "VBN", "VBG"}
        else None
    )


def counted_verb(text: str, q: Quantity) -> str:
    """The lemma of the verb a count belongs to: what happened to the things counted. A figure
    given as its subject's amount ("the marchers numbered 300", ``amounted_thing``) says only how
    many there are: no deed."""
    doc = dependency_parse(text)
    if amounted_thing(doc, q):
        return ""
    verb = count_verb(doc, q)
    return "" if verb is None else str(verb.lemma_.lower())


def count_doers(text: str, q: Quantity) -> list[str]:
    """Who the count's own clause says did it: its verb's subject or "by" agent, or the doer of
    an act noun in that clause ("killed in government air strikes", "raids by the coalition").
    A subordinate clause ("after rebels fired rockets") is another deed, so its doer is not read."""
    verb = count_verb(dependency_parse(text), q, acts=True)
    if verb is None:
        return []
    doers = []
    agent = _agent_of(verb)
    if agent is not None and can_act(agent) and not any(t.idx == q.start for t in agent.subtree):
        doers.append(_actor(agent))  # not "Three people died": the count itself is the subject
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for act in (g for g in prep.children if g.dep_ == "pobj" and is_act(g.lemma_.lower())):
            doers += [_actor(c) for c in act.children if c.dep_ in DOER_LINKS and _doer_word(c)]
            doers += [
                _actor(g)
                for by in act.children
                if by.dep_ == "prep" and by.lower_ == "by"
                for g in by.children
                if g.dep_ == "pobj" and can_act(g)
            ]
    return doers


def _doer_word(tok: Any) -> bool:
    """A word on an act noun that names its doer: a noun or name that can act, or an adjective
    naming a people or a party ("Russian raids"); a plain adjective tells the act's kind ("the
    last general election", "heavy raids"), whatever WordNet files its noun under."""
    return can_act(tok) and (tok.pos_ != "ADJ" or bool(tok.ent_type_))


def named_doer(text: str, q: Quantity) -> str:
    """The name the count's own clause gives as its doer ("McDonald's gave a £250,000
    donation"), or "": a sentence that never names it gives some other party's figure."""
    verb = count_verb(dependency_parse(text), q, acts=True)
    agent = _agent_of(verb) if verb is not None else None
    return _actor(agent) if agent is not None and agent.pos_ == "PROPN" else ""


def count_speaker(text: str, q: Quantity) -> str:
    """Who a count is reported by, when it sits in what a named speaker says or claims
    ("IS claimed its fighter killed 40", "40 died, the group said"); "" otherwise."""
    verb = count_verb(dependency_parse(text), q, acts=True)
    if verb is None:
        return ""
    for up in [verb, *verb.ancestors]:
        if up.pos_ == "VERB" and up.lemma_.lower() in SPEECH_VERBS and up != verb:
            speaker = next((c for c in up.children if _speaker(c)), None)
            if speaker is not None:
                return _actor(speaker)
    return ""


_SPEECH_WORD = re.compile(
    rf"\b(?:{'|'.join(sorted({*SPEECH_VERBS, *(f for v in REPORTING_VERBS.values() for f in v)}))})", re.I
)
"""A speech verb's lemma or listed form starting a word ("confirm" in "confirming")."""


def may_name_speaker(text: str) -> bool:
    """The text has a speech verb ("said", "reported"): without one no count in it has a speaker,
    so it is not parsed for one."""
    return _SPEECH_WORD.search(text) is not None


def other_speakers(a_text: str, a: Quantity, b_text: str, b: Quantity) -> bool:
    """Each count is reported by a speaker its sentence names by name, and they are two speakers
    ("four died, the Velmar monitor said" / "the state agency VNA said two died"): an article
    quoting both gives two sources' figures, not one figure twice. A count no speaker is given
    for is the writer's, and one told by "the group" or "it" may be the other's own speaker."""
    if not (may_name_speaker(a_text) and may_name_speaker(b_text)):
        return False
    said_a, said_b = count_speaker(a_text, a), count_speaker(b_text, b)
    return named(said_a) and named(said_b) and not same_doer(said_a, said_b, _by_words)


def _speaker(tok: Any) -> bool:
    """The subject of a speech verb, or an all-caps name the parser took for "is" ("IS claimed")."""
    if tok.dep_ == "nsubj":
        return bool(can_act(tok))
    return tok.dep_ in {"aux", "auxpass"} and len(tok.text) > 1 and tok.text.isupper()


def same_doer(a: str, b: str, similar: Callable[[str, str], bool]) -> bool:
    """One doer, or no telling: the same actor by name or initials ("the us", "U.S. forces"),
    a shared plain word when one names no one ("rebels", "Islamist rebels"), or a side with no
    words at all."""
    if actor_words(a) and actor_words(b):
        return same_actor(a, b, similar) or one_country(a, b)
    pa, pb = _plain(a), _plain(b)
    return not (pa and pb) or bool(pa & pb)


def one_country(a: str, b: str) -> bool:
    """Two doers named by one country's two names, its adjective and its name or initials
    ("Chilean troops" / "Chile's army", ``bot.names.names_place``): one side's count."""
    pa, pb = TokenPool(tokens(a)), TokenPool(tokens(b))
    return any(names_place(pb, w) for w in actor_words(a)) or any(names_place(pa, w) for w in actor_words(b))


def _plain(actor: str) -> set[str]:
    """Its words' stems in lower case, dots dropped ("U.S." is "us"), articles left out."""
    words = re.findall(r"[a-z]+", actor.lower().replace(".", ""))
    return {word_stem(w) for w in words if w not in ARTICLES}


def another_owner(
    claim: str, cq: Quantity, text: str, eq: Quantity, similar: Callable[[str, str], bool]
) -> str:
    """Why the evidence count belongs to someone else than the claim's, or "" when it may not:
    its clause names another doer, or the claim's count is a speaker's figure and the evidence's
    is not reported by that speaker."""
    said = count_speaker(claim, cq)
    if said:
        other = count_speaker(text, eq)
        return "" if other and same_doer(said, other, similar) else f"{said}'s own figure"
    mine = count_doers(claim, cq) + [a.actor for a in attributions(claim) if a.kind == "did"]
    theirs = count_doers(text, eq)
    if mine and theirs and not any(same_doer(a, b, similar) for a in mine for b in theirs):
        return f"a count by {theirs[0]}, not {mine[0]}"
    return ""


def asked_doer(question: str) -> str:
    """The named subject of a count question's verb ("How many kettles did Brannock sell?" ->
    "Brannock"); "" when the subject is the counted thing, a pronoun or names no one, or the verb
    is a copula ("how long was the war that X began" asks about the war, not a doer)."""
    doc = dependency_parse(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return ""
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or any(t.lower_ in {"many", "much"} for t in subject.subtree):
        return ""
    return _actor(subject) if any(t.pos_ == "PROPN" for t in subject.subtree) else ""


def named(actor: str) -> bool:
    """The phrase holds a capitalised word other than an opening article ("Brannock", not "The firm")."""
    return any(w[:1].isupper() and w.lower() not in ARTICLES for w in actor.split())


def another_doers_count(doer: str, text: str, q: Quantity) -> bool:
    """A count whose own clause names another party than the question's subject is that party's
    ("How many kettles did Brannock sell?" is not answered by "Philips sold 3 million kettles"); a
    clause naming no one ("the firm sold 3 million") may be about the asked one. Names are
    compared by their words and initials, a parenthesised short name included ("the Northern
    Rail Authority (NRA)"); the sentence model puts rival firms close, so it is not asked."""
    theirs = [d for d in [count_subject(text, q), count_possessor(text, q)] if named(d)]
    return bool(doer and theirs) and not any(same_doer(doer, d, _by_words) for d in theirs)


def _by_words(a: str, b: str) -> bool:
    return False


def count_subject(text: str, q: Quantity) -> str:
    """The whole subject phrase of the verb a count belongs to ("Philips" in "analysts expect Philips
    to sell 3 million"; a participle's is its main clause's: "X topped the chart, taking $5m"),
    "" when it is the count itself or cannot act."""
    verb = count_verb(dependency_parse(text), q, acts=True)
    agent = None if verb is None else _agent_of(verb)
    if agent is None and verb is not None and verb.dep_ in {"advcl", "pcomp"} and verb.tag_ == "VBG":
        main = verb.head if verb.dep_ == "advcl" else verb.head.head  # "after taking": after's verb
        agent = _agent_of(main)  # "X topped the chart after taking $5m": X took it
    if agent is None or not can_act(agent):
        return ""
    phrase = _without_clause(agent, verb)
    if any(t.idx == q.start for t in phrase):
        return ""
    return " ".join(t.text for t in phrase).strip(" ,")


def _without_clause(agent: Any, verb: Any) -> list[Any]:
    """The agent's phrase less the relative clause the count sits in: "the sequel, which took $5m"
    names its doer by "the sequel", the "which" clause is the count's, not part of who did it."""
    own = {t.i for t in verb.subtree} if verb.dep_ == "relcl" and verb.head == agent else set()
    return [t for t in agent.subtree if t.i not in own]


def count_possessor(text: str, q: Quantity) -> str:
    """Whose the counted things are by a possessive: "the Marsh Party's two members" -> "Marsh Party"; "its two
    members" is its clause subject's ("The party has lost one of its two members"); "" if none."""
    doc = dependency_parse(text)
    inside = [t for t in doc if q.start <= t.idx < q.end]
    if not inside or inside[-1].dep_ != "nummod":
        return ""
    noun = inside[-1].head
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return ""
    if owner.pos_ != "PRON":
        return _actor(owner)
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    subject = None if verb is None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return "" if subject is None else _actor(subject)


def partitive_whole(text: str, q: Quantity) -> bool:
    """The count is the whole of a partitive ("six of the 40 buses", "six of the fleet's 40 buses"):
    it counts the set, not the things the deed was done to, so it never answers a count of a deed."""
    inside = [t for t in dependency_parse(text) if q.start <= t.idx < q.end]
    if not inside or inside[-1].dep_ != "nummod":
        return False
    noun = inside[-1].head
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NUM"


def amount_of(text: str, q: Quantity) -> str:
    """The noun a sum of money or a percentage measures, read from the parse: "a profit of $3m",
    "a $3m profit", "sales were $8m", "sales rose 5%", "profits rose to $3m" -> "profit", "sale";
    "" when the parse names none (a count of things is its own noun: see ``measured_thing``)."""
    if q.unit not in CURRENCIES and q.unit != "percent":
        return ""
    within = [t for t in dependency_parse(text) if q.start <= t.idx < q.end]
    inside = [t for t in within if t.like_num]
    if not inside and q.unit == "percent":
        inside = within[-1:]  # a fraction word ("by a quarter") is its own head: read as the figure
    if not inside:
        return ""
    tok = inside[-1]
    if tok.dep_ == "nummod" and tok.head.i > tok.i:
        tok = tok.head  # "5 %", "3 m": the amount's own head
    head = tok.head
    if tok.dep_ in {"compound", "nummod", "amod"} and head.pos_ == "NOUN":
        return head.lemma_.lower()
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head.lemma_.lower()
    verb = head.head if tok.dep_ == "pobj" and head.lower_ in {"to", "by"} else head
    if tok.dep_ in {"attr", "dobj", "npadvmod", "pobj"} and verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.pos_ == "NOUN":
            return subject.lemma_.lower()
    return ""


def measured_thing(text: str, q: Quantity) -> list[str]:
    """The noun a count's of-phrase says is counted ("500 tonnes of rice" -> ["rice"]): a count of
    the same thing must be about it; [] when there is no of-phrase."""
    inside = [t for t in dependency_parse(text) if q.start <= t.idx < q.end]
    if not inside or inside[-1].dep_ != "nummod":
        return []
    noun = inside[-1].head
    return [
        g.lemma_.lower()
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ == "NOUN"
    ]
