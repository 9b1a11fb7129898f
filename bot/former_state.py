"""A state the sentence gives as a former one: "the guild, once ruling Tarn" against "the guild
still rules Tarn".

A sentence may state every word of a claim about what holds now and still deny it, by giving
the claim's verb as something that held at one time: its verb carries an adverb of a former time
(WordNet's synonyms of "formerly": "once", "at one time", "erstwhile"). A claim told in the
present tense says it holds now, so such a sentence refutes it rather than supports it.
"""

from __future__ import annotations

from functools import cache

from bot.nlp import dependency_parse
from bot.wordnet import wordnet
from index.lexicon import REPORTING_VERBS

FORMER_ANCHOR = "formerly"
"""The adverb whose WordNet synonyms mark a verb's state as a former one."""
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
"""Penn tags of a verb told in the present tense ("rules", "hold")."""


@cache
def _former_words() -> frozenset[str]:
    return frozenset({FORMER_ANCHOR, *wordnet().synonyms(FORMER_ANCHOR, "r")})


def _present_verbs(claim: str) -> set[str]:
    """Lemmas of the claim's content verbs told in the present tense (a reporting verb aside)."""
    return {
        t.lemma_.lower()
        for t in dependency_parse(claim)
        if t.pos_ == "VERB" and t.tag_ in PRESENT_TAGS and t.lemma_.lower() not in REPORTING_VERBS
    }


def former_state(claim: str, text: str) -> str:
    """Pattern: a sentence whose verb, the claim's present-tense verb or its WordNet synonym, is
    qualified by an adverb of a former time ("once ruling", "formerly ran") says the state no
    longer holds, so it refutes the claim that it holds now. The reason, or "" when none."""
    ours = _present_verbs(claim)
    if not ours:
        return ""
    wn, former = wordnet(), _former_words()
    for tok in dependency_parse(text):
        if tok.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in former for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        if any(lemma == v or lemma in wn.synonyms(v, "v") for v in ours):
            adverb = next(c.text for c in tok.children if c.dep_ == "advmod" and c.lower_ in former)
            return f"says it {adverb} {tok.text}, no longer"
    return ""
