"""The calling thread's libfrnews context.

libfrnews wants one frn_ctx per thread; this module keeps one in a
threading.local, created on the thread's first call and freed when the thread
ends (its thread-local storage is dropped then).
"""

import threading
import weakref

from . import _core


class _Context:
    """Owns one C context; frees it when collected."""

    def __init__(self):
        self.pointer = _core.ctx_new()
        weakref.finalize(self, _core.ctx_free, self.pointer)


_local = threading.local()


def current():
    """The C context of the calling thread, created on first use."""
    context = getattr(_local, "context", None)
    if context is None:
        context = _local.context = _Context()
    return context.pointer


def new_owned():
    """A context for an object that outlives calls (a coverage index):
    it must not be the thread's, which other calls on this thread reuse."""
    return _Context()
