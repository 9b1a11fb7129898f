"""A claim told in other words: a sentence the sentence model puts very close to the claim.

The rules read a claim's verbs word by word, and a verb said in other words with no WordNet
link ("paid a visit to" / "visited", "gained control of" / "captured") left a sentence that names
everything the claim names, with its numbers, neutral. From a cosine of ``told_dense``
(``CheckTuning``, fitted by ``scripts/fit_told.py``) such a sentence tells the claim, unless
one of the two is negated and the other not (the model puts "would not slow its work" close
to "would speed up its work") or WordNet opposes a verb of one to a verb of the other ("lost" /
"won"). Where the rules found a claim verb unsaid, each must still be loosely kin to one of the
sentence's (``told_verb_similarity``, checked in ``bot/stance.py``): the model puts "regards X as
a group" close to "fears X, a group". The sentence model is no judge of detail, so this is a
weak support (``clear=False``): a clear refutation outweighs it.
"""

from __future__ import annotations

import re

from bot.nlp import verb_lemmas
from bot.wordnet import wordnet
from index.lexicon import NEGATION_CUES

__all__ = ["negated", "opposed_verbs", "told_in_other_words"]

_CUE = re.compile(r"\b(" + "|".join(re.escape(c) for c in NEGATION_CUES) + r")\b", re.I)


def negated(text: str) -> bool:
    """The text holds a negation cue ("not", "no", "never", "without", ...)."""
    return bool(_CUE.search(text))


def opposed_verbs(a: str, b: str) -> bool:
    """WordNet opposes one verb to a synonym of the other in any of their senses ("lost" /
    "took": "lose" against "acquire", a sense of "take"): any sense, since a paraphrase read
    through a rare one is no less misread."""
    wn = wordnet()
    return bool(wn.antonyms(a, "v") & wn.synonyms(b, "v")) or bool(wn.antonyms(b, "v") & wn.synonyms(a, "v"))


def told_in_other_words(claim: str, text: str, dense: float, min_dense: float) -> bool:
    """The sentence (at cosine ``dense`` to the claim) tells the claim in other words: at least
    ``min_dense``, both or neither negated, and no verb of one opposed to a verb of the other."""
    if dense < min_dense or negated(claim) != negated(text):
        return False
    ours, theirs = verb_lemmas(claim), verb_lemmas(text)
    return not any(opposed_verbs(a, b) for a in ours for b in theirs if a != b)
