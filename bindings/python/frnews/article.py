"""Parsing an article: parse(), quotes(), and the Article and Paragraph values."""

import re
import sys
import threading
import weakref
from dataclasses import dataclass
from typing import List, Optional

from . import _context, _core
from ._closeable import Closeable
from ._offsets import OffsetMap
from .errors import InvalidArgumentError, StateError, Utf8Error
from ._strings import c_string
from .quote import Quote, quotes_from_c

__all__ = ["Article", "Paragraph", "parse", "quotes"]

_FORMATS = {
    "auto": _core.FRN_FORMAT_AUTO,
    "text": _core.FRN_FORMAT_TEXT,
    "html": _core.FRN_FORMAT_HTML,
}


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: its text and where it lies in ``Article.source``,
    as UTF-8 byte offsets (``start``, ``end``) and as str indexes
    (``char_start``, ``char_end``)."""

    text: str
    start: int
    end: int
    char_start: int
    char_end: int
    html_offset: Optional[int] = None
    """For HTML input, the byte offset in the page of the element the
    paragraph was read from (the page converted to UTF-8 when it was in
    another charset); None for text input."""


def _free_c_objects(pointers):
    """Release the C quotation list and article, once."""
    article, quote_list = pointers
    pointers[:] = [None, None]
    _core.quote_list_free(quote_list)
    _core.article_free(article)


class Article(Closeable):
    """A parsed article. Build one with :func:`parse`.

    Everything but the quotations is copied out of C when the article is
    parsed. The C article itself is kept, to extract the quotations the
    first time ``quotes`` is read and for :meth:`Coverage.add`, and is freed
    by :meth:`close` (or leaving a ``with`` block) or when the Article is
    garbage. An Article may be shared between threads.
    """

    title: Optional[str]
    authors: List[str]
    published: Optional[str]
    modified: Optional[str]
    site: Optional[str]
    language: Optional[str]
    canonical_url: Optional[str]
    description: Optional[str]
    image: Optional[str]
    section: Optional[str]
    tags: List[str]
    empty_reason: Optional[str]
    text: str
    source: str
    format: str
    paragraphs: List[Paragraph]
    utf8_repairs: int

    def __init__(self, pointer, surrogates_replaced=0):
        """Take ownership of a C article (internal: use :func:`parse`)."""
        self._pointers = [pointer, None]
        self._release = weakref.finalize(self, _free_c_objects, self._pointers)
        self._lock = threading.Lock()
        self._quotes = None
        self.source = _core.article_get_source(pointer)
        self._offsets = OffsetMap(self.source)
        self.format = _core.format_name(_core.article_get_format(pointer))
        self.title = _core.article_get_title(pointer)
        self.authors = [_core.article_get_author(pointer, i)
                        for i in range(_core.article_get_author_count(pointer))]
        self.published = _core.article_get_published(pointer)
        self.modified = _core.article_get_modified(pointer)
        self.site = _core.article_get_site(pointer)
        self.language = _core.article_get_language(pointer)
        self.canonical_url = _core.article_get_canonical_url(pointer)
        self.description = _core.article_get_description(pointer)
        self.image = _core.article_get_image(pointer)
        self.section = _core.article_get_section(pointer)
        self.tags = [_core.article_get_tag(pointer, i)
                     for i in range(_core.article_get_tag_count(pointer))]
        self.empty_reason = _core.article_get_empty_reason(pointer)
        self.text = _core.article_get_text(pointer)
        self.paragraphs = [self._paragraph(_core.article_get_paragraph(pointer, i),
                                           _core.article_get_paragraph_html_offset(pointer, i))
                           for i in range(_core.article_get_paragraph_count(pointer))]
        self.utf8_repairs = _core.article_get_repair_count(pointer) + surrogates_replaced

    def _paragraph(self, byte_span, html_offset):
        start, end = byte_span
        char_start, char_end = self._offsets.char_span(start, end)
        return Paragraph(self.source[char_start:char_end], start, end, char_start, char_end,
                         html_offset)

    @property
    def quotes(self) -> List[Quote]:
        """The quotations, in order of position; extracted on first use."""
        with self._lock:
            self._extract_quotes()
            return list(self._quotes)

    def _extract_quotes(self):
        """Fill the quotation cache; the caller holds the lock."""
        if self._quotes is not None:
            return
        article, quote_list = self._pointers
        if article is None:
            raise StateError("the article is closed: read quotes before close()")
        if quote_list is None:
            quote_list = self._pointers[1] = _core.quote_list_extract(_context.current(), article, None)
        self._quotes = quotes_from_c(quote_list, self._offsets)

    def _use_c_objects(self, use):
        """Call use(c_article, c_quote_list) while the article stays open."""
        with self._lock:
            self._extract_quotes()
            article, quote_list = self._pointers
            if article is None:
                raise StateError("the article is closed")
            return use(article, quote_list)

    def _char_span(self, start, end):
        return self._offsets.char_span(start, end)

    def __repr__(self):
        return f"<frnews.Article {self.title!r}: {len(self.paragraphs)} paragraphs>"


# Every code point a str can hold but UTF-8 cannot: the surrogates, which in
# a str are always unpaired.
_SURROGATE = re.compile("[\ud800-\udfff]")

# The largest size_t (the platform's), standing for "no limit".
_SIZE_MAX = sys.maxsize * 2 + 1


def _utf8_input(text, repair):
    """(str or bytes for the C call, surrogates replaced). A str holding
    lone surrogates has no UTF-8 form: it is rejected like invalid bytes,
    at its byte position, or in repair mode each surrogate becomes U+FFFD."""
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text), 0
    if isinstance(text, bytes):
        return text, 0
    if not isinstance(text, str):
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        if repair:
            return _SURROGATE.subn("\ufffd", text)
        position = len(text[:error.start].encode("utf-8", "surrogatepass"))
        raise Utf8Error(f"lone surrogate at byte {position}: str has no UTF-8 form",
                        position=position) from None
    return text, 0


def _max_input(max_input):
    """The size bound for C: a positive int; above size_t, no bound."""
    if max_input is None:
        return None
    if isinstance(max_input, bool) or not isinstance(max_input, int):
        raise TypeError(f"max_input must be an int, not {type(max_input).__name__}")
    if max_input < 1:
        raise InvalidArgumentError(f"max_input must be at least 1 byte, not {max_input}")
    return min(max_input, _SIZE_MAX)


def _article_options(format, url, max_input=None, repair_utf8=False,
                     reference_date=None, detect_charset=False):
    """New C article options (the caller frees them)."""
    if not isinstance(format, str) or format not in _FORMATS:
        raise InvalidArgumentError(
            f"format must be one of {', '.join(_FORMATS)}, not {format!r}")
    if url is not None:
        url = c_string(url, "url")
    max_input = _max_input(max_input)
    options = _core.article_options_new()
    try:
        _core.article_options_set_format(options, _FORMATS[format])
        if url is not None:
            _core.article_options_set_url(options, url)
        if max_input is not None:
            _core.article_options_set_max_input(options, max_input)
        _core.article_options_set_repair_utf8(options, 1 if repair_utf8 else 0)
        if reference_date is not None:
            _core.article_options_set_reference_date(
                options, c_string(reference_date, "reference_date"))
        _core.article_options_set_detect_charset(options, 1 if detect_charset else 0)
    except BaseException:
        _core.article_options_free(options)
        raise
    return options


def parse(text, *, format="auto", url=None, max_input=None, repair_utf8=False,
          reference_date=None, detect_charset=False) -> Article:
    """Parse a news article.

    Args:
        text: the article as str, or as bytes (UTF-8 for text; HTML in any
            charset, which the page declares or the library detects).
        format: "auto" (HTML when it looks like markup), "text" (the plain
            text of a web page) or "html".
        url: the page's address; its host names the site when the page does not.
        max_input: the largest input accepted, in bytes of UTF-8 (64 MiB
            by default).
        repair_utf8: read bytes that are not UTF-8, NUL bytes and a str's
            lone surrogates as U+FFFD instead of raising Utf8Error; offsets
            then point into the repaired ``source``, and ``utf8_repairs``
            counts the replacements.
        reference_date: ISO 8601 date or date-time relative dates ("3 hours
            ago") count back from, usually when the page was fetched.
        detect_charset: convert bytes in another charset than UTF-8
            (detected) instead of raising Utf8Error (or, with repair_utf8,
            replacing them).

    Raises:
        Utf8Error: bytes that are not UTF-8, or a NUL (``position`` says
            where; the message names UTF-16 or UTF-32 when it is that).
        TooLargeError: more than ``max_input`` bytes.
        EmptyInputError: no text, or neither headline nor body.
        UnsupportedError: a format this release cannot read yet.
        InvalidArgumentError: an unknown format, a malformed url, max_input
            or reference_date.
        TypeError: text that is not str or bytes.
    """
    data, surrogates_replaced = _utf8_input(text, repair_utf8)
    options = _article_options(format, url, max_input, repair_utf8,
                               reference_date, detect_charset)
    try:
        pointer = _core.article_parse(_context.current(), data, options)
    finally:
        _core.article_options_free(options)
    return Article(pointer, surrogates_replaced)


def quotes(text, *, format="auto", url=None, max_input=None, repair_utf8=False,
           reference_date=None, detect_charset=False) -> List[Quote]:
    """The quotations of an article: ``parse(text, ...).quotes``."""
    with parse(text, format=format, url=url, max_input=max_input,
               repair_utf8=repair_utf8, reference_date=reference_date,
               detect_charset=detect_charset) as article:
        return article.quotes
