"""A text (a sentence, a paragraph, a draft) -> atomic, checkable claims with their spans.

From one spaCy parse per sentence, with no LLM: coordinated clauses and verb phrases become
claims sharing their subject, lists of figures are split, asides after a comma ("..., killing
12", "..., among them six boys", "..., with one shell striking a school") are claims of
their own, an attribution ("..., the ministry said") stays on every claim it covers, third-person pronouns and bare "the group" take an
antecedent from earlier in the text (``bot/antecedents.py``), and claims with nothing to
check are kept but marked (``bot/checkworthy.py``). A claim is a set of the sentence's
tokens: its own words (``start``/``end`` in the input) plus the parts it shares with others
(the subject, the attribution), so every claim points back at exactly what it was built from.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.antecedents import Mention, mentions_of, resolve
from bot.blame import capital_subject
from bot.checkworthy import judge_worthiness
from bot.nlp import nlp
from bot.types import TextClaim
from bot.wordnet import wordnet
from index.split import split_sentences

VERBISH = {"VERB", "AUX"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
"""Finite verb tags: a finite conjunct takes only the subject ("has X and carried out Y")."""
SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
SHARED_LEFT = SUBJECTS | {"aux", "auxpass", "neg"}
"""What a non-finite conjunct shares of the verb it continues ("will try to use X and create Y":
"will try to"); the verb's other left words ("re-" in "re-establish", "also") are its own."""
_EDGE = {"cc", "punct", "mark", "preconj"}
_LINES = re.compile(r"[^\n]+")


@dataclass
class Part:
    """One claim in the making: token indices of its own words and of what it shares."""

    head: Any
    own: list[int]
    shared: list[int] = field(default_factory=list)
    attributed: bool = False
    front: list[int] = field(default_factory=list)
    """Own words said before the shared ones ("15 of them" in "15 of them were wounded")."""
    silent: list[int] = field(default_factory=list)
    """Own words left out of the claim's text ("among them" in "among them six boys")."""


def decompose(text: str) -> list[TextClaim]:
    """Every sentence of ``text`` as one or more claims, in reading order, spans into ``text``."""
    spans = [s for line in _LINES.finditer(text) for s in split_sentences(text, line.start(), line.end())]
    docs = list(nlp().pipe(_normalise(text[s:e]) for s, e in spans))
    if any(_misread_object(doc) or _semicolons(doc) for doc in docs):
        spans = [
            (s + a, s + b) for (s, _), doc in zip(spans, docs, strict=True) for a, b in _clause_spans(doc)
        ]
        docs = list(nlp().pipe(_normalise(text[s:e]) for s, e in spans))
    claims: list[TextClaim] = []
    earlier: list[Mention] = []
    for n, ((offset, _), doc) in enumerate(zip(spans, docs, strict=True)):
        here = mentions_of(doc, offset, n)
        for sent in doc.sents:
            for part in _parts(sent):
                claims.append(_claim(doc, part, offset, earlier + here))
        earlier.extend(here)
    return claims


_MODIFIERS = {"det", "compound", "amod", "nummod", "poss", "punct"}
"""Words that open a noun phrase before its head ("the", "old", "two", "Velmar")."""


def _misread_object(doc: Any) -> Any:
    """ "X took B and C fled": a verb of doing left without its object right before a pair "B and
    C" that a later verb follows is the parser's garden path (it reads "B and C" as that verb's
    subjects): B is the first verb's object and "C fled" a clause of its own. Returns the "and"
    to cut at, or None. A verb of saying or thinking may take the clause ("said B and C fled")."""
    wn = wordnet()
    for verb in doc:
        if verb.pos_ != "VERB" or verb.tag_ not in FINITE or verb.i + 1 >= len(doc):
            continue
        if any(c.dep_ in {"dobj", "obj"} for c in verb.children) or wn.takes_clause(verb.lemma_.lower()):
            continue
        thing = next((t for t in doc[verb.i + 1 :] if t.dep_ not in _MODIFIERS), None)
        if thing is None or thing.pos_ not in {"NOUN", "PROPN"}:
            continue
        for other in (c for c in thing.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}):
            cc = next((t for t in doc[thing.i + 1 : other.left_edge.i] if t.dep_ == "cc"), None)
            after = other.right_edge.i + 1
            if (
                cc is not None
                and after < len(doc)
                and doc[after].pos_ in VERBISH
                and doc[after].tag_ in FINITE
            ):
                return cc
    return None


def _semicolons(doc: Any) -> list[Any]:
    """The semicolons joining whole clauses ("Storms hit Velm; the council shut two roads"): each
    side has a subject of a verb on that side, so each is a sentence of its own, however the parse
    links them; a list's semicolons ("Velm, Tarn; Arden, Holt") or an elided verb ("prices rose
    4%; wages, 2%") are not."""
    marks = [t for t in doc if t.text == ";"]
    edges = [0, *(m.i for m in marks), len(doc)]
    whole = [
        any(t.dep_ in SUBJECTS and t.head.pos_ in VERBISH and a <= t.head.i < b for t in doc[a:b])
        for a, b in itertools.pairwise(edges)
    ]
    return [m for n, m in enumerate(marks) if whole[n] and whole[n + 1]]


def _clause_spans(doc: Any) -> list[tuple[int, int]]:
    """The doc's character spans: cut at semicolons joining whole clauses (``_semicolons``), else
    in two around a misread "and" (``_misread_object``)."""
    marks = _semicolons(doc)
    if marks:
        starts = [0, *(doc[m.i + 1].idx for m in marks if m.i + 1 < len(doc))]
        ends = [m.idx for m in marks] + [len(doc.text)]
        return [(a, b) for a, b in zip(starts, ends, strict=False) if doc.text[a:b].strip()]
    cc = _misread_object(doc)
    if cc is None:
        return [(0, len(doc.text))]
    before = doc[cc.i - 1]
    return [(0, before.idx + len(before.text)), (doc[cc.i + 1].idx, len(doc.text))]


def _normalise(sentence: str) -> str:
    """Curly apostrophes as straight ones, as ``bot.nlp`` parses them; same length, same offsets."""
    return sentence.replace("’", "'").replace("‘", "'")


def _parts(sent: Any) -> list[Part]:
    """The sentence's claims: attributions set aside, then clauses and figures split."""
    according = _according(sent)
    parts = []
    for part in _attributed(sent.root, [], according):
        for split in (f for a in [*_asides(part), *_fronted_facts(part)] for f in _figures(a)):
            split.own = [i for i in split.own if i not in according]
            split.shared = sorted(set(split.shared) | according)
            if any(split.own):
                parts.append(split)
    return parts or [Part(sent.root, [t.i for t in sent])]


def _attributed(head: Any, shared: list[int], according: set[int]) -> Iterator[Part]:
    """``X said (that) C``: C's claims, each carrying "X said" (the writer's own "I think" dropped)."""
    for part in _split_verbs(head):
        part.shared = shared + part.shared
        content = next((c for c in part.head.children if c.dep_ == "ccomp" and c.i in part.own), None)
        subject = _subject(part.head)
        if subject is None:  # "IS said ...": an all-capitals name the parser read as "is"
            subject = capital_subject(part.head)
        if content is None or subject is None:
            part.attributed = part.attributed or bool(shared) or bool(according)
            yield part
            continue
        inside = {t.i for t in content.subtree}
        frame = [i for i in part.own if i not in inside]
        first_person = subject.lower_ in {"i", "we"}
        for claim in _attributed(content, part.shared + ([] if first_person else frame), according):
            claim.attributed = claim.attributed or not first_person
            yield claim


def _split_verbs(head: Any) -> list[Part]:
    """``S V1 X and V2 Y`` -> ``S V1 X`` + ``S V2 Y``; a conjunct with its own subject stands alone."""
    chain = _xcomp_chain(head)
    conjuncts = [
        c for t in chain for c in t.children if c.dep_ == "conj" and c.pos_ in VERBISH and not _elliptic(c)
    ]
    removed = _conjunct_tokens(conjuncts)
    base = [t.i for t in head.subtree if t.i not in removed]
    parts = [Part(head, base)]
    for conj in conjuncts:
        prefix: list[int] = []
        if _own_subject(conj) is None:
            if (conj.tag_ in FINITE and not _passive_continued(conj)) or _own_auxiliary(conj):
                subject = _subject(conj.head)
                prefix = [t.i for t in subject.subtree] if subject is not None else []
            else:  # "was arrested and charged": the clause up to the verb it continues ("X was")
                own_left = {t.i for c in conj.head.lefts if c.dep_ not in SHARED_LEFT for t in c.subtree}
                prefix = [i for i in base if i < conj.head.i and i not in own_left]
        for part in _split_verbs(conj):
            parts.append(Part(part.head, part.own, prefix + part.shared))
    return parts


def _elliptic(conj: Any) -> bool:
    """ "40 were killed and 12 injured": a participle with a subject of its own but no auxiliary,
    after a verb that has one, borrows that auxiliary; it cannot stand as a claim alone ("12
    injured"), so the coordination stays one claim."""
    return (
        conj.tag_ == "VBN"
        and _own_subject(conj) is not None
        and not any(c.dep_ in {"aux", "auxpass"} for c in conj.children)
        and any(c.dep_ in {"aux", "auxpass"} for c in conj.head.children)
    )


def _own_auxiliary(conj: Any) -> bool:
    """ "had landed and was refuelling": a conjunct with an auxiliary of its own is finite by
    it, so it shares the subject and not the first verb's auxiliaries ("had was refuelling")."""
    return any(c.dep_ in {"aux", "auxpass"} and c.i < conj.i for c in conj.children)


def _passive_continued(conj: Any) -> bool:
    """ "was arrested and charged with X": a past form with no object after a passive is passive
    too (the tagger often reads "charged" as a simple past)."""
    return (
        conj.tag_ == "VBD"
        and any(c.dep_ == "auxpass" for c in conj.head.children)
        and not any(c.dep_ in {"dobj", "obj"} for c in conj.children)
    )


def _asides(part: Part) -> list[Part]:
    """Clauses set off by a comma say one more thing each: "the raids, which killed 12" ->
    "the raids killed 12"; "X fled, ending 50 years of rule" -> "X ending 50 years of rule"."""
    doc = part.head.doc
    own = set(part.own)
    out: list[Part] = []
    for i in part.own:
        clause = doc[i]
        before = clause.left_edge.i - 1
        if i not in own or before < 0 or doc[before].text != "," or before not in own:
            continue
        words = {t.i for t in clause.subtree}
        if clause.dep_ == "relcl":
            pronoun = next(
                (c for c in clause.children if c.dep_ in SUBJECTS and c.tag_ in {"WDT", "WP"}), None
            )
            if pronoun is None:
                continue
            described = who_described(clause.head, pronoun)
            antecedent = {t.i for t in described.subtree if t.dep_ != "punct"} - words
            out.append(Part(clause, sorted(words - {pronoun.i}), sorted(antecedent), part.attributed))
        elif (said := _partitive_of_pronoun(clause)) is not None:
            share, head = said
            subject = sorted(
                {share.i}
                | {t.i for c in share.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree}
            )
            verb = [head.i, *(c.i for c in head.children if c.dep_ in {"aux", "auxpass"})]
            out.append(Part(clause, sorted(words), sorted(verb), part.attributed, subject))
        elif (kind := _part_of_object(clause)) is not None:  # "killed 40 people, among them six boys"
            verb, said_of = kind
            subject = _subject(verb)
            kept = [t.i for t in subject.subtree] if subject is not None else []
            kept += [verb.i, *(c.i for c in verb.children if c.dep_ in SHARED_LEFT - SUBJECTS)]
            out.append(Part(clause, sorted(words), sorted(kept), part.attributed, silent=sorted(said_of)))
        elif _absolute(clause):  # "X hit Velm, with one shell striking a school"
            out.append(Part(clause, sorted(words), [], part.attributed, silent=[clause.i]))
        elif _trailing_place(clause):  # "X exploded at A, on the road to B" -> "X exploded on the road to B"
            verb = clause.head
            subject = _subject(verb)
            kept = [t.i for t in subject.subtree] if subject is not None else []
            kept += [verb.i, *(c.i for c in verb.children if c.dep_ in SHARED_LEFT - SUBJECTS)]
            out.append(Part(clause, sorted(words), sorted(kept), part.attributed))
        elif (mark := _contrast_mark(clause)) is not None:  # "A won the cup, while B won the plate"
            out.append(Part(clause, sorted(words - {mark.i}), [], part.attributed))
        elif clause.dep_ == "advcl" and clause.tag_ == "VBG" and _own_subject(clause) is None:
            subject = _subject(clause.head)  # none when the parse lost it: the aside stands alone
            doer = [t.i for t in subject.subtree] if subject is not None else []
            out.append(Part(clause, sorted(words), doer, part.attributed))
        else:
            continue
        after = max(words) + 1
        own -= words | {before} | ({after} if after < len(doc) and doc[after].text == "," else set())
        out[-1].shared = sorted(set(out[-1].shared) | set(part.shared))
    return [Part(part.head, sorted(own), part.shared, part.attributed), *out]


def who_described(noun: Any, pronoun: Any) -> Any:
    """The noun a relative clause tells of: the one the parse hangs it on, unless its pronoun is
    "who" (a person or a group) and that noun, the object of a preposition, is no person while
    the noun the preposition hangs on is one ("a passenger in the car, who may have been a
    lookout", "the mayor of Velm, who took office in May": the passenger, the mayor)."""
    if pronoun.lower_ not in {"who", "whom"} or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return noun
    above = noun.head.head
    if above.pos_ != "NOUN" or not _someone(above):
        return noun
    person = noun.ent_type_ in {"PERSON", "ORG", "NORP"} or (noun.pos_ == "NOUN" and _someone(noun))
    return noun if person else above


def _someone(noun: Any) -> bool:
    """A noun whose commonest WordNet sense is a person or a group."""
    lemma = noun.lemma_.lower()
    return any(wordnet().kind_rank(lemma, kind) == 0 for kind in ("person", "group"))


FACT_MARKS = frozenset({"after", "since", "when"})
"""Conjunctions of time whose past clause the sentence takes as having happened."""


def _fronted_facts(part: Part) -> list[Part]:
    """ "After the mayor resigned, the council met": a clause of time opening the sentence, with
    its own subject and a past verb, tells a fact the sentence takes as given: a claim of its
    own (its conjunction left out); the main claim keeps it as its time."""
    out = []
    for clause in (part.head.doc[i] for i in part.own):
        if clause.dep_ != "advcl" or clause.head.i != part.head.i or clause.i > part.head.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in FACT_MARKS), None)
        past = clause.tag_ in {"VBD", "VBN"} and (
            clause.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in clause.children)
        )
        if mark is None or _own_subject(clause) is None or not past:
            continue
        doc = clause.doc
        comma = next((t.i for t in doc[clause.i : part.head.i] if t.text == ","), part.head.i)
        words = {t.i for t in clause.subtree if t.dep_ != "punct" and t.i < comma} - {mark.i}
        out.append(Part(clause, sorted(words), list(part.shared), part.attributed))
    return out


CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
"""Conjunctions of contrast or concession: the clause they open is asserted, like the main one."""


def _contrast_mark(clause: Any) -> Any:
    """ "A won the cup, while B won the plate": after a comma, a finite clause with its own
    subject opened by a conjunction of contrast (``CONTRAST_MARKS``) states a second fact, not a
    condition of the first; its conjunction, else None."""
    if clause.dep_ != "advcl" or _own_subject(clause) is None:
        return None
    finite = clause.tag_ in FINITE or any(
        c.tag_ in FINITE for c in clause.children if c.dep_ in {"aux", "auxpass"}
    )
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS), None)
    return mark if finite else None


def _absolute(clause: Any) -> bool:
    """ "Shells hit Velm, with one shell striking a school": after a comma, "with" and a noun
    doing a participle's deed is a clause of its own (its noun is the doer, not the main verb's
    subject); its claim is the noun and the participle's phrase, "with" left out. The parse hangs
    the participle on the noun or the noun on the participle."""
    if clause.dep_ != "prep" or clause.lower_ != "with":
        return False
    return any(
        (c.dep_ == "pobj" and any(a.dep_ == "acl" and a.tag_ == "VBG" for a in c.children))
        or (c.dep_ == "pcomp" and c.tag_ == "VBG" and any(a.dep_ in SUBJECTS for a in c.children))
        for c in clause.children
    )


def _trailing_place(clause: Any) -> bool:
    """A prepositional phrase on the verb, set off by a comma at the end of its sentence ("...
    near A, on the road to B."): one more detail of where, a claim of its own."""
    doc = clause.doc
    after = clause.right_edge.i + 1
    return (
        clause.dep_ == "prep"
        and clause.head.pos_ in VERBISH
        and any(c.dep_ == "pobj" for c in clause.children)
        and (after >= len(doc) or doc[after].is_sent_end or doc[after].text in {".", "!", "?"})
    )


def _partitive_of_pronoun(clause: Any) -> tuple[Any, Any] | None:
    """ "40 were wounded, 15 of them critically": after the comma, a number "of them" opens a
    verbless clause saying the verb again of part of its subject; the number and the verb, or
    None. The parse hangs it on the verb or, in apposition, on the subject."""
    first = clause.doc[clause.left_edge.i]
    head = clause.head
    if clause.dep_ == "appos" and head.dep_ in SUBJECTS:
        head = head.head
    if first.pos_ != "NUM" or head.pos_ not in VERBISH:
        return None
    of = [c for c in first.children if c.dep_ == "prep" and c.lower_ == "of"]
    if not of or not any(g.tag_ == "PRP" for g in of[0].children):
        return None
    return first, head


PART_PREPS = frozenset({"of", "among"})
"""Prepositions that take a part from a group named by a pronoun ("five of them", "among them")."""


def _part_of_object(clause: Any) -> tuple[Any, set[int]] | None:
    """ "Shells killed 40 people, among them six boys" / "..., four of them boys":
    after the comma, a verbless noun phrase counts a kind of the verb's object taken from it by a
    pronoun; it says the verb again of that part ("Shells killed six boys"). The verb and the
    words of the pronoun's phrase ("among them", "of them": the part's claim leaves them out), or
    None. The parse hangs it on the verb or, in apposition, on the object; a part described by
    an adjective ("30 tanks, 12 of them new") names no kind and is no claim of the verb."""
    if clause.pos_ != "NOUN":
        return None
    if clause.dep_ == "appos" and clause.head.dep_ in {"dobj", "obj"} and clause.head.head.pos_ in VERBISH:
        verb = clause.head.head
    elif clause.dep_ in {"npadvmod", "appos"} and clause.head.pos_ in VERBISH:
        verb = clause.head
        if not any(c.dep_ in {"dobj", "obj"} for c in verb.children):
            return None
    else:
        return None
    counts = [c for c in clause.children if c.dep_ in {"nummod", "nsubj"} and c.pos_ == "NUM"]
    preps = [
        p
        for t in (clause, *counts)
        for p in t.children
        if p.dep_ == "prep" and p.lower_ in PART_PREPS and any(g.tag_ == "PRP" for g in p.children)
    ]
    if not counts or not preps:
        return None
    return verb, {t.i for p in preps for t in p.subtree}


def _figures(part: Part) -> list[Part]:
    """``killed 12 civilians and 3 soldiers`` -> one claim per counted noun."""
    doc = part.head.doc
    own = set(part.own)
    for i in part.own:
        noun = doc[i]
        items = [noun, *_noun_conjuncts(noun)]
        if (
            len(items) < 2
            or not all(_counted(t) for t in items)
            or _alternatives(noun)
            or _parts_of_total(noun)
        ):
            continue
        listed = {t.i for t in noun.subtree}
        rest = sorted(own - listed)
        first = sorted(set(rest) | _item(noun))
        out = [Part(part.head, first, part.shared, part.attributed, silent=part.silent)]
        for item in items[1:]:
            out.append(
                Part(
                    part.head,
                    sorted(_item(item)),
                    sorted(set(part.shared) | set(rest)),
                    part.attributed,
                    silent=part.silent,
                )
            )
        return out
    return [part]


def _parts_of_total(noun: Any) -> bool:
    """ "the toll rose to 40, including six boys and two nurses": figures the verb "include"
    takes count parts of a total already stated; the total and its parts are one claim (split,
    each would repeat the total with one part, as if it were all the parts)."""
    return noun.dep_ in {"pobj", "dobj"} and noun.head.lemma_.lower() == "include"


def _alternatives(noun: Any) -> bool:
    """ "five or six", "two or three shells": figures joined by "or" are one estimate, not
    several facts; split, each would say more than the text does."""
    return any(t.dep_ == "cc" and t.lower_ in {"or", "nor"} for t in noun.subtree)


def _noun_conjuncts(noun: Any) -> list[Any]:
    out = []
    for child in noun.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "NUM"}:
            out.extend([child, *_noun_conjuncts(child)])
    return out


def _item(noun: Any) -> set[int]:
    """One list member's words: its subtree without the members hanging off it."""
    nested = {t.i for c in noun.children if c.dep_ == "conj" for t in c.subtree}
    joiners = {c.i for c in noun.children if c.dep_ in {"cc", "punct"}}
    return {t.i for t in noun.subtree} - nested - joiners


def _counted(token: Any) -> bool:
    """A figure: a number, or a noun with a number on it ("12 civilians", "a dozen strikes")."""
    return token.pos_ == "NUM" or any(c.dep_ in {"nummod", "quantmod"} for c in token.children)


def _according(sent: Any) -> set[int]:
    """ "according to X" (with its comma) qualifies every claim of the sentence."""
    for tok in sent:
        if tok.lower_ == "according" and tok.dep_ == "prep":
            words = {t.i for t in tok.subtree}
            after = max(words) + 1
            if after < len(tok.doc) and tok.doc[after].text == ",":
                words.add(after)
            return words
    return set()


def _xcomp_chain(head: Any) -> list[Any]:
    """The verb and the verbs it governs as complements ("wants to avoid"): one predicate."""
    chain = [head]
    for child in head.children:
        if child.dep_ == "xcomp" and child.pos_ in VERBISH:
            chain.extend(_xcomp_chain(child))
    return chain


def _conjunct_tokens(conjuncts: list[Any]) -> set[int]:
    """The conjuncts' words and the "and"/commas joining them to what comes before."""
    removed: set[int] = set()
    for conj in conjuncts:
        removed |= {t.i for t in conj.subtree}
        j = conj.left_edge.i - 1
        doc = conj.doc
        while j >= 0 and doc[j].dep_ in {"cc", "punct"} and doc[j].head.i in {conj.head.i, conj.i}:
            removed.add(j)
            j -= 1
    return removed


def _own_subject(verb: Any) -> Any:
    return next((c for c in verb.children if c.dep_ in SUBJECTS), None)


def _subject(verb: Any) -> Any:
    """The verb's subject, else that of the verb it continues (conjunct or complement)."""
    while True:
        found = _own_subject(verb)
        if found is not None or verb.dep_ not in {"conj", "xcomp"} or verb.head == verb:
            return found
        verb = verb.head


def _claim(doc: Any, part: Part, offset: int, mentions: list[Mention]) -> TextClaim:
    own = _trim(doc, sorted(set(part.own)), framed=_framed(doc, part))
    tokens = sorted(set(own) | set(part.shared))
    replaced = resolve(doc, tokens, offset, mentions)
    said = [i for i in tokens if i not in part.silent]
    text = render(doc, said, replaced)
    if part.front:  # "15 of them" + "were wounded critically"
        rest = render(doc, [i for i in said if i not in part.front], replaced)
        text = render(doc, part.front, replaced)[:-1] + " " + rest[:1].lower() + rest[1:]
    start, end = _where_said(doc, own or tokens, part.head, offset)
    worthy, reason = judge_worthiness(doc, tokens, part.head, part.attributed, bool(replaced))
    return TextClaim(text, start, end, worthy, reason, spans=_runs(doc, tokens, offset))


def _framed(doc: Any, part: Part) -> bool:
    """ "X asked whether Y ...": the claim's own words are a clause said after a frame it
    shares (who said or asked it), opened by a word with a meaning of its own ("whether",
    "if": the clause is asked, not asserted), which the claim keeps; a bare "that" adds nothing.
    So is a word opening a clause inside the claim ("After X fled, Y hit Z"): it is no joiner."""
    own = sorted(part.own)
    first = doc[own[0]] if own else None
    if first is None or first.dep_ != "mark":
        return False
    if first.head.i != part.head.i and first.head.i in own:
        return True  # "After X fled, Y ...": the mark of a clause inside the claim, not of the claim
    return first.lower_ != "that" and any(i < first.i for i in part.shared)


def _trim(doc: Any, indices: list[int], framed: bool = False) -> list[int]:
    """Without joining words and punctuation at either edge (the opening word of a ``framed``
    clause kept: "asked whether", not "asked")."""
    while indices and doc[indices[0]].dep_ in _EDGE and not (framed and doc[indices[0]].dep_ == "mark"):
        indices = indices[1:]
    while indices and (
        doc[indices[-1]].dep_ in _EDGE - {"punct"} or doc[indices[-1]].text in {",", ";", ":"}
    ):
        indices = indices[:-1]
    return indices


def render(doc: Any, indices: Iterable[int], replaced: dict[int, str] | None = None) -> str:
    """The tokens as written, one space over any gap, with replacements (antecedents) applied."""
    replaced = replaced or {}
    out: list[str] = []
    previous = -2
    for i in sorted(set(indices)):
        word = replaced.get(i, doc[i].text)
        if out and i != previous + 1 and not out[-1].endswith(" "):
            out.append(" ")
        if word:
            out.append(word + doc[i].whitespace_)
        previous = i
    text = "".join(out).strip()
    text = re.sub(r"^[,;:\s]+|[,;:.\s]+$", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r",(\s*,)+", ",", text))
    if text and text[-1] not in "!?\"'”’»)":
        text += "."  # every claim a sentence, wherever in its sentence it was cut
    return text[:1].upper() + text[1:]


def _where_said(doc: Any, indices: list[int], head: Any, offset: int) -> tuple[int, int]:
    """The claim's own words as one span of the input: the run that holds its verb ("was fined
    $5" of "Ann Lee, who runs a bakery, was fined $5", not the subject set apart by the aside),
    else the longest run."""
    runs = _runs(doc, indices, offset)
    at = offset + head.idx
    return next((r for r in runs if r[0] <= at < r[1]), max(runs, key=lambda span: span[1] - span[0]))


def _char_span(doc: Any, indices: list[int], offset: int) -> tuple[int, int]:
    first, last = doc[min(indices)], doc[max(indices)]
    return offset + first.idx, offset + last.idx + len(last.text)


def _runs(doc: Any, indices: list[int], offset: int) -> list[tuple[int, int]]:
    """Contiguous runs of tokens as character spans of the input (a claim's own words are its
    longest run: a conjunct split off the middle leaves the sentence's full stop apart)."""
    runs: list[list[int]] = []
    for i in indices:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [_char_span(doc, run, offset) for run in runs]
