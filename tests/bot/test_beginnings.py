from bot.beginnings import beginnings, other_beginning
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
