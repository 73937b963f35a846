"""frnews.parse(): the Article's fields, paragraphs and offsets."""

import dataclasses
import re

import pytest

import frnews

HEADLINE = "Microsoft won\u2019t sell facial recognition technology to police"


def test_version_is_the_library_version():
    assert re.fullmatch(r"\d+\.\d+\.\d+", frnews.__version__)


def test_parse_finds_the_headline(seed_text):
    article = frnews.parse(seed_text)
    assert article.title == HEADLINE
    assert article.format == "text"


def test_source_of_text_input_is_the_input(seed_text):
    assert frnews.parse(seed_text).source == seed_text


def test_bytes_and_str_parse_alike(seed_text, seed_bytes):
    from_str = frnews.parse(seed_text)
    from_bytes = frnews.parse(seed_bytes)
    assert from_bytes.title == from_str.title
    assert from_bytes.source == from_str.source
    assert from_bytes.paragraphs == from_str.paragraphs


def test_body_runs_from_the_first_to_the_last_paragraph(seed_text):
    paragraphs = frnews.parse(seed_text).paragraphs
    assert paragraphs[0].text.startswith("Following in other tech giants\u2019 footsteps")
    assert paragraphs[-1].text.endswith("without considering the ethical implications.")


def test_boilerplate_is_left_out_of_the_body(seed_text):
    article = frnews.parse(seed_text)
    for boilerplate in ("Skip to main content", "izusek/Getty Images"):
        assert all(boilerplate not in p.text for p in article.paragraphs)
        assert boilerplate not in article.text


def test_text_joins_the_paragraphs(seed_text):
    article = frnews.parse(seed_text)
    assert article.text == "\n\n".join(p.text for p in article.paragraphs)


def test_char_offsets_slice_the_same_text_as_byte_offsets(seed_text, seed_bytes):
    article = frnews.parse(seed_text)
    assert article.paragraphs
    for paragraph in article.paragraphs:
        by_bytes = seed_bytes[paragraph.start:paragraph.end].decode("utf-8")
        by_chars = article.source[paragraph.char_start:paragraph.char_end]
        assert by_chars == by_bytes == paragraph.text


def test_char_offsets_count_characters_not_bytes(seed_text):
    # Before the first paragraph the headline holds one U+2019 (3 bytes, one
    # character: 2 bytes more than characters). Before the second come another
    # U+2019 ("giants’", 2 more) and the U+00A0 ending the first paragraph's
    # line (2 bytes, 1 more).
    first, second = frnews.parse(seed_text).paragraphs[:2]
    assert first.start - first.char_start == 2
    assert second.start - second.char_start == 5


def test_metadata_types(seed_text):
    article = frnews.parse(seed_text)
    assert isinstance(article.authors, list)
    assert all(isinstance(a, str) for a in article.authors)
    for field in (article.published, article.site, article.language):
        assert field is None or isinstance(field, str)


def test_paragraph_is_a_frozen_dataclass(seed_text):
    paragraph = frnews.parse(seed_text).paragraphs[0]
    assert dataclasses.is_dataclass(paragraph)
    with pytest.raises(dataclasses.FrozenInstanceError):
        paragraph.start = 0


def test_unknown_format_is_an_invalid_argument(seed_text):
    with pytest.raises(frnews.InvalidArgumentError) as caught:
        frnews.parse(seed_text, format="pdf")
    assert caught.value.status == "FRN_ERR_INVALID_ARG"


def test_url_must_be_a_string_without_nul(seed_text):
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(seed_text, url="https://example.org/\0")
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(seed_text, url=42)


def test_url_is_accepted(seed_text):
    article = frnews.parse(seed_text, format="text", url="https://www.example.org/story")
    assert article.title == HEADLINE


def test_closed_article_keeps_its_fields(seed_text):
    with frnews.parse(seed_text) as article:
        pass
    assert article.title == HEADLINE
    assert article.paragraphs


def test_quotes_of_a_closed_article_need_reading_first(seed_text):
    article = frnews.parse(seed_text)
    article.close()
    article.close()  # closing twice is harmless
    with pytest.raises(frnews.StateError) as caught:
        article.quotes
    assert caught.value.status == "FRN_ERR_STATE"


def test_quotes_read_before_close_stay_readable(seed_text):
    article = frnews.parse(seed_text)
    before = article.quotes
    article.close()
    assert article.quotes == before
