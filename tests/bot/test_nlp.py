"""spaCy behind factbot: entities with exact offsets, main verbs, a dependency
parse, and one model loaded lazily and once (on hand-made sentences)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import bot.nlp as bot_nlp
from bot.nlp import (
    dependency_parse,
    first_conjunct,
    governing_verb,
    habitual_used,
    main_verbs,
    nlp,
    parse,
    verb_lemmas,
)

ROOT = Path(__file__).resolve().parents[2]
MEETING = "Secretary of State Antony Blinken met Turkish Foreign Minister Hakan Fidan in Ankara on Friday."


def test_entities_are_labelled_and_their_offsets_are_the_source_text() -> None:
    """People, places, dates and nationalities are found, each at its exact character span."""
    entities = parse(MEETING).entities
    found = {(e.text, e.label) for e in entities}
    assert {
        ("Antony Blinken", "PERSON"),
        ("Hakan Fidan", "PERSON"),
        ("Ankara", "GPE"),
        ("Friday", "DATE"),
    } <= found
    assert ("Turkish", "NORP") in found
    assert all(MEETING[e.start : e.end] == e.text for e in entities)


def test_curly_apostrophes_keep_offsets_into_the_original_text() -> None:
    """Quotes are straightened for the model without shifting a single offset."""
    sentence = "Maria Costa’s lawyer spoke in Lisbon on Tuesday."
    by_label = {e.label: e for e in parse(sentence).entities}
    lisbon = by_label["GPE"]
    assert sentence[lisbon.start : lisbon.end] == "Lisbon"
    person = by_label["PERSON"]
    assert sentence[person.start : person.end].startswith("Maria Costa")


def test_verbs_are_the_main_verbs_with_their_particles_and_complements() -> None:
    """Auxiliaries are left out; "carried out" and "found guilty" keep their second word."""
    assert parse(MEETING).verbs == ("met",)
    assert parse("US forces carried out dozens of airstrikes.").verbs == ("carried", "out")
    assert parse("He was found guilty of fraud.").verbs == ("found", "guilty")
    assert "had" not in parse("Officials said troops had been withdrawn.").verbs
    assert "withdrawn" in parse("Officials said troops had been withdrawn.").verbs
    # a preposition spelt as a verb is no deed
    assert main_verbs("Velmar jets, including two bombers, struck the depot.") == ("struck",)


def test_going_of_a_future_is_no_verb_of_its_own() -> None:
    """ "Is going to stand" says the standing, in the future; "went"/"going to Tolvik" is a journey."""
    assert parse("Marta Velk is going to stand in Dunmoor.").verbs == ("stand",)
    assert parse("The villagers were going to sell their farms.").verbs == ("sell",)
    assert "going" in parse("Marta Velk is going to Tolvik by train.").verbs


def test_used_of_a_past_habit_is_no_verb_of_its_own() -> None:
    """ "Used to run" says the running, as a habit; "used a crane to lift" and "was used to pay"
    are uses of a thing."""

    def marked(text: str) -> list[str]:
        return [t.text for t in dependency_parse(text) if habitual_used(t)]

    assert marked("Voss used to manage a prison in Tarvia.") == ["used"]
    assert marked("The two clans used to meet on Sundays.") == ["used"]
    assert marked("The builders used a crane to lift the bell.") == []
    assert marked("The levy was used to pay the wardens.") == []


def test_dependency_parse_gives_subject_verb_and_object() -> None:
    """The parse names the verb's subject and object and their lemmas."""
    doc = dependency_parse("Rebels took Damascus.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc}
    assert deps["Rebels"] == ("nsubj", "took") and deps["Damascus"] == ("dobj", "took")
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["take"]


def test_the_model_is_loaded_once_and_parses_are_cached() -> None:
    """One pipeline per process; the same text is parsed once."""
    assert nlp() is nlp()
    assert dependency_parse("Rebels took Damascus.") is dependency_parse("Rebels took Damascus.")
    assert parse(MEETING) is parse(MEETING)


def test_spacy_loads_lazily_and_without_torch() -> None:
    """Importing the module loads nothing; the first parse loads spaCy but not torch."""
    code = (
        "import sys, bot.nlp\n"
        "print('spacy' in sys.modules)\n"
        "bot.nlp.parse('Rebels took Damascus.')\n"
        "print('spacy' in sys.modules, 'torch' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.split("\n")[:2] == ["False", "True False"]


def test_a_batch_parse_is_the_one_by_one_parse_and_is_cached() -> None:
    """``parse_many`` fills the cache ``dependency_parse`` reads, with the same tags, heads and
    entities a single parse gives (curly apostrophes straightened the same way)."""
    from bot.nlp import PARSE_CACHE_SIZE, parse_many, spacy_doc

    texts = [
        "Villagers in Norland said the bridge’s collapse killed four people on Monday.",
        "The council voted to rebuild the harbour wall before winter.",
        "Heavy rain flooded the old mill near Velmar Bay.",
    ]
    alone = [
        [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in nlp()(x.replace("’", "'"))] for x in texts
    ]
    parse_many(texts)
    docs = [dependency_parse(x) for x in texts]
    assert [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in d] for d in docs] == alone
    parse_many(texts)  # already cached: the same objects, no new parse
    assert all(dependency_parse(x) is d for x, d in zip(texts, docs, strict=True))
    assert spacy_doc(texts[1]) is docs[1] and len(texts) <= PARSE_CACHE_SIZE


def test_a_parse_without_entities_gets_the_full_parses_entities_when_asked() -> None:
    """A caller that reads no entity skips the recogniser; a later caller asking for entities
    gets exactly those of a full parse, and the verbs are the same either way."""
    from bot.nlp import main_verbs, spacy_doc

    text = "Mayor Ilse Varga opened the new ferry terminal in Ostrin on Friday."
    full = [(e.text, e.label_, e.start_char) for e in nlp()(text).ents]
    verbs = parse(text).verbs
    bot_nlp._docs.pop(text, None)
    main_verbs.cache_clear()
    bare = spacy_doc(text, entities=False)
    assert not bare.ents and main_verbs(text) == verbs == ("opened",)
    assert [(e.text, e.label_, e.start_char) for e in dependency_parse(text).ents] == full
    assert full == [("Ilse Varga", "PERSON", 6), ("Ostrin", "GPE", 50), ("Friday", "DATE", 60)]


def test_a_name_ends_before_an_adjective_describing_the_noun_after_it() -> None:
    """The recogniser runs "the Dunmoor Bay Falcons" on into "American" (of "American football
    team"); the name stops before it. A date's own adjective ("70-year-old") stays."""
    text = "The 70-year-old owner of the Dunmoor Bay Falcons American football team made the bid."
    assert [(e.text, e.label) for e in parse(text).entities] == [
        ("70-year-old", "DATE"),
        ("the Dunmoor Bay Falcons", "ORG"),
    ]
    for e in parse(text).entities:
        assert text[e.start : e.end] == e.text


def test_verb_lemmas_are_the_verbs_in_their_dictionary_form() -> None:
    assert {"regard", "fight"} <= verb_lemmas("Officials regarded the group as fighters who fought on.")
    assert "group" not in verb_lemmas("Officials regarded the group as fighters.")


def test_the_object_of_by_on_a_passive_verb_is_its_agent() -> None:
    from bot.nlp import passive_agent

    doc = dependency_parse("The depot was shelled by Velmar gunners near the bridge by the river.")
    assert [t.text for t in doc if passive_agent(t)] == ["gunners"]


def test_a_conjunct_stands_in_the_first_ones_role() -> None:
    doc = dependency_parse("Velm and Tarn warned the council.")
    tarn = next(t for t in doc if t.text == "Tarn")
    assert first_conjunct(tarn).text == "Velm" and first_conjunct(doc[0]).text == "Velm"
    assert first_conjunct(next(t for t in doc if t.text == "council")).text == "council"


def test_governing_verb_is_the_first_verb_up_the_parse() -> None:
    """The figure's verb, found through its noun; with ``links``, a noun doing something itself
    (here the subject "crews") owns the word and no verb is returned."""
    text = "The crews repaired 40 bridges in May."
    verb = governing_verb(text, text.index("40"), 4)
    assert verb is not None and verb.lemma_ == "repair"
    owned = "Crews of 40 men repaired the bridges."
    assert governing_verb(owned, owned.index("40"), 4, links={"dobj"}) is None
    assert governing_verb("Forty.", 0, 4) is None
