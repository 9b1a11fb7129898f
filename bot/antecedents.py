"""Who "he", "they", "its" and a bare "the group" stand for, within the text being checked.

A simple, documented heuristic rather than a coreference model: the nearest preceding
compatible mention in the same text wins. A claim split off its sentence ("They landed in
Marnport") cannot be checked without its subject, and a wrong antecedent costs no more than
an unresolved pronoun (the claim then finds no evidence either way).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from index.tuning import CheckTuning

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
PRONOUNS = PERSON_PRONOUNS | PLURAL_PRONOUNS | THING_PRONOUNS
PARTITIVE_PREPOSITIONS = frozenset({"among", "of"})
"""Prepositions whose plural pronoun names a group a part is taken from ("among them", "of them")."""
NAMED = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
"""Entity labels that can be a pronoun's antecedent (not dates, numbers, money)."""


@dataclass(frozen=True)
class Mention:
    """Something the text names, as a possible antecedent."""

    start: int
    end: int
    text: str
    label: str
    """The entity label, or "" for a plain noun chunk."""
    plural: bool
    head: str
    """The lower-cased lemma of its head noun ("ministry" for "the health ministry")."""
    subject: bool = False
    sentence: int = 0
    """Which sentence of the text it is in (their order)."""
    names: str = ""
    """The name this phrase describes ("Velm" for "a hill village" in "Velm, a hill village" or
    "the village of Velm"), or ""."""
    owner: str = ""
    """The possessive pronoun owning the phrase, lower-cased ("its" for "its mission"), or ""."""
    scene: bool = False
    """Named as a clause's subject, object or owner, or after a preposition of where (``named_as_scene``)."""


def mentions_of(doc: Any, offset: int, sentence: int = 0) -> list[Mention]:
    """Named entities and noun chunks of the ``sentence``-th parsed sentence, positioned in
    the whole input."""
    spans = [e for e in doc.ents if e.label_ in NAMED and any(t.pos_ == "PROPN" for t in e)]
    spans += [c for c in doc.noun_chunks if c.root.pos_ in {"NOUN", "PROPN"}]
    return [
        Mention(
            offset + span.start_char,
            offset + span.end_char,
            span.text,
            span.label_ if span.label_ in NAMED else "",
            span.label_ not in NAMED and span.root.tag_ == "NNS",  # not "Leeds" (NNPS)
            span.root.lemma_.lower(),
            span.root.dep_ in {"nsubj", "nsubjpass"},
            sentence,
            described_name(span.root),
            owner_pronoun(span.root),
            named_as_scene(span.root),
        )
        for span in spans
    ] + [
        Mention(
            offset + span.start_char,
            offset + span.end_char,
            span.text,
            "",
            True,
            span.root.lemma_.lower(),
            span.root.dep_ in {"nsubj", "nsubjpass"},
            sentence,
        )
        for span in named_pairs(doc)
    ]


SCENE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "appos"})
"""Dependency labels of a name a clause is about: its doer, its object, an owner."""
WHERE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "outside", "across", "throughout", "to", "into"}
)
"""Prepositions whose object is where a deed happens or goes, not its source or means ("from", "on")."""


def named_as_scene(root: Any) -> bool:
    """A name the text is about ("Norway voted", "troops in Norway", "Norway's fleet"), not one
    told in passing as a source, a backer or a means ("aid from Norway", "relied on Norway")."""
    if root.dep_ == "pobj":
        return root.head.lower_ in WHERE_PREPOSITIONS
    return root.dep_ in SCENE_ROLES


def named_pairs(doc: Any) -> list[Any]:
    """Names joined by "and" ("Ann Holt and Bo Lind"): together one plural thing a later "they"
    can stand for, as no single name of them can."""
    out = []
    for tok in doc:
        joined = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if tok.pos_ != "PROPN" or tok.dep_ == "conj" or not joined:
            continue
        if any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
            out.append(doc[tok.left_edge.i : joined[-1].right_edge.i + 1])
    return out


def owner_pronoun(noun: Any) -> str:
    """The possessive pronoun the noun takes ("its" in "its mission"), lower-cased, or ""."""
    return next((c.lower_ for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), "")


POSSESSIVE_OF = {"he": "his", "him": "his", "she": "her", "her": "her", "it": "its"}
POSSESSIVE_OF |= {"they": "their", "them": "their"}
"""Each pronoun's possessive: "its mission" is owned by whatever "it" names."""


TIME_NAMES = frozenset({"DATE", "TIME"})
"""Entity labels of a proper noun that names a day or a season, never a thing a noun describes."""


def described_name(noun: Any) -> str:
    """The proper name a common noun describes: the name it is in apposition to ("Velm, a hill
    village") or the name after its "of" ("the village of Velm"); "" if none, or if the name is
    a time (``TIME_NAMES``)."""
    if noun.pos_ != "NOUN":
        return ""
    named = noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else None
    if named is None:
        named = next(
            (
                g
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and g.pos_ == "PROPN"
            ),
            None,
        )
    if named is None or named.ent_type_ in TIME_NAMES:
        return ""  # "the eve of Easter", "Easter, a gunman ...": a day names when, not who or where
    words = [t for t in named.subtree if t.i <= named.i and (t.pos_ == "PROPN" or t.text == "-")]
    return noun.doc[words[0].i : named.i + 1].text if words else ""


def resolve(doc: Any, tokens: list[int], offset: int, mentions: list[Mention]) -> dict[int, str]:
    """Replacement text for the claim's third-person pronouns and bare definites ("" drops a word).

    Rules: in order, a subject earlier in the same sentence, any mention earlier in it, the
    subject of the sentence before (the text's topic), then the nearest earlier mention, of
    the kind the word needs: he/she -> a PERSON (or the surname of one named in full
    earlier); never a phrase the pronoun's own possessive owns ("its mission" is not "it");
    they -> a plural noun phrase or nationality; it -> an organisation or place (or
    a singular subject noun phrase), unless it is the empty subject of "it is ..."; "the X"
    alone -> the nearest earlier fuller singular phrase with the same head noun ("the health
    ministry"), kept definite ("the suicide bomber" for "a suicide bomber"), or the name that
    phrase describes ("Velm" for "a hill village" in "Velm, a hill village"). Possessives (his, its, their) are left as written: which of two people "his"
    is needs more than the parse.
    """
    replaced: dict[int, str] = {}
    sentence = max((m.sentence for m in mentions), default=0)
    for i in tokens:
        tok = doc[i]
        at = offset + tok.idx
        word = tok.lower_
        found: Mention | None = None
        if tok.pos_ == "PRON" and tok.tag_ != "PRP$" and word in PRONOUNS:
            people = _person_words(mentions, at)
            own = _not_own_subject(doc, tok, offset, mentions, replaced)
            around = _not_around(tok, offset)
            others = partial(_both, own, around)
            topical = partial(_fits_pronoun, word=word, tok=tok, people=people, subject=True, others=others)
            strict = partial(_fits_pronoun, word=word, tok=tok, people=people, others=others)
            if word in PLURAL_PRONOUNS and partitive(tok):
                # "killed 61 people, among them five children": the group just named, not the subject
                here = [m for m in mentions if m.sentence == sentence]
                found = _nearest(here, at, strict) or _nearest(mentions, at, strict)
            found = found or _antecedent(mentions, at, sentence, topical, strict)
        elif _bare_definite(tok, intensified=True) and doc[i - 1].i in tokens:
            found = _nearest(mentions, at, partial(_fuller, head=tok.lemma_.lower()))
            found = found or _only_place_of_kind(mentions, sentence, tok.lemma_.lower())
            if found is not None:
                replaced[i - 1] = ""
        elif (
            epithet := _epithet(tok, tokens, [m for m in mentions if m.end <= offset + tok.left_edge.idx])
        ) is not None:
            here = [m for m in mentions if m.sentence == sentence and m.subject]
            before = [m for m in mentions if m.sentence == sentence - 1 and m.subject]
            found = _nearest(here, at, _a_person) or _nearest(before, at, _a_person)
            if found is not None:
                replaced.update(dict.fromkeys(epithet, ""))
        if found is None or _is_speaker(doc, tok, tokens, offset, found):
            continue
        name = found.names if found.label == "" and found.names else found.text
        if found.label == "" and not found.names:
            name = _definite(name)  # "the bomber" stays definite: "the suicide bomber", not "a ..."
        if name.lower().startswith("the ") and not _first(i, tokens, replaced):
            name = "the" + name[3:]
        replaced[i] = name
    return replaced


def _is_speaker(doc: Any, tok: Any, tokens: list[int], offset: int, found: Mention) -> bool:
    """ "The agency said it had closed the road": a pronoun in what someone is reported to say,
    standing for that speaker, reads as the speaker where the claim names them; written out
    ("said the agency had closed") it would read as someone else's report of them."""
    for clause in (a for a in tok.ancestors if a.dep_ == "ccomp"):
        speaker = _speaker(clause.head)
        if speaker is not None and speaker.i in tokens and found.start <= offset + speaker.idx < found.end:
            return True
    return False


def _speaker(verb: Any) -> Any:
    """Who says it: the verb's subject, else that of the clause it continues ("X claimed the
    raid, saying it ...": X)."""
    while True:
        found = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if found is not None or verb.dep_ not in {"advcl", "conj", "xcomp"} or verb.head == verb:
            return found
        verb = verb.head


def _definite(phrase: str) -> str:
    """ "a suicide bomber" -> "The suicide bomber": a phrase named again is a known thing."""
    first, _, rest = phrase.partition(" ")
    return f"The {rest}" if first.lower() in {"a", "an"} and rest else phrase


def _antecedent(mentions: list[Mention], at: int, sentence: int, topical: Any, strict: Any) -> Mention | None:
    """The passes of ``resolve`` for a pronoun: its own sentence's subject and mentions, the
    previous sentence's subject, then anything earlier."""
    here = [m for m in mentions if m.sentence == sentence]
    before = [m for m in mentions if m.sentence == sentence - 1 and m.subject]
    return (
        _nearest([m for m in here if m.subject], at, topical)
        or _nearest(here, at, strict)
        or _nearest(before, at, topical)
        or _nearest(mentions, at, strict)
    )


def _fits_pronoun(
    mention: Mention, word: str, tok: Any, people: set[str], others: Any, subject: bool = False
) -> bool:
    if not others(mention) or (mention.owner and mention.owner == POSSESSIVE_OF.get(word)):
        return False  # "its mission ... it found": "it" is the owner, not what it owns
    if word in PERSON_PRONOUNS:
        return mention.label == "PERSON" or mention.text.split()[-1] in people
    if word in PLURAL_PRONOUNS:
        return mention.label == "NORP" or (mention.label == "" and mention.plural)
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_ == "be":
        return False  # "it is up to the Syrians": no antecedent
    return mention.label in {"ORG", "GPE"} or (
        subject and mention.label == "" and not mention.plural and not _names_a_person(mention.head)
    )


def _only_place_of_kind(mentions: list[Mention], sentence: int, head: str) -> Mention | None:
    """ "the country": the one place of that kind (``named_place_of_kind``) earlier sentences
    named; None when they named two (which one a text means takes more than the parse) or
    only the claim's own sentence did (there it may be another place beside it)."""
    fits = [m for m in mentions if m.sentence < sentence and named_place_of_kind(m, head)]
    return fits[-1] if len({m.text.lower() for m in fits}) == 1 else None


def named_place_of_kind(
    mention: Mention,
    head: str,
    max_rank: int = CheckTuning.place_sense_rank,
    max_steps: int = CheckTuning.place_kind_steps,
) -> bool:
    """ "the country", "the city", "the province": a place named as a scene (``named_as_scene``:
    not "backing from China") that WordNet files under the noun within ``max_steps`` "is a"
    steps (Norway is a country; a region is wider than it, its surroundings). The noun is a place word (a location within its ``max_rank`` commonest
    senses). A name WordNet does not know may be "the city", "the town" or "the village" when the
    NER model tags it a place: WordNet lists countries and regions, not every town."""
    from bot.places import SETTLEMENTS
    from bot.wordnet import wordnet

    wn = wordnet()
    if mention.label not in PLACE_NAMES or not mention.scene or not wn.is_kind(head, "location", max_rank):
        return False
    name = mention.text.lower().removeprefix("the ")
    senses = wn.senses(name)
    if not senses:
        return any(wn.kind_rank(head, kind) == 0 for kind in SETTLEMENTS) and name.isalpha()
    kinds = set(wn.senses(head))
    return any(kinds & wn.steps_above([sense], max_steps).keys() for sense in senses)


PLACE_NAMES = frozenset({"GPE", "LOC"})
"""Entity labels of named places a definite place noun ("the country") may stand for."""


def _names_a_person(head: str) -> bool:
    """ "it" is never "the mayor": WordNet files the head noun's first sense under person."""
    from bot.wordnet import wordnet

    return wordnet().kind_rank(head, "person") == 0


def _both(first: Any, second: Any, mention: Mention) -> bool:
    return bool(first(mention) and second(mention))


def _not_around(tok: Any, offset: int) -> Any:
    """A pronoun never means a noun phrase it sits inside: in "fears they could spread", "the
    raids against it" or "the men it had freed", "they" is not the fears, "it" not the raids
    nor the men; a part's group ("15 of them", ``partitive``) may be. The test returned says
    whether a mention may be the pronoun's antecedent."""
    if partitive(tok):
        return lambda mention: True
    heads = [offset + a.idx for a in tok.ancestors if a.pos_ in {"NOUN", "PROPN"}]
    return lambda mention: not any(mention.start <= at < mention.end for at in heads)


def _not_own_subject(
    doc: Any, tok: Any, offset: int, mentions: list[Mention], replaced: dict[int, str]
) -> Any:
    """A non-reflexive object pronoun never means its own clause's subject: in "He thanked
    her", "her" is not whoever "he" is; in "the authority would reopen it", "it" is not the
    authority. The test returned says whether a mention may be the pronoun's antecedent."""
    subject = None if tok.dep_ in {"nsubj", "nsubjpass"} else clause_subject(tok)
    if subject is None:
        return lambda mention: True
    subjects = [c for c in subject.head.children if c.dep_ in {"nsubj", "nsubjpass"}] or [subject]
    own = [  # every subject of the clause: "The agency, the office and ... worked on it" parsed as two
        m
        for s in subjects
        for m in mentions
        if m.start <= offset + s.idx < m.end
        or offset + s.left_edge.idx <= m.start <= offset + s.right_edge.idx
    ]
    said = replaced.get(subject.i, subject.text).lower()
    heads = {m.head for m in own if m.label == ""}
    named = subject.pos_ == "PROPN" or bool(replaced.get(subject.i))
    surname = said.split()[-1] if named and said.split() else ""
    return lambda mention: (
        not (
            mention in own
            or mention.text.lower() == said
            or (mention.label == "" and mention.head in heads)
            or (bool(surname) and surname in mention.text.lower().split())
        )
    )


def partitive(tok: Any) -> bool:
    """The word is the group a part is taken from ("five of them", "among them")."""
    return bool(tok.dep_ == "pobj" and tok.head.lower_ in PARTITIVE_PREPOSITIONS)


def clause_subject(tok: Any) -> Any:
    """The subject of the clause a non-subject word sits in: up from a preposition's object or a
    noun's modifier to the verb ("launched raids against it": the verb's subject), and up from a
    subject-controlled infinitive to its controller ("Ann is expected to thank her", "Ann tried
    to use it": Ann), not past a verb with an object (in "Ann asked Bo to help her" Bo helps);
    None when no verb above has one, or the word is the group a part is taken from ("five of
    them": the group may be the subject itself, "40 were hurt, 15 of them badly")."""
    if partitive(tok):
        return None
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb:
        verb = verb.head
    while verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None or verb.dep_ != "xcomp" or verb.head is verb:
            return subject
        verb = verb.head
        if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            return None
    return None


def _fuller(mention: Mention, head: str) -> bool:
    """A longer phrase for the same thing: "the health ministry" for "the ministry", or one naming
    it ("the village of Velm" for "the village")."""
    fuller = len(mention.text) > len("the ") + len(head) or bool(mention.names)
    return mention.head == head and not mention.plural and fuller


def _person_words(mentions: list[Mention], before: int) -> set[str]:
    """Words of the people named so far: "Tomas Brill" makes a later "Brill" a person,
    whatever label the small model gives the surname alone."""
    return {w for m in mentions if m.label == "PERSON" and m.end <= before for w in m.text.split()}


INTENSIFIERS = frozenset({"itself", "themselves"})
"""Reflexives that stress a noun ("the church itself") without narrowing which thing it is."""


def _bare_definite(tok: Any, plural: bool = False, intensified: bool = False) -> bool:
    """ "the group": a singular common noun (or, with ``plural``, a plural one: "the workers")
    whose only dependent is "the" (or, with ``intensified``, "the" and a reflexive stressing it:
    "the church itself", ``INTENSIFIERS``)."""
    children = [c for c in tok.children if not (intensified and c.i > tok.i and c.lower_ in INTENSIFIERS)]
    return (
        tok.tag_ in (("NN", "NNS") if plural else ("NN",))
        and tok.i > 0
        and len(children) == 1
        and children[0].i == tok.i - 1
        and children[0].lower_ == "the"
    )


def _epithet(tok: Any, tokens: list[int], earlier: list[Mention]) -> list[int] | None:
    """The words of a subject that describes a person without naming them, other than its head:
    "the 33-year-old" (an age) or "the former minister" (a noun WordNet files first under
    person, no earlier mention having that head noun, which the bare definite rule reads);
    news names a person, then goes on with such a description, which states nothing of who.
    None when ``tok`` heads no such subject (a plural, a name in it, a word after its head, or a
    word of it not in the claim)."""
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.left_edge.lower_ != "the" or tok.left_edge.i == tok.i:
        return None
    if tok.tag_ in {"NNS", "NNPS"}:
        return None  # "the evacuees", "the winners": many, not the one person named before
    words = [t for t in tok.subtree if t.i != tok.i]
    if any(t.i > tok.i or t.pos_ == "PROPN" or t.i not in tokens for t in words):
        return None
    head = tok.lemma_.lower()
    if not (
        _age(tok) or (tok.pos_ == "NOUN" and _names_a_person(head) and all(m.head != head for m in earlier))
    ):
        return None
    return [t.i for t in words]


def _age(tok: Any) -> bool:
    """ "old" measured in years by a number: "the 33-year-old"."""
    return tok.lower_ == "old" and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() == "year" and any(g.like_num for g in c.children)
        for c in tok.children
    )


def _a_person(mention: Mention) -> bool:
    return mention.label == "PERSON"


def _nearest(mentions: list[Mention], before: int, fits: Any) -> Mention | None:
    earlier = [m for m in mentions if m.end <= before and fits(m)]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _first(i: int, tokens: list[int], replaced: dict[int, str]) -> bool:
    """Whether token ``i`` opens the claim's text (words replaced by "" do not count)."""
    return all(j >= i or replaced.get(j) == "" for j in tokens)


DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
"""Determiners pointing at something just said ("this decision", "these fighters")."""
OTHERS = frozenset({"others", "another"})
"""Words that, standing alone as a subject or object ("seven others were hurt", "another was
held"), name more of what the sentence before named: they count on from it ("one another" is
parsed as "one" with "another" its determiner: no subject or object of its own)."""


def refers_back(doc: Any) -> bool:
    """A sentence leans on the one before when a subject or object of it is a third-person pronoun
    or a bare definite ("He added ...", "The group said ...", "brought the workers home"), or a
    noun of it takes a demonstrative ("made this pledge"), or a subject or object is "others" or
    "another" standing alone ("Seven others were hurt", ``OTHERS``): what it tells belongs to, or
    goes on from, whoever or whatever that sentence named."""
    for tok in doc:
        if tok.dep_ in ARGUMENTS and (
            tok.lower_ in PRONOUNS or tok.lower_ in OTHERS or _bare_definite(tok, plural=True)
        ):
            return True
        if tok.dep_ == "det" and tok.lower_ in DEMONSTRATIVES and tok.head.pos_ in ("NOUN", "PROPN"):
            return True
    return False


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
"""Dependency labels of a clause's subjects and objects (a preposition's too)."""
