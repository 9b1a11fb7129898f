"""Who/where/when/which answers: a named entity of the asked kind, in the asked role.

For "who/which X did Y" the dependency parse (``bot.roles``) finds the question's verb in the
evidence and answers with the filler of the asked role; otherwise the entities of the asked
kind in the best sentences compete, preferring the one after a role word ("in", "on"), a
rare name, and one next to the question's own words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from bot.antecedents import mentions_of, resolve
from bot.asked_noun import asked_head, asked_noun, asks_place_division, is_kind_word, tied_to_noun
from bot.attributes import question_subject
from bot.beside import beside_first, listed_beside
from bot.blame import is_act
from bot.conflicts import Candidate
from bot.date_owner import dates_another, passive_question
from bot.document_values import (
    asks_life,
    dates_later_state,
    ends_span,
    is_age,
    life_date,
    life_end,
    life_keyed,
)
from bot.evidence import EvidenceSentence, terms
from bot.memberships import member_groups, membership_value
from bot.name_kinds import told_kind
from bot.named_people import counted_people
from bot.names import has_name, names_doubled, place_forms
from bot.nlp import Entity, dependency_parse, governing_verb, parse, spacy_doc, token_at
from bot.other_party import other_party_title
from bot.person_nouns import another_person, another_person_named, defining_noun
from bot.phrasal import phrasal_verbs, says_phrasal
from bot.places import address, another_kind_of_place, asked_country, asked_settlement, is_country
from bot.question import ENTITY_LABELS, Kind, Question, asked_person_noun, sets_aside, who_role_noun
from bot.roles import (
    OWNER_LABELS,
    Ask,
    Filler,
    Frame,
    asked_role,
    asks_one_person,
    frames,
    merged_verb,
    name_in,
    owned_thing,
    owners,
    reach,
    says_verb,
)
from bot.sentences import doer_nouns
from bot.spouses import asked_spouse, spouses
from bot.text import STOPWORDS, TokenPool, normalise, quoted, stem, tokens, word_stem
from bot.wordnet import wordnet
from index.lexicon import (
    AUXILIARIES,
    CLAIM_NOUNS,
    NAME_LABELS,
    PLACE_KINDS,
    PLACE_LABELS,
    REPORTING_FORMS,
    REPORTING_VERBS,
)
from index.tuning import AnswerTuning, SenseTuning

_DURATION = re.compile(
    r"^(?:more than |over |about |nearly |almost |some |at least )?[\w-]+\s+(?:years?|decades?|months?|weeks?|days?|hours?)$",
    re.I,
)
_REPORTING_WORDS = "|".join([*REPORTING_VERBS, *REPORTING_FORMS])
_REPORTING = re.compile(rf"\b({_REPORTING_WORDS})\b", re.I)
"""A question about what someone said: the sentences' speakers are candidate answers."""


def asks_speaker(question: str) -> bool:
    """ "Who said/announced/told ..." (or "who gave the figure of 40") asks for a speaker; "who
    claimed responsibility" asks for the doer of a deed, not for someone who reported it."""
    if not _REPORTING.search(question) and not asks_source(question) and not asks_told_clause(question):
        return False
    return not any(noun in question.lower() for noun in CLAIM_NOUNS)


OWNING_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
"""Subjects of a reported clause that can point back to the one who reports it."""


def owned_up_form(question: str) -> str:
    """Pattern: "which group said it was behind / responsible for X" asks who claimed X as its own
    deed, not who reported anything about X: the reporting verb's clause has a pronoun subject
    that points back to the asked one, and says that subject was behind (or responsible for) X.
    Returns the question as the articles say that ("which group claimed responsibility for X"),
    or the question unchanged where it asks no such thing."""
    for tok in dependency_parse(question):
        said = tok.head
        if tok.dep_ != "ccomp" or tok.lemma_.lower() != "be" or said.lemma_.lower() not in REPORTING_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and _asked_one(c) for c in said.children):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in OWNING_PRONOUNS for c in tok.children):
            continue
        links = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "behind"]
        links += [
            p
            for c in tok.children
            if c.dep_ == "acomp" and c.lower_ == "responsible"
            for p in c.children
            if p.dep_ == "prep" and p.lower_ == "for"
        ]
        deed = next((o for link in links for o in link.children if o.dep_ == "pobj"), None)
        if deed is None:
            continue
        start = min(t.idx for t in deed.subtree)
        return f"{question[: said.idx]}claimed responsibility for {question[start:]}"
    return question


def _asked_one(tok: Any) -> bool:
    """The token is the asked one: "who", or a noun under "which"/"what"."""
    return tok.lower_ in {"who", "whom"} or any(
        c.dep_ == "det" and c.lower_ in {"which", "what"} for c in tok.children
    )


SAYING = "say"
"""The plain reporting verb: how articles write any other saying verb's deed ("spoke" -> "said")."""
_COMPLEMENTS = frozenset({"dobj", "obj", "ccomp", "xcomp", "dative", "attr", "acomp", "oprd"})
"""Dependents that give a verb an object or complement: "who spoke" has none, "who wrote the song" one."""


def asks_told_clause(question: str) -> bool:
    """ "Who forecast that sales would double?", "who spoke for the council": "who" is the subject
    of a verb whose commonest WordNet sense is one of saying (the communication file) and whose
    object is a that-clause, or which takes no object at all, so the question asks who made the
    statement, and the speaker of a sentence stating it ("..., according to Velmar Data") answers,
    whatever its reporting verb."""
    verb = _asked_saying(question)
    if verb is None:
        return False
    return _bare(verb) or any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in verb.children
    )


def asks_bare_saying(question: str) -> bool:
    """ "Who spoke for the council about the fire?": the asked verb is one of saying with no
    object, so saying anything on the matter is the asked deed, and any sentence with a known
    speaker states it (what it is about is the key terms' to check)."""
    verb = _asked_saying(question)
    return verb is not None and _bare(verb)


def _asked_saying(question: str) -> Any | None:
    """The verb whose subject is "who", where its commonest WordNet sense is one of saying."""
    for tok in dependency_parse(question):
        if tok.lower_ not in {"who", "whom"} or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
            continue
        verb = tok.head
        return verb if wordnet().commonest_file(verb.lemma_.lower(), "v") == "verb.communication" else None
    return None


def _bare(verb: Any) -> bool:
    """The verb takes no object or complement: "who spoke", not "who wrote the song"."""
    return not any(c.dep_ in _COMPLEMENTS for c in verb.children)


def _doer_ask(q: Question) -> Ask | None:
    """The role a who/which-organisation question asks (``asked_role``), where "who spoke for X"
    asks who said anything: its filler is the subject of the articles' plain reporting verb."""
    ask = asked_role(q.text) if q.kind in (Kind.PERSON, Kind.ORG) else None
    if ask is not None and ask.role == "agent" and asks_bare_saying(q.text):
        return replace(ask, lemma=SAYING, event="")
    return ask


def asks_when_stated(question: str) -> bool:
    """A when-question whose verb is, in its commonest WordNet sense, a way of stating ("when
    did X vow/pledge/condemn ...") asks when it was said, so "X said on Monday" answers it."""
    doc = dependency_parse(question)
    roots = {t.lower_ for t in doc if t.dep_ == "ROOT"}  # the tagger may call "vow" after "did" a noun
    return any(wordnet().kind_rank(v, "state", "v") == 0 for v in roots | question_verbs(question))


SOURCE_KINDS = ("communication", "number")
"""WordNet kinds of what a source gives: a statement, report, account, figure or count."""


def asks_source(question: str) -> bool:
    """ "Who gave the figure of 40 ships?", "who issued the statement": the asking verb's
    object is, in its commonest WordNet sense, a kind of communication or number, so the one
    asked is who stated it: the sentence's speaker ("..., the port authority said")."""
    wn = wordnet()
    for tok in dependency_parse(question):
        if tok.lower_ not in {"who", "whom"} or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if merged_verb(tok) is not None:
            return False  # "who did the council blame": the object the tagger saw is the verb
        objects = [c for c in tok.head.children if c.dep_ in {"dobj", "obj"}]
        return any(
            o.lower_ not in CLAIM_NOUNS and any(wn.kind_rank(o.lower_, k) == 0 for k in SOURCE_KINDS)
            for o in objects
        )
    return False


def states_sourced_figure(question: str, hit: EvidenceSentence) -> bool:
    """For "who gave the figure of 40 ships": the sentence has a speaker or a reporting clause
    and states every number of the question; it need not repeat the asking verb ("gave")."""
    numbers = re.findall(r"\d[\d,.]*", question)
    if not numbers or not asks_source(question):
        return False
    text = hit.chunk.text
    said = bool(hit.chunk.speaker) or bool(reporters(text))
    return said and all(re.search(rf"(?<![\d.,]){re.escape(n)}(?![\d])", text) for n in numbers)


def figure_sources(q: Question, hit: EvidenceSentence, asked: TokenPool) -> list[str]:
    """For "who gave the figure of 40 ships": the names that report a sentence stating every
    number of the question (its speaker, the subject of its reporting verb, "according to X"),
    a person or an organisation alike: a figure's source is often a ministry or a monitor, and
    the sentence need not repeat the asking verb."""
    if q.kind is not Kind.PERSON or not states_sourced_figure(q.text, hit):
        return []
    text, speaker = hit.chunk.text, hit.chunk.speaker
    spans = reporters(text)
    return [
        e.text
        for e in hit.parsed.entities
        if e.label in NAME_LABELS
        and _reports(e, text, spans, speaker)
        and not _is_asked(e.text, text[e.end :], asked)
        and not abbreviated(e.text, q.text)
    ]


QUOTE_OPENERS = ("\u201c", '"', "\u2018")
"""Marks that open a quotation (curly double, straight double, curly single)."""


def quote_speaker(text: str, speaker: str, before: str, before_speaker: str) -> str:
    """Who said the sentence: its own speaker, or, for a quotation that runs on from a quoted
    sentence before it with no attribution of its own ("“We will rebuild,” said Ada Kerr. “It
    will take years.”"), the speaker of that sentence."""
    if speaker:
        return speaker
    if not text.lstrip().startswith(QUOTE_OPENERS) or not any(m in before for m in ("\u201d", '"')):
        return ""
    return before_speaker


def sentence_speaker(hit: EvidenceSentence) -> str:
    """``quote_speaker`` of an evidence sentence: the sentence before is read only for a
    quotation with no speaker of its own."""
    text, speaker = hit.chunk.text, hit.chunk.speaker
    if speaker or not text.lstrip().startswith(QUOTE_OPENERS):
        return speaker
    before = hit.previous  # "“…,” said Ada Kerr. “…”": the quotation runs on
    return quote_speaker(text, "", before.chunk.text, before.chunk.speaker) if before else ""


def _is_speaker(name: str, speaker: str) -> bool:
    """The name is the sentence's speaker as found at ingest ("…, Brill said")."""
    said, named = TokenPool(tokens(speaker)), tokens(name)
    return bool(named) and all(said.has(w) for w in named)


_ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.I)


def reporters(text: str) -> list[tuple[int, int]]:
    """Spans naming who reports the sentence rather than who is in its story: the subject of a
    reporting verb ("said Sami Haddad head of the monitor" also without commas),
    whom it was told to ("told AFP"); a claim of a deed ("claimed the attack") is no report."""
    out = []
    for f in frames(text):
        if f.lemma not in REPORTING_VERBS:
            continue
        if f.patient is not None and any(
            w in CLAIM_NOUNS or is_act(w) for w in f.patient.text.lower().split()
        ):
            continue
        out += [(r.start, r.end) for r in (f.agent, f.patient if f.lemma == "tell" else None) if r]
    return out


_TITLE_WORDS = 3
"""A title stands right before a name ("Velmarian Foreign Minister Ada Kerr")."""


def _titled(before: str, asked: TokenPool) -> bool:
    """The name comes with a title the question asks about ("who is Velmaria's foreign minister"
    and "Foreign Minister Ada Kerr assured ..."): that speaker is the answer. Only the words
    of the name's own phrase count, not the quote before "said"."""
    phrase = re.split(rf"[,;:\"“”()]|\b(?:{_REPORTING_WORDS})\b", before, flags=re.I)[-1]
    return any(asked.has(t) for t in tokens(" ".join(phrase.split()[-_TITLE_WORDS:])))


def titled_people(noun: str, text: str, entities: Iterable[Entity]) -> list[str]:
    """The people the sentence calls by the role noun: as their title ("General Ada Kerr",
    "port official Ada Kerr"), in apposition ("Ada Kerr, a port official") or set in apposition
    to it ("one injured woman, Ada Kerr,": ``apposed_to``)."""
    out = []
    for ent in entities:
        if ent.label != "PERSON":
            continue
        words = text[: ent.start].split()
        if (
            (words and word_stem(words[-1].lower()) == word_stem(noun))
            or in_apposition(noun, text[ent.end :])
            or apposed_to(noun, text, ent.start, ent.end)
            or identified_as(noun, text, ent.start, ent.end)
        ):
            out.append(ent.text)
    return out


def called_by_noun(noun: str, text: str, ent: Entity) -> bool:
    """Pattern: a "which N" question about a person ("which striker scored") is answered by a
    name the sentence calls an N, as its title ("midfielder-turned-striker Ada Kerr", "Tory
    candidate Tomas Brill") or in apposition ("Ada Kerr, a striker"), over one it does not call so
    ("the poster showed Ansel Orn"): the same reading as ``titled_people``, for one name."""
    return ent.label == "PERSON" and bool(titled_people(noun, text, (ent,)))


def apposed_to(noun: str, text: str, start: int, end: int) -> bool:
    """The parse sets the name at ``start:end`` in apposition to an earlier noun that is the
    asked one or one whose kind the asked noun is, in its commonest sense ("one injured woman,
    Ada Kerr," for "which girl was injured": a girl is a woman)."""
    doc = dependency_parse(text)
    heads = [t for t in doc if start <= t.idx < end and not (start <= t.head.idx < end)]
    wn = wordnet()
    return any(
        t.dep_ == "appos"
        and t.head.pos_ == "NOUN"
        and t.head.idx < start
        and (
            word_stem(t.head.lemma_.lower()) == word_stem(noun)
            or wn.kind_rank(noun, t.head.lemma_.lower()) == 0
        )
        for t in heads
    )


def identified_as(noun: str, text: str, start: int, end: int) -> bool:
    """Pattern: a sentence that equates the asked role noun with a name names its holder, as an
    identification ("police identified the missing climber as Ada Kerr", "the victim was named
    as Tomas Brill") or a copula ("the winning rider was Lena Ross", "Ada Kerr was the
    goalkeeper", "Ada Kerr, who is the goalkeeper"): the parse puts the name at ``start:end`` as the
    object of "as" on the noun or on the verb whose object it is, or joins the two by "be" (in a
    relative clause on the name too). The noun must be the asked one or a kind
    it is, as for ``apposed_to``; a name only qualifying the "as" noun ("as Ada Kerr's successor")
    or the noun taken as another role ("succeeded the coach as chairman") is no such name."""
    doc = dependency_parse(text)
    heads = [t for t in doc if start <= t.idx < end and not (start <= t.head.idx < end)]
    return any(_equated_noun(t, noun) for t in heads)


def _equated_noun(head: Any, noun: str) -> bool:
    """The name whose head token is ``head`` is set equal to a noun of the asked kind (see
    ``identified_as``): by "as" (also where an unpunctuated title after the name took the "as":
    "as Ada Kerr head of X") or by "be"."""
    wn = wordnet()

    def asked(tok: Any) -> bool:
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and (word_stem(lemma) == word_stem(noun) or wn.kind_rank(noun, lemma) == 0)

    held = head.head if head.dep_ == "compound" and head.head.pos_ == "NOUN" else head
    if held.dep_ == "pobj" and held.head.lower_ == "as":
        on = held.head.head
        if on.pos_ == "NOUN":
            return asked(on)
        return on.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} and asked(c) for c in on.children)
    if head.dep_ in {"nsubj", "attr"} and head.head.lemma_.lower() == "be":
        other = "attr" if head.dep_ == "nsubj" else "nsubj"
        return any(c.dep_ == other and asked(c) for c in head.head.children)
    return any(  # "Ada Kerr, who is the coach of Velm": the relative clause's "be" equates them
        c.dep_ == "relcl"
        and c.lemma_.lower() == "be"
        and any(w.dep_ == "nsubj" and w.lower_ == "who" for w in c.children)
        and any(w.dep_ == "attr" and asked(w) for w in c.children)
        for c in head.children
    )


_APPOSITION = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+)?([^,;:\"“”()]+)", re.I)


def _described(after: str, asked: TokenPool) -> bool:
    """The name's apposition is the asked title ("said Tomas Brill, an analyst at Velmar Bank"
    answers "who is the analyst at Velmar Bank"): the speaker is then the one asked about."""
    m = _APPOSITION.match(after)
    if m is None:
        return False
    return any(asked.has(t) for t in tokens(" ".join(m.group(1).split()[:_TITLE_WORDS])))


def _reports(ent: Entity, text: str, spans: list[tuple[int, int]], speaker: str) -> bool:
    """The entity reports the sentence ("said X", "X told AFP", "according to X"); the parse's
    speaker may be only part of the tagged name ("Ostrin Monitor" of "the Ostrin Monitor for
    Peace reported"), so any overlap counts."""
    if _is_speaker(ent.text, speaker) or _ACCORDING.search(text[: ent.start]):
        return True
    return any(s < ent.end and ent.start < e for s, e in spans)


def entities(q: Question, hits: list[EvidenceSentence], tune: AnswerTuning) -> list[Candidate]:
    """Named values of the asked kind from the best sentences, the asked role's fillers first."""
    labels = ENTITY_LABELS[q.kind]
    asked = TokenPool(tokens(q.text))
    plural = bool(
        re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w+(ies|s)\b", q.text, re.I)
    ) and not re.search(r"\b(which|what)\s+(?:[\w-]+\s+){0,3}?\w*(ss|us|is)\b", q.text, re.I)
    out: list[Candidate] = []
    best = hits[0].score if hits else 0.0
    aliases = _aliases(h.chunk.text for h in hits[: tune.entity_sentences])
    ask = _doer_ask(q)
    bare_saying = ask is not None and ask.lemma == SAYING and asks_bare_saying(q.text)
    place_ask = asked_role(q.text) if q.kind is Kind.PLACE else None  # "which country did X blame"
    partner = asked_spouse(q.text) if q.kind is Kind.PERSON else ()
    if ask is not None and ask.role == "agent":  # "who leads X": "X's leader Y" names the doer
        asked = TokenPool(tokens(q.text) + tokens(" ".join(doer_nouns(ask.lemma))))
    reported = asks_speaker(q.text) or (q.kind is Kind.DATE and asks_when_stated(q.text))
    one_person = q.kind is Kind.PERSON and asks_one_person(q.text)
    role_noun = who_role_noun(q.text) if q.kind is Kind.PERSON else ""  # "who is the <role>"
    person_noun = defining_noun(q.text) if q.kind is Kind.PERSON else ""  # "the name of the groom"
    # "which striker": a name the sentence calls a striker (``called_by_noun``)
    kind_noun = asked_person_noun(q.text) if q.kind is Kind.PERSON and not role_noun else ""
    listing = q.kind is not Kind.DATE and not (plural or one_person or role_noun or person_noun)
    nationality = asked_nationality(q.text) if q.kind is Kind.PERSON else ""
    nation = (nationality or which_nationality(q.text)) if q.kind is Kind.PERSON else ""
    thing = owned_thing(q.text) if q.kind in (Kind.ORG, Kind.PERSON) else ""
    owner_labels = _owner_labels(q)
    other_title = other_party_title(q.text) if ask is not None else ()
    other = TokenPool(other_title) if other_title else None
    others = _titled_names(hits[: tune.entity_sentences], other) if other else set()
    from_frames: list[Candidate] = []
    named_as_asked: set[int] = set()  # candidates (ids) the sentence calls by the asked place noun
    places = asked_places(q.text) if q.kind in (Kind.PERSON, Kind.ORG, Kind.DATE) else []
    verbs = question_verbs(q.text) if q.kind in (Kind.DATE, Kind.PLACE) else frozenset()
    settlement = q.kind is Kind.PLACE and asked_settlement(q.text)
    country = q.kind is Kind.PLACE and asked_country(q.text)
    where = q.kind is Kind.PLACE and asks_where(q.text)
    division = asked_noun(q.text) if q.kind is Kind.PLACE and asks_place_division(q.text) else ""
    sayer = asked_sayer(q.text) if q.kind is Kind.DATE and reported else ""
    undergone = question_subject(q.text) if q.kind is Kind.DATE and passive_question(q.text) else ""
    life_asked = q.kind is not Kind.DATE or asks_life(q)  # a birth, death or life: life dates answer it
    life_key = life_end(q) if q.kind is Kind.DATE else ""  # "when did X die": "date of death 4 May 1790"
    # "when was X founded": the start of "from 1902 until 1975", never its end
    begun = q.kind is Kind.DATE and bool(verbs) and asks_beginning(verbs, tune.date_verb_senses)
    made = begun and asks_making(verbs, tune.date_verb_senses)
    for rank, hit in enumerate(hits[: tune.entity_sentences]):
        hit_ask = _about_other_party(ask, hit, others) or place_ask
        if (
            hit.score < tune.entity_floor_ratio * best
            and not _fills_below_floor(hit_ask, hit, asked, q.text, tune.phrasal_senses)
            and not (role_noun and titled_people(role_noun, hit.chunk.text, hit.parsed.entities))
        ):
            continue  # a weak sentence answers only by filling the asked role or naming the asked role noun
        values = []
        span_of: dict[str, tuple[int, int]] = {}  # each value that is one name: its span
        called: set[str] = set()  # values the sentence calls by the asked place noun
        bonus: dict[str, float] = {}
        verb_of: dict[str, bool] = {}
        entities = hit.parsed.entities
        people = [(e.start, e.end) for e in entities if e.label == "PERSON"]
        if (
            nationality
            and not any(states_nation(nationality, e) for e in entities)
            and not nationality_taken_up(q.text, nationality, hit.chunk.text, hit.previous_text)
        ):
            continue  # "the last Velmarian winner": a sentence not saying Velmarian (bar in a name) does not tell
        listed = counted_people(q.text, hit.chunk.text, entities) if q.kind is Kind.PERSON else []
        if listed:  # "who are the three presenters": the sentence naming three people lists them
            value = _join(listed)
            score = hit.score - tune.rank_penalty * rank + tune.role_bonus
            from_frames.append(Candidate.of(hit, value, _name_key(value), score))
            continue
        titled = titled_people(role_noun, hit.chunk.text, entities) if role_noun else []
        if len(titled) == 1:  # "who was the general who warned": "..., said General Ada Kerr"
            score = hit.score - tune.rank_penalty * rank + tune.role_bonus
            from_frames.append(Candidate.of(hit, titled[0], _name_key(titled[0]), score))
            continue
        if sayer and sayer not in tokens(f"{hit.chunk.text} {hit.chunk.speaker or ''}"):
            continue  # "when did Brill say ...": a sentence naming no Brill tells when others spoke
        if partner:  # "who was X married to": the other partner of a marriage the sentence names
            framed = spouses(hit.chunk.text, entities, partner) or None
            if framed is None:
                continue  # a sentence naming no marriage names no spouse, whoever else it names
        else:
            framed = (
                role_fillers(hit_ask, hit.chunk.text, entities, asked, q.text, tune.phrasal_senses)
                if hit_ask
                else None
            )
        if framed is None and hit_ask is not None and q.kind is Kind.PERSON:
            framed = [by] if (by := pronoun_filler(hit_ask, hit, asked)) else None  # "he scored": who "he" is
        if not framed and q.kind is Kind.ORG and (groups := member_groups(q.text, hit.chunk.text)):
            value, key = membership_value(groups)  # "which groups were the fighters from"
            from_frames.append(
                Candidate.of(hit, value, key, hit.score - tune.rank_penalty * rank + tune.role_bonus)
            )
            continue
        if framed is None and thing:  # "whose warplanes": the side named on the planes
            framed = list(owners(hit.chunk.text, thing, owner_labels, q.kind is Kind.PERSON)) or None
        described = filler_reaches(ask, hit.chunk.text) if ask and framed else []
        if places and placed_elsewhere(places, hit, tune, described):
            continue  # "who attacked the bakery in Tarvin": an attack in Dunmoor is another one
        weak = (
            hit.score < tune.weak_ratio * best
        )  # a name from weaker evidence answers some other question...
        tied = {
            e.start for e in entities if division and tied_to_noun(division, hit.chunk.text, e.start, e.end)
        }
        if (
            weak
            and not framed
            and not tied
            and not (q.kind is Kind.PERSON and titled_name(q, hit.chunk.text))
        ):
            continue  # ...unless it fills the asked role, carries the asked title or is called the asked place
        if framed and one_person:  # "which official died": "Tomas Brill", not "aid workers"
            article = hit.corpus.article_text(hit.doc)
            framed = [
                v
                for v in framed
                if any(
                    told_kind(hit.chunk.text, e.start, e.end, e.label) == "PERSON" and e.text in v
                    for e in entities
                )
                or named_in_full(v, article)
            ] or None
        if framed and nation:  # "which Velmarian envoy visited": not "Ostrin envoy Ada Kerr"
            framed = [
                v
                for v in framed
                if not any(
                    e.text in v and _another_nationality(nation, hit.chunk.text, entities, e, tune)
                    for e in entities
                    if e.label == "PERSON"
                )
            ] or None
        if framed and bare_saying:  # "who spoke for X": a named person, not "a spokesman"
            framed = [v for v in framed if any(e.label == "PERSON" and e.text in v for e in entities)] or None
        if framed and q.excluded:
            framed = [v for v in framed if not set_aside_in(q.excluded, v, hit.chunk.text)] or None
        if framed is not None and q.excluded:  # "besides X, which ...": a name listed with X fills it
            framed = _beside(q.excluded, hit.chunk.text, entities, labels) or framed
        if framed and person_noun:  # "the name of the groom": not "a witness named Ahmad"
            framed = [v for v in framed if not another_person_named(person_noun, hit.chunk.text, v)] or None
        if framed is not None:  # the sentence uses the asked verb: its role filler answers
            for value in framed:
                from_frames.append(
                    Candidate.of(
                        hit,
                        value,
                        aliases.get(_name_key(value), _name_key(value)),
                        hit.score - tune.rank_penalty * rank + tune.role_bonus,
                    )
                )
            continue
        sources = figure_sources(q, hit, asked)  # "who gave the figure of 40": its source
        if sources:
            score = hit.score - tune.rank_penalty * rank
            out += [
                Candidate.of(
                    hit, sources[0], aliases.get(_name_key(sources[0]), _name_key(sources[0])), score
                )
            ]
            continue
        if ask is not None and not states_about(ask, hit):
            continue  # "who attacked the bakery": a name from an attack on a camp answers another
        speakers = [] if reported else reporters(hit.chunk.text)
        listed_until = -1  # where the list a plural question read from an earlier name ends
        for i, ent in enumerate(entities):
            if plural and ent.start < listed_until:
                continue  # "Velm, Orn and Tarn": answered whole from "Velm", not "Orn and Tarn"
            label = told_kind(hit.chunk.text, ent.start, ent.end, ent.label)  # "13-year-old X": a person
            if q.kind is Kind.ORG and label == "PERSON" and members_of(hit.chunk.text[: ent.start]):
                label = "ORG"  # "gunmen from Liwa al-Norda": the name is their group's
            if q.kind is Kind.PLACE and label not in labels and _PLACE_OF.search(hit.chunk.text[: ent.start]):
                label = labels[0]  # "in the village of Tarvel", tagged an organisation: a place
            if q.kind is Kind.PLACE and label not in labels and place_appositive(hit.chunk.text, ent, tune):
                label = labels[0]  # "struck Tarvel, a town on the coast", tagged an organisation
            if ent.start in tied and label in NAME_LABELS:
                label = labels[0]  # "Velmoa village", tagged a nationality: the asked place
            if label not in labels or _mislabelled_in_list(hit.chunk.text, entities, i):
                continue
            if settlement and another_kind_of_place(ent.text, hit.chunk.text[ent.end :]):
                continue  # "which town": not "Velm province", nor a country
            if country and not is_country(ent.text):
                continue  # "which country backs X": not "the Velm district", nor a city
            if where and not_where(hit.chunk.text, ent, asked):
                continue  # "where was X": not "Velmar would keep its troops", nor Orn of "in Velm and Orn"
            if q.kind is Kind.PERSON and (
                placed_list(hit.chunk.text, entities, i)
                or _names_place(hit.chunk.text[ent.end :])
                or used_as_place(hit.corpus.mentions(ent.text, tune.mention_context), tune)
            ):
                continue  # "in the village of Kfar Ansel", "the Hadley roundabout": places, not people
            if nation and _another_nationality(nation, hit.chunk.text, entities, ent, tune):
                continue  # "who was the last Velmarian champion": not "Ostrinian qualifier Ansel"
            if q.kind is Kind.PERSON and is_handle(ent.text):
                continue
            if q.kind is Kind.PERSON and modifies_another(hit.chunk.text, ent.start, ent.end):
                continue  # "Lena Ross's album", "Film actress Anna Holt": not the one who acts
            if person_noun and another_person(person_noun, hit.chunk.text, ent.start, ent.end):
                continue  # "who was the head of the team": not "former coach Tomas Vell"
            if q.kind is Kind.DATE and not q.duration and (_DURATION.match(ent.text) or is_age(ent.text)):
                continue
            if (
                q.kind is Kind.DATE
                and not life_asked
                and life_date(
                    hit.chunk.text, ent.start, ent.end, people, tune.life_word_reach, tune.life_bracket_dates
                )
            ):
                continue  # "when did X take office": not X's birth or death in "X (1690 – 1722)"
            if q.kind is Kind.DATE and begun and ends_span(hit.chunk.text, ent.start):
                continue  # "when was X founded": not 1975 of "ran from 1902 until 1975"
            if made and _later_state(hit.chunk.text, ent.start, verbs, tune):
                continue  # "when was X founded": not 1999 of "has been run by Y since 1999"
            if q.kind is Kind.DATE and house_number(ent.text, hit.chunk.text[ent.end :]):
                continue  # "at 1331 Elm Street": an address, not a year
            if life_key and life_keyed(hit.chunk.text[: ent.start], _OTHER_END[life_key]):
                continue  # "when was X born": not the row "date of death 4 May 1790"
            if q.kind is Kind.DATE and citation_date(hit.chunk.text[: ent.start]):
                continue  # "Retrieved 9 October 2017": when a reference was read
            if q.kind is Kind.DATE and reported and quoted(hit.chunk.text, ent.start):
                continue  # "when did Kerr give his remarks": "our raids at the weekend," she said
            if q.kind is Kind.DATE and not reported and when_said(hit.chunk.text, ent):
                continue  # "the monitor said on Friday": when it was said, not when it happened
            if undergone and dates_another_thing(hit.chunk.text, ent.start, undergone):
                continue  # "when was X founded": not the year another named thing was founded
            if sayer and said_by_another(hit.chunk.text, ent, asked):
                continue  # "when did Brill say ...": not the day Ross said something
            if (
                _is_asked(ent.text, hit.chunk.text[ent.end :], asked)
                or abbreviated(ent.text, q.text)
                or (ent.label == "PERSON" and surname_asked(ent.text, q.text))
            ):
                continue
            if ask is not None and _listed_with_asked(hit.chunk.text, ent, asked):
                continue  # "who founded Air Velm": "airlines Air Velm and SkyOst" lists a peer, not its founder
            if (
                not reported
                and not (life_key and life_keyed(hit.chunk.text[: ent.start], life_key))  # a data row's key
                and _reports(ent, hit.chunk.text, speakers, hit.chunk.speaker)
                and not _titled(hit.chunk.text[: ent.start], asked)
                and not _described(hit.chunk.text[ent.end :], asked)
            ):
                continue  # "said Sami Haddad" does not name the bomber
            if sets_aside(q.excluded, ent.text, hit.chunk.text[: ent.start], hit.chunk.text[ent.end :]):
                continue  # "besides the finance minister, who ...": not the minister
            if other and (_titled(hit.chunk.text[: ent.start], other) or _surname(ent.text) in others):
                continue  # "who is replacing the head coach": "head coach Tomas Vell" is the replaced one
            words = tokens(ent.text)
            value = ent.text
            if plural:
                value, listed_until = listed_names(hit.chunk.text, ent.start, ent.end)
            if q.kind is Kind.PLACE:
                value = without_distance(value)  # "Velm 40 km (25 miles) south of ...": "Velm"
            if value == ent.text:
                span_of[value] = (ent.start, ent.end)
            values.append(value)
            rarity = min(1.0, max(hit.corpus.idf(w) for w in words) / tune.rarity_idf)
            near = tokens(" ".join(hit.chunk.text[: ent.start].split()[-tune.context_words :]))
            role = tune.near_word_bonus * sum(1 for t in near if asked.has(t))
            preferred = tune.preferred_label_bonus if label == labels[0] else 0.0
            if not verbs:
                hung_on = ""
            elif q.kind is Kind.PLACE:
                hung_on = placed_verb(hit.chunk.text, ent.start)
            else:
                hung_on = dated_verb(hit.chunk.text, ent.start)
            on_verb = bool(verbs) and asked_verb(hung_on, verbs, tune.date_verb_senses)
            if q.kind is Kind.PLACE and hung_on:
                verb_of[value] = on_verb
            as_asked = ent.start in tied or (
                bool(kind_noun) and called_by_noun(kind_noun, hit.chunk.text, ent)
            )
            bonus[value] = (
                _role_bonus(q.kind, hit.chunk.text[: ent.start], tune)
                + (tune.asked_verb_date_bonus if on_verb and q.kind is Kind.DATE else 0.0)
                + tune.rarity_weight * rarity
                - tune.common_name_penalty
                + role
                + preferred
                + (tune.asked_noun_bonus if as_asked else 0.0)
            )
            if as_asked:
                called.add(value)
        speaker = sentence_speaker(hit) if q.kind is Kind.PERSON and reported else ""
        if speaker:
            speaker_words = tokens(speaker)
            if speaker_words and not all(asked.has(w) for w in speaker_words):
                named = [e.text for e in entities if e.label in labels and _is_speaker(e.text, speaker)]
                values.insert(0, named[0] if named else speaker)  # the name, not "X head of Y"
        if not values:
            continue
        values.sort(key=lambda v: -bonus.get(v, 0.0))
        beside_first(q.excluded, hit.chunk.text, values)  # "besides X, which ...": listed with X first
        if listing and values[0] in span_of:  # "met Ada Kerr and Tomas Brill": both are met
            joined = coordinated(hit.chunk.text, list(span_of.values()), span_of[values[0]])
            if len(joined) > 1 and not one_titled(hit.chunk.text, joined, asked):
                by_span = {span: v for v, span in span_of.items()}
                one_place = address(hit.chunk.text, joined) if q.kind is Kind.PLACE else ""
                value = one_place or _join([by_span[span] for span in joined])
                bonus[value] = bonus.get(values[0], 0.0)
                if values[0] in verb_of:
                    verb_of[value] = verb_of[values[0]]
                if values[0] in called:
                    called.add(value)
                values[0] = value
        for value in values[:1]:
            score = hit.score - tune.rank_penalty * rank + bonus.get(value, 0.0)
            key = _name_key(value)
            out.append(Candidate.of(hit, value, aliases.get(key, key), score))
            out[-1].on_asked_verb = verb_of.get(value)
            out[-1].called_as_asked = value in called if kind_noun else None
            if value in called:
                named_as_asked.add(id(out[-1]))
    if named_as_asked:  # "which district", "which striker": the names a sentence calls so, not bare ones
        out = [c for c in out if id(c) in named_as_asked]
    return from_frames or out  # sentences with the asked verb outrank co-occurring names


def _fills_below_floor(
    ask: Ask | None, hit: EvidenceSentence, asked: TokenPool, question: str, phrasal_senses: int
) -> bool:
    """A sentence scoring under the floor still answers when it uses the asked verb (or one
    saying it) and a name fills the asked role there ("Vell is to be replaced by Ada Kerr" for
    "who is replacing the head coach"): the question's words may sit in other sentences."""
    if ask is None or ask.role not in ("agent", "patient"):
        return False
    values = role_fillers(ask, hit.chunk.text, hit.parsed.entities, asked, question, phrasal_senses) or []
    names = [e.text for e in hit.parsed.entities if e.label in NAME_LABELS]
    return any(name in value and _head_named(value, name) for value in values for name in names)


def _about_other_party(ask: Ask | None, hit: EvidenceSentence, others: set[str]) -> Ask | None:
    """A sentence naming the person the evidence calls by the question's title for the other
    party ("Ms Vell" after "head coach Tomas Vell") is about that party, though it repeats none
    of the question's words: its verb needs no more of them to answer."""
    if ask is None or not others:
        return ask
    names = {_surname(e.text) for e in hit.parsed.entities if e.label in NAME_LABELS}
    return replace(ask, about=()) if names & others else ask


def opposed_modifier(question: str, text: str) -> bool:
    """The sentence qualifies a thing by the opposite of an adjective the question gives it
    ("the smaller meeting" against "the big meeting", by WordNet's antonyms of the adjective's
    commonest sense): it tells of another thing, whatever verb and names it shares."""
    wn = wordnet()
    opposites = {
        o
        for t in dependency_parse(question)
        if t.pos_ == "ADJ"
        for o in wn.antonyms(t.lemma_.lower(), "a", 0)
    }
    if not opposites:
        return False
    return any(opposites & set(wn.lemmas(t.lower_, "a")) for t in dependency_parse(text) if t.pos_ == "ADJ")


def _listed_with_asked(text: str, ent: Entity, asked: TokenPool) -> bool:
    """The name is coordinated ("X and Y", "X, Y") with a proper noun the question gives: the two
    are listed as things of one kind, peers, so neither did the asked deed to the other."""
    heads = _span_heads(dependency_parse(text), ent.start, ent.end)
    partners = [h.head for h in heads if h.dep_ == "conj"]
    partners += [c for h in heads for c in h.children if c.dep_ == "conj"]
    return any(
        p.pos_ == "PROPN" and tokens(p.text) and all(asked.has(t) for t in tokens(p.text)) for p in partners
    )


def _titled_names(hits: list[EvidenceSentence], title: TokenPool) -> set[str]:
    """Surnames of the people the sentences call by ``title`` ("chief executive Ada Kerr"), so
    that "Ms Kerr" elsewhere in the evidence is known as the same, titled, party."""
    return {
        _surname(e.text)
        for h in hits
        for e in h.parsed.entities
        if e.label == "PERSON" and _titled(h.chunk.text[: e.start], title)
    }


def _surname(name: str) -> str:
    """A name's last word as a token ("vell" of "Tomas Vell"): how later sentences call the person."""
    words = tokens(name)
    return words[-1] if words else ""


def named_in_full(value: str, article: str) -> bool:
    """A lone capitalised word that is no common noun ("Vellmore", which the tagger may file as
    an organisation; not "City") and that its article also writes after a capitalised given name
    ("Tomas Vellmore") is a person's surname."""
    if not re.fullmatch(r"[A-Z][\w'-]+", value) or wordnet().senses(value.lower()):
        return False
    return bool(re.search(rf"\b[A-Z][a-z]+\s+{re.escape(value)}\b", article))


def _owner_labels(q: Question) -> frozenset[str]:
    """Whose thing a "whose N" question asks: a side's (a nation, its people, a group) for an
    organisation question ("whose warplanes"); a person's or a body's for a who-question ("whose
    record"), read only from a possessive or a doer (``owners``' ``possessed``)."""
    return _PERSON_OWNERS if q.kind is Kind.PERSON else OWNER_LABELS


_PERSON_OWNERS = frozenset({"PERSON", "ORG", "NORP"})


def fills_asked_role(
    q: Question, hit: EvidenceSentence, phrasal_senses: int = AnswerTuning.phrasal_senses
) -> bool:
    """A sentence whose parse fills the who-question's role of its verb (or of a verb saying it)
    with a name the question does not give answers it, however it words the rest ("his push is
    led by his sons" answers "who is leading the push"); a common noun there ("the landmine
    claimed a life") is the verb in another sense, not the asked deed, and so is a common noun
    a name only qualifies ("led by Velmar's former ally": the ally is unnamed)."""
    partner = asked_spouse(q.text) if q.kind is Kind.PERSON else ()
    if partner:  # "who was X married to": "X, wife of Y" says it without the question's verb
        return bool(spouses(hit.chunk.text, hit.parsed.entities, partner))
    ask = _doer_ask(q)
    thing = owned_thing(q.text) if q.kind in (Kind.ORG, Kind.PERSON) else ""
    if thing and owners(hit.chunk.text, thing, _owner_labels(q), q.kind is Kind.PERSON):
        return True  # "whose warplanes": a sentence naming the planes' side says whose
    if ask is None:
        return False
    entities = hit.parsed.entities
    values = (
        role_fillers(ask, hit.chunk.text, entities, TokenPool(tokens(q.text)), q.text, phrasal_senses) or []
    )
    names = [e.text for e in entities if e.label in NAME_LABELS]
    return any(name in value and _head_named(value, name) for value in values for name in names)


_PERSON_PRONOUNS = frozenset({"he", "she"})
"""The pronouns that stand for one person: the only ones a who-question's filler is read through."""


def pronoun_filler(ask: Ask, hit: EvidenceSentence, asked: TokenPool) -> str:
    """Pattern: where only "he" or "she" fills the asked role of the asked verb ("he scored the
    winner" for "who scored the winner"), the person the pronoun stands for fills it: the name
    ``bot.antecedents.resolve`` reads for it from the sentence and the one before (a subject
    earlier in the sentence, then the previous sentence's subject, then the nearest person),
    written as fully as its article writes it ("Kerr" -> "Ada Kerr"). Not a name inside quoted
    words ("“... Velm's push,” he said": the speaker is not someone the quote names), nor a lone
    word no given name precedes anywhere in the article (a mistagged word, not a person). "" where a named phrase
    fills the role (``role_fillers`` reads it), where the pronoun stands for no person, or for one
    the question names (the asked doer is someone else)."""
    text = hit.chunk.text
    found = frames(text)
    same = [f for f in found if f.lemma in (ask.lemma, ask.event)] or [
        f for f in found if any(says_verb(v, f.lemma) for v in (ask.lemma, ask.event) if v)
    ]
    fillers = [filler for f in same if (filler := _role_of(ask, f)) is not None]
    if not fillers or any(not f.pronoun for f in fillers):
        return ""
    pronoun = next((f for f in fillers if f.text.lower() in _PERSON_PRONOUNS), None)
    doc = spacy_doc(text)
    tok = token_at(doc, pronoun.start) if pronoun is not None else None
    if tok is None:
        return ""
    before = hit.previous_text
    offset = len(before) + 1
    mentions = [*(mentions_of(spacy_doc(before), 0, 0) if before else []), *mentions_of(doc, offset, 1)]
    name = resolve(doc, [tok.i], offset, mentions).get(tok.i, "")
    article = hit.corpus.article_text(hit.doc)
    people = [
        m
        for m in mentions
        if m.label == "PERSON"
        and m.text == name
        and not (quoted(text, m.start - offset) if m.sentence else quoted(before, m.start))
    ]
    if not people or any(asked.has(t) for t in tokens(name)):
        return ""  # no person, a name in quoted words (not the narrated doer), or the asked one
    if len(name.split()) < 2 and not named_in_full(name, article):
        return ""  # a lone word the tagger called a person, written nowhere after a given name
    return _written_in_full(name, article)


def _written_in_full(name: str, article: str) -> str:
    """A one-word name as its article first writes it after a capitalised given name ("Kerr" ->
    "Ada Kerr", ``named_in_full``); the name itself otherwise."""
    if not named_in_full(name, article):
        return name
    m = re.search(rf"\b([A-Z][a-z]+)\s+{re.escape(name)}\b", article)
    return f"{m.group(1)} {name}" if m and m.group(1).lower() not in STOPWORDS else name


def filler_reaches(ask: Ask, text: str) -> list[tuple[int, int]]:
    """Spans of the asked role's fillers with all the sentence says of them (``roles.reach``)."""
    found = [f for f in frames(text) if any(says_verb(v, f.lemma) for v in (ask.lemma, ask.event) if v)]
    return [reach(text, filler) for f in found if (filler := _role_of(ask, f)) is not None]


def _other_side_only(ask: Ask, same: list[Frame], asked: TokenPool, entities: tuple[Entity, ...]) -> bool:
    """The sentence uses the asked verb with its asked role unfilled and its other side filled
    by a name the question does not give ("who did Ansel beat": "... was beaten by Tomas
    Vell"): it tells of another pair, and Tomas Vell, the doer, is no answer for the done-to."""
    if ask.role not in ("agent", "patient"):
        return False
    other = [f.patient if ask.role == "agent" else f.agent for f in same]
    return any(
        o is not None
        and not o.pronoun
        and not any(asked.has(t) for t in tokens(o.text))
        and any(e.label in NAME_LABELS and o.start <= e.start and e.end <= o.end for e in entities)
        for o in other
    )


def _role_of(ask: Ask, frame: Frame) -> Filler | None:
    """The frame's filler of the asked role: agent, patient, or the object of the asked preposition."""
    if ask.role == "oblique":
        return frame.oblique(ask.prep)
    return frame.agent if ask.role == "agent" else frame.patient


def _head_named(value: str, name: str) -> bool:
    """The filler's last word, its head in English noun phrases, lies inside the name."""
    last = tokens(value)[-1:] if tokens(value) else []
    return bool(last) and last[0] in tokens(name)


def set_aside_in(excluded: str, value: str, text: str) -> bool:
    """``sets_aside`` for a value found in ``text``, read with its title and apposition."""
    at = text.find(value)
    return sets_aside(excluded, value, text[: max(at, 0)], text[at + len(value) :] if at >= 0 else "")


def _beside(excluded: str, text: str, entities: Iterable[Entity], labels: Iterable[str]) -> list[str]:
    """The names of the asked kinds the sentence lists beside the set-aside phrase."""
    kinds = set(labels)
    return [e.text for e in entities if e.label in kinds and listed_beside(excluded, e.text, text)]


def role_fillers(
    ask: Ask,
    text: str,
    entities: tuple[Entity, ...],
    asked: TokenPool,
    question: str = "",
    phrasal_senses: int = AnswerTuning.phrasal_senses,
) -> list[str] | None:
    """Fillers of the asked role where the sentence uses the question's verb.

    None when it does not (or only a pronoun fills the role): other evidence decides.
    An empty list means the verb is there but its filler is what the question names
    ("who leads the VLF" against "led by the VLF") or no one ("No group claimed it"): this sentence
    does not answer.
    """
    found = frames(text)
    same = [f for f in found if f.lemma in (ask.lemma, ask.event)]
    reworded = not same  # no frame of the asked verb: one saying it in other words ("play" for "meet")
    if reworded:
        same = [f for f in found if any(says_verb(v, f.lemma) for v in (ask.lemma, ask.event) if v)]
    if reworded and not same and question:
        same = [f for f in found if says_asked_phrasal(ask.lemma, question, f.lemma, phrasal_senses)]
    fillers = [_role_of(ask, f) for f in same]
    named = [f for f in fillers if f is not None and not f.pronoun and not f.negated]
    if not named:
        if any(f is not None and f.negated for f in fillers) or _other_side_only(ask, same, asked, entities):
            return []  # "No group claimed it"; "X was beaten by Kiefer" names the winner, not who lost
        return None
    if ask.about and not any(terms(text).has(t) for t in ask.about):
        return []  # the verb, but about something else ("lead" a team, not "lead the VLF")
    if question and opposed_modifier(question, text):
        return []  # the verb, but of "the smaller spring meeting", not "the big autumn meeting"
    ents = [(e.text, e.label, e.start, e.end) for e in entities]
    out = []
    for filler in named:
        value, start, end = name_in(filler, ents)
        named_value = any(t == value for t, _, _, _ in ents)
        if not named_value and (titled := name_after_kind(filler, text, ents, asked_head(question))):
            value, start, end = titled  # "claimed by the rebel group Velm Front": the group is Velm Front
            named_value = True
        if not named_value and value == name_in(filler, [])[0] and named_body(text, start, end):
            named_value = True  # "the Velm Liberation group", its name missed by the tagger
        if reworded and not named_value:
            continue  # a verb in other words is weaker evidence: only a name it gives answers
        if named_value and end < filler.end:  # "his sons, Tomas and Ansel": the named list, whole
            listed = listed_names(text[: filler.end], start, end)[0]
            value = _listed_names(text, filler, ents, (start, end), listed)
        person = any(t == value and label == "PERSON" for t, label, _, _ in ents)
        if not (
            _is_asked(value, text[end:], asked)
            or abbreviated(value, question)
            or (person and surname_asked(value, question))
            or is_handle(value)
        ):
            out.append(value)
    return None if reworded and not out else out


def named_body(text: str, start: int, end: int, rank: int = AnswerTuning.named_body_rank) -> bool:
    """Pattern: a phrase of capitalised proper nouns before a common noun that WordNet files as a
    group or a person in its first senses ("the Velm Liberation group", "Orn Valley fighters")
    names that body, even where the tagger gives the name no entity or only part of one. A
    lower-case word before the noun ("the rebel group", "the Norwegian army's men") is no name."""
    toks = [t for t in dependency_parse(text) if start <= t.idx < end and t.lower_ not in ("the", "a", "an")]
    if len(toks) < 2 or toks[-1].pos_ != "NOUN" or not toks[-1].text.islower():
        return False
    words = [t for t in toks[:-1] if t.pos_ != "PUNCT"]
    if not words or not all(
        t.pos_ == "PROPN" and t.text[:1].isupper() for t in words if t.text[:1].isalpha()
    ):
        return False
    if not any(t.text[:1].isupper() for t in words):
        return False
    wn = wordnet()
    head = toks[-1].lemma_.lower()
    return any(wn.is_kind(head, kind, rank) for kind in ("group", "person"))


def name_after_kind(
    filler: Filler, text: str, ents: list[tuple[str, str, int, int]], noun: str
) -> tuple[str, int, int] | None:
    """Pattern: a filler that is only a common noun of the asked kind, written right before a name
    ("claimed by the rebel group Velm Front", "sold to the investment firm Orn Capital"), is that
    name's title: the name fills the role, however the parse attached it. Only when the filler's
    last word is the question's which-noun or a WordNet kind of it (``is_kind_word``) and nothing
    but a space stands between, and the name is not the speaker of a reporting verb: "shelled by
    the army, Velm said" and, unpunctuated, "shelled by the army Velm Monitor said" keep the army."""
    words = filler.text.split()
    if not noun or not words or not is_kind_word(words[-1], noun):
        return None
    for name, label, start, end in ents:
        if (
            label in NAME_LABELS
            and label != "NORP"
            and start > filler.end
            and not text[filler.end : start].strip()
        ):
            return None if _reports_at(text, start, end) else (name, start, end)
    return None


def _reports_at(text: str, start: int, end: int) -> bool:
    """The words at ``start:end`` hang on a reporting verb ("Velm Monitor said"): a speaker."""
    return any(
        start <= t.idx < end
        and not start <= t.head.idx < end
        and t.head.pos_ == "VERB"
        and t.head.lemma_.lower() in REPORTING_VERBS
        for t in dependency_parse(text)
    )


def says_asked_phrasal(
    bare: str, question: str, lemma: str, senses: int = AnswerTuning.phrasal_senses
) -> bool:
    """A sentence's verb says the question's phrasal verb, which the question's role was read by
    its bare verb: "proposed" says "put forward" where WordNet files the pair as one verb under or
    beside the plain one (``bot.phrasal.says_phrasal``); the bare verb alone ("put") says nothing."""
    asked = [p for _, p in phrasal_verbs(question) if p.split("_")[0] == bare]
    return any(says_phrasal(p, {lemma}, senses) for p in asked)


_ASKED_NATIONALITY = re.compile(
    r"^\s*(?i:who\s+(?:is|was|are|were)\s+(?:the\s+)?)(?:[a-z]+\s+){0,2}?([A-Z][a-z]+)\s+([a-z]+)"
)
_WHICH_NATIONALITY = re.compile(r"^\s*(?i:which|what)\s+(?:[a-z]+\s+){0,2}?([A-Z][a-z]+)\s+([a-z]+)")


def asked_nationality(question: str) -> str:
    """The nationality the asked person must have ("who was the last Velmarian man to win"),
    when the question's wh-phrase gives one (as the parser tags it: a nationality, NORP); the
    evidence must state it, as a nationality or as its country (``states_nation``) and not
    inside a name ("the Velmarian Open")."""
    return _tagged_nationality(question, _ASKED_NATIONALITY)


def which_nationality(question: str) -> str:
    """The nationality a which-question's person has ("which future Velmarian leader"): it only
    describes them, so the evidence need not state it, but a name titled with another nation
    ("Ostrin envoy Ada Kerr": ``_another_nationality``) is not the one asked for."""
    return _tagged_nationality(question, _WHICH_NATIONALITY)


def _tagged_nationality(question: str, pattern: re.Pattern[str]) -> str:
    m = pattern.search(question)
    if m is None:
        return ""
    tagged = [e for e in parse(question).entities if e.label == "NORP" and e.start == m.start(1)]
    return m.group(1).lower() if tagged else ""


def states_nation(nationality: str, ent: Entity) -> bool:
    """The entity states the nationality: the adjective itself (tagged a nationality) or a name
    of its country ("US" for "American": ``country_forms``)."""
    return _names_nation(nationality, ent) is True


def _names_nation(nationality: str, ent: Entity) -> bool | None:
    """Whether the entity names the nationality's nation: a nationality adjective by being the same
    word, a country's name by sharing one of its forms (``country_forms``); None where the entity
    names no country or the nationality reads as none, so neither side can be told."""
    if ent.label == "NORP":
        return ent.text.lower() == nationality
    mine = set(country_forms(nationality))
    theirs = set(place_forms(ent.text)) if ent.label == "GPE" else set()
    return bool(mine & theirs) if mine and theirs else None


def country_forms(nationality: str) -> tuple[tuple[str, ...], ...]:
    """The country's names a nationality adjective reads as (``place_forms``: "American" ->
    "US", "America", ...); none where WordNet reads the adjective as a people rather than a
    country ("British": the British people, its own word among the forms), so a nationality is
    told apart from a country's name only when it reads as a country."""
    forms = place_forms(nationality)
    return () if tuple(tokens(nationality)) in forms else forms


def nationality_taken_up(question: str, nationality: str, text: str, previous: str) -> bool:
    """A sentence that takes up the people the sentence before it gave the asked nationality ("Two
    Velmarian pilots died on Monday. The two pilots, X and Y, ...") tells of people of that nation:
    the sentence before states the nationality (tagged a nationality) and the question's noun after
    it ("pilots"), and this sentence says that noun again."""
    m = _ASKED_NATIONALITY.search(question)
    if m is None or not previous:
        return False
    noun = tokens(m.group(2))
    if not noun or not terms(text).has(noun[0]) or not terms(previous).has(noun[0]):
        return False
    return any(e.label == "NORP" and e.text.lower() == nationality for e in parse(previous).entities)


_NAME_RUN = re.compile(r"\s+((?:[A-Z][\w'.-]*\s+){0,3})([A-Z][a-z]+)\b")
ROAD = "road"
"""The WordNet noun every street kind is filed under (street, avenue, boulevard, highway)."""


_OTHER_END = {"birth": "death", "death": "birth"}
"""The other end of a life, whose dates never answer when the asked end was."""
_CITATION_DATE = re.compile(
    r"\b(?:retrieved|accessed|archived(?:\s+from\s+the\s+original)?)(?:\s+(?:on|from))?\s*:?\s*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s*)?$",
    re.I,
)
"""A reference's access or archive date ("Retrieved 9 October 2017", "accessed on 3 May 2020"),
its day numeral perhaps left outside the date the tagger found ("9" of "retrieved 9 October 2017")."""


def citation_date(before: str) -> bool:
    """A date right after "retrieved", "accessed" or "archived" is when a reference was read or
    saved, never a date of what the question asks about; the tagger may leave the day out of
    the date ("retrieved 4 | March 2019"), so a day numeral between them still marks it."""
    return bool(_CITATION_DATE.search(before))


def house_number(value: str, after: str) -> bool:
    """A bare number followed by a name ending in a kind of road ("1331 Elm Street", "42 Oak
    Avenue") is a house number in an address, not a year."""
    if not value.strip().isdigit():
        return False
    run = _NAME_RUN.match(after)
    if run is None:
        return False
    return wordnet().is_kind(run.group(2).lower(), ROAD, SenseTuning.road_rank)


def _another_nationality(
    asked: str, text: str, entities: tuple[Entity, ...], ent: Entity, tune: AnswerTuning
) -> bool:
    """A nationality other than the asked one stands right before the name ("Ostrinian
    qualifier Tomas Brill"), or the name of another country ("Ostrin envoy Tomas Brill" for
    "which Velmarian official", when the nationality reads as a country, ``country_forms``, and the
    name as another): the sentence says
    this person is not of the asked nation."""
    before = [
        e
        for e in entities
        if e.label in ("NORP", "GPE")
        and e.end <= ent.start
        and len(text[e.end : ent.start].split()) <= tune.nationality_words
        and not re.search(r"[,;:()]", text[e.end : ent.start])
    ]
    return any(_names_nation(asked, e) is False for e in before)


def surname_asked(name: str, question: str) -> bool:
    """The question names this person by surname alone ("who did Brill beat", "the brill
    family's bid"): "Tomas Brill" is the one asked about, not an answer. A different given
    name before the surname in the question ("Anna Brill") is another person of that family."""
    words = re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", name))
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    said = re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", question))
    for i, word in enumerate(said):
        if word.lower() != words[-1].lower():
            continue
        given = said[i - 1] if i > 1 else ""  # the question's first word is capitalised anyway
        if not (given[:1].isupper() and given.lower() not in {w.lower() for w in words}):
            return True
    return False


_DISTANCE_TAIL = re.compile(r"\s+\d[\d.,]*\s*[a-z]+$")
"""A number and a lower-case unit closing a tagged place ("Velm 40 km")."""


def without_distance(name: str) -> str:
    """A place name without the distance the tagger took into it ("Velm 40 km" -> "Velm"):
    a name never ends in a number with a lower-case unit."""
    cut = _DISTANCE_TAIL.sub("", name)
    return cut or name


def asked_sayer(question: str) -> str:
    """The surname (a token) of the person a "when did X say ..." question names, "" when it
    names none: only a sentence naming X, or said by X, tells when X said it."""
    people = [e for e in spacy_doc(question).ents if e.label_ == "PERSON"]
    return _surname(people[0].text) if people else ""


def said_by_another(text: str, ent: Entity, asked: TokenPool) -> bool:
    """The date tells when someone the question does not name said something ("Lena Ross said
    on Sunday"): "when did Tomas Brill say ..." is not answered by another speaker's day (asked
    only when the question names its speaker: "the mayor" may be anyone's name)."""
    for verb in _reporting_verbs(text, ent):
        for subject in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"):
            words = [w for w in tokens(subject.text) if w]
            if words and not any(asked.has(w) for w in words):
                return True
    return False


def when_said(text: str, ent: Entity) -> bool:
    """The date tells when something was said, not when the reported deed happened: it hangs on
    a reporting verb ("..., the monitor said on Friday", "said Friday")."""
    return next(_reporting_verbs(text, ent), None) is not None


def _reporting_verbs(text: str, ent: Entity) -> Iterator[Any]:
    """The reporting verbs the entity's words hang on, directly or through a preposition."""
    for t in dependency_parse(text):
        if not (ent.start <= t.idx < ent.end) or ent.start <= t.head.idx < ent.end:
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.dep_ == "prep" else t.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in REPORTING_VERBS:
            yield verb


def asked_places(question: str) -> list[str]:
    """The places a question puts its event in: a place name after a preposition ("the bakery
    in Tarvin", "near Tarvin", "in Tarvin city"), not one that modifies a noun ("which US
    general") nor a passive's doer ("targets hit by Velmaria": who hit them, not where)."""
    doc = dependency_parse(question)
    out = []
    for e in parse(question).entities:
        heads = _span_heads(doc, e.start, e.end)
        objects = [t.head if t.dep_ == "compound" else t for t in heads]  # "in Tarvin city"
        if e.label in PLACE_LABELS and any(t.dep_ == "pobj" and t.head.dep_ != "agent" for t in objects):
            out.append(e.text)
    return out


def placed_elsewhere(
    places: list[str],
    hit: EvidenceSentence,
    tune: AnswerTuning,
    described: list[tuple[int, int]] | None = None,
) -> bool:
    """The sentence (with the one before it) names no word of the question's places, in any
    spelling, but names another place: what it reports happened elsewhere, so its names and
    dates do not answer for the asked place ("who attacked the bakery in Tarvin" and "an attack
    by the Velmar Front on a camp in Dunmoor", even where the article names Tarvin for another
    story). A place inside the ``described`` spans, the answer and what the sentence says of it
    ("the Army of Tarvel", "militants who fought in Tarvel"), is not where the deed happened."""
    pool = _with_previous(hit)
    aliases = hit.corpus.aliases(tune.alias_min_definitions)
    asked = [w for p in places for w in tokens(p) if len(w) >= tune.place_word_letters]
    if any(has_name(pool, w, aliases, tune) for w in asked):
        return False  # "Sarn" names "Sarn al-Tahta"; a particle ("al") names nothing
    written = {p.lower() for p in places}
    return any(
        e.label in PLACE_LABELS
        and tokens(e.text)
        and e.text.lower() not in written  # "in the US": a short name is named as written
        and not any(s <= e.start and e.end <= end for s, end in described or [])
        and not any(has_name(TokenPool(asked), w, aliases, tune) for w in tokens(e.text))
        and not any(wordnet().part_of(e.text.lower(), p) for p in written)  # a city of the asked country
        and not titles_person(hit.chunk.text, e)  # "US envoy X": whose envoy, not where
        for e in hit.parsed.entities
    )


def titles_person(text: str, ent: Entity) -> bool:
    """A place name modifying a person noun ("Velm envoy Ada Kerr", "the Ostrin mayor") says
    whose official someone is, not where a deed happened: the evidence's mirror of
    ``asked_places`` leaving out "which US general". The noun's commonest WordNet sense is a person."""
    heads = _span_heads(dependency_parse(text), ent.start, ent.end)
    return bool(heads) and all(
        t.dep_ in ("compound", "nmod") and wordnet().kind_rank(t.head.lemma_.lower(), "person") == 0
        for t in heads
    )


def states_about(ask: Ask, hit: EvidenceSentence) -> bool:
    """A sentence whose names merely co-occur (it does not use the asked verb) must still name
    one of the things the question's verb is about, in it or the sentence before ("who attacked
    the bakery": a sentence about an attack on a camp names someone else's deed)."""
    if not ask.about:
        return True
    pool = _with_previous(hit)
    return any(pool.has(t) for t in ask.about)


def _span_heads(doc: Any, start: int, end: int) -> list[Any]:
    """The tokens of the characters ``start:end`` whose head lies outside them: how the parse
    attaches that name to the rest of the sentence."""
    return [t for t in doc if start <= t.idx < end and not (start <= t.head.idx < end)]


def _with_previous(hit: EvidenceSentence) -> TokenPool:
    """The words of the sentence and the one before it (where a report often names its scene)."""
    return terms(f"{hit.previous_text} {hit.chunk.text}")


_HANDLE = re.compile(r"@?[A-Za-z_]*[a-z][A-Za-z_]*\d+")


def is_handle(name: str) -> bool:
    """One word of lower-case letters run into digits ("velmar1970") is an account's handle,
    not how news names a person or a group ("M23", "Mi-8", "Brigade 313" are names)."""
    return bool(_HANDLE.fullmatch(name))


def _is_asked(name: str, after: str, asked: TokenPool) -> bool:
    """A name the question itself gives (or its acronym right after it), so not an answer to it.

    "Velmar Liberation Front (VLF)" is what "who leads VLF" asks about; "Tarin" is "Tarrin"
    spelt with a letter single (``names_doubled``, as ``has_name`` reads names).
    """
    words = tokens(name)
    least = AnswerTuning.variant_min_letters
    if not words or all(asked.has(w) or names_doubled(asked, w, least) for w in words):
        return True
    acronym = re.match(r"\s*\(([A-Z]{2,6})\)", after)
    return bool(acronym and asked.has(acronym.group(1).lower()))


def abbreviated(name: str, question: str) -> bool:
    """A name the question writes short ("Leeds Utd" for "Leeds United"): consecutive
    question words abbreviate the name's words in order (same first letter, letters in order)."""
    long = re.findall(r"[A-Za-z]+", re.sub(r"['’]s\b", "", name))
    short = re.findall(r"[A-Za-z]+", question)
    if len(long) < 2:
        return False
    return any(
        all(_abbreviates(a, b) for a, b in zip(short[i : i + len(long)], long, strict=True))
        for i in range(len(short) - len(long) + 1)
    )


def _abbreviates(short: str, long: str) -> bool:
    s, full = short.lower(), long.lower()
    if len(s) < 2 or s[0] != full[0] or len(s) > len(full):
        return False
    rest = iter(full)
    return all(c in rest for c in s)


def titled_name(q: Question, text: str) -> bool:
    """A person named right after the title the question gives (most of its name-like words),
    or right after the person noun a which-question or a "who is the <role>" question asks for
    ("which surgeon": "surgeon Ada Kerr"), or with that noun in apposition ("who was the
    official": "Ada Kerr, a port official")."""
    noun = (asked_person_noun(q.text) or who_role_noun(q.text)) if q.kind is Kind.PERSON else ""
    if len(q.key_terms) < 2 and not noun:
        return False
    if noun and titled_people(noun, text, parse(text).entities):
        return True
    for ent in parse(text).entities:
        if ent.label != "PERSON":
            continue
        words = text[: ent.start].split()
        if len(q.key_terms) < 2:
            continue
        before = TokenPool(tokens(" ".join(words[-6:])))
        if sum(1 for t in q.key_terms if before.has(t)) >= max(2, len(q.key_terms) - 1):
            return True
    return False


_ROLE_APPOSITION = re.compile(r"\s*,?\s*(?:a|an|the)\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)")
"""What follows a name to describe it: ", a senior port official", " the town's mayor"."""


def in_apposition(noun: str, after: str) -> bool:
    """The text right after a name describes it as the noun ("Ada Kerr, a port official")."""
    m = _ROLE_APPOSITION.match(after)
    return m is not None and any(word_stem(w.lower()) == word_stem(noun) for w in m.group(1).split())


_LIST_ITEM = re.compile(r"^(\s*(?:,\s*(?:and\s+)?|\s+and\s+))([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")


_DEFINED = re.compile(r"((?:[A-Z][\w’'-]*\s+){1,5}[A-Z][\w’'-]*)\s*\(([A-Z][A-Za-z]{1,9})\)")


def _aliases(texts: Iterable[str]) -> dict[str, str]:
    """ "the Northern Rail Authority (NRA)": the acronym and the name are one thing."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED.finditer(text):
            name = _name_key(m.group(1))
            out[_name_key(m.group(2))] = name
            for cut in range(1, len(name.split())):  # "us central command" ~ "central command"
                out.setdefault(" ".join(name.split()[cut:]), name)
    return out


def _mislabelled_in_list(text: str, entities: tuple[Entity, ...], i: int) -> bool:
    """ "Aleppo, Hama, Homs" tagged place, person, person: a list's items share its first's kind."""
    run = [i]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(entities):
            a, b = sorted((entities[j], entities[j + step]), key=lambda e: e.start)
            if not re.fullmatch(r"\s*(,|and|or|, and|, or)\s*", text[a.end : b.start]):
                break
            j += step
            run.append(j)
    if len(run) < 3:
        return False
    first = entities[min(run)]
    return entities[i].label != first.label


def listed_names(text: str, start: int, end: int) -> tuple[str, int]:
    """The named list that starts with the entity at ``start:end`` ("Lyon, Nice and Lille": a
    named list continues past the entity the tagger found), and where in ``text`` the list ends."""
    items = [text[start:end]]
    pos = end
    while True:
        m = _LIST_ITEM.match(text[pos:])
        if not m:
            break
        items.append(m.group(2))
        pos += m.end()
    return _join(items), pos


_MEMBERS = re.compile(r"\b([a-z]+s)\s+(?:from|of)\s+(?:the\s+)?$")


def members_of(before: str) -> bool:
    """The name follows "<people> from/of" ("fighters from", "members of the"): it names the
    group they belong to, though the tagger may read a transliterated group name as a person
    ("the sons of" a person are kin, not members)."""
    m = _MEMBERS.search(before)
    noun = stem(m.group(1)) if m else ""
    return bool(m) and wordnet().is_kind_of(noun, "person") and not wordnet().is_kind_of(noun, "relative")


_PLACED = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?"
    r"(?:(?:village|town|city|district|neighbou?rhood|province|area|region|suburb)\s+of\s+)?$",
    re.I,
)
"""A name right after "in"/"at" or "the village of" is where something is, not who."""
_PLACE_OF = re.compile(
    r"\b(?:village|town|city|district|neighbou?rhood|province|area|region|suburb)s?\s+of\s+$"
    r"|\bcities\s+of\s+$",
    re.I,
)
"""The place noun and "of" right before a name ("the village of Orn", "the towns of"): the
name is that place."""


def place_appositive(text: str, ent: Entity, tune: AnswerTuning) -> bool:
    """Pattern: a name in apposition to a common noun whose WordNet senses up to
    ``appositive_place_rank`` make it a location ("Tarvel, a town that ...", "Orn, the district
    capital's suburb") is that place's name, however the tagger labelled it; an appositive person
    or group ("Orn, a charity") says nothing of the kind."""
    net = wordnet()
    for tok in dependency_parse(text):
        if not ent.start <= tok.idx < ent.end:
            continue
        for c in tok.children:
            if c.dep_ != "appos" or c.pos_ != "NOUN" or c.idx < ent.end:
                continue
            if net.is_kind(c.lemma_.lower(), "location", tune.appositive_place_rank):
                return True
    return False


_LIST_GAP = re.compile(r"\s*(?:,|and|or|, and|, or)\s*")
"""What stands between two names of one list ("X, Y and Z")."""


def placed_list(text: str, entities: tuple[Entity, ...], i: int) -> bool:
    """The name is placed (``_PLACED``, ``_PLACE_OF``), or is a later item of a list of names
    whose first item is ("on the villages of Velm and Orn": Orn is a village too, however the
    parse reads the list)."""
    first = entities[i]
    for ent in sorted((e for e in entities if e.end <= first.start), key=lambda e: -e.end):
        if not _LIST_GAP.fullmatch(text[ent.end : first.start]):
            break
        first = ent
    before = text[: first.start]
    return bool(_PLACED.search(before) or _PLACE_OF.search(before))


_LOCATIVE = re.compile(r"\b(in|at|to|from|into|near|outside|inside|toward|towards|across)\s+(the\s+)?$", re.I)
_TEMPORAL = re.compile(r"\b(on|in|at|since|by|until|from|during|before|after)\s+(the\s+)?$", re.I)


def _names_place(after: str) -> bool:
    """A name right before a place noun ("Hadley roundabout", "Omar hospital") names the place;
    a verb form ("Omar was", "Omar has": WordNet reads "was" as the noun "WA") names no noun, nor
    does the first part of a hyphenated modifier ("Omar state-run TV said": "state-run" is no state)."""
    m = re.match(r"\s+([a-z]{3,})\b(?!-)", after)
    if m is None or m.group(1) in AUXILIARIES or wordnet().irregular(m.group(1), "v"):
        return False
    return any(wordnet().is_kind_of(m.group(1), kind) for kind in PLACE_KINDS)


def used_as_place(mentions: list[tuple[str, str]], tune: AnswerTuning) -> bool:
    """A name the articles use as a place in a good share of its ``mentions`` (the text before
    and after each: right after "in/at/near", or before a place noun: "the air base at Tarvin",
    "Tarvin airport") is a place, not a person, where a sentence gives no such cue ("flew back
    to Tarvin")."""
    mentions = [(b, a) for b, a in mentions if not re.match(r"['’]s\b", a)]  # "in Tarvin's speech"
    placed = sum(1 for before, after in mentions if _PLACED.search(before) or _names_place(after))
    return bool(mentions) and placed >= tune.place_name_share * len(mentions)


def modifies_another(text: str, start: int, end: int) -> bool:
    """A name that modifies another noun phrase, or follows "a"/"an", is not the person the
    sentence is about: a possessive ("Lena Ross's novel") names the owner of something else, a
    word compounded onto a role noun that itself stands before a name ("Film actress Anna Holt",
    tagged a person) only describes that name, "an Oscar" is a thing named after someone, and a
    name compounded onto a common noun that is no kind of person names a thing of the person's
    ("the Holt government"), while a role noun keeps it the person's ("Anna Holt head of ...")."""
    heads = _span_heads(dependency_parse(text), start, end)
    if not heads:
        return False
    root = heads[-1]
    if root.dep_ == "poss" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        return True
    role = root.head
    if root.dep_ != "compound" or role.pos_ != "NOUN":
        return False
    if role.dep_ == "compound" and role.head.pos_ == "PROPN" and role.head.idx >= end:
        return True
    return role.text.islower() and not wordnet().is_kind_of(role.lemma_.lower(), "person")


def question_verbs(question: str) -> frozenset[str]:
    """The lemmas of a when-question's own verbs ("open" of "when did X open"), not its
    auxiliaries; its root counts whatever its tag (the tagger calls "open" there an adjective)."""
    doc = dependency_parse(question)
    return frozenset(
        t.lemma_.lower() for t in doc if t.pos_ == "VERB" or (t.dep_ == "ROOT" and t.pos_ in {"ADJ", "VERB"})
    )


def asked_verb(verb: str, asked: frozenset[str], senses: int) -> bool:
    """Whether a date's verb is one of the question's or names the same deed: a WordNet sense
    among the ``senses`` commonest of both ("established" for "when was X founded")."""
    if not verb or verb in asked:
        return bool(verb)
    wn = wordnet()
    mine = set(wn.senses(verb, "v")[:senses])
    return any(mine & set(wn.senses(a, "v")[:senses]) for a in asked)


def asks_beginning(asked: frozenset[str], senses: int) -> bool:
    """Whether a when-question asks when something began: one of its verbs is, within its
    ``senses`` commonest WordNet senses, a kind of beginning or creating ("founded", "established",
    "built", "formed", "appointed"), so the end of a span ("from 1902 until 1975") does not answer it."""
    return _asks_kind_of(asked, senses, ("begin", "create"))


def asks_making(asked: frozenset[str], senses: int) -> bool:
    """Whether a when-question asks when a thing was made: one of its verbs is, within its
    ``senses`` commonest WordNet senses, a kind of creating ("founded", "established", "built"),
    not of an event's beginning ("when did the strike begin")."""
    return _asks_kind_of(asked, senses, ("create",))


def _asks_kind_of(asked: frozenset[str], senses: int, kinds: tuple[str, ...]) -> bool:
    wn = wordnet()
    wanted = {s for word in kinds for s in wn.senses(word, "v")[:senses]}
    return any((wn.ancestors(s) | {s}) & wanted for verb in asked for s in wn.senses(verb, "v")[:senses])


def _later_state(text: str, start: int, verbs: frozenset[str], tune: AnswerTuning) -> bool:
    """``document_values.dates_later_state`` with the verb the date hangs on (asked when a thing
    was made: "since 2011" may well tell when an event such as a strike began)."""
    if "since" not in text[max(0, start - 40) : start].lower():
        return False
    verb = dated_verb(text, start)
    return dates_later_state(text, start, verb, asked_verb(verb, verbs, tune.date_verb_senses))


def dated_verb(text: str, start: int) -> str:
    """The lemma of the verb a date at ``start`` hangs on, through its preposition ("opened by
    the railway in 1876" -> "open"; "replaced ... in 2010" -> "replace"); "" when none: a date
    in a sentence with several events belongs to the verb it modifies, not to the nearest."""
    verb = governing_verb(text, start, _DATE_STEPS, _DATE_LINKS)
    return "" if verb is None else str(verb.lemma_).lower()


def dates_another_thing(text: str, start: int, subject: str) -> bool:
    """The date at ``start`` hangs on a verb whose clause has another named thing than
    ``subject`` undergo it (``bot.date_owner.dates_another``)."""
    verb = governing_verb(text, start, _DATE_STEPS, _DATE_LINKS)
    return verb is not None and dates_another(verb, subject)


def placed_verb(text: str, start: int) -> str:
    """The lemma of the verb a place at ``start`` belongs to, through its preposition and the
    nouns it names ("fled to A" -> "flee"; "seizing the cities of A and B" -> "seize"); "" when
    the place belongs to a noun that does something itself ("the blast in A")."""
    verb = governing_verb(text, start, _PLACE_STEPS, _PLACE_LINKS)
    return "" if verb is None or _occurs(verb) else str(verb.lemma_).lower()


_DATE_STEPS = 4
"""A date reaches its verb within four heads: preposition, noun, preposition, verb."""
_DATE_LINKS = {"pobj", "npadvmod", "compound", "appos"}
"""How a date reaches its verb through nouns: a preposition's object, an adverbial noun, a name."""
_PLACE_STEPS = 6
"""A place may sit deeper than a date: in a list, under the verb's object ("the cities of A and B")."""


def _occurs(verb: Any) -> bool:
    """ "The killings took place in A", "occurred in A": a verb of happening says where its subject,
    the deed, was, so the place is the deed's, not another verb's (WordNet's "happen" synonyms)."""
    occurring = wordnet().synonyms("happen", "v", max_rank=0)
    lemma = verb.lemma_.lower()
    objects = [c.lower_ for c in verb.children if c.dep_ in {"dobj", "prt"}]
    return lemma in occurring or any(f"{lemma} {o}" in occurring for o in objects)


_PLACE_LINKS = {"pobj", "npadvmod", "compound", "appos", "conj", "dobj"}
"""How a place reaches its verb through nouns: a preposition's object, a list, the verb's object."""


def _role_bonus(kind: Kind, before: str, tune: AnswerTuning) -> float:
    """A place after "in/to/at", a date after "on/in/since": the role the question asks about."""
    tail = before[-30:]
    if kind is Kind.PLACE:
        placed = _LOCATIVE.search(tail) or _PLACE_OF.search(tail)
        return tune.locative_bonus if placed else -tune.non_locative_penalty
    if kind is Kind.DATE:
        return tune.temporal_bonus if _TEMPORAL.search(tail) else 0.0
    return 0.0


def _name_key(value: str) -> str:
    words = [stem(w) for w in re.findall(r"[\w-]+", normalise(value).lower())]
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def coordinated(text: str, spans: list[tuple[int, int]], chosen: tuple[int, int]) -> list[tuple[int, int]]:
    """The ``spans`` (names, each as its character span) that the parse joins to ``chosen`` by
    coordination ("met Foreign Minister Ada Kerr and President Tomas Brill", "Velm, Ostrin and
    Tarvel"), ``chosen`` among them, in the sentence's order: a role filled by a list is filled by
    every name on it. An apposition joins as coordination does: the parse reads a list of names
    ("Ada Kerr, Tomas Brill and Lena Marsh") as one, and a name in apposition to a noun ("the
    mayor, Ada Kerr") stands for it, but one in brackets ("the Velmar Front (VF)") is the same
    name again. Names joined by apposition alone, with no coordination among them, are one name
    told twice or a place with the place around it ("Orton County, Ostrinia"), not a list. Names
    merely in one sentence are not coordinated."""
    doc = dependency_parse(text)

    def root(start: int, end: int) -> Any | None:
        inside = [t for t in doc if start <= t.idx < end]
        roots = [t for t in inside if not start <= t.head.idx < end or t.head.i == t.i]
        return roots[0] if len(roots) == 1 else None

    def first_conjunct(start: int, end: int) -> int | None:
        tok = root(start, end)
        if tok is None:
            return None
        while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
            tok = tok.head
        return int(tok.i)

    lead = first_conjunct(*chosen)
    if lead is None:
        return [chosen]
    joined = [s for s in spans if s == chosen or (first_conjunct(*s) == lead and not _bracketed(text, s))]
    if not any(getattr(root(*s), "dep_", "") == "conj" for s in joined):
        return [chosen]
    return sorted(set(joined))


def _bracketed(text: str, span: tuple[int, int]) -> bool:
    """The name stands in brackets ("(VF)"): a short form or gloss of the name before it."""
    return text[: span[0]].rstrip().endswith("(") and text[span[1] :].lstrip().startswith(")")


def _listed_names(
    text: str, filler: Filler, ents: list[tuple[str, str, int, int]], chosen: tuple[int, int], listed: str
) -> str:
    """The filler's named list (``listed``, read on from the chosen name), as the names the parse
    coordinates with the chosen one, without their titles ("Tomas Brill and Lena Marsh" for
    "Mayor Tomas Brill and Judge Lena Marsh") when they are as many as the list's items; else
    ``listed`` itself (the tagger missed a name of it)."""
    inside = {
        (s, e): t for t, label, s, e in ents if label in NAME_LABELS and filler.start <= s and e <= filler.end
    }
    joined = coordinated(text, list(inside), chosen) if chosen in inside else []
    items = re.split(r",\s*(?:and\s+)?|\s+and\s+", listed)
    return _join([inside[span] for span in joined]) if len(joined) == len(items) > 1 else listed


def one_titled(text: str, spans: list[tuple[int, int]], asked: TokenPool) -> bool:
    """The question asks for one name of a list by its title: the word right before that name
    ("President" in "Prime Minister Ada Kerr and President Tomas Brill") is a question's word
    ("who is the president ...") while the word before some other name on the list is not."""
    titled = [any(asked.has(t) for t in tokens(" ".join(text[:start].split()[-1:]))) for start, _ in spans]
    return any(titled) and not all(titled)


def _join(values: list[str]) -> str:
    return values[0] if len(values) == 1 else ", ".join(values[:-1]) + " and " + values[-1]


_WHERE = re.compile(r"^\W*where\b", re.I)
"""A question opening with "where" asks for a location."""


def asks_where(question: str) -> bool:
    """The question opens with "where": it asks where something is or happened."""
    return bool(_WHERE.search(question))


_WHERE_WITHIN = re.compile(r"^\W*where\s+in\s+(?:the\s+)?([\w'’-]+)", re.I)
"""A where-question naming the place its answer lies within ("where in Velm ...")."""


def told_within(question: str, candidates: list[Candidate]) -> list[Candidate]:
    """Pattern: "where in Velm did X happen" asks for a place inside Velm: where some candidate's
    own sentence names Velm, a place whose sentence never does ("evacuated from the town of
    Orn" beside "killed in Kell Street in Velm") is another event's, and goes."""
    m = _WHERE_WITHIN.search(question)
    if m is None:
        return candidates
    word = re.compile(rf"(?<![\w'’-]){re.escape(m.group(1))}(?![\w'’-])", re.I)
    told = [c for c in candidates if word.search(c.quote)]
    return told or candidates


def not_where(text: str, ent: Entity, asked: TokenPool) -> bool:
    """Pattern: a place name that acts as a party (``acting_place``) or is listed beside a place
    the question gives ("active in Velm and Orn" for "where in Velm are they active": Orn is its
    peer, not a place within it, ``_listed_with_asked``) does not answer a where-question."""
    return acting_place(text, ent.start, ent.end) or _listed_with_asked(text, ent, asked)


def acting_place(text: str, start: int, end: int) -> bool:
    """Pattern: a place name that is the active subject of a verb ("Velmar would keep its troops
    there", "Ostria warned") names a country or town acting as a party, not where something is
    or happened: it answers no where-question. A passive subject ("Tarn was shelled") is the
    place a deed was done to, and a name modifying another noun is left to the other rules."""
    doc = dependency_parse(text)
    inside = [t for t in doc if start <= t.idx < end]
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head.i == t.i]
    return len(heads) == 1 and heads[0].dep_ == "nsubj" and heads[0].head.pos_ in {"VERB", "AUX"}
