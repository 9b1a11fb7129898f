"""English word lists, each written once, with what it is for.

Lists of general English (reporting verbs, negation cues, units of time, ...), never words
taken from an article or a gold item. They live in ``index/`` because splitting (``index/
split.py``) needs the reporting verbs and data flows one way, index → bot. Consumers stem
or compile them as they need; the lists stay plain words.
"""

from __future__ import annotations

LIGHT_VERBS = frozenset({"be", "have", "do"})
"""Verbs that carry tense, voice or a copula, not a deed ("were used" says "used")."""

REPORTING_VERBS = {
    "say": ("said", "says"),
    "state": ("stated", "states"),
    "add": ("added", "adds"),
    "tell": ("told", "tells"),
    "note": ("noted", "notes"),
    "warn": ("warned", "warns"),
    "explain": ("explained",),
    "stress": ("stressed", "stresses"),
    "conclude": ("concluded",),
    "announce": ("announced", "announces"),
    "argue": ("argued", "argues"),
    "insist": ("insisted", "insists"),
    "claim": ("claimed", "claims"),
    "emphasize": ("emphasized", "emphasised"),
    "write": ("wrote", "writes"),
    "tweet": ("tweeted",),
    "declare": ("declared", "declares"),
    "assert": ("asserted", "asserts"),
    "report": ("reported", "reports"),
    "confirm": ("confirmed", "confirms"),
    "assure": ("assured",),
    "urge": ("urged",),
    "highlight": ("highlighted",),
    "quote": ("quoted",),
}
"""Verbs that attribute a statement to a speaker: each lemma ("say", as a question asks "what did
X say") with the forms news attributions use ("..., Brill said", "she says")."""

REPORTING_FORMS = tuple(form for forms in REPORTING_VERBS.values() for form in forms)
"""Every attributing form, for finding a sentence's speaker."""

NEGATION_CUES = (
    "not",
    "no",
    "never",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "without",
    "denied",
    "denies",
    "deny",
    "cannot",
    "n't",
)
"""Words that make the words after them false ("did not order", "denied ordering")."""

DURATION_IN_YEARS = {
    "year": 1.0,
    "decade": 10.0,
    "century": 100.0,
    "month": 1 / 12,
    "week": 1 / 52,
    "day": 1 / 365,
}
"""Units of a span of time (stemmed, singular) and their length in years, so that "more than five
decades" and "more than 50 years" compare."""

TIME_UNITS = frozenset(DURATION_IN_YEARS) | {"hour", "minute"}
"""Every unit a "how long" question can be answered in."""

TALLY_NOUNS = frozenset({"toll", "total", "number", "tally", "count"})
"""Nouns for a running count of something ("the toll for soldiers", "the number of members")."""

ADDED_TO_COUNT = frozenset({"other", "more", "further", "another"})
"""Words between a number and its noun that add to a count given before ("four other victims",
"two more soldiers"): the noun after them is still what the number counts."""

PEOPLE_NOUNS = frozenset({"people", "person", "resident", "inhabitant", "citizen", "individual", "soul"})
"""Nouns that count people: they answer "how many people" whatever else they say."""

DIRECTIONS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
    }
)
"""Compass words: "northern Syria" and "southern Syria" are different places."""

WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
"""Days of the week: "on Monday" and "on Sunday" are different days."""

WEEKDAY_ABBREVIATIONS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
"""Weekday abbreviations and their days: "Sat 13 Aug" is Saturday 13 August where a date follows."""

MONTH_PART_WORDS = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}
"""Words that name a third of a month before it ("early June", "mid-June", "the end of June"): first,
middle or last third, by index."""

DAY_PART_HOURS = {
    "dawn": (4, 7),
    "daybreak": (4, 7),
    "sunrise": (5, 7),
    "morning": (5, 12),
    "noon": (11, 13),
    "midday": (11, 13),
    "afternoon": (12, 18),
    "evening": (17, 23),
    "dusk": (17, 21),
    "sunset": (17, 21),
    "nightfall": (17, 21),
    "night": (19, 30),
    "overnight": (19, 30),
    "midnight": (23, 25),
}
"""Words for a part of the day and the hours it spans (past 24 for one that runs into the next
morning): "before sunrise" and "in the afternoon" are hours apart, "at night" and "at dawn" meet."""

PERIOD_NOUNS = frozenset({"week", "month", "year", "season", "quarter"})
"""Nouns of a period whose first or last third a word names ("the start of the month", "late last year")."""

RELATIVE_PERIOD_WORDS = {
    "last": "last",
    "previous": "last",
    "this": "this",
    "current": "this",
    "next": "next",
    "following": "next",
}
"""Words placing a period before, at or after the present one: "last month" is "the previous month"."""

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
)
"""Month names and their abbreviations: a number next to one is a date, not a count."""

CURRENCY_SYMBOLS = {"$": "dollar", "€": "euro", "£": "pound", "¥": "yen"}
"""A currency sign before a number names the unit it counts."""

CURRENCIES = frozenset(
    {
        "dollar",
        "euro",
        "pound",
        "yen",
        "yuan",
        "rupee",
        "franc",
        "riyal",
        "lira",
        "ruble",
        "rouble",
        "peso",
    }
)
"""Currency names (stemmed): the units a "how much" question is answered in."""

MONEY_WORDS = frozenset(
    {
        "cost",
        "price",
        "money",
        "spend",
        "spent",
        "worth",
        "budget",
        "fund",
        "funding",
        "pay",
        "paid",
        "fee",
        "fine",
        "salary",
        "revenue",
        "profit",
        "loss",
        "debt",
        "aid",
        "dollar",
        "euro",
        "pound",
    }
)
"""Nouns and verbs that make "how many/much X" a question about money."""

WH_NOUNS = frozenset(
    {
        "city",
        "country",
        "town",
        "place",
        "region",
        "day",
        "date",
        "year",
        "month",
        "time",
        "person",
        "people",
        "group",
        "organisation",
        "organization",
        "agency",
        "part",
        "name",
    }
)
"""Nouns that only say what kind of answer is wanted ("which city", "what date"): not part of
what the evidence must state."""

NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
"""spaCy entity labels of proper names (people, organisations, places, nationalities)."""

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""spaCy entity labels of places: countries and towns, regions and waters, buildings and sites."""

WH_WORDS = ("who", "whom", "whose", "what", "which", "when", "where", "why", "how")
"""Words that open a question and say what kind of answer it wants."""

HOW_WORDS = ("many", "much", "long", "often", "far")
"""Words after "how" that ask for an amount, a span or a frequency."""

AUXILIARIES = (
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "got",
    "get",
)
"""Auxiliary verbs, with the get-passive ("how many people got hurt"), that end a question's noun phrase."""

SHORTHAND = {"r": "are", "u": "you", "ur": "your"}
"""Chat spellings of auxiliaries and pronouns, spelled out before a question is read."""


BLAME_VERBS = frozenset({"accuse", "blame"})
"""Verbs whose object is named as the doer of an event ("accused the president of", "blamed the Front for")."""

DENIAL_VERBS = frozenset({"deny", "reject"})
"""Verbs by which an actor says it did not do something ("denied involvement", "rejected the charge")."""

RESTRICTING_WORDS = frozenset({"only", "solely", "exclusively"})
"""Adverbs confining a deed to the one place, time or party they qualify ("only in Velm")."""

DENYING_KINDS = frozenset({"deny", "reject", "refute", "invalidate"})
"""WordNet verbs under which a verb says a report is false or void ("dismissed reports that",
"quashed speculation that"): the kinds, so any synonym or narrower verb WordNet files there counts."""

VERDICT_WORDS = frozenset({"guilty", "innocent", "not guilty"})
"""What a court finds someone ("found guilty"): with "find", a verdict (WordNet files no adjectives)."""

EXCLUDING = ("besides", "except", "excluding", "apart from", "aside from", "other than", "except for")
"""Prepositions that set a thing aside ("besides the finance minister, who ..."): it is no answer."""

CLAIM_NOUNS = frozenset({"responsibility", "credit"})
"""What a group claims when it says it did something ("claimed responsibility for the attack")."""

GENERIC_ACTOR_WORDS = frozenset(
    {
        "forces",
        "group",
        "troops",
        "army",
        "soldiers",
        "military",
        "fighters",
        "militants",
        "rebels",
        "insurgents",
        "jihadists",
        "terrorists",
        "organisation",
        "organization",
        "members",
        "unit",
        "jets",
        "warplanes",
        "aircraft",
        "planes",
        "helicopters",
        "drones",
        "led",
        "so-called",
        "backed",
        "alleged",
        "suspected",
    }
)
"""Words that say what kind of actor, not which ("forces", "warplanes", "US-led"): two
actors sharing only these are not the same actor ("Russian warplanes", "regime warplanes")."""

AGENT_KINDS = ("person", "group", "social_group", "organization", "causal_agent")
"""WordNet categories of nouns that can do a deed (people, groups, forces): a
weapon or an event ("the bomb tore apart a bus", "attacks killed 10") is not an actor."""

SUPPORT_VERBS = frozenset({"make", "take", "give", "have", "do"})
"""Light verbs whose object noun is the deed ("made a donation", "took charge", "gave a
speech"): the noun says what was done, so evidence may state it without the verb."""

DELEXICAL_VERBS = frozenset({"get", "give", "take", "make", "have", "put", "play", "receive", "hold", "pay"})
"""Verbs whose object noun carries the deed ("got a warning", "played a part", "paid a visit"),
read by ``bot/delexical.py`` to find the claim's verb told in the sentence: wider than
``SUPPORT_VERBS`` (receiving and placing verbs too), which says when evidence may drop the verb."""

LIGHT_EVENT_VERBS = frozenset({"carry", "carri", "claim", "conduct", "launch", "stage", "take", "make", "do"})
"""Verbs (and their stems) that say a deed was done, not which ("carried out the attack"): the
noun says what happened, so they never match two events on their own."""

RESULT_VERBS = frozenset({"leave"})
"""Verbs whose object is followed by what befell it ("leaving 3 people dead", "left 20 wounded"):
the count belongs to that participle, not to the verb."""

WORDNET_FILES = (
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
)
"""WordNet 3.0's lexicographer files, by number (a synset's ``lexfile``): what kind of meaning."""

DEED_VERB_FILES = frozenset(
    {
        "verb.body",
        "verb.change",
        "verb.competition",
        "verb.consumption",
        "verb.contact",
        "verb.creation",
        "verb.social",
    }
)
"""WordNet verb files of deeds someone is blamed for: body (wound), change (destroy),
competition (attack, bomb, fire), consumption (use), contact (hit, kill), creation, social
(commit). Not motion ("came from"), states ("contained"), speech, thought or feeling."""

EVENT_NOUN_FILES = frozenset({"noun.act", "noun.event"})
"""WordNet noun files of acts and events ("attack", "bombing", "raid", "blast"): such a noun
names the deed itself; what it hit ("the market", "a convoy") is what tells two deeds apart."""

CHANGE_VERBS = frozenset(
    {
        "rise", "fall", "increase", "decrease", "grow", "drop", "climb", "jump", "gain", "decline",
        "dip", "slip", "slide", "slump", "soar", "surge", "plunge", "tumble", "rally", "double",
        "halve", "triple", "cut", "raise", "boost", "reduce", "lower", "shrink", "expand", "add",
        "fell", "rose", "grew",
    }
)  # fmt: skip
"""Verbs (and their irregular pasts) that say a figure moved: after one, "to N" is the new
level and "by N" the change. A closed list: WordNet files "include" and "die" under decrease."""


PLACE_KINDS = ("location", "structure", "way", "facility")
"""WordNet kinds of noun that make the name before them a place ("Hadley roundabout", "Omar hospital")."""

PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "onto", "inside", "outside"})
"""Prepositions whose object is where something happened ("crashed into the market")."""
SETTING_PREPOSITIONS = PLACE_PREPOSITIONS | {"on", "across", "around", "throughout"}
"""Prepositions whose proper-noun object is where a deed happened ("strikes on Velm")."""
WHERE_PREPOSITIONS = SETTING_PREPOSITIONS | {"from", "to", "outside", "beside", "along", "off"}
"""Prepositions whose object answers "where": where a thing is, comes from or goes to ("fled to Velm")."""
LEVEL_PREPOSITIONS = frozenset({"at", "to"})
"""Prepositions whose figure is the level a quantity stands at or moves to ("closed at 5", "fell to 5")."""
SPAN_END_WORDS = frozenset({"until", "till", "since"})
"""Words opening the end or start of a span of time: "until the talks resume", "since 2011" say how long."""

TIME_LABELS = frozenset({"DATE", "TIME"})
"""Entity labels of a time: a sentence telling a new event says when ("in May", "on Monday")."""

AFTER_PREPOSITIONS = frozenset({"after", "since", "following"})
"""Prepositions whose object is a time anchor the asked thing follows ("after the fall")."""

CONTINUING_WORDS = frozenset({"still", "remain", "stay"})
"""``bot/stative.py``: an adverb or verb saying a state goes on after a change ("are still held",
"remain trapped"): the count asked is of those left, not of those the change happened to."""

DEATH_VERBS = frozenset({"die", "kill"})
"""Verbs whose subject (active "died", passive "was killed") lost their life."""

DEATH_STATES = frozenset({"dead"})
"""What a person is said to be, or to be among, when they lost their life ("was among the dead")."""

SURVIVAL_VERBS = frozenset({"survive", "escape"})
"""Verbs whose subject came out of an attack alive ("the guard survived")."""

SURVIVAL_STATES = frozenset({"safe", "unharmed", "unhurt", "uninjured", "alive", "unscathed"})
"""What a person is said to be ("were safe", "was unharmed") when they came out of it alive."""

DEMONYM_ENDINGS = ("an", "i", "ish", "ese")
"""Endings English adds to a place's name for its adjective ("Velmar-ian", "Ostr-i", "Dunmor-ese")."""

ORDINAL_WORDS = {
    w: n
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
"""English ordinal words and the rank each says ("ninth" = 9); "9th" is read from its digits."""


LEAVING_VERBS = ("leave",)
"""Verbs whose commonest WordNet senses are going away: a claim verb of their kinds ("pull out",
"withdraw") has its party leave (``bot/reversed_deed.py``)."""
STOPPING_VERBS = ("discontinue", "end", "shut_down")
"""Verbs whose commonest WordNet senses are stopping an activity, ending and ceasing to operate: a
claim verb of their kinds has its party stop (``bot/reversed_deed.py``)."""
CONTINUING_VERBS = ("remain", "continue")
"""Verbs whose commonest WordNet senses are staying as one is and going on: a sentence verb of one
of those senses has its party stay (``bot/reversed_deed.py``)."""
GROWING_VERBS = ("increase",)
"""Verbs whose two commonest WordNet senses are growing in amount or size: a verb of their kinds
("widen", "expand", "rise") says its party grows; one opposed to such a verb ("narrow") that it
shrinks (``bot/reversed_deed.py``)."""
SHRINKING_VERBS = ("decrease",)
"""Verbs whose two commonest WordNet senses are shrinking in amount or size ("shrink", "lessen")."""
LARGE_ADJECTIVES = ("large",)
"""Adjectives whose commonest WordNet sense is being large: "got bigger" says its party grew, an
adjective of an opposed sense ("smaller") that it shrank (``bot/reversed_deed.py``)."""
CHANGING_VERBS = ("change",)
"""Verbs whose two commonest WordNet senses are changing: a verb of its kinds ("got",
"grew", "became") carrying an adjective says its party came to be so, not that it is so."""
HAPPENING_VERBS = ("happen", "go_ahead")
"""Verbs whose commonest WordNet senses are taking place and going ahead with a plan: a party said
to do so ("the match went ahead") is not one called off (``bot/reversed_deed.py``)."""
CALLING_OFF_VERBS = ("cancel",)
"""Verbs whose commonest WordNet sense is calling off what was planned ("called off", "scrubbed")."""
REFUSING_VERBS = ("refuse",)
"""Verbs whose commonest WordNet sense is refusing what is offered or asked ("declined", "refused"):
with the denying kinds, what a party refuses it does not take or do (``bot/object_deed.py``)."""
EARLIER_REPORT_WORDS = frozenset({"earlier", "initially", "initial", "previously", "preliminary"})
"""Words telling a figure as an earlier report ("earlier, a source said seven died", "initial
reports"): an article's earlier figure is superseded by its later one, not another account."""
