"""Overlapping coverage: stories, duplicate clusters and shared quotations,
in memory or kept in an SQLite store (:meth:`Coverage.open`)."""

import os
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, List, Mapping, Optional, Tuple, Union

from . import _context, _core, _parallel
from ._closeable import Closeable
from .article import Article
from ._strings import c_string
from .errors import InvalidArgumentError, StateError
from ._values import Value, shorten

if TYPE_CHECKING:  # pragma: no cover
    import pandas

__all__ = ["Coverage", "Story", "Duplicate", "DuplicateCluster", "CoverageQuote", "QuoteSource",
           "QueryResult", "coverage_record", "coverage_records", "record_similarity", "record_band_keys",
           "record_id", "compare_records"]


@dataclass(frozen=True)
class Story(Value):
    """Articles about the same event: indexes in order of addition, and
    the ids they were added with."""

    articles: Tuple[int, ...]
    ids: Tuple[str, ...]

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[str]:
        """The ids of the story's articles."""
        return iter(self.ids)


@dataclass(frozen=True)
class Duplicate(Value):
    """A cluster member and its cluster's representative (indexes a < b)
    and their estimated similarity in [0, 1]."""

    a: int
    b: int
    a_id: str
    b_id: str
    similarity: float


@dataclass(frozen=True)
class DuplicateCluster(Value):
    """Copies of one text: the members (in order of addition) and the
    representative, the likely original (earliest published, then the
    smallest id)."""

    representative: int
    representative_id: str
    articles: Tuple[int, ...]
    ids: Tuple[str, ...]

    def __len__(self) -> int:
        return len(self.articles)

    def __iter__(self) -> Iterator[str]:
        """The ids of the copies."""
        return iter(self.ids)


@dataclass(frozen=True)
class QuoteSource(Value):
    """One printing of a shared quotation: the article, the text and the
    speaker as that article printed them, its span in that article's source
    (bytes, and characters when the article was added as an Article), its
    publication date, and how it differs from the canonical text
    (``variant``: identical, orthographic, trimmed or altered; ``diff``:
    the word diff of an altered printing)."""

    article: int
    id: str
    text: Optional[str]
    start: int
    end: int
    char_start: Optional[int]
    char_end: Optional[int]
    speaker: Optional[str] = None
    published: Optional[str] = None
    variant: str = "identical"
    diff: Optional[str] = None

    def __repr__(self):
        return (f"QuoteSource(id={self.id!r}, variant={self.variant!r}, "
                f"text={shorten(self.text)}, start={self.start}, end={self.end})")


@dataclass(frozen=True)
class CoverageQuote(Value):
    """A quotation merged across the collection, with each printing of it
    in the order the outlets printed it; ``first`` is the earliest dated
    printing (None when no printing has a date)."""

    text: str
    speaker: Optional[str]
    sources: Tuple[QuoteSource, ...]
    first: Optional[QuoteSource] = None

    def __len__(self) -> int:
        return len(self.sources)

    def __iter__(self) -> Iterator[QuoteSource]:
        """The printings, in the order the outlets printed them."""
        return iter(self.sources)

    def __repr__(self):
        return (f"CoverageQuote(speaker={self.speaker!r}, text={shorten(self.text)}, "
                f"sources={[source.id for source in self.sources]!r})")


@dataclass(frozen=True)
class QueryResult(Value):
    """An article looked up in a built index: its near-duplicates (index,
    id, similarity; most similar first) and its story (an index into
    ``stories``, or None for a new story)."""

    duplicates: Tuple[Tuple[int, str, float], ...]
    story: Optional[int]
    similarity: float


def _record_pointer(id, article):
    if not isinstance(article, Article):
        raise TypeError(f"article must be a frnews.Article, not {type(article).__name__}")
    if not isinstance(id, str):
        raise TypeError(f"id must be a str, not {type(id).__name__}")
    c_string(id, "id")
    return article._use_c_objects(
        lambda c_article, c_quotes: _core.coverage_record_new(_context.current(), id, c_article,
                                                              c_quotes))


def coverage_record(id: str, article: Article) -> bytes:
    """The coverage record of an Article: what an index keeps of it, as
    bytes (docs/coverage-record.md) to store or send to another process."""
    pointer = _record_pointer(id, article)
    try:
        return _core.coverage_record_get_bytes(pointer)
    finally:
        _core.coverage_record_free(pointer)


Items = Union[Iterable[Tuple[str, Article]], Mapping[str, Article]]


def _pairs(items):
    return items.items() if isinstance(items, Mapping) else items


def _record_of_pair(pair):
    id, article = pair
    return _record_pointer(id, article), id, article


def _records_in_threads(items, jobs):
    """(C record, id, article) of each (id, article), in order; the C
    records are computed on `jobs` threads, each with its own context."""
    return _parallel.ordered_map(_record_of_pair, _pairs(items), jobs,
                                 discard=lambda done: _core.coverage_record_free(done[0]))


def coverage_records(items: Items, jobs: int = 1) -> List[bytes]:
    """The coverage records of (id, Article) pairs (or of a dict from id to
    Article), in their order, computed on ``jobs`` threads (each with its
    own context, the GIL released while a record is computed). The bytes
    do not depend on ``jobs``."""
    records = []
    for pointer, _, _ in _records_in_threads(items, jobs):
        try:
            records.append(_core.coverage_record_get_bytes(pointer))
        finally:
            _core.coverage_record_free(pointer)
    return records


class _Record:
    """A decoded record, freed with the object."""

    def __init__(self, data):
        self.pointer = _core.coverage_record_decode(_context.current(), data)
        weakref.finalize(self, _core.coverage_record_free, self.pointer)


# Each decoded record below is held in a name for the whole call: a
# temporary would be freed (and its C record with it) as soon as its
# pointer was read.

def record_id(record: bytes) -> str:
    """The article id a record holds."""
    decoded = _Record(record)
    return _core.coverage_record_get_id(decoded.pointer)


def record_similarity(a: bytes, b: bytes) -> float:
    """The estimated text similarity of two records, as the index compares them."""
    first, second = _Record(a), _Record(b)
    return _core.coverage_record_similarity(first.pointer, second.pointer)


def record_band_keys(record: bytes) -> List[int]:
    """The LSH band keys of a record (empty for a text without words):
    records sharing a key are the candidates for duplicates."""
    decoded = _Record(record)
    keys = []
    for band in range(_core.coverage_record_band_count()):
        try:
            keys.append(_core.coverage_record_band_key(decoded.pointer, band))
        except Exception:  # FRN_ERR_EMPTY: no signature
            return []
    return keys


def compare_records(a: bytes, b: bytes) -> int:
    """The canonical order of records (date, id, content): negative, 0 or
    positive, as the index walks them."""
    first, second = _Record(a), _Record(b)
    return _core.coverage_record_compare(first.pointer, second.pointer)


def _free_index(pointer, context):
    """Free the C index. The context is an argument only so that the
    finalizer keeps it alive until the index that reports on it is gone."""
    _core.coverage_free(pointer)


def _options(duplicate_threshold, story_threshold, story_window):
    if duplicate_threshold is None and story_threshold is None and story_window is None:
        return None
    options = _core.coverage_options_new()
    try:
        if duplicate_threshold is not None:
            _core.coverage_options_set_duplicate_threshold(options, duplicate_threshold)
        if story_threshold is not None:
            _core.coverage_options_set_story_threshold(options, story_threshold)
        if story_window is not None:
            _core.coverage_options_set_story_window(options, story_window)
    except Exception:
        _core.coverage_options_free(options)
        raise
    return options


class Coverage(Closeable):
    """An index over many articles that groups overlapping coverage.

    ``add()`` parsed articles (or ``add_record()`` their records),
    ``build()``, then iterate ``stories``, ``duplicate_clusters``,
    ``duplicates`` and ``quotes`` (lists copied by the build, of frozen
    dataclasses that pickle), or take them as pandas DataFrames with
    :meth:`quotes_frame` and :meth:`stories_frame`. ``len()`` is the number
    of articles added, iteration gives their ids. The thresholds default to
    the library's.
    Use it as a context manager, or call :meth:`close`, to free the C index;
    the results already built stay readable. Calls from several threads are
    serialised. :meth:`open` gives one kept in an SQLite store.
    """

    def __init__(self, *, duplicate_threshold: Optional[float] = None,
                 story_threshold: Optional[float] = None, story_window: Optional[float] = None):
        self._context = _context.new_owned()
        options = _options(duplicate_threshold, story_threshold, story_window)
        try:
            self._pointer = _core.coverage_new(self._context.pointer, options)
        finally:
            if options is not None:
                _core.coverage_options_free(options)
        self._release = weakref.finalize(self, _free_index, self._pointer, self._context)
        self._lock = threading.Lock()
        self._ids = []
        self._id_set = set()
        self._offsets = []
        self._results = None  # (stories, duplicates, clusters, quotes) of the last build

    @classmethod
    def open(cls, path: Union[str, "os.PathLike[str]"], *, read_only: bool = False,
             **thresholds: Optional[float]) -> "Coverage":
        """A Coverage kept in the SQLite store at ``path`` (created if need
        be): every stored article is loaded; :meth:`add` also stores, in a
        batch that :meth:`commit` (or leaving the ``with`` block without an
        exception) writes as one transaction; :meth:`build` also writes the
        results to the store's tables (docs/store.md)."""
        from .store import StoredCoverage
        return StoredCoverage(path, read_only=read_only, **thresholds)

    def _open_pointer(self):
        if not self._release.alive:
            raise StateError("the coverage index is closed")
        return self._pointer

    def add(self, id: str, article: Article) -> int:
        """Add a parsed Article under the caller's ``id``, a str naming it
        in the results, so one not used before in this index (a repeated id
        raises InvalidArgumentError). Returns the article's index. Results
        are stale until the next :meth:`build`."""
        record = _record_pointer(id, article)
        try:
            return self._add_computed(record, id, article)
        finally:
            _core.coverage_record_free(record)

    def add_all(self, items: Items, jobs: int = 1) -> List[int]:
        """Add (id, Article) pairs (or a dict from id to Article) in their
        order, as :meth:`add` one by one would, their records computed on
        ``jobs`` threads; the index is the same whatever ``jobs``. Returns
        the articles' indexes. When one fails, those before it stay added
        and the error is raised."""
        indexes = []
        for record, id, article in _records_in_threads(items, jobs):
            try:
                indexes.append(self._add_computed(record, id, article))
            finally:
                _core.coverage_record_free(record)
        return indexes

    def _add_computed(self, record, id, article):
        """Add the C record computed of an Article."""
        return self._add_pointer(record, id, article._offsets)

    def add_record(self, record: bytes) -> int:
        """Add an article through its record (from :func:`coverage_record`
        or a store). Returns its index."""
        decoded = _Record(record)
        index = self._add_pointer(decoded.pointer, _core.coverage_record_get_id(decoded.pointer), None)
        del decoded  # only now may the C record go
        return index

    def _add_pointer(self, record, id, offsets):
        with self._lock:
            pointer = self._open_pointer()
            if id in self._id_set:
                raise InvalidArgumentError(f"id {id!r} is already in the index")
            index = _core.coverage_add_record(self._context.pointer, pointer, record)
            self._ids.append(id)
            self._id_set.add(id)
            self._offsets.append(offsets)
            self._results = None
            return index

    def build(self) -> None:
        """Group what was added (releases the GIL while it works)."""
        with self._lock:
            pointer = self._open_pointer()
            _core.coverage_build(self._context.pointer, pointer)
            self._results = (self._read_stories(pointer), self._read_duplicates(pointer),
                             self._read_clusters(pointer), self._read_quotes(pointer))

    def query(self, article_or_record: Union[Article, bytes], id: str = "query") -> QueryResult:
        """Look an Article (or a record) up in the built index without
        adding it: its near-duplicates and its story."""
        if isinstance(article_or_record, Article):
            record = _record_pointer(id, article_or_record)
            owned = True
        else:
            decoded = _Record(article_or_record)
            record, owned = decoded.pointer, False
        try:
            with self._lock:
                pointer = self._open_pointer()
                query = _core.coverage_query_new(self._context.pointer, pointer, record)
                try:
                    duplicates = []
                    for k in range(_core.coverage_query_get_duplicate_count(query)):
                        article, similarity = _core.coverage_query_get_duplicate(query, k)
                        duplicates.append((article, self._ids[article], similarity))
                    return QueryResult(tuple(duplicates), _core.coverage_query_get_story(query),
                                       _core.coverage_query_get_story_similarity(query))
                finally:
                    _core.coverage_query_free(query)
        finally:
            if owned:
                _core.coverage_record_free(record)

    def _read_stories(self, pointer):
        stories = []
        for story in range(_core.coverage_get_story_count(pointer)):
            articles = tuple(_core.coverage_get_story_article(pointer, story, k)
                             for k in range(_core.coverage_get_story_size(pointer, story)))
            stories.append(Story(articles, tuple(self._ids[i] for i in articles)))
        return stories

    def _read_duplicates(self, pointer):
        duplicates = []
        for pair in range(_core.coverage_get_duplicate_count(pointer)):
            a, b, similarity = _core.coverage_get_duplicate(pointer, pair)
            duplicates.append(Duplicate(a, b, self._ids[a], self._ids[b], similarity))
        return duplicates

    def _read_clusters(self, pointer):
        clusters = []
        for cluster in range(_core.coverage_get_cluster_count(pointer)):
            rep = _core.coverage_get_cluster_representative(pointer, cluster)
            articles = tuple(_core.coverage_get_cluster_article(pointer, cluster, k)
                             for k in range(_core.coverage_get_cluster_size(pointer, cluster)))
            clusters.append(DuplicateCluster(rep, self._ids[rep], articles,
                                             tuple(self._ids[i] for i in articles)))
        return clusters

    def _read_quotes(self, pointer):
        quotes = []
        for quote in range(_core.coverage_get_quote_count(pointer)):
            sources = tuple(self._read_source(pointer, quote, k)
                            for k in range(_core.coverage_get_quote_source_count(pointer, quote)))
            first = _core.coverage_get_quote_first_source(pointer, quote)
            quotes.append(CoverageQuote(_core.coverage_get_quote_text(pointer, quote),
                                        _core.coverage_get_quote_speaker(pointer, quote),
                                        sources, None if first is None else sources[first]))
        return quotes

    def _read_source(self, pointer, quote, k):
        article, (start, end), text = _core.coverage_get_quote_source(pointer, quote, k)
        offsets = self._offsets[article]
        char_start, char_end = offsets.char_span(start, end) if offsets else (None, None)
        variant = _core.quote_variant_name(_core.coverage_get_quote_source_variant(pointer, quote, k))
        return QuoteSource(article, self._ids[article], text, start, end, char_start, char_end,
                           _core.coverage_get_quote_source_speaker(pointer, quote, k),
                           _core.coverage_get_article_published(pointer, article), variant,
                           _core.coverage_get_quote_source_diff(pointer, quote, k))

    def _built(self, part):
        with self._lock:
            if self._results is None:
                raise StateError("call build() after adding articles")
            return list(self._results[part])

    @property
    def stories(self) -> List[Story]:
        """Stories of the last build: every article is in exactly one."""
        return self._built(0)

    @property
    def duplicates(self) -> List[Duplicate]:
        """Near-duplicate pairs of the last build: each cluster member
        against its representative."""
        return self._built(1)

    @property
    def duplicate_clusters(self) -> List[DuplicateCluster]:
        """Groups of copies of one text, from the last build."""
        return self._built(2)

    @property
    def quotes(self) -> List[CoverageQuote]:
        """Distinct quotations across the collection, from the last build."""
        return self._built(3)

    quotations = quotes

    def stat(self, name: str) -> int:
        """A work counter of the last build, by the end of its C name:
        ``stat("DUPLICATE_COMPARISONS")``."""
        return _core.coverage_get_stat(self._open_pointer(), getattr(_core, "FRN_COVERAGE_STAT_" + name))

    @property
    def ids(self) -> List[str]:
        """The ids of the articles, in order of addition."""
        with self._lock:
            return list(self._ids)

    def __len__(self) -> int:
        with self._lock:
            return len(self._ids)

    def __iter__(self) -> Iterator[str]:
        """The ids of the articles, in order of addition."""
        return iter(self.ids)

    def quotes_frame(self) -> "pandas.DataFrame":
        """The merged quotations of the last build as a pandas DataFrame,
        one row per printing (quotation source); see :mod:`frnews.frames`."""
        from .frames import coverage_quotes_frame
        return coverage_quotes_frame(self)

    def stories_frame(self) -> "pandas.DataFrame":
        """The stories of the last build as a pandas DataFrame, one row per
        article: its story, id, and duplicate cluster."""
        from .frames import coverage_stories_frame
        return coverage_stories_frame(self)

    def __repr__(self):
        return f"<frnews.Coverage: {len(self)} articles>"
