"""Quantities in news text as intervals, so "a dozen" vs "dozens" is a measurable conflict.

Bounds are closed at the stated number, so "more than 40" and "at least 40" may be one report
with "45"; but a strict bound leaves out its own figure, so "more than 40" and another source's
exact "40" say different things (one counts others beyond the 40), as do "a dozen" (12) and
"dozens" (24+): both are a disagreement. Numbers that are really dates, years or model names are not quantities.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import pairwise

from bot.text import STOPWORDS, stem
from index.lexicon import ADDED_TO_COUNT, CURRENCIES, CURRENCY_SYMBOLS, TALLY_NOUNS
from index.lexicon import DURATION_IN_YEARS as YEARS
from index.lexicon import MONTHS as LEXICON_MONTHS

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "m": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
    "k": 1_000,
}
MULTIPLIERS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
"""Spelled words that multiply the count before them ("two dozen", "several hundred", "a thousand")."""
VAGUE = {
    "a dozen": (12, 12),
    "dozen": (12, 12),
    "dozens": (24, 99),
    "half a dozen": (6, 6),
    "half a": (0.5, 0.5),
    "half an": (0.5, 0.5),
    "a quarter of a": (0.25, 0.25),
    "a quarter of an": (0.25, 0.25),
    "three quarters of a": (0.75, 0.75),
    "a third of a": (1 / 3, 1 / 3),
    "two thirds of a": (2 / 3, 2 / 3),
    "several dozen": (24, 99),
    "a few dozen": (24, 60),
    "a couple": (2, 2),
    "a couple of": (2, 2),
    "a few": (2, 5),
    "a handful": (3, 6),
    "several": (3, 9),
    "scores": (40, 199),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999),
}
LOWER = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "above")
UPPER = ("up to", "fewer than", "less than", "under", "as many as", "at most", "no more than", "below")
STRICT = (
    "more than",
    "over",
    "upwards of",
    "in excess of",
    "above",
    "fewer than",
    "less than",
    "under",
    "below",
)
"""Bounds that leave out their own figure: "more than 75" is not 75, "at least 75" may be."""
ABOUT = (
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "an estimated",
    "close to",
    "nearly",
    "almost",
    "approx.",
    "estimated",
)
ROUNDING = ("about", "around", "approximately", "roughly", "some", "an estimated", "approx.", "estimated")
"""Words rounding a figure both ways ("about 40" is 36-44): the figure written is still one figure."""
ROUNDING_SUFFIXES = ("-ish",)
"""Endings rounding a figure both ways as "about" does ("forty-ish raids", "12-ish"), not its counted noun."""
MONTHS = "|".join(LEXICON_MONTHS)

_WORD_NUM = "|".join(sorted(UNITS, key=len, reverse=True))
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_VAGUE = "|".join(re.escape(v) for v in sorted(VAGUE, key=len, reverse=True))
_QUAL = "|".join(re.escape(q) for q in sorted(LOWER + UPPER + ABOUT, key=len, reverse=True))
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]000(?!\d)|\d+(?:\.\d+)?"
"""A figure: commas between thousands ("12,500"); spaces between thousands ending in a "000"
group ("400 000", "2 500 000", with a plain, no-break or thin space), where no other reading
is left, as three zeros never start a figure of their own ("on Monday 3 100 people" stays two
figures); or plain digits."""
_MULTIPLIER = "|".join(MULTIPLIERS)
_LARGE = "|".join(m for m in MULTIPLIERS if m != "dozen")
_WORDS = (
    rf"(?:(?:{_WORD_NUM})(?:[- ](?:{_WORD_NUM}))?|a(?=\s+(?:{_LARGE})\b))"  # "a hundred" is one hundred
    rf"(?:\s+(?:{_MULTIPLIER})(?:\s+(?:and\s+)?(?:{_WORD_NUM})(?:-(?:{_WORD_NUM}))?)?)*"
)
QUANTITY = re.compile(
    rf"(?<![\w-])(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:(?P<vague>{_VAGUE})(?P<times>(?:\s+(?:{_LARGE})\b)*)|(?P<digits>{_DIGITS})(?:\s*(?P<scale>{_SCALE})\b|(?P<glued>[A-Za-z]{{1,3}})\b)?|(?P<words>{_WORDS}))"
    rf"(?![\w-]*\d)(?P<suffix>-(?!an?-)[a-z]+)?(?!\w)",
    re.I,
)
"""A number, its qualifier and its scale, and a hyphened unit ("13-year"); a hyphened "a"/"an"
starts a rate ("€3-a-share", "60-an-hour"), not the number's unit."""
_AFTER = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:of\s+(?:which|whom)\s+(?:were|are|was|is)\s+"
    r"|of\s+(?:(?:the|its|their|his|her|our|these|those|them)\b)?\s*(?:own\s+)?)?"
)
"""Words between a number and its noun: a bracket, "of the", or a partitive "of which were"
("25 sold, 10 million of which were Velmar cars" counts cars); a partitive on a pronoun counts
the noun after it ("12 people, four of them women": four women, as "including four women")."""
_PARTITIVE_IS = re.compile(
    r"\s+of\s+(?:the|those|them)(?:\s+[a-z]+){0,2}?\s+(?:were|are)\s+(?:all\s+)?((?:[a-z]+\s+){0,2}[a-z]+s)\b"
)
"""A part of a group said to be of a kind ("14 of the dead were rebels", "six of those held are
students"): the number counts that kind, not the group it is taken from."""

_UNIT_WORD = re.compile(r"[A-Za-z][\w’'-]*|\([^)]*\)")


@dataclass(frozen=True)
class Quantity:
    low: float
    high: float
    text: str
    """Surface form as written, e.g. "more than 75" or "a dozen"."""
    unit: str
    """Stem of the counted noun ("troop", "airstrike"), empty when none follows."""
    start: int
    end: int
    loose: bool = False
    """A strict bound its writer also gives as its own figure ("more than 19" where the same
    article says "at least 19"): the strict word is loose wording, the figure itself allowed."""

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high

    @property
    def exact(self) -> bool:
        return self.low == self.high

    def describe(self) -> str:
        return self.text


def number_word(
    total: float, current: float, word: str, scales: dict[str, int] = SCALES
) -> tuple[float, float] | None:
    """Folds one word of a spelled number ("nine", "hundred", "thousand") into the running
    (total, current) pair; None when the word is not a number word."""
    if word in UNITS:
        return total, current + UNITS[word]
    if word == "hundred":
        return total, max(current, 1) * 100
    if word in scales:
        return total + max(current, 1) * scales[word], 0
    return None


def _words_value(text: str) -> float | None:
    total = current = 0.0
    for part in re.split(r"[\s-]+", text.lower()):
        if part == "and" or not part:
            continue
        if part in ("a", "dozen"):
            current = max(current, 1) * (12 if part == "dozen" else 1)
            continue
        step = number_word(total, current, part)
        if step is None:
            return None
        total, current = step
    return total + current


def says_only_some(x: Quantity, ceiling: float) -> bool:
    """A vague word for a small number ("several", "a few", "a handful") says there were some,
    not how many: no figure in it reaches ``ceiling``, so it does not answer "how many"
    ("dozens" or "hundreds" at least give the scale)."""
    return vague_range(x) and x.high < ceiling


def vague_range(x: Quantity) -> bool:
    """A word giving only a scale ("dozens", "hundreds", "several thousand"), no figure: its range
    holds many figures it never states, unlike a rounded figure ("about 300") or "a dozen" (12)."""
    m = QUANTITY.fullmatch(x.text)
    return bool(m and m.group("vague")) and x.low < x.high


def parse_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    for m in QUANTITY.finditer(text):
        qual = (m.group("qual") or _signed_qualifier(text, m.start())).lower()
        suffix = m.group("suffix")
        if suffix and suffix.lower() in ROUNDING_SUFFIXES:
            qual, suffix = qual or ROUNDING[0], None  # "twelve-ish strikes": about twelve strikes
        low: float
        high: float
        value: float | None
        if m.group("vague"):
            low, high = VAGUE[m.group("vague").lower()]
            for word in m.group("times").split():  # "several hundred": hundreds, not 3-9 "hundred"
                low, high = low * MULTIPLIERS[word.lower()], high * MULTIPLIERS[word.lower()]
            value = None
        elif m.group("digits"):
            if m.group("glued") and not glued_unit(m.group("glued")):
                continue  # "1st", "5pm", "1990s": no amount
            value = float(re.sub(r"[,\s\u202f]", "", m.group("digits")))
            if m.group("scale"):
                value *= SCALES[m.group("scale").lower()]
            if _not_a_count(text, m.start("digits"), m.end(), value, bool(m.group("scale") or qual)):
                continue
            low = high = value
        else:
            words = m.group("words")
            if words.lower() in {"one"} and not qual:
                continue  # "one of", "one official": rarely a count worth comparing
            value = _words_value(words)
            if value is None:
                continue
            low = high = value
        if value is not None and not qual and _rounded_list(text, out, m.start()):
            qual = ROUNDING[0]  # "some 120 fighters and 60 others": the 60 is rounded too
        if value is not None and qual:
            if qual in LOWER:
                high = math.inf
            elif qual in UPPER:
                low = 0.0
            elif qual in ("nearly", "almost"):
                low = value * 0.85
            else:
                low, high = value * 0.9, value * 1.1
        elif qual in LOWER:
            high = math.inf
        symbol = text[max(0, m.start() - 1) : m.start()]
        unit = CURRENCY_SYMBOLS.get(symbol) or _unit_after(text, m.end(), suffix)
        if m.group("digits") and m.group("glued"):
            unit = glued_unit(m.group("glued"))
        if not unit and _TOP.search(text[: m.start()]):
            unit = RANK_CUTOFF  # "into the world's top 50": a ranking's first 50 places
        if not unit:
            unit = _tally_unit(text, m.start())  # "brought the toll for soldiers to 18": 18 soldiers
        if not unit and out and _COMPARED.search(text[: m.start()]):
            unit = out[-1].unit  # "7.5 connections, compared to 6.7 in Germany": 6.7 connections
        out.append(Quantity(low, high, m.group().strip(), unit, m.start(), m.end()))
    return out


_BETWEEN = re.compile(r"\bbetween\s+\S?[$€£¥]?$", re.I)
"""What comes before a range's first figure ("between ", "between $")."""
_RANGE_AND = re.compile(r"^\s+and\s+\S?[$€£¥]?$", re.I)
"""What lies between a range's two figures (" and ", " and $")."""


def figure_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """The text's quantities (``parse_quantities``) with two figures written as one range
    ("between 30 and 60 raids", "between two and three million people", "between $5 and $8")
    made one count from the first to the second: read as two counts, the first alone (30, no
    noun) is set against a claim's figure as a count of its own. The second figure's scale word
    carries to the first ("two and three million"); a range whose first figure is not below its
    second is left as two figures. Verdicts only (``count_owner.counts``): answers read ranges
    by their own rules (``counts.range_start``, ``counts.age_ranges``)."""
    out: list[Quantity] = []
    for x in found:
        first = out[-1] if out else None
        between = _BETWEEN.search(text[: first.start]) if first is not None else None
        if (
            first is None
            or between is None
            or not (first.exact and x.exact)
            or not _RANGE_AND.match(text[first.end : x.start])
            or (low := first.low * _carried_scale(first.text, x.text)) >= x.low
        ):
            out.append(x)
            continue
        start = between.start()
        out[-1] = Quantity(low, x.high, text[start : x.end], x.unit or first.unit, start, x.end)
    return out


def _carried_scale(first: str, second: str) -> float:
    """The scale word ending the second figure of a range ("three million"), when the first
    figure has none ("two"): the first is written short for "two million"."""
    last = second.lower().split()[-1] if second.split() else ""
    scale = SCALES.get(last) or MULTIPLIERS.get(last)
    if not scale or any(w in SCALES or w in MULTIPLIERS for w in first.lower().split()):
        return 1.0
    return float(scale)


_LISTED = re.compile(r"^\s*(?:[A-Za-z'-]+\s+){1,3}and\s*$")
"""What lies between two counts of a list: the first's noun ("fighters", "foreign fighters") and "and"."""


def _rounded_list(text: str, before: list[Quantity], start: int) -> bool:
    """A figure listed right after a rounded one ("some 120 fighters and 60 others", "about 30
    boats and 12 barges"): the rounding word qualifies the whole list, each figure in it."""
    if not before:
        return False
    last = before[-1]
    return last.text.lower().startswith(tuple(f"{r} " for r in ROUNDING)) and bool(
        _LISTED.match(text[last.end : start])
    )


_CONVERTED = re.compile(
    r"^\s*(?:[A-Za-z]+\s*){0,2}(?P<sep>[(;/])\s*(?:(?:about|around|roughly|approximately|some|nearly|almost)\s+)?"
    r"[^\d\s]{0,3}$"
)
"""What lies between an amount and its conversion: "$11bn (£5.8bn)", "19,800 yen ($188; £98)",
"12.5bn Velmar crowns (about £5bn)"; the sign may be written in any encoding ("Â£")."""


def conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Amounts of money a sentence gives in brackets right after an amount in another currency:
    the writer's conversion of it for the reader ("$250 (£132)"), not another price; a second
    conversion may follow the first after ";" or "/" ("19,800 yen ($188; £98)")."""
    out: list[Quantity] = []
    for before, x in pairwise(quantities):
        if x.unit not in CURRENCIES or before.unit not in CURRENCIES or x.unit == before.unit:
            continue
        m = _CONVERTED.match(text[before.end : x.start])
        if m and (m.group("sep") == "(" or before in out):
            out.append(x)
    return out


_SIGNED_QUAL = re.compile(rf"(?<![\w-])({_QUAL})\s+\S?[$€£¥]$", re.I)
"""A qualifier before a currency sign: "about £6bn", "more than $5m" ("Â£" as mis-encoded)."""


def _signed_qualifier(text: str, start: int) -> str:
    """The qualifier written before the currency sign of an amount ("more than $5m" is at least
    $5m, "about £6bn" some £5.4-6.6bn): the sign stands between it and the number."""
    m = _SIGNED_QUAL.search(text[max(0, start - 20) : start])
    return m.group(1) if m else ""


_TOP = re.compile(r"\btop[\s-]*$", re.I)
"""A number right after "top" counts a ranking's first places ("the top 20", "a top-ten finish")."""
RANK_CUTOFF = "top"
"""The unit of a ranking's cut-off: "top 20" and "top 50" are two places in one ranking."""

_TALLY_TO = re.compile(rf"\b(?:{'|'.join(sorted(TALLY_NOUNS))})\s+(?:of|for)\s+(?=[^.;:!?]*?\bto\s*$)", re.I)
"""A running count "of"/"for" something, which the number right after a later "to" states."""


def _tally_unit(text: str, start: int) -> str:
    """A number a tally is brought or raised to ("the toll for Velmar sailors rose to 12") counts
    what the tally counts: the noun after its "of"/"for"."""
    found = list(_TALLY_TO.finditer(text[:start]))
    return _unit_after(text, found[-1].end(), None) if found else ""


_COMPARED = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|vs\.?)\s*$", re.I)
"""A comparison's second number leaves out the first one's counted noun."""

NOT_UNITS = frozenset({"st", "nd", "rd", "th", "s", "am", "pm"})
"""Letters glued to a number that make an ordinal, a decade or a clock time, not a measure."""


def glued_unit(letters: str) -> str:
    """The unit a glued abbreviation stands for ("6GB", "10km", "5kg"): WordNet's name for the
    first sense of the letters that is a unit of measurement; empty when none is."""
    from bot.wordnet import wordnet

    lower = letters.lower()
    if lower in NOT_UNITS:
        return ""
    rank = wordnet().kind_rank(lower, "unit_of_measurement")
    return "" if rank is None else wordnet().synsets[wordnet().senses(lower)[rank]].lemmas[0]


def _not_a_count(text: str, start: int, end: int, value: float, qualified: bool) -> bool:
    before = text[max(0, start - 12) : start].lower()
    after = text[end : end + 12].lower()
    if re.search(r"[A-Za-z]-$", text[max(0, start - 2) : start]):
        return True  # B-52, F-15: a model name
    if re.search(r"\bper\s*$", before):
        return True  # "per 100 people": the base of a rate
    if re.search(r"\b(?:one|\d+)\s+in\s*$", before):
        return True  # "one in 10 adults": the base of a ratio, not ten adults
    if re.search(rf"\b({MONTHS})\.?\s*(\d{{1,2}}(st|nd|rd|th)?,?\s*)?$", before) or re.match(
        rf"\s*({MONTHS})\b", after
    ):
        return True  # a date: "March 3", "3 March", "March 3 2016"
    if re.match(r"\s*(%|percent|per cent)", after):
        return False
    if 1800 <= value <= 2100 and float(value).is_integer() and not qualified and "," not in text[start:end]:
        # a year, unless "2000 troops"; "2,000 more troops" is a count: years take no thousands comma
        return not _plural_noun_after(text, end)
    return bool(re.match(r"\s*(:|am\b|pm\b|a\.m|p\.m)", after))


def _plural_noun_after(text: str, end: int) -> bool:
    """Pattern: a figure that could be a year counts things only when a plural noun follows it
    ("2000 troops"); a function word ending in "s" is no plural ("the surplus for 2005 is",
    "by 2010 its sales", "in 2004 was"), so the figure stays a year."""
    m = re.match(r"\s+([a-z]+s)\b", text[end : end + 12])
    return m is not None and m.group(1) not in STOPWORDS


def _unit_after(text: str, end: int, suffix: str | None) -> str:
    """The counted noun: the first lowercase content word after the number ("75 Velmar-linked targets")."""
    if suffix:
        return stem(suffix[1:])  # "13-year"
    rest = text[end : end + 80]
    named = _PARTITIVE_IS.match(rest)
    if named:
        return stem(named.group(1).split()[-1])  # "14 of the dead were rebels": 14 rebels
    rest = rest[_AFTER.match(rest).end() :] if _AFTER.match(rest) else rest  # type: ignore[union-attr]
    rest = re.split(r"[,;:.!?]|\s[-–—]+\s", rest, maxsplit=1)[0]  # in the same phrase; a spaced dash ends one
    if re.match(r"\s*(%|percent|per cent)", rest):
        return "percent"
    run: list[str] = []
    head = 0
    """Where the counted noun's words start in ``run``: after modifiers a name followed."""
    for i, word in enumerate(_UNIT_WORD.findall(rest)):
        if i >= 5 or len(run) >= 3:
            break
        if word.startswith("("):
            continue
        bare = word.strip("’'")
        if bare[:1].isupper() or "-" in bare:
            if run and not _modifiers_before_name(run):
                break
            head = len(run)  # "two senior Velmar officers": the officers are counted
            continue  # a name or compound modifier: "Velmar-linked", "Velmar Front", "high-ranking"
        if bare.lower() in STOPWORDS:
            if (bare.lower() in {"of", "the"} or bare.lower() in ADDED_TO_COUNT) and not run:
                continue  # "four other victims": the victims are counted
            break
        if run and bare.lower().endswith("ing"):
            break  # "14 people including patients": a participle opens the next phrase
        if re.search(r"[’']s$", word):
            continue  # "18 of the fleet's 31 buses": a possessor says whose, the noun after is counted
        run.append(bare.lower())
    if not run:
        return ""
    if head:  # a name after modifiers: the phrase goes on only to a plural noun ("senior Velmar officials")
        run = run[head:] if any(_plural_noun(w) for w in run[head:]) else run[:head]
    plural = [w for w in run if w.endswith("s") and not w.endswith("ss")]
    if not plural and len(run) > 1 and _adjective(run[0]) and _plural_noun(run[1]):
        plural = [run[1]]  # "23 young men": an irregular plural after an adjective
    word = plural[0] if plural else run[0]
    return "" if _gerund(word) else stem(word)


def _gerund(word: str) -> bool:
    """Pattern: a verb's "-ing" form right after a figure opens a phrase of its own ("the toll
    rose to 18 including a medic", "killed 12 according to police"): a counted noun after a
    figure is plural ("18 bombings"), so a singular "-ing" form of a verb counts nothing and
    the figure is bare."""
    from bot.wordnet import wordnet

    return word.endswith("ing") and bool(wordnet().verb_base(word))


def _modifiers_before_name(run: list[str]) -> bool:
    """Words between a number and a name may be the modifiers of a plural noun after the name
    ("three senior Velmar officials", "12 heavily armed Velmar fighters") when none is a plural
    noun and each can modify (WordNet has it as an adjective or adverb); "14 people Tuesday" ends
    at the name."""
    from bot.wordnet import wordnet

    return not any(_plural_noun(w) for w in run) and all(
        wordnet().senses(w, "a") or wordnet().senses(w, "r") for w in run
    )


def _adjective(word: str) -> bool:
    """WordNet knows the word as an adjective ("young", "small"): a modifier, not the counted noun."""
    from bot.wordnet import wordnet

    return bool(wordnet().senses(word, "a"))  # satellites are filed under "a" too


def _plural_noun(word: str) -> bool:
    """A plural form: ending in -s, or a form WordNet reduces to another noun ("men", "children")."""
    from bot.wordnet import wordnet

    if word.endswith("s") and not word.endswith("ss"):
        return True
    return any(form != word and wordnet().senses(form) for form in wordnet().lemmas(word)[1:])


def unit_matches(a: str, b: str) -> bool:
    """Same counted thing, allowing compounds ("strike"/"airstrike") and plural folding."""
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= 4 and longer.endswith(shorter)


def in_years(x: Quantity) -> Quantity:
    factor = YEARS.get(x.unit)
    if factor is None:
        return x
    return Quantity(x.low * factor, x.high * factor, x.text, "year", x.start, x.end)


def same_measure(a: str, b: str) -> bool:
    """Counts of the same thing, or two spans of time (compared in years)."""
    return unit_matches(a, b) or (a in YEARS and b in YEARS)


def same_report(a: Quantity, b: Quantity, slack: float) -> bool:
    """Two counts report one figure: their intervals overlap and, where one is a lower bound
    ("at least 4"), the other's lowest figure is within ``slack`` of that bound. "More than 50"
    and "51" are one report, "more than 50" and "50" are not; "at least 4" and "six" are two outlets' different tolls, though
    both can be true. Two lower bounds report one figure only when they start at the same number:
    "at least 60" and "at least 70" are two outlets' different tolls."""
    if not a.overlaps(b):
        return rounded_alike(a, b)
    if bound_at_exact(a, b):
        return False  # "more than 40" vs "40": the bound says there were others
    if math.isinf(a.high) and math.isinf(b.high) and a.low != b.low:
        return False
    return not any(
        math.isinf(bound.high) and bound.low > 0 and other.low > bound.low * (1 + slack)
        for bound, other in ((a, b), (b, a))
    )


def rival_figure(ours: Quantity, theirs: Quantity, closeness: float, close_min: float, slack: float) -> bool:
    """Another account of one count: ``theirs`` counts the thing ``ours`` counts (``unit_matches``)
    with a figure that is not one report with it (``same_report``), and either gives our exact
    figure as a strict bound ("more than 40 depots" against "40 depots": the shared figure and
    noun tie it to our count) or stands in a sentence at least ``close_min`` close to ours
    (``closeness``, the sentence model's cosine: "a hundred raids" and "hundreds of raids" in two
    tellings of one event) and counts a named thing: sums of money and shares ("$56m", "15%")
    in close sentences are as often of two things (a price and a revenue) as two accounts.
    Figures that agree are one account, however close ("10 million" and "more than six million":
    the bound allows ours, ``allows``)."""
    if not unit_matches(ours.unit, theirs.unit) or same_report(ours, theirs, slack) or allows(ours, theirs):
        return False
    named = ours.unit not in CURRENCIES and ours.unit != "percent"  # a sum or share names no counted thing
    return bound_at_exact(ours, theirs) or (named and closeness >= close_min)


def strict_at(q: Quantity, figure: float) -> bool:
    """``q`` is a strict bound ("more than", "under") whose own figure is ``figure``, and not
    loosely worded (``Quantity.loose``)."""
    text = q.text.lower()
    return not q.loose and any(text.startswith(f"{s} ") for s in STRICT) and figure in (q.low, q.high)


_FIGURE = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def rounded_alike(a: Quantity, b: Quantity) -> bool:
    """Two exact figures in the same scale where one is the other rounded to the decimals it
    is written with ("29%" and "28.9%", "$5bn" and "$5.04bn"): one report, not two."""
    if not (a.exact and b.exact) or a.low == b.low:
        return False
    found = [(x, _FIGURE.search(x.text)) for x in (a, b)]
    if any(m is None for _, m in found):
        return False
    (rough, r), (fine, f) = sorted(found, key=lambda p: len(p[1].group(1) or "") if p[1] else 0)
    assert r is not None and f is not None
    places = len(r.group(1) or "")
    if places >= len(f.group(1) or ""):
        return False
    r_digits, f_digits = (float(m.group().replace(",", "")) for m in (r, f))
    if not (r_digits and f_digits) or not math.isclose(rough.low / r_digits, fine.low / f_digits):
        return False  # another scale: "5m" and "5.3bn"
    return math.isclose(round(f_digits, places), r_digits)


def agree(a: Quantity, b: Quantity) -> bool:
    return in_years(a).overlaps(in_years(b))


def allows(a: Quantity, b: Quantity) -> bool:
    """Two figures agree and neither is a strict bound at the other's exact figure: "more than
    64 depots" is not "64 depots", nor "under 10" "10", either way round; an inclusive bound ("at
    least 12", "up to 30", "at most 30") allows its own figure, an approximate word ("about",
    "nearly") its own range as parsed."""
    return agree(a, b) and not bound_at_exact(a, b)


def bound_at_exact(a: Quantity, b: Quantity) -> bool:
    """One figure is a strict bound at the other's exact figure, either way round: "more than 40"
    and "40" (the bound says there were others)."""
    return any(other.exact and strict_at(bound, other.low) for bound, other in ((a, b), (b, a)))


_ROUNDED = "|".join(re.escape(r) for r in sorted(ROUNDING, key=len, reverse=True))
_ROUNDED_BEFORE_SIGN = re.compile(rf"(?<![\w-])(?:{_ROUNDED})\s+(?=\S?[$€£¥]$)", re.I)
_ROUNDED_IN = re.compile(rf"^(?:{_ROUNDED})\s+", re.I)


def written_figures(text: str) -> str:
    """The text with the word rounding each figure dropped ("about $2.3bn" -> "$2.3bn", "around a
    dozen" -> "a dozen"): the figure as its writer gave it, to be set against other reports of
    the same count exactly ("about $2.3bn" allows $2.4bn, yet $2.3bn and $2.4bn are two reports)."""
    out = text
    for q in reversed(parse_quantities(text)):
        inside = _ROUNDED_IN.match(q.text)
        if inside:
            out = out[: q.start] + out[q.start + inside.end() :]
            continue
        before = _ROUNDED_BEFORE_SIGN.search(out[max(0, q.start - 20) : q.start])
        if before:
            at = max(0, q.start - 20)
            out = out[: at + before.start()] + out[at + before.end() :]
    return out
