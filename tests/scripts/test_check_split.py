from scripts.check_split import in_check_split


def test_only_the_check_splits_sets_are_held_out() -> None:
    assert in_check_split("u24-s-q-anything") and in_check_split("u26-b-c-anything")
    assert not in_check_split("u23-f-q-anything") and not in_check_split("u27-s-q-anything")
    assert not in_check_split("fk-q-anything")
