from datetime import date

from bot.dates import periods_in
from bot.running_totals import (
    added_figure,
    asks_total,
    dating_context,
    part_of_total,
    runs_from_before,
    since_start,
    war_total,
    yearless_dates,
)
from bot.values import parse_quantities

PUBLISHED = date(2031, 5, 17)  # a Saturday
DAY = periods_in("on 17 May 2031")


def test_since_reads_a_dated_start() -> None:
    assert since_start("Since 2 March 2031 some 140 guards have fled Brill.", PUBLISHED) == date(2031, 3, 2)


def test_since_reads_a_yearless_start_in_the_articles_year() -> None:
    assert since_start("Since Apr. 9, at least 88 villagers have died in Ostria.", PUBLISHED) == date(
        2031, 4, 9
    )
    assert since_start("since 20 December, 12 boats sank", date(2031, 1, 5)) == date(2030, 12, 20)


def test_since_reads_a_weekday_or_last_month() -> None:
    assert since_start("Forty were hurt since Tuesday in Velm.", PUBLISHED) == date(2031, 5, 13)
    assert since_start("hundreds have fled since last month", PUBLISHED) == date(2031, 4, 1)


def test_since_reads_the_date_a_beginning_clause_writes() -> None:
    """A "since" clause whose first words name no day starts on the date it writes later on."""
    assert since_start("Some 4,000 have fled Ostria since the siege began there in May 2030.", PUBLISHED) == (
        date(2030, 5, 1)
    )
    assert since_start("Since the siege began, 9 died in Ostria in May 2030.", PUBLISHED) is None


def test_since_without_a_day_gives_nothing() -> None:
    assert since_start("the worst blast since the war began", PUBLISHED) is None
    assert since_start("Nine were killed in Velm on Saturday.", PUBLISHED) is None


def test_a_total_from_before_the_asked_day_is_not_its_figure() -> None:
    assert runs_from_before(DAY, "Since Apr. 9, at least 88 villagers have died in Ostria.", PUBLISHED)
    assert runs_from_before(DAY, "Forty were hurt since Tuesday in Velm.", PUBLISHED)


def test_a_days_own_figure_or_a_long_span_is_kept() -> None:
    assert not runs_from_before(DAY, "Nine were killed in Velm on Saturday.", PUBLISHED)
    assert not runs_from_before(DAY, "Since Saturday morning nine have died.", PUBLISHED)
    month = periods_in("in May 2031")
    assert not runs_from_before(month, "Since Apr. 9, at least 88 villagers have died.", PUBLISHED)


def test_asks_total() -> None:
    assert asks_total("How many had died in Velm by Monday 19 May 2031?")
    assert asks_total("How many boats have sunk since the storm of 3 June 2031?")
    assert asks_total("How many guards have fled so far?")
    assert asks_total("By April 2031, more than 600 guards had fled Brill.")
    assert asks_total("How many guards had fled Brill by the end of March 2031?")
    assert not asks_total("How many guards fled Brill in April 2031?")
    assert not asks_total("How many guards fled Brill on Friday 16 May 2031?")


def test_a_count_set_in_a_whole_war_is_the_wars_total() -> None:
    """``war_total``: "killed in the Orvish conflict", "since the war began" count a whole war;
    an attack, a crash, clashes or "the fighting" near a dam are one event's; a war the
    question names is its own."""
    asked = "How many people were killed when the Vardan helicopter was shot down over Kessin on 3 May 2019?"
    assert war_total(
        "The downing brought the toll for Vardan airmen killed in the Orvish conflict to 14.", asked
    )
    assert war_total("More than 3,000 people have died since the war began in 2011.", asked)
    for one_event in (
        "Nine people were killed in the attack on the Kessin market.",
        "Twelve fighters died during the fighting near the dam.",
        "Over 100 militants were killed in clashes between the two groups.",
        "Four soldiers died in the Kessin crash, the army said.",
    ):
        assert not war_total(one_event, asked)
    assert not war_total("Nine fighters were killed in the war.", "How many fighters died in the war?")


def test_a_smaller_figure_of_no_total_is_a_part_of_a_running_total() -> None:
    """One $1m gift is a part of "over $5m since 2001", not a rival sum; a total it is not below,
    or one the sentence itself counts "since", is no part."""
    claim = "She has given over $5m since 2001."
    (total,) = parse_quantities(claim)
    gift = "She made a $1m gift."
    (one,) = parse_quantities(gift)
    assert part_of_total(claim, total, gift, one)
    (six,) = parse_quantities("She made a $6m gift.")
    assert not part_of_total(claim, total, "She made a $6m gift.", six)
    assert not part_of_total(claim, total, "She has given $1m since 2001.", one)
    assert not part_of_total("She gave over $5m.", total, gift, one)


def test_a_figure_written_as_an_addition() -> None:
    text = "A further 12 guards joined, and another 30 left; 40 stayed."
    added = {q.text: added_figure(text, q) for q in parse_quantities(text)}
    assert added == {"12": True, "30": True, "40": False}


def test_a_running_total_is_dated_by_its_own_words_only() -> None:
    """A total "since" a start runs up to its article's day: a neighbour's year does not date it,
    so a claim about an earlier month finds the article from years later a misfit."""
    from bot.claim_periods import date_misfit

    total = "Some 4,000 have fled Ostria since the siege began there in May 2030."
    around = f"In June 2031 the border reopened. {total} Aid was cut in 2033."
    claim = "By June 2031, some 4,000 people had fled Ostria."
    published = date(2033, 5, 17)
    assert dating_context(total, around, published) == total
    assert date_misfit(claim, published.isoformat(), dating_context(total, around, published), 10)
    day_figure = "Nine fled Ostria on Friday."
    assert dating_context(day_figure, around, published) == around


def test_yearless_dates_are_their_latest_occurrence_up_to_the_article() -> None:
    """ "on 2 March" and "June 9" in an article of 17 May 2031: this March, last June; a day
    written with its year is not yearless."""
    text = "Guards fled on 2 March; the gate shut on June 9. The port opened on April 5, 2019."
    assert yearless_dates(text, PUBLISHED) == [date(2031, 3, 2), date(2030, 6, 9)]
