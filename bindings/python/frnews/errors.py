"""Exceptions raised by frnews: one class per libfrnews status.

Every failure of the library raises an :class:`Error` subclass chosen by the
status the C call returned. The exception carries the status name
(``"FRN_ERR_UTF8"``), the detailed message of the thread's context and, when
the failure has one, the byte position in the input where it was found.
"""

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
        position: byte offset in the input where the failure was found, or None.
    """

    status = "FRN_ERR_UNKNOWN"

    def __init__(self, message, *, status=None, position=None):
        super().__init__(message)
        if status is not None:
            self.status = status
        self.message = message
        self.position = position


class NoMemoryError(Error, MemoryError):
    status = "FRN_ERR_NOMEM"


class InvalidArgumentError(Error, ValueError):
    status = "FRN_ERR_INVALID_ARG"


class Utf8Error(Error, ValueError):
    """The input is not valid UTF-8; ``position`` is the byte where it breaks."""

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


def error_for_status(status, message, position=None):
    """The exception for a failed status; statuses added to the library
    after this module was written map to the base :class:`Error`.

    Called by the low-level module frnews._core when a C call fails.
    """
    cls = _CLASS_BY_STATUS.get(status, Error)
    return cls(message, status=status, position=position)
