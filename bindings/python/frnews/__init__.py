"""frnews: news articles into structured facts.

Parse an article from the plain text of a web page, read its quotations with
their speakers, and group overlapping coverage of many articles::

    import frnews
    article = frnews.parse(text)
    print(article.title)
    for quote in article.quotes:
        print(f"{quote.speaker}: {quote.text}")

Text goes in as str (or bytes holding UTF-8) and comes out as str. Every
position is given twice: as a byte offset into the UTF-8 source, as the C
library reports it (``start``, ``end``), and as a str index
(``char_start``, ``char_end``) so that ``article.source[char_start:char_end]``
is the text it covers.

Every result is a frozen dataclass: it pickles (so multiprocessing and Dask
can carry it), ``to_dict()`` gives plain data, and pandas tables come from
:func:`quotes_frame`, :func:`articles_frame`, :meth:`Coverage.quotes_frame`
and :meth:`Coverage.stories_frame` (pandas is imported only then).

Failures raise :class:`frnews.Error` subclasses carrying the library's status
and, when there is one, the position (a str index for str input, with
``byte_position`` the byte offset).

Threads: each thread gets its own libfrnews context, so parse() and quotes()
may run in many threads at once, and release the GIL while they work;
parse_many(texts, jobs=N) does that for you, in order.
Articles are immutable and may be shared between threads. A Coverage
serialises the calls made on it.

This package wraps the C library libfrnews through the private module
frnews._core; use the names exported here.
"""

from . import _core
from .article import Article, Paragraph, parse, parse_many, quotes
from .coverage import (Coverage, CoverageQuote, Duplicate, DuplicateCluster, QueryResult,
                       QuoteSource, Story, compare_records, coverage_record, coverage_records,
                       record_band_keys, record_id, record_similarity)
from .errors import (DiskFullError, EmptyInputError, Error, FormatError, HtmlError, IcuError,
                     InvalidArgumentError, IoError, NoMemoryError, RangeError, ReadOnlyError,
                     StateError, TooLargeError, UnsupportedError, Utf8Error, VersionError)
from .frames import articles_frame, quotes_frame
from .quote import Quote, Span

__version__ = _core.version_string()

__all__ = [
    "parse", "parse_many", "quotes", "quotes_frame", "articles_frame", "Article", "Paragraph", "Quote", "Span",
    "Coverage", "Story", "Duplicate", "DuplicateCluster", "CoverageQuote", "QuoteSource",
    "QueryResult", "coverage_record", "coverage_records", "record_id", "record_similarity", "record_band_keys",
    "compare_records",
    "Error", "NoMemoryError", "InvalidArgumentError", "Utf8Error", "EmptyInputError",
    "IcuError", "UnsupportedError", "HtmlError", "RangeError", "StateError",
    "TooLargeError", "FormatError", "VersionError", "IoError", "DiskFullError", "ReadOnlyError",
    "__version__",
]
