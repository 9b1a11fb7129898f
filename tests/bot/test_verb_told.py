"""A close sentence stating every word of a claim but its verb tells it (invented sentences)."""

from bot.verb_told import kin_verbs, verb_told


def _kin(pairs: set[tuple[str, str]]):  # type: ignore[no-untyped-def]
    return lambda a, b: (a, b) in pairs


def test_nouns_give_the_verbs_they_are_made_from() -> None:
    found = kin_verbs("The cleanup involved close coordination between the Velmar council and Tarn Water.")
    assert "involve" in found and "coordinate" in found


def test_verb_told_by_a_noun() -> None:
    claim = "The Velmar council worked with Tarn Water on the cleanup."
    text = "The cleanup involved close coordination between the Velmar council and Tarn Water."
    assert verb_told(claim, text, ["worked"], ["worked"], 0.74, 0.7, _kin({("work", "coordinate")}))


def test_verb_told_by_another_verb() -> None:
    claim = "Orlan militias seized Bresk, and the governor escaped to Callow."
    text = "Orlan militias took Bresk unopposed, with the governor escaping to Callow."
    assert verb_told(claim, text, ["seized"], ["seized"], 0.75, 0.7, _kin({("seize", "take")}))


def test_below_cutoff_or_unkin_tells_nothing() -> None:
    claim = "The Velmar council worked with Tarn Water on the cleanup."
    text = "The cleanup involved close coordination between the Velmar council and Tarn Water."
    assert not verb_told(claim, text, ["worked"], ["worked"], 0.65, 0.7, _kin({("work", "coordinate")}))
    assert not verb_told(claim, text, ["worked"], ["worked"], 0.74, 0.7, _kin(set()))


def test_another_word_unstated_tells_nothing() -> None:
    claim = "The Velmar council worked with Tarn Water on the cleanup in March."
    text = "The cleanup involved close coordination between the Velmar council and Tarn Water."
    kin = _kin({("work", "coordinate")})
    assert not verb_told(claim, text, ["worked", "March"], ["worked"], 0.74, 0.7, kin)


def test_opposed_or_negated_verb_tells_nothing() -> None:
    always = lambda a, b: True  # noqa: E731
    claim = "The Dunmere Hawks lost the Corran cup final."
    assert not verb_told(
        claim, "The Dunmere Hawks won the Corran cup final.", ["lost"], ["lost"], 0.9, 0.7, always
    )
    text = "The Dunmere Hawks did not reach the Corran cup final."
    assert not verb_told(claim, text, ["lost"], ["lost"], 0.9, 0.7, always)


def test_particle_goes_with_its_verb() -> None:
    claim = "Governor Esk wants to stop Corvania from breaking apart."
    text = "Governor Esk wants to avoid the fragmentation of Corvania."
    kin = _kin({("stop", "avoid"), ("break", "fragment")})
    assert verb_told(claim, text, ["stop", "breaking", "apart"], ["stop", "breaking"], 0.8, 0.7, kin)
    assert not verb_told(claim, text, ["stop", "breaking", "apart"], ["stop"], 0.8, 0.7, kin)


def test_a_verb_telling_a_clause_is_not_told() -> None:
    claim = "The Orlan guard admitted that its shells hit the Bresk school."
    text = "Shells fired by the Orlan guard hit the Bresk school on Monday."
    assert not verb_told(claim, text, ["admitted"], ["admitted"], 0.9, 0.7, lambda a, b: True)
