"""The shipped WordNet table answers "is a kind of" and synonyms offline."""

from __future__ import annotations

from bot.wordnet import base_forms, wordnet


def test_kinds_from_the_shipped_table() -> None:
    """Hypernym chains: a sport, a language, a position, a person, an aircraft."""
    wn = wordnet()
    assert wn.is_kind_of("tennis", "sport")
    assert wn.is_kind_of("Tamil", "language")
    assert wn.is_kind_of("goalkeeper", "position")
    assert wn.is_kind_of("senator", "person")
    assert wn.is_kind_of("bomber", "aircraft")


def test_not_a_kind_of_an_unrelated_category() -> None:
    wn = wordnet()
    assert not wn.is_kind_of("tennis", "language")
    assert not wn.is_kind_of("goalkeeper", "aircraft")
    assert wn.kind_rank("nonexistentword", "sport") is None


def test_steps_above_count_the_fewest_kind_of_steps() -> None:
    """A synset is at 0, its parents at 1, theirs at 2; nothing at a negative depth."""
    wn = wordnet()
    (tennis,) = wn.senses("tennis")[:1]
    steps = wn.steps_above([tennis], 2)
    assert steps[tennis] == 0
    assert {s for s, n in steps.items() if n == 1} == set(wn.synsets[tennis].parents)
    assert all(n <= 2 for n in steps.values()) and max(steps.values()) == 2
    assert wn.steps_above([tennis], -1) == {}


def test_most_frequent_sense_ranks_first() -> None:
    """Rank 0 means the word's commonest sense is the kind asked for."""
    wn = wordnet()
    assert wn.kind_rank("tennis", "sport") == 0
    assert wn.kind_rank("Tamil", "language") == 1  # its first sense is the people


def test_inflected_forms_reach_their_base() -> None:
    wn = wordnet()
    assert wn.is_kind_of("goalkeepers", "position")
    assert "capture" in wn.synonyms("seized")
    assert "stop" in base_forms("stopped", "v")
    assert "city" in base_forms("cities")
    assert wn.verb_base("killing") == "kill" and wn.verb_base("died") == "die"
    assert wn.verb_base("met") == "meet" and wn.verb_base("xqzt") == ""


def test_multiword_lemmas() -> None:
    assert wordnet().is_kind_of("Labour Party", "party")


def test_irregular_forms_reach_their_base_through_the_exception_lists() -> None:
    """ "children", "women" and "took" are under "child", "woman" and "take" (WordNet's own
    exception lists and detachment rules), so "11 children" are people."""
    wn = wordnet()
    assert "child" in wn.lemmas("children") and "take" in wn.lemmas("took", "v")
    assert wn.is_kind_of("children", "person") and wn.is_kind_of("women", "person")
    assert not wn.is_kind_of("trucks", "person")


def test_antonyms_of_verbs_adjectives_and_adverbs_in_their_commonest_senses() -> None:
    wn = wordnet()
    assert "fall" in wn.antonyms("rise", "v", 1) and "lose" in wn.antonyms("won", "v", 1)
    assert "small" in wn.antonyms("biggest", "a", 1)  # the exception list: biggest -> big
    assert "small" in wn.antonyms("huge", "a")  # a satellite takes its head's antonyms
    assert "down" in wn.antonyms("up", "r") and not wn.antonyms("profit", "n")
    assert "large" in wn.synonyms("big", "a")


def test_a_place_is_part_of_its_continent_not_the_reverse() -> None:
    wn = wordnet()
    assert wn.part_of("Canada", "North America") and wn.part_of("Portugal", "Europe")
    assert not wn.part_of("North America", "Canada") and not wn.part_of("Portugal", "Asia")


def test_a_member_is_filed_in_its_group_and_the_group_lists_it() -> None:
    wn = wordnet()
    policeman, police = wn.senses("policeman")[0], wn.senses("police")[0]
    assert police in wn.groups(policeman) and policeman in wn.members(police)
    assert not wn.members(wn.senses("cable")[0])


def test_a_coinage_is_read_by_the_known_word_it_ends_in() -> None:
    """A compound written as one that WordNet lacks ("gunboats"-like "airstrikes") has a head;
    a known word or a misspelling with no known ending has none."""
    wn = wordnet()
    assert wn.coinage_head("airstrikes") == "strikes"
    assert wn.coinage_head("carbombs") == "bombs"
    assert wn.coinage_head("missiles") == ""  # known: no coinage
    assert wn.coinage_head("xqzvlorp") == ""
    assert wn.coinage_head("pellam customers") == ""  # a phrase, not one word


def test_words_of_one_broad_kind_share_a_lexicographer_file() -> None:
    """A military strike and a raid are both acts; a missile is an artifact, troops a group."""
    wn = wordnet()
    assert wn.share_lexfile("strike", "air raid", 1)
    assert wn.share_lexfile("strike", "bombing run", 1)
    assert not wn.share_lexfile("strike", "missile", 1)
    assert not wn.share_lexfile("strike", "troops", 1)


def test_derivations_link_a_verb_and_its_noun() -> None:
    wn = wordnet()
    fly = set(wn.senses("fly", "v"))
    assert any(fly & set(wn.derived(s)) for s in wn.senses("flight", "n"))


def test_a_deed_reaches_the_change_it_causes() -> None:
    wn = wordnet()
    die = set(wn.senses("die", "v"))
    assert any(die & set(wn.outcomes(s)) for s in wn.senses("kill", "v"))
    assert not any(set(wn.senses("kill", "v")) & set(wn.outcomes(s)) for s in wn.senses("die", "v"))


def test_a_verb_that_has_or_places_its_object_holds_it() -> None:
    wn = wordnet()
    assert all(wn.holds_object(v) for v in ("have", "keep", "own", "deploy", "station", "send"))
    assert not any(wn.holds_object(v) for v in ("strike", "hit", "destroy", "kill", "attack", "shell"))
    assert wn.holds_object("blorf")  # unknown: may hold


def test_opposites_are_the_meanings_a_noun_meaning_is_set_against() -> None:
    wn = wordnet()
    opposed = {lemma for s in wn.opposites(wn.senses("civilian")[0]) for lemma in wn.synsets[s].lemmas}
    assert "serviceman" in opposed
    assert wn.opposites(wn.senses("guerrilla")[0]) == ()


def test_a_word_has_kinds_when_some_sense_is_filed_under_its_first() -> None:
    """ "drug" is divided further ("stimulant" is filed under it); "ephedrine" is not."""
    assert wordnet().has_kinds("drug")
    assert not wordnet().has_kinds("ephedrine")
    assert not wordnet().has_kinds("xyzzyword")


def test_sibling_kinds_share_a_kind_within_the_steps() -> None:
    """A helicopter and a jet are two kinds of aircraft (two steps up); a jet and a plane are
    one kind of the other; a truck and a helicopter share nothing so close."""
    wn = wordnet()
    assert wn.sibling_kinds("helicopter", "jet", "n", 1, 2)
    assert not wn.sibling_kinds("helicopter", "jet", "n", 1, 0)
    assert not wn.sibling_kinds("jet", "plane", "n", 1, 3)
    assert not wn.sibling_kinds("truck", "helicopter", "n", 1, 2)


def test_derived_nouns_are_the_nouns_wordnet_forms_on_a_verb() -> None:
    """ "visit" derives "visitor"; "die" derives no "dior"."""
    assert "visitor" in wordnet().derived_nouns("visit")
    assert "dior" not in wordnet().derived_nouns("die")


def test_derived_verbs_are_the_verbs_a_nouns_common_meanings_come_from() -> None:
    """ "withdrawal" comes from "withdraw", not from an unrelated verb."""
    assert "withdraw" in wordnet().derived_verbs("withdrawal", 1)
    assert "visit" not in wordnet().derived_verbs("withdrawal", 2)


def test_a_verb_filed_under_another_is_one_way_of_doing_it() -> None:
    wn = wordnet()
    assert wn.way_of("fear", "worry")  # to fear a thing is one way to worry about it
    assert wn.way_of("receive", "get")
    assert not wn.way_of("worry", "fear")  # the general verb does not say the specific one
    assert not wn.way_of("get", "receive")
    assert not wn.way_of("lose", "take")


def test_an_adjective_pertains_to_the_noun_it_is_of() -> None:
    """ "Norwegian" is of Norway (WordNet's pertainym), so a side told by its adjective can be
    matched with the country's name; a plain or an unknown adjective pertains to nothing."""
    from bot.names import pertained_names

    assert "norway" in pertained_names("Norwegian")
    assert "france" in pertained_names("french")
    assert pertained_names("quick") == frozenset() and pertained_names("Velmari") == frozenset()
    wn = wordnet()
    assert wn.pertains(wn.senses("norwegian", "a")[0])


def test_is_kind_counts_only_the_commonest_senses_up_to_the_rank() -> None:
    wn = wordnet()
    assert wn.is_kind("tennis", "sport", 0)
    assert not wn.is_kind("Tamil", "language", 0)  # its first sense is the people
    assert wn.is_kind("Tamil", "language", 1)
    assert not wn.is_kind("nonexistentword", "sport", 5)


def test_a_made_thing_filed_under_its_use_cuts_across_kinds_by_make() -> None:
    """A warplane is an aircraft and a military vehicle: it may be a jet; a helicopter, filed
    beside the jet alone, may not; man and woman, each under adult and a sex, part on the sex."""
    wn = wordnet()
    assert wn.cut_across("jet", "warplane", "n", 1, 2)
    assert wn.cut_across("warplane", "jet", "n", 1, 2)
    assert not wn.cut_across("jet", "helicopter", "n", 1, 2)
    assert not wn.cut_across("man", "woman", "n", 1, 2)
    assert not wn.cut_across("police", "troops", "n", 1, 2)  # people: not made things


def test_graded_siblings_are_two_ways_of_one_change_of_degree() -> None:
    wn = wordnet()
    assert wn.graded_siblings("weaken", "ease_off", 1)  # both a kind of lessening
    assert not wn.graded_siblings("strengthen", "ease_off", 1)  # filed under change itself only
    assert not wn.graded_siblings("stab", "shoot", 1)  # deeds of contact, no change of degree
