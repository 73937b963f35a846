"""Failures raise frnews.Error subclasses carrying the library's status."""

import pytest

import frnews
from frnews.errors import error_for_status

STATUS_CLASSES = {
    "FRN_ERR_NOMEM": frnews.NoMemoryError,
    "FRN_ERR_INVALID_ARG": frnews.InvalidArgumentError,
    "FRN_ERR_UTF8": frnews.Utf8Error,
    "FRN_ERR_EMPTY": frnews.EmptyInputError,
    "FRN_ERR_ICU": frnews.IcuError,
    "FRN_ERR_UNSUPPORTED": frnews.UnsupportedError,
    "FRN_ERR_HTML": frnews.HtmlError,
    "FRN_ERR_RANGE": frnews.RangeError,
    "FRN_ERR_STATE": frnews.StateError,
    "FRN_ERR_TOO_LARGE": frnews.TooLargeError,
}


def test_invalid_utf8_bytes_raise_utf8_error_at_the_byte():
    data = b"Headline\n\nSome text \xff and more text.\n"
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(data)
    # "Headline" (8) + two newlines + "Some text " (10) come before 0xFF.
    assert caught.value.position == 20
    assert caught.value.status == "FRN_ERR_UTF8"
    assert "20" in caught.value.message


def test_truncated_sequence_is_found_where_it_starts():
    data = "Caf\u00e9".encode("utf-8")[:-1]  # C3 without its second byte
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(data)
    assert caught.value.position == 3


def test_str_with_a_lone_surrogate_raises_utf8_error():
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse("caf\u00e9 \ud800 text")
    # "café " is 5 characters, 6 bytes in UTF-8.
    assert caught.value.position == 5
    assert caught.value.byte_position == 6


def test_errors_in_str_input_are_placed_by_character_and_by_byte():
    # "Ü", "ü" and "ß" take two bytes each in UTF-8: the NUL is
    # character 27, byte 30.
    text = "\u00dcberschrift\n\nGr\u00fc\u00dfe aus der \0Stadt.\n"
    assert text.index("\0") == 27 and text.encode().index(b"\0") == 30
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(text)
    assert (caught.value.position, caught.value.byte_position) == (27, 30)
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(text.encode())
    assert (caught.value.position, caught.value.byte_position) == (30, 30)


@pytest.mark.parametrize("empty", ["", b"", "   \n\n  \t\n"])
def test_empty_input_raises_empty_input_error(empty):
    with pytest.raises(frnews.EmptyInputError) as caught:
        frnews.parse(empty)
    assert caught.value.status == "FRN_ERR_EMPTY"
    assert caught.value.message


def test_html_without_text_raises_empty_input_error():
    with pytest.raises(frnews.EmptyInputError) as caught:
        frnews.parse("<html><body><script>var x = 1;</script></body></html>", format="html")
    assert caught.value.status == "FRN_ERR_EMPTY"


def test_input_must_be_text():
    with pytest.raises(TypeError):
        frnews.parse(42)


@pytest.mark.parametrize("status, cls", sorted(STATUS_CLASSES.items()))
def test_each_status_maps_to_its_class(status, cls):
    error = error_for_status(status, "detail", 7)
    assert type(error) is cls
    assert isinstance(error, frnews.Error)
    assert error.status == status
    assert error.message == "detail"
    assert str(error) == "detail"
    assert error.position == 7
    assert error.byte_position == 7


def test_an_unknown_status_maps_to_the_base_class():
    error = error_for_status("FRN_ERR_SOMETHING_NEW", "new failure")
    assert type(error) is frnews.Error
    assert error.status == "FRN_ERR_SOMETHING_NEW"
    assert error.position is None


def test_errors_are_also_the_matching_builtin_exceptions():
    assert issubclass(frnews.Utf8Error, ValueError)
    assert issubclass(frnews.EmptyInputError, ValueError)
    assert issubclass(frnews.InvalidArgumentError, ValueError)
    assert issubclass(frnews.RangeError, IndexError)
    assert issubclass(frnews.NoMemoryError, MemoryError)


def test_every_status_of_the_c_table_has_its_class_and_back():
    """The exception classes follow the C status table (FRN_STATUS_MAP): a
    status added there without a class here fails this test."""
    from frnews import _core
    from frnews.errors import _CLASS_BY_STATUS
    c_names = {_core.status_name(value) for value in range(1, _core.FRN_STATUS_LIMIT_)}
    assert "FRN_ERR_UNKNOWN" not in c_names
    assert set(_CLASS_BY_STATUS) == c_names
    for name in c_names:
        error = error_for_status(name, "detail")
        assert type(error) is not frnews.Error, name
        assert error.status == name
        assert isinstance(error, frnews.Error)
