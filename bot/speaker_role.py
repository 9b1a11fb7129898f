"""Whether a speaker's title is the role a "who" question asks about.

Pattern: the one who reports a sentence ("..., said Velmarco Foods chairman Ada Kerr", "said Ada
Kerr, chairman of Velmarco Foods") answers a question about a deed only when the question asks for
the person the title names: some word of the title the question shares must be a person noun in
WordNet ("who chairs Velmarco Foods" shares "chairman" by its doer noun, "who is Velmaria's foreign
minister" shares "minister"). Sharing only the name of the body the title qualifies ("who is
buying the Velmarco Foods depot") asks for another party; the speaker only comments on the deed.
"""

from __future__ import annotations

from bot.text import TokenPool, tokens
from bot.wordnet import PERSON_LEXFILE, wordnet


def names_person(word: str, sense_rank: int) -> bool:
    """One of the word's ``sense_rank + 1`` commonest WordNet noun senses is a person ("chairman",
    "minister", "head" in its fourth); a body's own name ("Velmar") is none."""
    wn = wordnet()
    return any(
        wn.synsets[s].lexfile == PERSON_LEXFILE for s in wn.senses(word.lower(), "n")[: sense_rank + 1]
    )


def asks_title(words: list[str], asked: TokenPool, sense_rank: int) -> bool:
    """Some title word is both a word of the question and a person noun (``names_person``)."""
    for word in words:
        stems = tokens(word)
        if stems and asked.has(stems[0]) and names_person(word.strip(".,'’"), sense_rank):
            return True
    return False
