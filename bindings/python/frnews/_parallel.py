"""An ordered map over threads, for calls that release the GIL.

Results come back in the order of the inputs whatever thread finished
first, so a parallel run gives what a serial one does. At most a few
items per thread are in flight: an iterable of any length runs in bounded
memory.
"""

import collections
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Iterable, Iterator, Optional, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

_IN_FLIGHT_PER_JOB = 4


def check_jobs(jobs: int) -> int:
    """jobs as a count of threads (1 or more)."""
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be 1 or more, not {jobs}")
    return jobs


def ordered_map(work: Callable[[Item], Result], items: Iterable[Item], jobs: int,
                discard: Optional[Callable[[Result], None]] = None) -> Iterator[Result]:
    """work(item) for each item, in the order of items, on `jobs` threads.

    The first failure (in input order) is raised where its result would
    have come. Results computed but never yielded (after a failure, or
    when the caller stops early) are passed to discard, so that a result
    owning a C object is freed."""
    if check_jobs(jobs) == 1:
        for item in items:
            yield work(item)
        return
    pending = collections.deque()
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        try:
            for item in items:
                pending.append(pool.submit(work, item))
                if len(pending) >= jobs * _IN_FLIGHT_PER_JOB:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                if not future.cancel() and future.exception() is None and discard is not None:
                    discard(future.result())
