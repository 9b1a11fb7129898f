"""Where sources disagree: aligned statements whose values cannot both be true.

Values found for the same question are grouped when compatible (intervals that overlap,
names that refer to the same thing); two well-supported groups that are incompatible are
a disagreement. Sums in two currencies never are ("$250" against "£130"): one is a conversion or
another market's price, and without a rate of exchange neither can contradict the other. Nothing
here knows any particular story: it compares values.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from bot.dates import day_label, parse_iso
from bot.values import Quantity, bound_at_exact, same_report, unit_matches
from index.lexicon import CURRENCIES

if TYPE_CHECKING:
    from bot.evidence import EvidenceSentence


@dataclass
class Candidate:
    """One value found in one retrieved sentence."""

    chunk_id: str
    value: str
    key: str
    doc: str
    start: int
    end: int
    quote: str
    score: float
    quantity: Quantity | None = None
    outlet: str = ""
    title: str = ""
    date: str = ""
    """The article's ISO publication date (empty when unknown)."""
    on_asked_verb: bool | None = None
    """A place: whether it hangs on the question's verb ("fled to A" for "where did X flee");
    None when it hangs on no verb or was not read so."""
    called_as_asked: bool | None = None
    """A person's name read from a sentence naming people (not filling the asked role): whether
    the sentence calls it by the noun a "which N" question asks for ("Tory candidate Tomas Brill"
    for "which candidate", ``bot.entities.called_by_noun``); None when not read so."""
    story: tuple[int, int] | None = None
    """The sentence's span without kept furniture (a glued headline or tag run): what a
    citation of it quotes (``index.store.Chunk.story``); None when that is the whole sentence."""

    @classmethod
    def of(
        cls, hit: EvidenceSentence, value: str, key: str, score: float, quantity: Quantity | None = None
    ) -> Candidate:
        """``value`` as found in the evidence sentence ``hit``, cited by its span."""
        c = hit.chunk
        return cls(
            chunk_id=c.id,
            value=value,
            key=key,
            doc=c.doc,
            start=c.start,
            end=c.end,
            quote=c.text,
            score=score,
            quantity=quantity,
            outlet=c.outlet,
            title=c.title,
            date=c.date,
            story=c.story if c.story != (c.start, c.end) else None,
        )

    def cited(self) -> tuple[int, int, str]:
        """The span and words a citation quotes: the sentence without its kept furniture."""
        if self.story is None:
            return self.start, self.end, self.quote
        lo, hi = self.story
        return lo, hi, self.quote[lo - self.start : hi - self.start]


@dataclass
class Group:
    """Compatible values from one or more sources."""

    members: list[Candidate] = field(default_factory=list)

    @property
    def value(self) -> str:
        return self.members[0].value

    @property
    def docs(self) -> list[str]:
        seen: list[str] = []
        for m in self.members:
            if m.doc not in seen:
                seen.append(m.doc)
        return seen

    @property
    def score(self) -> float:
        """Best evidence, plus a little for every further source that agrees."""
        best: dict[str, float] = {}
        for m in self.members:
            best[m.doc] = max(best.get(m.doc, 0.0), m.score)
        ranked = sorted(best.values(), reverse=True)
        return ranked[0] + 0.05 * sum(ranked[1:]) if ranked else 0.0

    def accepts(self, cand: Candidate, slack: float = math.inf) -> bool:
        lead = self.members[0]
        if lead.quantity is not None and cand.quantity is not None:
            return all(one_report(m, cand, slack) for m in self.members)
        return same_name(lead.key, cand.key)

    def variants(self) -> list[str]:
        out: list[str] = []
        for m in self.members:
            if m.value not in out:
                out.append(m.value)
        return out


def day_slack(a: Candidate, b: Candidate, slack: float) -> float:
    """A bound takes a nearby figure as the same report ("more than 30" / "32") only within one
    day's reporting: a figure from another day's article is a revision of the toll ("at least
    15" on Monday, "18" on Tuesday), to be shown in time order, so the slack is then none.
    The same article, the same date, or a missing date keep ``slack``."""
    if a.doc == b.doc or not a.date or not b.date or a.date == b.date:
        return slack
    return 0.0


def one_report(a: Candidate, b: Candidate, slack: float) -> bool:
    """Two count candidates report one figure (``bot.values.same_report``) with ``day_slack``."""
    if a.quantity is None or b.quantity is None:
        return False
    return same_report(a.quantity, b.quantity, day_slack(a, b, slack))


def same_name(a: str, b: str) -> bool:
    """ "hakan fidan" ~ "fidan"; "the united states" ~ "united states"; "us" ~ "u.s."."""
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    shorter, longer = sorted((wa, wb), key=len)
    return longer[-len(shorter) :] == shorter or longer[: len(shorter)] == shorter


def group(candidates: list[Candidate], slack: float = math.inf) -> list[Group]:
    """Candidates sharing a value; counts share one when they report the same figure
    (``bot.values.same_report``: a lower bound takes figures up to ``slack`` above it)."""
    groups: list[Group] = []
    told = [c for c in map(from_story, candidates) if c is not None]
    for cand in sorted(told, key=lambda c: -c.score):
        for g in groups:
            if g.accepts(cand, slack):
                g.members.append(cand)
                break
        else:
            groups.append(Group([cand]))
    return sorted(groups, key=lambda g: -g.score)


def from_story(cand: Candidate) -> Candidate | None:
    """The value as the story gives it: a sentence answer loses the kept furniture at its edges
    (a glued headline, a tag run), and a value its sentence writes only inside that furniture
    (a tag, a headline's word) is no value; a value not written as such in it stays."""
    if cand.story is None:
        return cand
    lo, hi = cand.story[0] - cand.start, cand.story[1] - cand.start
    if cand.key == "sentence":
        value = cand.value
        head, tail = cand.quote[:lo].strip(), cand.quote[hi:].strip()
        if head and value.startswith(head):
            value = value[len(head) :].lstrip()
        if tail and value.endswith(tail):
            value = value[: -len(tail)].rstrip()
        return replace(cand, value=value) if value else None
    needle, whole = cand.value.lower(), cand.quote.lower()
    if not needle or needle not in whole or needle in whole[lo:hi]:
        return cand
    return None


TellsApart = Callable[[Candidate, Candidate], bool]
"""Whether two values one article gives come from two sources it quotes (``bot.count_owner``)."""


def disagreeing(
    groups: list[Group], floor: float, ratio: float = 0.8, apart: TellsApart | None = None
) -> list[Group]:
    """Groups strong enough to stand against the leading one, from other sources: other
    articles, or, where ``apart`` says so, another source one of the lead's articles quotes
    ("the monitor said four died ... the state agency said two")."""
    if len(groups) < 2:
        return []
    lead = groups[0]
    rivals = [
        g
        for g in groups[1:]
        if (g.score >= max(floor, ratio * lead.score) or (g.score >= floor and bounds_lead(lead, g)))
        and (set(g.docs) - set(lead.docs) or (apart is not None and quoted_apart(lead, g, apart)))
        and not other_currency(lead, g)
    ]
    return [lead, *rivals] if rivals else []


def other_currency(lead: Group, rival: Group) -> bool:
    """The lead is a sum of money and every figure of the rival a sum in another currency
    ("$250" against "about 5000 yen" or "£130"): a conversion or another market's price, which
    no figure in the lead's currency contradicts without a rate of exchange."""
    first = lead.members[0].quantity
    if first is None or first.unit not in CURRENCIES:
        return False
    return all(
        (x := m.quantity) is not None and x.unit in CURRENCIES and x.unit != first.unit for m in rival.members
    )


def bounds_lead(lead: Group, rival: Group) -> bool:
    """The rival gives the lead's own figure of the lead's own counted thing as a strict bound,
    or the reverse ("more than 64 depots" against "64 depots"): the shared figure and noun tie
    it to the lead's count, so it stands against the lead however briefly its sentence names
    the event (one report says there were more than the other's exact figure)."""
    first = lead.members[0].quantity
    if first is None:
        return False
    return any(
        (x := m.quantity) is not None and unit_matches(x.unit, first.unit) and bound_at_exact(first, x)
        for m in rival.members
    )


def quoted_apart(lead: Group, rival: Group, apart: TellsApart) -> bool:
    """Some article gives the lead's value and the rival's in two sentences that ``apart``
    attributes to two different sources: one article reporting both sides."""
    return any(
        m.doc == r.doc and m.chunk_id != r.chunk_id and apart(m, r)
        for m in lead.members
        for r in rival.members
    )


def fold_fitting(lead: Group, rivals: list[Group], slack: float) -> list[Group]:
    """The rival groups left after folding into ``lead`` those whose every figure reports the
    lead's own figure ("12" beside the answer "at least 12"): a figure the answer's value already
    allows contradicts nothing, though a third figure kept it out of the lead's group. Only
    within one day's reporting (``day_slack``): a later day's figure revises the answer's."""
    first = lead.members[0]
    if first.quantity is None:
        return rivals
    kept = []
    for g in rivals:
        if all(one_report(first, m, slack) for m in g.members):
            lead.members.extend(g.members)
        else:
            kept.append(g)
    return kept


def shared_article(groups: list[Group]) -> bool:
    """Some article gives values of two of the groups: it quotes two sources on the same day."""
    seen: set[str] = set()
    for g in groups:
        docs = set(g.docs)
        if docs & seen:
            return True
        seen |= docs
    return False


def reported_on(g: Group) -> date | None:
    """The earliest publication date among a group's sources (None when none is dated)."""
    days = [d for d in (parse_iso(m.date) for m in g.members) if d is not None]
    return min(days) if days else None


def outlets(g: Group, limit: int = 3) -> str:
    """The group's outlets (its article ids where no outlet is known), best-supported first."""
    names: list[str] = []
    for m in g.members:
        name = m.outlet or m.doc
        if name not in names:
            names.append(name)
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def timeline(groups: list[Group]) -> tuple[list[Group], str]:
    """Rival values in the order they were first reported, and how the figure moved.

    "12 on 3 Mar 2017 (A) → 19 on 4 Mar (B)": values reported on different days are a figure
    that later reports raise (every value higher than the one before) or revise; two values
    first reported on the same day by different outlets are a disagreement between them.
    Returns the groups unchanged and no note when fewer than two are dated, or when one
    article gives two of the values (``shared_article``): its sources differ, whatever the day.
    """
    if shared_article(groups):
        return groups, ""
    days = [reported_on(g) for g in groups]
    dated = sorted(((d, i) for i, d in enumerate(days) if d is not None), key=lambda p: (p[0], p[1]))
    if len(dated) < 2:
        return groups, ""
    ordered = [groups[i] for _, i in dated] + [g for g, d in zip(groups, days, strict=True) if d is None]
    by_day: dict[date, list[Group]] = {}
    for d, i in dated:
        by_day.setdefault(d, []).append(groups[i])
    notes = []
    if len(by_day) > 1:
        steps, year = [], 0
        for d, i in dated:
            steps.append(f"{groups[i].value} on {day_label(d, year=d.year != year)} ({outlets(groups[i])})")
            year = d.year
        firsts = [by_day[d][0].members[0].quantity for d in sorted(by_day)]
        rising = all(q is not None for q in firsts) and all(
            b.low > a.low for a, b in pairwise(firsts) if a and b
        )
        notes.append(" → ".join(steps) + f". Later reports {'raise' if rising else 'revise'} the figure.")
    for d, gs in by_day.items():
        if len(gs) > 1:
            sides = " vs ".join(f"{g.value} ({outlets(g)})" for g in gs)
            notes.append(f"On {day_label(d)} the outlets disagree: {sides}.")
    return ordered, " ".join(notes)
