"""Deterministic release of a C object held by a Pythonic wrapper."""


class Closeable:
    """Mixin for wrappers holding a C object: ``close()`` and ``with``.

    The class sets ``self._lock`` (a lock) and ``self._release`` (a
    ``weakref.finalize`` freeing the C object, so garbage collection frees it
    too); ``close()`` runs the finalizer at once, and only once.
    """

    def close(self) -> None:
        """Free the C object now; what was already copied stays readable."""
        with self._lock:
            self._release()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def __reduce__(self):
        # The C object cannot travel: say so rather than fail on its parts.
        raise TypeError(f"frnews.{type(self).__name__} holds a C object and cannot be "
                        "pickled or copied; keep what you read from it instead")
