"""Recommendations that say much the same thing (TF-IDF cosine over their words, offline).

States receive the same recommendation cycle after cycle, from several mechanisms, in slightly
different words. Ranking by shared *rare* words finds them: "ratify the Optional Protocol to
the Convention against Torture" matches its 2015 twin, not every text containing "ensure".
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.models import Recommendation

_WORD = re.compile(r"[a-z][a-z0-9]{2,}")
# Words every recommendation uses: they say nothing about what it asks.
STOP_WORDS = frozenset({
    "the", "and", "for", "with", "that", "this", "from", "its", "their", "all", "any", "are",
    "was", "were", "has", "have", "been", "into", "other", "such", "which", "who", "whom",
    "within", "without", "upon", "under", "including", "include", "ensure", "ensuring", "take",
    "measures", "measure", "necessary", "steps", "continue", "continued", "further", "efforts",
    "effective", "effectively", "state", "states", "party", "parties", "also", "more",
    "particular", "particularly", "order", "well", "those", "these", "them", "they", "there"
})
MAX_QUERY_TERMS = 30
# Terms found in more than this share of texts are too common to find candidates with.
COMMON_SHARE = 0.2


def content_words(text: str) -> list[str]:
    flat = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in flat if not unicodedata.combining(char))
    found = []
    for word in _WORD.findall(plain):
        if word in STOP_WORDS:
            continue
        # A light stem so that "right"/"rights", "child"/"children" meet.
        if word.endswith("ren") and len(word) > 6:
            word = word[:-3]
        elif word.endswith("s") and len(word) > 4 and not word.endswith("ss"):
            word = word[:-1]
        found.append(word)
    return found


class SimilarityIndex:
    def __init__(self, documents: Iterable[tuple[str, str]]):
        self.ids: list[str] = []
        counts: list[Counter] = []
        document_frequency: Counter = Counter()
        for rec_id, text in documents:
            terms = Counter(content_words(text))
            self.ids.append(rec_id)
            counts.append(terms)
            document_frequency.update(terms.keys())
        self.size = len(self.ids)
        self.position = {rec_id: n for n, rec_id in enumerate(self.ids)}
        self.idf = {term: math.log((1 + self.size) / (1 + df)) + 1
                    for term, df in document_frequency.items()}
        self._vectors: list[dict[str, float]] = []
        postings_ids: dict[str, array] = {}
        postings_weights: dict[str, array] = {}
        for index, terms in enumerate(counts):
            vector = self._weights(terms)
            self._vectors.append(vector)
            for term, weight in vector.items():
                postings_ids.setdefault(term, array("i")).append(index)
                postings_weights.setdefault(term, array("f")).append(weight)
        self._postings = {term: (postings_ids[term], postings_weights[term])
                          for term in postings_ids}

    def _weights(self, terms: Counter) -> dict[str, float]:
        raw = {term: (1 + math.log(count)) * self.idf.get(term, 0.0)
               for term, count in terms.items()}
        norm = math.sqrt(sum(w * w for w in raw.values())) or 1.0
        return {term: w / norm for term, w in raw.items() if w}

    def similar(self, rec_id: str, limit: int = 10, minimum: float = 0.25
                ) -> list[tuple[str, float]]:
        """The most similar other recommendations with their cosine similarity (0 to 1)."""
        index = self.position.get(rec_id)
        if index is None:
            return []
        return self._ranked(self._vectors[index], limit, minimum, exclude=index)

    def similar_to_text(self, text: str, limit: int = 10, minimum: float = 0.25
                        ) -> list[tuple[str, float]]:
        return self._ranked(self._weights(Counter(content_words(text))), limit, minimum)

    def _ranked(self, query: dict[str, float], limit: int, minimum: float,
                exclude: int | None = None) -> list[tuple[str, float]]:
        common = max(50, int(self.size * COMMON_SHARE))
        strongest = sorted(query.items(), key=lambda item: -item[1])[:MAX_QUERY_TERMS]
        candidates: set[int] = set()
        for term, _weight in strongest:
            documents, _ = self._postings.get(term, ((), ()))
            if len(documents) <= common:
                candidates.update(documents)
        candidates.discard(exclude)
        scored = []
        for candidate in candidates:
            vector = self._vectors[candidate]
            score = sum(weight * vector.get(term, 0.0) for term, weight in query.items())
            if score >= minimum:
                scored.append((score, self.ids[candidate]))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [(rec_id, round(score, 3)) for score, rec_id in scored[:limit]]


def build_similarity_index(session: Session) -> SimilarityIndex:
    return SimilarityIndex(session.execute(
        select(Recommendation.id, Recommendation.text).where(Recommendation.deleted.is_(False)))
        .tuples())


_cache: dict[str, tuple[tuple, SimilarityIndex]] = {}
_cache_lock = threading.Lock()


def similarity_index(db: Database) -> SimilarityIndex:
    """The index of the database, rebuilt only when a recommendation was added, edited or
    deleted since (building it for 60,000 texts takes seconds; checking takes one query)."""
    with db.read() as session:
        fingerprint = tuple(session.execute(select(
            func.count(Recommendation.id), func.max(Recommendation.updated_at),
            func.sum(Recommendation.row_version))).one())
        with _cache_lock:
            cached = _cache.get(db.identity.database_id)
            if cached is not None and cached[0] == fingerprint:
                return cached[1]
        index = build_similarity_index(session)
    with _cache_lock:
        _cache[db.identity.database_id] = (fingerprint, index)
    return index
