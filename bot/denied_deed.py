"""A sentence that tells the claim's deed only under a frame denying that it happened.

Pattern: the sentence holds the claim's deed (its main verb and the verbs of the clauses it
introduces: "X admitted that Y were killed" -> "admitted", "killed"; a verb of saying is no deed
of its own; a report's object noun made from a verb is the deed reported: "reported civilian
deaths" -> "deaths", its party the word before it), as the same verb, its noun ("were charged" / "without charge") or the outcome WordNet
links to it ("died" / "were killed"), with one of the deed's own arguments beside it, but
the deed sits under a frame that says it did not happen: a noun with "no" holding it ("there is
no indication that the villagers were hurt") or the deed's own noun with "no" ("reported no deaths
among the villagers", "made no arrests"; the noun of the deed's outcome counts: "were killed" /
"no deaths"), "without" ("freed without charge"), a verb of
failing or refusing ("failed to reach", "a failed bid to reach", "refused to sign"), a negated
verb ("decided not to appeal"), or a verb WordNet files under denying ("denied he sold the
land"). A frame over a clause asked with "if" or "whether" leaves it open. A denied deed done to
another thing is another deed: where both verbs take a noun object and the sentence's is neither
the claim's nor a synonym or kind of it, the claim's object standing at most as a modifier of it
("did not win a Marlow Cup singles match" / "won the Marlow Cup"), nothing is denied. A claim that asserts the deed is then refuted by that same event told with the opposite
outcome; a claim with a negation of its own is left to the polarity checks (``bot/stance.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from bot.alignment import LIGHT_LEMMAS, denies_deed, linked
from bot.nlp import dependency_parse, noun_held_clause
from bot.reversed_deed import same_deed
from bot.text import TokenPool, word_stem
from bot.wordnet import wordnet
from index.lexicon import NEGATION_CUES, REPORTING_VERBS

CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
"""How a reporting or admitting verb takes the clause that tells the deed ("admitted that ...")."""
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj", "pobj", "agent", "prep", "compound"})
"""A deed's own words: its subject, object and the objects of its prepositions."""
CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "dobj", "obj", "acl", "relcl", "pcomp", "nsubjpass", "attr"})
"""How a deed's clause, or the noun holding it, hangs on the frame above it."""
NOUN_ARGUMENT_DEPS = frozenset({"amod", "compound"})
"""How a deed told as a noun takes its party before it ("civilian deaths", "Velmar raids")."""
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "obj"})
"""A deed's doer and the one it is done to."""
FRAME_REACH = 3
"""How many heads above the deed's word a denying frame may sit ("no indication that villagers
were hurt": hurt -> indication)."""
AMOUNT = "quantity"
"""The WordNet noun under which "dozens", "hundreds" and "a handful" are filed."""
FAILING = ("fail", "refuse", "decline")
"""WordNet verbs whose kinds say a deed was attempted or asked for and did not happen."""
HEDGES = frozenset({"may", "might", "could"})
"""Modals that leave a deed possible, not done: "the council may fund the bridge" tells no funding."""


def denied_deed(claim: str, text: str, sense_rank: int, held: TokenPool | None = None) -> str:
    """The sentence's denying frame and the claim's deed it denies ("no indication ... killed");
    "" when the sentence does not tell the claim's deed under such a frame (module docstring).
    ``held``, the sentence's stemmed words: a sentence holding none of a deed's own nouns is
    not parsed (most sentences a claim is judged against)."""
    deeds = [(d, own) for d in _deeds(dependency_parse(claim)) if (own := _arguments(d))]
    deeds = [(d, own) for d, own in deeds if held is None or own & held.exact]
    if not deeds:
        return ""
    sent_doc = dependency_parse(text, entities=False)
    for deed, own in deeds:
        if _negated(deed, sense_rank):
            continue
        for word in sent_doc:
            if not _same_deed(deed, word, sense_rank):
                continue
            frame = _frame(word, sense_rank)
            if frame is None or _another_object(deed, word, sense_rank):
                continue
            if _holds_argument(frame, word, own):
                said = f"not {word.text}" if frame is word else f"{frame.text} ... {word.text}"
                return f"says it did not happen: {said}"
    return ""


def _negated(deed: Any, sense_rank: int) -> bool:
    """The claim itself denies its deed ("was not charged", "no sign that ... died"): the
    polarity checks compare it with the sentence, not this one."""
    above = {deed, *deed.ancestors}
    return _frame(deed, sense_rank) is not None or any(
        t.lower_ in NEGATION_CUES and t.head in above for t in deed.doc
    )


def _deeds(doc: Any) -> list[Any]:
    """The claim's main verb and the verbs of the clauses it introduces ("admitted that they
    died", "succeeded in reopening"); a verb of saying that introduces a clause is no deed of its
    own: a refusal to say ("declined to say whether it would appeal") denies no later statement."""
    deeds = []
    for root in (t for t in doc if t.dep_ == "ROOT"):
        clauses = [c for c in root.children if c.dep_ in CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}]
        reports = bool(clauses) and root.lemma_.lower() in REPORTING_VERBS
        deeds.extend(clauses if reports else [root, *clauses])  # "said it will appeal": the appeal
        for c in root.children:
            if c.dep_ == "prep":
                deeds.extend(g for g in c.children if g.dep_ == "pcomp" and g.pos_ == "VERB")
        if root.lemma_.lower() in REPORTING_VERBS:
            deeds.extend(c for c in root.children if c.dep_ in {"dobj", "obj"} and _deed_noun(c))
    return [d for d in deeds if (d.pos_ == "VERB" or _deed_noun(d)) and d.lemma_.lower() not in LIGHT_LEMMAS]


def _deed_noun(tok: Any) -> bool:
    """A noun WordNet derives from a verb in its commonest sense, told as what a report gives
    ("reported civilian deaths": the dying is the deed reported)."""
    return tok.pos_ == "NOUN" and bool(wordnet().derived_verbs(tok.lemma_.lower(), 1))


def _arguments(deed: Any) -> set[str]:
    """Stems of the nouns and names hanging on the deed (not on a clause below it); an argument
    told as an amount of something names that something too ("dozens of villagers died": the
    villagers, ``_amount_of``)."""
    found: set[str] = set()
    for c in deed.children:
        if deed.pos_ == "NOUN" and c.dep_ in NOUN_ARGUMENT_DEPS:
            found.add(word_stem(c.lower_))  # "civilian deaths": the civilians died
        if c.dep_ not in ARGUMENT_DEPS:
            continue
        for t in [c, *c.children, *_amount_of(c)]:
            if t.pos_ in {"NOUN", "PROPN"} and t.dep_ in ARGUMENT_DEPS | {"nsubj"}:
                found.add(word_stem(t.lower_))
    return found


def _amount_of(noun: Any) -> list[Any]:
    """The nouns an "of" phrase gives as what a noun counts or measures ("dozens of villagers",
    "hundreds of homes"): a noun WordNet files under amounts, or a number used as a noun."""
    if noun.pos_ != "NUM" and not (noun.pos_ == "NOUN" and _an_amount(noun.lemma_.lower())):
        return []
    return [
        g
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]


def _an_amount(lemma: str) -> bool:
    """The noun's commonest sense is a kind of quantity ("dozen", "hundred", "handful")."""
    return wordnet().kind_rank(lemma, AMOUNT, "n") == 0


def _same_deed(deed: Any, word: Any, sense_rank: int) -> bool:
    """The same verb in any form, the noun of the same word ("charged" / "charge"), or a word
    WordNet links to it as its noun or its outcome ("were killed" / "died", ``linked``)."""
    if word.pos_ not in {"VERB", "NOUN"}:
        return False
    lemma, own = word.lemma_.lower(), deed.lemma_.lower()
    return (
        lemma == own
        or word_stem(word.lower_) == word_stem(deed.lower_)
        or linked(own, deed.pos_, lemma, word.pos_, sense_rank)
        or (word.pos_ == "NOUN" and deed.pos_ == "VERB" and _outcome_noun(own, lemma, sense_rank))
        or (word.pos_ == "VERB" and deed.pos_ == "NOUN" and _outcome_noun(lemma, own, sense_rank))
    )


def _outcome_noun(verb: str, noun: str, sense_rank: int) -> bool:
    """The noun WordNet derives from the verb's outcome tells the deed's outcome ("were killed" /
    "deaths": killing causes dying, and "death" is dying's noun)."""
    wn = wordnet()
    nouns = wn.senses(noun, "n")[: sense_rank + 1]
    outcomes = {o for v in wn.senses(verb, "v")[: sense_rank + 1] for o in wn.outcomes(v)}
    return any(o in wn.derived(n) or n in wn.derived(o) for n in nouns for o in outcomes)


def _frame(word: Any, sense_rank: int) -> Any | None:
    """The token that denies the deed ``word`` tells, within ``FRAME_REACH`` heads; None if none.
    A frame above the word must take the word's clause as its complement or object ("denied he
    made", "failed to reach"), not as a phrase of place or cause ("killed in an attack carried
    out by"); a negated "be" ("it was not clear whether") doubts, it does not deny."""
    chain = [word, *list(word.ancestors)[:FRAME_REACH]]
    for i, t in enumerate(chain):
        if t is word:
            if any(c.dep_ == "neg" for c in t.children):
                return t  # "was not charged", "decided not to appeal"
            if t.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in t.children):
                return t  # "reported no deaths", "made no arrests": the deed's noun denied
            continue
        if t.lower_ == "without" and i == 1:
            return t  # "freed without charge"
        # a frame supposed under "if" ("would look weak if it refused to meet") denies nothing
        if chain[i - 1].dep_ not in CLAUSE_LINKS or _asked(chain[i - 1]) or _asked(t):
            return None
        if t.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det" for c in t.children):
            return t  # "no indication that ..."
        if (
            t.pos_ == "VERB"
            and t.lemma_.lower() not in LIGHT_LEMMAS
            and any(c.dep_ == "neg" for c in t.children)
        ):
            return t  # "decided not to appeal"
        if _fails(t, sense_rank) or any(_fails(c, sense_rank) and c.dep_ == "amod" for c in t.children):
            return t  # "failed to reach", "a failed bid to reach"
        if t.pos_ == "VERB" and denies_deed(t):
            return t  # "denied he sold the land"
        if t.dep_ in {"ROOT", "conj", "advcl"}:
            break  # the clause that asserts: a denial above it governs another clause
    return None


def _asked(clause: Any) -> bool:
    """A clause told as a question ("would not say whether it would appeal"): its frame leaves
    the deed open, it does not deny it."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children)


def _fails(tok: Any, sense_rank: int) -> bool:
    """A verb (or its participle) WordNet files under failing or refusing in its commonest senses."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "ADJ"}:
        return False
    wn = wordnet()
    return any(
        lemma == kind or word_stem(tok.lower_) == word_stem(kind) or wn.is_kind(lemma, kind, sense_rank, "v")
        for kind in FAILING
    )


def _objects(verb: Any) -> list[Any]:
    """The nouns a verb takes as its direct object (a pronoun names nothing to compare)."""
    return [c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ in {"NOUN", "PROPN"}]


def _another_object(deed: Any, word: Any, sense_rank: int) -> bool:
    """The sentence's verb is done to another thing than the claim's deed: both take noun
    objects and none of the sentence's is the claim's object, a synonym or a kind of it, or
    names it in an apposition or an "of" phrase ("the town of Velm" / "Velm"); the claim's
    object written as a modifier of the sentence's ("a Marlow Cup singles match") is a part or
    a stage of it, not it ("did not win a match" denies no winning of the cup)."""
    claimed, told = _objects(deed), _objects(word) if word.pos_ == "VERB" else []
    if not claimed or not told:
        return False
    wn = wordnet()
    for obj in told:
        named = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        named += [g for g in obj.children if g.dep_ == "appos"]
        for c in claimed:
            a, b = c.lemma_.lower(), obj.lemma_.lower()
            if word_stem(a) == word_stem(b) or b in wn.synonyms(a, "n", sense_rank):
                return False
            if wn.is_kind(b, a, sense_rank) or wn.is_kind(a, b, sense_rank):
                return False
            if any(word_stem(g.lower_) == word_stem(c.lower_) for g in named):
                return False
    return True


def _holds_argument(frame: Any, word: Any, own: set[str]) -> bool:
    """One of the claim deed's own nouns stands in the clause of the denying frame (the same
    event: the same victims, object or doer), not merely somewhere in the sentence."""
    top = frame.head if frame.dep_ != "ROOT" else frame
    scope = {*top.subtree, *word.subtree}
    return any(word_stem(t.lower_) in own for t in scope if t.pos_ in {"NOUN", "PROPN"} and t is not word)


def denied_in_other_words(
    claim: str,
    text: str,
    verbs: Collection[str],
    sense_rank: int,
    kin: Callable[[str, str], bool],
    told: Callable[[], Mapping[str, Collection[int]]] | None = None,
) -> str:
    """The sentence's denying frame over a verb that tells one of the claim's ``verbs`` (as
    written) in other words ("were bought" / "failed to sell", "got it approved" / "did not
    sign the approval"), the claim's own verb not denied: the caller has found the sentence
    stating the claim (a support); the kin verb is no word the claim writes itself ("urged the
    crews to avoid damaging" / "called on the crews to avoid damaging": the claim's own frame),
    and the frame's clause must hold one of the deed's own nouns
    (the same victims, object or doer), so the deed it denies is the claim's. "" when no such
    frame holds a kin verb. ``told`` gives, read only once such a frame is found, a map of each
    claim verb (as written, lower-cased) to the sentence words (places in its parse) that state
    it (``bot.alignment``, costly on every sentence): a verb told by one word is not
    denied by a frame over another ("avoid the split of X" states "stop X from splitting", which
    a later "would not intervene in X" leaves alone)."""
    said = {v.lower() for v in verbs}
    told_at: Mapping[str, Collection[int]] | None = None
    deeds = [t for t in dependency_parse(claim, entities=False) if t.lower_ in said and t.pos_ == "VERB"]
    deeds = [(d, own) for d in deeds if not _negated(d, sense_rank) and (own := _arguments(d))]
    if not deeds:
        return ""
    written = {word_stem(t.lower_) for t in dependency_parse(claim, entities=False)}
    for word in dependency_parse(text, entities=False):
        if word.pos_ != "VERB" or word.lemma_.lower() in LIGHT_LEMMAS or word_stem(word.lower_) in written:
            continue  # a word the claim writes itself tells its own deed, under the claim's own frame
        lemma = word.lemma_.lower()
        kin_deeds = [
            (d, own) for d, own in deeds if lemma == d.lemma_.lower() or kin(d.lemma_.lower(), lemma)
        ]
        if not kin_deeds:
            continue
        frame = _frame(word, sense_rank)
        if frame is None:
            continue
        if told is not None:
            told_at = told() if told_at is None else told_at
            kin_deeds = [  # a verb told by another word of the sentence: not this deed
                (d, own) for d, own in kin_deeds if word.i in told_at.get(d.lower_, {word.i})
            ]
        if any(
            _holds_argument(frame, word, own) and not _another_object(d, word, sense_rank)
            for d, own in kin_deeds
        ):
            said_ = f"not {word.text}" if frame is word else f"{frame.text} ... {word.text}"
            return f"says it did not happen: {said_}"
    return ""


def undone_deed(claim: str, text: str, sense_rank: int) -> str:
    """How the sentence tells as done the deed the claim puts under a frame of its not happening
    ("The Velm council refused to fund the bridge" / "The Velm council funded the bridge": "says
    it happened: funded, not refused ... fund"); "" when it does not. The mirror of
    ``denied_deed``: the sentence's deed (its main verb or the clause it introduces, asserted:
    not negated, hedged, asked or held by a noun) is the claim's verb, its noun or its outcome
    (``_same_deed``) or a WordNet synonym of it (``bot.reversed_deed.same_deed``), with the
    sentence deed's subject and object nouns in the claim's frame (``_core``). A claim
    frame of denying ("denied he sold the land", ``_denial``) is left alone: it tells a denial,
    which the deed done does not contradict."""
    deeds = [(d, core) for d in _deeds(dependency_parse(text, entities=False)) if (core := _core(d))]
    deeds = [(d, core) for d, core in deeds if _asserted(d, sense_rank)]
    if not deeds:
        return ""
    claim_doc = dependency_parse(claim, entities=False)
    for deed, core in deeds:
        for word in claim_doc:
            if not (
                _same_deed(deed, word, sense_rank)
                or (word.pos_ == "VERB" and same_deed(deed, word, sense_rank))
            ):
                continue
            frame = _frame(word, sense_rank)
            if frame is None or _denial(frame, sense_rank):
                continue
            top = frame.head if frame.dep_ != "ROOT" else frame
            if core <= {word_stem(t.lower_) for t in (*top.subtree, *word.subtree) if t is not word}:
                said = f"not {word.text}" if frame is word else f"{frame.text} ... {word.text}"
                return f"says it happened: {deed.text}, {said}"
    return ""


def _core(deed: Any) -> set[str]:
    """Stems of the deed's doer and the one it is done to (its subject and object nouns): the
    claim's frame must hold them all to be about the same deed ("funded the school" is no
    funding of the bridge, "divers found it" no finding by the police)."""
    return {word_stem(c.lower_) for c in deed.children if c.dep_ in CORE_DEPS and c.pos_ in {"NOUN", "PROPN"}}


def _denial(frame: Any, sense_rank: int) -> bool:
    """A frame of saying a deed is untrue ("denied he sold"), not of refusing or failing to do it
    ("refused to sell": WordNet files refusing under rejecting too)."""
    return frame.pos_ == "VERB" and denies_deed(frame) and not _fails(frame, sense_rank)


def _asserted(deed: Any, sense_rank: int) -> bool:
    """The sentence tells its deed as done: no frame denies it, no modal of possibility or
    "if"/"whether" leaves it open, and no noun holds it as a report's content."""
    if _negated(deed, sense_rank) or noun_held_clause(deed) is not None:
        return False
    return not any(
        (c.dep_ == "aux" and c.lower_ in HEDGES) or (c.dep_ == "mark" and c.lower_ in {"if", "whether"})
        for c in deed.children
    )
