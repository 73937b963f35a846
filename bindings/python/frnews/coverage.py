"""Overlapping coverage: stories, near-duplicates and shared quotations."""

import threading
import weakref
from dataclasses import dataclass
from typing import List, Optional, Tuple

from . import _context, _core
from ._closeable import Closeable
from .article import Article
from ._strings import c_string
from .errors import InvalidArgumentError, StateError

__all__ = ["Coverage", "Story", "Duplicate", "CoverageQuote", "QuoteSource"]


@dataclass(frozen=True)
class Story:
    """Articles about the same event: indexes in order of addition, and
    the ids they were added with."""

    articles: Tuple[int, ...]
    ids: Tuple[str, ...]

    def __len__(self):
        return len(self.articles)


@dataclass(frozen=True)
class Duplicate:
    """Two near-duplicate articles (indexes a < b) and their similarity in [0, 1]."""

    a: int
    b: int
    a_id: str
    b_id: str
    similarity: float


@dataclass(frozen=True)
class QuoteSource:
    """One printing of a shared quotation: the article, the text as that
    article printed it, and its span in that article's source (bytes and
    characters)."""

    article: int
    id: str
    text: Optional[str]
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class CoverageQuote:
    """A quotation merged across the collection, with each printing of it."""

    text: str
    speaker: Optional[str]
    sources: Tuple[QuoteSource, ...]

    def __len__(self):
        return len(self.sources)


def _free_index(pointer, context):
    """Free the C index. The context is an argument only so that the
    finalizer keeps it alive until the index that reports on it is gone."""
    _core.coverage_free(pointer)


class Coverage(Closeable):
    """An index over many articles that groups overlapping coverage.

    ``add()`` the parsed articles, ``build()``, then read ``stories``,
    ``duplicates`` and ``quotes`` (copies made by the build). ``len()`` is the
    number of articles added. Use it as a context manager, or call
    :meth:`close`, to free the C index; the results already built stay
    readable. Calls from several threads are serialised.
    """

    def __init__(self):
        self._context = _context.new_owned()
        self._pointer = _core.coverage_new(self._context.pointer, None)
        self._release = weakref.finalize(self, _free_index, self._pointer, self._context)
        self._lock = threading.Lock()
        self._ids = []
        self._id_set = set()
        self._offsets = []
        self._results = None  # (stories, duplicates, quotes) of the last build

    def _open_pointer(self):
        if not self._release.alive:
            raise StateError("the coverage index is closed")
        return self._pointer

    def add(self, id, article):
        """Add a parsed Article under the caller's ``id``, a str naming it
        in the results, so one not used before in this index (a repeated id
        raises InvalidArgumentError). Returns the article's index. Results
        are stale until the next :meth:`build`."""
        if not isinstance(article, Article):
            raise TypeError(f"article must be a frnews.Article, not {type(article).__name__}")
        if not isinstance(id, str):
            raise TypeError(f"id must be a str, not {type(id).__name__}")
        c_string(id, "id")
        with self._lock:
            pointer = self._open_pointer()
            if id in self._id_set:
                raise InvalidArgumentError(f"id {id!r} is already in the index")
            index = article._use_c_objects(
                lambda c_article, c_quotes: _core.coverage_add(
                    self._context.pointer, pointer, id, c_article, c_quotes))
            self._ids.append(id)
            self._id_set.add(id)
            self._offsets.append(article._offsets)
            self._results = None
            return index

    def build(self):
        """Group what was added (releases the GIL while it works)."""
        with self._lock:
            pointer = self._open_pointer()
            _core.coverage_build(self._context.pointer, pointer)
            self._results = (self._read_stories(pointer), self._read_duplicates(pointer),
                             self._read_quotes(pointer))

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

    def _read_quotes(self, pointer):
        quotes = []
        for quote in range(_core.coverage_get_quote_count(pointer)):
            sources = tuple(self._read_source(pointer, quote, k)
                            for k in range(_core.coverage_get_quote_source_count(pointer, quote)))
            quotes.append(CoverageQuote(_core.coverage_get_quote_text(pointer, quote),
                                        _core.coverage_get_quote_speaker(pointer, quote),
                                        sources))
        return quotes

    def _read_source(self, pointer, quote, k):
        article, (start, end), text = _core.coverage_get_quote_source(pointer, quote, k)
        char_start, char_end = self._offsets[article].char_span(start, end)
        return QuoteSource(article, self._ids[article], text, start, end, char_start, char_end)

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
        """Near-duplicate pairs of the last build."""
        return self._built(1)

    @property
    def quotes(self) -> List[CoverageQuote]:
        """Distinct quotations across the collection, from the last build."""
        return self._built(2)

    @property
    def ids(self) -> List[str]:
        """The ids of the articles, in order of addition."""
        with self._lock:
            return list(self._ids)

    def __len__(self):
        with self._lock:
            return len(self._ids)

    def __repr__(self):
        return f"<frnews.Coverage: {len(self)} articles>"
