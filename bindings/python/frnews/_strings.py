"""Strings handed to C as NUL-terminated UTF-8 (a url, a coverage id)."""

from .errors import InvalidArgumentError


def c_string(value, what):
    """value, checked: a str that C can take, else InvalidArgumentError
    naming what and the character at fault. SWIG's own conversion would
    raise a bare TypeError for a lone surrogate."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{what} must be a str, not {type(value).__name__}")
    if "\0" in value:
        raise InvalidArgumentError(f"{what} must not hold NUL characters "
                                   f"(one at index {value.index(chr(0))})")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise InvalidArgumentError(f"{what} holds a lone surrogate at index {error.start}: "
                                   "a str without a UTF-8 form") from None
    return value
