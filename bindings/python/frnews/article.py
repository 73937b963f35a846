"""Parsing an article: parse(), quotes(), and the Article and Paragraph values."""

import dataclasses
import re
import sys
import threading
import weakref
from dataclasses import dataclass
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from . import _context, _core, _parallel
from ._offsets import OffsetMap
from .errors import Error, InvalidArgumentError, StateError, Utf8Error
from ._strings import c_string
from .quote import Quote, quotes_from_c
from ._values import Value

__all__ = ["Article", "Paragraph", "parse", "quotes"]

_FORMATS = {
    "auto": _core.FRN_FORMAT_AUTO,
    "text": _core.FRN_FORMAT_TEXT,
    "html": _core.FRN_FORMAT_HTML,
}


@dataclass(frozen=True)
class Paragraph(Value):
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


class _CArticle:
    """The C article behind an Article parsed in this process, with its
    quotation list once extracted; freed by close() or when collected."""

    def __init__(self, owner, pointer):
        self.pointers = [pointer, None]
        self.release = weakref.finalize(owner, _free_c_objects, self.pointers)


_DETACHED = ("this Article was unpickled or copied, so it holds no C article: "
             "make its coverage_record() before sending it, or parse it again here")


@dataclass(frozen=True, repr=False)
class Article(Value):
    """A parsed article. Build one with :func:`parse`.

    A frozen dataclass: every field is copied out of C when the article is
    parsed; ``quotes`` are extracted the first time they are read. The C
    article itself is kept, for the quotations and :meth:`Coverage.add`,
    and is freed by :meth:`close` (or leaving a ``with`` block) or when the
    Article is garbage. An Article may be shared between threads.

    Articles pickle (and copy) with their quotations, so they travel to
    other processes (``multiprocessing``, Dask); the copy holds no C
    article, so it cannot be added to a :class:`Coverage`: send its
    :func:`coverage_record` instead. ``to_dict()`` gives plain data,
    ``len()`` the number of paragraphs, iteration the paragraphs.
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
    utf8_repairs: int = 0

    __hash__ = None  # type: ignore[assignment]  # it holds lists: a value, not a key

    def __post_init__(self):
        object.__setattr__(self, "_lock", threading.Lock())
        object.__setattr__(self, "_quotes", None)
        object.__setattr__(self, "_c", None)
        object.__setattr__(self, "_offset_map", None)

    @classmethod
    def _from_c(cls, pointer, surrogates_replaced=0) -> "Article":
        """Take ownership of a C article (internal: use :func:`parse`)."""
        try:
            source = _core.article_get_source(pointer)
            offsets = OffsetMap(source)
            article = cls(
                title=_core.article_get_title(pointer),
                authors=[_core.article_get_author(pointer, i)
                         for i in range(_core.article_get_author_count(pointer))],
                published=_core.article_get_published(pointer),
                modified=_core.article_get_modified(pointer),
                site=_core.article_get_site(pointer),
                language=_core.article_get_language(pointer),
                canonical_url=_core.article_get_canonical_url(pointer),
                description=_core.article_get_description(pointer),
                image=_core.article_get_image(pointer),
                section=_core.article_get_section(pointer),
                tags=[_core.article_get_tag(pointer, i)
                      for i in range(_core.article_get_tag_count(pointer))],
                empty_reason=_core.article_get_empty_reason(pointer),
                text=_core.article_get_text(pointer),
                source=source,
                format=_core.format_name(_core.article_get_format(pointer)),
                paragraphs=[_paragraph(source, offsets, _core.article_get_paragraph(pointer, i),
                                       _core.article_get_paragraph_html_offset(pointer, i))
                            for i in range(_core.article_get_paragraph_count(pointer))],
                utf8_repairs=_core.article_get_repair_count(pointer) + surrogates_replaced)
        except BaseException:
            _core.article_free(pointer)
            raise
        object.__setattr__(article, "_offset_map", offsets)
        object.__setattr__(article, "_c", _CArticle(article, pointer))
        return article

    @property
    def _offsets(self) -> OffsetMap:
        """Byte to str offsets of ``source``, built on first use."""
        if self._offset_map is None:
            object.__setattr__(self, "_offset_map", OffsetMap(self.source))
        return self._offset_map

    @property
    def quotes(self) -> List[Quote]:
        """The quotations, in order of position; extracted on first use."""
        with self._lock:
            self._extract_quotes()
            return list(self._quotes)

    def extract_quotes(self, *, join_split_quotes: bool = False,
                       skip_titles: bool = False) -> List[Quote]:
        """The quotations, extracted with other options than ``quotes``.

        join_split_quotes: a quotation that its attribution splits across
        sentences ('"A," she said. "B."') is one quotation with two
        fragments, as PolNeAR annotates it, instead of two.
        skip_titles: quoted titles of works ("Meet the Press") are no
        quotation. With neither, this is ``quotes``; with either, each call
        extracts anew (``quotes`` keeps the default extraction)."""
        if not join_split_quotes and not skip_titles:
            return self.quotes
        options = _quote_options(join_split_quotes, skip_titles)
        try:
            with self._lock:
                article, _ = self._c_pointers("read quotes before close()")
                quote_list = _core.quote_list_extract(_context.current(), article, options)
        finally:
            _core.quote_options_free(options)
        try:
            return quotes_from_c(quote_list, self._offsets)
        finally:
            _core.quote_list_free(quote_list)

    def _extract_quotes(self):
        """Fill the quotation cache; the caller holds the lock."""
        if self._quotes is not None:
            return
        article, quote_list = self._c_pointers("read quotes before close()")
        if quote_list is None:
            quote_list = self._c.pointers[1] = _core.quote_list_extract(
                _context.current(), article, None)
        object.__setattr__(self, "_quotes", tuple(quotes_from_c(quote_list, self._offsets)))

    def _c_pointers(self, hint):
        if self._c is None:
            raise StateError(_DETACHED)
        article, quote_list = self._c.pointers
        if article is None:
            raise StateError(f"the article is closed: {hint}")
        return article, quote_list

    def _use_c_objects(self, use):
        """Call use(c_article, c_quote_list) while the article stays open."""
        with self._lock:
            self._extract_quotes()
            return use(*self._c_pointers("add it to a coverage before close()"))

    def _char_span(self, start, end):
        return self._offsets.char_span(start, end)

    def close(self) -> None:
        """Free the C article now; every field, and the quotations if they
        were read, stay readable."""
        with self._lock:
            if self._c is not None:
                self._c.release()

    def __enter__(self) -> "Article":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def to_dict(self) -> Dict[str, Any]:
        """The fields and the quotations as plain data (quotations are
        extracted if they were not)."""
        values = super().to_dict()
        values["quotes"] = [quote.to_dict() for quote in self.quotes]
        return values

    def __reduce__(self):
        fields = {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}
        return _restore_article, (fields, tuple(self.quotes))

    def __len__(self) -> int:
        return len(self.paragraphs)

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self.paragraphs)

    def __repr__(self):
        with self._lock:
            quotes = "" if self._quotes is None else f", {len(self._quotes)} quotes"
        return (f"<frnews.Article {self.title!r}: {len(self.paragraphs)} paragraphs{quotes}"
                f"{'' if self._c is not None else ', detached'}>")


def _restore_article(fields, quotes):
    """An unpickled Article: its fields and quotations, no C article."""
    article = Article(**fields)
    object.__setattr__(article, "_quotes", tuple(quotes))
    return article


def _paragraph(source, offsets, byte_span, html_offset):
    start, end = byte_span
    char_start, char_end = offsets.char_span(start, end)
    return Paragraph(source[char_start:char_end], start, end, char_start, char_end, html_offset)


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
                        position=error.start, byte_position=position) from None
    return text, 0


def _positive(value, name):
    """A positive int for C (a size or a count); above size_t, no bound."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if value < 1:
        raise InvalidArgumentError(f"{name} must be at least 1, not {value}")
    return min(value, _SIZE_MAX)


def _article_options(format, url, max_input=None, repair_utf8=False,
                     reference_date=None, detect_charset=False, max_html_depth=None):
    """New C article options (the caller frees them)."""
    if not isinstance(format, str) or format not in _FORMATS:
        raise InvalidArgumentError(
            f"format must be one of {', '.join(_FORMATS)}, not {format!r}")
    if url is not None:
        url = c_string(url, "url")
    max_input = _positive(max_input, "max_input")
    max_html_depth = _positive(max_html_depth, "max_html_depth")
    options = _core.article_options_new()
    try:
        _core.article_options_set_format(options, _FORMATS[format])
        if url is not None:
            _core.article_options_set_url(options, url)
        if max_input is not None:
            _core.article_options_set_max_input(options, max_input)
        if max_html_depth is not None:
            _core.article_options_set_max_html_depth(options, max_html_depth)
        _core.article_options_set_repair_utf8(options, 1 if repair_utf8 else 0)
        if reference_date is not None:
            _core.article_options_set_reference_date(
                options, c_string(reference_date, "reference_date"))
        _core.article_options_set_detect_charset(options, 1 if detect_charset else 0)
    except BaseException:
        _core.article_options_free(options)
        raise
    return options


def _quote_options(join_split_quotes, skip_titles):
    """New C quotation options (the caller frees them)."""
    options = _core.quote_options_new()
    try:
        _core.quote_options_set_join_sentences(options, 1 if join_split_quotes else 0)
        _core.quote_options_set_skip_titles(options, 1 if skip_titles else 0)
    except BaseException:
        _core.quote_options_free(options)
        raise
    return options


Text = Union[str, bytes, bytearray, memoryview]
"""What parse() reads: a str, or bytes (UTF-8 text, or HTML in any charset)."""


def parse(text: Text, *, format: str = "auto", url: Optional[str] = None,
          max_input: Optional[int] = None, repair_utf8: bool = False,
          reference_date: Optional[str] = None, detect_charset: bool = False,
          max_html_depth: Optional[int] = None) -> Article:
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
        max_html_depth: the deepest nesting of elements an HTML page may
            have (1000 by default); a deeper one raises TooLargeError.

    Raises:
        Utf8Error: bytes that are not UTF-8, or a NUL (``position`` says
            where: a str index for str input, else a byte offset, and
            ``byte_position`` the byte offset; the message names UTF-16 or
            UTF-32 when it is that).
        TooLargeError: more than ``max_input`` bytes, or HTML nested
            deeper than ``max_html_depth``.
        EmptyInputError: no text, or neither headline nor body.
        UnsupportedError: a format this release cannot read yet.
        InvalidArgumentError: an unknown format, a malformed url, max_input
            or reference_date.
        TypeError: text that is not str or bytes.
    """
    data, surrogates_replaced = _utf8_input(text, repair_utf8)
    options = _article_options(format, url, max_input, repair_utf8,
                               reference_date, detect_charset, max_html_depth)
    try:
        pointer = _core.article_parse(_context.current(), data, options)
    except Error as error:
        if isinstance(data, str):
            error._locate_in(data)
        raise
    finally:
        _core.article_options_free(options)
    return Article._from_c(pointer, surrogates_replaced)


def parse_many(texts: Iterable[Text], *, jobs: int = 1, **options: Any) -> Iterator[Article]:
    """Parse many articles, on ``jobs`` threads (each with its own context;
    the parse runs without the GIL), yielding them in the order of
    ``texts`` whatever thread finished first: the articles are those of
    ``parse(text, **options)`` one by one. ``options`` are parse()'s
    keyword arguments. Texts are read as they are needed and at most a few
    articles per thread wait to be taken, so an iterable of any length runs
    in bounded memory.

    Raises:
        what parse() raises, for the first text (in order) that fails, where
        its article would have come; the articles parsed past it are closed.
        TypeError, ValueError: ``jobs`` that is not an int of 1 or more.
    """
    _parallel.check_jobs(jobs)
    return _parallel.ordered_map(lambda text: parse(text, **options), texts, jobs,
                                 discard=Article.close)


def quotes(text: Text, *, format: str = "auto", url: Optional[str] = None,
           max_input: Optional[int] = None, repair_utf8: bool = False,
           reference_date: Optional[str] = None, detect_charset: bool = False,
           join_split_quotes: bool = False, skip_titles: bool = False) -> List[Quote]:
    """The quotations of an article: ``parse(text, ...).extract_quotes(...)``
    (see Article.extract_quotes for join_split_quotes and skip_titles)."""
    with parse(text, format=format, url=url, max_input=max_input,
               repair_utf8=repair_utf8, reference_date=reference_date,
               detect_charset=detect_charset) as article:
        return article.extract_quotes(join_split_quotes=join_split_quotes,
                                      skip_titles=skip_titles)
