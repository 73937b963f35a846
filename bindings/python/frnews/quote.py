"""Quotations: the Quote and Span values and their copy out of C."""

from dataclasses import dataclass
from typing import Optional, Tuple

from . import _core
from ._values import Value, shorten

__all__ = ["Quote", "Span"]


@dataclass(frozen=True)
class Span(Value):
    """A half-open range of the article's source text, as byte offsets into
    its UTF-8 form (``start``, ``end``) and as str indexes (``char_start``,
    ``char_end``): ``article.source[char_start:char_end]``."""

    start: int
    end: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Quote(Value):
    """One quotation of an article.

    ``text`` is the quoted words without the quotation marks (the pieces of a
    quotation interrupted by its attribution joined by a space); ``type`` is
    ``"direct"``, ``"mixed"`` or ``"indirect"``; ``speaker`` the fullest
    name the article gives, ``mention`` the words the attribution uses for
    the speaker ("he", "Smith"), ``role`` the role or title the article gives
    the speaker ("CEO", "spokesperson") apart from the name, and ``cue`` its
    verb ("said"), each None when absent. The offsets cover the whole
    quotation, first piece to last; ``fragments`` holds each piece (for a
    mixed or indirect quotation, its whole reported clause) and ``quoted``
    the parts inside quotation marks (none for an indirect quotation).
    """

    text: str
    type: str
    speaker: Optional[str]
    mention: Optional[str]
    cue: Optional[str]
    confidence: float
    start: int
    end: int
    char_start: int
    char_end: int
    fragments: Tuple[Span, ...]
    mention_span: Optional[Span]
    cue_span: Optional[Span]
    role: Optional[str] = None
    quoted: Tuple[Span, ...] = ()

    def __repr__(self):
        return (f"Quote(speaker={self.speaker!r}, type={self.type!r}, text={shorten(self.text)}, "
                f"start={self.start}, end={self.end})")


def span_from_bytes(offsets, byte_span):
    """A Span from a (start, end) byte pair, using an OffsetMap."""
    start, end = byte_span
    return Span(start, end, *offsets.char_span(start, end))


def _optional_span(offsets, text, byte_span):
    return span_from_bytes(offsets, byte_span) if text is not None else None


def quote_from_c(quote, offsets):
    """Copy one borrowed C quotation into a Quote."""
    whole = span_from_bytes(offsets, _core.quote_get_span(quote))
    mention = _core.quote_get_mention(quote)
    cue = _core.quote_get_cue(quote)
    return Quote(
        text=_core.quote_get_text(quote),
        type=_core.quote_type_name(_core.quote_get_type(quote)),
        speaker=_core.quote_get_speaker(quote),
        mention=mention,
        cue=cue,
        confidence=_core.quote_get_confidence(quote),
        start=whole.start,
        end=whole.end,
        char_start=whole.char_start,
        char_end=whole.char_end,
        fragments=tuple(span_from_bytes(offsets, _core.quote_get_fragment(quote, i))
                        for i in range(_core.quote_get_fragment_count(quote))),
        mention_span=_optional_span(offsets, mention, _core.quote_get_mention_span(quote)),
        cue_span=_optional_span(offsets, cue, _core.quote_get_cue_span(quote)),
        role=_core.quote_get_speaker_role(quote),
        quoted=tuple(span_from_bytes(offsets, _core.quote_get_quoted(quote, i))
                     for i in range(_core.quote_get_quoted_count(quote))),
    )


def quotes_from_c(quote_list, offsets):
    """Copy a C quotation list into a list of Quote."""
    return [quote_from_c(_core.quote_list_get_quote(quote_list, i), offsets)
            for i in range(_core.quote_list_get_count(quote_list))]
