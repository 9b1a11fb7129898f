from __future__ import annotations

from index.clean import clean
from index.split import cut_tail, speaker_of, split, split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The U.S. sent 900 troops to Syria. Mr. Smith, of Washington D.C., disagreed. Gen. Lee left."
    assert sentences(text) == [
        "The U.S. sent 900 troops to Syria.",
        "Mr. Smith, of Washington D.C., disagreed.",
        "Gen. Lee left.",
    ]


def test_quotations_stay_whole() -> None:
    text = '"We are ready. We will act," the minister said. Markets fell.'
    assert sentences(text) == ['"We are ready. We will act," the minister said.', "Markets fell."]


def test_speaker_attribution() -> None:
    assert speaker_of("“We will not let that happen,” Blinken said.") == "Blinken"
    assert speaker_of('"Prices will rise," said Finance Minister Jane Roe.') == "Finance Minister Jane Roe"
    assert speaker_of("The Pentagon said the strikes hit 75 targets.") == "The Pentagon"
    assert speaker_of("Rain fell across the region on Monday.") == ""


def test_passages_overlap_and_claims_carry_speakers() -> None:
    text = (
        "Officials met on Monday in Paris to discuss the plan.\n"
        '"The plan will cut emissions by half," Minister Anna Berg said.\n'
        "She added that it would cost 2 billion euros over ten years.\n"
        "Critics called the figure far too low for the task.\n"
        "The vote is expected next week in parliament.\n"
    )
    parts = split(text, clean(text), passage_sentences=3, overlap=1, claim_min_words=5)
    assert len(parts.sentences) == 5
    assert [(p.first, p.last) for p in parts.passages] == [(0, 2), (2, 4)]
    speakers = {text[c.start : c.end][:12]: c.speaker for c in parts.claims}
    assert speakers['"The plan wi'] == "Minister Anna Berg"
    assert speakers["She added th"] == "Minister Anna Berg"


def test_passages_do_not_cross_a_dropped_caption() -> None:
    text = (
        "The first sentence is about the storm.\nA second sentence gives the damage.\n"
        "(Photo by A. Person/Getty Images)\nA third sentence follows the caption here.\n"
    )
    parts = split(text, clean(text), passage_sentences=4, overlap=1, claim_min_words=3)
    for p in parts.passages:
        assert "Getty" not in text[p.start : p.end]


def test_a_cut_tail_with_a_figure_is_a_claim_however_short() -> None:
    text = "opened in 1887. The Tarnwick Guild later moved its hall to the harbour side."
    parts = split(text, clean(text), passage_sentences=3, overlap=1, claim_min_words=5)
    assert text[parts.claims[0].start : parts.claims[0].end] == "opened in 1887."
    assert cut_tail(", rebuilt on 4 May 1902.", ", rebuilt on 4 May 1902.")


def test_a_short_tail_without_a_figure_or_an_opening_short_sentence_is_no_claim() -> None:
    for text in (
        "this guild hall. The Tarnwick Guild later moved its hall to the harbour side.",
        "Opened in 1887. The Tarnwick Guild later moved its hall to the harbour side.",
    ):
        parts = split(text, clean(text), passage_sentences=3, overlap=1, claim_min_words=5)
        assert [text[c.start : c.end] for c in parts.claims] == [
            "The Tarnwick Guild later moved its hall to the harbour side."
        ]


def _sentences(line: str) -> list[str]:
    return [line[s:e] for s, e in split_sentences(line, 0, len(line))]


def test_noisy_text_still_splits() -> None:
    # a lost space after a full stop, a tab run that was a line break, bulleted sentences
    assert _sentences("The mayors plan failed.Critics blamed the council. Next week brings a vote") == [
        "The mayors plan failed.",
        "Critics blamed the council.",
        "Next week brings a vote",
    ]
    assert _sentences("Aid was cut last month\t \tTalks resume on Monday") == [
        "Aid was cut last month",
        "Talks resume on Monday",
    ]
    assert _sentences("Roads were closed. - The mayor met the unions. - Talks go on") == [
        "Roads were closed.",
        "The mayor met the unions.",
        "Talks go on",
    ]


def test_a_closing_quote_ends_a_sentence_unless_its_speaker_follows() -> None:
    assert _sentences('He called it "a grave failure." The council met on Monday.') == [
        'He called it "a grave failure."',
        "The council met on Monday.",
    ]
    assert _sentences('"The plan failed." Anna Berg said. Talks go on.') == [
        '"The plan failed." Anna Berg said.',
        "Talks go on.",
    ]


def _stories(text: str) -> list[str]:
    """Each claim's story span, as a citation of it quotes the text (None: the whole claim)."""
    parts = split(text, clean(text), passage_sentences=3, overlap=1, claim_min_words=4)
    return [text[c.story[0] : c.story[1]] if c.story else text[c.start : c.end] for c in parts.claims]


def test_a_headline_glued_to_the_lead_stays_stored_but_is_no_part_of_its_story() -> None:
    text = "Harbour plan wins council vote The town council has backed a new harbour wall. It opens in May next year."
    parts = split(text, clean(text), passage_sentences=3, overlap=1, claim_min_words=4)
    first = parts.claims[0]
    assert text[first.start : first.end].startswith("Harbour plan wins council vote The town")
    assert _stories(text) == ["The town council has backed a new harbour wall.", "It opens in May next year."]


def test_tags_glued_before_or_after_a_story_sentence_are_no_part_of_its_story() -> None:
    text = (
        "Ferry strike ends after talks\n"
        "Workers returned to the harbour on Monday, the union said Tags Norland port strikes. "
        "Crews were paid on Friday. Tags Norland Harbour Union port strikes Kellan Mora "
        "The ferry crews voted to end the strike on Sunday, the union said.\n"
    )
    assert _stories(text) == [
        "Workers returned to the harbour on Monday, the union said",
        "Crews were paid on Friday.",
        "The ferry crews voted to end the strike on Sunday, the union said.",
    ]
