"""What a question asks for: a count, a person, a place, a date, an organisation or a passage."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from bot.amounts import ASKS_SCORE
from bot.asked_noun import asks_place_division
from bot.text import QUESTION_WORDS, STOPWORDS, normalise, one_typo_apart, stem, tokens, word_stem
from index.lexicon import AUXILIARIES, EXCLUDING, HOW_WORDS, SHORTHAND, WH_WORDS
from index.tuning import AnswerTuning


class Kind(StrEnum):
    COUNT = "count"
    PERSON = "person"
    PLACE = "place"
    DATE = "date"
    ORG = "org"
    OPEN = "open"


ENTITY_LABELS = {
    Kind.PERSON: ("PERSON",),
    Kind.PLACE: ("GPE", "LOC", "FAC"),
    Kind.DATE: ("DATE", "TIME"),
    Kind.ORG: ("ORG", "NORP"),
}
_MEASURE = r"(?:population|number|total|amount|death\s+toll|toll|headcount|tally)"
_LEVEL = re.compile(
    r"\bwhat\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[\w'-]+'s?\s+)?(?:total|net|gross|annual|overall)\s+\w+",
    re.I,
)
"""A level asked by its figure: "what were X's total sales", "what is the net profit"."""
_SIZE = re.compile(r"\bhow\s+(?:big|large|high)\s+(?:a|an)\s+(\w+)", re.I)
"""A size asked of a thing: "how big a stake" (a percentage or an amount, not a count)."""
_SIZE_BE = re.compile(r"\bhow\s+(?:big|large)\s+(?:is|was|are|were)\b", re.I)
"""A size asked of the copula's subject: "how big was the fraud" (an amount or a count states it)."""
_WORTH = re.compile(r"\bwhat\s+(?:is|was|are|were|would\s+be|will\s+be)\s+(?:\S+\s+){1,6}?worth\b", re.I)
"""A value asked by its worth: "what is the Velmar club worth" (a sum of money answers)."""
_PROPORTION = re.compile(r"\bwhat\s+(?:share|proportion|percentage|fraction)\s+of\b", re.I)
"""A part of a whole asked by its measure: "what share of X are Y" (a percentage answers)."""
_HOW_MUCH_MODAL = re.compile(r"\bhow\s+much\s+(?:\w+\s+)*?(?:can|could)\b(.*)", re.I)
HOW_MUCH = re.compile(r"\bhow\s+much\b", re.I)


def _asks_capacity(text: str) -> bool:
    """ "How much can/could X <verb>" where WordNet files the verb (in any sense) under
    "contain" (hold, carry, take): a capacity, which a measure states ("8GB"), not money."""
    from bot.wordnet import wordnet

    m = _HOW_MUCH_MODAL.search(text)
    return m is not None and any(
        wordnet().is_kind_of(w.lower(), "contain", "v") for w in re.findall(r"[a-z]+", m.group(1))
    )


def _asks_amount(text: str, target: str) -> bool:
    """An amount that money, a percentage or a measure states: "how much" with no counted
    noun ("how much did X earn"), a level asked by its figure ("what were total sales"), a
    size ("how big a stake") or a proportion ("what share of X")."""
    return bool(
        (HOW_MUCH.search(text) and not target)
        or _LEVEL.search(text)
        or _SIZE.search(text)
        or _SIZE_BE.search(text)
        or _PROPORTION.search(text)
        or _WORTH.search(text)
    )


_WHAT_NOUN = re.compile(r"^\s*(?:what|which)\s+([a-z]+)\s+(?!of\b)", re.I)
SUMS = ("sum", "outgo", "monetary_value")
"""WordNet's nouns for sums of money: income, revenue, profit (a sum), cost, fee, wage (an
outgo), price (a monetary value)."""


def asks_sum(text: str) -> bool:
    """ "What/which N ..." where N's commonest WordNet sense is a sum of money ("what profit
    does X expect", "what fee did Y pay"): an amount answers, never a kind of N ("net income")."""
    from bot.wordnet import wordnet

    m = _WHAT_NOUN.search(text)
    return m is not None and any(wordnet().kind_rank(m.group(1).lower(), s) == 0 for s in SUMS)


_COUNT = re.compile(
    r"\b(how\s+(many|much)|number\s+of|how\s+long|how\s+old|how\s+far|how\s+often|what\s+(?:was\s+the\s+)?(?:number|total|amount))\b"
    rf"|\b(?:what|which)\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?{_MEASURE}\b"
    rf"|{_LEVEL.pattern}|{ASKS_SCORE.pattern}|{_SIZE.pattern}|{_SIZE_BE.pattern}|{_PROPORTION.pattern}"
    rf"|{_WORTH.pattern}",
    re.I,
)
_AUX = "(?:" + "|".join(AUXILIARIES) + ")"
_WHO = re.compile(r"^\s*(who|whom|whose)\b", re.I)
_WHERE = re.compile(r"^\s*where\b", re.I)
_WHEN = re.compile(r"^\s*(?:(?:until|till|since|by|from)\s+)?when\b", re.I)
"""A when-question, also one asking a bound of a time ("until when", "since when"): a date."""
_NAMES_OF = re.compile(r"\bnames?\s+of\b", re.I)
_KIND_NOUNS = (
    (
        Kind.PERSON,
        re.compile(
            r"(person|people|official|minister|leader|general|man|woman|president|spokes\w+|names?)s?", re.I
        ),
    ),
    (
        Kind.PLACE,
        re.compile(
            r"cit(y|ies)|countr(y|ies)|towns?|places?|regions?|provinces?|capitals?|locations?|part", re.I
        ),
    ),
    (Kind.DATE, re.compile(r"(day|date|year|month|time)s?", re.I)),
    (
        Kind.ORG,
        re.compile(
            r"organi[sz]ations?|groups?|agenc(y|ies)|command|compan(y|ies)|part(y|ies)|militias?|bod(y|ies)|ministr(y|ies)",
            re.I,
        ),
    ),
)
"""The nouns that, right after "which"/"what", say what kind of answer is asked."""
WHICH_PHRASE_WORDS = 4
"""A which-phrase names its noun within four words ("which Velmar Air Force jets")."""
_WHICH_PHRASE = re.compile(
    rf"\b(?:which|what)\s+(?:(?:one\s+)?of\s+(?:the\s+)?)?([\w'-]+(?:\s+[\w'-]+){{0,{WHICH_PHRASE_WORDS - 1}}})",
    re.I,
)
_PHRASE_END = frozenset(("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"))
"""Determiners open another noun phrase (the verb's object), so the which-phrase has ended."""
_CONTRACTED = re.compile(rf"\b({'|'.join(WH_WORDS)})'(s|re)\b", re.I)


def _kind_by_sense(word: str) -> Kind | None:
    """The kind a common noun of one WordNet meaning names: a kind noun among that meaning's
    words ("yr" is only ever "year": a casual "what yr" asks a date); None for a noun of several
    meanings ("share" is a "part" only in one of them) or of none."""
    from bot.wordnet import wordnet

    wn = wordnet()
    senses = wn.senses(word, "n")
    if len(senses) != 1:
        return None
    synonyms = [w.lower() for w in wn.synsets[senses[0]].lemmas if w.lower() != word]
    return next((kind for kind, noun in _KIND_NOUNS for w in synonyms if noun.fullmatch(w)), None)


def _which_kind(text: str) -> Kind | None:
    """In "which/what X ...", the first kind noun of the phrase X (before an auxiliary or a
    determiner) says what is asked: "which minister visited the city" asks for a person,
    "which team won" an organisation. A kind noun anywhere in the phrase wins over an
    organisation noun modifying it ("which council official" asks for a person)."""
    for m in _WHICH_PHRASE.finditer(text):
        words = []
        owner = None
        for word in m.group(1).split():
            bare = word.lower()
            if bare in AUXILIARIES or bare in _PHRASE_END:
                break
            words.append(bare)
            for kind, noun in _KIND_NOUNS:
                if noun.fullmatch(bare):  # a possessor ("country's president") is not the noun
                    return kind
                if owner is None and not words[:-1] and noun.fullmatch(re.sub(r"['’]s?$", "", bare)):
                    owner = kind
            if word.islower() and (same := _kind_by_sense(bare)) is not None:
                return same  # "what yr": WordNet's "year"
        if any(_organisation(w) for w in words):
            return Kind.ORG  # "which football team", "which club": WordNet's organisations
        if owner is not None:
            return owner  # "which country's system is it modelled on": the country
    return None


def _person(question: str) -> bool:
    """The question asks for one person's name: see ``asked_person_noun``."""
    return bool(asked_person_noun(question))


def asked_person_noun(question: str) -> str:
    """The singular noun "which"/"what" determines in the parse ("which judge", "which former
    surgeon", not "which rebel faction") when WordNet's first sense files it under person: the
    question asks for one person's name, not a passage. Plural people ("which rebels", "which of
    the relatives") are answered by a group or kinship words, so they are left out."""
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    if not _WHICH_PHRASE.search(question):
        return ""  # no "which"/"what" phrase: no parse needed
    for tok in dependency_parse(question):
        head = tok.head.head if tok.head.dep_ == "poss" else tok.head  # "which city's mayor"
        if tok.lower_ in ("which", "what") and tok.dep_ == "det" and head.tag_ == "NN":
            noun = head.lemma_.lower()
            return noun if wordnet().kind_rank(noun, "person") == 0 else ""
    return ""


_WHO_IS_THE = re.compile(r"^\s*who(?:\s+(?:is|was|are|were)|['’]?s)\s+the\b", re.I)
"""A who-question asking which person holds a role: "who was the general who ...", "who is
the new coach", also as typed with the contraction ("who's the new coach", "whos the ...")."""


def who_role_noun(question: str) -> str:
    """The role noun of "who is/was the <role> ..." ("who was the Velmar general quoted ...":
    "general"): the noun the question's first "the" determines, kept when WordNet's first sense
    files it under person. A sentence writing that noun as the title or the apposition of a
    name ("General Ada Kerr", "Ada Kerr, a local official") names the person asked for."""
    from bot.nlp import dependency_parse
    from bot.wordnet import wordnet

    if not _WHO_IS_THE.search(question):
        return ""
    for tok in dependency_parse(question):
        if tok.lower_ == "the" and tok.dep_ == "det" and tok.head.tag_ == "NN":
            noun = tok.head.lemma_.lower()
            return noun if wordnet().kind_rank(noun, "person") == 0 else ""
        if tok.lower_ == "the":
            return ""
    return ""


def _organisation(noun: str) -> bool:
    """WordNet files the noun's first sense under organisation ("team", "club", "firm")."""
    from bot.wordnet import wordnet

    return wordnet().kind_rank(noun, "organization") == 0


def _thing_asked(text: str) -> str:
    """The concrete noun a which-phrase asks for ("from which air base" -> "base"): the last
    word of the phrase before an auxiliary, a determiner or a preposition, kept only when
    WordNet's first sense of it is a physical thing or place (a base, a neighbourhood, a
    hospital), which a sentence stating the answer names; abstract nouns (reason, sentence)
    are often only implied, and are not kept."""
    from bot.wordnet import wordnet

    for m in _WHICH_PHRASE.finditer(text):
        words: list[str] = []
        for word in m.group(1).split():
            bare = word.lower().strip("'")
            if bare in AUXILIARIES or bare in _PHRASE_END or bare in STOPWORDS or word[:1].isupper():
                break
            words.append(bare)
        if words and wordnet().kind_rank(words[-1], "physical_entity") == 0:
            return words[-1]
    return ""


def _uncontract(text: str) -> str:
    """ "What's"/"Who're" as "What is"/"Who are", so the full and the short form ask alike."""
    return _CONTRACTED.sub(lambda m: f"{m.group(1)} {'is' if m.group(2).lower() == 's' else 'are'}", text)


_AUX_AFTER = re.compile(rf"\s+{_AUX}\b", re.I)


@dataclass(frozen=True)
class Question:
    text: str
    kind: Kind
    target: str = ""
    """Stem of the counted noun for counts ("troop" in "how many US troops ...")."""
    key_terms: tuple[str, ...] = field(default_factory=tuple)
    """Name-like words (stemmed) that evidence must mention: "russian" in "Russian troops"."""
    content: tuple[str, ...] = field(default_factory=tuple)
    duration: bool = False
    """"how long": a span of time, not a point in it."""
    age: bool = False
    """"how old": an age ("a 25-year-old", "aged 25"), never another count of years."""
    distance: bool = False
    """"how far": a length ("200 metres"), not a count."""
    gap: bool = False
    """"how far behind/ahead": a margin in any unit ("nine points", "two places"), not a length."""
    frequency: bool = False
    """"how often": a frequency ("every 10 seconds", "twice a week")."""
    capacity: bool = False
    """"how much can X hold": a measure ("8GB"), never money."""
    score: bool = False
    """"what was the score": a result ("6-4 7-5"), never a count."""
    amount: bool = False
    """Money, a percentage or a measure answers ("how much did X earn", "what were total sales")."""
    thing: str = ""
    """The concrete noun an open which-question asks for ("which air base" -> "base")."""
    modifiers: tuple[str, ...] = field(default_factory=tuple)
    """Name-like words right before a count's noun ("Russian" troops): the evidence must name them."""
    modifier_words: tuple[str, ...] = field(default_factory=tuple)
    """The same words as written ("US"), to state what a count answer counts ("900 US troops")."""
    excluded: str = ""
    """What the question sets aside ("besides the finance minister"): never the answer."""
    options: tuple[str, ...] = field(default_factory=tuple)
    """The answers an either-or question offers ("who won, Vell or Ansel?"): one of them answers."""


def question_kind(text: str) -> Kind:
    """What kind of value the question asks for (``analyse``'s ``kind``, without the parse)."""
    return _kind(_clean(text))


def _clean(text: str) -> str:
    return _uncontract(normalise(correct(apostrophed(text.strip()))))


_RUN_TOGETHER = re.compile(
    rf"\b({'|'.join(w for w in WH_WORDS if w not in ('whom', 'whose', 'which'))})s\b", re.I
)
"""A question word run together with a contracted "is" ("whats", "wheres"): no English word."""


def apostrophed(text: str) -> str:
    """A question word typed with its contracted "is" but no apostrophe ("whats the toll",
    "wheres the summit") as the contraction ("what's"), so it asks what "what is" asks: read
    as a typo it would lose the verb ("what the toll")."""
    return _RUN_TOGETHER.sub(lambda m: f"{m.group(1)}'s", text)


_WHOSE = re.compile(r"^\s*whose\s+([a-z]+)\b", re.I)
SIDE_THINGS = ("craft", "weapon", "military_unit", "attack")
"""WordNet kinds of things a side owns in war news: aircraft, weapons, units, attacks."""


def owner_of_thing(clean: str) -> bool:
    """ "Whose planes/troops/raids": who owns aircraft, weapons, units or attacks is a side (a
    nation, an army, a group: "Russian", "the Varna Front"), not a person; "whose son" or
    "whose car" still asks for a person."""
    from bot.wordnet import wordnet

    m = _WHOSE.search(clean)
    if not m:
        return False
    noun = stem(m.group(1).lower())
    kinds = wordnet().is_kind_of
    return any(kinds(noun, k) for k in SIDE_THINGS) and not kinds(noun, "person")


_WHAT_DATE = re.compile(
    r"^\s*what\s+(?:is|was|are|were)\s+the\s+(?:[\w-]+\s+){0,2}?(?:date|year|day)s?\s+(?:of|for|in)\b", re.I
)
"""A date noun the copula asks for ("what is the birth date of X", "the founding year of Y"): a when-question."""


_HOW_MUCH_NOUN = re.compile(r"\bhow\s+much\s+([a-z]+)\b", re.I)
_AMOUNT_KINDS = ("possession", "measure", "quantity")
"""WordNet kinds whose nouns "how much" counts: sums, measures, quantities."""


def asks_degree(clean: str) -> bool:
    """ "How much resistance did the army meet?" asks how far an act went ("unopposed", "fierce
    resistance"), not for a figure: the noun after "how much" is an act in its first WordNet sense
    and a sum, measure or quantity in none of its first ``degree_amount_senses`` ("how much
    investment" asks for a sum)."""
    from bot.wordnet import wordnet

    m = _HOW_MUCH_NOUN.search(clean)
    if not m or m.group(1).lower() in AUXILIARIES:
        return False
    wn, noun = wordnet(), m.group(1).lower()
    if wn.kind_rank(noun, "act") != 0:
        return False
    limit = AnswerTuning.degree_amount_senses
    return not any((r := wn.kind_rank(noun, k)) is not None and r < limit for k in _AMOUNT_KINDS)


_FRONTED_CLAUSE = re.compile(
    rf"^\W*(?:when\b(?!\s+(?:{'|'.join(AUXILIARIES)})\b)|whenever|if|after|before|while|once|as|since|although|though|because)\b"
    r"[^?]*?,\s*(?=(?:\w+\s+)?(?:who|whom|whose|what|which|where|when|how|why)\b)",
    re.I,
)
"""A fronted clause ending in a comma before the wh-word ("When the talks ended, who ..."): it
sets the scene; the wh-word after it asks (not "when" the clause opens with)."""


def main_clause(clean: str) -> str:
    """The question without a fronted scene-setting clause (``_FRONTED_CLAUSE``): "If the port
    is shut, where do ferries dock?" asks where, "When the envoy landed, what did she say?" what."""
    return _FRONTED_CLAUSE.sub("", clean, count=1)


def _kind(clean: str) -> Kind:
    clean = main_clause(clean)
    if asks_degree(clean) and not _COUNT.search(HOW_MUCH.sub(" ", clean)):
        return Kind.OPEN
    if _COUNT.search(clean) or asks_sum(clean):
        return Kind.COUNT
    if _WHEN.search(clean) or _WHAT_DATE.search(clean):
        return Kind.DATE
    if _WHERE.search(clean):
        return Kind.PLACE
    if _WHO.search(clean):
        return Kind.ORG if owner_of_thing(clean) else Kind.PERSON
    if _person(clean):
        return Kind.PERSON  # "which judge", "which surgeon": WordNet's people
    if asks_place_division(clean):
        return Kind.PLACE  # "in which Velm district", "the name of the village": a place name
    return _which_kind(clean) or (Kind.PERSON if _NAMES_OF.search(clean) else Kind.OPEN)


_LEAD_IN_TEXT = r"[^?]*?(?:\s[-\u2013\u2014]|:)\s+"
"""What a reader says before a dash or colon ahead of the question ("I keep hearing two things - was it ...")."""
_LEAD_IN = rf"(?:{_LEAD_IN_TEXT})?"
YES_NO_OPENING = re.compile(
    rf"^{_LEAD_IN}\W*(?:(?:so|and|but|ok|okay|well)\W+)?(?:{'|'.join(AUXILIARIES)})\b", re.I
)
"""A question opening with an auxiliary ("was it ...", "did the raids ..."), after any lead-in: a
yes/no or choice question."""
_OTHER_FIGURE = re.compile(
    r"\s*,?\s+or\s+(?:even\s+)?(?P<more>(?:more|fewer|less)\b(?:\s+than\s+(?:that|this|those)\b)?)?",
    re.I,
)
_WEIGHING_WORD = re.compile(r"[a-z]+\s+(?=\w)", re.I)
"""The "or" that offers a choice's other side: "or more (than that)", "or fewer", or "or" before a
figure, one word weighing it allowed between ("or many dozens": the figure read is "dozens")."""
_DUMMY_IT = re.compile(rf"\W*(?:(?:so|and|but|ok|okay|well)\W+)?((?:{'|'.join(AUXILIARIES)})\s+it)\s+", re.I)
"""A choice put as "was it ...": the figure's noun phrase leads the question ("how many raids was it")."""
_FIGURE_HEDGE = re.compile(r"\b(?:like|exactly|just|only|roughly|about|around|some|approximately)\s+$", re.I)
"""A word weighing a figure just before it ("like 12", "exactly 75"): part of the figure asked about."""


_LEAD_IN_END = re.compile(rf"^{_LEAD_IN_TEXT}(?=\w)")
"""A lead-in (``_LEAD_IN_TEXT``) with the question's first word after it."""


def _dummy_it(tok: Any) -> bool:
    """ "it" as the subject of "be" ("was it ten?"): it points at the answer, not back."""
    return tok.lower_ == "it" and tok.dep_ == "nsubj" and tok.head.lemma_ == "be"


def without_lead_in(text: str) -> str:
    """The question after a reader's lead-in and a dash ("I keep hearing two figures - was it
    ten or more?" -> "was it ten or more?"), where it stands alone: it refers back by no
    third-person pronoun other than a dummy "it" ("X's plan - did she make it?" keeps X)."""
    from bot.nlp import dependency_parse

    m = _LEAD_IN_END.match(text)
    if m is None:
        return text
    rest = text[m.end() :]
    if any(
        t.pos_ == "PRON" and t.morph.get("Person") == ["3"] and not _dummy_it(t)
        for t in dependency_parse(rest)
    ):
        return text
    return rest


def figure_choice(text: str) -> str:
    """A choice between figures asks how many: "was it 12 raids or more?", "did they hit 75
    targets or more than that?", "was it a dozen strikes or dozens?" read as "how many" put in
    place of the first figure, the other side of the choice left out ("was it how many raids?"),
    so the sources' figures answer it (and their disagreement shows) rather than one sentence.
    A question opening with an auxiliary whose first figure is followed by "or" and a second
    figure, or by "or more/fewer/less"; any other text is returned unchanged."""
    if not YES_NO_OPENING.search(text) or _COUNT.search(text):
        return text
    from bot.values import parse_quantities

    text = without_lead_in(text)  # "I keep hearing two figures - was it 12 or more?"

    figures = parse_quantities(text)
    if not figures:
        return text
    first = figures[0]
    for m in _OTHER_FIGURE.finditer(text, first.end):
        after = m.end()
        weighed = _WEIGHING_WORD.match(text, after)  # "or many dozens": the figure is "dozens"
        starts = {after, weighed.end()} if weighed else {after}
        other = next((x for x in figures[1:] if x.start in starts), None)
        said_more = m.group("more") is not None
        if other is None and not said_more:
            continue
        end = other.end if other is not None else after
        start = first.start
        hedge = _FIGURE_HEDGE.search(text[:start])
        start = hedge.start() if hedge else start
        dummy = _DUMMY_IT.fullmatch(text[:start])
        if dummy:  # "was it 12 raids or more that X flew": "how many raids was it that X flew"
            rest = text[end:].lstrip(" ,")
            return re.sub(
                r"\s+(?=[?.!]|$)",
                "",
                f"how many{text[first.end : m.start()]} {dummy.group(1).lower()} {rest}",
            )
        return f"{text[:start]}how many{text[first.end : m.start()]}{text[end:]}"
    return text


def analyse(text: str) -> Question:
    text, excluded = exclusion(text)  # "besides X, who ...": the question is "who ...", never X
    text, options = offered(text)  # "who won, Vell or Ansel?": "who won?", one of the two
    text = figure_choice(text)  # "was it 12 raids or more?": "was it how many raids?"
    clean = _clean(text)
    kind = _kind(clean)
    target = ""
    if kind is Kind.COUNT:
        size = _SIZE.search(clean)  # "how large a majority": the majority, or an amount
        target = "year" if re.search(r"\bhow\s+old\b", clean, re.I) else _count_target(clean)
        target = stem(size.group(1)) if size else target
        target = _sized(clean) if _SIZE_BE.search(clean) else target
        if not target and re.search(r"\bworth\b", clean, re.I):
            target = "worth"  # "what is the club worth": a sum of money, not a stake in it
    amount = kind is Kind.COUNT and (_asks_amount(clean, target) or asks_sum(clean))
    far = _GAP.search(clean)
    gap = bool(far and far.group(1))
    written = [] if amount and not target else _modifiers(clean)  # "how much did the firm's revenue fall"
    return Question(
        text=text,
        kind=kind,
        target=target,
        key_terms=tuple(_key_terms(clean)),
        content=tuple(
            tokens(_GAP.sub(" ", re.sub(r"\bhow\s+(long|many|much|often|old)\b", " ", clean, flags=re.I)))
        ),
        duration=bool(re.search(r"\bhow\s+long\b", clean, re.I)),
        age=bool(re.search(r"\bhow\s+old\b", clean, re.I)),
        distance=bool(re.search(r"\bhow\s+far\b", clean, re.I)) and not gap,
        gap=gap,
        frequency=bool(re.search(r"\bhow\s+often\b", clean, re.I)),
        capacity=kind is Kind.COUNT and _asks_capacity(clean),
        amount=amount,
        score=bool(ASKS_SCORE.search(clean)),
        thing=_thing_asked(clean) if kind is Kind.OPEN else "",
        modifiers=tuple(word_stem(w.lower()) for w in written) if kind is Kind.COUNT else (),
        modifier_words=tuple(written) if kind is Kind.COUNT else (),
        excluded=excluded,
        options=options,
    )


_WORD = re.compile(r"[A-Za-z]+")
_GAP = re.compile(r"\bhow\s+far(?:\s+(behind|ahead|adrift|clear))?\b", re.I)
"""A "how far" phrase; a word of standing after it asks a margin between rivals, not a length."""


def correct(text: str) -> str:
    """Question words as meant: a misspelt one is read as the word one typo away.

    Only where the grammar expects one: the first word of a question that has no question
    word at all ("Waht is ..." -> a wh-word or an auxiliary), the word after "how" ("mnay" ->
    "many"), and a first word followed by an auxiliary ("were did" -> "where did": two
    auxiliaries cannot open a question). A word is corrected only when exactly one candidate
    is one typo away; chat shorthand ("r") is spelled out. Capitalised words after the first
    (names) are never touched.
    """
    words = list(_WORD.finditer(text))
    asks = any(w.group().lower() in WH_WORDS for w in words)
    out = text
    for i in reversed(range(len(words))):
        m = words[i]
        word = m.group()
        lower = word.lower()
        if i and word[:1].isupper():
            continue
        after = words[i + 1].group().lower() if i + 1 < len(words) else ""
        before = words[i - 1].group().lower() if i else ""
        fixed = SHORTHAND.get(lower) if word.islower() else None
        if i == 0 and lower in AUXILIARIES and after in AUXILIARIES:
            fixed = _one_candidate(lower, WH_WORDS)
        elif i == 0 and not asks and lower not in AUXILIARIES:
            # "hwo many": of "how" and "who", only "how" comes before "many"
            fixed = _one_candidate(lower, ("how",) if after in HOW_WORDS else WH_WORDS + AUXILIARIES)
        elif before == "how" and lower not in HOW_WORDS:
            fixed = _one_candidate(lower, HOW_WORDS) or fixed
        if fixed:
            fixed = fixed.capitalize() if word[:1].isupper() else fixed
            out = out[: m.start()] + fixed + out[m.end() :]
    return out


def _one_candidate(word: str, candidates: tuple[str, ...]) -> str | None:
    """The only candidate one typo away from ``word`` (words of three letters or more)."""
    if len(word) < 3:
        return None
    near = [c for c in candidates if one_typo_apart(word, c)]
    return near[0] if len(near) == 1 else None


def _modifiers(text: str) -> list[str]:
    m = re.search(r"\b(?:how\s+(?:many|much)|number\s+of|total\s+of)\s+(.*)", text, re.I)
    if not m:
        return []
    phrase = _AUX_AFTER.split(m.group(1), maxsplit=1)[0]
    phrase = phrase[: _counted_phrase_end(text, m.start(1))] if phrase else phrase
    words = re.findall(r"[A-Za-z][\w'-]*", phrase)[:4]
    # a hyphenated word's name parts only: "Velmar-linked" is modified by Velmar, "Velmar-Ostrin" by both
    parts = [p for w in words for p in w.split("-") if p]
    return [w for w in parts if w[:1].isupper() or (w.isupper() and len(w) > 1)]


def _counted_phrase_end(text: str, start: int) -> int:
    """Where the counted noun phrase after "how many" ends, as an offset from ``start``: its
    noun, or an "of"/"from" phrase on it ("troops of the alliance") unless that phrase names an
    event (``_names_event``); another phrase on it ("lorries in the Velmar column") names a thing
    the counted ones are in or at, not whose they are, so it ends the phrase; a name after the verb
    ("how many died in Ostrin", "how many soldiers died in Ostrin") is the count's scope, not
    a kind of the counted thing. Unparsed, the phrase runs on (the regex's reach)."""
    from bot.nlp import dependency_parse

    doc = dependency_parse(text)  # the cached parse: ``analyse`` passes the same straightened text
    many = next((t for t in doc if start - 6 <= t.idx < start and t.lower_ in {"many", "much"}), None)
    if many is None:
        return len(text)
    head = many.head
    if head.pos_ in {"NOUN", "PROPN"} and head.i > many.i:
        while head.dep_ == "compound" and head.head.pos_ in {"NOUN", "PROPN"} and head.head.i > head.i:
            head = head.head
        scope = {
            t.i
            for c in head.children
            if c.dep_ == "prep" and (c.lower_ not in _ORIGIN_PREPS or _names_event(c))
            for t in c.subtree
        }
        words = [t for t in head.subtree if t.i not in scope]
    else:
        words = list(many.subtree)  # "how many of the Velmar troops died": the subject "many" and its "of"
    end = max(t.idx + len(t.text) for t in words)
    return max(0, end - start)


_ORIGIN_PREPS = frozenset({"of", "from"})
"""Prepositions that keep a counted noun's phrase going ("troops of/from the alliance")."""


def _names_event(prep: Any) -> bool:
    """An "of"/"from" phrase whose noun is a happening ("victims of the Ostrin blast") says which
    event the counted things belong to, like a place after the verb: scope, not a kind of them."""
    from bot.wordnet import wordnet

    if prep.lower_ not in _ORIGIN_PREPS:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return bool(objects) and wordnet().is_kind(
        objects[0].lemma_.lower(), "event", AnswerTuning.event_sense_rank
    )


MEASURE_TARGETS = {"population": "people", "death toll": "death", "toll": "death"}
_MEASURED_BY = "(?:of|from|in|at|after|on|for|during|since)"
"""Prepositions that say what or where a measure measures ("the death toll from the blast")."""


def _sized(text: str) -> str:
    """The noun whose size "how big is/was" asks: the copula's subject ("how big was the
    fraud at X" -> "fraud", "how big is X's membership" -> "membership")."""
    from bot.nlp import dependency_parse

    for tok in dependency_parse(text):
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ == "be" and tok.pos_ == "NOUN":
            return stem(tok.text)
    return ""


def _count_target(text: str) -> str:
    """The noun "how many" counts: "how many US troops" -> "troop" (parsed, with a regex fallback).
    A measure named with "the" counts what it measures whatever follows it: "the death toll of
    X", "from X", "in X" or nothing ("what was the toll?"); so does one the question asks by
    "what"/"which" ("what toll did the monitor give for X")."""
    measured = re.search(
        rf"\bthe\s+(?:\w+\s+)?({_MEASURE})\s*(?:\b{_MEASURED_BY}\b|[?.]?\s*$)"
        rf"|^\W*(?:what|which)\s+(?:\w+\s+)?({_MEASURE})\b",  # "what toll did X give": the asked measure
        text,
        re.I,
    )
    if measured:
        noun = " ".join((measured.group(1) or measured.group(2)).lower().split())
        if noun in MEASURE_TARGETS:
            return MEASURE_TARGETS[noun]
    much = re.search(r"\bhow\s+much\s+(\w+)", text, re.I)
    if much and much.group(1).lower() in AUXILIARIES:
        return ""  # "how much did X earn / can X hold": an amount of whatever the evidence measures
    from bot.nlp import dependency_parse

    doc = dependency_parse(text)  # the cached parse: ``analyse`` passes the same straightened text
    for tok in doc:
        if tok.lower_ in {"many", "much"} and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head != tok:
            return _counted_noun(tok.head)
        if tok.lower_ == "many" and tok.dep_ in {"nsubj", "nsubjpass"} and (elided := _elided_target(tok)):
            return elided
    if of_phrase := _measured_noun(doc):
        return of_phrase  # "the tally of flooded farms": farms
    m = re.search(r"\b(?:how\s+(?:many|much)|number\s+of|total\s+of)\s+(.*)", text, re.I)
    if not m:
        return ""
    phrase = _AUX_AFTER.split(m.group(1), maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", phrase)]
    words = [w for w in words if w.lower() not in STOPWORDS and w.lower() not in QUESTION_WORDS]
    if not words:
        return ""
    lowered = [w for w in words[:4] if not w[:1].isupper()]
    return stem(lowered[0] if lowered else words[0])


def _counted_noun(noun: Any) -> str:
    """The counted noun phrase's head, stemmed, with the lower-case nouns compounded onto it
    ("many rural satellite subscribers" counts subscribers; "air strikes" is "airstrike"); a name
    typed in lower case ("how many uk strikes") says whose, not what."""
    head = noun
    while head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head
    compounds = [
        c.text for c in head.children if c.dep_ == "compound" and c.text.islower() and c.pos_ != "PROPN"
    ]
    return stem("".join(compounds) + head.text) if compounds else stem(head.text)


COUNTING_NOUNS = frozenset({"number", "total", "tally", "count", "headcount"})
"""Nouns that count what their "of" phrase names ("the tally of X", "the number of X")."""


def _measured_noun(doc: Any) -> str:
    """The noun a counting noun's "of" phrase names, read from the parse: "what was the tally of
    the flooded farms" counts farms, "the number of wounded hikers taken to hospital" hikers, not
    the first word after "of" (a participle or an adjective says which ones)."""
    for tok in doc:
        if tok.lemma_.lower() not in COUNTING_NOUNS or tok.pos_ != "NOUN":
            continue
        for prep in tok.children:
            if prep.lower_ == "of" and prep.dep_ == "prep":
                noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
                if noun is not None:
                    return _counted_noun(_first_alternative(noun))
    return ""


def _first_alternative(noun: Any) -> Any:
    """The first of nouns offered as alternatives with a slash ("targets/camps"), the one the
    writer put first; the noun itself otherwise."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "/" and doc[noun.i - 2].pos_ == "NOUN":
        return doc[noun.i - 2]
    return noun


def _elided_target(many: Any) -> str:
    """ "How many" as the subject, its noun left out: "how many of those killed were rebels"
    counts the copula's noun, "how many of the trucks were hit" the noun after "of"; "how many
    died", "how many were hurt" count people (English drops the noun only when it is people)."""
    verb = many.head
    attribute = next((c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if verb.lemma_ == "be":
        return stem(attribute.text) if attribute is not None else ""
    part = next((p for c in many.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
    if part is not None and part.pos_ == "NOUN":
        return stem(part.text)  # "how many of the convoy's trucks were destroyed" counts trucks
    return "people" if verb.pos_ == "VERB" else ""


def _key_terms(text: str) -> list[str]:
    """Capitalised words after the first word (names, nationalities, places), and acronyms."""
    out = []
    words = re.findall(r"[A-Za-z][\w'’-]*", text)
    for i, word in enumerate(words):
        if i == 0 or word.lower() in QUESTION_WORDS:
            continue
        if "-" in word.strip("-"):
            out += _hyphenated_names(word)
        elif re.search(r"\d", word) and re.search(r"[A-Z]", word):
            out += tokens(word)  # "XR7": evidence splits letters from digits ("xr", "7")
        elif word[:1].isupper() and word.lower() not in STOPWORDS | {"i"}:
            out.append(word_stem(word.lower()))
        elif word.isupper() and len(word) >= 2:
            out.append(word.lower())
    return out


def _hyphenated_names(word: str) -> list[str]:
    """The name parts of a hyphenated word, as evidence is tokenised (at hyphens): "US-led" ->
    "us", "al-Kubra" -> "kubra", "Mi-8" -> "mi", "8"; a lower-case part describes, it is no name."""
    parts = [p for p in word.split("-") if p]
    if not any(p[:1].isupper() for p in parts):
        return []
    return [t for p in parts if p[:1].isupper() or p[:1].isdigit() for t in tokens(p)]


_EXCLUDING_WORDS = "|".join(r"\s+".join(w.split()) for w in EXCLUDING)
_EXCLUDING = re.compile(rf"(?:,\s*)?\b(?:{_EXCLUDING_WORDS})\s+", re.I)


def exclusion(text: str) -> tuple[str, str]:
    """The question without the phrase it sets aside, and that phrase: "Besides the finance
    minister, which official met Kerrow?" -> ("Which official met Kerrow?", "the finance
    minister"); the phrase is the parse's object of the preposition ("other than Brill")."""
    from bot.nlp import dependency_parse

    m = _EXCLUDING.search(text)
    if m is None:
        return text, ""
    doc = dependency_parse(text)
    objects = [c for t in doc if m.start() <= t.idx < m.end() for c in t.children if c.dep_ == "pobj"]
    if not objects:
        return text, ""
    obj = objects[0]
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
    comma = text.find(",", obj.idx, end)  # "Besides X, which ...": a misparse may run X on
    end = comma if comma >= 0 else end
    after = re.sub(r"^\s*,?\s*", " " if m.start() else "", text[end:], count=1)
    rest = re.sub(r"\s+", " ", text[: m.start()] + after).strip()
    return rest[:1].upper() + rest[1:], text[start:end]


_OPTION = r"[\w'.-]+(?:\s+[\w'.-]+){0,2}"
_OFFERED = re.compile(rf",\s*({_OPTION}(?:,\s*{_OPTION})*)\s+or\s+({_OPTION})\s*\?*\s*$", re.I)
"""A question's tail that offers its answers after a comma: ", A or B?", ", A, B or C?"."""


def offered(text: str) -> tuple[str, tuple[str, ...]]:
    """An either-or question asks which of the answers it offers after a comma ("Who won the
    final, Vell or Ansel?"): the question without them, and them. They are no longer the
    question's own names, so evidence naming one does not merely repeat the question. Only a
    who or which question, with two or more offered answers of at most three words each, none
    a question word and each holding a word that is no stopword ("…, or not at all?" offers
    nothing)."""
    m = _OFFERED.search(text)
    if m is None or not re.match(r"\s*(?:who|whom|which)\b", text, re.I):
        return text, ()
    options = tuple(o.strip() for o in [*m.group(1).split(","), m.group(2)] if o.strip())
    if any(o.split()[0].lower() in WH_WORDS or not tokens(o) for o in options):
        return text, ()
    return f"{text[: m.start()].rstrip()}?", options


def offers(options: tuple[str, ...], value: str) -> bool:
    """The value is one of the offered answers: it shares a word with one of them ("Tomas
    Vell" for "Vell")."""
    wanted = {t for o in options for t in tokens(o)}
    return bool(wanted & set(tokens(value)))


SET_ASIDE_TITLE_WORDS = 4
"""A title names its holder within four words before the name ("Velmarian Foreign Minister X")."""


def sets_aside(excluded: str, value: str, before: str = "", after: str = "") -> bool:
    """The value is what the question set aside: it shares a proper noun of the excluded phrase
    ("Kerr" of "Ada Kerr"), or all the phrase's words are in the value with the title
    right before it or its apposition after ("Velmar Finance Minister Ada Kerr", "Ada Kerr,
    the finance minister", for "besides the finance minister")."""
    from bot.nlp import dependency_parse

    if not excluded or not value:
        return False
    names = {t for w in dependency_parse(excluded) if w.pos_ == "PROPN" for t in tokens(w.text)}
    said = set(tokens(value))
    if names & said:
        return True
    title = re.split(r"[,;:()]|\band\b", before)[-1].split()[-SET_ASIDE_TITLE_WORDS:]
    apposition = re.match(r"\s*,([^,;:()]*)", after)
    said |= set(tokens(" ".join(title) + " " + (apposition.group(1) if apposition else "")))
    wanted = set(tokens(excluded))
    return bool(wanted) and wanted <= said
