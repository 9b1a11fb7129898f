"""Count answers: the number in each sentence that counts what the question counts.

"How many US troops" is answered by a number whose counted noun is "troops" (or a word the
sentence model puts close to it), "how long" by a span of time, "how much" by money; the
values are intervals (``bot.values``) so that "a dozen" and "dozens" can disagree.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import Any

from bot.alignment import LIGHT_LEMMAS
from bot.amounts import another_match, asks_change, fits_asked, frequencies, scores
from bot.attributes import question_subject
from bot.blame import actor_words
from bot.conflicts import Candidate
from bot.count_owner import another_doers_count, asked_doer, count_verb
from bot.count_scenes import another_scene
from bot.counted_nouns import (
    coined,
    is_person,
    next_kind_people,
    rival_people,
    same_counted,
    same_doers,
    same_people,
)
from bot.evidence import EvidenceSentence, terms
from bot.later_owner import named_later
from bot.names import Aliases, holds_a_form, named_by_defined_form
from bot.nlp import dependency_parse
from bot.question import HOW_MUCH, Question, asks_sum
from bot.sentences import asks_undergone, doer_nouns, root_verbs, states_main_verb, states_word
from bot.span_act import asked_act, of_asked_act
from bot.stative import asks_remaining, asks_state, changed_by_deed, deed_asked, undergone
from bot.sums import asked_currency, given_sums, is_given
from bot.tallies import death_tally
from bot.text import TokenPool, stem, tokens
from bot.values import (
    Quantity,
    conversions,
    in_years,
    number_word,
    parse_quantities,
    says_only_some,
    unit_matches,
)
from bot.wished import asks_wish, wished_for
from bot.wordnet import wordnet
from index.lexicon import (
    CURRENCIES,
    CURRENCY_SYMBOLS,
    DEATH_VERBS,
    MONEY_WORDS,
    ORDINAL_WORDS,
    PEOPLE_NOUNS,
    RESULT_VERBS,
    TIME_UNITS,
)
from index.tuning import AnswerTuning


def _own_verb_asked(q: Question, hit: EvidenceSentence, x: Quantity) -> bool:
    """A count's own verb is one of the question's, when it has one: in "killed six people and
    wounded dozens" the six were killed, so they do not answer "how many were wounded". Every
    verb of the question counts: the parser may take a noun ("shelling") for its root. Verbs
    are compared in their base forms too: "killing 11 people" says how many died."""
    from bot.nlp import dependency_parse

    asked = root_verbs(q.text, roots_only=False)
    doc = dependency_parse(hit.chunk.text)
    verb = count_verb(doc, x)  # as written: "killed" is near "died"
    if verb is not None:
        verb = result_state(doc, x, verb) or verb  # "left 30 people dead": they are dead
    return not asked or verb is None or any(states_word(a, hit, verb.text, bases=True) for a in asked)


def result_state(doc: Any, x: Quantity, verb: Any) -> Any:
    """Pattern: a verb of result ("left", "leaving": ``RESULT_VERBS``) whose counted object is
    followed by the state it was left in ("left 30 people dead", "leaving 12 civilians homeless",
    "has left 300 people dead since 2011") tells that state of the things counted, not the
    leaving: the adjective after the count's noun, as the verb's predicate (``oprd``) or the
    noun's own modifier written after it; None otherwise ("left 30 people in the cold")."""
    if verb.lemma_.lower() not in RESULT_VERBS:
        return None
    inside = [t for t in doc if x.start <= t.idx < x.end]
    noun = inside[-1].head if inside and inside[-1].dep_ == "nummod" else None
    if noun is None or noun.head.i != verb.i:
        return None
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.pos_ != "ADJ":
        return None
    return after if (after.dep_ == "oprd" and after.head.i == verb.i) or after.head.i == noun.i else None


def counts(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """Every count in the evidence that counts what the question asks about, one candidate each."""
    out = []
    asked = TokenPool(q.content)
    measured = q.duration or q.age or q.distance  # "how long had X lasted": X is measured, not a doer
    doer = "" if measured else asked_doer(q.text)
    kinds = counted_kind_words(q.text)
    state = asks_state(q.text)  # "how many are in X": not "17 were killed in X"
    underwent = asks_undergone(q.text)  # "how many camps were destroyed": the sentence must say so
    remaining = asks_remaining(q.text)  # "how many are still held": not "freed 12 hostages"
    wish = asks_wish(q.text)  # "how long a deal did she hope for": the wished figure answers
    qualified = qualified_names(q)
    dying = q.target == "people" and asks_deaths(q.text)
    members = group_names(q.text, q.target)
    labelled = _asks_labelled_people(q)
    kin = _asked_person_noun(q)
    doers = asked_doer_nouns(q)
    given = given_sums(q.text) if q.amount else []  # "the A$3bn bid": what is converted, not the answer
    currency = asked_currency(q.text) if q.amount else ""  # "worth in US dollars"
    spanned = q.duration or q.target in TIME_UNITS  # "how long", "how many years": one act's length
    act = asked_act(q.text, tune.event_sense_rank) if spanned else ("", "")
    for hit in hits:
        text = hit.chunk.text
        if qualified and names_sibling(qualified, hit):
            continue  # "how much can the Velmar lite hold": not the Velmar pro's figures
        if q.frequency or q.score:  # a frequency or a score is a phrase, not a quantity
            found = (
                frequencies(text)
                if q.frequency
                else [m for m in scores(text) if not another_match(q.text, text, m)]
            )
            out += [Candidate.of(hit, f.group(), f.group().lower(), hit.score) for f in found]
            continue
        quantities = parse_quantities(text)
        if q.age:
            subject = age_holder(q.text)
            chosen = [x for x in quantities if is_age(text, x) and age_of(subject, text, x)]
        else:
            chosen = [x for x in quantities if counts_target(q, x.unit, hit, tune, written_noun(text, x))]
        if not chosen and q.target and not q.amount:  # "16 trillion operations, or calculations"
            chosen = [x for x in quantities if x.unit and glossed_as(text, x, q.target)]
        if not chosen and q.target and not q.amount:  # "how many Velmarians": "150 Velmarians were held"
            chosen = [x for x in quantities if capitalised_asked_noun(text, x, q.target)]
        if q.target == "people":  # "how many people were wounded" is not "killed at least 12 people"
            said = states_main_verb(q.text, hit, bases=True)  # "died": "killing 11 people"
            chosen = [x for x in chosen if _own_verb_asked(q, hit, x)] if said else []
            if not chosen and said:
                # a group of people ("killing 9 volunteers") only where no count of people as such
                chosen = [
                    x
                    for x in quantities
                    if x.unit
                    and (
                        is_kind(x.unit, "person")
                        or counts_personnel(written_noun(text, x), tune.personnel_sense_rank)
                    )
                    and _own_verb_asked(q, hit, x)
                    and not _among_them(text, x)
                ]  # "12 aides were killed and 40 displaced" counts no displaced aides
            if not chosen and said:  # "killed a rider and hurt 20 others": people too
                chosen = [
                    x
                    for x in quantities
                    if others_of_people(text, x, quantities) and _own_verb_asked(q, hit, x)
                ]
            if not chosen and said:  # "police said 30 were injured": the thirty were
                rank = tune.participle_sense_rank
                chosen = [
                    x for x in quantities if not x.unit and verb_asked(q.text, subject_verb(text, x), rank)
                ]
            if not chosen and said:  # "left 40 dead": "the dead" are people, and say they died
                rank = tune.participle_sense_rank
                chosen = [x for x in quantities if _dead_or_alike(q.text, hit, text, x, rank)]
        elif chosen and underwent and not states_main_verb(q.text, hit):
            chosen = []
        if not chosen and members:  # "how many Velmar Front fighters": "31 Velmar Front militants"
            chosen = [
                x
                for x in quantities
                if x.unit
                and is_kind(x.unit, "person")
                and named_members(members, text, x, hit.corpus.aliases(tune.alias_min_definitions))
                and _own_verb_asked(q, hit, x)
            ]
        if not chosen and labelled and states_main_verb(q.text, hit, bases=True):
            # "how many insurgents were killed": "31 militants were killed", another outlet's label;
            # "how many bombers struck the depot": "five attackers struck the depot", one deed's doers
            chosen = [
                x
                for x in quantities
                if x.unit
                and (
                    same_people(labelled, x.unit, tune.kin_sense_rank, tune.label_reach)
                    or same_doers(labelled, written_noun(text, x), tune.kin_sense_rank)
                )
                and _own_verb_asked(q, hit, x)
            ]
        if not chosen and kin and states_main_verb(q.text, hit, bases=True):
            # "how many citizens were evacuated": "evacuated 40 nationals", the next broader word
            chosen = [
                x
                for x in quantities
                if x.unit
                and next_kind_people(kin, written_noun(text, x), tune.kin_sense_rank)
                and _own_verb_asked(q, hit, x)
            ]
        if not chosen and doers:  # "how many people visited X": "drew 2,000 visitors"
            chosen = [x for x in quantities if x.unit and any(unit_matches(x.unit, d) for d in doers)]
        if not chosen and dying:  # "how many people died": "three deaths were recorded"
            chosen = [x for x in quantities if x.unit and is_kind(x.unit, "death")]
        if not chosen and q.target == "death" and states_word(DEATH_VERB, hit):
            chosen = [x for x in quantities if _names_people(x.unit)]
        if not chosen and (dying or q.target == "death"):  # "the ministry put the death toll at 15"
            chosen = [x for x in quantities if _toll_value(x) and death_tally(text, x)]
        if not chosen and _people_of_asked_kind(q, hit):  # "one in 10 adults - 2m people - own one"
            chosen = [x for x in quantities if x.unit in PEOPLE_NOUNS and _own_verb_asked(q, hit, x)]
        if q.modifiers:
            window = hit.window(before=tune.subject_window)
            aliases = hit.corpus.aliases(tune.alias_min_definitions)
            after = hit.window(after=tune.subject_after)  # "700 members of a tribe. ... the Velm tribe"
            chosen = [
                x
                for x in chosen
                if owned_by(q.modifiers, text, x, window, aliases)
                or named_later(q.modifier_words, q.text, text, x, after)
            ]
        if q.duration:
            chosen = [
                x for x in chosen if _context_overlap(text, x, asked, tune.context_words, q.key_terms) > 0
            ]
        if not chosen and not q.duration and not q.age and not q.distance and _bare_counts(q, hit):
            chosen = [
                x
                for x in quantities
                if not x.unit
                and _verb_before(text, x, asked, q.text, tune.participle_sense_rank)
                and not _another_verbs_subject(q, text, x, tune)
            ]
        if not chosen and q.target == "time" and not q.duration:
            chosen = [x for x in quantities if not x.unit and _does_asked_verb(text, x, asked)]
        nth = nth_times(text) if q.target == "time" and not q.duration else []
        if not chosen and nth:  # "the 9th time the gate was shut": shut 9 times
            chosen = nth
        if not chosen and q.target and not q.duration and not q.age and _names_target(text, q.target):
            named = [x for x in quantities if x.unit and x.unit not in TIME_UNITS]
            if len(named) == 1:
                chosen = named  # "how many Velmarians" -> "Velmaria evacuated 210 nationals"
        if not q.age and not q.duration:
            chosen = [x for x in chosen if fits_asked(q.text, text, x)]
        if doer and names_asked_doer(doer, hit):  # "how many kettles did Brannock sell": not Philips's
            chosen = [x for x in chosen if not another_doers_count(doer, text, x)]
        if kinds and not all(states_kind(w, hit, tune) for w in kinds):
            # "how many car insurance customers": customers of anything else do not answer; a
            # coinage matched to the whole asked noun ("airstrikes" for "bombing runs") was judged whole
            whole = counted_as_written(q.text, q.target) if q.target else ""
            chosen = [x for x in chosen if whole and coined_alike(whole, written_noun(text, x), hit, tune)]
        if state and chosen:
            doc = dependency_parse(text)
            chosen = [x for x in chosen if not undergone(doc, x) or deed_asked(q.text, doc, x)]
        if remaining and chosen:
            doc = dependency_parse(text)
            chosen = [x for x in chosen if not changed_by_deed(doc, x)]
        chosen = [x for x in chosen if not says_only_some(x, tune.some_ceiling)]
        if chosen and not wish:  # "how long a deal did they give": not "coaches want three years"
            chosen = [x for x in chosen if not wished_for(text, x.start)]
        if not q.amount and not asks_rate(q.text):  # "how many residents": not "29 people per sq mi"
            chosen = [x for x in chosen if not is_rate(text, x)]
        if q.amount and not asks_rate(q.text):  # "what was the bid worth": not "€3 a share"
            chosen = [x for x in chosen if not unit_price(text, x, asked)]
        if q.duration:  # "how long was the suspension": not the "41" of "a 41-year-old"
            chosen = [x for x in chosen if not is_age(text, x)]
        converted = conversions(text, quantities)  # "$250 (£132)": £132 is the writer's sum, not a price
        chosen = [x for x in chosen if x not in converted or asked.has(stem(x.unit))]
        if given or currency:
            chosen = [
                x
                for x in chosen
                if not is_given(x, given) and (not currency or x.unit not in CURRENCIES or x.unit == currency)
            ]
        if act[0]:  # "how many years had the siege gone on": not "five decades of rule" beside it
            kept = of_asked_act(act, [(text, x) for x in chosen], tune.span_act_sense_rank)
            chosen = [x for x, keep in zip(chosen, kept, strict=True) if keep]
        if chosen and not q.age and not q.duration:  # "died when jets raided": not "when the ferry sank"
            chosen = [x for x in chosen if not another_scene(q.text, text, x, tune.scene_verb_sense_rank)]
        chosen = without_parts(text, plain_counts(chosen), quantities)
        chosen = of_subject(question_subject(q.text), text, chosen, quantities, tune.owner_count_words)
        ranges = age_ranges(text, chosen) if q.age else count_ranges(text, chosen, quantities)
        chosen = [x for x in chosen if ranges.get(x.start, "") is not None]  # a range's second end
        made: list[Candidate] = []
        for x in chosen:
            value = _with_unit(text, x) if x.unit in TIME_UNITS | CURRENCIES else _with_noun(text, x)
            if x.unit == "percent":
                value = _with_percent(text, x)
            if q.age and (end := age_end(text, x)) > x.end:
                value = text[x.start : end]  # "34-year-old", not "34-year"
            value = ranges.get(x.start) or value  # "aged between 18 and 25": the range whole
            if x in nth:
                value = f"{x.low:g} times"
            if not q.age and x.start in ranges:  # "30 to 40 firms": 30 up to 40
                x = range_reach(text, x, quantities)
            read = converted_reach(text, x, converted)  # "12.5bn francs ($9.6bn) in 2031": read on after
            bonus = tune.context_bonus * _context_overlap(text, read, asked, tune.context_words)
            made.append(Candidate.of(hit, value, value.lower(), hit.score + bonus, in_years(x)))
        if q.age and len(made) > 1 and several_holders(q.text):
            made = [one_list(made)]  # "how old were the two guards": both ages, one answer
        out += made
    return out


def spans_of_asked_act(q: Question, found: list[Candidate], tune: AnswerTuning) -> list[Candidate]:
    """The candidates less the spans of time any source gives for another act than the one a
    how-long question asks, where some source gives the asked act's (``span_act.of_asked_act``:
    "an eight-year siege" in one article, "reigned for three decades" in another)."""
    if not (q.duration or q.target in TIME_UNITS):
        return found
    act = asked_act(q.text, tune.event_sense_rank)
    if not act[0]:
        return found
    spans = [(i, c.quote, c.quantity) for i, c in enumerate(found) if c.quantity is not None]
    kept = of_asked_act(act, [(text, x) for _, text, x in spans], tune.span_act_sense_rank)
    dropped = {i for (i, _, _), keep in zip(spans, kept, strict=True) if not keep}
    return [c for i, c in enumerate(found) if i not in dropped]


def one_list(found: list[Candidate]) -> Candidate:
    """The values of one sentence's candidates as one list ("21-year-old and 20-year-old"),
    cited and scored as the first."""
    values = [c.value for c in found]
    value = f"{', '.join(values[:-1])} and {values[-1]}"
    return replace(found[0], value=value, key=value.lower(), quantity=None)


_RATE_AFTER = re.compile(r"(?:[\s-]+[A-Za-z][\w-]*){0,3}?\s*(?:per\b|/\s*[^\W\d])", re.I)
"""A figure's counted noun (up to three words) and then "per" or a slash and a unit word."""


_PER_ITEM = re.compile(r"[\s-]+(?:a|an|per|each)[\s-]+([A-Za-z]+)\b", re.I)
"""A sum's "a share", "-a-share", "per barrel", "each": the thing one such sum is paid for."""


def unit_price(text: str, x: Quantity, asked: TokenPool) -> bool:
    """A sum paid for each of many things ("€3 a share", "$60 per barrel", "£5 each") prices one
    of them, not the whole the question asks the worth or cost of: unless the question names the
    thing priced ("what is the offer per share"); a sum for a stretch of time ("£38,000 a year")
    is a wage or a rate of spending, which such questions ask for, and is kept."""
    if x.unit not in CURRENCIES:
        return False
    m = _PER_ITEM.match(text, x.end)
    if not m:
        return False
    noun = stem(m.group(1).lower())
    return noun not in TIME_UNITS and not asked.has(noun)


def is_rate(text: str, x: Quantity) -> bool:
    """A figure per unit of something else is a rate (a density, a speed, a price), not how many
    there are: "2,310.6 inhabitants per square mile", "47.2/sq mi"."""
    return bool(_RATE_AFTER.match(text, x.end))


def asks_rate(question: str) -> bool:
    """ "How many people per square mile", "what is the density": the question asks for a rate."""
    return bool(re.search(r"\bper\b|\bdensity\b|\brate\b", question, re.I))


def asked_kind_first(q: Question, found: list[Candidate]) -> list[Candidate]:
    """For a count of one kind of person ("how many rebels"), sources that count that kind
    outrank those counting people at large ("20 people were killed"): a toll of people holds
    others too, so it answers only where no source counts the asked kind. A count of times is
    no kind of person: a bare count doing the asked deed counts the same times."""
    if not q.target or q.target in PEOPLE_NOUNS or q.target == "time":
        return found
    own = [c for c in found if c.quantity is not None and unit_matches(c.quantity.unit, q.target)]
    if not own:
        return found
    return [c for c in found if c.quantity is None or c.quantity.unit not in PEOPLE_NOUNS | {""}]


def plain_counts(chosen: list[Quantity]) -> list[Quantity]:
    """A number hyphened to its noun describes the noun after it ("a 12-lorry column"); where
    the sentence also counts the thing plainly ("7 lorries from a 12-lorry column were hit"),
    the plain count is the one its verb is about. A hyphen inside a spelled number
    ("Thirty-one lorries") joins no noun: that count is plain."""
    plain = [x for x in chosen if not hyphened_to_noun(x.text)]
    return plain or chosen


def hyphened_to_noun(figure: str) -> bool:
    """The figure as written runs on by a hyphen into a word that is no number word ("12-lorry",
    "ten-year"), not one spelled with hyphens ("forty-two")."""
    parts = re.split(r"[\s-]+", figure.lower())
    return "-" in figure and not all(number_word(0, 0, w) is not None for w in parts)


_INCLUDED = re.compile(r"^[^.;:()]{0,60}?\b(?:including|among\s+them|among\s+whom|of\s+whom)\s*$", re.I)
"""What runs from a count to a part of it: "15 people died including ", "17 were killed among them "."""


def without_parts(text: str, chosen: list[Quantity], every: list[Quantity] | None = None) -> list[Quantity]:
    """A count of the asked kind that the sentence introduces as part of another such count
    ("15 people died including four guards", "30 killed, among them 12 soldiers") counts some
    of those counted, not the whole the question asks for: the whole is kept, the part dropped.
    A part belongs to the nearest count before it (of ``every`` count in the sentence): "two
    guards died in Velm and 12 people, among them four guards, in Tarn" - the four are Tarn's."""
    between = every or chosen
    return [
        x
        for x in chosen
        if not any(
            y.end <= x.start
            and _INCLUDED.match(text[y.end : x.start])
            and not any(y.end <= z.start and z.end <= x.start for z in between)
            for y in chosen
            if y is not x
        )
    ]


_NOT_QUALIFIERS = ("person", "social_group", "event")
"""Nouns after a name that make it a role, a body or an occasion of that name ("Labour voters",
"Open final"), not one thing among its siblings."""


def given_figures(question: str) -> list[Quantity]:
    """The exact figures a question names its event by ("the raid that left 40 dead", "of the 12
    hostages freed"), not spans of time ("the 48-hour truce": a span, not a tally)."""
    return [x for x in parse_quantities(question) if x.exact and x.unit not in TIME_UNITS]


def echoes_given_figure(given: list[Quantity], c: Candidate) -> bool:
    """Pattern: a figure the question itself gives ("of the 40 dead", "the raid that killed 12
    guards") names the event or the whole the asked count is part of, so a count of that very
    figure only echoes the question and never answers it ("how many of the 40 dead were
    children" is not answered by "40 people died"); exact figures only, never spans of time.
    `given` is `given_figures(question)`, parsed once per question rather than per candidate."""
    if c.quantity is None or not c.quantity.exact:
        return False
    return any(g.low == c.quantity.low for g in given)


def of_given_figure(question: str, found: list[Candidate]) -> list[Candidate]:
    """A question naming its event by a figure is answered from sentences restating it ("40
    people, among them 9 children, died" for "of the 40 dead, how many were children"): once
    some count's sentence states the figure beside it (the whole, so never below the count),
    counts whose sentences do not are of other events. Unchanged when none does (the figure
    may be written otherwise, or name no whole of the asked count)."""
    given = given_figures(question)
    if not given:
        return found

    def restates(c: Candidate) -> bool:  # as the whole the count is part of: never below it
        if c.quantity is None:
            return False
        own = c.quantity
        return any(
            x.start != own.start and x.exact and x.low >= own.high and any(x.low == g.low for g in given)
            for x in parse_quantities(c.quote)
        )

    kept = [c for c in found if c.key == "sentence" or restates(c)]
    return kept if any(c.key != "sentence" for c in kept) else found


def qualified_names(q: Question) -> list[tuple[str, str]]:
    """The question's names followed by a lower-case noun or a model code that makes them one
    thing ("the Velmar lite", "the Velmar X5" -> ("Velmar", "lite")); not the counted noun
    ("Velmar phones"), a verb ("did Velmar sell"), nor a person, group or occasion noun."""
    wn = wordnet()
    doc = dependency_parse(q.text)
    out = []
    for name, word in pairwise(doc):
        named = name.i > 0 and name.pos_ == "PROPN" and any(c.isupper() for c in name.text)
        coded = any(c.isdigit() for c in word.text) and any(c.isalpha() for c in word.text)
        if coded and word.i + 1 < len(doc) and doc[word.i + 1].pos_ == "NOUN":
            continue  # "US MP3 player owners": the code names the player, not a kind of US
        if not named or word.pos_ not in {"NOUN", "PROPN"} or not (word.text.islower() or coded):
            continue
        if stem(word.lower_) == stem(q.target or "-") or any(
            wn.is_kind_of(word.lower_, k) for k in _NOT_QUALIFIERS
        ):
            continue
        out.append((name.text, word.text))
    return out


def _another_qualifier(other: str, word: str, hit: EvidenceSentence) -> bool:
    """``other`` qualifies the name differently from ``word``: not the same word or meaning,
    nor people or a body of that name ("Velmar fighters" are no sibling of anything)."""
    if stem(other) == stem(word) or hit.corpus.similar(other, word):
        return False
    return not any(wordnet().is_kind_of(other, k) for k in ("person", "social_group"))


def names_sibling(qualified: list[tuple[str, str]], hit: EvidenceSentence) -> bool:
    """The sentence names one of the question's qualified names with another qualifier, a noun
    the name modifies ("the Velmar pro" for "the Velmar lite"), and never with the asked
    one nor a word of its meaning: another thing of that name (a sibling product, another club),
    whose figures are its own."""
    text = hit.chunk.text
    for name, word in qualified:
        if not re.search(rf"\b{re.escape(name)}\b", text):
            continue
        if re.search(rf"\b{re.escape(name)}\s+{re.escape(word)}", text, re.I):
            continue
        others = [
            t.head
            for t in dependency_parse(text)
            if t.text == name
            and t.dep_ == "compound"
            and t.head.i == t.i + 1
            and t.head.pos_ in {"NOUN", "PROPN"}
        ]
        if any(_another_qualifier(o.lower_, word.lower(), hit) for o in others):
            return True
    return False


def of_subject(
    subject: str, text: str, chosen: list[Quantity], quantities: list[Quantity], words: int
) -> list[Quantity]:
    """Where a sentence counts what is asked, the first count (of a unit already chosen) within
    ``words`` words after "<noun> of <subject>" ("its total is 9,120, of which the population of
    Orvel amounts to 2,310") is the subject's own; the others count something it is part of.
    Unchanged without such a phrase."""
    if not chosen or not subject:
        return chosen
    units = {x.unit for x in chosen}
    for m in re.finditer(rf"\bof\s+(?:the\s+)?{re.escape(subject)}\b", text):
        after = [
            x
            for x in quantities
            if x.unit in units and x.start >= m.end() and len(text[m.end() : x.start].split()) <= words
        ]
        if after:
            return [min(after, key=lambda x: x.start)]
    return chosen


def counts_target(
    q: Question, unit: str, hit: EvidenceSentence, tune: AnswerTuning, written: str = ""
) -> bool:
    """The counted noun ``unit`` (``written`` as in the sentence) is what the question counts
    (same word, kind or meaning; WordNet kin the model reads alike, ``bot.counted_nouns``)."""
    if q.duration:
        return unit in TIME_UNITS
    if q.distance:
        return bool(unit) and is_kind(unit, "linear_unit")  # "how far": metres, miles
    if q.gap:  # "how far behind": "nine points", "two places"; money and time measure other things
        return bool(unit) and unit not in CURRENCIES and unit not in TIME_UNITS and unit != "percent"
    if not unit:
        return False
    if q.capacity:  # "how much can X hold": a measure, and money is a unit of measurement too
        return unit not in CURRENCIES and unit != "percent" and is_kind(unit, "unit_of_measurement")
    if q.target == "worth":
        return unit in CURRENCIES  # "what is X worth": a sum, not a share of X
    if q.amount and (unit in CURRENCIES or unit == "percent" or is_kind(unit, "unit_of_measurement")):
        return True  # "how big a stake": "30%"; "what were total sales": "4.2bn francs"
    if not q.target:
        return False
    if q.target in MONEY_WORDS or HOW_MUCH.search(q.text):
        return unit in CURRENCIES or unit_matches(unit, q.target)
    if q.target == "people" and unit in PEOPLE_NOUNS:
        return True
    asked = counted_as_written(q.text, q.target)
    return (
        unit_matches(unit, q.target)
        or (
            hit.corpus.similar(unit, q.target)
            and not rival_people(unit, q.target, tune.kin_sense_rank, tune.rival_people_reach)
        )
        or is_kind(unit, q.target)
        or coined_alike(asked, written or unit, hit, tune)
        or same_counted(
            asked, written or unit, hit.corpus.words, tune.kin_sense_rank, tune.kin_reach, tune.kin_similarity
        )
    )


def written_noun(text: str, x: Quantity) -> str:
    """The count's noun as the sentence writes it ("airstrikes" for the unit "airstrike"): the
    model reads a plural as written, and "air raids" is nearer "airstrikes" than "airstrike"."""
    if not x.unit:
        return ""
    m = re.search(rf"\b{re.escape(x.unit)}\w*", text[x.end :], re.I)
    return m.group().lower() if m else x.unit


@lru_cache(maxsize=4096)
def counted_as_written(question: str, target: str) -> str:
    """The question's counted noun as written ("air raids" for the joined target "airraid"),
    the form a model or WordNet reads; the target itself when no words join to it."""
    words = re.findall(r"[A-Za-z][\w-]*", question)
    for n in (1, 2, 3):
        for i in range(len(words) - n + 1):
            if stem("".join(words[i : i + n]).lower().replace("-", "")) == target:
                return " ".join(words[i : i + n])
    return target


def coined_alike(asked: str, counted: str, hit: EvidenceSentence, tune: AnswerTuning) -> bool:
    """A noun WordNet lacks, a compound written as one ("airstrikes"), counts the asked noun
    ("air raids", "bombing runs") when WordNet files its head ("strikes") under the same broad
    kind of thing as the asked noun and the sentence model puts the two within
    ``coinage_similarity``: a coinage of another kind ("airstrikes" for "missiles") stays out."""
    return coined(asked, counted, hit.corpus.words, tune.coinage_sense_rank, tune.coinage_similarity)


def _people_of_asked_kind(q: Question, hit: EvidenceSentence) -> bool:
    """A count of "people" answers "how many adults/voters" when no number counts the asked
    kind of person itself and the sentence names that kind: the people are the adults it
    speaks of ("one in 10 adults - 22 million people - own one"), provided the people do what
    the question asks (see ``_own_verb_asked``): "how many attackers took part" is not answered
    by "attackers struck after 17 people were killed"."""
    return (
        bool(q.target)
        and q.target not in PEOPLE_NOUNS
        and not (q.duration or q.age or q.distance or q.gap or q.amount)
        and wordnet().is_kind_of(q.target, "person")
        and hit.terms.has(q.target)
    )


def _asks_labelled_people(q: Question) -> str:
    """The kind of person a question counts ("how many insurgents"), as written; "" for people
    at large, or a question measuring something else. Its count may come under another outlet's
    label for the same people (``counted_nouns.same_people``) in a sentence stating the asked deed."""
    if not q.target or q.target in PEOPLE_NOUNS or q.duration or q.age or q.distance or q.gap or q.amount:
        return ""
    asked = counted_as_written(q.text, q.target)
    return asked if is_person(asked) else ""


def _asked_person_noun(q: Question) -> str:
    """The kind of person a question counts, as written, a people noun such as "citizens"
    included ("" for "people" and "persons", which name no kind): its count may come under the
    next broader or narrower word for the same people (``counted_nouns.next_kind_people``)."""
    if (
        not q.target
        or q.target in {"people", "person"}
        or q.duration
        or q.age
        or q.distance
        or q.gap
        or q.amount
    ):
        return ""
    asked = counted_as_written(q.text, q.target)
    return asked if is_person(asked) else ""


def asked_doer_nouns(q: Question) -> list[str]:
    """The agent nouns of the verb the counted people do ("how many people visited the fair"
    -> "visitor"; ``sentences.doer_nouns``): a count of visitors is a count of the people who visit,
    whatever verb carries it ("drew 12,000 visitors"). Only where the counted noun (or "how many"
    itself) is the verb's subject and counts people (a passive question asks who underwent it),
    and only a noun WordNet derives from the verb (not "dior" for "died")."""
    if not q.target or q.duration or q.age or q.distance or q.gap or q.amount:
        return []
    if q.target not in PEOPLE_NOUNS and not is_person(counted_as_written(q.text, q.target)):
        return []
    for tok in dependency_parse(q.text):
        if tok.lower_ != "many":
            continue
        subject = tok if tok.dep_ == "nsubj" else tok.head
        verb = subject.head
        if subject.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_ not in LIGHT_LEMMAS:
            derived = wordnet().derived_nouns(verb.lemma_.lower())
            return [n for n in doer_nouns(verb.lower_) if n in derived and not unit_matches(n, q.target)]
        return []
    return []


def _toll_value(x: Quantity) -> bool:
    """A toll's value is written bare ("the toll rose to 15") or with a plain word for people
    ("the death toll rose to 15 people"): a narrower kind of people ("15 children") is a part
    of the toll, and ``tallies.death_tally`` judges whether the figure is the toll's value."""
    return not x.unit or x.unit in PEOPLE_NOUNS


def _dead_or_alike(question: str, hit: EvidenceSentence, text: str, x: Quantity, rank: int) -> bool:
    """A count whose noun WordNet files under people ("the dead", "the wounded") counts the
    people the asked deed left so, when the noun itself states the question's verb ("dead" for
    "died"): in "left 40 dead and 70 wounded" the seventy did not die. So does a count whose
    "noun" is a participle WordNet knows only as a verb form, the question's own verb
    (``participle_of_asked``: "left 40 injured", "with 300 arrested")."""
    if not x.unit or x.unit in PEOPLE_NOUNS:
        return False  # "3000 people have been hurt": people as such say nothing of a deed
    noun = written_noun(text, x)
    if not is_kind(x.unit, "people"):
        return participle_of_asked(question, noun, rank)
    return any(states_word(root, hit, noun, bases=True) for root in root_verbs(question))


_AMONG_AFTER = re.compile(r"[^.;:,()]{0,40}?\b(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?among\b", re.I)
"""A count's clause going on to place it among others: "two cyclists were among those hurt"."""


def _among_them(text: str, x: Quantity) -> bool:
    """Pattern: a count of one kind of person the sentence places among a larger group ("two
    cyclists were among those hurt", "two nurses are among the dead") counts a part of that
    group, so it never answers how many people the group holds; a question asking that kind
    itself ("how many children") takes the count as its own before this reading."""
    return _AMONG_AFTER.match(text, x.end) is not None


_ONE_BEFORE = re.compile(r"\b(?:one|a|an)\s+([a-z]+)\b")
"""A single one of something written out ("one person", "a child"), which parsed counts leave out."""


def others_of_people(text: str, x: Quantity, quantities: list[Quantity]) -> bool:
    """Pattern: "N others" after a count of people counts more people ("two riders were killed
    and 20 others hurt", "claiming one person and wounding 12 others"): the count before it
    (or a single one written out, "one person") is of a plain word for people or a kind of
    person. After a count of things ("two trucks and 20 others") the others are things."""
    if x.unit != "other":
        return False
    before = [y for y in quantities if y.end <= x.start]
    if before:
        return _names_people(before[-1].unit)
    singles = _ONE_BEFORE.findall(text[: x.start])
    return bool(singles) and _names_people(stem(singles[-1]))


PERSONNEL = "personnel"
"""WordNet's body of people under orders ("force, personnel"): its kinds (troops, police, staff,
armed forces) are counted by their members."""


def counts_personnel(written: str, rank: int) -> bool:
    """Pattern: a figure before a collective noun for people under orders counts its members,
    people ("killed 12 troops", "40 staff were hurt", "five government forces died"): WordNet
    files some sense of the noun as written ("troops", not "troop") up to ``rank`` under
    "personnel". A body counted as units ("three battalions", "two teams", "four families") is
    filed elsewhere and counts no people."""
    return wordnet().is_kind(written, PERSONNEL, rank)


def _names_people(unit: str) -> bool:
    """The counted noun is a plain word for people or a kind of person ("people", "riders")."""
    return unit in PEOPLE_NOUNS or (bool(unit) and is_kind(unit, "person"))


def participle_of_asked(question: str, written: str, rank: int) -> bool:
    """Pattern: a figure followed by a past participle that names no noun ("left 40 injured",
    "reported 12 detained") counts the people that deed befell; it answers a question whose
    own root verb is that verb ("how many people were injured"), never one asking another deed
    ("how many were killed" is not "40 injured"); the asked verb's WordNet synonyms in its senses
    up to ``rank`` are its own ("40 injured" for "how many were wounded"). WordNet must know the word as a form of a verb
    and not as a noun, so "12 fighters" or "3 rounds" are never read so."""
    word = written.lower()
    wn = wordnet()
    if not word.endswith(("ed", "en")) or wn.senses(word) or wn.senses(stem(word)):
        return False
    return verb_asked(question, wn.verb_base(word), rank)


def verb_asked(question: str, base: str, rank: int) -> bool:
    """The verb (its base form) is one of the question's root verbs, or a WordNet synonym of one
    in its senses up to ``rank`` ("injure" for "were wounded"), a way of doing it ("executed 12"
    for "how many were killed") or brings it about (``brings_about``: "killed 12" for "how many
    died")."""
    wn = wordnet()
    asked = [wn.verb_base(root) for root in root_verbs(question)]
    return bool(base) and any(
        a == base
        or base in wn.synonyms(a, "v", rank)
        or wn.way_of(base, a, "v", rank)
        or brings_about(base, a, rank)
        for a in asked
        if a
    )


def brings_about(done: str, asked: str, rank: int, steps: int = AnswerTuning.deed_kind_steps) -> bool:
    """Pattern: a deed WordNet says causes or entails the asked one, itself or as a way of a verb
    that does ("killed 12" causes twelve to die; "massacred 12" is a way of killing), counts the
    ones the asked deed befell: "a bomb killed 12" answers "how many died", as "executed 12"
    does. Verbs' senses up to ``rank`` and ``steps`` up from the done verb (``deed_kind_steps``);
    a deed causing nothing of the kind ("injured 12", "arrested 12") never answers "how many
    died"."""
    wn = wordnet()
    wanted = set(wn.senses(asked, "v")[: rank + 1])
    done_senses = wn.senses(done, "v")[: rank + 1]
    return bool(wanted) and any(wanted & set(wn.outcomes(s)) for s in wn.steps_above(done_senses, steps))


def subject_verb(text: str, x: Quantity) -> str:
    """The base form of the verb a bare figure is the subject of ("police said 30 were injured",
    "at least 30 died": "injure", "die"); "" when it is no verb's subject."""
    inside = [t for t in dependency_parse(text) if x.start <= t.idx < x.end]
    if not inside or inside[-1].dep_ not in {"nsubj", "nsubjpass"} or inside[-1].head.pos_ != "VERB":
        return ""
    return wordnet().verb_base(inside[-1].head.lemma_.lower()) or inside[-1].head.lemma_.lower()


def group_names(question: str, target: str) -> list[str]:
    """The names a question gives the people it counts ("how many Velmar Front fighters" ->
    "Velmar Front"): they are that group's members, whatever noun a source calls them by."""
    if not target or target in PEOPLE_NOUNS or not wordnet().is_kind_of(target, "person"):
        return []
    for tok in dependency_parse(question):
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == target:
            start = tok.i  # the capitalised words just before the noun (a parser may read "IS" as a verb)
            while start > 1 and tok.doc[start - 1].text[:1].isupper():
                start -= 1
                start = _particle_start(tok.doc, start)
            return [tok.doc[start : tok.i].text] if start < tok.i else []
    return []


_PARTICLE = re.compile(r"[a-z]{1,2}")
"""A name's lower-case particle ("al", "el", "ad"), written joined to the next word by a hyphen."""


def _particle_start(doc: Any, start: int) -> int:
    """Where a name starts when its capitalised word at ``start`` follows a particle joined to it
    by a hyphen with no spaces ("Dar al-Velm": "al", "-", "Velm"); else ``start`` itself."""
    if start < 3:
        return start
    hyphen, particle = doc[start - 1], doc[start - 2]
    joined = hyphen.text == "-" and not hyphen.whitespace_ and not particle.whitespace_
    return start - 2 if joined and _PARTICLE.fullmatch(particle.text) else start


def named_members(names: list[str], text: str, x: Quantity, aliases: Aliases | None = None) -> bool:
    """The words between the number and its noun name one of the question's groups by all of
    its words ("31 Velmar Front militants" counts Velmar Front fighters), or the "of" phrase
    just after the noun names it, by its words or a form the corpus defines for it ("18
    members of the Velmar Front"; "of the Northern Rail Authority" for "NRA fighters" where the
    corpus defines NRA)."""
    noun = re.search(rf"\b{re.escape(x.unit)}\w*", text[x.end :], re.I)
    if noun is None:
        return False
    between = terms(text[x.end : x.end + noun.start()])
    owner = _OF_NAME.match(text, x.end + noun.end())
    named = terms(owner.group(1)) if owner else None
    for name in names:
        words = tokens(name) or [name.lower()]
        if all(between.has(w) for w in words):
            return True
        if named is not None and (
            all(named.has(w) for w in words)
            or (len(words) == 1 and holds_a_form(named, (aliases or {}).get(words[0], ())))
        ):
            return True
    return False


_OF_NAME = re.compile(rf"\s+of\s+(?:the\s+)?((?:(?:{_PARTICLE.pattern}-)?[A-Z][\w’'-]*\s*){{1,6}})")
"""An "of" phrase naming a group by capitalised words, a particle joined to one by a hyphen
included ("of the Velmar Liberation Front", "of Dar al-Velm")."""


def is_kind(unit: str, target: str) -> bool:
    """WordNet files the counted noun's first sense under the asked noun: "11 children" are
    kids, "5 trucks" vehicles (a kind answers; a broader word does not)."""
    return wordnet().kind_rank(unit, target) == 0


def age_of(subject: str, text: str, x: Quantity) -> bool:
    """An age answers "how old is <name>" only when it is that person's. The parse says whom the
    age describes (the noun it hangs on: "a 9-year-old Tomas Brill", "Dara Voss, 41,"): another
    name is someone else's age; a common noun ("a 12-year-old boy") is the asked person's only
    in a sentence that names them. An age hanging on nothing ("he was 63") keeps: a pronoun
    refers back."""
    if not subject:
        return True
    end = age_end(text, x)  # "20-year-old": the phrase is the age, not its holder
    doc = dependency_parse(text)
    tok = next((t for t in doc if x.start <= t.idx < x.end), None)
    for _ in range(AGE_HOLDER_STEPS):
        if tok is None or tok.head is tok:
            break
        tok = tok.head
        if x.start <= tok.idx < end:
            continue
        if tok.pos_ == "PROPN":
            name = " ".join(t.text for t in tok.subtree if t.pos_ == "PROPN")
            return bool(set(tokens(name)) & set(tokens(subject)))
        if tok.pos_ == "NOUN":
            return bool(set(tokens(text)) & set(tokens(subject)))
        break  # a verb or a clause: "the 20-year-old signed on" stands for a person named before
    return True


_HOW_OLD = re.compile(r"\bhow\s+old\s+(is|was|are|were)\s+", re.I)
"""A question asking a holder's age: what follows the verb names the holder."""
_BEFORE_HOLDER = frozenset({"det", "nummod", "amod", "compound", "poss", "quantmod"})
"""Words before the holder's noun ("the two young Velmari ..."), which say nothing of whether it is a name."""


def _holder_words(question: str) -> tuple[str, list[Any]]:
    """For "how old is/were <holder>": the verb as asked and the question's words from the holder's
    own on (the words before its noun left out, ``_BEFORE_HOLDER``); ("", []) for another question."""
    m = _HOW_OLD.search(question)
    if m is None:
        return "", []
    after = [t for t in dependency_parse(question) if t.idx >= m.end() and t.dep_ not in _BEFORE_HOLDER]
    return m.group(1).lower(), after


def age_holder(question: str) -> str:
    """Pattern: "how old is/were <holder>" asks the age of the holder, and a holder described by
    a common noun ("the two young guards", "the men") names no one: any age the sentence gives
    a person ("a 21-year-old Ada Brill and a 20-year-old Tomas Orr") may be theirs, so "" (no
    name to match). A named holder ("how old is Ada Brill") and any other age question keep the
    question's subject (``question_subject``): another name's age is someone else's."""
    _, after = _holder_words(question)
    if after and after[0].pos_ == "NOUN":
        return ""
    return question_subject(question)


def several_holders(question: str) -> bool:
    """ "How old were/are <holder>" with a plural holder ("the two guards", "the men"): the ages
    of several people are asked, each of which answers only with the others."""
    verb, after = _holder_words(question)
    return verb in ("are", "were") and bool(after) and after[0].tag_ in ("NNS", "NNPS")


_AGE_RANGE = re.compile(r"\s+(?:and|to|-)\s+(\d+)\b")
"""The second end of an age range after its first number ("18 and 25", "18 to 25")."""
_RANGE_START = re.compile(r"\b(?:between|from)\s+$", re.I)


def age_ranges(text: str, chosen: list[Quantity]) -> dict[int, str | None]:
    """Pattern: an age range is one age ("the men aged between 18 and 25": "between 18 and 25"):
    by the start of each range's first number, the range as written; by its second number's,
    None (no age of its own)."""
    ranges: dict[int, str | None] = {}
    starts = {y.start: y for y in chosen}
    for x in chosen:
        second = _AGE_RANGE.match(text, x.end)
        if x.start in ranges or second is None or second.start(1) not in starts:
            continue
        before = _RANGE_START.search(text[: x.start])
        ranges[x.start] = text[before.start() if before else x.start : age_end(text, starts[second.start(1)])]
        ranges[second.start(1)] = None
    return ranges


def range_start(text: str, x: Quantity, quantities: list[Quantity]) -> Quantity | None:
    """Pattern: a count given as a range ("30 to 40 firms", "between 30 and 40 firms") is one
    count from its first number to its second; the first, written bare or with the same noun
    and below the second, is where it starts. A change ("rose from 30 to 40", "cut by 10 to
    50") is no range: "from" or "by" before the first number says the figure moved."""
    before = [y for y in quantities if y.end <= x.start]
    if not before:
        return None
    first = max(before, key=lambda y: y.end)
    if first.unit not in ("", x.unit) or not first.high < x.low:
        return None
    between = text[first.end : x.start]
    lead = text[: first.start]
    if _RANGE_TO.fullmatch(between) and not _CHANGE_START.search(lead):
        return first
    if _RANGE_AND.fullmatch(between) and _BETWEEN.search(lead):
        return first
    return None


def nth_times(text: str) -> list[Quantity]:
    """Pattern: "the Nth time" something happens ("the 9th time the gate was shut", "for the
    third time") says it has happened N times; a first time says no count of times. Each such
    N (from two) as a count of times, its span the ordinal."""
    out = []
    for m in _NTH_TIME.finditer(text):
        word = m.group(1).lower()
        rank = int(word[:-2]) if word[:1].isdigit() else ORDINAL_WORDS.get(word, 0)
        if rank >= 2:
            out.append(Quantity(rank, rank, m.group(1), "time", m.start(1), m.end(1)))
    return out


_NTH_TIME = re.compile(rf"\bthe\s+(\d+(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})\s+times?\b", re.I)


def count_ranges(text: str, chosen: list[Quantity], quantities: list[Quantity]) -> dict[int, str | None]:
    """By the start of each chosen count that ends a range (``range_start``), the range as written
    ("30 to 40 privatised firms", "between 30 and 40 firms"); by its first number's, None: the
    first number is no count of its own."""
    out: dict[int, str | None] = {}
    for x in chosen:
        first = range_start(text, x, quantities)
        if first is None:
            continue
        between = _BETWEEN.search(text[: first.start])
        begin = between.start() if between else first.start
        if first.start and text[first.start - 1] in CURRENCY_SYMBOLS:
            begin = min(begin, first.start - 1)  # "$30m to $40m"
        value = _with_unit(text, x) if x.unit in TIME_UNITS | CURRENCIES else _with_noun(text, x)
        end = x.start - 1 if value.startswith(text[x.start - 1 : x.start] or "\0") else x.start
        out[x.start] = text[begin:end] + value
        out[first.start] = None
    return out


def range_reach(text: str, x: Quantity, quantities: list[Quantity]) -> Quantity:
    """A count that ends a range (``range_start``) as the whole range's interval."""
    first = range_start(text, x, quantities)
    return (
        x if first is None else replace(x, low=first.low, text=text[first.start : x.end], start=first.start)
    )


_RANGE_TO = re.compile(r"\s+to\s+[^\w\s]?", re.I)
_RANGE_AND = re.compile(r"\s+and\s+[^\w\s]?", re.I)
_BETWEEN = re.compile(r"\bbetween\s+[^\w\s]?$", re.I)
_CHANGE_START = re.compile(r"\b(?:from|by)\s+[^\w\s]?$", re.I)


AGE_HOLDER_STEPS = 4
"""Heads walked up from an age's number to the noun it describes ("13" → "year" → "old" → name)."""


_AGE_AFTER = re.compile(r"[\s-]*(?:years?|months?)?[\s-]*old\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age\s+of|aged\s+between|aged\s+from|ages\s+of)\s*$", re.I)
_AGE_RANGE_END = re.compile(r"\b(?:aged|ages\s+of)\s+(?:between\s+|from\s+)?\d+\s+(?:and|to|-)\s*$", re.I)


def age_end(text: str, x: Quantity) -> int:
    """Where an age's phrase ends: after "-year-old" / "years old" when written, else at the number."""
    old = _AGE_AFTER.match(text[x.end :])
    return x.end + (old.end() if old else 0)


def is_age(text: str, x: Quantity) -> bool:
    """An age as news writes it: "a 25-year-old", "25 years old", "aged 25", "at the age of 25",
    either end of a range ("aged between 18 and 25", "aged 6 to 9")."""
    before = text[: x.start]
    return bool(
        _AGE_AFTER.match(text[x.end :]) or _AGE_BEFORE.search(before) or _AGE_RANGE_END.search(before)
    )


def asks_deaths(question: str) -> bool:
    """The question's main verb is dying or killing ("how many people died"): a count of deaths
    ("three deaths", "two fatalities", WordNet kinds of death) counts the people who died."""
    from bot.nlp import dependency_parse

    return any(
        t.dep_ == "ROOT" and t.pos_ == "VERB" and t.lemma_.lower() in DEATH_VERBS
        for t in dependency_parse(question)
    )


DEATH_VERB = "killed"
"""A death toll counts people killed: its evidence states killing (or dying, by meaning)."""


def converted_reach(text: str, x: Quantity, converted: list[Quantity]) -> Quantity:
    """The amount as far as its bracketed conversions reach ("12.5bn francs ($9.6bn; £7.1bn)"):
    the words after the bracket are said of the amount, not of its conversion."""
    end = x.end
    for c in converted:
        if c.start >= end and not re.search(r"[)\].!?]", text[end : c.start]):
            end = c.end
    if end > x.end:
        close = re.match(r"[^)\].!?]*\)", text[end:])
        end += close.end() if close else 0
    return replace(x, end=end)


def _context_overlap(
    text: str, x: Quantity, asked: TokenPool, width: int, names: tuple[str, ...] = ()
) -> int:
    """Question words in the clause around a number: which of several counts is asked about.

    Words after the number count twice ("13-year civil war"); words before it count back to
    the nearest clause boundary ("ruled Velmar for more than 50 years"), not across "and".
    """
    after = re.split(r"[,.;]|\band\b", text[x.end :], maxsplit=1)[0].split()[:width]
    before = re.split(r"[,.;]|\band\b", text[: x.start])[-1].split()[-width:]

    def hits(words: list[str]) -> int:
        found = [t for t in tokens(" ".join(words)) if t != x.unit and t not in names]
        return sum(1 for t in found if asked.has(t) or any(asked.has(b) for b in _irregular_bases(t)))

    return 2 * hits(after) + hits(before)


def _irregular_bases(token: str) -> list[str]:
    """ "took" is a form of "take" (WordNet's exception list), which word stems cannot see."""
    return [b for base in wordnet().irregular(token) for b in tokens(base)]


def _bare_counts(q: Question, hit: EvidenceSentence) -> bool:
    """A count with no noun ("killed dozens") counts people at large: it answers "how many
    people", or a question whose noun the sentence names, not "how many foreign fighters".
    Never "how much": a sum comes with its unit, and a bare number there is a version or a code
    ("its version 2.40") as often as a price."""
    return not q.amount and (not q.target or q.target in PEOPLE_NOUNS or hit.terms.has(q.target))


_GLOSS = re.compile(r"[^,.;:()]{0,40}?,?\s+or\s+([A-Za-z-]+)")
"""The counted noun's phrase, then ", or" and another word for it."""


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w'’-]*)")
"""The word right after a figure."""


def capitalised_asked_noun(text: str, x: Quantity, target: str) -> bool:
    """Pattern: a figure whose next word is the question's counted noun written with a capital
    ("150 Velmarians", "40 Democrats", "300 Kurds") counts it: the unit reader takes capitalised
    words for names that modify a noun after them ("30 Velmar fighters"), so such a count comes
    with no noun; the word must be the asked noun itself, plural, so a name ("12 Velmar") never
    is."""
    m = _NEXT_WORD.match(text, x.end)
    if m is None:
        return False
    word = m.group(1)
    return word[:1].isupper() and word.lower().endswith("s") and stem(word) == target


def glossed_as(text: str, x: Quantity, target: str) -> bool:
    """The count's noun is glossed right after it by the asked noun ("40 hectares of arable
    land, or fields"): the gloss names what is counted, in the question's word."""
    m = _GLOSS.match(text, x.end)
    return m is not None and unit_matches(stem(m.group(1).lower()), target)


def _does_asked_verb(text: str, x: Quantity, asked: TokenPool) -> bool:
    """ "How many times was it downloaded": a bare count doing the asked verb ("five million
    have downloaded it") counts the deeds, one each."""
    words = tokens(text[x.end :])
    return bool(words) and asked.has(words[0])


def _another_verbs_subject(q: Question, text: str, x: Quantity, tune: AnswerTuning) -> bool:
    """Pattern: a bare figure that is the subject of a verb the question does not ask ("3 were
    killed and 30 were injured": the thirty were injured) is that verb's count, whatever asked
    verb comes before it in the sentence; it never answers "how many were killed"."""
    verb = subject_verb(text, x)
    return (
        bool(verb) and bool(root_verbs(q.text)) and not verb_asked(q.text, verb, tune.participle_sense_rank)
    )


def _verb_before(text: str, x: Quantity, asked: TokenPool, question: str = "", rank: int = 0) -> bool:
    """A bare count right after an asked word: "displaced millions", "a population of 3,120".
    The last content word before the number, in the same clause (no punctuation between) and
    not a name, must be asked, or a verb bringing about the question's (``verb_asked``: "killing
    12" for "how many died", senses up to ``rank``): in "15 in Orvel and another six" the six are
    no Orvel's, and in "died in raids, 15 in Orvel" the comma starts another count."""
    for word in reversed(re.findall(r"[\w'-]+|[,.;:()]", text[: x.start])):
        if not word[0].isalnum():
            return False
        found = tokens(word)
        if found:
            if not word.islower():
                return False
            return asked.has(found[0]) or (
                bool(question) and verb_asked(question, wordnet().verb_base(word), rank)
            )
    return False


_HYPHENED_UNIT = re.compile(r"(.+)-([A-Za-z]+)")
"""A number hyphened to its unit as a modifier: "six-year", "10-day"."""


def plural_unit(unit: str, x: Quantity) -> str:
    """The unit as a number other than one takes it: "year" -> "years", "century" -> "centuries"."""
    if x.low == x.high == 1:
        return unit
    return unit[:-1] + "ies" if re.search(r"[^aeiou]y$", unit) else unit + "s"


def _with_unit(text: str, x: Quantity) -> str:
    """The number with its unit as written, a name before the unit included ("9bn Swiss francs");
    a number hyphened to its unit as a modifier ("a six-year ban") is that many units ("six years")."""
    if x.start and text[x.start - 1] in CURRENCY_SYMBOLS:
        country = re.search(r"(?<![\w$])[A-Z]{1,3}$", text[: x.start - 1])  # "A$310m", "US$2bn"
        return (country.group() if country else "") + text[x.start - 1] + x.text
    hyphened = _HYPHENED_UNIT.fullmatch(x.text)
    if hyphened and stem(hyphened.group(2).lower()) == x.unit:
        return f"{hyphened.group(1)} {plural_unit(hyphened.group(2), x)}"  # "a six-year ban": six years
    m = re.match(r"\s*(?:of\s+)?([A-Za-z]+(?:\s+[A-Za-z]+){0,2})", text[x.end :])
    if x.text.endswith(x.unit) or "-" in x.text or not m:
        return x.text
    words = m.group(1).split()
    upto = next((i for i, w in enumerate(words) if stem(w.lower()) == x.unit), 0)
    return f"{x.text} {' '.join(words[: upto + 1])}"  # "4.2bn Swiss francs", "20 minutes"


def _with_percent(text: str, x: Quantity) -> str:
    """ "4%" or "4 per cent", as written."""
    m = re.match(r"\s*(%|percent|per cent)", text[x.end :])
    return x.text if not m else x.text + ("%" if m.group(1) == "%" else " " + m.group(1))


def _with_noun(text: str, x: Quantity) -> str:
    """The number with its counted noun as written ("at least 16 people", "75 rebel-held
    towns": up to two describing words between), or alone without one."""
    if not x.unit or x.text.lower().endswith(x.unit):
        return x.text
    for reach in range(_NOUN_REACH + 1):
        m = re.match(rf"[\s-]*((?:of\s+)?(?:{_DESCRIBING}[\s-]+){{{reach}}}([A-Za-z]+))\b", text[x.end :])
        if m and unit_matches(stem(m.group(2)), x.unit):
            return f"{x.text} {m.group(1)}"  # "scores of bombing runs"
    return x.text


_NOUN_REACH = 2
"""Describing words allowed between a number and its noun ("75 rebel-held towns")."""
_DESCRIBING = r"(?:[a-z][\w']*|[A-Z]{2,}|[\w']+-[\w'-]+)"
"""A describing word: lower-case, an acronym or hyphenated; a capitalised word is a new
phrase ("70 Tags terrorist" is page furniture run on)."""


def count_phrase(q: Question, c: Candidate, aliases: Aliases | None = None) -> str:
    """A count answer says what it counts: the value, the question's modifiers, the evidence's
    noun ("900 US troops"), so a bare number is never mistaken for another count. Modifiers the
    value says by a short form the articles define for them ("40 VF-held bases" for "Velmar
    Front bases", ``aliases``) are said already, and are not put in a second time."""
    x = c.quantity
    said = re.split(r"[\s-]+", c.value.lower())  # "Velmar-linked targets" already says Velmar
    extra = [w for w in q.modifier_words if w.lower() not in said]
    if x is None or not extra or not c.value.startswith(x.text) or c.value == x.text:
        return c.value
    if aliases and named_by_defined_form([w.lower() for w in extra], c.value, aliases):
        return c.value
    rest = c.value[len(x.text) :]
    of = re.match(r"\s+of\b", rest)  # "thousands of troops" -> "thousands of US troops"
    cut = of.end() if of else 0
    return f"{x.text}{rest[:cut]} {' '.join(extra)}{rest[cut:]}"


_HYPHENATED = re.compile(r"\b[\w.]+-[a-z]\w*")
"""A name joined to a lower-case word ("US-led", "Saudi-backed") describes something else."""
_OWNER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
_ORIGIN = frozenset({"of", "from"})
"""Prepositions naming whose the counted things are ("troops of/from the alliance")."""


def owned_by(
    modifiers: tuple[str, ...], text: str, x: Quantity, context: str = "", aliases: Aliases | None = None
) -> bool:
    """The question's modifiers ("US" troops) qualify the counted noun itself, not a word nearby.

    The parse gives the noun's own modifiers ("62 Velmarian soldiers"), an "of" phrase ("troops
    of the alliance") and, for an object, its clause's subject ("The United States has 900
    troops"; only for a verb that has or places its object, ``WordNet.holds_object``: "US forces
    struck 64 depots" names the striker, not whose targets). A modifier there answers; other
    names there mean another party's count. With no name attached, the sentence (or ``context``,
    the sentences before it) must still name the modifier, but not inside a hyphenated
    description ("US-led strikes" are not US troops). A modifier may be said by a short form the
    corpus defines for the name it belongs to (``aliases``: "VF camps" for "Velmar Front camps").
    """
    unattached = terms(_HYPHENATED.sub(" ", context or text))
    defined = aliases or {}
    from bot.nlp import dependency_parse

    doc = dependency_parse(text)
    noun = next((t for t in doc if t.idx >= x.end and t.pos_ in {"NOUN", "PROPN"}), None)
    if noun is None or noun.idx - x.end > 30:
        return all(unattached.has(m) for m in modifiers) or named_by_defined_form(
            modifiers, _HYPHENATED.sub(" ", context or text), defined
        )
    owners = [c for c in noun.children if c.dep_ in _OWNER_DEPS and c.idx < noun.idx]
    holders = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "thousands of troops from X": X is on "thousands"
        holders.append(noun.head.head)
    owners += [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in _ORIGIN and noun not in c.children
        for o in c.children
    ]
    head = noun.head
    if noun.dep_ in {"dobj", "attr", "pobj"} and head.pos_ in {"VERB", "AUX", "ADP"}:
        verb = head if head.pos_ != "ADP" else head.head
        if verb.pos_ == "AUX" or wordnet().holds_object(verb.lemma_.lower()):  # not "struck 64 depots"
            owners += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    words = " ".join(" ".join(t.text for t in o.subtree) for o in owners if o.i != noun.i)
    words = _HYPHENATED.sub(" ", words)
    if all(terms(words).has(m) for m in modifiers) or named_by_defined_form(modifiers, words, defined):
        return True
    if re.search(r"\b[A-Z][a-z]+|\b[A-Z]{2,}\b", words):
        return False  # another party's count: "Velmarian soldiers", "troops of the northern alliance"
    return all(unattached.has(m) for m in modifiers) or named_by_defined_form(
        modifiers, _HYPHENATED.sub(" ", context or text), defined
    )


def _names_target(text: str, target: str) -> bool:
    """The counted thing is a people named in the sentence, counted by another noun."""
    capitalised = TokenPool(stem(w.lower()) for w in re.findall(r"\b[A-Z][a-z]+\b", text))
    lower = TokenPool(stem(w) for w in re.findall(r"\b[a-z]+\b", text))
    return capitalised.has(target) and not lower.has(target)


def counted_kind_words(question: str) -> list[str]:
    """The lower-case nouns compounded onto the counted noun ("how many car insurance customers"
    -> "car", "insurance"): they say which customers are counted, so the evidence must state them."""
    from bot.nlp import dependency_parse

    for tok in dependency_parse(question):
        if tok.lower_ in {"many", "much"} and tok.head.pos_ == "NOUN" and tok.head != tok:
            head = tok.head
            while head.dep_ == "compound" and head.head.pos_ == "NOUN":
                head = head.head
            return [
                t.text for t in head.subtree if t.dep_ == "compound" and t.pos_ == "NOUN" and t.text.islower()
            ]
    return []


def names_asked_doer(doer: str, hit: EvidenceSentence) -> bool:
    """The evidence's article names the question's doer, so another name in a count's clause is
    another party (an article comparing firms); an article that never names it may call it
    otherwise ("US forces" for a command), so its counts are not judged by name."""
    words = actor_words(doer)
    return bool(words) and all(hit.article_tokens.has(w) or hit.terms.has(w) for w in words)


def states_kind(word: str, hit: EvidenceSentence, tune: AnswerTuning) -> bool:
    """The sentence or the ones just before it state a kind word of the counted noun, by form,
    meaning, or joined to another word ("air strikes" as "airstrikes")."""
    window = hit.window(before=tune.subject_window)
    joined = re.search(rf"\b{re.escape(word)}[a-z]", hit.chunk.text, re.I)
    return bool(joined) or states_word(word, hit, window)


def asks_sum_by_verb(q: Question) -> bool:
    """ "How much did X <verb>" or "what <sum> did X <verb>" for a sum of money or an amount
    ("how much did it cost", "what profit does X expect"): the verb says which sum, so evidence
    must state it; a change ("go up", "raise") is read by ``fits_asked`` and a capacity
    ("hold") by its measure."""
    return (
        bool(HOW_MUCH.search(q.text) or asks_sum(q.text))
        and (q.amount or q.target in MONEY_WORDS)
        and not q.capacity
        and not asks_change(q.text)
    )
