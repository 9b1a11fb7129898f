from __future__ import annotations

import math

import pytest

from bot.text import stem
from bot.values import (
    Quantity,
    agree,
    allows,
    conversions,
    figure_ranges,
    in_years,
    parse_quantities,
    rounded_alike,
    same_measure,
    same_report,
    says_only_some,
    unit_matches,
    vague_range,
    written_figures,
)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The United States has 900 troops deployed", 900, 900, "troop"),
        ("forces conducted a dozen airstrikes in central Syria", 12, 12, "airstrike"),
        ("carried out dozens of airstrikes on Sunday", 24, 99, "airstrike"),
        ("struck more than 75 targets using assets", 75, math.inf, "target"),
        ("hitting 75 ISIS-linked targets", 75, 75, "target"),
        ("nine hundred soldiers arrived", 900, 900, "soldier"),
        ("The US has 2,000 troops in Syria.", 2000, 2000, "troop"),
        ("two high-ranking Syrian intelligence officials were charged", 2, 2, "official"),
        ("raised 1.5 million dollars", 1_500_000, 1_500_000, "dollar"),
        ("sank 4 of the fleet's boats", 4, 4, "boat"),
    ],
)
def test_quantities_as_intervals(text: str, low: float, high: float, unit: str) -> None:
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("over a quarter of a million fans have signed", 250_000, math.inf, "fan"),
        ("three quarters of a million tickets were sold", 750_000, 750_000, "ticket"),
        ("the port handled a third of a billion tonnes", 1e9 / 3, 1e9 / 3, "tonne"),
        ("half a million voters stayed home", 500_000, 500_000, "voter"),
    ],
)
def test_a_fraction_of_a_large_number_is_that_share_of_it(
    text: str, low: float, high: float, unit: str
) -> None:
    """ "A quarter of a million" is 250,000, not a million: the fraction before "of a" scales
    the number word after it, as "half a million" does."""
    (q,) = parse_quantities(text)
    assert q.unit == unit
    assert q.low == pytest.approx(low)
    assert q.high == pytest.approx(high)


def test_dates_years_and_model_names_are_not_counts() -> None:
    assert parse_quantities("published on November 9, 2019 by the agency") == []
    assert parse_quantities("its refusal since 2011 to engage") == []
    assert parse_quantities("assets such as B-52s, F-15s and A-10s") == []


def test_a_dozen_and_dozens_conflict_but_more_than_75_and_75_agree() -> None:
    dozen, dozens = parse_quantities("a dozen strikes and dozens of strikes")
    assert not dozen.overlaps(dozens)
    seventy_five, more = parse_quantities("75 targets and more than 75 targets")
    assert seventy_five.overlaps(more)
    assert unit_matches("strike", "airstrike") and not unit_matches("camp", "target")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("more than 75 targets", 75, math.inf),
        ("at least 12 people", 12, math.inf),
        ("no fewer than 40 people", 40, math.inf),
        ("up to 30 rockets", 0, 30),
        ("fewer than ten people", 0, 10),
    ],
)
def test_lower_and_upper_bounds_are_closed_at_the_stated_number(text: str, low: float, high: float) -> None:
    """ "more than N" is N or more and "up to N" is at most N, so either agrees with a plain N."""
    (q,) = parse_quantities(text)
    assert (q.low, q.high) == (low, high)


def test_about_and_nearly_are_ranges_around_the_number() -> None:
    """ "about 100" allows 10% either way; "nearly 200" is a little under 200, never over."""
    (about,) = parse_quantities("about 100 people")
    assert about.low < 100 < about.high and about.overlaps(parse_quantities("95 people")[0])
    assert not about.overlaps(parse_quantities("150 people")[0])
    (nearly,) = parse_quantities("nearly 200 people")
    assert nearly.high == 200 and nearly.low < 200
    assert not nearly.overlaps(parse_quantities("210 people")[0])


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve soldiers", 12),
        ("Twelve soldiers", 12),
        ("twenty-five soldiers", 25),
        ("nine hundred soldiers", 900),
        ("one hundred and five soldiers", 105),
        ("three thousand and two soldiers", 3002),
        ("two million soldiers", 2_000_000),
        ("1 million soldiers", 1_000_000),
    ],
)
def test_spelled_numbers_have_their_value(text: str, value: float) -> None:
    """Numbers in words, with hyphens, "and" and scale words, are exact values."""
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (value, value, "soldier")
    assert q.exact


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a dozen trucks", 12, 12),
        ("half a dozen trucks", 6, 6),
        ("dozens of trucks", 24, 99),
        ("hundreds of trucks", 200, 999),
        ("a few trucks", 2, 5),
    ],
)
def test_vague_amounts_are_intervals(text: str, low: float, high: float) -> None:
    """ "a dozen" is 12; "dozens" is 24 or more (two dozen at least), so the two disagree."""
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, "truck")
    assert q.text == text.removesuffix(" trucks").removesuffix(" of")


def test_the_surface_form_and_offsets_are_kept() -> None:
    """The quantity quotes the text as written and points at it."""
    text = "Officials said more than 75 targets were hit."
    (q,) = parse_quantities(text)
    assert q.text == "more than 75" and text[q.start : q.end] == "more than 75"


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The fund paid $5 million to the victims.", 5_000_000, "dollar"),
        ("a grant of €20 bn for farmers", 20_000_000_000, "euro"),
        ("a fine of £300 for the driver", 300, "pound"),
        ("raised 1.5bn dollars", 1_500_000_000, "dollar"),
    ],
)
def test_money_takes_its_currency_from_the_symbol_or_word(text: str, value: float, unit: str) -> None:
    """A currency symbol before the number, or the word after it, is the unit; "m"/"bn" scale."""
    (q,) = parse_quantities(text)
    assert (q.low, q.unit) == (value, unit)


def test_percentages_are_counted_in_percent() -> None:
    """ "40%" and "40 percent" are the same measure."""
    (a,) = parse_quantities("40% of voters")
    (b,) = parse_quantities("40 percent of voters")
    assert a.unit == b.unit == "percent" and a.overlaps(b)


def test_times_of_day_and_a_lone_one_are_not_counts() -> None:
    """ "at 10 pm" is a time; "one of the officials" is not a count worth comparing."""
    assert parse_quantities("The blast happened at 10 pm.") == []
    assert parse_quantities("One of the officials resigned.") == []


def test_a_figure_with_a_thousands_comma_is_a_count_never_a_year() -> None:
    """Years take no thousands comma: "2,000 more troops" counts troops, "in 2011" stays a year."""
    assert [(q.text, q.unit) for q in parse_quantities("Velmar sent 2,000 more troops to Tarn.")] == [
        ("2,000", "troop")
    ]
    assert [(q.text, q.unit) for q in parse_quantities("In 2011 the floods displaced 2,011 people.")] == [
        ("2,011", "people")
    ]
    assert parse_quantities("The war in Tarn began in 2011 and ended in 2015.") == []


def test_durations_compare_in_years() -> None:
    """ "more than five decades" and "more than 50 years" agree; six months is not two years."""
    (decades,) = parse_quantities("for more than five decades")
    (years,) = parse_quantities("for more than 50 years")
    assert in_years(decades).unit == "year" and in_years(decades).low == 50
    assert agree(decades, years)
    (months,) = parse_quantities("six months")
    (two_years,) = parse_quantities("two years")
    assert not agree(months, two_years)
    assert agree(months, parse_quantities("half a year")[0])


def test_a_count_that_is_not_a_duration_is_left_as_is() -> None:
    """Only spans of time are converted; a count keeps its unit."""
    (troops,) = parse_quantities("900 troops")
    assert in_years(troops) == troops


def test_same_measure_is_the_same_counted_thing_or_two_spans_of_time() -> None:
    """Counts compare only with counts of the same thing; any two spans of time compare."""
    assert same_measure("strike", "airstrike")
    assert same_measure("decade", "year") and same_measure("month", "week")
    assert not same_measure("troop", "year")
    assert not same_measure("camp", "target")


def test_unit_matches_allows_compounds_but_not_short_endings() -> None:
    """ "airstrike" counts strikes; a short word inside another ("war" in "airwar") or no unit
    at all is not a match."""
    assert unit_matches("strike", "airstrike") and unit_matches("airstrike", "strike")
    assert unit_matches("troop", "troop")
    assert not unit_matches("war", "airwar")
    assert not unit_matches("", "")
    assert not unit_matches("troop", "")


def test_a_number_of_dozens_is_multiplied() -> None:
    """ "two dozen people" is 24 people."""
    (q,) = parse_quantities("two dozen people")
    assert (q.low, q.high, q.unit) == (24, 24, "people")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("several hundred people", 300, 900), ("a few hundred people", 200, 500)],
)
def test_several_hundred_is_hundreds(text: str, low: float, high: float) -> None:
    """ "several hundred people" is a few hundred people, not 3 to 9 of something."""
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (low, high, "people")
    (hundreds,) = parse_quantities("hundreds of people")
    assert q.overlaps(hundreds)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a hundred people", 100, "people"),
        ("a thousand people", 1_000, "people"),
        ("a million dollars", 1_000_000, "dollar"),
    ],
)
def test_a_hundred_is_one_hundred(text: str, value: float, unit: str) -> None:
    """ "a hundred people" is 100 people, as "one hundred people" is."""
    (q,) = parse_quantities(text)
    assert (q.low, q.high, q.unit) == (value, value, unit)


def test_an_article_alone_is_not_a_number() -> None:
    """ "a" counts as one only before hundred/thousand/million: "a man and a woman" has no count."""
    assert parse_quantities("a man and a woman met a hundredfold") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("an air strike hit its courtyard killing 14 people including patients", "people"),
        ("16 civilians were killed among them women", "civilian"),
        ("the attack left 20 remaining soldiers", "soldier"),
    ],
)
def test_a_participle_after_the_counted_noun_opens_the_next_phrase(text: str, unit: str) -> None:
    """Text without commas runs "14 people including patients" together: the counted noun is
    the one before the participle; a participle before the noun ("remaining") still modifies it."""
    assert parse_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the toll from the quarry collapse rose to 18 including a driver", ""),
        ("the storm sank 12 according to the harbour office", ""),
        ("the club signed 47 the following spring", ""),
        ("the derby drew 40 thousand fans following the final", "fan"),
        ("police reported 18 shootings and 12 bombings", "shooting"),
        ("the attack left 20 remaining soldiers", "soldier"),
    ],
)
def test_a_verbs_ing_form_after_a_figure_is_no_counted_noun(text: str, unit: str) -> None:
    """Text without commas runs a figure into the phrase after it ("rose to 18 including a
    driver"): a singular "-ing" form of a verb opens that phrase and counts nothing, so the
    figure is bare; a plural "-ings" noun ("18 shootings") and a noun after a participle
    ("20 remaining soldiers") are still counted."""
    assert parse_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("the mayor said three other villagers had drowned near Corvel", "villager"),
        ("two more medics were hurt on Tuesday", "medic"),
    ],
)
def test_a_number_adding_to_an_earlier_count_still_counts_its_noun(text: str, unit: str) -> None:
    """ "three other villagers": "other" adds to a count given before, and villagers are counted."""
    assert parse_quantities(text)[0].unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The storm brought the toll for Velmar sailors to 12.", "sailor"),
        ("It raised the total number of members of the Keldby crew lost at sea to 7.", "member"),
    ],
)
def test_a_number_a_tally_is_brought_to_counts_what_the_tally_counts(text: str, unit: str) -> None:
    """ "brought the toll for sailors to 12": twelve sailors, though no noun follows the number."""
    assert parse_quantities(text)[-1].unit == unit


def test_a_number_after_to_without_a_tally_has_no_borrowed_noun() -> None:
    """ "the level of the river went up to 40": a level is no tally, so 40 borrows no noun."""
    assert parse_quantities("The level of the river went up to 40.")[0].unit == ""


def test_a_lower_bound_and_a_figure_far_above_it_are_two_reports() -> None:
    """ "more than 50" and "51" report one toll; "at least 4" and "six" are two outlets' tolls,
    though both can be true; two exact figures are one report only when equal."""
    (more_50,) = parse_quantities("more than 50 people")
    (fifty_one,) = parse_quantities("51 people")
    (at_least_4,) = parse_quantities("at least four people")
    (six,) = parse_quantities("six people")
    assert same_report(more_50, fifty_one, 0.25) and same_report(fifty_one, more_50, 0.25)
    assert not same_report(at_least_4, six, 0.25) and not same_report(six, at_least_4, 0.25)
    assert same_report(at_least_4, six, math.inf)  # as intervals, both can be true
    assert not same_report(six, fifty_one, 0.25)


def test_a_strict_bound_and_its_own_figure_are_two_reports() -> None:
    """ "more than 40 villages" says there were others beyond the 40 another outlet counts, so
    the two disagree; "at least 40" allows 40, and "about 40" overlaps it."""
    (more_40,) = parse_quantities("more than 40 villages")
    (under_40,) = parse_quantities("under 40 villages")
    (forty,) = parse_quantities("40 villages")
    (at_least_40,) = parse_quantities("at least 40 villages")
    (about_40,) = parse_quantities("about 40 villages")
    assert not same_report(more_40, forty, 0.25) and not same_report(forty, more_40, math.inf)
    assert not same_report(under_40, forty, 0.25)
    assert same_report(at_least_40, forty, 0.25) and same_report(about_40, forty, 0.25)


def test_a_strict_bound_allows_no_exact_figure_at_its_edge_either_way_round() -> None:
    """ "more than 75 camps", "over 50", "fewer than 10", "under 30" leave out their own figure,
    whichever side states the bound; "at least 12", "up to 30", "at most 30" keep it, and an
    approximate word keeps its parsed range."""

    def one(text: str) -> Quantity:
        (q,) = parse_quantities(text)
        return q

    for bound, figure in (
        ("more than 75 camps", "75 camps"),
        ("over 50 camps", "50 camps"),
        ("fewer than 10 camps", "10 camps"),
        ("under 30 camps", "30 camps"),
    ):
        assert not allows(one(bound), one(figure)) and not allows(one(figure), one(bound))
        assert agree(one(bound), one(figure))  # as intervals they still touch
    for bound, figure in (
        ("at least 12 camps", "12 camps"),
        ("up to 30 camps", "30 camps"),
        ("at most 30 camps", "30 camps"),
        ("about 30 camps", "30 camps"),
        ("nearly 30 camps", "30 camps"),
        ("more than 75 camps", "76 camps"),
        ("fewer than 10 camps", "nine camps"),
    ):
        assert allows(one(bound), one(figure)) and allows(one(figure), one(bound))
    assert not allows(one("at least 12 camps"), one("11 camps"))
    assert not allows(one("up to 30 camps"), one("31 camps"))


def test_two_lower_bounds_report_one_figure_only_from_the_same_number() -> None:
    """ "at least 60" and "at least 70" are two tolls; "more than 30" and "over 30" one."""
    (sixty,) = parse_quantities("at least 60 people")
    (seventy,) = parse_quantities("at least 70 people")
    (more_30,) = parse_quantities("more than 30 people")
    (over_30,) = parse_quantities("over 30 people")
    assert not same_report(sixty, seventy, 0.25) and not same_report(seventy, sixty, math.inf)
    assert same_report(more_30, over_30, 0.25)


def test_a_year_after_a_month_and_day_or_before_a_capital_is_no_count() -> None:
    """FA-KES text without commas: "February 5 2015 Schools were closed" holds a date and a
    new sentence, not 2015 schools; "2000 troops" in running text is still a count."""
    assert parse_quantities("(Name) February 5 2015 Schools were closed") == []
    assert [x.text for x in parse_quantities("the 2000 troops arrived")] == ["2000"]


def test_a_count_of_its_own_things_counts_those_things() -> None:
    (q,) = parse_quantities("The Front lost 15 of its own fighters.")
    assert (q.low, q.unit) == (15.0, "fighter")


def test_a_unit_glued_to_its_number_is_read() -> None:
    """ "6GB", "10km", "5kg": letters WordNet knows as a unit of measurement are the unit;
    an ordinal, a decade or a clock time ("1st", "1990s", "5pm") is no amount."""
    found = [
        (x.text, x.low, bool(x.unit)) for x in parse_quantities("A 10km run with 5kg packs and 6GB phones.")
    ]
    assert found == [("10km", 10, True), ("5kg", 5, True), ("6GB", 6, True)]
    assert parse_quantities("On the 1st at 5pm, as in the 1990s.") == []


def test_a_score_is_never_a_value() -> None:
    """A tennis or football score ("6-3 6-1", "2-0") is no count."""
    assert parse_quantities("He won 6-3 6-1 and they drew 2-2 after leading 2-0.") == []


def test_the_base_of_a_rate_is_no_count() -> None:
    """ "7.5 connections per 100 people": 100 is the rate's base, not a count of people."""
    assert [x.text for x in parse_quantities("Germany has 7.5 connections per 100 people.")] == ["7.5"]


def test_the_base_of_a_ratio_is_no_count() -> None:
    """ "One in 8 voters - 3 million people": 8 is the ratio's base, not eight voters."""
    found = parse_quantities("One in 8 Velmar voters - 3 million people - backs the plan.")
    assert [x.text for x in found] == ["3 million"]


def test_a_compared_number_counts_what_the_first_one_counts() -> None:
    """ "7.5 connections, compared to 6.7 in Spain": the second number counts connections too."""
    found = parse_quantities("France has 7.5 connections, compared to 6.7 in Spain.")
    assert [(x.text, x.unit) for x in found] == [("7.5", found[0].unit), ("6.7", found[0].unit)]
    assert found[0].unit


def test_a_spaced_dash_ends_the_counted_nouns_phrase() -> None:
    """ "3 million people - backs": the noun is "people", not the verb after the dash."""
    (x,) = parse_quantities("Velmar has 3 million people - owns more cars than Ostrin.")
    assert x.unit == "people"


def test_a_partitive_of_which_counts_the_noun_after_it() -> None:
    """ "30 sold, 10 million of which were Velmar cars": the 10 million are cars."""
    found = parse_quantities("About 30 million vehicles were sold, 10 million of which were Velmar cars.")
    assert [(x.text, x.unit) for x in found] == [
        ("About 30 million", stem("vehicles")),
        ("10 million", "car"),
    ]


def test_a_figure_rounded_to_fewer_decimals_is_the_same_report() -> None:
    """ "owns 31%" and "owns 30.8%" are one report; 31% and 30% or 30.4% are not, and neither
    are "5m" and "5.3bn"."""

    def one(a: str, b: str) -> bool:
        (x,), (y,) = parse_quantities(a), parse_quantities(b)
        return same_report(x, y, 0.25)

    assert one("They own 31% of it.", "They own 30.8% of it.")
    assert rounded_alike(*parse_quantities("It made $5bn, or $5.04bn in full."))
    assert not one("They own 31% of it.", "They own 30% of it.")
    assert not one("They own 31% of it.", "They own 30.4% of it.")
    assert not one("It cost $5m.", "It cost $5.3bn.")


def test_a_vague_word_for_a_few_says_only_that_there_were_some() -> None:
    """ "several rebels" or "a handful of guards" do not say how many; "dozens", "several
    hundred", "up to five" and "a couple" give a figure or its scale."""
    only_some = {
        x.text: says_only_some(x, 10)
        for t in (
            "Police held several rebels and a handful of guards.",
            "Dozens fled, several hundred stayed, up to five died and a couple of men hid.",
        )
        for x in parse_quantities(t)
    }
    assert only_some == {
        "several": True,
        "a handful": True,
        "Dozens": False,
        "several hundred": False,
        "up to five": False,
        "a couple of": False,
    }


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The Varna Monitor said at least 14 of the dead were rebels.", "rebel"),
        ("It said that 9 of the dead were militia fighters.", "fighter"),
        ("Six of those held are students from Orvel.", "student"),
        ("Six of the dead were killed in Orvel.", "dead"),
    ],
)
def test_a_part_of_a_group_said_to_be_of_a_kind_counts_that_kind(text: str, unit: str) -> None:
    """ "14 of the dead were rebels" counts 14 rebels; "were killed" names no kind."""
    assert [x.unit for x in parse_quantities(text)] == [unit]


def test_a_number_after_top_is_a_ranking_cut_off() -> None:
    (top20,) = parse_quantities("The win takes Ilse Varga into the world's top 20.")
    (top50,) = parse_quantities("Varga will move into the world's top 50 for the first time.")
    assert top20.unit == top50.unit == "top" and not agree(top20, top50)
    (firms, _) = parse_quantities("The top 3 firms earned $5m.")
    assert firms.unit == "firm"  # the counted noun after it still names what is counted


def test_trillions_scale_the_count() -> None:
    """ "12 trillion" and "$3tn" are trillions, not 12 trillion-things or 3 of a unit "tn"."""
    found = parse_quantities("The Velmar chip handles 12 trillion operations and cost $3tn.")
    assert [(x.low, x.unit) for x in found] == [(12e12, "operation"), (3e12, "dollar")]


@pytest.mark.parametrize(
    ("text", "converted"),
    [
        ("The Velmar pier cost $40m (£31m).", ["31m"]),
        ("The Ostrin ferry sells for 9,800 yen ($88; £70) in Japan.", ["88", "70"]),
        ("Brannock paid €12m (about £10m) for the site.", ["10m"]),
        ("Sales reached 3.1bn Swiss francs (Â£1.4bn) last year.", ["1.4bn"]),  # the sign mis-encoded
        ("Tickets cost between £30 and £50.", []),  # a range, one currency
        ("It sells for $250 in Velmar, £180 in Ostrin and 20,000 yen in Japan.", []),  # three prices
        ("The club was fined $5m (and £3m more later).", []),
    ],
)
def test_a_sum_bracketed_after_another_currency_is_its_conversion(text: str, converted: list[str]) -> None:
    assert [x.text for x in conversions(text, parse_quantities(text))] == converted


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The Velmar pier cost about £6bn.", 5.4e9, 6.6e9),
        ("More than $5m was raised for the Ostrin ferry.", 5e6, math.inf),
        ("Brannock will pay up to €85m.", 0.0, 85e6),
        ("Sales reached nearly Â£3bn.", 2.55e9, 3e9),  # the sign mis-encoded
        ("The $250 player sold out.", 250.0, 250.0),
    ],
)
def test_a_qualifier_before_a_currency_sign_bounds_the_amount(text: str, low: float, high: float) -> None:
    """ "about £6bn" is some £5.4-6.6bn, as "about 6bn pounds" is: the sign between the qualifier
    and the number does not drop it."""
    (x,) = parse_quantities(text)
    assert (x.low, x.high) == pytest.approx((low, high))


def test_a_partitive_on_a_pronoun_counts_the_noun_after_it() -> None:
    """ "12 people, four of them women" counts four women, as "including four women" does."""
    found = parse_quantities("A Velm shelling killed 12 people, four of them women, as they crossed.")
    assert [(q.low, q.unit) for q in found] == [(12.0, "people"), (4.0, "women")]
    assert [q.unit for q in parse_quantities("Four of them were hurt in Ostra.")] == [""]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Two senior Tarvish intelligence officers were killed near Ostra.", "officer"),
        ("Police held three senior Velmar officials on Monday.", "official"),
        ("Seven heavily armed Korvish militants stormed the depot.", "militant"),
        ("Five young Aldorian men were detained.", "men"),
        ("The clashes left 12 former pro-Velmar fighters dead.", "fighter"),
        ("The blast left 11 dead Velmar police said.", "dead"),
        ("Strikes kill 10 near Ostra hospital", "near"),
        ("The raid killed 14 people Tuesday in Aldor.", "people"),
        ("The fire destroyed 12 homes Velmar officials said.", "home"),
        ("Officers arrested 30 police Monday in Ostra.", "police"),
    ],
)
def test_a_name_inside_the_noun_phrase_does_not_end_it(text: str, unit: str) -> None:
    """ "three senior Velmar officials" counts officials: words before a name that can only modify
    ("senior", "heavily armed") are the modifiers of the noun after it; a noun before a name
    ("14 people Tuesday", "30 police Monday") is itself the counted noun."""
    assert parse_quantities(text)[0].unit == stem(unit)


def test_a_hyphened_a_starts_a_rate_not_the_numbers_unit() -> None:
    """ "A$2.85-a-share" is 2.85 dollars (paid for each share), not 2.85 of a unit "a"; "a
    six-year ban" keeps its hyphened unit."""
    (price,) = parse_quantities("Brannock's A$2.85-a-share bid for the Velmar brewery")
    assert (price.text, price.unit) == ("2.85", "dollar")
    (ban,) = parse_quantities("a six-year ban")
    assert (ban.text, ban.unit, ban.low) == ("six-year", "year", 6)


def test_a_rounded_figure_is_written_without_its_rounding_word() -> None:
    """ "about $4.1bn" gives $4.1bn, "around a dozen" a dozen; a one-sided word ("nearly") and a
    bound stay, for they say on which side the figure lies."""
    assert (
        written_figures("The Velmar port deal was worth about $4.1bn.")
        == "The Velmar port deal was worth $4.1bn."
    )
    assert written_figures("In euros, the loss came to roughly €3m.") == "In euros, the loss came to €3m."
    assert written_figures("Around a dozen ferries sailed.") == "a dozen ferries sailed."
    assert written_figures("Nearly 40 ferries sailed.") == "Nearly 40 ferries sailed."
    assert written_figures("At least 40 ferries sailed.") == "At least 40 ferries sailed."


def test_upwards_of_leaves_out_its_own_figure() -> None:
    """ "upwards of 40 boats" says more than 40, as "in excess of" does: 40 boats is another
    figure, 41 is one it allows."""
    (bound,) = parse_quantities("upwards of 40 boats")
    (forty,) = parse_quantities("40 boats")
    (more,) = parse_quantities("41 boats")
    assert not allows(bound, forty) and not allows(forty, bound)
    assert allows(bound, more)


def test_another_account_of_a_count_is_tied_by_its_bound_or_by_a_close_sentence() -> None:
    """A figure for the same counted thing that is not one report with ours is another account
    when it gives our exact figure as a strict bound (at any closeness), or when its sentence is
    close to ours; never another thing's count, one report told twice, nor a figure ours agrees with."""
    from bot.values import rival_figure

    def q(text: str) -> Quantity:
        (found,) = parse_quantities(text)
        return found

    assert rival_figure(q("40 depots"), q("more than 40 depots"), 0.1, 0.7, 0.25)
    assert rival_figure(q("a dozen raids"), q("dozens of raids"), 0.75, 0.7, 0.25)
    assert not rival_figure(q("a dozen raids"), q("dozens of raids"), 0.5, 0.7, 0.25)
    assert not rival_figure(q("a dozen raids"), q("dozens of ferries"), 0.9, 0.7, 0.25)
    assert not rival_figure(q("a dozen raids"), q("12 raids"), 0.9, 0.7, 0.25)
    assert not rival_figure(q("at least 40 depots"), q("more than 40 depots"), 0.1, 0.7, 0.25)
    assert not rival_figure(q("$80m"), q("$56m"), 0.9, 0.7, 0.25)
    assert not rival_figure(q("9 million kettles"), q("more than five million kettles"), 0.9, 0.7, 0.25)
    assert rival_figure(q("9 million kettles"), q("about five million kettles"), 0.9, 0.7, 0.25)


def test_an_ish_ending_rounds_a_figure_as_about_does() -> None:
    """ "forty-ish raids" is about 40 raids (its noun is "raid", not "ish"); other hyphened
    endings still give the unit ("a 41-year-old")."""
    (rounded,) = parse_quantities("Velmar flew forty-ish raids.")
    assert (rounded.low, rounded.high, rounded.unit, rounded.text) == (36.0, 44.0, "raid", "forty-ish")
    (age,) = parse_quantities("a 41-year-old farmer")
    assert (age.low, age.unit) == (41.0, "year")


def test_a_rounding_word_qualifies_each_figure_of_a_list() -> None:
    """ "Some 40 boats and 12 barges": the 12 is rounded too, so it allows "more than 12 barges";
    a figure after a clause break or after an exact first figure stays exact."""
    from bot.values import parse_quantities, same_report

    def figures(text: str) -> list[tuple[float, float]]:
        return [(q.low, q.high) for q in parse_quantities(text)]

    assert figures("Some 40 boats and 12 barges sank.")[1] != (12.0, 12.0)
    (bound,) = parse_quantities("More than 12 barges sank.")
    assert same_report(parse_quantities("Around 40 boats and 12 barges sank.")[1], bound, 0.25)
    assert figures("Around 40 boats sank, and 12 barges.")[1] == (12.0, 12.0)
    assert figures("At least 40 boats and 12 barges sank.")[1] == (12.0, 12.0)
    assert figures("Forty boats and 12 barges sank.")[1] == (12.0, 12.0)


def test_a_scale_word_is_a_vague_range_and_a_rounded_figure_is_not() -> None:
    """ "dozens" and "several thousand" give only a scale; "about 300", "a dozen" and "more than
    40" give a figure."""
    vague = {x.text: vague_range(x) for x in parse_quantities("dozens of carts, several thousand lamps")}
    assert vague == {"dozens": True, "several thousand": True}
    figures = parse_quantities("about 300 carts, a dozen lamps and more than 40 kites")
    assert [x.text for x in figures if vague_range(x)] == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Between 30 and 45 boats sank off Tarn.", 30, 45, "boat"),
        ("between four and six million visitors came", 4_000_000, 6_000_000, "visitor"),
        ("The fund lost between £3m and £7m.", 3_000_000, 7_000_000, "pound"),
    ],
)
def test_a_range_between_two_figures_is_one_count(text: str, low: float, high: float, unit: str) -> None:
    (q,) = figure_ranges(text, parse_quantities(text))
    assert (q.low, q.high, q.unit) == (low, high, unit)
    assert q.text.lower().startswith("between")


def test_a_range_holds_figures_inside_it_and_not_outside() -> None:
    (ranged,) = figure_ranges("between 30 and 45 boats", parse_quantities("between 30 and 45 boats"))
    (inside,) = parse_quantities("several dozen boats")
    (outside,) = parse_quantities("a dozen boats")
    assert agree(ranged, inside)
    assert not agree(ranged, outside)


def test_two_figures_after_between_that_are_no_range_stay_two() -> None:
    text = "the gap between 9 and 4 is wide"
    assert [q.low for q in figure_ranges(text, parse_quantities(text))] == [9, 4]


def test_a_year_before_a_function_word_ending_in_s_is_no_count() -> None:
    """ "the surplus for 2031 is put at $4bn", "by 2040 its fleet", "in 2019 was": a year, not a
    count of "is" or "its"; a year-like figure before a plural noun still counts it."""
    assert [x.text for x in parse_quantities("The surplus for 2031 is put at $4bn.")] == ["4bn"]
    assert parse_quantities("By 2040 its fleet had doubled.") == []
    assert parse_quantities("The harvest in 2019 was poor.") == []
    assert [x.unit for x in parse_quantities("About 1900 players signed up.")] == ["player"]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("some 400 000 fans lined the route", [360_000.0]),
        ("the fund holds 2 500 000 euros", [2_500_000.0]),
        ("a crowd of 12\u00a0000 watched", [12_000.0]),
        ("on Monday 3 100 people voted", [3.0, 100.0]),
        ("bays 104 105 and 106 were shut", [104.0, 105.0, 106.0]),
    ],
)
def test_spaces_between_thousands_ending_in_zeros_join_one_figure(text: str, figures: list[float]) -> None:
    """ "400 000" written with a space (or a no-break space) between its thousands is one figure when
    its last group is "000", which never starts a figure of its own; other runs of figures stay apart."""
    assert [q.low for q in parse_quantities(text)] == figures


def test_an_irregular_plural_after_an_adjective_is_the_counted_noun() -> None:
    """ "23 young men": the adjective is no noun counted; the irregular plural after it is."""
    assert [x.unit for x in parse_quantities("Guards led away 23 young men from the camp.")] == ["men"]
    assert [x.unit for x in parse_quantities("The shell hurt three small children.")] == ["children"]
    assert [x.unit for x in parse_quantities("Twelve data points were lost.")] == ["point"]
    assert [x.unit for x in parse_quantities("It killed 18 people, mostly children.")] == ["people"]
    assert [x.unit for x in parse_quantities("It killed 18 people mostly children.")] == ["people"]
    assert [x.unit for x in parse_quantities("It killed 21 including three children.")] == ["", "children"]
