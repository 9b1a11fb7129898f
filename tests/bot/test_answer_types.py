"""An answer's type fits the question (``bot.answer_types``), on invented sentences."""

from __future__ import annotations

from bot.answer_types import (
    GROUP_LABELS,
    PERSON_LABELS,
    PLACE_LABELS,
    WORK_LABELS,
    asked_class,
    asks_a_name,
    asks_money,
    fitting,
    leaves_slot_empty,
    names_indefinitely,
    names_no_kind,
    nationality_adjective,
    other_kind_of_place,
    placed_name,
    sentence_of_asked_kind,
    slot_noun,
    states_span,
    tells_new_place,
    word_piece,
)
from bot.attributes import attribute_question
from bot.conflicts import Candidate
from bot.question import analyse


def _candidate(value: str, quote: str, key: str = "") -> Candidate:
    return Candidate("c1", value, key or value.lower(), "doc.txt", 0, len(quote), quote, 0.7)


def test_a_nationality_adjective_describing_a_noun_is_no_name() -> None:
    """ "Velmarian rebels": the adjective says what kind of rebels, not which group; a people
    named as a noun ("the Velmarians") and a name of several words are names."""
    said = "Velmarian rebels seized the port of Dunmoor on Tuesday."
    assert nationality_adjective("Velmarian", said)
    assert not nationality_adjective("Velmarians", "The Velmarians seized the port of Dunmoor.")
    assert not nationality_adjective("Dunmoor", said)
    assert not nationality_adjective("Velmar Liberation Front", "The Velmar Liberation Front seized Dunmoor.")


def test_a_nationality_compounded_onto_a_noun_is_no_name() -> None:
    """ "Canadian winemaker Tarvo": the parse may read the capitalised adjective as a word
    compounded onto "winemaker"; it still says what kind of winemaker, not who. A village's name compounded onto
    "village" is a name, whatever the tagger calls it."""
    said = "Winery rejects Kell's offer Canadian winemaker Tarvo has rejected a merger offer."
    assert nationality_adjective("Canadian", said)
    assert not nationality_adjective("Tarvo", said)
    assert not nationality_adjective("Tarvanida", "Jets bombed Tarvanida village on Monday.")


def test_a_piece_of_a_hyphenated_word_is_no_name() -> None:
    """ "co" of "co-founder" is a cut word; "co" inside "course" is not where the value stands."""
    said = "The Harbour Kites had no other course but to ask their co-founder to leave the band."
    assert word_piece("co", said)
    assert not word_piece("Harbour Kites", said)
    assert word_piece("Ostrish", "Ostrish-led forces entered Kellby at dawn.")


def test_which_questions_asking_a_person_or_group_ask_a_name() -> None:
    """Who-, which-group- and where-questions, and "which band" (a group to WordNet), ask for a
    name; "whose planes" and "what nationality" ask for the side the adjective names."""
    assert asks_a_name(analyse("which rebel group took Kellby?"), None)
    band = "Which band beat the Harbour Kites to the Velmar music prize?"
    assert asks_a_name(analyse(band), attribute_question(band))
    tool = "What tool did the Velmar crew use to open the gate?"
    assert not asks_a_name(analyse(tool), attribute_question(tool))
    assert not asks_a_name(analyse("whose planes bombed the market in Kellby?"), None)


def test_misfitting_values_go_and_the_next_candidate_answers() -> None:
    """For "which group", "Velmarian" goes and the group's name stays; a sentence answer and a
    "whose" question keep theirs."""
    said = "Velmarian fighters led by the Dunmoor Brigade took Kellby."
    found = [
        _candidate("Velmarian", said),
        _candidate("Dunmoor Brigade", said),
        _candidate(said, said, "sentence"),
    ]
    kept = fitting(analyse("which group led the fighters who took Kellby?"), None, found)
    assert [c.value for c in kept] == ["Dunmoor Brigade", said]
    whose = fitting(analyse("whose fighters took Kellby?"), None, found)
    assert len(whose) == 3


def test_the_nationality_and_the_asked_noun_answer_where_no_name_does() -> None:
    """ "The Danish government paid": "Danish" alone goes, "Danish government" answers "which
    government paid"; where a name answers, or the noun is another, it does not."""
    said = "The Danish government also paid for two ferries to the island of Orvel."
    kept = fitting(
        analyse("Which government paid for the ferries to Orvel?"), None, [_candidate("Danish", said)]
    )
    assert [c.value for c in kept] == ["Danish government"]
    named = [_candidate("Danish", said), _candidate("Orvel Ferry Trust", said)]
    kept = fitting(analyse("Which government paid for the ferries to Orvel?"), None, named)
    assert [c.value for c in kept] == ["Orvel Ferry Trust"]
    assert (
        fitting(analyse("Which charity paid for the ferries to Orvel?"), None, [_candidate("Danish", said)])
        == []
    )


def test_a_name_the_parse_sets_as_a_place_is_no_one() -> None:
    """ "in Kellby", "the villages of Orn and Kellby" (each conjunct): places; the person met
    there, a person whose home it is, and an organisation someone works at are not."""
    met = "Tomas Brill met Ada Kerr in Kellby."
    assert placed_name("Kellby", met)
    assert not placed_name("Ada Kerr", met)
    villages = "Gunmen attacked the villages of Orn and Kellby."
    assert placed_name("Orn", villages) and placed_name("Kellby", villages)
    assert not placed_name("Tomas Brill", "Police raided the home of Tomas Brill in Kellby.")
    assert not placed_name("Velmar Institute", "Researchers at the Velmar Institute found the flaw.")


def test_a_party_is_named_by_its_adjective() -> None:
    """ "which party is Senator Orla Vey a member of": the adjective of "a Velmarian senator"
    answers it (parties are named so), though it answers no "which group"."""
    said = "Orla Vey, a Velmarian senator from Kellby, voted against the bill."
    assert nationality_adjective("Velmarian", said)
    found = [_candidate("Velmarian", said)]
    assert fitting(analyse("What political party is Senator Orla Vey a member of?"), None, found) == found
    assert fitting(analyse("Which group is Senator Orla Vey a member of?"), None, found) == []


def test_a_what_time_question_drops_days_and_years_for_a_time() -> None:
    """ "what time did X run": "Sunday" and "1998" go, "27.41 seconds" answers; a sentence answer
    stays; with no time left the question is declined."""
    said = "On Sunday Mira Kell won in 27.41 seconds, short of her 1998 record."
    found = [_candidate("Sunday", said), _candidate("1998", said), _candidate("27.41 seconds", said)]
    q = analyse("What time did Mira Kell run to win the Dunmoor 200m?")
    assert [c.value for c in fitting(q, None, found)] == ["27.41 seconds"]
    assert fitting(q, None, found[:2]) == []
    assert len(fitting(analyse("When did Mira Kell win the Dunmoor 200m?"), None, found)) == 3


def test_a_which_noun_asks_for_a_place_an_organisation_or_a_person() -> None:
    """The noun's head, by its first two WordNet senses: a town or a country is a place, an
    airline or an intelligence branch an organisation, an official a person, a song a titled work;
    "part" or "constituency" fixes no type, nor does a question asking no "which <noun>"."""
    assert asked_class("Which town did the Velm convoy reach?") == PLACE_LABELS
    assert asked_class("In which country did the Orla Brigade train?") == PLACE_LABELS
    assert asked_class("Which airline flew the Kellby evacuees home?") == GROUP_LABELS
    assert asked_class("Which Velmar intelligence branch held Tomas Brill?") == GROUP_LABELS
    assert asked_class("Which official signed the Dunmoor order?") == PERSON_LABELS
    assert asked_class("Which Orla Foods executive praised the merger?") == PERSON_LABELS  # a person first
    assert asked_class("What was the name of the woman hurt in the Kellby fire?") == PERSON_LABELS
    assert asked_class("In which part of Kellby did the blast happen?") == frozenset()
    assert asked_class("Which song did the Harbour Kites play last?") == WORK_LABELS
    assert asked_class("Which constituency will Ann Vell fight?") == frozenset()
    assert asked_class("What did the Velm mayor say about the fire?") == frozenset()


def test_a_sentence_naming_nothing_of_the_asked_type_does_not_say_which() -> None:
    """ "Which airline flew them home": a sentence naming only places does not say, nor does
    "which city" a sentence naming only the question's own company; one naming a city (or a
    company) does."""
    airline = "Which airline flew the Kellby evacuees home?"
    flown = "A chartered flight from Ostrin brought the evacuees to Dunmoor."
    assert fitting(analyse(airline), None, [_candidate(flown, flown, "sentence")]) == []
    named = "Velmair Airlines flew the evacuees home from Ostrin on Monday."
    assert len(fitting(analyse(airline), None, [_candidate(named, named, "sentence")])) == 1
    city = "Which city did Velmcorp choose for its new head office?"
    alone = "Velmcorp is not alone in trying to simplify its business."
    assert fitting(analyse(city), None, [_candidate(alone, alone, "sentence")]) == []
    chose = "Velmcorp chose Dunmoor for its new head office."
    assert len(fitting(analyse(city), None, [_candidate(chose, chose, "sentence")])) == 1


def test_a_place_wordnet_files_as_another_kind_does_not_say_which() -> None:
    """ "Which state did the painter live in": a sentence naming only a capital city (or a
    country) says no state; one naming a state, or a place WordNet lacks, may."""
    assert other_kind_of_place("Lisbon", "state")
    assert other_kind_of_place("Peru", "province")
    assert not other_kind_of_place("Ohio", "state")
    assert not other_kind_of_place("Peru", "country")
    assert not other_kind_of_place("Dunmoor", "state")
    state = "In which state was the painter Ada Kerr living when the gallery sued her?"
    city = "The gallery sued Ada Kerr, a painter born in Lisbon, over a missing canvas."
    assert fitting(analyse(state), None, [_candidate(city, city, "sentence")]) == []
    lived = "Ada Kerr was living in Ohio when the gallery sued her."
    assert len(fitting(analyse(state), None, [_candidate(lived, lived, "sentence")])) == 1
    unknown = "Ada Kerr was living in Dunmoor when the gallery sued her."
    assert len(fitting(analyse(state), None, [_candidate(unknown, unknown, "sentence")])) == 1


def test_a_which_work_answer_names_a_title() -> None:
    """ "Which songs did the Velm quartet play": a sentence naming only the quartet and the town
    it played in names no song; one quoting a title does."""
    tunes = "Which songs did the Velm quartet play at the harbour concert?"
    assert asked_class(tunes) == WORK_LABELS
    assert asked_class("Which magazine printed the interview?") == WORK_LABELS
    played = "The Velm quartet played for two hours at the harbour concert in Lisbon."
    assert fitting(analyse(tunes), None, [_candidate(played, played, "sentence")]) == []
    quoted = "The Velm quartet opened the harbour concert with 'Grey Gulls' and an encore."
    assert len(fitting(analyse(tunes), None, [_candidate(quoted, quoted, "sentence")])) == 1
    apostrophes = "The quartet's fans and the harbour's crowd sang along at the concert."
    assert fitting(analyse(tunes), None, [_candidate(apostrophes, apostrophes, "sentence")]) == []


def test_a_where_answer_names_a_place_the_question_does_not() -> None:
    """ "Where in Velmar do the ferry crews sleep": a sentence placing them only in Velmar, "the
    province" pointing back, or a Velmar that speaks or describes ("Ostrin said", "the Ostrin
    envoy") does not say where; one naming another town, a bakery they sleep near, or a compass
    point does."""
    asked = "Where in Velmar do the ferry crews sleep?"
    assert not tells_new_place(asked, "Velmar keeps 40 ferry crews in Velmar, who will stay in the province.")
    assert not tells_new_place(asked, "Ostrin said the ferry crews in Velmar would be put into service.")
    assert not tells_new_place(asked, "The Ostrin envoy said the crews in Velmar would stay.")
    assert tells_new_place(asked, "The crews sleep in Dunmoor, a harbour town.")
    assert tells_new_place(asked, "The crews sleep near a bakery on the old quay.")
    assert tells_new_place(asked, "The crews sleep in a southern suburb.")
    assert tells_new_place(
        "Where did the Velm minister speak?", "The minister spoke at the Dunmoor Institute."
    )
    said = "Velmar keeps 40 ferry crews in Velmar, who will stay in the province."
    assert fitting(analyse(asked), None, [_candidate(said, said, "sentence")]) == []


def test_a_how_long_answer_states_a_span_of_time() -> None:
    """ "How long will the review take": "the review is under way" and a day alone ("on Friday")
    state no span; "for six weeks", "until the port reopens" and "since 2029" do."""
    assert not states_span("The Velm review is under way, the ministry said, and no one was hurt.")
    assert states_span("The review will run for six weeks.")
    assert states_span("The hotline stays open until the port reopens.")
    assert states_span("Guards have held the pass since 2029.")
    assert not states_span("Shortly after the vote, the ministry said the review began on Friday.")
    q = analyse("How long will the Velm ministry's review take?")
    said = "The Velm review is under way, the ministry said, and no one was hurt."
    assert fitting(q, None, [_candidate(said, said, "sentence")]) == []


def test_a_money_question_is_answered_by_a_sum() -> None:
    """ "in euro terms", "what is X worth", "how much money": a share ("6.2%") or a sentence
    stating no sum does not answer; a sum does. "How much did sales fall" asks no money."""
    q = analyse("What were Velmcorp's sales in euro terms last year?")
    assert asks_money(q)
    rose = "Velmcorp's sales rose 6.2% last year, to 210m euros."
    found = [_candidate("6.2%", rose), _candidate("210m euros", rose)]
    assert [c.value for c in fitting(q, None, found)] == ["210m euros"]
    worth = analyse("How much is the Orla stadium deal worth?")
    assert asks_money(worth)
    signed = "Velmcorp signed the Orla stadium deal on Friday."
    assert fitting(worth, None, [_candidate(signed, signed, "sentence")]) == []
    assert asks_money(analyse("How much money did Ann Vell give the Orla party?"))
    assert not asks_money(analyse("How much did Velmcorp's sales fall in 2031?"))


def test_a_which_kind_answer_names_a_kind() -> None:
    """ "Which model of drone": "the drone hit the depot" names one but not its kind, nor does
    "nobody knew which kind of drones flew"; "a Velm-made Orla drone" and "lightning raids" (for
    "what sort of raids") say which kind; a sentence not naming the thing is not judged here."""
    asked = "Which model of drone hit the Dunmoor depot in May?"
    assert names_no_kind(asked, "The drone hit the depot at dawn.")
    assert names_no_kind(asked, "Nobody knew which kind of drones flew that night.")
    assert not names_no_kind(asked, "A Velm-made Orla drone hit the depot.")
    assert not names_no_kind(
        "What sort of raids did the Orla cells stage?", "The cells staged lightning raids."
    )
    assert not names_no_kind(asked, "Workers fled the depot at noon.")


def test_a_which_answer_naming_the_noun_only_as_a_n_does_not_say_which() -> None:
    """ "Which ferry carried the sacks": "carried on a small ferry" says there was one, not
    which; a name tied to the noun (apposition, "called", a name it describes), a definite
    mention, or a sentence not naming the noun at all are not judged so."""
    asked = "Which ferry carried the grain sacks across the bay?"
    assert names_indefinitely(asked, "The sacks crossed the bay on a small ferry at dawn.")
    assert names_indefinitely(
        "what tune will Mara Voss play", "Voss will play a tune heard only once before."
    )
    assert not names_indefinitely(asked, "The sacks were loaded onto the Sela Star, a small ferry.")
    assert not names_indefinitely(asked, "The sacks crossed on a ferry, the Sela Star, at dawn.")
    assert not names_indefinitely("what tune will Mara Voss play", 'Voss will play a tune called "Low Tide".')
    assert not names_indefinitely(asked, "The ferry carried the sacks across at dawn.")
    assert not names_indefinitely(asked, "The Sela Star carried the sacks across at dawn.")
    assert not names_indefinitely(
        "What loss did the Orla mill post?", "The Orla mill posted a loss of $12m in May."
    )


def test_a_titled_person_or_another_kind_of_thing_names_no_asked_place_or_body() -> None:
    """ "port chief Ada Kerr" is a person, not the school or town asked; a titled person still
    answers "which pilot"."""
    from bot.answer_types import titled_person

    said = "The shell hit a school in Tarvel, port chief Ada Kerr said."
    assert titled_person("Ada Kerr", said)
    assert titled_person("Ada Kerr", "Ada Kerr, a spokeswoman for the council, said the school shut.")
    assert not titled_person("Tarvel", said)
    assert not titled_person("Ada Kerr", "Ada Kerr said the school shut.")
    q = analyse("What is the name of the school the shell hit?")
    found = [_candidate("Ada Kerr", said), _candidate("Tarvel", said)]
    assert [c.value for c in fitting(q, None, found)] == ["Tarvel"]
    pilot = analyse("Which pilot flew the plane?")
    flown = "Pilot Ada Kerr flew the plane."
    assert [c.value for c in fitting(pilot, None, [_candidate("Ada Kerr", flown)])] == ["Ada Kerr"]


def test_slot_noun_reads_which_and_name_imperatives() -> None:
    assert slot_noun("Name one of the Velm militia commanders killed in the raid.") == "commander"
    assert slot_noun("Name the tribunal that heard the case.") == "tribunal"
    assert slot_noun("In which Ostrin court will the guards be tried?") == "court"
    assert slot_noun("What did the mayor say about the flood?") == ""


def test_a_sentence_naming_no_person_leaves_a_leader_slot_empty() -> None:
    asked = "Name one of the Velm militia commanders killed in the raid."
    assert leaves_slot_empty(asked, "The raid on Tuesday killed several Velm militia commanders.")
    assert not leaves_slot_empty(asked, "The raid killed commander Tarik Osso and two of his guards.")
    led = "Name one of the Velm militia leaders killed in the raid."
    assert not leaves_slot_empty(led, "The raid killed a Velm warlord and his driver.")  # a kind of leader


def test_a_sentence_naming_no_court_leaves_a_court_slot_empty() -> None:
    asked = "In which Ostrin court will the two guards be tried?"
    assert leaves_slot_empty(asked, "The two guards were charged in Ostrin with fraud last week.")
    assert leaves_slot_empty(asked, "Two Ostrinian guards face charges, officials said.")  # its own name
    assert not leaves_slot_empty(asked, "The guards will face trial at the Kellby Crown Court next month.")
    assert not leaves_slot_empty(asked, "The two guards will be tried by a military court.")


def test_a_people_fills_a_group_slot() -> None:
    assert not leaves_slot_empty(
        "Which minority did the decree target?", "The decree targeted the Velmari, officials said."
    )
    assert leaves_slot_empty("Which minority did the decree target?", "The decree was published on Friday.")


def test_the_slot_rule_reads_only_person_and_body_nouns() -> None:
    assert not leaves_slot_empty("What fee did the club charge?", "The club charged its members a fee.")
    assert not leaves_slot_empty("What did the mayor say?", "The mayor spoke about the flood.")


def test_an_open_question_declines_a_sentence_that_fills_no_slot() -> None:
    q = analyse("Name one of the Velm militia commanders killed in the raid.")
    assert not sentence_of_asked_kind(q, "The raid on Tuesday killed several Velm militia commanders.")
    assert sentence_of_asked_kind(q, "The raid killed commander Tarik Osso and two of his guards.")
