"""Whether one sentence states every content word of a claim, in its own words.

A claim is stated by a sentence that holds each of its content words (subject, predicate,
objects, modifiers) as the same word in any form or part of speech ("the strikes" / "struck"),
written as one word ("under way" / "underway"), a WordNet synonym ("stay" / "remain"), a word
WordNet files under it where that entails it ("bombers were used" states "aircraft were used";
under a negation the other way round: "no indication" states "no sign"), or, between a verb and
a verb or noun, a word the sentence model puts close ("were flown" / "a flight", "killed" /
"deaths"). Voice and word order do not matter, but a claim verb's subject and object must
hang near the sentence's word for that verb (``_misplaced``): a list of the right words in
other clauses states nothing. A verb with no subject of its own, joined by "and" or heading an -ing
clause, has the subject of the verb it hangs on ("X blocked the road and stopped Y", "X blocked the
road, stopping Y": ``shares_subject``). An adjective naming a part of a named place ("central Tarn") is
held as the name is where the context writes it with the name and the sentence names no other part
of that place (``name_qualifier``). A delexical verb ("got a warning", "played a part") is held where
the sentence hangs its stated object noun on a synonym of it or tells the noun as a verb (``bot.delexical``). Names are
held by the sentence or its context (``stated_words``'s ``context``); numbers, dates and
polarity are left to their own checks (``bot/stance.py``), which must also pass: a word of a
figure as written ("About 20", "nearly 600", "more than 40") is the figure's, whether or not
the tagger marks the figure as a number (``_figure_words``).

Adjectives match as the same word or a WordNet synonym in both words' commonest senses
("biggest"/"largest"), never by the sentence model, which puts antonyms close ("large"/"small");
a verb WordNet files as a way of being ("lies in") is stated by a copula with its preposition ("is in");
a verb of saying, thinking or finding out that introduces the claim's clause ("warned that", "analysts
reckon", "a survey found that") or says a predicate of its object ("called the plan reckless", "describes X as Y"), and
the one it tells ("told the crowd"), by any report or quote; a document speaking ("one report
says", "the report on the talks says") by any sentence, every article being a report;
adverbs as the same word or a WordNet synonym in both words' commonest senses ("apiece"/"each"). A verb is never stated by its WordNet antonym ("opened"/"closed"); a claim
word the sentence says the opposite of is ``Alignment.opposed`` (the stance refutes), never by a sentence word
that states another claim word (the claim's own clause: "released a week after police held her" / "police
held her"). Nouns do not match by the
sentence model either ("cars"/"trucks" are close): only by word, synonym or WordNet kind.

What no single word states, the sentence as a whole may (``phrase_matches``, asked only for a
sentence close to the claim): a run of unstated claim words joined in the parse ("keep a close
watch", "coming back") is stated when the sentence model puts the sentence closer to the claim
than to the claim without the run, and a phrase of the sentence's free words close to the run
with the stated word it hangs on ("closely monitor", "return"), and only where every other word
is stated word by word (a sentence leaving words out, or telling several runs otherwise, is not
read as a paraphrase). A sentence holding a WordNet
antonym or sibling kind of a run word ("closed" / "open", "cars" / "trucks") never states it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from bot.delexical import told_by_carrier
from bot.homeward import home_told
from bot.names import capital_country_forms, holds_a_form, place_forms
from bot.nlp import dependency_parse, first_conjunct, future_going, habitual_used, noun_held_clause
from bot.phrasal import phrasal_lemma, says_phrasal
from bot.predicates import said_predicate
from bot.text import TokenPool, close_enough, spells, tokens, word_stem
from bot.values import parse_quantities
from bot.wordnet import wordnet
from index.lexicon import (
    DENYING_KINDS,
    DURATION_IN_YEARS,
    LIGHT_VERBS,
    NEGATION_CUES,
    REPORTING_FORMS,
    REPORTING_VERBS,
)
from index.tuning import CheckTuning

LIGHT_LEMMAS = LIGHT_VERBS
"""``index.lexicon.LIGHT_VERBS``, named for the lemmas this module compares."""
FUNCTION_POS = frozenset(
    {"AUX", "DET", "PRON", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM", "SYM", "SPACE"}
)
"""Parts of speech that carry no content of their own."""
VALUE_ENTITIES = frozenset({"CARDINAL", "QUANTITY", "MONEY", "PERCENT", "ORDINAL", "DATE", "TIME"})
"""Numbers and dates: checked against the sentence's values, not word by word."""
NAME_MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod"})
"""How a parse attaches a name to the noun naming its kind ("Zeta-9 bombers", "the Arno river")."""
ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
"""A verb's subject and object: what the claim says the deed was done by or to."""
COPULA_DEPS = frozenset({"ROOT", "ccomp", "relcl", "advcl", "conj", "xcomp"})
"""Where a sentence's "is" carries its clause (not "is" as the auxiliary of "is held")."""
WORDNET_POS = {"NOUN": "n", "VERB": "v"}
MODEL_POS = frozenset({"NOUN", "VERB"})
WORDNET_LETTER = {"NOUN": "n", "VERB": "v", "ADJ": "a", "ADV": "r"}
"""WordNet's part-of-speech letter for each content part of speech."""
OPPOSABLE_POS = {"VERB": "v", "ADJ": "a", "ADV": "r"}
"""Parts of speech WordNet gives antonyms for, by its part-of-speech letter."""
GROUP_LABELS = frozenset({"NORP"})
"""A nationality or group: "Norlanders" names its people, not a kind the noun after it spells out
("Norland teenagers" are some of them)."""
"""Word pairs compared by the sentence model: verb with verb, or a verb with a noun."""


@dataclass(frozen=True)
class Alignment:
    """The claim's content words the sentence does not state, and the sentence words that
    state the others (what a negation must cover on both sides)."""

    unstated: tuple[str, ...]
    stated: tuple[str, ...]
    matched: tuple[str, ...]
    opposed: tuple[tuple[str, str], ...] = ()
    """Unstated claim words the sentence says the opposite of, with the sentence's word: a WordNet
    antonym of a verb, adjective or adverb ("rose"/"fell", "won"/"lost", "biggest"/"smallest")."""
    denial: str = ""
    """When every unstated word is a claim verb the sentence tells only inside a report it denies:
    the sentence's verb and noun that deny it ("dismissed reports"); else empty."""
    where: tuple[tuple[int, tuple[int, ...]], ...] = ()
    """Each stated claim token's index in the claim's parse with the sentence tokens stating it
    (none: a name in the context, an implied kind)."""
    phrased: tuple[str, ...] = ()
    """Stated claim words no sentence word states, told by the sentence as a whole (``phrase_matches``)."""

    @property
    def complete(self) -> bool:
        return bool(self.stated) and not self.unstated

    @property
    def opposite(self) -> bool:
        """Every word the sentence does not state it says the opposite of: it contradicts the claim."""
        return (
            bool(self.stated) and bool(self.unstated) and {c for c, _ in self.opposed} >= set(self.unstated)
        )


def stated_words(
    claim: str,
    text: str,
    context: TokenPool,
    similar: Callable[[str, str], bool],
    sense_rank: int,
    arc: int,
    context_text: str = "",
    phrasal_senses: int = CheckTuning.phrasal_senses,
    phrase_vectors: Callable[[list[str]], list[Any]] | None = None,
    phrase_gain_min: float = CheckTuning.phrase_gain_min,
    phrase_anchored_min: float = CheckTuning.phrase_anchored_min,
    phrase_runs: int = CheckTuning.phrase_runs,
) -> Alignment:
    """Align the claim's content words with the sentence's (see the module docstring).

    ``context`` holds the names the sentence may leave to its neighbours or its article's
    title ("the strikes on X" when the sentence says "the operation"); ``sense_rank`` is the
    last WordNet sense of a word that may be filed under another (rarer senses mislead);
    ``arc`` is how far apart a verb and its subject or object may be in the sentence's parse;
    ``context_text`` is the context as written, where an abbreviation's spelt-out name is sought;
    ``phrasal_senses`` how many WordNet senses of a verb with its particle are read (``bot.phrasal``);
    ``phrase_vectors`` (the sentence model's unit vectors of texts; None: words only) lets a run of
    claim words no word states be stated when the sentence tells what the run adds to the claim
    (``phrase_matches``: a ``gain`` of ``phrase_gain_min``) and a phrase of its free words is as
    close as ``phrase_anchored_min`` to the run with the stated word it hangs on, and only
    where that leaves no claim word unstated and at most ``phrase_runs`` runs were left.
    """
    claim_doc = dependency_parse(claim)
    sent_doc = dependency_parse(text, entities=False)
    negated_from = next((t.i for t in claim_doc if t.lower_ in NEGATION_CUES), len(claim_doc))
    denials: dict[int, str] = {}
    """Claim verb -> the sentence's verb and noun denying the report that alone states it."""
    held: dict[int, list[int]] = {}
    """Claim token -> the sentence tokens stating it (none: a name in the context, an implied kind)."""
    content = content_words(claim)
    # "the report on the Tarn talks says Y": the speaking document and what it is about, whose
    # names the stance still seeks in the sentence's article (``_document_speaker``)
    documents = {t.i for d in claim_doc if _document_speaker(d, sense_rank) for t in d.subtree}
    for tok in content:
        if tok.i in documents:
            held[tok.i] = []
            continue
        if name_qualifier(tok) and context_text and _written_with(tok, context_text):
            at = [s.i for s in sent_doc if set(_word_tokens(s.text)) & set(_word_tokens(tok.text))]
            if at or not _qualified_otherwise(tok, sent_doc):
                held[tok.i] = at  # "central Tarn": the part of a place its neighbours name with it
                continue
        if is_name(tok):
            at = [s.i for s in sent_doc if set(_word_tokens(s.text)) & set(_word_tokens(tok.text))]
            at = at or initials_at(tok.text, sent_doc)
            if not at and context_text and _initials_in(tok.text, context_text):
                held[tok.i] = []  # "PV" for the "Port Velmar" of its neighbours or title
                continue
            if at or all(context.has(w) for w in tokens(tok.text)):
                held[tok.i] = at
                continue
            other = named_otherwise(tok, sent_doc, context)
            if other is not None:  # "Chile" for the sentence's "Republic of Chile"
                held[tok.i] = other
            continue
        at = _match(tok, claim_doc, sent_doc, tok.i > negated_from, similar, sense_rank, phrasal_senses)
        at = at or home_told(tok, sent_doc)  # "flew them home" / "brought them to Santiago"
        if not at and _scene_count(tok) and all(context.has(w) for w in tokens(tok.text)):
            held[tok.i] = []  # "the attack on two villages": the scene its neighbours set
            continue
        if (
            not at
            and _reports_clause(tok, sense_rank)
            and (_reported(text, sent_doc, context) or _told_by_document(tok))
        ):
            held[tok.i] = []  # "X warned that Y" / "'Y,' X said": the saying is the report itself
            continue
        if not at and _listener(tok, sense_rank) and _reported(text, sent_doc, context):
            held[tok.i] = []  # "X told the crowd Y" / "'Y,' X said": who heard it is not what was said
            continue
        if tok.pos_ == "VERB" and not _told_as_content(tok, marked=False):
            denied = [d for i in at if (d := _denied_content(sent_doc[i]))]
            at = [i for i in at if not _told_as_content(sent_doc[i])]
            if not at and denied:  # stated only inside a report the sentence denies
                denials[tok.i] = denied[0]
        if at:
            held[tok.i] = at
    for tok in content:  # "broke apart": the particle goes with its verb, stated or not
        if tok.i not in held and tok.head.i in held and _particle_of(tok, tok.head):
            held[tok.i] = held[tok.head.i]
    for tok in content:  # "got a warning" / "was warned": a delexical verb told by its noun
        if tok.i not in held and (carrier := told_by_carrier(tok, held, sent_doc)):
            held[tok.i] = carrier
    phrased: list[int] = []
    if phrase_vectors is not None:  # what no word states, the sentence may tell in other words
        matches = phrase_matches(content, sent_doc, held, phrase_vectors, sense_rank)
        for match in matches if len(matches) <= phrase_runs else []:
            if match.gain >= phrase_gain_min and match.anchored >= phrase_anchored_min:
                held.update((i, []) for i in match.words)
                phrased.extend(match.words)
    implied = True
    while implied:  # "bombers" implied by a name, then "aircraft" by "bombers"
        found = [t for t in content if t.i not in held and _implied(t, held, content, sent_doc, sense_rank)]
        held.update((t.i, []) for t in found)
        implied = bool(found)
    for tok in content:
        if tok.i in held and _misplaced(tok, held, sent_doc, arc):
            del held[tok.i]
    if phrased and any(t.i not in held for t in content):
        for i in phrased:  # told in other words only where that completes the claim
            held.pop(i, None)
    unstated = tuple(t.text for t in content if t.i not in held)
    stated = tuple(t.text for t in content if t.i in held)
    matched = tuple(dict.fromkeys(sent_doc[i].text.lower() for at in held.values() for i in at))
    left = [t.i for t in content if t.i not in held]
    denial = next(iter(denials.values())) if left and all(i in denials for i in left) else ""
    stating = {i for at in held.values() for i in at}  # a word stating a claim word opposes none
    opposed = tuple(
        (t.text, word)
        for t in content
        if t.i not in held and (word := _opposite(t, sent_doc, sense_rank, stating))
    )
    where = tuple((i, tuple(at)) for i, at in held.items())
    told = tuple(t.text for t in content if t.i in phrased and t.i in held)
    return Alignment(unstated, stated, matched, opposed, denial, where, told)


def _scene_count(tok: Any) -> bool:
    """A counted noun inside a prepositional phrase ("an attack on two villages"): the scene of
    the claim's deed, which a report sets once and its later sentences leave out, like a name."""
    return tok.pos_ == "NOUN" and tok.dep_ == "pobj" and any(c.dep_ == "nummod" for c in tok.children)


def _misplaced(tok: Any, held: dict[int, list[int]], sent_doc: Any, arc: int) -> bool:
    """A subject or object of a claim verb that the sentence writes away from that verb: more
    than ``arc`` content words apart in the sentence's parse (conjuncts counted as one), or with
    another verb between ("a bomber struck the wedding of the groom, killing 32" does not say the
    groom was killed), unless a noun says the claim's verb ("a flight brought the tourists")."""
    if tok.dep_ not in ARGUMENTS or tok.head.i not in held or tok.head.pos_ != "VERB":
        return False
    verb_at, here = held[tok.head.i], held[tok.i]
    if not verb_at or not here:
        return False  # a name left to the context, a kind a name implies: no place to compare
    return not any(
        near(sent_doc[a], sent_doc[b], arc) or shares_subject(sent_doc[a], sent_doc[b], tok.dep_, arc)
        for a in here
        for b in verb_at
    )


def shares_subject(word: Any, verb: Any, role: str, arc: int) -> bool:
    """The sentence's ``word`` is the subject of ``verb`` by way of the verb it hangs on: a verb
    with no subject of its own joined to another by "and" ("X blocked the road and stopped Y") or
    heading an -ing clause ("X blocked the road, stopping Y") has that verb's subject, so the claim's
    subject (``role``, its relation to the claim's verb) is stated by a word within ``arc`` content
    words of that subject's verb. The voice must agree: an -ing clause carries only an active subject
    (in "Y was blocked, stopping Z" Y did not stop Z), a joined verb its own ("X was held and charged",
    "X fled and was caught"); never the other verb's object ("police met X, stopping Y")."""
    if role not in ("nsubj", "nsubjpass"):
        return False
    voice, clause = _voice(verb), False
    while not any(c.dep_ in SUBJECTS for c in verb.children):
        joined = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")
        ing = verb.dep_ == "advcl" and verb.tag_ == "VBG" and voice != "nsubjpass"
        if not (joined or ing):
            return False
        clause = clause or ing
        verb = verb.head
        subject = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subject:
            voice = voice or subject[0].dep_  # a joined verb with no auxiliary has its partner's voice
            if clause and subject[0].dep_ != "nsubj":
                return False
            return voice == role and any(word in s.subtree for s in subject) and near(word, verb, arc)
        voice = voice or _voice(verb)
    return False


def _voice(verb: Any) -> str:
    """A verb's voice by its own auxiliaries ("was caught" passive, "has fled" active); empty when it
    has none and takes the voice of the verb it is joined to."""
    deps = {c.dep_ for c in verb.children}
    if "auxpass" in deps:
        return "nsubjpass"
    return "nsubj" if "aux" in deps or verb.tag_ in ("VBG", "VBD", "VBZ", "VBP") else ""


def near(word: Any, verb: Any, arc: int) -> bool:
    """The word hangs within ``arc`` content words of the verb in the parse, no other verb between."""
    up_w, up_v = [word, *word.ancestors], [verb, *verb.ancestors]
    common = next((t for t in up_w if t in up_v), None)
    if common is None:
        return False
    between = [*up_w[1 : up_w.index(common)], *up_v[1 : up_v.index(common)]]
    between += [common] if common not in (word, verb) else []
    if verb.pos_ == "VERB" and any(t.pos_ == "VERB" for t in between):
        return False
    steps = [t for t in between if t.pos_ not in FUNCTION_POS and not _coordinated(t, word)]
    return len(steps) + 1 <= arc


def _coordinated(t: Any, word: Any) -> bool:
    """ "the bride and groom": a conjunct stands in its first conjunct's place."""
    return word.dep_ == "conj" and t in word.ancestors and t.pos_ == word.pos_


def _told_as_content(tok: Any, marked: bool = True) -> bool:
    """The word sits in a clause told as what a noun holds ("speculation that he would stand",
    "fears that the bridge would close"): the sentence does not assert it. A claim that itself
    hangs its verb on a noun ("no sign of miners hurt") is read with ``marked=False``: any clause
    on a noun, "that" or not, may be what the sentence tells as a noun's content."""
    return any(
        (t.dep_ == "acl" or (not marked and t.dep_ == "relcl"))  # "no sign civilians died": parsed relcl
        and t.head.pos_ in {"NOUN", "PROPN"}
        and (not marked or any(c.dep_ == "mark" for c in t.children))
        for t in (tok, *tok.ancestors)
    )


def _opposite(tok: Any, sent_doc: Any, sense_rank: int, stating: Collection[int] = ()) -> str:
    """The sentence's word of the same part of speech that WordNet opposes to the claim word in
    either one's commonest senses (up to ``sense_rank``): "fell" for "rose", "lost" for "won",
    "smallest" for "biggest"; "" when none. A sentence word that states another word of the claim
    (positions ``stating``) tells that word, not the opposite of this one: "Ilse Varn was released a
    week after police held her" is not turned round by "police held Ilse Varn"."""
    pos = OPPOSABLE_POS.get(tok.pos_)
    if pos is None:
        return ""
    wn, lemma = wordnet(), tok.lemma_.lower()
    opposites = wn.antonyms(lemma, pos, sense_rank)
    for s in sent_doc:
        other = s.lemma_.lower()
        if (
            s.i not in stating
            and OPPOSABLE_POS.get(s.pos_) == pos
            and (other in opposites or lemma in wn.antonyms(other, pos, sense_rank))
        ):
            return s.text
    return ""


def _denied_content(tok: Any) -> str:
    """A word in a clause told as what a noun holds, where a verb of denying (``DENYING_KINDS``)
    takes that noun as its object ("dismissed reports that the bridge would close", "claims that
    it sold the pier were rejected"): the sentence says it is not so. The verb and noun; else ""."""
    clause = noun_held_clause(tok)
    if clause is None:
        return ""
    noun, verb = clause.head, clause.head.head
    if noun.dep_ in {"dobj", "obj", "nsubjpass"} and verb.pos_ == "VERB" and denies_deed(verb):
        return f"{verb.text} {noun.text}"
    return ""


def denies_deed(verb: Any) -> bool:
    """The verb is filed in WordNet under denying, rejecting, refuting or voiding in its commonest
    sense, or is a synonym of one of those kinds: a rarer sense does not make a verb a denial
    ("kill" is filed under rejecting only as "vote down"; "killing eight" tells deaths)."""
    wn, lemma = wordnet(), verb.lemma_.lower()
    return any(
        lemma == kind or lemma in wn.synonyms(kind, "v") or wn.kind_rank(lemma, kind, "v") == 0
        for kind in DENYING_KINDS
    )


def _figure_words(claim: str, claim_doc: Any) -> set[int]:
    """The claim's tokens inside a figure as written, with its bound or approximation ("About 20
    of the sailors", "some 40"): the figure's words, compared by the value checks, not content
    a sentence must state (the tagger may miss "About 20" as a number at a sentence's start)."""
    quantities = parse_quantities(claim)
    spans = [(q.start, q.end) for q in quantities]
    inside = {t.i for t in claim_doc if any(start <= t.idx < end for start, end in spans)}
    return inside | _span_units(claim_doc, quantities)


def _span_units(claim_doc: Any, quantities: list[Any]) -> set[int]:
    """Pattern: the unit of a span of time a figure gives ("half a century", "three decades") is
    the figure's, whose length the value checks compare in years (``DURATION_IN_YEARS``): "five
    decades" states "half a century" though neither word is the other's."""
    ends = {q.end for q in quantities if q.unit in DURATION_IN_YEARS}
    return {
        t.i
        for t in claim_doc
        if t.i > 0
        and claim_doc[t.i - 1].idx + len(claim_doc[t.i - 1].text) in ends
        and t.lemma_.lower() in DURATION_IN_YEARS
    }


def _content(tok: Any) -> bool:
    if tok.ent_type_ in VALUE_ENTITIES or tok.like_num:
        return False
    if is_name(tok):
        return bool(tokens(tok.text))  # "Zeta-9", whatever part of speech the parser gives it
    if tok.pos_ in FUNCTION_POS or tok.lemma_.lower() in LIGHT_LEMMAS or tok.lower_ in NEGATION_CUES:
        return False
    if future_going(tok):
        return False  # "is going to stand" says "will stand"
    if habitual_used(tok):
        return False  # "used to run" says "ran", as a habit
    if perceives_evidence(tok):
        return False  # "found no sign that" says "there is no sign that"
    if tok.pos_ == "VERB" and tok.dep_ == "prep":
        return False  # "according to X": a preposition spelt as a verb
    if stopword_verb(tok):
        return True
    return bool(tokens(tok.text))


PERCEIVING = "perceive"
"""The kind of verb that only finds what its object says is there ("saw", "found", "detected")."""
EVIDENCE = "indication"
"""The kind of noun that says what is or is not so ("sign", "evidence", "trace", "proof")."""


def perceives_evidence(tok: Any, sense_rank: int = CheckTuning.stated_sense_rank) -> bool:
    """Pattern: a verb of perceiving or finding whose object is a sign or evidence ("inspectors
    found no evidence of fraud", "the club has seen signs of progress") says only that the sign is
    there or not: the noun and its clause carry the claim, and a sentence saying "there is no
    evidence of fraud" states it. Both read in their commonest senses (up to ``sense_rank``)."""
    if tok.pos_ != "VERB":
        return False
    wn = wordnet()
    if not wn.is_kind(tok.lemma_.lower(), PERCEIVING, sense_rank, "v"):
        return False
    for child in tok.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ == "NOUN":
            found = wn.kind_rank(child.lemma_.lower(), EVIDENCE, "n")
            if found is not None and found <= sense_rank:
                return True
    return False


def stopword_verb(tok: Any) -> bool:
    """A verb the lexical stopwords drop for its other use ("they own shares" / "their own"):
    content all the same, unless it carries no content (a light verb) or only reports speech."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "VERB"
        and tok.dep_ != "prep"  # "according to X": a preposition spelt as a verb
        and lemma.isalpha()
        and not tokens(tok.text)
        and lemma not in LIGHT_LEMMAS
        and lemma not in REPORTING_VERBS
    )


@functools.lru_cache(maxsize=50_000)
def _word_tokens(word: str) -> tuple[str, ...]:
    """``tokens`` of one parsed word, made once: each claim word is read against each of them."""
    return tuple(tokens(word))


def name_qualifier(tok: Any) -> bool:
    """An adjective on a name ("central Tarn", "eastern Velm"): which part of the named place."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and is_name(tok.head)


def _qualified_otherwise(tok: Any, sent_doc: Any) -> bool:
    """The sentence writes the adjective's name with an adjective of its own ("southern Tarn")."""
    name = set(_word_tokens(tok.head.text))
    return any(
        c.dep_ == "amod" and c.pos_ == "ADJ"
        for s in sent_doc
        if set(_word_tokens(s.text)) & name
        for c in s.children
    )


def _written_with(tok: Any, text: str) -> bool:
    """The text writes the adjective right before its name's word ("central Tarn")."""
    return f"{tok.text.lower()} {tok.head.text.lower()}" in " ".join(tokens(text))


def is_name(tok: Any) -> bool:
    """A name of a place, person, group or the like: stated by the sentence or its context."""
    return tok.pos_ == "PROPN" or (bool(tok.ent_type_) and tok.ent_type_ not in VALUE_ENTITIES)


def _match(
    tok: Any,
    doc: Any,
    sent_doc: Any,
    downward: bool,
    similar: Callable[[str, str], bool],
    sense_rank: int,
    phrasal_senses: int = CheckTuning.phrasal_senses,
) -> list[int]:
    """The sentence tokens stating the claim word (see the module docstring)."""
    text, lemma = tok.text.lower(), tok.lemma_.lower()
    stem = word_stem(text)
    pair = [doc[tok.i - 1 : tok.i + 1] if tok.i > 0 else None, doc[tok.i : tok.i + 2]]
    joined = {p.text.lower().replace(" ", "") for p in pair if p is not None and len(p) == 2}
    pos = WORDNET_POS.get(tok.pos_)
    found = []
    placed = {c.lower_ for c in tok.children if c.dep_ == "prep"} if tok.pos_ == "VERB" else set()
    being = bool(placed) and _a_way_of_being(lemma, sense_rank)
    multi = phrasal_lemma(tok) if tok.pos_ == "VERB" else ""
    preventing = kept_from(tok)
    for s in sent_doc:
        if being and s.lemma_.lower() == "be" and s.dep_ in COPULA_DEPS and _placed_as(s, placed):
            found.append(s.i)  # "Velmar lies in the valley" / "Velmar is in the valley"
            continue
        if tok.pos_ == "ADV" and s.pos_ in ADVERB_POS and _same_adverb(lemma, s.lower_, sense_rank):
            found.append(s.i)  # "priced at 9 cents apiece" / "9 cents each"
            continue
        words = _word_tokens(s.text) or ((s.lemma_.lower(),) if stopword_verb(s) else ())
        if not words or (tok.pos_ == "ADJ" and s.pos_ == "ADV"):
            continue  # an adjective is not stated by an adverb of its stem ("large" / "largely")
        s_lemma = s.lemma_.lower()
        if (
            any(close_enough(stem, w) for w in words)
            or s_lemma == lemma  # "the strikes" / "struck"
            or s.text.lower().replace("-", "") in joined  # "under way" / "underway"
            or _split_as(text, s)  # "war planes" / "warplanes"
            or (
                pos and WORDNET_POS.get(s.pos_) == pos and _entails(lemma, s_lemma, pos, downward, sense_rank)
            )
            or (tok.pos_ == s.pos_ == "ADJ" and _same_adjective(lemma, s_lemma, sense_rank))
            or (s.pos_ == "VERB" and _gerund_entails(tok, s_lemma, downward, sense_rank))
            or linked(lemma, tok.pos_, s_lemma, s.pos_, sense_rank)
            or made_from_kin(lemma, tok.pos_, s_lemma, s.pos_, downward, sense_rank)
            or phrasal_told(multi or lemma, tok.pos_, s, downward, phrasal_senses)
            or (preventing and s.pos_ == "VERB" and (kept_from(s) or prevents(s_lemma, sense_rank)))
        ):
            found.append(s.i)
    if found or tok.pos_ not in MODEL_POS:
        return found
    opposites = wordnet().antonyms(lemma, "v", sense_rank) if tok.pos_ == "VERB" else frozenset()
    return [
        s.i
        for s in sent_doc
        if s.pos_ in MODEL_POS
        and "VERB" in (tok.pos_, s.pos_)
        and _word_tokens(s.text)
        and s.lemma_.lower() not in opposites  # the model puts "opened" close to "closed"
        and similar(text, s.text.lower())
    ]


PREVENTING = "prevent"
"""The deed a verb with "from" and a gerund tells ("kept the river from flooding")."""


def kept_from(tok: Any) -> bool:
    """Pattern: a verb taking "from" and a gerund ("kept the river from flooding", "stop the firm
    from closing") tells, whatever its commonest sense, its sense of preventing, where WordNet
    has one: any verb WordNet files as preventing states it ("averted the flood")."""
    if tok.pos_ != "VERB" or not any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in tok.children
    ):
        return False
    return wordnet().kind_rank(tok.lemma_.lower(), PREVENTING, "v") is not None


def prevents(lemma: str, sense_rank: int) -> bool:
    """The verb is "prevent" or, in its commonest senses (up to ``sense_rank``), a kind of it."""
    return lemma == PREVENTING or wordnet().is_kind(lemma, PREVENTING, sense_rank, "v")


@functools.lru_cache(maxsize=100_000)
def linked(claim_lemma: str, claim_pos: str, lemma: str, pos: str, sense_rank: int) -> bool:
    """WordNet links one word's commonest senses (up to ``sense_rank``) to the other's: a verb
    and the noun derived from it ("flown" / "a flight", "coordinated" / "coordination"), or a
    deed and the change it causes or entails ("were killed" / "died"), told either way."""
    wn = wordnet()
    if {claim_pos, pos} == {"NOUN", "VERB"}:
        a, b = (claim_lemma, lemma) if claim_pos == "NOUN" else (lemma, claim_lemma)
        nouns, verbs = wn.senses(a, "n")[: sense_rank + 1], wn.senses(b, "v")[: sense_rank + 1]
        return any(v in wn.derived(n) for n in nouns for v in verbs) or any(
            n in wn.derived(v) for n in nouns for v in verbs
        )
    if claim_pos == pos == "VERB" and claim_lemma != lemma:
        one, other = wn.senses(claim_lemma, "v")[: sense_rank + 1], wn.senses(lemma, "v")[: sense_rank + 1]
        return any(o in wn.outcomes(c) for c in one for o in other) or any(
            c in wn.outcomes(o) for c in one for o in other
        )
    return False


def phrasal_told(lemma: str, pos: str, s: Any, downward: bool, senses: int) -> bool:
    """A verb with its particle on either side, read as WordNet's multiword verb (``bot.phrasal``,
    its first ``senses``), states or is stated by the other side's plain verb, or the noun made
    from it or a synonym or kind of it: "stepped down" / "resigned" / "her resignation", "set up"
    / "established", "pulled out" / "the withdrawal"; the sentence's "took over" states "seized"."""
    theirs = phrasal_lemma(s) if s.pos_ == "VERB" else ""
    if "_" not in lemma and not theirs:
        return False
    s_lemma = s.lemma_.lower()
    if pos == "VERB" and s.pos_ == "VERB":
        return says_phrasal(lemma, {s_lemma}, senses) or (
            bool(theirs) and says_phrasal(theirs, {lemma}, senses)
        )
    if pos == "VERB" and "_" in lemma:
        return linked(lemma, pos, s_lemma, s.pos_, senses - 1) or made_from_kin(
            lemma, pos, s_lemma, s.pos_, downward, senses - 1
        )
    if pos == "NOUN" and theirs:
        return linked(lemma, pos, theirs, "VERB", senses - 1) or made_from_kin(
            lemma, pos, theirs, "VERB", downward, senses - 1
        )
    return False


def _particle_of(tok: Any, verb: Any) -> bool:
    """The word is the particle of its verb's WordNet multiword verb ("apart" in "broke apart")."""
    multi = phrasal_lemma(verb)
    return bool(multi) and multi.endswith("_" + tok.lower_)


@functools.lru_cache(maxsize=100_000)
def made_from_kin(
    claim_lemma: str, claim_pos: str, lemma: str, pos: str, downward: bool, sense_rank: int
) -> bool:
    """A deed told by a verb on one side and a noun on the other where WordNet makes the noun, in
    its commonest senses (up to ``sense_rank``), from a synonym of the verb's commonest senses, or
    from a kind of them or they from a kind of it (the sentence's word the narrower; under a
    negation the claim's): "profits were cut" / "a reduction in profits" (reduce, a sense of
    cut), "Velmar broke apart" / "the fragmentation of Velmar" (fragment, a sense of break up),
    "the port was attacked" / "the bombing of the port" (bomb, a kind of attack). The verb's
    rarer senses ("take" a film, a course) and its opposites ("rose" / "a fall") make no link."""
    if {claim_pos, pos} != {"NOUN", "VERB"}:
        return False
    noun, verb = (claim_lemma, lemma) if claim_pos == "NOUN" else (lemma, claim_lemma)
    wn = wordnet()
    meanings = set(wn.senses(verb, "v")[: sense_rank + 1])
    words = {w for m in meanings for w in wn.synsets[m].lemmas} - {verb}
    narrower_noun = (pos == "NOUN") != downward
    for sense in wn.senses(noun, "n")[: sense_rank + 1]:
        for made in wn.derived(sense):
            if made not in wn.synsets or not made.startswith("v"):
                continue
            if words & set(wn.synsets[made].lemmas):
                return True
            if narrower_noun and meanings & (wn.ancestors(made) - {made}):
                return True
            if not narrower_noun and any(made in wn.ancestors(m) - {m} for m in meanings):
                return True
    return False


def initials_at(word: str, doc: Any) -> list[int]:
    """The tokens of a name in ``doc`` whose capitals spell ``word``, an abbreviation of two to
    five capitals ("PV" / "Port Velmar", "OWRA" / "Ostrin Water Relief Agency"),
    its small linking words skipped ("of", "for", "and"); none when no run of names spells it."""
    letters = _abbreviation(word)
    if not letters:
        return []
    words = [t for t in doc if not t.is_punct]
    for start, first in enumerate(words):
        if not first.text[:1].isupper() or first.text[:1] != letters[0]:
            continue
        run: list[int] = []
        at = start
        while at < len(words) and len(run) < len(letters):
            t = words[at]
            if t.text[:1].isupper() and t.text[:1] == letters[len(run)]:
                run.append(t.i)
            elif not (run and t.is_stop and t.text.islower()):
                break
            at += 1
        if len(run) == len(letters):
            return run
    return []


def named_otherwise(tok: Any, sent_doc: Any, context: TokenPool) -> list[int] | None:
    """Pattern: a country's name is stated by another name WordNet gives that country ("Chile" /
    "the Republic of Chile", an adjective for its country's name: "Chilean", ``bot.names.place_forms``),
    and a national capital acting for its government by its country's name (``acts_as_government``).
    The sentence tokens writing the other name; [] when only the context holds it; None when
    neither does. ``tok`` is read with the names next to it (a two-word country name)."""
    run = [tok]
    while run[0].i > 0 and is_name(run[0].doc[run[0].i - 1]):
        run.insert(0, run[0].doc[run[0].i - 1])
    while run[-1].i + 1 < len(run[-1].doc) and is_name(run[-1].doc[run[-1].i + 1]):
        run.append(run[-1].doc[run[-1].i + 1])
    name = " ".join(t.text for t in run)
    forms = list(place_forms(name))
    if acts_as_government(run[-1]):  # "Santiago warned" is "Chile warned"
        forms += [f for f in capital_country_forms(name) if f not in forms]
    own = set(tokens(name))
    forms = [f for f in forms if not set(f) <= own]  # another name, not the claim's own words
    sentence = TokenPool(tokens(sent_doc.text))
    written = next((f for f in forms if holds_a_form(sentence, [f])), None)
    if written is not None:
        return [s.i for s in sent_doc if set(_word_tokens(s.text)) & set(written)]
    return [] if holds_a_form(context, forms) else None


ACTOR_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
"""Where a name acts or holds ("Santiago said", "Santiago's backing"), not where something is ("in Santiago")."""


def acts_as_government(tok: Any) -> bool:
    """Pattern: a national capital that does, says or owns something stands for its country's
    government ("Santiago warned", "Santiago's backing", "backed by Santiago"), so the country's name states
    it, as does one a report is credited to ("according to Santiago"); a capital as a place ("talks
    in Santiago", "flights from Santiago") is the city only."""
    tok = first_conjunct(tok)  # "Santiago and Quito warned": each conjunct in the first one's role
    if tok.dep_ in ACTOR_DEPS:
        return True
    if tok.dep_ != "pobj":
        return False
    by = tok.head.lower_ == "by" and tok.head.dep_ == "agent"
    return by or (tok.head.lower_ == "to" and tok.head.head.lower_ == "according")


def _split_as(word: str, tok: Any) -> bool:
    """A closed compound written as two words ("airstrikes" / "air strikes", ``bot.text.spells``):
    the sentence word and the next one spell the claim word."""
    return tok.i + 1 < len(tok.doc) and spells(tok.text, tok.nbor().text, word)


def _abbreviation(word: str) -> str:
    """The word's capitals when it is an abbreviation of two to five of them ("P.V." -> "PV"), else ""."""
    letters = word.replace(".", "")
    return letters if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() else ""


def _initials_in(word: str, text: str) -> bool:
    """``initials_at`` in a text parsed only when the word looks like an abbreviation."""
    return bool(_abbreviation(word)) and bool(initials_at(word, dependency_parse(text, entities=False)))


def _gerund_entails(tok: Any, s_lemma: str, downward: bool, sense_rank: int) -> bool:
    """A claim word in "-ing" the tagger took for a noun ("groups backing X") read as the verb it
    is: stated by a verb WordNet puts with it ("support")."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return False
    bases = wordnet().lemmas(tok.lower_, "v")[1:]
    return any(_entails(b, s_lemma, "v", downward, sense_rank) for b in bases if wordnet().senses(b, "v"))


def _reports_clause(tok: Any, sense_rank: int) -> bool:
    """A verb of saying, of thinking (``_opines``) or of finding out (``_finds``) that introduces
    the claim's content as a clause ("warned [that] any ship ... would be turned back", "analysts reckon it could"),
    or says a predicate of its object ("called the plans inadequate", ``said_predicate``): how it
    was said is no part of what is checked."""
    lemma = tok.lemma_.lower()
    clauses = {c.dep_ for c in tok.children}
    if (
        tok.pos_ == "VERB"
        and (lemma in REPORTING_VERBS or _opines(lemma, sense_rank))
        and clauses & {"ccomp", "xcomp"}
    ):
        return True
    if tok.pos_ == "VERB" and _finds(lemma, sense_rank) and "ccomp" in clauses:
        return True  # "a poll found that X"; "found him guilty" (no clause) says a predicate, read below
    return said_predicate(tok) is not None  # "called the plans inadequate": "the plans are inadequate"


def _listener(tok: Any, sense_rank: int) -> bool:
    """The one told, a common noun, by a verb of saying that introduces the claim's clause ("told
    reporters [that] Y", "told lawmakers Y"): the audience frames the report as the saying does,
    so any report of Y states it (a named listener is still a name the stance checks)."""
    return (
        tok.dep_ in {"dative", "dobj"}
        and tok.pos_ == "NOUN"
        and _reports_clause(tok.head, sense_rank)
        and said_predicate(tok.head) is None  # "called the plan reckless": the plan is what is told of
    )


def _document_speaker(tok: Any, sense_rank: int) -> bool:
    """Pattern: a common noun naming a message or document in its commonest sense ("a report",
    "one article", "the statement"; WordNet's ``noun.communication``) as the speaker of a verb of
    saying that introduces the claim's clause ("one report says Y"): every article is such a
    report, so any sentence stating Y states the speaker and what it is about ("the report on the
    Tarn talks"): the stance still seeks their names in the sentence's article."""
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and _reports_clause(tok.head, sense_rank)
        and wordnet().commonest_file(tok.lemma_.lower(), "n") == DOCUMENT_FILE
    )


def _told_by_document(verb: Any) -> bool:
    """The verb's speaker is a document ("one report says"): told by any article, reported or not."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.pos_ == "NOUN"
        and wordnet().commonest_file(c.lemma_.lower(), "n") == DOCUMENT_FILE
        for c in verb.children
    )


DOCUMENT_FILE = "noun.communication"
"""WordNet's file of messages and documents (report, article, statement, bulletin)."""


def _opines(lemma: str, sense_rank: int) -> bool:
    """A verb whose commonest senses (up to ``sense_rank``) are thinking or believing ("reckon",
    "suppose", "believe"): a hedge on the claim's clause, stated by any report of it ("analysts
    reckon X could" / "analysts said X could"); "doubt" or "deny" are not such senses."""
    return bool(OPINION_KINDS & wordnet().synonyms(lemma, "v", sense_rank))


def _finds(lemma: str, sense_rank: int) -> bool:
    """Pattern: a verb whose commonest senses (up to ``sense_rank``) are finding out ("a survey
    found that X", "the audit discovered that X") reports what a study or inquiry concluded: like a
    verb of saying, it frames the claim's clause, stated by any report of it ("X, a survey says",
    "according to a survey, X")."""
    return bool(FINDING_KINDS & wordnet().synonyms(lemma, "v", sense_rank))


def _reported(text: str, sent_doc: Any, context: TokenPool) -> bool:
    """The sentence reports what someone said: a verb of saying in it or its context, or a quote."""
    return (
        any(t.lemma_.lower() in REPORTING_VERBS for t in sent_doc)
        or any(q in text for q in QUOTE_MARKS)
        or any(context.has(w) for form in REPORTING_FORMS for w in tokens(form))
    )


FINDING_KINDS = frozenset({"find", "discover"})
"""Verbs of finding out, which report a study's result when they take a clause ("the poll found that")."""
OPINION_KINDS = frozenset({"think", "believe"})
"""Verbs of holding an opinion, whose synonyms hedge a report ("reckon", "suppose")."""
QUOTE_MARKS = ('"', "\u201c", "\u201d")
"""Quotation marks: a quoted sentence is what its speaker said."""


def _placed_as(copula: Any, prepositions: set[str]) -> bool:
    """The copula places its subject with one of the claim verb's prepositions ("is in")."""
    return any(c.dep_ == "prep" and c.lower_ in prepositions for c in copula.children)


def _a_way_of_being(lemma: str, sense_rank: int) -> bool:
    """A verb WordNet files, in one of its commonest senses (up to ``sense_rank``), as a way of
    being ("lie", "stand", "sit"): a copula with the verb's preposition says it ("Velmar lies in
    the valley" / "Velmar is in the valley"; not "will stand against X" / "is due to")."""
    return wordnet().is_kind(lemma, "be", sense_rank, "v")


ADVERB_POS = frozenset({"ADV", "PRON", "DET"})
"""How the tagger may write an adverb: "each" after a price ("9 cents each") is tagged a pronoun."""


def _same_adverb(a: str, b: str, sense_rank: int) -> bool:
    """Pattern: an adverb is stated by a word whose commonest WordNet senses (up to ``sense_rank``)
    hold the adverb's own commonest sense ("apiece" / "each", "nearly" / "almost"); not by one
    sharing only a rarer sense ("still", in time, is not "however"); a word with no adverb sense
    states none."""
    if a == b:
        return False  # the same word is matched as written
    wn = wordnet()
    return bool(set(wn.senses(a, "r")[:1]) & set(wn.senses(b, "r")[: sense_rank + 1]))


def _same_adjective(a: str, b: str, sense_rank: int) -> bool:
    """Two adjectives sharing a WordNet meaning among both one's commonest senses (up to
    ``sense_rank``): "biggest" / "largest", not "big" / "bad" (a rare sense of each)."""
    wn = wordnet()
    return bool(set(wn.senses(a, "a")[: sense_rank + 1]) & set(wn.senses(b, "a")[: sense_rank + 1]))


@functools.lru_cache(maxsize=100_000)
def _entails(claim_lemma: str, lemma: str, pos: str, downward: bool, sense_rank: int) -> bool:
    """The sentence's word says the claim's: a synonym, or a kind of it ("bombers" for
    "aircraft"), under a negation the other way round ("no indication" for "no sign")."""
    wn = wordnet()
    if lemma in wn.synonyms(claim_lemma, pos):
        return True
    specific, general = (claim_lemma, lemma) if downward else (lemma, claim_lemma)
    return wn.is_kind(specific, general, sense_rank, pos)


def _implied(
    tok: Any, held: dict[int, list[int]], content: list[Any], sent_doc: Any, sense_rank: int
) -> bool:
    """A claim noun its other stated words already say: the kind a name is given ("Zeta-9
    bombers" when the sentence counts "Zeta-9s"; not a nationality's or group's people: "Norlanders"
    are not all "Norland teenagers"), or a kind WordNet files another stated
    claim noun under ("bombers were among the aircraft")."""
    if tok.pos_ != "NOUN":
        return False
    names = [
        c
        for c in tok.children
        if c.dep_ in NAME_MODIFIERS and is_name(c) and c.i in held and c.ent_type_ not in GROUP_LABELS
    ]
    if names and all(_stands_alone(n, sent_doc) for n in names):
        return True
    wn = wordnet()
    lemma = tok.lemma_.lower()
    for other in content:
        if other.i == tok.i or other.pos_ != "NOUN" or other.i not in held:
            continue
        if wn.is_kind(other.lemma_.lower(), lemma, sense_rank):
            return True
    return False


def _stands_alone(name: Any, sent_doc: Any) -> bool:
    """The sentence writes the name in the plural as a noun phrase's head ("Zeta-9s"): a name
    counted like a noun names things of its kind, which the claim's noun spells out ("Zeta-9
    bombers"); "US custody" is not a kind of US, and "the US" alone counts nothing."""
    plural = name.text.lower() + "s"
    return any(t.text.lower() == plural and t.dep_ != "compound" for t in sent_doc)


@dataclass(frozen=True)
class PhraseMatch:
    """A run of claim words no single word states, and the sentence's free words closest to it."""

    words: tuple[int, ...]
    """The claim tokens of the run (indices in the claim's parse)."""
    told: tuple[int, ...]
    """The sentence tokens of the closest phrase."""
    bare: float
    """The sentence model's cosine of the two phrases alone ("large-scale" / "mass")."""
    anchored: float
    """The cosine with the stated word they hang on ("large-scale migration" / "mass migrations")."""
    claim_text: str
    told_text: str
    gain: float = 0.0
    """How much closer the sentence is to the claim than to the claim without the run (the
    sentence model's cosines): the sentence tells what the run adds."""


def phrase_matches(
    content: list[Any],
    sent_doc: Any,
    held: dict[int, list[int]],
    vectors: Callable[[list[str]], list[Any]],
    sense_rank: int,
    max_words: int = 4,
) -> list[PhraseMatch]:
    """For each run of claim words left unstated (common words joined in the parse: "keep a close
    watch", "rebuilding"), the phrase of the sentence's words no claim word took (one word, or up
    to ``max_words`` joined in its parse: "closely monitor", "reconstitute") closest to it by the
    sentence model, with both phrases' cosine alone and with the stated word each hangs on; the
    phrase's head tells the same kind of thing as the run's (``POS_KIN``: a deed, a quality); a
    run holding a verb with its subject is a clause, not a phrase, and a negated run is left to
    the word-by-word reading; neither is matched. A
    phrase holding a WordNet antonym or a sibling kind of a run word ("closed" / "open",
    "women" / "men", "trucks" / "cars") is another thing, never a match."""
    told_lemmas = {s.lemma_.lower() for s in sent_doc}
    left = {
        t.i: t
        for t in content
        if t.i not in held and not is_name(t) and t.pos_ in PHRASE_POS and t.lemma_.lower() not in told_lemmas
    }  # a word the sentence writes but the parse set aside (misplaced, denied) stays unstated
    if not left:
        return []
    used = {i for at in held.values() for i in at}
    claim_lemmas = {t.lemma_.lower() for t in content}
    free = {
        s.i: s
        for s in sent_doc
        if s.i not in used
        and s.pos_ in PHRASE_POS
        and not is_name(s)
        and _word_tokens(s.text)
        and s.lemma_.lower() not in claim_lemmas
    }
    if not free:
        return []
    runs = _runs(left)
    phrases = [p for p in _runs(free) if len(p) <= max_words]
    phrases += [(i,) for i in free if (i,) not in phrases]
    phrases += [tuple(sorted((s.i, s.head.i))) for s in free.values() if s.head.i in free and s.head.i != s.i]
    phrases = list(dict.fromkeys(phrases))
    claim_doc = next(iter(left.values())).doc
    found = []
    for run in runs:
        if any(claim_doc[i].dep_ in SUBJECTS and claim_doc[i].head.i in run for i in run):
            continue  # a verb with its subject is a clause of its own, not a phrase told otherwise
        if _negated_run(claim_doc, run):
            continue  # the model reads past a "not": a negated deed is stated word by word or not at all
        top = next(claim_doc[i] for i in run if claim_doc[i].head.i not in run or claim_doc[i].head.i == i)
        anchor = top.head.i if held.get(top.head.i) else None
        claim_text = _phrase_text(claim_doc, run)
        claim_anchored = _phrase_text(claim_doc, (*run, anchor) if anchor is not None else run)
        if any(_other_thing(claim_doc[c], s, sense_rank) for c in run for s in sent_doc):
            continue  # the sentence names an opposite or a sibling kind of a run word
        fitting = [p for p in phrases if _kin_heads(top, _head_of(sent_doc, p))]
        if not fitting:
            continue
        told_anchor = held[anchor][0] if anchor is not None else None
        texts = [_phrase_text(sent_doc, p) for p in fitting]
        anchored_texts = [
            _phrase_text(sent_doc, (*p, told_anchor) if told_anchor is not None else p) for p in fitting
        ]
        vecs = vectors([claim_text, claim_anchored, *texts, *anchored_texts])
        bare_v, anch_v, rest = vecs[0], vecs[1], vecs[2:]
        scored = [
            (float(bare_v @ rest[k]), float(anch_v @ rest[len(fitting) + k]), k) for k in range(len(fitting))
        ]
        bare, anchored, k = max(scored, key=lambda x: min(x[0], x[1]))
        without = "".join(t.text_with_ws for t in claim_doc if t.i not in run)
        whole, cut, told = vectors([claim_doc.text, without, sent_doc.text])
        gain = float(whole @ told) - float(cut @ told)
        found.append(PhraseMatch(tuple(run), fitting[k], bare, anchored, claim_text, texts[k], gain))
    return found


SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
"""A verb's subject: a run holding one with its verb is a clause, and a verb holding one takes none
from another (``shares_subject``)."""
PHRASE_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})
"""Parts of speech a paraphrase is read in: content words that are not names."""


def _runs(words: dict[int, Any]) -> list[tuple[int, ...]]:
    """The words grouped where one hangs on another in the parse (sorted indices per group)."""
    group = {i: i for i in words}

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    for i, tok in words.items():
        if tok.head.i in words and tok.head.i != i:
            group[root(i)] = root(tok.head.i)
    out: dict[int, list[int]] = {}
    for i in sorted(words):
        out.setdefault(root(i), []).append(i)
    return [tuple(v) for v in out.values()]


POS_KIN = {"VERB": "deed", "NOUN": "deed", "ADJ": "quality", "ADV": "quality"}
"""A deed is told by a verb or a noun ("came back" / "a return"), a quality by an adjective or an
adverb ("close watch" / "closely"); never the one by the other ("jumped" / "high")."""


def _negated_run(doc: Any, run: tuple[int, ...]) -> bool:
    """A negation cue hangs on a word of the run or on the word the run hangs on ("pleaded not
    guilty", "did not keep watch")."""
    words = [doc[i] for i in run]
    words += [w.head for w in words]
    return any(c.lower_ in NEGATION_CUES or c.dep_ == "neg" for w in words for c in w.children)


def _kin_heads(a: Any, b: Any) -> bool:
    """The two phrases' heads tell the same kind of thing (``POS_KIN``)."""
    return POS_KIN.get(a.pos_, a.pos_) == POS_KIN.get(b.pos_, b.pos_)


def _head_of(doc: Any, at: tuple[int, ...]) -> Any:
    """The token of the phrase whose parse head lies outside it (the first such)."""
    return next((doc[i] for i in at if doc[i].head.i not in at or doc[i].head.i == i), doc[at[0]])


def _phrase_text(doc: Any, at: tuple[int, ...]) -> str:
    """The words at the indices, in the text's order, lower-cased."""
    return " ".join(doc[i].text.lower() for i in sorted(set(at)))


def _other_thing(claim_tok: Any, tok: Any, sense_rank: int) -> bool:
    """WordNet opposes the two words, or files them as sibling kinds under one parent in their
    commonest senses without sharing a meaning: the model puts them close, yet they differ."""
    pos, other = WORDNET_LETTER.get(claim_tok.pos_), WORDNET_LETTER.get(tok.pos_)
    if pos is None or pos != other:
        return False
    wn, a, b = wordnet(), claim_tok.lemma_.lower(), tok.lemma_.lower()
    if a == b:
        return False
    if b in wn.antonyms(a, pos, sense_rank) or a in wn.antonyms(b, pos, sense_rank):
        return True
    return wn.sibling_kinds(a, b, pos, sense_rank, 1)


def content_words(claim: str) -> list[Any]:
    """The claim's tokens the alignment must see stated: content words, figures' words aside
    (what ``stated_words`` aligns), for rules reading ``Alignment.where`` too."""
    doc = dependency_parse(claim)
    figures = _figure_words(claim, doc)
    return [t for t in doc if _content(t) and t.i not in figures]
