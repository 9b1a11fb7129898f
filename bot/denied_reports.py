"""A telling denied in the next breath: "rebels said jets shelled the town. The army denied the reports."

Pattern: an article that tells the claim's deed or figure (a source supporting the claim) and in
its very next sentence has someone deny "the reports", "the claims", "the allegations" or "it"
gives two accounts of one event, the telling and its denial: the article stands on both sides,
as one telling two figures does. The denied thing must be the telling just made, so the denial's
object is a bare anaphor: a pronoun ("denied it", "rejected this") or a noun WordNet files under
a statement or report among its commonest senses ("the reports", "these allegations", "the
charge"), with nothing saying what it holds ("denied reports that a second bomb went off" or
"reports of a second bomb" is another telling, read by ``bot.alignment``). A refusal is no
denial ("denied his request", "denied them entry": a request is no statement), nor is a denial
that is negated, left open or only wished ("did not deny the reports", "neither confirmed nor
denied them", "refused to deny it", "may deny").
"""

from __future__ import annotations

from typing import Any

from bot.blame import is_saying
from bot.names import pertained_names
from bot.nlp import dependency_parse
from bot.sides import one_side
from bot.wordnet import wordnet
from index.lexicon import DENYING_KINDS

TOLD_KINDS = ("statement", "report")
"""WordNet kinds of a noun naming something told ("claim", "allegation", "account", "reports")."""

ANAPHORS = frozenset({"it", "this", "that", "these", "those", "them"})
"""Pronouns by which a denial points back at the telling just made."""

OPEN_WORDS = frozenset({"neither", "nor", "whether"})
"""Words leaving a denial open ("neither confirmed nor denied", "whether to deny")."""

CONTENT_DEPS = frozenset({"acl", "relcl", "prep", "ccomp", "appos"})
"""Dependents of the denied noun saying what it holds ("reports that ...", "reports of ...")."""


def denied_by_doer(claim: str, text: str, max_rank: int) -> str:
    """The denial in words ("denied the reports") when the sentence denies a telling
    (``denies_telling``) by the claim's doer: the claim's subject, or its agent after "by", sharing
    its head noun or a side word with the denier ("Velmar jets" / "Velmar's ministry", "Norway's
    navy" / "the Norwegian minister", ``bot.sides.one_side``). Someone denying what is said of
    them otherwise ("he was charged with fraud ... he denied the charges") leaves the claim's
    deed, the charging, standing; "" otherwise."""
    doer = claim_doer(claim)
    if doer is None:
        return ""
    for verb, obj in _denials(text, max_rank):
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if who is not None and _same_doer(doer, who):
            return f"{verb.text} {' '.join(t.text for t in obj.subtree)}"
    return ""


def doer_denies_part(claim: str, text: str, max_rank: int) -> str:
    """The denial in words when the claim's doer (``claim_doer``) denies, not in the present simple
    (a standing position, "denies targeting civilians"), its own part in a deed: a noun WordNet files
    under an act or under guilt among its ``max_rank`` commonest senses ("denied any responsibility",
    "rejected involvement", "denied the attack"), or a clause whose subject is the doer or its own
    ("denied its jets were involved", "denied they had fired"), not negated. An article telling the
    deed and, anywhere in it, this denial gives both accounts; "" otherwise."""
    doer = claim_doer(claim)
    if doer is None:
        return ""
    for verb in dependency_parse(text):
        if verb.pos_ not in {"VERB", "AUX"} or not _denying(verb, PART_DENYING_KINDS) or not _asserted(verb):
            continue
        who = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if who is None or verb.tag_ in PRESENT_SIMPLE or not _same_doer(doer, who):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for part in verb.children:
            if (part.dep_ == "dobj" and _deed_noun(part, max_rank)) or (
                part.dep_ == "ccomp"
                and _own_clause(part, doer, objects)
                and _of_the_deed(part, doer.head, max_rank)
            ):
                words = [t for t in verb.subtree if t.i >= verb.i and t.i <= part.right_edge.i]
                return " ".join(t.text for t in words)
    return ""


def _of_the_deed(clause: Any, deed: Any, max_rank: int) -> bool:
    """The clause speaks of the claim's deed: by its verb (the claim's, or a WordNet synonym of it
    in its ``max_rank`` commonest senses: "bombed" / "bombarded") or by a noun of an event or act
    pointed back at ("the incident", "this attack"); "denied it had paid too much" speaks of another."""
    wn = wordnet()
    lemma, deed_lemma = clause.lemma_.lower(), deed.lemma_.lower()
    if lemma == deed_lemma or lemma in wn.synonyms(deed_lemma, "v", max_rank):
        return True
    return any(
        t.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in POINTING_DETERMINERS for c in t.children)
        and any(wn.kind_rank(t.lemma_.lower(), kind) == 0 for kind in EVENT_KINDS)
        for t in clause.subtree
    )


def _deed_noun(noun: Any, max_rank: int) -> bool:
    """A noun naming a deed or a share of blame in one ("responsibility", "involvement", "attack")."""
    if noun.pos_ != "NOUN":
        return False
    wn, lemma = wordnet(), noun.lemma_.lower()
    return any(wn.is_kind(lemma, kind, max_rank) for kind in DEED_KINDS)


def _own_clause(clause: Any, doer: Any, objects: list[Any]) -> bool:
    """A clause, not negated, whose subject is the doer, a pronoun, or a noun the doer's pronoun
    owns ("its aircraft", "their troops"); a clause with no subject has the deny verb's object as
    one ("denied its jets were involved" is parsed with "its jets" as what was denied)."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None and len(objects) == 1:
        subject = objects[0]
    if subject is None:
        return False
    if subject.pos_ == "PRON" and subject.lower_ in OWN_PRONOUNS:
        return True
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subject.children):
        return True
    return _same_doer(doer, subject)


DEED_KINDS = ("act", "guilt", "wrongdoing")
"""WordNet kinds of a noun naming a deed or the blame for one ("attack", "involvement", "complicity")."""

EVENT_KINDS = ("event", "act")
"""WordNet kinds of a noun naming a happening ("incident", "attack", "raid")."""

POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
"""Determiners by which a noun points back at a deed already told ("the incident")."""

OWN_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
"""Subjects by which a denier speaks of itself ("denied it had fired")."""

OWN_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})
"""Possessives by which a denier speaks of its own ("denied its jets were involved")."""

PRESENT_SIMPLE = frozenset({"VBP", "VBZ"})
"""Penn tags of a verb in the present simple ("deny", "denies"): a position held, not a reply to
one telling (``check.standing_denial`` reads them too)."""


def claim_doer(claim: str) -> Any:
    """The head of who does the claim's main deed: its active subject, or its agent after "by"
    ("the depot was hit by Velmar jets"); None when it names none, or when its main verb tells no
    deed a denial could answer: a state ("is on trial", "owns", a copula or auxiliary) or a saying
    ("the firm says it owes tax": the saying stands whatever is denied)."""
    root = next((t for t in dependency_parse(claim) if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB":
        return None
    lemma = root.lemma_.lower()
    if is_saying(lemma) or wordnet().is_stative(lemma):
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    agent = next((c for c in root.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


def _same_doer(doer: Any, denier: Any) -> bool:
    """The two phrases name one doer: one head noun, or a capitalised word of each naming one side
    (a country by its adjective or its capital: "Ostrian jets" / "the Ostrian ministry" / "Ostria")."""
    if doer.pos_ == "PRON" or denier.pos_ == "PRON":
        return False
    if doer.lemma_.lower() == denier.lemma_.lower():
        return True
    ours = [t.text for t in doer.subtree if t.text[:1].isupper()]
    theirs = [t.text for t in denier.subtree if t.text[:1].isupper()]
    return any(_one_country(x, y) or _one_country(y, x) for x in ours for y in theirs)


def _one_country(x: str, y: str) -> bool:
    """Two side words name one side (``one_side``), or ``x`` is the adjective of a country ``y``
    names or lies in ("Norwegian" / "Oslo": the capital speaks for the country)."""
    return one_side(x, y) or any(one_side(country, y) for country in pertained_names(x))


def denies_telling(text: str, max_rank: int) -> str:
    """The denial in words ("denied the reports") when the sentence's deny verb (a WordNet kind of
    ``DENYING_KINDS`` by its commonest sense) takes as object a bare anaphor of a telling (a pronoun,
    or a noun with a statement or report among its ``max_rank`` commonest senses and nothing saying
    what it holds), asserted (not negated, open, modal or wished); "" otherwise."""
    found = _denials(text, max_rank)
    if not found:
        return ""
    verb, obj = found[0]
    return f"{verb.text} {' '.join(t.text for t in obj.subtree)}"


def _denials(text: str, max_rank: int) -> list[tuple[Any, Any]]:
    """Each asserted deny verb of the sentence with the bare anaphor of a telling it denies."""
    out = []
    for verb in dependency_parse(text):
        if verb.pos_ not in {"VERB", "AUX"} or not _denying(verb) or not _asserted(verb):
            continue
        if any(c.dep_ == "ccomp" for c in verb.children):  # "denied claims they fled": another telling
            continue
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        if len(objects) != 1:  # "denied them entry": a refusal to someone
            continue
        out += [(verb, obj) for obj in objects if obj.dep_ == "dobj" and _told_anaphor(obj, max_rank)]
    return out


def _denying(verb: Any, kinds: frozenset[str] = DENYING_KINDS) -> bool:
    """The verb's commonest sense is a kind of denying, rejecting or refuting (of ``kinds``)."""
    wn, lemma = wordnet(), verb.lemma_.lower()
    return any(wn.kind_rank(lemma, kind, "v") == 0 for kind in kinds)


PART_DENYING_KINDS = frozenset({"deny", "refute"})
"""WordNet verbs under which a verb denies a part in a deed: "rejected the offer" or "dismissed
the move" refuse a proposal, "rejected the claims" (a telling) alone is a denial."""


def _asserted(verb: Any) -> bool:
    """The deny verb is stated as done: no negation, no open "neither ... nor", no modal, and not
    the complement of another verb ("refused to deny")."""
    if verb.dep_ in {"xcomp", "advcl", "pcomp"}:
        return False
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    for head in heads:
        for child in head.children:
            if child.dep_ == "neg" or child.lower_ in OPEN_WORDS or child.tag_ == "MD":
                return False
    return True


def _told_anaphor(obj: Any, max_rank: int) -> bool:
    """A pronoun, or a noun naming something told with no dependent saying what it holds."""
    if obj.lower_ in ANAPHORS:
        return True
    if obj.pos_ != "NOUN" or any(c.dep_ in CONTENT_DEPS for c in obj.children):
        return False
    wn, lemma = wordnet(), obj.lemma_.lower()
    return any(wn.is_kind(lemma, kind, max_rank) for kind in TOLD_KINDS)
