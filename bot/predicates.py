"""Which of a claim's verbs a sentence must state before it can support the claim.

A claim's verbs are its predicate, but not every verb is something to find word for word: a
clause that only dates the claim ("on the day the offer emerged") says when, a verb of saying
("spoke about") only frames what its speaker said, and a verb whose count the sentence
gives ("earned under $250,000" against "took $239,850") is stated by that figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.blame import is_saying
from bot.count_owner import count_verb, counts
from bot.nlp import dependency_parse
from bot.text import TokenPool, tokens, word_stem, written_apart
from bot.values import allows, same_measure
from bot.wordnet import wordnet
from index.lexicon import DENIAL_VERBS, REPORTING_VERBS, SUPPORT_VERBS

TIME_KINDS = ("time_period", "time_unit")
"""WordNet categories of nouns that name a stretch of time ("day", "week", "night")."""


def unasked_verbs(
    claim: str, text: str, sentence: TokenPool, evidence_verbs: list[str], view_rank: int = 1
) -> set[str]:
    """The claim verbs the sentence need not write: dating, framing and counted verbs."""
    return (
        dating_verbs(claim)
        | naming_clause_verbs(claim)
        | framing_verbs(claim, sentence, evidence_verbs, text, view_rank)
        | counted_verbs(claim, text)
    )


def dating_verbs(claim: str) -> set[str]:
    """Verbs of a clause that modifies a time noun ("on the day the offer emerged", "the week
    the talks collapsed"): the clause picks the date, it is not what the claim says happened."""
    return _clause_verbs(claim, names_time)


def naming_clause_verbs(claim: str) -> set[str]:
    """Verbs of a relative or participial clause on a thing the claim names ("the Zeta machine,
    built by Orvan, came third", "the Budget Tarn delivers in May"): the name says which thing,
    the clause only describes it (its names and dates are still checked), so a sentence about
    that named thing need not repeat the clause's verb."""
    return _clause_verbs(claim, _named)


def _clause_verbs(claim: str, on: Callable[[Any], bool]) -> set[str]:
    """The verbs of each relative or participial clause whose noun passes ``on``."""
    out: set[str] = set()
    for tok in dependency_parse(claim):
        if tok.pos_ == "VERB" and tok.dep_ in {"relcl", "acl"} and on(tok.head):
            out |= {t.text.lower() for t in tok.subtree if t.pos_ == "VERB"}
    return out


def without_reporting_scene(claim: str) -> str:
    """The claim without the participle clause it opens with on a verb of saying ("Speaking in
    Velm, Tarn said the pier will reopen" -> "Tarn said the pier will reopen"): that clause tells
    where or when it was said, not what was said, and its place is not where the deed happened.
    The claim itself when it opens otherwise."""
    doc = dependency_parse(claim)
    for tok in doc:
        head = tok.head
        if (
            tok.pos_ == "VERB"
            and tok.dep_ == "advcl"
            and tok.tag_ in {"VBG", "VBN"}
            and tok.left_edge.i == 0
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)
            and head.pos_ == "VERB"
            and (head.lemma_.lower() in REPORTING_VERBS or is_saying(head.lemma_.lower()))
        ):
            end = tok.right_edge.i + 1
            if end < len(doc) and doc[end].text == ",":
                rest = claim[doc[end + 1].idx :] if end + 1 < len(doc) else ""
                return rest[:1].upper() + rest[1:] if rest else claim
    return claim


def _named(noun: Any) -> bool:
    """A proper name, or a noun a proper name qualifies ("the Zeta machine", "Orvan's plan")."""
    if noun.pos_ == "PROPN":
        return True
    return noun.pos_ == "NOUN" and any(
        c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in noun.children
    )


def names_time(noun: Any) -> bool:
    """The noun names a stretch of time in WordNet ("day", "week")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and any(wordnet().is_kind_of(lemma, kind) for kind in TIME_KINDS)


def framing_verbs(
    claim: str, sentence: TokenPool, evidence_verbs: list[str], text: str, view_rank: int = 1
) -> set[str]:
    """Verbs of saying ("spoke about", "told", "admitted") or of holding a view on a clause
    (``holds_view``: "thinks that", "reckons") whose speaker the sentence has saying something
    (``speakers``): they frame what was said, and the words of that are checked on their
    own ("Brill highlighted ..." states "Brill spoke about ..."; "Brill said" states "Brill
    thinks"). A speaker named only inside what another said ("a council strike hit the pier,
    the monitor said") says nothing, so "the council admitted that ..." is not framed by it. Not
    when either side denies: a denial is the opposite of saying."""
    if any(_denies(e) for e in evidence_verbs):
        return set()
    said_by = speakers(text)
    out: set[str] = set()
    for tok in dependency_parse(claim):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or not (is_saying(lemma) or holds_view(tok, view_rank)) or _denies(lemma):
            continue
        speaker = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        words = tokens(" ".join(t.text for t in speaker.subtree)) if speaker is not None else []
        head = tokens(speaker.text) if speaker is not None else []
        if words and all(sentence.has(w) for w in words) and all(said_by.has(w) for w in head or words[-1:]):
            out.add(tok.text.lower())
    return out


def holds_view(verb: Any, max_rank: int) -> bool:
    """A verb of holding a view on the clause it governs: one of its commonest WordNet senses (up
    to ``max_rank``) is a sense of "think" ("believes that", "reckons", "supposes"); what its
    holder says states it. Not "doubts" or "rejects": no sense of theirs is thinking so."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "ccomp" for c in verb.children) and (
        lemma == "think" or "think" in wordnet().synonyms(lemma, "v", max_rank)
    )


def speakers(text: str) -> TokenPool:
    """The head words of the text's speakers: the subjects of its verbs of saying ("the monitor
    said", "Brill highlighted") and whom it is "according to"."""
    doc = dependency_parse(text, entities=False)
    heads = [
        c
        for t in doc
        if t.pos_ == "VERB" and (t.lemma_.lower() in REPORTING_VERBS or is_saying(t.lemma_.lower()))
        for c in t.children
        if c.dep_ == "nsubj"
    ]
    heads += [  # "made a declaration", "gave a speech": a light verb whose object is the saying
        c
        for t in doc
        if t.pos_ == "VERB" and t.lemma_.lower() in SUPPORT_VERBS and any(_a_saying(o) for o in t.children)
        for c in t.children
        if c.dep_ == "nsubj"
    ]
    heads += [
        c
        for t in doc
        if t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lower_ == "according"
        for c in t.children
        if c.dep_ == "pobj"
    ]
    return TokenPool(
        w for head in heads for w in tokens(head.text)
    )  # the head: a run-on parse hangs clauses on it


def _a_saying(noun: Any) -> bool:
    """A light verb's object noun whose commonest WordNet sense is a telling ("declaration",
    "speech", "remarks"): the light verb with it says something."""
    return (
        noun.dep_ in {"dobj", "obj"}
        and noun.pos_ == "NOUN"
        and wordnet().commonest_file(noun.lemma_.lower(), "n") == "noun.communication"
    )


def _denies(verb: str) -> bool:
    return any(lemma in DENIAL_VERBS for lemma in wordnet().lemmas(verb, "v"))


def counted_verbs(claim: str, text: str) -> set[str]:
    """Claim verbs (as written) whose count the sentence gives for the same counted thing with
    an agreeing figure: "earned under $250,000" is stated by "took $239,850", "showing in more
    than 950 cinemas" by "opening in 957 cinemas"."""
    evidence = counts(text)
    doc = dependency_parse(claim)
    out: set[str] = set()
    for cq in counts(claim):
        if not cq.unit or not any(
            e.unit and same_measure(e.unit, cq.unit) and allows(e, cq) for e in evidence
        ):
            continue
        verb = count_verb(doc, cq)
        if verb is not None:
            out.add(verb.text.lower())
    return out


def unstated_subject(claim: str, sentence: TokenPool, text: str = "", sense_rank: int | None = None) -> str:
    """The subject noun of one of the claim's clauses that the sentence never names, by word or
    WordNet synonym ("most teenagers own X" is not stated by "X is the gadget of young adults";
    "the survey found" is by "the study found"); names are checked elsewhere, pronouns point,
    and a speaker ("prosecutors say") only reports the claim. Given the sentence's ``text``, a
    noun it names only as what a negated verb was not done to ("did not interview teenagers")
    is not named: nothing is said of it. ``sense_rank`` keeps synonyms to the noun's commonest
    senses (a whole article holds some word of a rare sense: "hit" for "strike")."""
    wn = wordnet()
    denied = _only_denied(text) if text else TokenPool(())
    for tok in dependency_parse(claim):
        if (
            tok.dep_ not in {"nsubj", "nsubjpass"}
            or tok.pos_ != "NOUN"
            or tok.head.pos_ not in {"VERB", "AUX"}
        ):
            continue
        if any(c.dep_ in {"nummod", "quantmod"} for c in tok.children) or is_saying(tok.head.lemma_.lower()):
            continue  # "three people died": a count, checked as one; "prosecutors say": who reports it
        lemma = tok.lemma_.lower()
        forms = {lemma, tok.text.lower()} | set(wn.synonyms(lemma, "n", sense_rank))
        if not any(  # a phrase ("work stoppage") is named by all its words, not by "work"
            (said := tokens(form.replace("_", " ")))
            and all(sentence.has(t) and not denied.has(t) for t in said)
            for form in forms
        ) and not (text and written_apart(tok.text, text)):  # "war planes" names "warplanes"
            return tok.text
    return ""


def _only_denied(text: str) -> TokenPool:
    """The tokens a text writes only inside the objects of its negated verbs: "the survey did
    not interview teenagers" names the survey, not teenagers."""
    doc = dependency_parse(text, entities=False)
    denied = {
        t.i
        for verb in doc
        if any(c.dep_ == "neg" for c in verb.children)
        for obj in verb.children
        if obj.dep_ in {"dobj", "obj"}
        for t in obj.subtree
    }
    inside = {t for tok in doc if tok.i in denied for t in tokens(tok.text)}
    return TokenPool(inside - {t for tok in doc if tok.i not in denied for t in tokens(tok.text)})


def other_verbs(
    claim_verbs: list[str], evidence_verbs: list[str], similar: Callable[[str, str], bool]
) -> list[str]:
    """The sentence's verbs that say something else than every claim verb (not the same word, a
    WordNet synonym or close in meaning): a negation before one of them ("did not interview
    teenagers") negates that deed, while "would not weaken" still negates "would soften"."""
    wn = wordnet()
    return [
        e
        for e in evidence_verbs
        if not any(
            word_stem(e) == word_stem(v)
            or any(lemma in wn.synonyms(v, "v") for lemma in wn.lemmas(e, "v"))
            or similar(v, e)
            for v in claim_verbs
        )
    ]


def reported_clause(claim: str) -> str:
    """What a claim that attributes its content reports, without the attribution: "Velm's mayor
    said the pier will reopen" / "The pier will reopen, the mayor said" / "According to the mayor,
    the pier will reopen" -> "The pier will reopen". "" when the claim attributes nothing, or its
    verb of saying denies the content ("denied that the pier will reopen", ``_denies``), or it
    tells of the speaker's own deed (``_own_deed``)."""
    doc = dependency_parse(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return ""
    according = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "according"), None)
    if according is not None:
        drop = {t.i for t in according.subtree}
        words = [t for t in doc if t.i not in drop]
    else:
        lemma = root.lemma_.lower()
        if root.pos_ != "VERB" or not (lemma in REPORTING_VERBS or is_saying(lemma)) or _denies(lemma):
            return ""
        content = next((c for c in root.children if c.dep_ == "ccomp"), None)
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
            return ""
        if content is None:
            said = _predicate_said(root)
            return said[:1].upper() + said[1:] if len(tokens(said)) >= 2 else ""
        if _own_deed(content):
            return ""
        words = [t for t in content.subtree if not (t.dep_ == "mark" and t.head.i == content.i)]
    text = "".join(t.text_with_ws for t in words).strip(" ,")
    if len(tokens(text)) < 2:
        return ""
    return text[:1].upper() + text[1:]


def credited_source(claim: str) -> frozenset[str]:
    """Pattern: the tokens of the source a claim credits with its content, the subject of its
    verb of saying ("The Tarn Herald reports that the mill closed") or whom it is "according to";
    empty when the claim reports nothing (``reported_clause``). Such a source may be the outlet of
    the article that tells the content, named only in its masthead or credit line."""
    if not reported_clause(claim):
        return frozenset()
    doc = dependency_parse(claim)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return frozenset()
    according = [
        o
        for c in root.children
        if c.dep_ == "prep" and c.lower_ == "according"
        for to in c.children
        for o in to.children
        if o.dep_ == "pobj"
    ]
    heads = according or [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return frozenset(t for h in heads for w in h.subtree for t in tokens(w.text))


def crediting_verbs(claim: str) -> set[str]:
    """The verb of saying (as written) by which a claim credits its content to a source ("reports"
    in "The Tarn Herald reports that the mill closed"); empty for "according to" or no report."""
    if not reported_clause(claim):
        return set()
    root = next((t for t in dependency_parse(claim) if t.dep_ == "ROOT"), None)
    if root is None or any(c.dep_ == "prep" and c.lower_ == "according" for c in root.children):
        return set()
    return {root.text.lower()}


def credited_outlet(credited: frozenset[str], article: TokenPool, page: TokenPool) -> bool:
    """The source a claim credits (``credited_source``) is the outlet of the article: its page
    (outlet field, masthead, credit line) names it and its claim sentences do not, so the article
    is the source's own report. A source the sentences name (a speaker, "Fidan said") is no
    outlet: another's sentence does not tell what that one said."""
    return bool(credited) and all(page.has(t) for t in credited) and not all(article.has(t) for t in credited)


def said_predicate(verb: Any) -> Any | None:
    """Pattern: a verb of saying (WordNet's communication in its commonest sense, no denial) that
    says a predicate of its object ("called the plans inadequate", "describes Tarn as a hub",
    "labelled the bridge a failure") reports "the object is the predicate": the predicate's head
    token; None when the verb says no predicate of an object."""
    if verb.pos_ != "VERB" or not is_saying(verb.lemma_.lower()) or _denies(verb.lemma_.lower()):
        return None
    if not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "oprd":
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            return next((g for g in c.children if g.dep_ in {"pobj", "amod", "acomp"}), None)
    return None


def _predicate_said(root: Any) -> str:
    """ "X called the plan inadequate" -> "the plan is inadequate" (``said_predicate``); "" when
    the root says no predicate of an object."""
    predicate = said_predicate(root)
    thing = next((c for c in root.children if c.dep_ in {"dobj", "obj"}), None)
    if predicate is None or thing is None:
        return ""
    said = "".join(t.text_with_ws for t in thing.subtree).strip()
    told = "".join(t.text_with_ws for t in predicate.subtree).strip()
    return f"{said} is {told}"  # read by the sentence model, which weighs no agreement


def _own_deed(content: Any) -> bool:
    """The reported clause tells of its speaker's own deed: its subject is a pronoun or has one
    as possessor ("Orvan admitted its ships had sunk the ferry", "the group claimed it set the
    fire"). Who says such a thing is the point (an admission, a claim of a deed), so its words
    are not weighed apart from the speaker's."""
    subject = next((c for c in content.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (
        subject.tag_ == "PRP" or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)
    )
