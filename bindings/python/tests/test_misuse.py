"""Misuse of the Python API raises a Python exception, never crashes the
interpreter: wrong types, None, text that is not UTF-8, lone surrogates
in every string argument, huge input, use after close, repeated ids,
pickling what holds a C object."""

import copy
import pickle

import pytest

import frnews

ARTICLE = "Council closes the old bridge\n\nThe council voted on Tuesday to close it.\n"


@pytest.mark.parametrize("text", [None, 42, 4.2, ["text"], {"text": 1}, object()])
def test_text_of_the_wrong_type_is_a_type_error(text):
    with pytest.raises(TypeError):
        frnews.parse(text)
    with pytest.raises(TypeError):
        frnews.quotes(text)


@pytest.mark.parametrize("data, position", [
    (b"Council\xff closes", 7),                     # a byte that is never UTF-8
    (b"Caf\xe9 owners protest", 3),                 # Latin-1
    (b"A slash \xc0\xaf here", 8),                  # overlong
    (b"A surrogate \xed\xa0\x80 here", 12),         # UTF-8 of a surrogate
    (b"Head\x00line\n\nBody text here.", 4),        # NUL
    (b"Cut at the end \xf0\x9f\x98", 15),           # cut short
])
def test_bytes_that_are_not_utf8_raise_utf8_error_at_the_byte(data, position):
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(data)
    assert caught.value.position == position
    assert str(position) in caught.value.message


def test_utf16_is_named_in_the_error():
    data = ARTICLE.encode("utf-16")  # with its byte-order mark
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(data)
    assert "UTF-16" in caught.value.message and caught.value.position == 0


def test_repair_utf8_replaces_bad_bytes_and_lone_surrogates():
    article = frnews.parse(b"Council closes\x00 the old bridge\n\nBad \xff byte.\n", repair_utf8=True)
    assert article.title == "Council closes\ufffd the old bridge"
    assert article.utf8_repairs == 2
    # Offsets point into the repaired source, which ``source`` is.
    assert article.paragraphs[0].text == "Bad \ufffd byte."
    assert article.source[article.paragraphs[0].char_start:article.paragraphs[0].char_end] == \
        "Bad \ufffd byte."
    lone = frnews.parse("Council \ud800 closes the bridge\n\nText \udfff here.\n", repair_utf8=True)
    assert lone.title == "Council \ufffd closes the bridge" and lone.utf8_repairs == 2
    assert frnews.parse(ARTICLE).utf8_repairs == 0


@pytest.mark.parametrize("url", ["https://example.org/\ud800", "https://\udc80.org/"])
def test_url_with_a_lone_surrogate_is_an_invalid_argument(url):
    with pytest.raises(frnews.InvalidArgumentError) as caught:
        frnews.parse(ARTICLE, url=url)
    assert "surrogate" in caught.value.message


@pytest.mark.parametrize("url", [b"https://example.org/", 42, ["x"]])
def test_url_of_the_wrong_type_is_an_invalid_argument(url):
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(ARTICLE, url=url)


@pytest.mark.parametrize("format", [None, 1, ["text"], {}, "TEXT", "pdf"])
def test_format_that_is_not_a_known_name_is_an_invalid_argument(format):
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(ARTICLE, format=format)


def test_input_over_the_limit_is_too_large():
    with pytest.raises(frnews.TooLargeError) as caught:
        frnews.parse(ARTICLE, max_input=10)
    assert str(len(ARTICLE.encode())) in caught.value.message
    assert frnews.parse(ARTICLE, max_input=len(ARTICLE.encode())).title


def test_a_huge_string_is_too_large_by_default():
    huge = "a" * (64 * 1024 * 1024 + 1)
    with pytest.raises(frnews.TooLargeError):
        frnews.parse(huge)
    with pytest.raises(frnews.TooLargeError):
        frnews.parse(huge.encode())


@pytest.mark.parametrize("max_input, error", [
    (0, frnews.InvalidArgumentError), (-1, frnews.InvalidArgumentError),
    ("10", TypeError), (1.5, TypeError), (True, TypeError),
])
def test_max_input_must_be_a_positive_int(max_input, error):
    with pytest.raises(error):
        frnews.parse(ARTICLE, max_input=max_input)


@pytest.mark.parametrize("depth, error", [
    (0, frnews.InvalidArgumentError), ("10", TypeError), (True, TypeError),
])
def test_max_html_depth_must_be_a_positive_int(depth, error):
    with pytest.raises(error):
        frnews.parse("<html><body><p>x</p></body></html>", max_html_depth=depth)


def test_html_nested_past_max_html_depth_is_too_large():
    page = "<html><body>" + "<div>" * 50 + "<p>The council met on Monday, the mayor said.</p>" + \
        "</div>" * 50 + "</body></html>"
    with pytest.raises(frnews.TooLargeError):
        frnews.parse(page, format="html", max_html_depth=20)
    assert "council" in frnews.parse(page, format="html", max_html_depth=200).text


def test_a_max_input_past_size_t_means_no_limit():
    assert frnews.parse(ARTICLE, max_input=2 ** 200).title


@pytest.mark.parametrize("bad_id", ["\ud800", "a\udfffb"])
def test_coverage_id_with_a_lone_surrogate_is_an_invalid_argument(bad_id):
    with frnews.Coverage() as coverage:
        with pytest.raises(frnews.InvalidArgumentError) as caught:
            coverage.add(bad_id, frnews.parse(ARTICLE))
        assert "surrogate" in caught.value.message
        assert len(coverage) == 0


@pytest.mark.parametrize("bad_id", [None, b"id", 7, ("a",)])
def test_coverage_id_of_the_wrong_type_is_a_type_error(bad_id):
    with frnews.Coverage() as coverage, pytest.raises(TypeError):
        coverage.add(bad_id, frnews.parse(ARTICLE))


@pytest.mark.parametrize("not_an_article", [None, ARTICLE, ARTICLE.encode(), 3])
def test_coverage_takes_only_articles(not_an_article):
    with frnews.Coverage() as coverage, pytest.raises(TypeError):
        coverage.add("a", not_an_article)


def test_a_repeated_coverage_id_is_an_invalid_argument():
    with frnews.Coverage() as coverage:
        article = frnews.parse(ARTICLE)
        assert coverage.add("a", article) == 0
        with pytest.raises(frnews.InvalidArgumentError) as caught:
            coverage.add("a", article)
        assert "'a'" in caught.value.message
        assert coverage.add("b", article) == 1
        coverage.build()
        assert sorted(i for story in coverage.stories for i in story.ids) == ["a", "b"]


def test_a_huge_coverage_id_is_taken():
    with frnews.Coverage() as coverage:
        coverage.add("x" * 1_000_000, frnews.parse(ARTICLE))
        coverage.build()
        assert coverage.stories[0].ids == ("x" * 1_000_000,)


def test_closed_objects_refuse_work_and_keep_what_was_read():
    article = frnews.parse(ARTICLE)
    article.close()
    with pytest.raises(frnews.StateError):
        article.quotes
    coverage = frnews.Coverage()
    coverage.close()
    coverage.close()
    with pytest.raises(frnews.StateError):
        coverage.add("a", frnews.parse(ARTICLE))
    with pytest.raises(frnews.StateError):
        coverage.build()
    with pytest.raises(frnews.StateError):
        coverage.stories
    with frnews.Coverage() as open_coverage, pytest.raises(frnews.StateError):
        open_coverage.add("a", article)  # a closed article


@pytest.mark.parametrize("closed", [False, True])
def test_pickling_or_copying_a_coverage_raises_type_error(closed):
    coverage = frnews.Coverage()
    if closed:
        coverage.close()
    with pytest.raises(TypeError) as caught:
        pickle.dumps(coverage)
    assert "cannot be pickled" in str(caught.value)
    with pytest.raises(TypeError):
        copy.copy(coverage)
    coverage.close()


def test_a_closed_article_pickles_only_the_quotes_it_read():
    read = frnews.parse(ARTICLE)
    read.quotes
    read.close()
    assert pickle.loads(pickle.dumps(read)) == read
    unread = frnews.parse(ARTICLE)
    unread.close()
    with pytest.raises(frnews.StateError):
        pickle.dumps(unread)
