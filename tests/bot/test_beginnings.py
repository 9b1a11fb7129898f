from bot.beginnings import beginnings, other_beginning, record_spans
from bot.claim_periods import date_misfit, day_weekday_misfit


def test_since_names_an_ongoing_beginning() -> None:
    assert [p.ongoing for p in beginnings("Tarn has been under curfew since 2009.")] == [True]
    assert beginnings("The Tarn dam was finished in 2009.") == []


def test_another_beginning_refutes() -> None:
    claim = "Velm's militia has blockaded Tarn since 2011."
    assert other_beginning(claim, "Tarn has been blockaded by Velm's militia since 2008.") == (
        "dates it since 2008, not since 2011"
    )


def test_same_or_overlapping_beginning_is_no_rival() -> None:
    claim = "Velm's militia has blockaded Tarn since 2011."
    assert other_beginning(claim, "Tarn has been blockaded by Velm's militia since 2011.") == ""
    assert other_beginning(claim, "Tarn has been blockaded by Velm's militia since May 2011.") == ""
    assert other_beginning(claim, "Velm's militia blockaded Tarn in 2008.") == ""
    assert other_beginning("Velm's militia blockaded Tarn in 2011.", "It has held Tarn since 2008.") == ""


def test_an_ongoing_state_fits_later_reports() -> None:
    assert date_misfit("The Orn valley has been under curfew since 2012.", "2016-03-04", "", 30) == ""
    assert date_misfit("The Orn valley was put under curfew in 2012.", "2016-03-04", "", 30) != ""


def test_a_beginning_day_rules_out_no_weekday() -> None:
    assert (
        day_weekday_misfit("Tarn has been under curfew since 9 March 2011.", "On Friday the curfew held.")
        == ""
    )
    assert (
        day_weekday_misfit("Tarn was put under curfew on 9 March 2011.", "On Friday the curfew began.") != ""
    )


def test_a_record_over_a_span_dates_its_beginning() -> None:
    """ "the worst for ten years" in 2014 is a record run since about 2004, and "their first in 20
    years" in 2021 since about 2001; a span with no record, or no year to count back from, is none."""
    (worst,) = record_spans("The 2014 harvest in Orn was the worst for ten years.")
    assert (worst.first.year, worst.last.year, worst.ongoing) == (2003, 2005, True)
    (first,) = record_spans("The 2021 title was the club's first in 20 years.")
    assert first.first.year <= 2001 <= first.last.year
    assert record_spans("In 2012 the firm grew for ten years.") == []
    assert record_spans("In 2008 the best players stayed for two years.") == []
    assert record_spans("The harvest was the worst for ten years.") == []
    assert record_spans("In 2004 sales were the best in decades.") == []


def test_a_record_dated_otherwise_refutes() -> None:
    """A record told since one year in the claim and over a span ending far from it in the sentence
    are two accounts of the record; a span reaching the claim's year is the same record."""
    claim = "The 2016 vintage was the valley's worst since 1990."
    assert other_beginning(claim, "The valley's 2016 vintage was its worst in ten years.").startswith(
        "dates it since 2006"
    )
    assert other_beginning(claim, "The valley's 2016 vintage was its worst in 26 years.") == ""
    assert other_beginning("Tarn's 2019 exports hit their highest level in a decade.", "Exports rose.") == ""
    business = "Unemployment in Velmar fell in 2012 to its lowest level since 2000."
    assert (
        other_beginning(business, "In 2012 Velmar's jobless rate hit its lowest level for five years.") != ""
    )
