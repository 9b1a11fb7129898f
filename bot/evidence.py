"""What a retrieved sentence offers as evidence, and the little of the corpus answering may ask.

``EvidenceSentence`` is one retrieved claim sentence: its chunk, the scores that ranked it,
its neighbours, its article's tokens, its stored vector and its parse, each on demand. The
retriever builds them; the answerer, the checker and the LLM answerer read only these and the
``Corpus`` view they carry (IDF, embedding a text, word similarity), never the lexical index,
the store or the embedder.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from bot.datelines import dateline
from bot.dates import parse_iso
from bot.names import Aliases, defined_aliases, short_forms, written_out
from bot.nlp import Parsed, parse
from bot.spelling import cased, name_form, respelt, vocabulary
from bot.text import TokenPool, tokens
from index.errors import StoreError
from index.tuning import AnswerTuning

if TYPE_CHECKING:
    from bot.lexical import LexicalIndex
    from index.embed import Embedder
    from index.store import Chunk, Store

_CAPSEQ = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+\b")
_SMALL = {"Of", "The", "And"}
DATELINE_SLACK_DAYS = 1
"""Days an article's listed date may stand from the date it was published (a dateline may move it by
a day): the listed dates are read this much wider before each article's own is checked."""


def acronyms(text: str) -> list[str]:
    """ "United States" -> "us", "Islamic State" -> "is": names are often cited by initials."""
    out = []
    for m in _CAPSEQ.finditer(text):
        words = [w for w in m.group().split() if w not in _SMALL]
        if len(words) >= 2:
            out.append("".join(w[0] for w in words).lower())
    return out


@lru_cache(maxsize=50_000)
def terms(text: str) -> TokenPool:
    """A text's tokens plus the acronyms of its capitalised names."""
    return TokenPool([*tokens(text), *acronyms(text)])


class WordVectors:
    """Word-level meaning match ("met"/"meet", "struck"/"strike") with the sentence model.

    One cache per embedder (``for_embedder``): two embedders in one process never share
    vectors, and every caller of one embedder shares its words. Unknown words are encoded in
    one batch, so a question costs at most one small model call.
    """

    _by_embedder: ClassVar[weakref.WeakKeyDictionary[Any, WordVectors]] = weakref.WeakKeyDictionary()

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    @classmethod
    def for_embedder(cls, embedder: Embedder) -> WordVectors:
        found = cls._by_embedder.get(embedder)
        if found is None:
            found = cls._by_embedder[embedder] = cls(embedder)
        return found

    def vectors(self, words: list[str]) -> list[np.ndarray]:
        missing = sorted({w for w in words if w not in self._vectors})
        if missing:
            for word, vec in zip(missing, self.embedder.encode(missing), strict=True):
                self._vectors[word] = vec
        return [self._vectors[w] for w in words]

    def similar(self, a: str, b: str, cutoff: float) -> bool:
        """Two words close in meaning ("fled"/"flee", "stationed"/"deployed")."""
        va, vb = self.vectors([a, b])
        return float(np.dot(va, vb)) >= cutoff

    def share(
        self,
        words: list[str],
        pool: TokenPool,
        cutoff: float,
        verbs: list[str] | None = None,
        surface: dict[str, str] | None = None,
        bases: bool = False,
    ) -> float:
        """Share of ``words`` (tokens) found in ``pool`` literally, by word form, or by meaning.

        Meaning is only tried against ``verbs`` (the sentence's predicates, as written):
        irregular forms ("met"/"meet") are where word forms fail, and a few words keep the
        model call small. ``surface`` maps a token back to the word as written, which is
        what the model should see ("strikes", not the stem "strik"). With ``bases``, verbs
        are compared in their base forms too (``_same_base``).
        """
        if not words:
            return 0.0
        absent = [w for w in words if not pool.has(w)]
        if not absent or not verbs:
            return (len(words) - len(absent)) / len(words)
        forms = [(surface or {}).get(w, w) for w in absent]
        candidates = sorted(set(verbs))
        vectors = self.vectors(forms + candidates)
        matrix = np.stack(vectors[len(forms) :])
        unmet = [
            f
            for f, vec in zip(forms, vectors[: len(forms)], strict=True)
            if float((matrix @ vec).max()) < cutoff
        ]
        found = len(forms) - len(unmet)
        found += sum(1 for f in unmet if self._same_base(f, candidates, cutoff)) if bases else 0
        return (len(words) - len(absent) + found) / len(words)

    def _same_base(self, form: str, candidates: list[str], cutoff: float) -> bool:
        """The model reads two verbs in different inflections apart ("died"/"killing" 0.58,
        "die"/"kill" 0.74), so a verb form is also compared with the text's verbs in their base
        forms (WordNet's), unless WordNet calls the two opposites ("won"/"losing": win/lose 0.69)."""
        from bot.wordnet import wordnet

        wn = wordnet()
        base = wn.verb_base(form)
        if not base:
            return False
        bases = {b for c in candidates if (b := wn.verb_base(c)) and b != base}
        bases -= wn.antonyms(base)
        if not bases or (base == form.lower() and bases <= {c.lower() for c in candidates}):
            return False  # written as their bases already: compared so
        ordered = sorted(bases)
        vectors = self.vectors([base, *ordered])
        return float((np.stack(vectors[1:]) @ vectors[0]).max()) >= cutoff


class Corpus:
    """The indexed articles as answering sees them: lookups by article, IDF, the sentence model.

    Built by the retriever over one state of the lexical index; wraps the index, the store and
    the embedder so that nothing outside retrieval touches them.
    """

    def __init__(
        self,
        lexical: LexicalIndex,
        store: Store,
        embedder: Embedder,
        word_similarity: float,
        evidence_senses: int = AnswerTuning.evidence_senses,
        dateline_chars: int = AnswerTuning.dateline_chars,
    ) -> None:
        self._lexical, self._store, self._embedder = lexical, store, embedder
        self.words = WordVectors.for_embedder(embedder)
        self._aliases: dict[int, Aliases] = {}
        self._vocabulary: Counter[str] | None = None
        self._lower: str | None = None
        self._name_forms: dict[tuple[str, int, float], str | None] = {}
        self._text: str | None = None
        self._mentions: dict[tuple[str, int], list[tuple[str, str]]] = {}
        self._spelt: dict[str, str] = {}
        self.word_similarity = word_similarity
        """The one cut-off at which two words mean the same (``settings.tuning.word_similarity``)."""
        self.evidence_senses = evidence_senses
        """How many WordNet senses of an evidence word are read (``tuning.answer.evidence_senses``)."""
        self._article_vectors: dict[str, np.ndarray | None] = {}
        self._published: dict[str, date | None] = {}
        self._listed: dict[date, list[str]] | None = None
        self._pages: dict[str, TokenPool] = {}
        self.dateline_chars = dateline_chars
        """How much of an article's opening is read for its dateline (``tuning.answer.dateline_chars``)."""

    def similar(self, a: str, b: str) -> bool:
        """Two words close in meaning ("fled"/"flee", "stationed"/"deployed")."""
        return self.words.similar(a, b, self.word_similarity)

    def share(
        self,
        words: list[str],
        pool: TokenPool,
        verbs: list[str] | None = None,
        surface: dict[str, str] | None = None,
        bases: bool = False,
    ) -> float:
        """``WordVectors.share`` at the corpus's cut-off."""
        return self.words.share(words, pool, self.word_similarity, verbs, surface, bases)

    def aliases(self, min_definitions: int) -> Aliases:
        """The names the indexed articles define by a short form (``bot.names``), read once."""
        found = self._aliases.get(min_definitions)
        if found is None:
            text = self._lexical.chunks.joined_text()
            found = self._aliases[min_definitions] = defined_aliases([text], min_definitions)
        return found

    def spelt_out(self, question: str) -> str:
        """The question with each short form no article writes ("YHSS") read as the name the
        articles most often write out for it ("Yangchenphug Higher Secondary School",
        ``bot.names.written_out``): retrieval and the name gates look for words the articles hold."""
        out = question
        for short in short_forms(question):
            token = tokens(short)
            if not token or self._lexical.bm25.posting(token[0]) is not None:
                continue
            if short not in self._spelt:
                names = Counter(written_out(self._lexical.chunks.joined_text(), short))
                self._spelt[short] = names.most_common(1)[0][0] if names else ""
            if self._spelt[short]:
                out = re.sub(rf"\b{short}\b", self._spelt[short], out)
        return out

    def respelt(self, question: str, min_count: int, min_similarity: float, min_consonants: int) -> str:
        """The question with misspelt ordinary words read as the indexed words meant (``bot.spelling``)."""
        if self._vocabulary is None:
            self._vocabulary = vocabulary(self._lexical.chunks.joined_text())
        return respelt(question, self._vocabulary, min_count, min_similarity, min_consonants)

    def cased(self, question: str, min_count: int, min_share: float) -> str:
        """The question with lower-case names written as the articles write them (``bot.spelling``)."""

        def form(word: str) -> str | None:
            key = (word, min_count, min_share)
            if key not in self._name_forms:
                if self._text is None:
                    self._text = self._lexical.chunks.joined_text()
                if self._lower is None:
                    self._lower = self._text.lower()
                self._name_forms[key] = name_form(word, self._text, self._lower, min_count, min_share)
            return self._name_forms[key]

        return cased(question, form)

    def mentions(self, name: str, width: int) -> list[tuple[str, str]]:
        """The ``width`` characters before and after every mention of a name in the indexed
        sentences (as written, whole words), for rules that read how the articles use it."""
        key = (name, width)
        found = self._mentions.get(key)
        if found is None:
            if self._text is None:
                self._text = self._lexical.chunks.joined_text()
            text = self._text
            pattern = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
            found = self._mentions[key] = [
                (text[max(0, m.start() - width) : m.start()], text[m.end() : m.end() + width])
                for m in pattern.finditer(text)
            ]
        return found

    def __len__(self) -> int:
        """How many claim sentences are indexed."""
        return len(self._lexical.chunks)

    def sentence(self, chunk: Chunk, **scores: Any) -> EvidenceSentence:
        """A claim sentence as evidence, with whatever scores it was given, dated by its
        article's dateline where that differs from the listed date (``published``)."""
        day = self.published_iso(chunk.doc, chunk.date)
        return EvidenceSentence(chunk if day == chunk.date else replace(chunk, date=day), self, **scores)

    def idf(self, token: str) -> float:
        """How rare a token is among the claim sentences (BM25's IDF)."""
        return self._lexical.bm25.idf(token)

    def knows(self, token: str) -> bool:
        """Some claim sentence holds the token (a word the articles use, not a typo's)."""
        return self._lexical.bm25.posting(token) is not None

    def embed(self, text: str) -> np.ndarray:
        """The sentence model's unit vector for a text (a question, a claim, a written sentence)."""
        return self._embedder.encode_one(text)

    def embed_many(self, texts: list[str]) -> np.ndarray:
        """The unit vectors of several texts, one row each, in one batch (cheaper than one by one)."""
        return self._embedder.encode(texts)

    def article_tokens(self, doc: str) -> TokenPool:
        """The tokens of an article's claim sentences and title (empty if it is not indexed)."""
        return self._lexical.doc_tokens.get(doc) or TokenPool(())

    def published(self, doc: str, listed: str) -> date | None:
        """The day an article was published: its dateline's (``bot.datelines``) where its opening
        has one, else its listed ISO date (``listed``); None when neither is known."""
        if doc not in self._published:
            try:
                opening = self._store.article_text(doc)[: self.dateline_chars]
            except StoreError:
                opening = ""
            self._published[doc] = dateline(opening) or parse_iso(listed)
        return self._published[doc]

    def published_iso(self, doc: str, listed: str) -> str:
        """``published`` as the store writes dates ("2016-09-24"), or ``listed`` when unknown:
        every evidence sentence carries it (``sentence``), so scoping, event matching and the
        timeline of revised figures all read the dateline's day."""
        day = self.published(doc, listed)
        return day.isoformat() if day is not None else listed

    def page_text(self, doc: str) -> str:
        """An article's whole stored page, furniture included ("" if it is not stored)."""
        try:
            return self._store.article_text(doc)
        except StoreError:
            return ""

    def page_tokens(self, doc: str, outlet: str = "") -> TokenPool:
        """The tokens of an article's whole stored page and its outlet: the words its claim
        sentences leave out too (a comment policy, a photo credit, the outlet's own name)."""
        found = self._pages.get(doc)
        if found is None:
            found = self._pages[doc] = terms(f"{outlet}\n{self.page_text(doc)}")
        return found

    def article_text(self, doc: str) -> str:
        """An article's claim sentences joined (empty if it is not indexed)."""
        return " ".join(c.text for c in self._lexical.by_doc.get(doc) or [])

    def at_span(self, doc: str, start: int, end: int) -> EvidenceSentence | None:
        """The claim sentence at exactly this span of an article (a citation's), if indexed."""
        chunk = self._lexical.at_span(doc, start, end)
        return None if chunk is None else self.sentence(chunk)

    def opening(self, doc: str, count: int) -> list[EvidenceSentence]:
        """An article's first ``count`` claim sentences: where it says what its subject is."""
        chunks = self._lexical.by_doc.get(doc) or []
        return [self.sentence(c) for c in chunks[:count]]

    def published_between(self, first: date, last: date) -> list[str]:
        """The articles published from ``first`` to ``last`` (``published``), the listed dates read
        once per index state and a day wider (a dateline may move an article by a day)."""
        if self._listed is None:
            self._listed = {}
            for doc, chunks in self._lexical.by_doc.items():
                day = parse_iso(chunks[0].date) if chunks else None
                if day is not None:
                    self._listed.setdefault(day, []).append(doc)
        wide = range(-DATELINE_SLACK_DAYS, (last - first).days + 1 + DATELINE_SLACK_DAYS)
        near = [d for n in wide for d in self._listed.get(first + timedelta(days=n), [])]
        return [d for d in near if _within(self.published(d, self._lexical.by_doc[d][0].date), first, last)]

    def sentences_of(self, doc: str) -> list[EvidenceSentence]:
        """Every claim sentence of an article, in order: a whole article read for its values."""
        return [self.sentence(c) for c in self._lexical.by_doc.get(doc) or []]

    def preceding(self, doc: str, start: int, count: int) -> list[EvidenceSentence]:
        """The ``count`` claim sentences of an article just before offset ``start``, nearest
        first: where a page glued after another's tail says what its subject is."""
        chunks = [c for c in self._lexical.by_doc.get(doc) or [] if c.start < start]
        return [self.sentence(c) for c in reversed(chunks[-count:])] if count > 0 else []

    def article_vector(self, doc: str) -> np.ndarray | None:
        """The unit mean of an article's claim-sentence vectors: what the article is about as a
        whole (None when it has no stored vectors); read once per article and index state."""
        self.load_article_vectors([doc])
        return self._article_vectors[doc]

    def load_article_vectors(self, docs: list[str]) -> None:
        """Read the vectors of several articles in one store call (``article_vector`` then has them)."""
        wanted = [d for d in dict.fromkeys(docs) if d not in self._article_vectors]
        ids = {d: [c.id for c in self._lexical.by_doc.get(d) or []] for d in wanted}
        found = self._store.vectors("claims", [i for d in wanted for i in ids[d]]) if wanted else {}
        for d in wanted:
            mine = [found[i] for i in ids[d] if i in found]
            mean = np.mean(mine, axis=0) if mine else None
            norm = float(np.linalg.norm(mean)) if mean is not None else 0.0
            self._article_vectors[d] = mean / norm if mean is not None and norm else None

    def sentence_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        """The stored vectors of sentences by chunk id (missing ids are left out)."""
        return self._store.vectors("claims", list(dict.fromkeys(ids))) if ids else {}

    def nearest(self, vector: np.ndarray, k: int) -> list[tuple[EvidenceSentence, float]]:
        """The ``k`` claim sentences closest in meaning to ``vector`` (one dense search), each
        with its cosine."""
        return [(self.sentence(c), sim) for c, sim in self._store.search("claims", vector, k)]

    def load_vectors(self, sentences: list[EvidenceSentence]) -> None:
        """Fetch the stored vectors of several sentences in one call (``vector`` then reads them)."""
        wanted = [s for s in sentences if not s._vector_read]
        found = self._store.vectors("claims", [s.chunk.id for s in wanted])
        for s in wanted:
            s._vector, s._vector_read = found.get(s.chunk.id), True

    def _previous(self, chunk: Chunk) -> Chunk | None:
        return self._lexical.previous(chunk)

    def _neighbours(self, chunk: Chunk, before: int, after: int) -> list[Chunk]:
        return self._lexical.neighbours(chunk, before, after)


@dataclass(eq=False)
class EvidenceSentence:
    """One retrieved claim sentence with the features that explain its score.

    ``dense`` is the cosine to the query, ``lexical`` its BM25 score over the best one's,
    ``coverage`` the IDF-weighted share of the query's words it (or it with the sentence
    before) holds, ``context`` the same over its whole article, ``rrf`` the rank fusion of
    the dense and lexical lists, ``score`` the blend that ranks it.
    """

    chunk: Chunk
    corpus: Corpus = field(repr=False)
    dense: float = 0.0
    lexical: float = 0.0
    coverage: float = 0.0
    context: float = 0.0
    rrf: float = 0.0
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)
    _vector: np.ndarray | None = field(default=None, repr=False)
    _vector_read: bool = field(default=False, repr=False)

    @property
    def text(self) -> str:
        return self.chunk.text

    @property
    def doc(self) -> str:
        return self.chunk.doc

    @property
    def terms(self) -> TokenPool:
        """Its tokens and acronyms."""
        return terms(self.chunk.text)

    @property
    def parsed(self) -> Parsed:
        """Its entities and verbs (spaCy, parsed once per text)."""
        return parse(self.chunk.text)

    @property
    def article_tokens(self) -> TokenPool:
        """Every token of its article's claim sentences and title."""
        return self.corpus.article_tokens(self.chunk.doc)

    @property
    def vector(self) -> np.ndarray | None:
        """Its stored vector (None if the store has none), fetched on first use."""
        if not self._vector_read:
            self.corpus.load_vectors([self])
        return self._vector

    @property
    def previous(self) -> EvidenceSentence | None:
        """The claim sentence right before it in its article, if that sentence is a claim."""
        chunk = self.corpus._previous(self.chunk)
        return None if chunk is None else self.corpus.sentence(chunk)

    @property
    def previous_text(self) -> str:
        """The text of the sentence before it ("" for none): where a report names its scene or a
        quotation its speaker."""
        previous = self.previous
        return previous.chunk.text if previous is not None else ""

    @property
    def following(self) -> EvidenceSentence | None:
        """The claim sentence right after it in its article, if there is one."""
        chunk = next((c for c in self.neighbours(0, 1) if c.seq != self.chunk.seq), None)
        return None if chunk is None else self.corpus.sentence(chunk)

    def neighbours(self, before: int = 0, after: int = 0) -> list[Chunk]:
        """Its article's claim sentences from ``before`` back to ``after`` on, itself included."""
        return self.corpus._neighbours(self.chunk, before, after)

    def window(self, before: int = 0, after: int = 0) -> str:
        """The text of ``neighbours(before, after)`` joined (its own text if it has none)."""
        return " ".join(c.text for c in self.neighbours(before, after)) or self.chunk.text

    def rescored(self, text: str | None = None, **scores: Any) -> EvidenceSentence:
        """The same sentence with other scores (and, to judge two sentences as one, other text)."""
        chunk = self.chunk if text is None else replace(self.chunk, text=text)
        vector = (self._vector, self._vector_read) if text is None else (None, True)  # no stored vector
        out = EvidenceSentence(chunk, self.corpus, **scores)
        out._vector, out._vector_read = vector
        return out


def _within(day: date | None, first: date, last: date) -> bool:
    """The day is known and falls from ``first`` to ``last``, both included."""
    return day is not None and first <= day <= last
