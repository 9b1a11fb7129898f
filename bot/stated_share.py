"""How much of a claim a sentence states, each word weighed by how rare it is in the articles.

Pattern: a sentence on topic (``CheckTuning.aligned_dense`` and ``aligned_coverage``) that
states every name, verb and number of a claim, and all its other content words but a few
common ones, states the claim in other words ("a former mill head
in Velmar was charged" states "a former Velmar mill boss was charged"; "brought the
citizens to Tarn" states "flew its citizens home"). The words it may leave out are nouns,
adjectives and adverbs only, none placing the claim in time (a predicate adjective or an
adverb where the sentence qualifies the same word in its own words: "stay open" / "remain
active", not "the northern collapse" / "the collapse"): a verb is the claim's deed and must be stated
(``bot/alignment.py`` allows synonyms, derived nouns, causes and the sentence model); a name is
checked by its own rules. A sentence that gives a rival for a word it leaves out (another
thing of the same close WordNet kind: "school" for "hospital", "women" for "children"; the
opposite of an adjective) does not state it: one detail changed is another claim; nor does one
leaving out a bare subject, object or agent ("civilians were killed"): that is who did the deed
or had it done to them; nor one leaving out a word qualifying a noun ("her debut novel"): which
one is as much a detail as a name. The share
stated, weighted by each word's IDF, must reach ``CheckTuning.stated_share`` (fitted by
``scripts/fit_stated_share.py`` over the union of the gold sets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.alignment import ARGUMENTS, Alignment, near
from bot.nlp import dependency_parse, passive_agent
from bot.role_rivals import Party, rival_kinds
from bot.text import tokens
from bot.wordnet import TIME_LEXFILE, wordnet

LEAVABLE_POS = frozenset({"NOUN", "ADJ", "ADV"})
"""Parts of speech a sentence may leave out of a claim it states: detail, not the deed or a name."""
RIVAL_POS = {"NOUN": "n", "ADJ": "a", "ADV": "r"}


def stated_share(alignment: Alignment, idf: Callable[[str], float]) -> float:
    """The IDF-weighted share of the claim's content words the sentence states (0 when none)."""

    def weight(words: tuple[str, ...]) -> float:
        return sum(idf(t) for w in words for t in tokens(w))

    stated, total = weight(alignment.stated), weight(alignment.stated) + weight(alignment.unstated)
    return stated / total if total else 0.0


def left_out_blocker(
    claim: str, text: str, alignment: Alignment, kin_steps: int, sense_rank: int = 1, arc: int = 2
) -> str:
    """The first unstated claim word a sentence may not leave out (``left_out_detail``); "" when none."""
    return left_out_detail(claim, text, alignment, kin_steps, sense_rank, arc)[0]


def left_out_detail(
    claim: str, text: str, alignment: Alignment, kin_steps: int, sense_rank: int = 1, arc: int = 2
) -> tuple[str, str]:
    """The first unstated claim word a sentence may not leave out, with why: a verb or a name
    (``"deed"``: its part of speech is not leavable, or it names something), a word the sentence
    says the opposite of (``"opposed"``), a word of time (``_timing``), one the sentence gives a
    rival for (``"rival"``), a predicate adjective or adverb it says nothing for (``_restated``), a
    word qualifying a noun (``"qualifier"``), or a bare subject, object or agent of the claim's
    verb (``"party"``, ``_qualified``); ("", "") when none."""
    opposed = {c for c, _ in alignment.opposed}
    unstated = set(alignment.unstated)
    sent_doc = dependency_parse(text, entities=False)
    where = dict(alignment.where)
    for tok in dependency_parse(claim):
        if tok.text not in unstated:
            continue
        if tok.text in opposed:
            return tok.text, "opposed"
        if tok.pos_ not in LEAVABLE_POS or tok.ent_type_:
            return tok.text, "deed"
        if _timing(tok, sense_rank):
            return tok.text, "time"
        if _rival(tok, sent_doc, kin_steps):
            return tok.text, "rival"
        if tok.pos_ != "NOUN" and not _restated(tok, where, sent_doc):
            return tok.text, "unrestated"
        if tok.dep_ in QUALIFIERS and tok.head.pos_ in {"NOUN", "PROPN"}:
            # which one or what kind: "the debut novel" is not "the fourth novel"
            return tok.text, "qualifier"
        if tok.pos_ == "NOUN" and _party(tok) and not _qualified(tok, where, sent_doc, arc):
            return tok.text, "party"
    return "", ""


QUALIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
"""How a word naming which one or what kind hangs on a noun ("mill boss", "former boss")."""
MODIFIER_DEPS = frozenset({"amod", "acomp", "advmod", "npadvmod", "prep", "attr", "oprd"})
"""How a sentence attaches what it says of a word: an adjective, an adverb, a phrase."""


def _party(tok: Any) -> bool:
    """The noun is a subject or object of a verb, or the agent after "by" of a passive."""
    return tok.dep_ in ARGUMENTS or passive_agent(tok)


def _qualified(tok: Any, where: dict[int, tuple[int, ...]], sent_doc: Any, arc: int) -> bool:
    """A common word qualifying the noun is stated on a noun of the sentence's own that stands
    near the sentence's word for the claim's verb ("a former Velmar mill boss was charged" /
    "charged X, a former mill head in Velmar"): the party is there, only its head word said
    otherwise. A bare party, or one whose qualifier the sentence uses for another noun in another
    clause ("fled the Velmar army" / "Velmar civilians were killed ... people who fled"), is not."""
    used = {i for at in where.values() for i in at}
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    deed = [sent_doc[i] for i in where.get(verb.i, ())]
    for c in tok.children:
        if c.dep_ not in QUALIFIERS or c.pos_ == "PROPN":
            continue
        for i in where.get(c.i, ()):
            noun = sent_doc[i].head
            if sent_doc[i].dep_ not in QUALIFIERS or noun.i in used or noun.pos_ not in {"NOUN", "PROPN"}:
                continue
            if not deed or any(near(noun, d, arc) for d in deed):
                return True
    return False


def _restated(tok: Any, where: dict[int, tuple[int, ...]], sent_doc: Any) -> bool:
    """A claim adjective or adverb the sentence says in its own words: the sentence word that
    states the claim word it qualifies carries a qualifier of its own that states no other claim
    word ("stay open" / "remain active", "flew home" / "brought to Tarn"); a qualifier the
    sentence gives nothing for ("the northern collapse" / "the collapse") is a detail it lacks."""
    used = {i for at in where.values() for i in at}
    return any(
        c.dep_ in MODIFIER_DEPS and c.i not in used and c.pos_ in {"ADJ", "ADV", "ADP", "VERB"}
        for i in where.get(tok.head.i, ())
        for c in sent_doc[i].children
    )


def _timing(tok: Any, sense_rank: int) -> bool:
    """A word placing the claim in time: a noun WordNet files as a time in one of its commonest
    senses (up to ``sense_rank``: "the start of May", "that week"), or one governing a date
    ("at the start of the previous month"); when is checked as a value, never left out."""
    wn = wordnet()
    if tok.pos_ == "NOUN" and any(
        wn.synsets[s].lexfile == TIME_LEXFILE for s in wn.senses(tok.lemma_.lower(), "n")[: sense_rank + 1]
    ):
        return True
    return any(t.ent_type_ in {"DATE", "TIME"} for t in tok.subtree)


def _rival(tok: Any, sent_doc: Any, kin_steps: int) -> bool:
    """The sentence holds another thing of the claim word's close kind ("school" / "hospital")
    or, for an adjective or adverb, a WordNet antonym of it ("closed" / "open")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        mine = Party(lemma, False)
        return any(
            s.pos_ == "NOUN" and rival_kinds(mine, Party(s.lemma_.lower(), False), kin_steps)
            for s in sent_doc
        )
    pos = RIVAL_POS[tok.pos_]
    opposites = wordnet().antonyms(lemma, pos)
    return any(s.lemma_.lower() in opposites for s in sent_doc)


def states_most(
    claim: str,
    text: str,
    alignment: Alignment,
    idf: Callable[[str], float],
    min_share: float,
    kin_steps: int,
    sense_rank: int = 1,
    arc: int = 2,
) -> float:
    """The stated share when the sentence states the claim but for words it may leave out
    (``left_out_blocker``) and that share reaches ``min_share``; else 0."""
    if not alignment.stated or not alignment.unstated:
        return 0.0
    share = stated_share(alignment, idf)
    if share < min_share or left_out_blocker(claim, text, alignment, kin_steps, sense_rank, arc):
        return 0.0
    return share
