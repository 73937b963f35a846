"""Exceptions raised by frnews: one class per libfrnews status.

Every failure of the library raises an :class:`Error` subclass chosen by the
status the C call returned. The exception carries the status name
(``"FRN_ERR_UTF8"``), the detailed message of the thread's context and, when
the failure has one, the position in the input where it was found: as a
str index when the input was a str, and always as a byte offset into its
UTF-8 form. Errors pickle, so they travel back from worker processes.
"""

from typing import Optional

__all__ = [
    "Error", "NoMemoryError", "InvalidArgumentError", "Utf8Error",
    "EmptyInputError", "IcuError", "UnsupportedError", "HtmlError",
    "RangeError", "StateError", "TooLargeError", "FormatError", "VersionError",
    "IoError", "DiskFullError", "ReadOnlyError",
]


class Error(Exception):
    """A libfrnews failure.

    Attributes:
        status: the status name, e.g. ``"FRN_ERR_EMPTY"``.
        message: the detailed message.
        position: where in the input the failure was found, or None: a
            character offset (a str index) when the input was a str, else
            the byte offset.
        byte_position: the same place as a byte offset into the UTF-8
            input (the offset the C library reports), or None.
    """

    status = "FRN_ERR_UNKNOWN"

    def __init__(self, message: str, *, status: Optional[str] = None,
                 position: Optional[int] = None, byte_position: Optional[int] = None):
        super().__init__(message)
        if status is not None:
            self.status = status
        self.message = message
        self.position = position
        self.byte_position = position if byte_position is None else byte_position

    def _locate_in(self, text: str) -> None:
        """Give ``position`` as a str index of text, the str whose UTF-8 form
        the byte position points into."""
        if self.byte_position is not None:
            prefix = text.encode("utf-8", "surrogatepass")[:self.byte_position]
            self.position = len(prefix.decode("utf-8", "ignore"))

    def __reduce__(self):
        return _rebuild, (type(self), self.message, self.status, self.position,
                          self.byte_position)


def _rebuild(cls, message, status, position, byte_position):
    """An unpickled Error (Exception's own pickling drops the keywords)."""
    return cls(message, status=status, position=position, byte_position=byte_position)


class NoMemoryError(Error, MemoryError):
    status = "FRN_ERR_NOMEM"


class InvalidArgumentError(Error, ValueError):
    status = "FRN_ERR_INVALID_ARG"


class Utf8Error(Error, ValueError):
    """The input is not valid UTF-8; ``byte_position`` is the byte where it
    breaks (``position`` the character, for a str holding a lone surrogate)."""

    status = "FRN_ERR_UTF8"


class EmptyInputError(Error, ValueError):
    """The input holds no text, or no article body was left."""

    status = "FRN_ERR_EMPTY"


class IcuError(Error):
    status = "FRN_ERR_ICU"


class UnsupportedError(Error):
    status = "FRN_ERR_UNSUPPORTED"


class HtmlError(Error, ValueError):
    status = "FRN_ERR_HTML"


class RangeError(Error, IndexError):
    status = "FRN_ERR_RANGE"


class StateError(Error):
    """The call is not valid in the object's current state (e.g. closed)."""

    status = "FRN_ERR_STATE"


class TooLargeError(Error, ValueError):
    status = "FRN_ERR_TOO_LARGE"


class FormatError(Error, ValueError):
    """Bytes that are not what they should be (a damaged coverage record)."""

    status = "FRN_ERR_FORMAT"


class VersionError(Error):
    """A record format or store schema of a version this library does not read."""

    status = "FRN_ERR_VERSION"


class IoError(Error, OSError):
    """An input/output or database failure (the message names the file)."""

    status = "FRN_ERR_IO"


class DiskFullError(IoError):
    status = "FRN_ERR_FULL"


class ReadOnlyError(Error, PermissionError):
    status = "FRN_ERR_READONLY"


_CLASS_BY_STATUS = {cls.status: cls for cls in (
    NoMemoryError, InvalidArgumentError, Utf8Error, EmptyInputError, IcuError,
    UnsupportedError, HtmlError, RangeError, StateError, TooLargeError, FormatError,
    VersionError, IoError, DiskFullError, ReadOnlyError)}


def error_for_status(status: str, message: str, position: Optional[int] = None) -> Error:
    """The exception for a failed status; statuses added to the library
    after this module was written map to the base :class:`Error`.

    Called by the low-level module frnews._core when a C call fails.
    """
    cls = _CLASS_BY_STATUS.get(status, Error)
    return cls(message, status=status, position=position)
