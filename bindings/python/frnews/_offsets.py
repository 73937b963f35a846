"""Byte offsets of libfrnews into character offsets of a Python str."""

import bisect


class OffsetMap:
    """Converts byte offsets into the UTF-8 form of a text into indexes of
    the text as a str.

    Only the non-ASCII characters are recorded, each with the number of
    bytes it adds past its first, so the map stays small for mostly-ASCII
    news text and each lookup is a binary search.
    """

    def __init__(self, text):
        self._data = text.encode("utf-8")
        self._starts = []   # byte offset of each multi-byte character
        self._extra = []    # bytes added by the characters up to and including it
        if text.isascii():
            return
        extra = 0
        position = 0
        for char in text:
            width = len(char.encode("utf-8")) if char >= "\x80" else 1
            if width > 1:
                extra += width - 1
                self._starts.append(position)
                self._extra.append(extra)
            position += width

    def char_offset(self, byte_offset):
        """The str index of the character starting at ``byte_offset``
        (or the str's length for the end of the text)."""
        if not 0 <= byte_offset <= len(self._data):
            raise ValueError(f"byte offset {byte_offset} is outside the text")
        if byte_offset < len(self._data) and 0x80 <= self._data[byte_offset] < 0xC0:
            raise ValueError(f"byte offset {byte_offset} is inside a character")
        before = bisect.bisect_left(self._starts, byte_offset)
        return byte_offset - (self._extra[before - 1] if before else 0)

    def char_span(self, start, end):
        """(char_start, char_end) for the byte span [start, end)."""
        return self.char_offset(start), self.char_offset(end)
