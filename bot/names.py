"""One name, several spellings: aliases the articles define and transliteration variants.

A question may name a thing by one form ("VF", "Velmara") and the evidence by another
("VLF", "Velmarah"). Two general patterns tie the forms together, both read from the text
and never from a list: a parenthetical definition ("the Northern Rail Authority
(NRA)", "Dawla (VF)") links a name and its short form in every article of the corpus;
a transliterated name keeps its consonants while its vowels, doubled letters and a final
"h" vary ("Shaykhun"/"Sheikhoun"). ``has_name`` asks a token pool for a name either way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from difflib import SequenceMatcher
from functools import cache, lru_cache

from bot.text import STOPWORDS, TokenPool, tokens
from index.lexicon import DEMONYM_ENDINGS
from index.tuning import AnswerTuning

_SMALL = frozenset({"of", "and", "the", "for", "in"})
_CAP_RUN = r"(?<![\w’'-])(?:[A-Z][\w’'-]*)(?:\s+(?:(?:of|and|the|for|in)\s+)*[A-Z][\w’'-]*){0,7}"
_DEFINITION = re.compile(rf"({_CAP_RUN})\s*[(\[]([A-Z][A-Za-z]{{1,9}})[)\]]")
_MID_SENTENCE = re.compile(r"\b[a-z]+\s+$")
"""A lower-case word before a one-word name: inside a sentence, not a dateline ("BEIRUT (AFP)")."""
_VOWELS = frozenset("aeiouy")

Aliases = dict[str, tuple[tuple[str, ...], ...]]
"""A token -> the other forms of its name, each as the tokens a text must hold."""


def defined_aliases(texts: Iterable[str], min_definitions: int) -> Aliases:
    """Names the texts define by a parenthetical short form, each linked to its other forms.

    "the Velmar Front (VF)" and "Dawla (VF)" make VF, Dawla and Velmar Front one name. A
    multi-word name must spell its short form by initials ("Northern Rail
    Authority (NRA)"); a single word inside a sentence ("Dawla (VF)") counts once defined
    ``min_definitions`` times, so a stray "in Velmar (AFP)" makes no alias. A name that
    extends another, short form and all ("Velmar Liberation Front (VLF)" after
    "Velmar Front (VF)"), is the same name.
    """
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(form: tuple[str, ...]) -> tuple[str, ...]:
        while parent.setdefault(form, form) != form:
            form = parent[form]
        return form

    single: dict[tuple[tuple[str, ...], tuple[str, ...]], int] = {}
    spelt: dict[tuple[str, ...], tuple[str, ...]] = {}
    for text in texts:
        for m in _DEFINITION.finditer(text):
            mid = bool(_MID_SENTENCE.search(text[max(0, m.start() - 20) : m.start()]))
            long = _defined_form(m.group(1), m.group(2), mid)
            short = tuple(tokens(m.group(2)))
            if not long or not short or long == short:
                continue
            if len(long) > 1:
                spelt[long] = short
                parent[root(long)] = root(short)
                country = _country_led(m.group(1), long)
                if country:
                    parent[root(country)] = root(short)
            elif m.group(1).isupper() or m.group(2).isupper():  # "Dawla (VF)", not "Velmar (Reuters)"
                single[long, short] = single.get((long, short), 0) + 1
    for (long, short), n in single.items():
        if n >= min_definitions:
            parent[root(long)] = root(short)
    for long, short in spelt.items():
        for other, other_short in spelt.items():
            if len(other) > len(long) and other[: len(long)] == long and other_short[0].startswith(short[0]):
                parent[root(other)] = root(long)
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for form in list(parent):
        groups.setdefault(root(form), []).append(form)
    out: dict[str, list[tuple[str, ...]]] = {}
    for forms in groups.values():
        for form in forms:
            if len(form) == 1:
                out.setdefault(form[0], []).extend(f for f in forms if f != form)
    return {k: tuple(v) for k, v in out.items()}


def defined_before(text: str, short: str) -> list[str]:
    """The capitalised names the text writes right before ``short`` in brackets ("the Velm
    Workers' League (VWL)" -> "Velm Workers' League"), in order: the last of coordinated names
    ("Velm and the Ostra League (OL)" -> "Ostra League"), an opening "The" left out."""
    runs = [re.split(r"\s+and\s+", m.group(1))[-1] for m in _DEFINITION.finditer(text) if m.group(2) == short]
    return [re.sub(r"^(?:the|The)\s+", "", run) for run in runs]


def _country_led(run: str, name: tuple[str, ...]) -> tuple[str, ...]:
    """The run's name with the word just before it when that word is a country's name or adjective
    ("Velmar Coastal Command (VELCOM)", "French Naval Command"): the short form names that country's
    body, a form of it holding the country; () otherwise."""
    words = tuple(tokens(run))
    lead = len(words) - len(name) - 1
    if lead < 0 or words[lead + 1 :] != name or not place_forms(words[lead]):
        return ()
    return words[lead:]


def _defined_form(run: str, short: str, mid_sentence: bool) -> tuple[str, ...]:
    """The part of a capitalised run that the short form stands for (() when none does): a
    multi-word name spelling it by initials, or one word alone inside a sentence."""
    words = run.split()
    initials = short.lower()
    for start in range(len(words)):
        tail = [w for w in words[start:] if w.lower() not in _SMALL]
        if (
            len(tail) >= 2
            and words[start].lower() not in _SMALL
            and (_spells(initials, tail) or _spelt_by_beginnings(initials, words[start:]))
        ):
            return tuple(tokens(" ".join(words[start:])))
    return tuple(tokens(run)) if len(words) == 1 and mid_sentence else ()


def _spells(initials: str, words: list[str]) -> bool:
    """The short form is the words' initials in order (a word may be skipped, none reordered),
    starting with the first word's; or it opens with all of them and goes on, the short form
    of a longer name the run begins ("Velmar Front (VFN)" for the Velmar Front of Norland)."""
    if not initials or initials[0] != words[0][0].lower():
        return False
    heads = "".join(w[0].lower() for w in words)
    if initials.startswith(heads) and len(initials) - len(heads) <= _LONGER_NAME_LETTERS:
        return True
    letters = iter(heads)
    return all(any(c == letter for letter in letters) for c in initials) and len(initials) >= 2


def _spelt_by_beginnings(short: str, words: list[str]) -> bool:
    """The short form is the beginnings of two or more of the words joined in order, the first
    word's among them, a word giving its first letters or none: "Coastal Command (COASTCOM)",
    "Naval Forces Coastal Command (NAVCOAST)", "Velmar Defence Directorate (VELDEFDIR)"."""
    heads = [w.lower() for w in words]

    @cache
    def fits(i: int, at: int, used: int) -> bool:
        if i == len(heads) or at == len(short):
            return at == len(short) and used >= 2
        least = 1 if i == 0 else 0
        most = min(len(heads[i]), len(short) - at)
        return any(
            heads[i][:n] == short[at : at + n] and fits(i + 1, at + n, used + (n > 0))
            for n in range(least, most + 1)
        )

    return fits(0, 0, 0)


_LONGER_NAME_LETTERS = 3
"""Letters a short form may run on past the run's initials: a name's tail of one to three words
("of Norland", "in Ostra and Velm") that the text leaves out before the brackets."""


_LINKS = frozenset({*_SMALL, "at"})
_NAME_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|the|for|in|at)\s+)*[A-Z][\w’'-]*)+")
_INITIALISM = re.compile(r"\b[A-Z]{3,8}\b")


def short_forms(question: str) -> list[str]:
    """The question's words written in capitals, three letters or more ("YHSS"): short forms
    that may stand for a name written out in full."""
    return _INITIALISM.findall(question)


def spells_out(text: str, short: str) -> bool:
    """Whether the text writes out a name the short form abbreviates (see ``written_out``)."""
    return bool(written_out(text, short))


def written_out(text: str, short: str) -> list[str]:
    """The names the text writes out whose capitalised words' initials are the short form, in
    order, with the linking words between them left out: "Yangchenphug Higher Secondary
    School" for "YHSS", "University of Velm at Ostra" for "UVO". Articles rarely define every
    short form a reader uses, and a page about the thing names it in full."""
    want = short.lower()
    if len(want) < 3:
        return []
    out = []
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        content = [i for i, w in enumerate(words) if w.lower() not in _LINKS]
        initials = "".join(words[i][0].lower() for i in content)
        at = initials.find(want)  # one letter per word: a run of whole words
        if at >= 0:
            out.append(" ".join(words[content[at] : content[at + len(want) - 1] + 1]))
    return out


def skeleton(token: str) -> str:
    """A name's consonants as transliterations keep them: vowels, a final "h" after a vowel and
    doubled letters dropped, "q" read as "k" ("Ostrinn"/"Ostrin" -> "strn")."""
    word = token.lower()
    if len(word) > 2 and word.endswith("h") and word[-2] in _VOWELS:
        word = word[:-1]
    consonants = "".join("k" if c == "q" else c for c in word if c.isalpha() and c not in _VOWELS)
    return re.sub(r"(.)\1+", r"\1", consonants)


def undoubled(token: str) -> str:
    """A name with every run of one letter written once: transliterations double letters at
    will ("Tarrin"/"Tarin", "Vellmar"/"Velmar")."""
    return re.sub(r"(.)\1+", r"\1", token.lower())


def names_doubled(pool: TokenPool, term: str, min_letters: int) -> bool:
    """The pool holds ``term`` spelt with a letter doubled or single (both at least ``min_letters``)."""
    if len(term) < min_letters:
        return False
    return any(len(t) >= min_letters for t in pool.keyed(undoubled).get(undoubled(term), ()))


def spelling_variants(a: str, b: str, tune: AnswerTuning) -> bool:
    """Two tokens are one name transliterated twice: same consonant skeleton (long enough to
    tell names apart) and letters similar overall ("asharah"/"shaara", not "later"/"letter")."""
    if a == b:
        return True
    shape = skeleton(a)
    return (
        len(shape) >= tune.variant_min_consonants
        and min(len(a), len(b)) >= tune.variant_min_letters
        and shape == skeleton(b)
        and SequenceMatcher(None, a, b).ratio() >= tune.variant_similarity
    )


def named_by_defined_form(named: Iterable[str], text: str, aliases: Aliases) -> bool:
    """A short form in the text stands for a name the articles define that holds every one of
    the ``named`` words: "VELCOM forces" are "Velmar forces" where the articles write "the Velmar
    Coastal Command (VELCOM)", not "Velmar Coastal Bank" ones. A form of more words than the short
    form has letters is a run read too far back ("in Velm US-backed Ostran Front (OF)"), no name."""
    want = set(named)
    return bool(want) and any(
        want <= set(form) for t in tokens(text) for form in aliases.get(t, ()) if len(form) <= len(t)
    )


def has_name(pool: TokenPool, term: str, aliases: Aliases, tune: AnswerTuning) -> bool:
    """The pool names ``term``: as written, by a form the corpus defines for it, or spelt
    another way: a letter doubled or single ("Ilam"/"Illam", whose two-consonant skeleton is
    too short for ``spelling_variants``) or the same skeleton."""
    if pool.names(term):
        return True
    if holds_a_form(pool, aliases.get(term, ())):
        return True
    if names_place(pool, term):
        return True
    if names_doubled(pool, term, tune.variant_min_letters):
        return True
    shape = skeleton(term)
    return any(spelling_variants(term, t, tune) for t in pool.keyed(skeleton).get(shape, ()))


_PLACE_ENDINGS = ("", "a", "ia", "y", "ey")
"""What a place's name may end in where its adjective ends in a demonym ending ("Velmar-ia", "Ostr-ey")."""


def short_form_named(pool: TokenPool, term: str, partners: list[str], aliases: Aliases) -> bool:
    """A word of a name written out in full ("Velmar" of "the Velmar Front", with its
    ``partners``) is named by a pool holding a short form the corpus defines for that name
    ("VF"): the aliases are keyed by short forms, so the whole name is looked up among their forms."""
    words = {term, *partners}
    return any(
        pool.has(short)
        for short, forms in aliases.items()
        if any(len(form) > 1 and term in form and set(form) <= words for form in forms)
    )


def written_form_named(pool: TokenPool, term: str, question: str, aliases: Aliases) -> bool:
    """A word of a name the question writes out in full, in any case ("velmar front" of "how many
    velmar front bases"), is named by a pool holding a short form the corpus defines for that
    name ("VF bases"): the defined form's words must stand together in the question, in order."""
    words = tokens(question)
    spans = {tuple(words[i : i + n]) for n in range(2, 5) for i in range(len(words) - n + 1)}
    return any(
        pool.has(short)
        for short, forms in aliases.items()
        if any(len(form) > 1 and term in form and form in spans for form in forms)
    )


def spelt_out_named(pool: TokenPool, term: str, question: str) -> bool:
    """Pattern: a common noun's short form the question writes in capitals ("the firm's HQ") is
    named by the noun written out ("its headquarters"): a word of the short form's first WordNet
    sense that the short form abbreviates (its letters in order, from the first)."""
    if not re.search(rf"\b{re.escape(term.upper())}\b", question):
        return False
    return holds_a_form(pool, [tuple(tokens(form)) for form in spelt_out_forms(term)])


_NAMED_KINDS = ("location", "group")
"""WordNet kinds whose short forms are names, not common nouns ("US", "UN")."""


@lru_cache(maxsize=1024)
def spelt_out_forms(short: str) -> tuple[str, ...]:
    """The written-out forms WordNet gives a common noun's short form in its first sense ("hq" ->
    "headquarters", "main office"), kept only where the short form's letters run through the form in order, from
    its first: "central office" does not spell "hq"."""
    from bot.wordnet import wordnet

    wn, short = wordnet(), short.lower()
    first = wn.senses(short, "n")[:1]
    lemmas = [lemma.replace("_", " ") for sense in first for lemma in wn.synsets[sense].lemmas]
    if short not in {lemma.lower() for lemma in lemmas}:
        return ()  # "nhs" is read as a plural of "nh": not a short form WordNet lists
    if any(wn.kind_rank(short, kind) == 0 for kind in _NAMED_KINDS):
        return ()  # "US", "NATO": a place's or a body's own name, which the name rules match
    return tuple(
        sorted(
            form
            for form in lemmas
            if len(form) > len(short) and form[0].lower() == short[0] and _in_order(short, form.lower())
        )
    )


def _in_order(short: str, form: str) -> bool:
    """The short form's letters appear in the form in order ("hq" in "headquarters")."""
    rest = iter(form)
    return all(letter in rest for letter in short)


def names_asked_by_alias(value: str, question: str, aliases: Aliases) -> bool:
    """Pattern: a name the articles define as another form of a name the question gives is the
    question's own thing, not its answer: asked "which village did the Velm Front (VF) take",
    "VF" (or "Velm Front" where the question writes "VF") names the taker, not the village."""
    words = tuple(tokens(value))
    if not words:
        return False
    asked = TokenPool(tokens(question))
    if len(words) == 1 and holds_a_form(asked, aliases.get(words[0], ())):
        return True  # the value is a short form of a name the question writes out (or another short form)
    return any(words in aliases.get(t, ()) for t in set(tokens(question)))


def holds_a_form(pool: TokenPool, forms: Iterable[tuple[str, ...]]) -> bool:
    """The pool holds every token of one of the forms (a name written as its several words)."""
    return any(all(pool.has(t) for t in form) for form in forms)


def _is_country(sense: str) -> bool:
    """A WordNet noun sense filed under a sense of "country" without being one of those generic
    senses ("country", "state", "land" themselves name no country)."""
    from bot.wordnet import wordnet

    wn = wordnet()
    generic = set(wn.senses("country", "n"))
    return sense not in generic and bool(generic & wn.ancestors(sense))


@lru_cache(maxsize=4096)
def place_forms(word: str) -> tuple[tuple[str, ...], ...]:
    """The other names WordNet gives the country a name or its adjective names, each as the
    tokens a text must hold: one synset lists a country's several names (a full name, a short
    one, its initials), and an adjective ("-an", "-i", "-ish", "-ese") names its country, the
    first one it reads as (its stem with the endings of ``_PLACE_ENDINGS``). The
    generic words ("country", "state", "land") name no country, and a form opening with "the"
    ("the States") is left out: its word alone says any state. A one-word form that is also a
    function word is kept only as initials: ``tokens`` keeps "us" only where a text writes "US"
    or "U.S." in capitals, so the form matches the initials and never the pronoun."""
    from bot.wordnet import wordnet

    wn = wordnet()
    sense = country_sense(word)
    out: list[tuple[str, ...]] = []
    if sense is not None:
        for lemma in wn.synsets[sense].lemmas:
            if lemma.startswith("the_"):
                continue
            written = lemma.replace("_", " ")
            written = written.upper() if len(written) <= 6 and " " not in written else written.title()
            form = tuple(tokens(written))
            function_word = len(form) == 1 and form[0] in STOPWORDS and not written.isupper()
            if form and form not in out and not function_word:
                out.append(form)
    return tuple(out)


@lru_cache(maxsize=4096)
def country_sense(word: str) -> str | None:
    """The WordNet country a name or its adjective names (``place_forms``): the first reading of
    the word, then of its stem with each place ending ("Nigerian": Nigeria, not Niger); None."""
    from bot.wordnet import wordnet

    wn = wordnet()
    word = word.lower()
    stems = [
        word[: -len(e) - cut]
        for e in DEMONYM_ENDINGS
        for cut in (0, 1)  # "Velmar-ian" as well as "Velmari-an"
        if word.endswith(e) and len(word) - len(e) - cut >= 3
    ]
    for place in [word] + [stem + end for stem in stems for end in _PLACE_ENDINGS]:
        sense = next((s for s in wn.senses(place, "n") if _is_country(s)), None)
        if sense is not None:
            return sense
    return None


@lru_cache(maxsize=4096)
def pertained_names(word: str) -> frozenset[str]:
    """The names of what an adjective pertains to in WordNet ("Norwegian" -> "norway", "kingdom of
    norway"; "Chinese" -> "china", ...), lowercased with spaces; empty for a word WordNet knows
    as no such adjective (an invented "Velmari")."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return frozenset(
        lemma.replace("_", " ")
        for sense in wn.senses(word.lower(), "a")
        for noun in wn.pertains(sense)
        for lemma in wn.synsets[noun].lemmas
    )


@lru_cache(maxsize=4096)
def capital_country_forms(name: str) -> tuple[tuple[str, ...], ...]:
    """A national capital named as an actor stands for its country's government ("Oslo warned" is
    "Norway warned"): the names of the country WordNet files the capital in, as ``place_forms``
    gives them; () for a name that is no national capital."""
    from bot.wordnet import wordnet

    wn = wordnet()
    key = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower().replace(" ", "_")
    if wn.kind_rank(key, "national_capital") is None:
        return ()
    out: list[tuple[str, ...]] = []
    for sense in wn.senses(key, "n"):
        for whole in wn.wholes(sense):
            if _is_country(whole):
                lemma = wn.synsets[whole].lemmas[0].replace("_", " ")
                out += [f for f in place_forms(lemma) if f not in out]
    return tuple(out)


def names_capitals_country(pool: TokenPool, name: str) -> bool:
    """The pool names the country whose capital ``name`` is (``capital_country_forms``)."""
    return holds_a_form(pool, capital_country_forms(name))


def names_place(pool: TokenPool, word: str) -> bool:
    """The pool names the place ``word`` (a name or its adjective) by another of its names:
    "Chilean police" by "police of the Republic of Chile", where WordNet files both names as
    one country's."""
    return holds_a_form(pool, place_forms(word))


def partnered_variant(pool: TokenPool, term: str, partners: list[str], tune: AnswerTuning) -> bool:
    """A word of a longer name whose skeleton is too short to tell names apart alone ("Arem" in
    "Arem al-Sughra") is the pool's same-skeleton, similar word when the name's other word is in
    the pool: the pair is rarer than either ("Irem al-Sughra")."""
    if not any(pool.has(p) for p in partners):
        return False
    return _shaped_alike(
        pool,
        term,
        _as_written,
        tune.variant_min_letters,
        tune.partnered_min_consonants,
        tune.variant_similarity,
    )


def _as_written(word: str) -> str:
    """A name word as it is written (``_shaped_alike``'s plain reading)."""
    return word


def _shaped_alike(
    pool: TokenPool,
    term: str,
    norm: Callable[[str], str],
    min_letters: int,
    min_consonants: int,
    similarity: float,
) -> bool:
    """The pool holds a word of the term's consonant skeleton whose letters are as similar, both
    read through ``norm`` (as written, or without a glued article: ``article_stem``), when the term
    is long enough to compare: the test both partnered name readings share."""
    word = norm(term)
    shape = skeleton(word)
    if len(word) < min_letters or len(shape) < min_consonants:
        return False
    key = stem_skeleton if norm is article_stem else skeleton
    return any(
        len(norm(t)) >= min_letters and SequenceMatcher(None, word, norm(t)).ratio() >= similarity
        for t in pool.keyed(key).get(shape, ())
    )


def article_stem(word: str) -> str:
    """A transliterated Arabic name's word without the article written glued to its front, where
    the article's "l" is written as the sun letter it meets ("ezzor" -> "zor", "arrif" -> "rif");
    any other word unchanged. The article written apart ("ez-Zor", "al Zour") is a token of its own."""
    m = _GLUED_ARTICLE.match(word.lower())
    return word.lower()[m.end() - 1 :] if m else word.lower()


_GLUED_ARTICLE = re.compile(r"[aeiu]([tdrzsn])\1(?=[a-z]{2})")
"""A vowel and a doubled sun letter opening a word: the Arabic article assimilated ("Ez-zor" written "Ezzor")."""


def stem_skeleton(word: str) -> str:
    """The consonant skeleton (``skeleton``) of a name word without a glued article (``article_stem``)."""
    return skeleton(article_stem(word))


def article_variant(
    pool: TokenPool, term: str, partners: list[str], min_consonants: int, min_letters: int, similarity: float
) -> bool:
    """Pattern: a word of a longer Arabic name is written with its article glued, apart or not at
    all and with other vowels ("Deir Ezzor", "Deir ez-Zor", "Deir az-Zour", "Deir al-Zor"), so a
    word of three letters ("Zor"/"Zour") or one carrying the glued article ("Ezzor") is the pool's
    word of the same skeleton once the article is set aside (``article_stem``), with letters as
    similar, when the name's other word is in the pool: the pair is rarer than either. A name of
    one word has no partner to vouch for so short a skeleton."""
    if not partners or not all(pool.has(p) for p in partners):
        return False
    return _shaped_alike(pool, term, article_stem, min_letters, min_consonants, similarity)


_NUMBERED = re.compile(r"(?<=\s)([A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)*)\s+(\d+(?:\.\d+)?)\b(?!\s*%)")
"""A capitalised word inside the text, or capitalised words joined by hyphens, with a numeral
right after it ("Velmar 3", "Orbit 2.0", "Sky-Runner 2")."""


def numbered_names(text: str) -> list[str]:
    """The names of the text that carry a numeral as their last word ("the Velmar 3 console",
    "Orbit 2.0"): a model, edition or version, so "Velmar 2" is another thing. A month or a
    weekday before a number is a date ("March 16", "Friday 3"), and a year dates the word
    before it ("Harvest Week 2031"): neither is such a name."""
    from index.lexicon import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS

    return [
        f"{m.group(1)} {m.group(2)}"
        for m in _NUMBERED.finditer(text)
        if m.group(1).lower() not in MONTHS
        and m.group(1).lower() not in WEEKDAYS
        and m.group(1).lower() not in WEEKDAY_ABBREVIATIONS  # "Sat 13 Aug"
        and not _YEAR.fullmatch(m.group(2))
    ]


_YEAR = re.compile(r"1[89]\d\d|20\d\d")
"""A four-figure year of the last two centuries or this one."""


def writes_numbered(names: list[str], text: str) -> bool:
    """The text writes every numbered name with its numeral (any spacing, any case)."""
    return all(
        re.search(r"\b" + r"\s*".join(map(re.escape, name.split())) + r"(?![\d.]*\d)", text, re.I)
        for name in names
    )


def name_numeral(names: list[str], value: str, quote: str) -> bool:
    """The value's figure is a numbered name's numeral, which the quote writes only inside that
    name ("1.0" of "Orbit 1.0 has been downloaded 5m times"): it is part of the name, no count."""
    figure = re.match(r"\s*(\d+(?:\.\d+)?)\b", value)
    if figure is None:
        return False
    for name in names:
        numeral = name.split()[-1]
        if numeral != figure.group(1):
            continue
        alone = len(re.findall(rf"(?<![\d.]){re.escape(numeral)}(?![\d.]*\d)", quote))
        inside = len(re.findall(r"\s*".join(map(re.escape, name.split())) + r"(?![\d.]*\d)", quote, re.I))
        if alone and alone == inside:
            return True
    return False


@lru_cache(maxsize=4096)
def in_compound(text: str) -> frozenset[str]:
    """Tokens of the words of a two-word noun WordNet lists as one lemma ("french" and "fry" in
    "French fries are served", "north" and "american" in "the North American market"): the pair
    names one thing, so neither word alone names a country."""
    from bot.wordnet import base_forms, wordnet

    wn = wordnet()
    words = re.findall(r"[A-Za-z]+", text)
    out: set[str] = set()
    for first, second in itertools.pairwise(words):
        pairs = {f"{first.lower()}_{b}" for b in [second.lower(), *base_forms(second.lower())]}
        if any(wn.senses(p, "n") for p in pairs):
            out.update(tokens(f"{first} {second}"))
    return frozenset(out)


FORM_LETTERS = 4
"""Words of at least four letters where one begins the other are one name's forms ("Velmar"/"Velmari")."""


def name_form(word: str, other: str) -> bool:
    """Two lower-cased words are one name's forms: equal, or both of ``FORM_LETTERS`` or more with
    one beginning the other ("syria"/"syrian"); a name and its adjective need no lexicon."""
    return word == other or (
        len(word) >= FORM_LETTERS
        and len(other) >= FORM_LETTERS
        and (word.startswith(other) or other.startswith(word))
    )
