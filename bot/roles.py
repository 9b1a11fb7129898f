"""Who did what to whom: verb frames from the dependency parse, for who/which questions.

"Who took Ostrin?" asks for the subject of "take"; in "rebel fighters took Ostrin"
that is "rebel fighters", whatever other names the sentence holds. In "a coalition led by
the VLF" the passive participle's agent ("by the VLF") is the subject of "lead". A sentence that
uses the question's verb answers with the filler of the asked role, or not at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Literal

from bot.dates import date_words
from bot.nlp import dependency_parse, is_passive
from bot.text import STOPWORDS, tokens
from index.lexicon import LIGHT_VERBS, NAME_LABELS, PLACE_PREPOSITIONS, REPORTING_VERBS

Role = Literal["agent", "patient", "complement", "oblique"]
WH = {"who", "whom", "what", "which"}
SUBJECTS = {"nsubj", "csubj"}
DROPPED = frozenset(
    {"relcl", "acl", "advcl", "punct", "cc", "mark", "prep", "appos", "det", "case", "nummod"}
)
PHRASE_DROPPED = (DROPPED - {"det", "nummod", "prep"}) | {"agent"}
"""A phrase answering "what" keeps its article, number and modifiers ("more than 40 depots", "its role in X"),
not a by-phrase the parser hung on it ("listed as a group by Velmar")."""
COMPLEMENT_DROPPED = PHRASE_DROPPED | {"prep"}
"""What an object is taken as, without the verb's adjuncts the parser hangs on it ("a gang in May")."""
KEPT_PREPS = {"of"}


@dataclass(frozen=True)
class Ask:
    """What a who/which question asks: the filler of ``role`` for verb ``lemma``."""

    lemma: str
    role: Role
    about: tuple[str, ...] = field(default=(), compare=False)
    """Tokens of the verb's other arguments ("VLF" in "who leads the VLF"): what the event is about."""
    event: str = field(default="", compare=False)
    """The verb of an event noun the asked verb takes as object ("inflicted a defeat" -> "defeat")."""
    prep: str = ""
    """For an oblique: the preposition the wh-word is the object of ("gathered at" -> "at")."""
    held: str = ""
    """For an oblique hung on the verb's object ("make use of"): that object's word."""
    when: frozenset[str] = field(default=frozenset(), compare=False)
    """The month and weekday names the question dates its event by ("in May"): a phrase answer's."""


@dataclass(frozen=True)
class Filler:
    """A role filler in a sentence: its text, offsets and whether it is a pronoun."""

    text: str
    start: int
    end: int
    pronoun: bool
    core: tuple[tuple[int, int], ...] = ()
    """Offsets of the head noun and its appositives: a name must cover one to stand for the phrase."""
    negated: bool = False
    """ "No group", "nobody", "none of them": the phrase says no one filled the role."""


@dataclass(frozen=True)
class Frame:
    lemma: str
    agent: Filler | None
    patient: Filler | None
    complement: Filler | None = None
    """What the patient is taken as ("considers the Front a terrorist group": "a terrorist group")."""
    object_phrase: Filler | None = None
    """The patient with its article and number ("more than 40 depots"), to answer "what"."""
    obliques: tuple[tuple[str, Filler], ...] = ()
    """(preposition, its object) of the verb; ("where", the noun) for a "where" relative clause."""
    object_obliques: tuple[tuple[str, Filler], ...] = ()
    """(preposition, its object) hung on the verb's object ("make use of the quarry": "of")."""

    def object_oblique(self, prep: str) -> Filler | None:
        """The object of ``prep`` hung on the verb's object: a verb-noun phrase's ("take note of X")."""
        return next((f for said, f in self.object_obliques if said == prep), None)

    def oblique(self, prep: str) -> Filler | None:
        """The object of ``prep``; for a preposition of place, also the noun a "where" relative
        clause of the verb describes ("the wells where civilians gathered": gathered at the wells)."""
        for said, filler in self.obliques:
            if said == prep or (said == "where" and prep in PLACE_PREPOSITIONS):
                return filler
        return None


@lru_cache(maxsize=4096)
def asked_role(question: str) -> Ask | None:
    """The verb and role a "who/which X" question asks about (None for "who is ...", bar
    ``_agent_noun_ask``'s "who is the leader of X")."""
    doer = _agent_noun_ask(dependency_parse(question))
    if doer is not None:
        return doer
    for tok in dependency_parse(question):
        stranded_wh = tok.lower_ in WH and tok.dep_ == "pobj" and tok.head.i > tok.i
        if stranded_wh and tok.head.head.pos_ == "VERB":  # "who did she speak to"
            verb = tok.head.head
            about = tuple(tokens(" ".join(t.text for t in verb.subtree if t not in (tok, tok.head, verb))))
            return Ask(_verb_lemma(verb), "oblique", about, prep=str(tok.head.lower_))
        wh = tok.lower_ in WH and tok.dep_ in SUBJECTS | {"nsubjpass", "dobj"}
        which_noun = tok.dep_ in SUBJECTS | {"nsubjpass", "dobj"} and any(
            c.lower_ in {"which", "what"} and c.dep_ == "det" for c in tok.children
        )
        if not (wh or which_noun):
            continue
        fronted = _fronted_object_of(tok) or merged_verb(tok)
        verb = fronted if fronted is not None else tok.head
        if not (verb.pos_ == "VERB" or verb is fronted) or _verb_lemma(verb) in LIGHT_VERBS:
            return None
        passive = is_passive(verb)
        asked = {t.i for t in tok.subtree}
        others = [
            t.text for t in verb.subtree if t.i not in asked and t != verb and t.dep_ not in {"aux", "punct"}
        ]
        about = tuple(tokens(" ".join(others)))
        lemma = _verb_lemma(verb)
        if tok.dep_ in SUBJECTS and fronted is None:
            return Ask(lemma, "patient" if passive else "agent", about, event_verb(verb))
        stranded = _stranded(verb, tok)
        return Ask(lemma, "oblique", about, prep=stranded) if stranded else Ask(lemma, "patient", about)
    return None


def _agent_noun_ask(doc: Any) -> Ask | None:
    """ "Who is the leader of X" asks who leads X: the copula's noun is the agent noun of a verb
    (WordNet files "leader", "founder", "owner" as persons and "lead", "found", "own" as verbs),
    so a sentence where X itself leads ("a coalition led by X") does not name X's leader."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "be" or not any(t.lower_ in WH for t in doc):
        return None
    for noun in (c for c in root.children if c.dep_ in {"nsubj", "attr"} and c.pos_ == "NOUN"):
        of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
        verb = agent_verb(noun.lemma_.lower())
        if verb and of:
            about = tuple(tokens(" ".join(t.text for g in of for t in g.subtree)))
            return Ask(verb, "agent", about)
    return None


def agent_verb(noun: str) -> str:
    """The verb a person noun is the doer of ("leader" -> "lead", "manager" -> "manage"), or ""."""
    from bot.wordnet import wordnet

    wn = wordnet()
    if not wn.is_kind_of(noun, "person"):
        return ""
    for end in ("er", "or", "r"):
        base = noun[: -len(end)]
        if not noun.endswith(end) or len(base) < 3:
            continue
        for verb in (base, base[:-1] if base[-1] == base[-2] else ""):  # "winner" -> "win"
            if verb and wn.senses(verb, "v"):
                return verb
    return ""


EVENT_LEXFILES = frozenset({4, 11})
"""WordNet's noun.act and noun.event files: nouns naming a deed or a happening."""


def event_verb(verb: Any) -> str:
    """A verb whose object is an event noun that is also a verb says the noun's deed in other
    words ("who inflicted the defeat on X" asks who defeated X): that verb, or "" for none."""
    from bot.wordnet import wordnet

    wn = wordnet()
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"):
        noun = obj.lemma_.lower()
        senses = wn.senses(noun, "n")
        if senses and wn.synsets[senses[0]].lexfile in EVENT_LEXFILES and wn.senses(noun, "v"):
            return noun
    return ""


def says_verb(asked: str, lemma: str) -> bool:
    """A sentence's verb says the asked one when WordNet puts them in one meaning, in any sense
    ("play" a final is to "meet" an opponent), or its commonest sense is a way of doing it
    ("beat" is a way to "defeat")."""
    from bot.wordnet import wordnet

    wn = wordnet()
    return (
        lemma == asked
        or lemma in wn.synonyms(asked, "v")
        or wn.kind_rank(lemma, asked, "v") == 0
        or _named_siblings(asked, lemma)
        or _named_parent(asked, lemma)
    )


def _named_parent(asked: str, lemma: str) -> bool:
    """One of the sentence verb's first ``AnswerTuning.way_senses`` senses sits right under a
    sense WordNet names with the asked verb ("face" an opponent is filed under "meet, play, take
    on"): in that sense it is a way of doing the asked deed, as in its commonest sense."""
    from bot.wordnet import wordnet
    from index.tuning import AnswerTuning

    wn = wordnet()
    return any(
        asked in wn.synsets[p].lemmas
        for sense in wn.senses(lemma, "v")[: AnswerTuning.way_senses]
        for p in wn.synsets[sense].parents
    )


def _named_siblings(a: str, b: str) -> bool:
    """The two verbs' commonest senses sit under one parent sense that one of them also names
    ("blame" and "accuse" under "charge, accuse"): two words for one deed, as a verb group."""
    from bot.wordnet import wordnet

    wn = wordnet()
    first_a, first_b = wn.senses(a, "v")[:1], wn.senses(b, "v")[:1]
    if not first_a or not first_b:
        return False
    shared = set(wn.synsets[first_a[0]].parents) & set(wn.synsets[first_b[0]].parents)
    return any({a, b} & set(wn.synsets[p].lemmas) for p in shared)


@lru_cache(maxsize=4096)
def asked_phrase(question: str) -> Ask | None:
    """The phrase ``_asked_phrase`` reads, with the month and weekday names dating its event."""
    ask = _asked_phrase(question)
    return replace(ask, when=date_words(question)) if ask is not None else None


def _asked_phrase(question: str) -> Ask | None:
    """The verb and role a "what/how" question asks a phrase for: the object of the innermost
    verb still missing one ("what is X accused of overseeing", "what did X say it targeted"),
    or what a verb takes its object as ("what does X regard Y as", "how does X classify Y").
    ``about`` holds the object's words when the complement is asked. None for "what is ..."."""
    for tok in dependency_parse(question):
        verb = tok.head
        if tok.lower_ == "how" and tok.dep_ == "advmod" and tok.i < verb.i and _verbal(verb):
            objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
            return Ask(_verb_lemma(verb), "complement", _words(objects[0])) if objects else None
        if tok.lower_ != "what":
            continue
        alone = not any(c.dep_ == "pobj" and c != tok for c in verb.children)  # not "what ... in Velm"
        if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.i > tok.i and alone and _verbal(verb.head):
            return Ask(_verb_lemma(verb.head), "oblique", prep=str(verb.lower_))  # "what did X settle at"
        if verb.dep_ in {"aux", "auxpass"} and verb.head.pos_ == "VERB":
            verb = verb.head  # "what is X accused of" with "what" parsed onto "is"
        if tok.dep_ == "attr" and verb.lemma_.lower() == "be":  # "what is X designated as", parsed
            subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)  # as X's participle
            participles = (
                [c for c in subject.children if c.dep_ == "acl" and c.tag_ == "VBN"] if subject else []
            )
            if subject is None or not participles:
                return None
            verb, objects = participles[0], [subject]
        elif tok.dep_ in {"dobj", "obj", "nsubjpass", "attr"} and _verbal(verb):
            objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"} and c != tok]
        else:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" and not list(c.children) for c in verb.children):
            return Ask(_verb_lemma(verb), "complement", _words(objects[0])) if objects else None
        stranded = _stranded(verb, tok)
        if stranded:
            return Ask(_verb_lemma(verb), "oblique", prep=stranded)
        dangling = _dangling(verb, tok)
        if dangling is not None:
            held = next((c for c in dangling.head.children if c.dep_ in {"dobj", "obj"}), None)
            noun = str(held.lower_) if held is not None else ""
            return Ask(_verb_lemma(dangling.head), "oblique", prep=str(dangling.prep.lower_), held=noun)
        inner = _open_verb(verb, tok)
        lemma = _verb_lemma(inner) if inner is not None else ""
        return Ask(lemma, "patient") if lemma and lemma not in LIGHT_VERBS | set(REPORTING_VERBS) else None
    return None


def _stranded(verb: Any, wh: Any) -> str:
    """The preposition left without its object after the verb when the wh-word is that object
    ("what had they gathered at", "who did she speak to"): the wh-word asks for its object."""
    if any(c.dep_ in {"dobj", "obj"} and c != wh for c in verb.children):
        return ""
    for c in verb.children:
        if c.dep_ == "prep" and c.i > verb.i and c.lower_ != "as" and not list(c.children):
            return str(c.lower_)
    return ""


@dataclass(frozen=True)
class _Dangling:
    head: Any
    """The verb whose object the fronted wh-word is, through the preposition."""
    prep: Any


def _dangling(verb: Any, wh: Any) -> _Dangling | None:
    """A preposition left without its object at the end of a deeper verb phrase, the fronted
    "what" being its object ("what was X trying to keep Y from making use of"): on an inner
    verb, or on that verb's own object noun (the parse may hang "of" on "advantage")."""
    if wh.dep_ not in {"dobj", "obj"}:
        return None
    for tok in (t for t in verb.subtree if t.i > wh.i):
        if tok.dep_ != "prep" or tok.lower_ == "as" or list(tok.children):
            continue
        head = tok.head
        if head.dep_ in {"dobj", "obj"}:
            head = head.head
        if head.pos_ == "VERB":
            return _Dangling(head, tok)
    return None


def _verbal(tok: Any) -> bool:
    """A verb, or a root with a subject or "do" the tagger took for a noun ("what did X arrange")."""
    return bool(
        tok.pos_ == "VERB"
        or (
            tok.dep_ == "ROOT"
            and any(
                c.dep_ in SUBJECTS or (c.dep_ == "aux" and c.lemma_.lower() == "do") for c in tok.children
            )
        )
    )


def _verb_lemma(tok: Any) -> str:
    """The verb's dictionary form; a gerund the tagger took for a noun ("of hiding") by WordNet."""
    if tok.pos_ == "VERB":
        return str(tok.lemma_.lower())
    from bot.wordnet import wordnet

    wn = wordnet()
    return next((f for f in wn.lemmas(tok.lower_, "v") if wn.senses(f, "v")), tok.lower_)


def _words(phrase: Any) -> tuple[str, ...]:
    return tuple(tokens(" ".join(t.text for t in phrase.subtree)))


def _open_verb(verb: Any, wh: Any) -> Any | None:
    """The innermost verb below ``verb`` (itself included) whose object is missing, the one a
    fronted "what" fills: "accused of overseeing" -> oversee, "urged X to maintain" -> maintain."""
    below = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB"]
    below += [
        g
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pcomp" or (g.dep_ == "pobj" and g.tag_ == "VBG")
    ]
    for child in below:
        found = _open_verb(child, wh)
        if found is not None:
            return found
    has_object = any(c.dep_ in {"dobj", "obj"} and c != wh for c in verb.children)
    return None if has_object or (wh.head != verb and _passive(verb)) else verb


def merged_verb(wh: Any) -> Any | None:
    """In "who did the council blame", a tagger that reads "the council blame" as one noun phrase
    makes "did" the main verb: the phrase's last word, when WordNet knows it as a verb and it
    follows a subject of its own, is the verb whose fronted object the wh-word is."""
    from bot.wordnet import wordnet

    do = wh.head
    before = wh.left_edge.i - 1
    if wh.dep_ not in SUBJECTS or do.lemma_.lower() != "do" or do.i != wh.i + 1:
        return None
    if before >= 0 and wh.doc[before].pos_ == "ADP":
        return None  # "from which city did the flight depart": the wh-phrase is the preposition's
    objects = [c for c in do.children if c.dep_ in {"dobj", "obj"} and c.pos_ == "NOUN"]
    if len(objects) != 1 or not any(c.i < objects[0].i and c.dep_ == "compound" for c in objects[0].children):
        return None
    return objects[0] if wordnet().senses(objects[0].lower_, "v") else None


def _fronted_object_of(wh: Any) -> Any | None:
    """The verb whose object ``wh`` is when it stands before "did/does/do" and that verb's own
    subject ("Whom did the jury convict?"), which the parser tags as a second subject (or as
    compounds of the verb it took for a noun: "who did the council blame"). After a
    preposition ("From which city did ...") the wh-phrase is the preposition's, not the verb's."""
    after, before = wh.right_edge.i + 1, wh.left_edge.i - 1
    if after >= len(wh.doc) or (before >= 0 and wh.doc[before].pos_ == "ADP"):
        return None
    aux = wh.doc[after]
    if aux.dep_ != "aux" or aux.lemma_.lower() != "do":
        return None
    verb = aux.head
    merged = verb.pos_ == "NOUN" and any(c.dep_ == "compound" and c.i > aux.i for c in verb.children)
    return verb if merged or any(c.dep_ in SUBJECTS and c.i > aux.i for c in verb.children) else None


@lru_cache(maxsize=50_000)
def frames(sentence: str) -> tuple[Frame, ...]:
    """Every verb of the sentence with its agent and patient, passives and participles resolved."""
    doc = dependency_parse(sentence)
    out = []
    for verb in doc:
        if verb.pos_ != "VERB":
            continue
        taken, complement = _complement(verb)
        patient = taken or _patient(verb)
        phrase = taken or _patient(verb, PHRASE_DROPPED)
        phrase = _bare_list(verb) or phrase
        out.append(
            Frame(
                verb.lemma_.lower(),
                _agent(verb),
                patient,
                complement,
                phrase,
                _obliques(verb),
                tuple(o for c in verb.children if c.dep_ in {"dobj", "obj"} for o in _obliques(c)),
            )
        )
    return tuple(out)


def _obliques(verb: Any) -> tuple[tuple[str, Filler], ...]:
    """Each preposition of the verb with its object's phrase, and ("where", the noun) when the
    verb heads a relative clause opened by "where" ("the wells where civilians were gathered")."""
    out = [
        (str(c.lower_), _filler(pobj, PHRASE_DROPPED))
        for c in verb.children
        if c.dep_ == "prep"
        for pobj in c.children
        if pobj.dep_ == "pobj"
    ]
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        out.append(("where", _filler(verb.head, PHRASE_DROPPED)))
    return tuple(out)


def _bare_list(verb: Any) -> Filler | None:
    """Several common-noun objects in a row, the last with a conjunct, are one list written
    without commas ("hit three houses a school and a clinic"): the whole list is the object."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    last = objects[-1] if objects else None
    if len(objects) < 2 or last is None or not any(c.dep_ == "conj" for c in last.children):
        return None
    items = [*objects, *(c for c in last.children if c.dep_ == "conj")]
    if any(t.pos_ != "NOUN" for t in items):
        return None
    parts = [_filler(t, COMPLEMENT_DROPPED | {"conj"}) for t in items]
    start, end = parts[0].start, max(p.end for p in parts)
    return Filler(verb.doc.text[start:end], start, end, False)


def _complement(verb: Any) -> tuple[Filler | None, Filler | None]:
    """(object, complement) where the verb says what its object is taken as: a small clause
    ("considers the Front a terrorist group"), an object complement ("named him envoy"), "as"
    after an object or a passive ("designated it as a terrorist group", "was listed as ..."), or
    a relative clause's head ("the Front, which Velmar considers a terrorist group")."""
    for c in verb.children:
        subject = next((s for s in c.children if s.dep_ in SUBJECTS), None)
        if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"NOUN", "PROPN"} and subject is not None:
            return _filler(subject, PHRASE_DROPPED), _filler(c, COMPLEMENT_DROPPED | {subject.dep_})
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if (
        len(objects) > 1 and _bare_list(verb) is None
    ):  # "labelled the Front a criminal gang": object, then what it is called
        return _filler(objects[0], PHRASE_DROPPED), _filler(objects[1], COMPLEMENT_DROPPED)
    relative = verb.dep_ == "relcl" and any(
        c.lower_ in {"which", "that", "whom", "who"}
        and c.dep_ not in SUBJECTS
        and c.dep_ not in {"dobj", "obj"}
        for c in verb.children
    )
    if relative and objects and objects[0].pos_ in {"NOUN", "PROPN"}:
        return _filler(verb.head, PHRASE_DROPPED), _filler(objects[0], COMPLEMENT_DROPPED)
    for c in verb.children:
        if c.dep_ == "oprd" and c.pos_ in {"NOUN", "PROPN"}:
            return None, _filler(c, COMPLEMENT_DROPPED)
        if c.dep_ == "prep" and c.lower_ == "as" and (objects or _passive(verb)):
            noun = next((g for g in c.children if g.dep_ == "pobj"), None)
            if noun is not None:
                return None, _filler(noun, COMPLEMENT_DROPPED)
    return None, None


def _passive(verb: Any) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ == "VBN"  # "a coalition led by ..."


def _agent(verb: Any) -> Filler | None:
    if _passive(verb):
        # "designed and built by X": coordinated participles share the agent
        for v in [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]]:
            for c in v.children:
                if c.dep_ == "agent":
                    objs = [g for g in c.children if g.dep_ == "pobj"]
                    return _filler(objs[0]) if objs else None
        return None
    for c in verb.children:
        if c.dep_ in SUBJECTS:
            if c.lower_ in {"that", "who", "which"} and verb.dep_ == "relcl":
                return _filler(verb.head)  # "forces that struck" -> "forces"
            return _filler(c)
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        return _agent(verb.head)  # "they met and agreed": "they" agreed too
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return _filler(verb.head)  # "forces using aircraft": the forces use them
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        return _agent(verb.head)  # "rebels launched an offensive, seizing Aleppo": the rebels seized it
    return None


def _patient(verb: Any, dropped: frozenset[str] = DROPPED) -> Filler | None:
    if _passive(verb):
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                return _filler(c, dropped)
        return _filler(verb.head, dropped) if verb.dep_ == "acl" else None
    for c in verb.children:
        if c.dep_ in {"dobj", "obj"}:
            if c.lower_ in {"that", "which", "whom", "who"} and verb.dep_ == "relcl":
                return _filler(verb.head, dropped)  # "the bridge that the army built" -> "the bridge"
            return _filler(c, dropped)
    return None


def _filler(head: Any, dropped: frozenset[str] = DROPPED) -> Filler:
    """The noun phrase around ``head``: modifiers, compounds and "of" phrases, no clauses. A
    phrase answer (``dropped`` keeps articles) keeps the rest of a list the parser hung on its
    head as an apposition ("two schools, a bakery and a clinic": "a bakery" has a conjunct)."""
    keep = [head]
    stack = list(head.children)
    phrase = "det" not in dropped
    while stack:
        tok = stack.pop()
        kept = (
            (tok.dep_ == "prep" and tok.lower_ in KEPT_PREPS)
            or (tok.dep_ == "appos" and tok.ent_type_)
            or (phrase and tok.dep_ == "appos" and any(c.dep_ == "conj" for c in tok.children))
        )
        if tok.dep_ in dropped and not kept:
            continue  # an appositive name ("the militant Velmar Front") stays
        keep.append(tok)
        stack.extend(tok.children)
    keep.sort(key=lambda t: t.i)
    start, end = keep[0].idx, keep[-1].idx + len(keep[-1].text)
    text = head.doc.text[start:end]
    core = [head, *[c for c in head.children if c.dep_ == "appos" and c.ent_type_]]
    core += [c for c in head.children if _named_title(c)]
    negated = head.lower_ in _NOBODY or any(
        c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in head.children
    )
    spans = tuple((t.idx, t.idx + len(t.text)) for t in core)
    return Filler(text, start, end, head.pos_ == "PRON", spans, negated)


def reach(sentence: str, filler: Filler) -> tuple[int, int]:
    """Offsets of the filler with all that hangs on its head, relative clauses included ("militants
    who fought them in Tarvel"): what the sentence says of the filler itself."""
    doc = dependency_parse(sentence)
    heads = [
        t for t in doc if filler.start <= t.idx < filler.end and not filler.start <= t.head.idx < filler.end
    ]
    if not heads:
        return filler.start, filler.end
    words = [t for h in heads for t in h.subtree]
    return min(t.idx for t in words), max(t.idx + len(t.text) for t in words)


_NOBODY = frozenset({"nobody", "none", "noone", "nothing"})
"""Pronouns that fill a role by saying no one did it ("Nobody claimed the attack")."""


def _named_title(tok: Any) -> bool:
    """A person's name compounded onto a role noun, as text without commas writes an
    appositive ("Sami Haddad head of the monitor"): the name stands for the phrase."""
    return bool(tok.dep_ == "compound" and tok.ent_type_ == "PERSON" and tok.head.text.islower())


def name_in(filler: Filler, entities: list[tuple[str, str, int, int]]) -> tuple[str, int, int]:
    """The filler as a reader wants it: the name inside it if there is one, else the phrase.

    A nationality adjective ("Velmarian rebel fighters") does not replace the phrase; a
    person or organisation named in it ("the militant Velmar Liberation Front") does.
    """
    inside = [
        (text, label, s, e)
        for text, label, s, e in entities
        if label in NAME_LABELS
        and any(s < ce and cs < e for cs, ce in filler.core or ((filler.start, filler.end),))
    ]  # "a Marnport grand jury" is a jury, not Marnport
    proper = [x for x in inside if x[1] != "NORP"]
    if proper:
        text, _, start, _ = max(proper, key=lambda x: x[3] - x[2])
        trailing = re.search(r"(\s+[a-z]+)+$", text)  # the tagger's "the Burgess Company at"
        while trailing and trailing.group().split()[-1] in STOPWORDS:
            text = text[: trailing.start() + trailing.group().rstrip().rfind(" ")].rstrip()
            trailing = re.search(r"(\s+[a-z]+)+$", text)
        return text, start, start + len(text)
    words = filler.text.split()
    while words and words[0].lower() in {"the", "a", "an", "its", "their", "his", "her"}:
        words.pop(0)
    return " ".join(words), filler.start, filler.end


CORE_DEPS = SUBJECTS | {"nsubjpass", "dobj", "obj", "attr", "acomp", "oprd"}


@lru_cache(maxsize=4096)
def core_terms(question: str) -> tuple[str, ...]:
    """Tokens of the question's main verb and its subject and object, not its settings.

    In "Were civilians killed in the strikes in central Syria?" the question is about
    civilians being killed; the strikes and the place only say where to look.
    """
    out: list[str] = []
    for root in (t for t in dependency_parse(question) if t.dep_ == "ROOT"):
        words = [root.text]
        stack = [c for c in root.children if c.dep_ in CORE_DEPS]
        while stack:
            tok = stack.pop()
            words.append(tok.text)
            stack += [c for c in tok.children if c.dep_ not in {"prep", "relcl", "acl", "advcl"}]
        out += tokens(" ".join(words))
    return tuple(out)


@lru_cache(maxsize=1024)
def asks_one_person(question: str) -> bool:
    """The question asks for one person by a singular person noun ("which official died",
    "the name of the bomber"): a name answers it, a description ("mostly aid workers") does not."""
    from bot.wordnet import wordnet

    for tok in dependency_parse(question):
        which = any(c.lower_ in {"which", "what"} and c.dep_ == "det" for c in tok.children)
        named = tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "name"
        if (which or named) and tok.tag_ == "NN":
            return wordnet().is_kind_of(tok.lemma_.lower(), "person")
    return False


OWNER_LABELS = frozenset({"NORP", "ORG", "GPE"})
"""Entity labels of a side that owns things in the news: a nation, its people, a group."""


@lru_cache(maxsize=1024)
def owned_thing(question: str) -> str:
    """The noun whose owner a "whose N" question asks ("whose warplanes" -> "warplane"), or ""."""
    for tok in dependency_parse(question):
        if tok.lower_ == "whose" and tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
            return str(tok.head.lemma_.lower())
    return ""


@lru_cache(maxsize=50_000)
def owners(
    sentence: str, thing: str, labels: frozenset[str] = OWNER_LABELS, possessed: bool = False
) -> tuple[str, ...]:
    """Who owns a thing of the asked kind in the sentence: a nation, people or group (``labels``)
    named on a noun that is the thing, a kind of it, or the kind it belongs to ("Russian planes"
    for warplanes), after its "from"/"of" ("warplanes from the Velmar coalition"), or as the
    doer of a participle that says whose it is ("the tally posted by Ada Kerr", "land held by the
    Velm Front"). With ``possessed``, only a possessive or such a doer: a name merely written on
    the thing ("the Velm hotel", "the area of Orn") may tell where it is, not whose."""
    doc = dependency_parse(sentence)
    out: list[str] = []
    for tok in doc:
        if tok.pos_ != "NOUN" or not _same_thing(tok.lemma_.lower(), thing):
            continue
        written = {"poss"} if possessed else {"amod", "compound", "poss", "nmod"}
        modifiers = [c for c in tok.children if c.dep_ in written]
        modifiers += [
            g
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"from", "of"} and not possessed
            for g in c.children
            if g.dep_ == "pobj"
        ]
        modifiers += [
            g
            for c in tok.children
            if c.dep_ == "acl" and c.tag_ == "VBN"
            for a in c.children
            if a.dep_ == "agent"
            for g in a.children
            if g.dep_ == "pobj"
        ]
        for m in modifiers:
            span = range(m.left_edge.i, m.i + 1)  # "from the Velmar coalition": the name before the noun
            ent = next((e for e in doc.ents if e.label_ in labels and e.start in span), None)
            name = re.sub(r"['’]s$", "", ent.text) if ent is not None else ""  # "Brill's record": Brill
            if name and name not in out:
                out.append(name)
    return tuple(out)


def _same_thing(lemma: str, thing: str) -> bool:
    """The noun names the asked thing: the same word, a kind of it or its kind, or a sibling
    under one WordNet parent ("plane" and "warplane" under "heavier-than-air craft")."""
    from bot.wordnet import wordnet

    wn = wordnet()
    if lemma == thing or wn.kind_rank(lemma, thing) == 0 or wn.kind_rank(thing, lemma) == 0:
        return True
    first, asked = wn.senses(lemma, "n")[:1], wn.senses(thing, "n")[:1]
    return bool(first and asked and set(wn.synsets[first[0]].parents) & set(wn.synsets[asked[0]].parents))
