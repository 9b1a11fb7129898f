"""Every number that decides a retrieval ranking, an answer or a verdict, each with its reason.

Grouped by the layer that reads it and nested in ``Settings`` as ``settings.tuning``. The
values were calibrated on the gold set (``gold/seeds.jsonl``) and checked on RAMDocs; change
one with ``Settings(tuning=replace(Tuning(), answer=replace(AnswerTuning(), same_point=0.7)))``
and re-run ``factbot eval`` before and after (``scripts/compare_eval.py`` lists what moved).
The user-facing knobs (``min_evidence``, ``top_k``, ``candidate_k``) stay plain settings.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RetrievalTuning:
    """How candidate sentences are fused, scored and ordered (``bot/retrieve.py``)."""

    rrf_k: int = 60
    """Reciprocal-rank-fusion constant: the customary 60 keeps lower ranks from vanishing."""
    dense_weight: float = 0.5
    """Weight of the embedding cosine in a sentence's score: meaning matters most."""
    coverage_weight: float = 0.3
    """Weight of the IDF-weighted share of the query's words the sentence holds."""
    context_weight: float = 0.1
    """Weight of the same share over the whole article: the article is about the question."""
    lexical_weight: float = 0.1
    """Weight of BM25 (relative to the best): exact rare words, a little."""
    previous_discount: float = 0.8
    """Coverage counted with the sentence before ("the citizens" after "Velmaria ...") is discounted."""
    diversify_ratio: float = 0.6
    """An article's best sentence is brought forward when it scores this share of the best one."""
    diversify_head: float = 0.3
    """Share of candidate_k kept for the best-ranked sentences whatever their article (40+ articles' bests crowded out a 7th-12th)."""
    candidate_pool: int = 100
    """Per-list candidates re-scored to keep candidate_k (40: 35% of FA-KES gold never a candidate; 100: 7%)."""
    expand_articles: int = 6
    """Articles most about the question lend every sentence (a toll sentence often names no place or event)."""
    expand_ratio: float = 0.7
    """...when they score this share of the best article (farther ones are other events)."""
    title_weight: float = 0.15
    """Order-only weight of the title's share of query words (fit_retrieval.py; 0.3 in the score hurt abstention)."""
    off_period_penalty: float = 0.25
    """Taken from sentences of articles outside the asked period's reporting window (as bot.scope.fits)."""
    value_weight: float = 0.05
    """Order-only bonus for a sentence holding the asked kind of value (small: most hold a number or a name)."""


@dataclass(frozen=True)
class AnswerTuning:
    """How values are picked from evidence and grouped into answers (``bot/answer.py`` and kin)."""

    floor_factor: float = 0.8
    """Sentences down to this share of ``min_evidence`` may offer values; groups must reach it in full."""
    sentence_margin: float = 0.1
    """A where/which question falls back to a sentence only this far above ``min_evidence``."""
    bound_slack: float = 0.25
    """A bound ("at least 50") and a figure up to 25% above it are one report ("at least 4"/"six": two)."""
    count_rival_ratio: float = 0.6
    """A count of the same noun is strong evidence: a rival group at this share of the lead disagrees."""
    rival_ratio: float = 0.8
    """Other values (names, dates) need this share of the leading group's score to disagree."""
    quoted_window: int = 4
    """Sentences each side of the answer's own where its article may quote a second source's figure (a news paragraph)."""
    rival_alignment: float = 0.8
    """Cosine between two sentences giving rival names or dates: they must say the same thing otherwise."""
    retold_rival_alignment: float = 0.7
    """Cosine from which another outlet's sentence tells the lead's deed in other words, so its doer in the lead's role is a rival (bot.retold_doers)."""
    max_citations: int = 6
    """Citations listed for one value: all agreeing sources, within reason."""
    subject_window: int = 2
    """Sentences before a count searched for its subject ("Russian" troops named earlier)."""
    subject_after: int = 1
    """Sentences after a count's sentence that may name its asked name (a lead's figure, then "Tomas Brill was arrested"): the next one only, the one that goes on about the lead's subject."""
    nameless_scan: int = 11
    """A text with more distinct mid-sentence capitalised words is never parsed as one naming nothing (``bot.nameless``), a cost guard; scripts/fit_nameless_scan.py: the 27 RAMDocs dev documents naming nothing hold at most 11, as do 180 of 3,022 news articles."""
    clause_senses: int = 4
    """A who-question's clause verb is stated by a synonym among both words' first 4 senses ("charge"/"accuse" share the 2nd; "send" the 10th)."""
    phrasal_senses: int = 1
    """An asked phrasal verb ("put forward") is stated as a claim's (``CheckTuning.phrasal_senses``)."""
    predicate_synonym_senses: int = 2
    """An asked verb in a predicate's share is stated by a verb sharing a WordNet sense among both words' first 2 ("answer"/"respond"); scripts/gates_off.py and every question of the seven dev runs: at 2 it fixes 1 bbc-more answer and breaks none; 3-4 fix 1 more (seeds-more) and answer 1 unanswerable (seeds over all: "granted"/"allowing" share the 3rd)."""
    way_senses: int = 2
    """A sentence verb says a who-question's verb when one of its first two senses sits right under a sense named by it ("face" an opponent: "meet, play"); the commonest alone missed sports senses."""
    asked_class_rank: int = 1
    """A "which <noun>" noun asks for a place, an organisation or a person when its first or second WordNet sense is one ("village": a community, then a settlement; "airline": a hose, then a company); a further sense is too far off ("part" is a region only in its 5th)."""
    slot_noun_senses: int = 1
    """An open question's asked noun needs a name in its answer sentence (``answer_types.leaves_slot_empty``) when its commonest WordNet sense is a person or a body ("leader", "court"); a noun with any other commonest sense ("sentence": words first) may be filled by a phrase, not a name."""
    group_modifiers: int = 2
    """At most two adjectives or nouns stand between a list of names and the group noun that says what they name ("the X and Y armed rebel groups"); further words are a phrase of their own."""
    where_sense_rank: int = 2
    """A where-answer's noun is a place when one of its three commonest senses is a location, a made thing or an object (a first sense may be a tool or a remark)."""
    way_of_rank: int = 1
    """A sum's verb is stated by a verb whose first two senses WordNet files as a way of it ("spend" pays in its 2nd sense)."""
    evidence_senses: int = 5
    """An evidence word states a question verb through its own first 5 WordNet senses only (capture is seize in its 5th; take is claim in its 26th)."""
    stated_by_meaning: float = 0.7
    """Cosine above which a sentence states the question's predicate without checking its words."""
    who_stated_by_meaning: float = 0.72
    """Cosine above which a sentence naming someone states a who/which-organisation question's deed in its own words, when no sentence states it in words; scripts/fit_stated_by_meaning.py over the six gold sets (127 such questions): at 0.72 it lets 5 answerable questions' gold sentences through and 1 unanswerable question's (0.70: 5 and 2; 0.68: 6 and 3; 0.76: 2 and 0)."""
    slot_dense: float = 0.6
    """Cosine above which a sentence holding the asked kind of value and the question's nouns fills the slot every other pass left open; scripts/gates_off.py (mode none) on seeds-more and fakes-more: 0.60 answers 5 declined answerable questions rightly and no unanswerable one, 0.55 no more rightly and 2 unanswerable."""
    slot_unsaid: int = 1
    """Common nouns of a typed question such a sentence may leave unsaid (one may be worded apart, "raids" / "airstrikes"); 2 (with slot_rank 5) answered no more rightly and 2 wrongly (scripts/gates_off.py)."""
    slot_rank: int = 3
    """Only the best-retrieved sentences past the other gates fill the slot: lower ones tell another deed of the same names (a guard, not fitted: 5 with slot_unsaid 2 answered no more rightly)."""
    slot_noun_rank: int = 1
    """A noun is said by another word WordNet puts beside its two commonest senses (synonym, kind above or below)."""
    verb_by_meaning: float = 0.7
    """Cosine above which a quotation states a who-question's verb of saying in its own ("said" for "warned"); tweets about the event reach 0.75, so only quotations."""
    appositive_place_rank: int = 1
    """Senses (0-based rank) of a noun in apposition to a name read for a location: a town's commonest sense is one (rank 0), a village's its second (a community first); a camp's or a base's far later ones are not what the writer means."""
    wording_topic_share: float = 0.25
    """IDF-weighted share of what a "how did X describe Y" question says of Y that X's reported speech must state to give X's words for Y (``speech.asks_wording``): a speech naming a quarter of it ("trade", "Velmar" of "a commitment to free trade with Velmar") is about Y; a guard against X's speech on another matter, not fitted."""
    named_body_rank: int = 1
    """A common noun after a run of proper nouns names a body when its first or second WordNet sense is a group or a person ("group", "fighters"; ``entities.named_body``); a later sense is a rare use. Not fitted: a guard."""
    members_verb_rank: int = 1
    """A noun that is the subject of a verb whose first or second WordNet sense is a kind of including ("included", "involved", "comprised") is told its kinds by the verb's object (``measure_answers.told_members``); rarer senses are other deeds. Not fitted: a guard."""
    name_head_body_steps: int = 1
    """A capitalised name's last word names a body of the asked kind by its first WordNet group sense when that sense is the asked noun's or one step under it ("Authority" is an agency in "Velm Roads Authority"; ``asked_noun.body_head``); deeper, any body name is a "group". Not fitted: a guard."""
    deed_noun_verb_senses: int = 3
    """An asked verb is told by a noun WordNet derives from one of its first 3 senses ("seize" is "capture" in its 3rd; ``sentences.told_by_noun``); further senses are rare uses a writer does not mean. Not fitted: a guard."""
    deed_noun_senses: int = 3
    """...read among the noun's first 3 senses, as a question noun is (``predicate_noun_senses``): "residence" is the act of residing in its 3rd. Not fitted: a guard."""
    predicate_noun_senses: int = 3
    """A question's noun is stated by a noun sharing a WordNet synset among both words' first 3 senses ("kids" / "children"): ``scripts/fit_predicate_nouns.py`` (964 unwritten gold nouns) gains own quotes 13/18/21/26 at 1-4 senses for other quotes 401/467/525/801 of 174k; the 4th sense's gain is under the 1st's precision."""
    open_predicate_share: float = 0.5
    """Share of an open question's predicate words the evidence must state."""
    spelling_min_count: int = 2
    """A question's misspelt word is read as a corpus word used at least twice (once may be a typo too)."""
    spelling_similarity: float = 0.85
    """Letter similarity for that reading: the FA-KES questions' typos score 0.90-0.96 with the word meant."""
    spelling_min_consonants: int = 3
    """A typo read by its consonants ("ifective" -> "effective") keeps three at least: fewer match words at random."""
    named_run_words: int = 3
    """Words after a question's place name read as what it names: "police station bombing" is three."""
    name_case_min_count: int = 3
    """A lower-case question word is read as a name the articles write inside sentences at least three times (fewer may be typos or headlines)."""
    name_case_share: float = 0.95
    """...and capitalised in at least 95% of them: "march", "bush", "sun" are written both ways and stay words."""
    degree_amount_senses: int = 2
    """A "how much" noun that is an act first reads as an amount if one of its first 2 senses is a sum ("investment" is a sum second; "support" only fifth)."""
    alias_min_definitions: int = 2
    """A one-word name in brackets ("Dawla (VF)") must be so defined twice: once may be a dateline or slip."""
    variant_min_consonants: int = 3
    """A name's consonant skeleton shorter than three ("hs", "zr") matches too many other names."""
    variant_min_letters: int = 4
    """Spelling variants are names of four letters or more: shorter words share skeletons by chance."""
    partnered_min_consonants: int = 2
    """A two-consonant skeleton ("rm") names a word of a longer name once the name's other word is found."""
    variant_similarity: float = 0.7
    """Letter similarity of same-skeleton FA-KES names: variants 0.67-0.95, most unrelated pairs < 0.7."""
    typed_predicate_share: float = 0.3
    """The same for typed questions: the count's noun or the entity carries the rest."""
    coinage_similarity: float = 0.5
    """Model similarity at which a coined counted noun is the asked one: gold's lowest such pair 0.515, highest other 0.44."""
    coinage_sense_rank: int = 1
    """Senses (0-based rank) of a coinage's head and the asked noun whose WordNet lexfiles are compared."""
    kin_similarity: float = 0.535
    """Model similarity at which WordNet kin are one counted thing (scripts/fit_counted_nouns.py: above 0 of 26 other-count pairs, 1 of 3 gold pairs)."""
    kin_sense_rank: int = 1
    """Senses (0-based rank) of each counted noun that ``bot.counted_nouns`` compares."""
    kin_reach: int = 2
    """Steps up WordNet's kinds from each noun to a meaning they share, for them to be kin."""
    personnel_sense_rank: int = 3
    """Senses (0-based rank) of a count's noun searched for a kind of personnel, whose count is of people ("five Syrian forces"): the plural "forces" is "force" in its fourth sense, and no commoner sense of force (strength, a physical force) is ever counted by a toll."""
    participle_sense_rank: int = 0
    """Senses (0-based rank) of the asked verb whose WordNet synonyms a bare participle after a count may be ("40 injured" for "wounded"): the commonest only, as a rarer sense drifts ("wound" is also "hurt" feelings)."""
    scene_verb_sense_rank: int = 1
    """Senses (0-based rank) of two time clauses' verbs compared as one act (``bot.count_scenes``): the two commonest, as news verbs of attack and loss ("raid", "strike", "sink") drift little in them."""
    deed_kind_steps: int = 1
    """Steps up from a done verb's senses to a verb whose WordNet outcome is the asked deed (``counts.brings_about``): one, as a way of killing ("massacre", "execute") causes death as killing does; a second step reaches verbs too broad to say it ("shoot" is filed under "injure")."""
    rival_people_reach: int = 3
    """Steps up from two person nouns within which a shared kind makes them one side's labels ("jihadists"/"terrorists" meet at 3), not rivals ("teachers"/"pupils" do not)."""
    label_reach: int = 2
    """Steps up from each of two person nouns within which a shared kind narrower than "person" makes one another outlet's label for the other's count ("insurgents" 2 and "terrorists" 1 meet at "radical")."""
    some_ceiling: float = 10
    """A vague amount whose top is below ten ("several": 3-9) says "some", not how many: no count answer."""
    context_bonus: float = 0.02
    """Score added per question word around a number: which of several counts is asked about."""
    owner_count_words: int = 4
    """A count at most this many words after "<noun> of <subject>" is the subject's ("amounts to 4,411")."""
    context_words: int = 4
    """Words on each side of a number (and before a name) searched for the question's words."""
    entity_sentences: int = 10
    """Best sentences searched for named values."""
    entity_floor_ratio: float = 0.6
    """Sentences below this share of the best score offer no named value."""
    weak_ratio: float = 0.8
    """Below this share of the best, a name must fill the asked role or carry the asked title."""
    rank_penalty: float = 0.01
    """Score taken per rank, so equal values from better-ranked sentences lead."""
    role_bonus: float = 0.1
    """A value filling the asked verb's role outranks a name that merely co-occurs."""
    asked_noun_bonus: float = 0.1
    """A name written with the asked place noun ("the Vell district") beats a bare name: worth as much as filling the asked role."""
    which_noun_senses: int = 2
    """A sentence's word writes the asked noun of "which N" when its commonest sense is one of the noun's this many commonest ("neighborhood" / "neighbourhood"; ``bot.which_unsaid``)."""
    kind_name_event_share: float = 0.15
    """A sentence naming an N answers "which N" when it states this share of the question's event words (one of up to six: a name may come with other words for the deed)."""
    named_elsewhere_event_share: float = 0.15
    """Another sentence of the article naming an N answers "which N" for a best sentence naming none when it states this share of the question's event words (``bot.named_elsewhere``): as ``kind_name_event_share``, since the sentence must also tie a name to the asked noun, and the best of them is taken."""
    measure_sense_rank: int = 1
    """A "what <noun>" asks a measured value when the noun's first or second WordNet sense is a measure ("odds": likelihood, then ratio)."""
    figure_unit_sense_rank: int = 4
    """A figure's unit measures when one of its first five WordNet senses is a measure: "knot" is a speed only in its fifth, "barrel" a volume in its fourth, while "game" (sixth) and "run" (eighth) stay things counted."""
    measure_steps: int = 3
    """Parse steps from a quantity up to the noun or verb it measures ("record" in "the record of $5": of, record)."""
    title_words: int = 4
    """A person's title is within four words before the name ("Vale Party deputy whip Ann Cole")."""
    phrase_floor_ratio: float = 0.8
    """A "what" phrase answer comes from a sentence scoring this share of the best (as weak_ratio: weaker ones answer other questions)."""
    nationality_words: int = 3
    """A nationality describes a name within three words before it ("German qualifier Dieter Ansel")."""
    place_name_share: float = 0.5
    """A name the articles place ("at X", "X air base") in half its mentions is a place, not a person."""
    place_word_letters: int = 3
    """A word of a question's place this long names it ("Sarn" for "Sarn al-Tahta"); a particle ("al") does not."""
    mention_context: int = 40
    """Characters read on each side of a name's mentions across the corpus (a preposition and a noun)."""
    rarity_idf: float = 4.0
    """IDF at which a name counts as fully rare (rarer names are more informative answers)."""
    rarity_weight: float = 0.1
    """Score added for a fully rare name."""
    common_name_penalty: float = 0.05
    """Score taken from every named value, so a common one ends below its sentence's score."""
    near_word_bonus: float = 0.03
    """Score added per question word among the four words before a name."""
    preferred_label_bonus: float = 0.05
    """An entity of the kind's main label (an ORG over an adjective-like NORP)."""
    locative_bonus: float = 0.08
    """A place right after "in/at/to/from ..." is where something happened."""
    non_locative_penalty: float = 0.05
    """A place not after such a word is more often a mere mention."""
    temporal_bonus: float = 0.05
    """A date right after "on/in/since ..." is when something happened."""
    asked_verb_date_bonus: float = 0.1
    """A date hung on the question's own verb ("opened ... in 1876") beats other events' dates beside it."""
    life_word_reach: int = 3
    """A birth or death word owns a date at most three words on ("died on 6 May", "until his death in 1722")."""
    life_bracket_dates: int = 2
    """A bracket of dates after a person's name holding two of them (years or months) is a life span; one is a year's mention."""
    date_verb_senses: int = 2
    """The verb a date hangs on is the question's when one of their two commonest senses is shared ("founded"/"established")."""
    predicate_weight: float = 0.15
    """How much stating the asked (non-name) words, IDF-weighted, lifts an open question's sentence."""
    speech_sentences: int = 12
    """Best sentences searched for the asked speaker's speeches."""
    speech_close_weight: float = 2.0
    """How much the content's closeness to the question's topic lifts a speech: 2-3 pick the most right speeches of the dev sets' 29 (27 vs 26 at 1; scripts/fit_speech_rank.py)."""
    speech_topic_weight: float = 0.5
    """How much the asked speaker's content stating the question's own topic words (IDF share) lifts that speech."""
    open_sentences: int = 12
    """Best sentences compared with the answer's to find other sources making the same point."""
    same_point: float = 0.65
    """Cosine at which another source's sentence makes the same point as the answer (co-cited)."""
    event_stated_ratio: float = 0.75
    """An open question's sentence stating every word of its event goes before better ones when it scores at least this share of the best."""
    kind_named_ratio: float = 0.6
    """An open which-thing sentence naming a kind of the thing goes before better ones when it scores at least this share of the best."""
    same_point_ratio: float = 0.85
    """A co-cited sentence must score this share of the answer's sentence."""
    scope_window: int = 1
    """Sentences on each side of the evidence searched for the question's dates, actor and target."""
    report_lag_days: int = 17
    """Articles this many days after an asked period still report it (95% of gold support, fit_report_lag.py)."""
    context_period_days: int = 31
    """A neighbour's date confirms an asked day only if it spans at most a month ("in 2015" does not)."""
    month_part_slack_days: int = 2
    """A month's third ("early June": 1-10) reaches this many days into its neighbours: "the end of June" may be told of the 19th."""
    report_lead_days: int = 1
    """An article dated this many days before the asked period may still report it (time zones)."""
    dateline_chars: int = 400
    """An article's dateline is read in its first characters: title, byline and date line (``bot.datelines``)."""
    weekday_lag_days: int = 2
    """ "On Sunday" in a question fits an article published that day or this many days after."""
    period_span_days: int = 365
    """Evidence for an undated question spanning more than this comes from different periods..."""
    recent_days: int = 183
    """...and then only reports within this many days of the latest one answer (the current figure)."""
    event_sense_rank: int = 1
    """A noun a name owns is a named event when a happening is among its two commonest WordNet senses ("fall": autumn first)."""
    span_act_sense_rank: int = 1
    """Senses read for two acts a span of time measures to be one (synonyms in their commonest sense: "war"/"warfare"), as CheckTuning.stated_sense_rank."""
    same_event_similarity: float = 0.75
    """Mean-vector cosine from which two articles (one undated) tell one story (same-story pairs 0.77-0.94)."""
    retold_wording: float = 0.8
    """Cosine from which another source's sentence retells the shown one nearly word for word, as same_report_similarity (a name for "the network's": 0.85)."""
    same_report_similarity: float = 0.8
    """Cosine from which two undated articles' value sentences retell one report (near-paraphrases)."""
    retold_neighbours: int = 40
    """Sentences nearest the answer's own searched for other outlets' wordings of its event."""
    retold_similarity: float = 0.7
    """Cosine to the answer's sentences and question from which a dated sentence may retell its event."""
    retold_share: float = 0.95
    """A retelling's evidence score as a share of the answer's: nearly as strong, never outranking it alone."""
    retold_days: int = 3
    """Outlets report one event and revise its toll within a few days of each other."""
    rival_days: int = 0
    """Articles this many days apart may give two accounts of one count: gold account pairs lie 20% on one day, 43% within one (scripts/fit_rival_days.py, FA-KES 390 pairs), but a day-before figure is as often the toll the later article revises (1 day on fakes-more: 0 fixed, 1 final toll broken)."""
    event_articles: int = 16
    """Articles best covering the question whose openings are read for other outlets' values of the answer's event (scripts/fit_event_articles.py: the rank reaching the gold variants' articles)."""
    event_opening: int = 10
    """Sentences of such an article read: a report gives its event's figures up front, and tells background and other events further down (scripts/fit_event_articles.py: variant quotes' places)."""
    event_similarity: float = 0.44
    """Cosine to one of the answer's sentences from which an opening sentence may tell its event (scripts/fit_event_articles.py: keeps 0.9 of 722 gold variant pairs, 57% of 1,863 others)."""
    llm_passages: int = 8
    """Sentences numbered for a language model: enough for disagreements, few enough to check each."""
    caption_articles: int = 5
    """Articles, best-retrieved first, whose photo captions a question about a photo reads (bot/captions.py)."""
    caption_similarity: float = 0.4
    """Least cosine of a photo question with the caption it asks about: 0.43-0.81 on the seeds sets' (scripts/fit_captions.py)."""
    rescue_floor: float = 0.6
    """Share of ``min_evidence`` down to which a declined question's set-aside sentences are read again (bot/answerability.py)."""
    rescue_sentences: int = 12
    """Best-scored set-aside sentences read again: the gates' cost on a declined question stays bounded."""
    answerability_weights: tuple[float, ...] = (
        0.7477,
        0.0,
        0.0,
        -1.099,
        0.5684,
        0.2269,
        -0.9888,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.3379,
        -0.0676,
        0.0,
    )
    """Weights of bot/answerability.py's FEATURES (scripts/fit_answerability.py --only score,name_share,window_share,key_share,gates_failed,margin,docs --l2 1, all six dev sets); empty: never rescue."""
    answerability_mean: tuple[float, ...] = (
        0.5409,
        0.0,
        0.0,
        0.3404,
        0.4181,
        0.5338,
        1.3672,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.3664,
        0.7759,
        0.0,
    )
    """Per-feature means the fit standardised with (scripts/fit_answerability.py; a left-out feature 0)."""
    answerability_scale: tuple[float, ...] = (
        0.1258,
        1.0,
        1.0,
        0.1666,
        0.204,
        0.3998,
        0.6107,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        0.25,
        0.1891,
        1.0,
    )
    """Per-feature standard deviations the fit standardised with (scripts/fit_answerability.py; a left-out feature 1)."""
    answerability_bias: float = -2.3597
    """Fitted intercept: a set-aside value is right about one time in six (20 of 128 on the dev sets)."""
    answerability_threshold: float = 0.5
    """Probability a rescued value must reach: held out by corpus, 5 right, 0 wrong, 1 unanswerable answered (0.4: 8/2/4)."""


@dataclass(frozen=True)
class CheckTuning:
    """When a source's sentence supports or refutes a claim (``bot/check.py``, ``bot/generate.py``)."""

    judged_sentences: int = 20
    """Retrieved sentences judged per claim."""
    judged_head: int = 20
    """Of those, the best-ranked kept whatever their article (claims' gold sentence judged on FA-KES 0.85/0.89/0.96, verdicts on all sets +0/+1/+3 right, 0/0/1 lost at 0/10/20)."""
    shown_evidence: int = 8
    """Evidence sentences listed with a verdict."""
    stance_model_min_p: float = 0.6
    """A learned stance (``bot.stance_model``, if loaded) takes a side from this probability (``scripts/fit_stance.py``)."""
    aligned_dense: float = 0.55
    """Cosine from which a sentence may be about the same thing as the claim..."""
    aligned_coverage: float = 0.4
    """...when it also holds this share of the claim's words."""
    scene_aligned_dense: float = 0.6
    """Cosine to a text claim read after its scene sentence (``bot.stance.on_scene``) from which a sentence is as close as ``aligned_dense`` makes one to the claim alone: above it, since the scene sentence's words bring every sentence of that event nearer."""
    count_aligned_dense: float = 0.45
    """A sentence counting the same thing as the claim is aligned from this cosine..."""
    count_aligned_coverage: float = 0.3
    """...and this share of the claim's words."""
    strong_dense: float = 0.6
    """Cosine from which an aligned sentence may refute on a name, a number or polarity..."""
    strong_coverage: float = 0.5
    """...when it holds this share of the claim's words."""
    negation_coverage: float = 0.6
    """Opposite polarity refutes only when the sentence holds this share of the claim's words."""
    negation_window: int = 4
    """Words after a negation cue that it covers ("did not order the strike")."""
    support_coverage: float = 0.75
    """A strongly aligned sentence supports when it holds this share of the claim's words..."""
    support_dense: float = 0.8
    """...or when its cosine reaches this..."""
    close_support_coverage: float = 0.6
    """...and it holds this share of the claim's words."""
    paraphrase_dense: float = 0.8
    """A sentence this close to the claim, holding ``close_support_coverage`` of its words, says its verbs in other words ("took the prize"/"won the award") unless WordNet opposes one."""
    paraphrase_word_similarity: float = 0.35
    """...each verb loosely close to one of the sentence's (word vectors: "took"/"won" 0.46, "regards"/"fears" 0.27, "took"/"lost" 0.25)."""
    told_dense: float = 0.79
    """Cosine from which a sentence naming every name of the claim (itself or its neighbours), with its numbers and polarity and no WordNet-opposed verb, tells it in other words: a weak support (``bot/told.py``). Fitted by ``scripts/fit_told.py`` over the six gold files (705 claims, 84 reaching the rule with no other support): 0.79 is the lowest cut-off lifting no claim wrongly, 8 right / 0 wrong above, 26 right / 39 wrong below; 0.71 (22 right / 10 wrong) gains only on the seeds' claims, losing on FA-KES's and BBC's (3/3, 7/6)."""
    verb_told_dense: float = 0.73
    """Cosine from which a sentence stating every content word of the claim but its verbs (and their particles), each verb kin (``told_verb_similarity``) to one of the sentence's verbs or of the verbs its nouns are made from, tells the claim: a weak support (``bot/verb_told.py``). Fitted by ``scripts/fit_verb_told.py`` over the claims of the six gold files left not_enough_info (10 the rule would lift at any cut-off): 0.73 lies between the highest wrong lift (0.719, a conflicting claim) and the lowest right one above it (0.748): 2 right / 0 wrong above, 4 right / 4 wrong below (0.70: 4 right / 1 wrong)."""
    told_verb_similarity: float = 0.3
    """...each claim verb it leaves unsaid at least this close to one of its verbs (word vectors): the sentence model puts "regards X as a group" and "fears X, a group" at 0.85, but "regards"/"fears" is 0.27 while "held talks"/"met" is 0.33 and "run"/"involved" 0.32."""
    record_span_slack_years: int = 1
    """A record's run told as a span ("the worst for ten years" in 2014) began within this many years of the year it counts back to: spans are rounded."""
    record_span_window: int = 4
    """A span measures a record when a superlative stands at most this many words before it ("its highest level for five years")."""
    bound_reach: float = 0.5
    """A bound states a figure of the claim at most this share beyond it ("at least 40" states "50", not "10,000")."""
    figures_support: int = 2
    """A sentence at ``strong_dense`` giving this many of the claim's counts, each of its unit, supports it in any words (several agreeing figures are no coincidence)."""
    view_sense_rank: int = 1
    """A claim verb is one of holding a view ("reckons that") when one of its senses up to this rank is a sense of "think" (its two commonest)."""
    stated_dense: float = 0.45
    """Cosine from which a sentence stating every content word of the claim may support it (on topic)..."""
    stated_coverage: float = 0.3
    """...when it holds this share of the claim's words as written (a cheap filter before the parse)."""
    stated_share: float = 0.72
    """IDF-weighted share of a claim's content words an aligned sentence must state when it leaves out only common nouns, adjectives or adverbs (``bot/stated_share.py``); fitted by ``scripts/fit_stated_share.py`` over the union of the six gold files (571 claims): 9 reach the rule with no other support; at 0.72, 6 right / 1 wrong above, 0 right / 1 wrong below (the highest cut-off with the most right less wrong)."""
    stated_sense_rank: int = 1
    """A word is filed under another by its two commonest WordNet senses only: rarer ones mislead."""
    phrasal_senses: int = 1
    """A phrasal verb ("set up") is stated by a plain verb whose commonest WordNet sense is, or directly holds, its own commonest (``bot/phrasal.py``): "shot down" shares "kill" only in the 3rd and 4th senses (defeating a bill), "hammer out" "discuss" in its 2nd. Fitted by ``scripts/fit_phrasal_senses.py`` over the six gold files (159 items with a phrasal verb on one side): 1 sense states 12 items' own gold quotes and 18 other items' quotes, 2 senses 12 and 23, 3 15 and 41, 4 19 and 46."""
    phrase_dense: float = 0.71
    """A sentence this close to a claim may state a run of its words in other words (``bot.alignment.phrase_matches``); scripts/fit_phrase_told.py on the six dev sets: 0.6 lifts 5 supported / 10 other claims, 0.7-0.72 3 / 1 (the 1 then blocked by the clause guard), 0.75 2 / 0; above 0.7, a loose sentence (test_stance)."""
    phrase_gain_min: float = 0.02
    """How much closer (cosine) such a sentence must be to the claim than to the claim without the run; fit_phrase_told.py at 0.7/0.4: 0.00 lifts 5 supported / 2 other; 0.01 4/2; 0.02 3/1."""
    phrase_anchored_min: float = 0.4
    """Cosine of the run with the stated word it hangs on to the sentence's closest phrase of free words; at 0.7/0.02: 0.0 lifts 3 supported / 4 other; 0.4 3/1; 0.5 2/0."""
    phrase_runs: int = 1
    """At most this many runs of claim words may be told in other words, the rest stated word by word; fit_phrase_told.py: every supported claim lifted had one run."""
    stated_arc: int = 2
    """A claim verb's subject or object is stated at most two content words from its verb ("a flight brought the tourists")."""
    rival_window: int = 1
    """Sentences on each side where a rival name would be contrasted ("not in Iraq but in Syria")."""
    same_figure_min: int = 20
    """An exact figure this large agrees whatever its noun ("412 citizens"/"412 nationals")."""
    other_kind_reach: int = 2
    """Steps up from each of two counted nouns of one WordNet file within which a shared kind makes an equal figure's nouns one thing ("jets"/"warplanes" meet within 2; "ferries"/"tanks" do not)."""
    other_kind_people_reach: int = AnswerTuning.rival_people_reach
    """The same reach for two kinds of person: answering's, so one side's labels ("fighters"/"militants") share a figure."""
    other_kind_similarity: float = AnswerTuning.kin_similarity
    """Model similarity below which WordNet-apart counted nouns are other things: answering's fitted kin cut-off."""
    amounting_sense_rank: int = 2
    """Senses of a verb read for WordNet's "add up in number" meaning, so a bare figure after it counts the subject ("numbered", "totalled": first; "amounted": second; "added up": third)."""
    unit_sense_rank: int = 1
    """Counted nouns agree when one is a kind of the other in one of its two commonest senses ("lorry" is first a wagon)."""
    group_member_reach: int = 1
    """Steps up from a group's WordNet member within which a kind of person counts the group ("staff member" is one step under "employee"); scripts/group_pairs.py lists the joins."""
    coinage_similarity: float = AnswerTuning.coinage_similarity
    """Model similarity at which a coined counted noun ("airstrikes") and a phrase WordNet files under its head's kind ("air raids") count one thing: answering's cut-off, so a claim is checked on the counts a question about it is answered with."""
    alias_min_definitions: int = AnswerTuning.alias_min_definitions
    """The definitions a one-word short form needs before a who-did-it check reads it as its name: answering's count."""
    nearby_sentences: int = 5
    """Sentences each side of a source's best one read for its stance (a toll or denial sits near its scene)."""
    nearby_sources: int = 4
    """Closest sources read around their best sentence (each costs judgements; far ones rarely hold the event)."""
    event_period_days: int = 13
    """A claim's period up to a month's third ("late May", 13 days at most) pins one event's reports; a month holds many events."""
    event_article_days: int = 1
    """A claim's named day is reported by articles of that day and the next (a toll is filed overnight)."""
    event_article_sentences: int = 2
    """Sentences per event article judged: the toll and at most one other account sit in its closest ones."""
    event_article_count: int = 6
    """Articles of the claim's day and place read (each costs judgements; a day holds a few reports of one place)."""
    weekday_reach_days: int = 6
    """A weekday names a day in the week before its article's date: articles further apart name other days."""
    outweigh_count: int = 2
    """Clear sources per weak one against them for the verdict to stand: one weak stance is noise."""
    told_sense_rank: int = 1
    """Senses of a denied noun (0 = its commonest) read for a statement or report (``bot.denied_reports``): "claim", "allegation", "report" (0), "charge", "account" (1); a request or a visa is none, so "denied his request" is a refusal."""
    deed_denial_sense_rank: int = 0
    """Senses of a noun a doer denies (0 = its commonest) read for a deed or the blame for one (``bot.denied_reports.doer_denies_part``): "responsibility", "involvement", "the attack" (0); "his request" or "entry" (an act only in a second sense) are refusals."""
    denial_reach_sentences: int = 1
    """Sentences after a supporting source's sentence read for a denial of "the reports" (``check.told_denials``): a bare "the reports" points at the telling just made; further on it may point at another."""
    attribution_dense: float = 0.4
    """Cosine from which a sentence naming an actor is judged on it ("carried out by X" vs "Y bombed")."""
    slot_dense: float = 0.5
    """Cosine from which a sentence is read for the claim's deed with another filler (the parse checks the deed)."""
    journey_sense_rank: int = 1
    """Senses of a verb (0 = its commonest) read for a kind of arriving in ``bot.slots.journey_clash``: "land", "touch down", "reach" and "come" (1) end a journey, while "hit" (a rare sense, 12) and "get" (4) mostly tell other deeds ("the strike hit a depot in Velm")."""
    exclusive_dense: float = 0.6
    """Cosine from which a sentence is read for the claim's "alone"/"only"/"without" told otherwise (``bot/exclusive.py``): the company it names must be the claim's deed's, so as close as a strong sentence."""
    exclusive_kin_steps: int = 1
    """WordNet "is a kind of" steps within which two nouns name one party for ``bot/exclusive.py`` (a "word" given is a "promise"; two steps reach whole classes of things)."""
    swap_dense: float = 0.7
    """Cosine from which a sentence the rules leave neutral is read for one detail of the claim told otherwise (``bot/swaps.py``; ``scripts/fit_swaps.py`` on the six gold sets: at 0.7/0.7 three refuted claims gain a refuting sentence, one supported; at 0.6/0.6 four and five; refitted with the set-aside details of ``bot/replaced.py``, which share the cut-offs: still 0.7/0.7, four refuted and one supported)..."""
    swap_stated_share: float = 0.7
    """...when it states this share of the claim's other content words..."""
    swap_min_stated: int = 3
    """...and at least this many of them: a claim of a word or two ("40 farmers were hurt") pins no one event."""
    share_word_slack: float = 0.2
    """How far, as a part of its value, a fraction word stands for a share (``bot/shares.py``): writers round 30-36% to "a third", so "a fifth" allows 16-24% and clashes with 10%, never with 18%."""
    swap_detail_dense: float = 0.65
    """Cosine from which a sentence below ``swap_dense`` is read for a name, year, time of day, weekday or direction told otherwise at ``swap_stated_share`` (not a count: tolls differ between reports of one event; ``scripts/fit_swaps.py`` detail tier on seeds, seeds-more, fakes, fakes-more without the check split: at 0.65 one refuted claim gains a refuting sentence and no other claim, at 0.6 one and one, at 0.55 three and four; counts at 0.65 none and five)."""
    swap_kin_rank: int = 1
    """Senses of a claim's noun and a sentence's (0 = commonest) read for two kinds of one thing (``bot.swaps.thing_rivals``)..."""
    swap_kin_depth: int = 2
    """...within this many steps above each ("jet" / "helicopter": 2; ``scripts/fit_swaps.py`` on seeds, seeds-more, fakes at 0.7/0.7: no other claim gained at 0-2, a supported one at 3, "parts" / "areas")."""
    swap_region_rank: int = 3
    """Senses of a noun (0 = commonest) read for a stretch of land, whose place qualifier "on" it is where a deed was ("on Velmari soil" is "in Velmar", ``bot.swaps.region``): "territory" is one at sense 0, "soil" only at sense 3 (its commonest is the dirt), while "land" (2) and "side" (0) are too; "border" and "front" are boundaries first and never are."""
    swap_pinned_dense: float = 0.5
    """Cosine from which a sentence below ``swap_dense`` is read for a swapped detail when it writes the claim's other names and states its deed (``bot.swaps.pinned``; ``scripts/fit_swaps.py`` on the seven development sets, 22 pinned sentences below 0.7: at 0.5/0.85 two refuted claims gain a refuting sentence and no other claim, as at 0.4 and 0.45; at 0.35 a supported one does too; at 0.55 one refuted)..."""
    swap_pinned_share: float = 0.85
    """...and states this share of the claim's other content words."""
    swap_role_dense: float = 0.45
    """Cosine from which a sentence is read for a swapped detail when it states the claim's deed with its doer and object (``bot.swaps.roles_told``), at any share of the claim's modifiers (``scripts/fit_swaps.py`` role tier on the seven development sets, 5 sentences below 0.7 where the tier's rule holds at any cosine: at 0.45 three refuted claims gain a refuting sentence and no other claim; at 0.40 a supported one does too, at 0.35 two; at 0.50 two refuted, none from 0.55. Before the rule that the claim name something besides the detail, 11 sentences: a supported text claim "the strikes hit the town of X" fired at 0.47-0.53)."""
    located_dense: float = 0.4
    """Cosine from which a sentence is read for one of the claim's named places put in another region of the same kind or on another side of the same place (``bot/located.py``; ``scripts/fit_located.py`` on seeds, fakes, bbc and their second sets: seven sentences fire at any cosine, all on three refuted claims, at 0.36-0.56; from 0.2 to 0.5 the three refuted claims gain a refuting sentence and no other claim, at 0.55 one, none from 0.6. The place and its region or anchor carry the precision; 0.4 keeps a margin under the 0.48-0.56 sentences). Also the floor of a sentence whose article never names the claim's region read for the event put in another region of its kind (``bot.located.region_elsewhere``)."""
    located_built_rank: int = 1
    """Senses (0 = the commonest) in which a body's noun may name its building or place, so that a named body put in a compass part of a place stands there ("the Tarn school", whose second sense is the schoolhouse; ``bot.located.parts``), where a body with no such sense among them (a brigade, a team) moves: a noun's building sense follows its institution sense."""
    reversed_dense: float = 0.575
    """Cosine from which a sentence naming the claim's parties is read for the claim's deed reversed (``bot/reversed_deed.py``: an opposed predicate, the same one negated on one side, doer and object swapped; ``scripts/fit_reversed.py`` over the six gold files, every judged sentence the rules did not already refute: one refuted claim gains a reversing sentence and no other claim at any floor from 0.40 to 0.575, so the stricter; at 0.575 one refuted claim right and none wrong above, none either way below. Looser party anchors fired on supported claims at 0.43-0.63: the anchors, not the cosine, carry the precision)."""
    compared_dense: float = 0.5
    """Cosine from which a sentence is read for the two parties a claim compares given figures the other way round (``bot.comparisons.figure_order_clash``): the parties' names and one unit carry the precision, so the slot floor."""
    manner_dense: float = 0.5
    """Cosine from which a sentence naming the claim's names is read for the claim's deed told in the opposite manner (``bot/manner.py``; ``scripts/fit_manner.py`` on seeds-more: three sentences fire at any cosine, all on refuted claims, at 0.64-0.68; from 0.2 to 0.6 the three gain a refuting sentence and no other claim. The names and the antonym carry the precision; 0.5, the slot floor, keeps a margin under them)."""
    manner_sense_rank: int = 1
    """WordNet senses (rank from 0) read of the manner words and the claim's words: "fight" files with "oppose" only at rank 1."""
    reversed_sense_rank: int = 1
    """WordNet senses (rank from 0) read for the reversed deed's opposed meanings, synonyms and kinds: the two commonest (at 0 "rose" / "fell" and "won" / "lost" are not opposed; ``scripts/fit_reversed.py`` finds no other claim gained at 1 or 2)."""
    reversed_kind_steps: int = 2
    """WordNet "is a kind of" steps through which a claim verb meets the sentence's opposed or negated one ("withdraw" is a kind of "move", which "stay" is opposed to; ``bot/reversed_deed.py``)."""
    refused_sense_rank: int = 0
    """WordNet senses (rank from 0) read for a sentence verb refusing the claim's object: the commonest only ("denied the charges" declares them untrue, in its second sense refuses; ``bot/refused_object.py``)."""
    deed_sense_rank: int = 1
    """WordNet senses (rank from 0) read of the claim's verb and of the sentence's verb over the claim's object for an undoing or opposed deed (``bot/object_deed.py``): the two commonest, as the reversed deed's ("withdraw" files under stopping at rank 1; rarer senses make a detonation's "set off" an offsetting)."""
    deed_kind_steps: int = 2
    """WordNet "is a kind of" steps through which the sentence's verb over the claim's object meets a kind of denying, refusing, calling off or stopping, or a meaning opposed to the claim verb's ("denied" is a kind of "contradict", opposed to "confirm"), as the reversed deed's."""
    role_kin_steps: int = 3
    """WordNet steps (both nouns' together) within which two role fillers are rivals: car/truck 2, bomb/weapon 4 is too far."""
    counted_noun_reach: int = 4
    """Tokens after a figure its counted noun may stand in ("four major Open titles": 3; ``bot/restated_count.py``)."""
    span_slack: float = 0.1
    """Spans of time within 10% agree: units are not exact (a month is four weeks or 31 days)."""
    event_report_days: int = 10
    """Days after a dated event that articles still report it; a longer period gets its own length."""
    weekday_lag_days: int = 2
    """A claim "on Sunday" is reported by an article of that day or this many days after (as AnswerTuning's)."""
    rival_count_ratio: float = 10.0
    """A rival account counts the claim's deed within this factor of its figure: gold rivals at 1.2 and 3.3, any 5-50 scores alike (scripts/fit_rival_ratio.py)."""
    doubled_min_letters: int = 4
    """Names this long match with a letter doubled or single ("Tarin"/"Tarrin"); shorter ones are too easily another word."""
    article_stem_min_letters: int = 3
    """A word of a longer Arabic name matches another spelling from three letters ("Zor"/"Zour") when the name's other word is found; two-letter words are particles ("al", "ez")."""
    article_min_consonants: int = AnswerTuning.partnered_min_consonants
    """...and a two-consonant skeleton once its article is set aside ("Ezzor" -> "zr"): answering's partnered floor."""
    article_similarity: float = AnswerTuning.variant_similarity
    """...and letters as similar as answering's same-skeleton names ("zor"/"zour" 0.86, "zor"/"zero" 0.57)."""
    place_sense_rank: int = 1
    """A noun before "of" is a place word when a location is among its two commonest senses ("village" is first its people)."""
    place_kind_steps: int = 3
    """ "the country" in a text is a named place filed this few "is a" steps under the noun (a named country is two steps under it); a wider kind ("region", five steps) is the place's surroundings."""
    context_sentences: int = 2
    """Sentences on each side of the evidence read as its context (a year, a place named nearby)."""
    written_alignment: float = 0.55
    """LLM answers: cosine between a written sentence and its best cited passage to be on topic."""
    written_coverage: float = 0.6
    """LLM answers: share of a sentence's words its cited passages must hold together."""


@dataclass(frozen=True)
class SenseTuning:
    """Attribute values, entities sharing a name and outvoted values (``bot/attribute_answers.py``,
    ``bot/entity_answers.py``)."""

    attribute_values_per_sentence: int = 2
    """A sentence offers its two best kinds: a third is mostly a word of another clause."""
    attribute_opening: int = 3
    """An article's first three sentences are read for its defining one, retrieved or not."""
    attribute_named_sentences: int = 10
    """A page's first ten sentences that name its subject are read for its attributes (its first paragraphs)."""
    attribute_relevance_base: float = 0.5
    """Score = certainty x (this + rest x relevance): a defining sentence is sure of its value."""
    attribute_infobox: float = 0.8
    """An infobox row pairs key and value surely, but the box may be another page's: below a defining sentence."""
    attribute_model_weight: float = 0.2
    """Closeness of a value to the attribute word (sentence model) breaks ties WordNet leaves."""
    entity_groups: int = 6
    """At most six value groups are weighed for entities or disagreement: below them are stray values."""
    entity_ratio: float = 0.5
    """A group at this share of the lead may be another entity's answer (its page ranks lower)."""
    source_sentences: int = 3
    """A source the readers gave nothing is read alone over its best sentences: its value is near the top."""
    outvoting_sources: int = 2
    """Sources that outvote a value only one states: one document against several never wins."""
    page_start_sentences: int = 4
    """A page glued after another's tail opens with its title and defining sentence; its value lies a few sentences on."""
    copy_sentences: int = 6
    """A source's first six sentences are compared with another's to tell a copy: its whole opening."""
    copy_overlap: float = 0.6
    """Opening-word overlap (Jaccard) making two sources one text (namesakes share < 0.25, copies most)."""
    reworded_words: int = 5
    """Two value sentences sharing five words beyond their values are one statement reworded; an infobox row shares one."""
    named_instance: float = 0.9
    """ "the film Being Julia" for "which film": the kind word vouches for the name, nearly as a WordNet kind."""
    title_name_words: int = 10
    """A page's title glued to its first sentence is at most ten words ("X, Y County, State")."""
    defining_kind: float = 0.9
    """ "X is a short film" for its genre: the page's own kind for X, just below a WordNet kind of the attribute."""
    titled_maker: float = 0.8
    """ "X (Anna Marlow album)": a title names whose work the page is, as surely as an infobox row."""
    identifying_name_words: int = 2
    """A full name of two capitalised words or more ("Ann Vole") identifies one thing as a date does; one word ("Brazil") is said in passing."""
    role_noun_rank: int = 3
    """ "star" is an actor in its fourth noun sense: a verb's noun within four senses names the role ("starring Y")."""
    road_rank: int = 3
    """A street word may be a rarer WordNet sense of "road" ("drive" is its fourth): an address, not a year."""


@dataclass(frozen=True)
class Tuning:
    """All tuning values, one group per layer (``settings.tuning.answer.same_point``)."""

    retrieval: RetrievalTuning = field(default_factory=RetrievalTuning)
    """Fusion, scoring and ordering of candidate sentences."""
    answer: AnswerTuning = field(default_factory=AnswerTuning)
    """Picking values from evidence and grouping them into answers."""
    check: CheckTuning = field(default_factory=CheckTuning)
    """Supporting and refuting claims."""
    # One cut-off for every comparison of words by meaning. Measured on the gold set and RAMDocs
    # lines 1-100: lowering the counted-noun cut-off from 0.75 to 0.6 changed no item; raising
    # the verb cut-offs from 0.6 to 0.75 lost a correct answer (a "when did X ..." question).
    word_similarity: float = 0.6
    """Word-vector cosine at which two words mean the same ("fled"/"flee", "soldiers"/"troops")."""
    sense: SenseTuning = field(default_factory=SenseTuning)
    """Attribute values, entities sharing a name, outvoted values."""
