"""A Coverage kept in an SQLite store (frnews.Coverage.open)."""

import weakref

from typing import Optional

from . import _core
from .article import Article
from .coverage import Coverage, _Record, _record_pointer

__all__ = ["StoredCoverage"]


def _close_store(pointer):
    _core.store_close(pointer)


class StoredCoverage(Coverage):
    """See :meth:`frnews.Coverage.open`."""

    def __init__(self, path, *, read_only=False, **thresholds):
        super().__init__(**thresholds)
        self.path = str(path)
        self.read_only = read_only
        self._store = _core.store_open(self._context.pointer, self.path,
                                       _core.FRN_STORE_READ_ONLY if read_only else 0)
        self._close_store = weakref.finalize(self, _close_store, self._store)
        self._in_batch = False
        loaded = _core.store_load(self._context.pointer, self._store, self._pointer)
        for k in range(loaded):
            self._ids.append(_core.coverage_get_article_id(self._pointer, k))
            self._offsets.append(None)
        self.files = [_core.store_get_loaded_file(self._store, k) for k in range(loaded)]

    def add(self, id: str, article: Article, file: Optional[str] = None) -> int:
        """Add an Article to the index and to the open batch (started on
        the first add after a commit). Returns its index."""
        record = _record_pointer(id, article)
        try:
            return self._add_computed(record, id, article, file)
        finally:
            _core.coverage_record_free(record)

    def _add_computed(self, record, id, article, file=None):
        with self._lock:
            self._begin()
            _core.store_put(self._context.pointer, self._store, record, file)
        return self._add_pointer(record, id, article._offsets)

    def add_record(self, record: bytes, file: Optional[str] = None) -> int:
        decoded = _Record(record)
        with self._lock:
            self._begin()
            _core.store_put(self._context.pointer, self._store, decoded.pointer, file)
        index = self._add_pointer(decoded.pointer, _core.coverage_record_get_id(decoded.pointer), None)
        del decoded  # only now may the C record go
        return index

    def _begin(self):
        if not self._in_batch:
            _core.store_begin(self._context.pointer, self._store)
            self._in_batch = True

    def commit(self) -> None:
        """Write the open batch as one transaction."""
        with self._lock:
            if self._in_batch:
                self._in_batch = False
                _core.store_commit(self._context.pointer, self._store)

    def rollback(self) -> None:
        """Drop the open batch: the store keeps what was committed (the
        in-memory index keeps the articles added)."""
        with self._lock:
            if self._in_batch:
                self._in_batch = False
                _core.store_rollback(self._context.pointer, self._store)

    def evict_before(self, date: str) -> int:
        """Remove, in a batch of its own, the stored articles published
        before ``date`` (YYYY-MM-DD); they leave the index at the next open."""
        self.commit()
        with self._lock:
            _core.store_begin(self._context.pointer, self._store)
            try:
                removed = _core.store_evict_before(self._context.pointer, self._store, date)
            except Exception:
                _core.store_rollback(self._context.pointer, self._store)
                raise
            _core.store_commit(self._context.pointer, self._store)
            return removed

    def build(self) -> None:
        """Commit the open batch, group everything, and (unless read-only)
        write the results to the store."""
        self.commit()
        super().build()
        if not self.read_only:
            with self._lock:
                _core.store_save_results(self._context.pointer, self._store, self._pointer)

    def close(self) -> None:
        """Commit the open batch and close the store and the index."""
        try:
            self.commit()
        finally:
            self._close_store()
            super().close()

    def __exit__(self, exc_type, *exc_info):
        if exc_type is not None:
            self.rollback()
        self.close()

    def __repr__(self):
        return f"<frnews.Coverage {self.path!r}: {len(self)} articles>"
