"""Where sources disagree: compatible values grouped across sources, incompatible strong
ones reported, on values parsed from hand-made sentences."""

from __future__ import annotations

from bot.conflicts import (
    Candidate,
    Group,
    disagreeing,
    fold_fitting,
    from_story,
    group,
    same_name,
    shared_article,
    timeline,
)
from bot.values import parse_quantities

FLOOR = 0.45
"""The default evidence floor (``FACTBOT_MIN_EVIDENCE``)."""


def _count(doc: str, sentence: str, score: float = 0.8) -> Candidate:
    """The first quantity in ``sentence``, as the answerer would find it in article ``doc``."""
    q = parse_quantities(sentence)[0]
    return Candidate(f"{doc}-1", q.text, q.text.lower(), doc, q.start, q.end, sentence, score, quantity=q)


def _name(doc: str, name: str, score: float = 0.8) -> Candidate:
    sentence = f"The talks were led by {name}."
    start = sentence.index(name)
    return Candidate(f"{doc}-1", name, name.lower(), doc, start, start + len(name), sentence, score)


def _values(groups: list[Group]) -> list[list[str]]:
    return [g.variants() for g in groups]


def test_a_dozen_and_dozens_are_a_disagreement_between_sources() -> None:
    """12 and "24 or more" cannot both be true: two well-supported groups, both reported."""
    groups = group(
        [
            _count("a.txt", "US forces carried out a dozen airstrikes on Sunday.", 0.9),
            _count("b.txt", "US forces carried out dozens of airstrikes on Sunday.", 0.85),
        ]
    )
    assert _values(groups) == [["a dozen"], ["dozens"]]
    rivals = disagreeing(groups, FLOOR)
    assert [g.docs for g in rivals] == [["a.txt"], ["b.txt"]]


def test_900_and_nine_hundred_are_one_answer_citing_both_sources() -> None:
    """The same number written in figures and in words is one value, cited from both."""
    groups = group(
        [
            _count("a.txt", "The country has 900 troops deployed.", 0.9),
            _count("b.txt", "Nine hundred troops are deployed there.", 0.7),
        ]
    )
    assert len(groups) == 1
    assert groups[0].docs == ["a.txt", "b.txt"]
    assert groups[0].variants() == ["900", "Nine hundred"]
    assert disagreeing(groups, FLOOR) == []


def test_at_least_40_and_40_agree_but_more_than_40_does_not() -> None:
    """A lower bound is closed at its figure ("at least 40" allows another outlet's 40); a strict
    one leaves it out ("more than 40" says there were others): two reports."""
    groups = group(
        [_count("a.txt", "Jets struck at least 40 depots."), _count("b.txt", "Jets struck 40 depots.")]
    )
    assert len(groups) == 1 and groups[0].docs == ["a.txt", "b.txt"]
    groups = group(
        [_count("a.txt", "Jets struck more than 40 depots."), _count("b.txt", "Jets struck 40 depots.")]
    )
    assert _values(groups) == [["more than 40"], ["40"]]


def test_a_value_joins_a_group_only_if_it_fits_every_member() -> None:
    """ "at least 40" fits 40 and 52, but 40 and 52 do not fit each other: two groups."""
    groups = group(
        [
            _count("a.txt", "Jets struck at least 40 depots.", 0.9),
            _count("b.txt", "Jets struck 40 depots.", 0.8),
            _count("c.txt", "Jets struck 52 depots.", 0.7),
        ]
    )
    assert _values(groups) == [["at least 40", "40"], ["52"]]


def test_a_figure_the_answers_bound_allows_is_folded_into_the_answer() -> None:
    """ "at least 12" (with a 14 from another sentence) and another outlet's "12": the 12 fits the
    answer's own bound, so it joins the answer's sources; a 30 still stands against it."""
    groups = group(
        [
            _count("a.txt", "Raids near Corvel killed at least 12 people.", 0.9),
            _count("a.txt", "A strike on the Corvel clinic killed 14 people.", 0.8),
            _count("b.txt", "Twelve people were killed in the raids on Corvel.", 0.7),
            _count("c.txt", "The raids on Corvel killed 30 people.", 0.7),
        ],
        0.25,
    )
    assert _values(groups) == [["at least 12", "14"], ["Twelve"], ["30"]]
    kept = fold_fitting(groups[0], groups[1:], 0.25)
    assert _values(kept) == [["30"]]
    assert groups[0].docs == ["a.txt", "b.txt"]


def test_names_referring_to_the_same_person_are_grouped() -> None:
    """A surname and the full name, or a name with and without "the", are one value."""
    groups = group([_name("a.txt", "Hakan Fidan", 0.9), _name("b.txt", "Fidan", 0.8)])
    assert len(groups) == 1 and groups[0].value == "Hakan Fidan"
    assert same_name("the united states", "united states")
    assert not same_name("hakan fidan", "hakan sukur")


def test_different_names_from_two_strong_sources_disagree() -> None:
    """Two sources naming different people for the same role is a disagreement."""
    groups = group([_name("a.txt", "Hakan Fidan", 0.9), _name("b.txt", "Mevlut Cavusoglu", 0.85)])
    assert len(disagreeing(groups, FLOOR)) == 2


def test_a_weak_rival_is_not_a_disagreement() -> None:
    """A rival below the evidence floor, or far below the leading value, is not reported."""
    strong = _count("a.txt", "US forces carried out a dozen airstrikes.", 0.9)
    below_floor = _count("b.txt", "US forces carried out dozens of airstrikes.", 0.3)
    far_below_lead = _count("b.txt", "US forces carried out dozens of airstrikes.", 0.6)
    assert disagreeing(group([strong, below_floor]), FLOOR) == []
    assert disagreeing(group([strong, far_below_lead]), FLOOR) == []


def test_one_source_contradicting_itself_is_not_a_disagreement_between_sources() -> None:
    """Rivals must come from another article than the leading value's."""
    groups = group(
        [
            _count("a.txt", "US forces carried out a dozen airstrikes.", 0.9),
            _count("a.txt", "In all, dozens of airstrikes were carried out.", 0.85),
        ]
    )
    assert len(groups) == 2
    assert disagreeing(groups, FLOOR) == []


def test_a_group_agreed_by_more_sources_outranks_an_equal_single_source() -> None:
    """Every further source that agrees adds a little to a group's score."""
    groups = group(
        [
            _count("a.txt", "Jets struck 120 targets.", 0.8),
            _count("b.txt", "Jets struck 75 targets.", 0.8),
            _count("c.txt", "Jets struck seventy-five targets.", 0.8),
        ]
    )
    assert groups[0].docs == ["b.txt", "c.txt"]
    assert groups[0].score > groups[1].score


def _dated(doc: str, sentence: str, day: str, score: float = 0.8) -> Candidate:
    c = _count(doc, sentence, score)
    c.date = day
    return c


def test_a_figure_reported_on_a_later_day_revises_the_bound_instead_of_fitting_it() -> None:
    """ "at least 15" on Monday and "18" from another outlet on Tuesday: the toll was revised, two
    groups to be shown in time order; the same "18" the same day fits the bound and joins it."""
    monday = _dated("a.txt", "Shells on Tarvel killed at least 15 people.", "2019-03-04", 0.9)
    tuesday = _dated("b.txt", "Shells on Tarvel killed 18 people.", "2019-03-05")
    same_day = _dated("c.txt", "Shells on Tarvel killed 18 people.", "2019-03-04")
    assert _values(group([monday, tuesday], 0.25)) == [["at least 15"], ["18"]]
    assert _values(group([monday, same_day], 0.25)) == [["at least 15", "18"]]
    lead, rival = group([monday, tuesday], 0.25)
    assert _values(fold_fitting(lead, [rival], 0.25)) == [["18"]]


def test_two_outlets_different_lower_bounds_are_two_tolls() -> None:
    """ "at least 60" and "at least 70" for one blast, the same day: two outlets' tolls, not one."""
    groups = group(
        [
            _dated("a.txt", "A car bomb in Orvel killed at least 60 people.", "2019-03-04", 0.9),
            _dated("b.txt", "A car bomb in Orvel killed at least 70 people.", "2019-03-04"),
        ],
        0.25,
    )
    assert _values(groups) == [["at least 60"], ["at least 70"]]
    assert len(disagreeing(groups, FLOOR, 0.6)) == 2


def _in(doc: str, chunk: str, sentence: str, date: str, score: float = 0.8) -> Candidate:
    c = _count(doc, sentence, score)
    c.chunk_id, c.date = f"{doc}-{chunk}", date
    return c


def test_one_article_quoting_two_sources_is_a_disagreement_only_when_told_apart() -> None:
    """Two figures from two sentences of one article stand against each other only where
    ``apart`` says two sources give them; never two figures of one sentence, never by default.
    Such an article's figures are told side by side, not as a revision over time."""
    four = _in("a.txt", "1", "Four villagers died, the Velmar monitor said.", "2031-05-02", 0.9)
    also = _in("b.txt", "1", "Four villagers died on Monday.", "2031-05-01", 0.7)
    two = _in("a.txt", "2", "Two villagers died, the agency ONA said.", "2031-05-02", 0.8)
    groups = group([four, also, two])
    assert disagreeing(groups, FLOOR, 0.6) == []
    rivals = disagreeing(groups, FLOOR, 0.6, apart=lambda a, b: True)
    assert [g.value for g in rivals] == ["Four", "Two"]
    assert shared_article(rivals)
    assert timeline(rivals) == (rivals, "")
    same_sentence = _in("a.txt", "1", "Two villagers died, the agency ONA said.", "2031-05-02", 0.8)
    assert disagreeing(group([four, also, same_sentence]), FLOOR, 0.6, apart=lambda a, b: True) == []


def test_a_strict_bound_on_the_leads_own_figure_stands_against_it_from_a_brief_sentence() -> None:
    """ "more than 40 depots" against "40 depots": the same figure and noun tie a weakly ranked
    sentence to the lead's count, so it is a rival below the usual share of the lead's score; a
    weak sentence with another figure, or another noun, is still not one."""
    lead = _count("a.txt", "Velmar jets struck 40 depots near Orvel on Friday.", 0.9)
    bound = _count("b.txt", "In all, the jets hit more than 40 depots.", 0.5)
    other_figure = _count("b.txt", "In all, the jets hit more than 60 depots.", 0.5)
    other_noun = _count("b.txt", "In all, the jets hit more than 40 bridges.", 0.5)
    assert _values(disagreeing(group([lead, bound]), FLOOR, 0.6)) == [["40"], ["more than 40"]]
    assert disagreeing(group([lead, other_figure]), FLOOR, 0.6) == []
    assert disagreeing(group([lead, other_noun]), FLOOR, 0.6) == []
    weak = _count("b.txt", "In all, the jets hit more than 40 depots.", 0.3)
    assert disagreeing(group([lead, weak]), FLOOR, 0.6) == []


_GLUED = "Tags Velport Orrin harbour A crew of nine left the harbour at dawn."
"""A sentence stored with a tag run glued before its story (absolute span 100-167 in its article)."""
_STORY = (100 + _GLUED.index("A crew"), 100 + len(_GLUED))


def _glued(value: str, key: str) -> Candidate:
    return Candidate("c1", value, key, "a", 100, 100 + len(_GLUED), _GLUED, 0.8, story=_STORY)


def test_a_citation_quotes_the_story_not_the_furniture_glued_to_it() -> None:
    start, end, quote = _glued("nine", "9").cited()
    assert quote == "A crew of nine left the harbour at dawn."
    assert (start, end) == _STORY


def test_no_answer_is_drawn_from_furniture_words_alone() -> None:
    assert from_story(_glued("Velport Orrin", "velport orrin")) is None  # a tag, never a name
    assert from_story(_glued("harbour", "harbour")) is not None  # the story says it too
    sentence = from_story(_glued(_GLUED, "sentence"))
    assert sentence is not None and sentence.value == "A crew of nine left the harbour at dawn."
    assert [g.value for g in group([_glued("Velport Orrin", "velport orrin")])] == []


def test_a_sum_in_another_currency_is_no_rival() -> None:
    """A price in pounds or yen beside one in dollars is a conversion or another market's price,
    not another account of the dollar sum; another dollar figure still disagrees."""
    dollars = _count("a.txt", "The Velmo handset will sell for $180 in its home market.", 0.9)
    pounds = _count("b.txt", "Shoppers in Ostria will pay \u00a3120 for the Velmo handset.", 0.85)
    yen = _count("c.txt", "The Velmo handset costs about 9000 yen.", 0.85)
    assert disagreeing(group([dollars, pounds, yen]), FLOOR) == []
    more = _count("d.txt", "The Velmo handset will sell for $210.", 0.85)
    rivals = disagreeing(group([dollars, pounds, more]), FLOOR)
    assert [g.docs for g in rivals] == [["a.txt"], ["d.txt"]]
