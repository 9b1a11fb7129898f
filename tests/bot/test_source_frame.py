"""``bot/source_frame.py``: the words that point at the report a question is asked of, hand-made questions."""

from __future__ import annotations

from bot.source_frame import source_frame


def test_a_report_and_its_verb_of_telling_frame_the_question() -> None:
    """ "How does the memo sum up X": the memo and its summing up are not what is asked."""
    frame = source_frame("How does the memo sum up the mood in the harbour town of Keldby?")
    assert {"memo", "sum"} <= frame
    assert not frame & {"mood", "harbour", "town"}


def test_one_of_several_stories_and_the_word_it_uses_frame_the_question() -> None:
    """ "what phrase does each of the memos use to describe X": the phrase is the answer's form."""
    frame = source_frame("What phrase does each of the memos use to describe the old jetty's condition?")
    assert {"memo", "use", "phras"} <= frame
    assert not frame & {"describ", "jetti", "condit"}


def test_according_to_an_article_frames_the_question() -> None:
    """ "According to the bulletin on the fair, ...": the bulletin's phrase is where, not what."""
    frame = source_frame("According to the bulletin on the Ostrin fair, what did the council decide?")
    assert {"bulletin", "fair"} <= frame
    assert not frame & {"council", "decid"}


def test_a_report_asked_for_or_a_speaker_frames_nothing() -> None:
    """ "which paper reported X" asks for the report: its reporting is the deed; "according to
    Brill" or "according to local media" names a speaker, whose words the evidence may well say."""
    assert source_frame("Which paper reported the fire at the Keldby mill first?") == frozenset()
    assert source_frame("According to Tomas Brill, who will rebuild the pier?") == frozenset()
    assert source_frame("According to local media, where did the Keldby blast go off?") == frozenset()
    assert source_frame("What did the council decide about the pier?") == frozenset()
