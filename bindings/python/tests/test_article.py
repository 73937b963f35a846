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


HTML_PAGE = (
    "<html lang='en'><head><title>Bridge closed | Example News</title>"
    "<meta property='og:site_name' content='Example News'>"
    "<meta property='article:published_time' content='2020-06-12T09:30:00Z'>"
    "<meta property='article:modified_time' content='2020-06-13'>"
    "<meta property='article:section' content='Local'>"
    "<meta property='article:tag' content='storms'><meta property='article:tag' content='roads'>"
    "<meta name='description' content='The bridge is closed.'>"
    "<meta property='og:image' content='https://example.com/b.jpg'>"
    "<link rel='canonical' href='https://example.com/bridge'></head><body>"
    "<h1>Bridge closed</h1><p class='byline'>By Jane Doe</p>"
    "<p>The bridge over the river was closed on Friday after the storm damaged its deck, the city said.</p>"
    "<p>Engineers will inspect it next week, and the repairs could take months, a spokesperson added.</p>"
    "</body></html>"
)


def test_html_metadata_fields():
    with frnews.parse(HTML_PAGE) as article:
        assert article.format == "html"
        assert article.title == "Bridge closed"
        assert article.authors == ["Jane Doe"]
        assert article.published == "2020-06-12T09:30:00+00:00"
        assert article.modified == "2020-06-13"
        assert article.site == "Example News"
        assert article.language == "en"
        assert article.canonical_url == "https://example.com/bridge"
        assert article.description == "The bridge is closed."
        assert article.image == "https://example.com/b.jpg"
        assert article.section == "Local"
        assert article.tags == ["storms", "roads"]
        assert article.empty_reason is None


def test_html_paragraphs_point_into_the_body_and_the_page():
    with frnews.parse(HTML_PAGE) as article:
        assert article.source == article.text
        assert len(article.paragraphs) == 2
        first = article.paragraphs[0]
        assert article.source[first.char_start:first.char_end] == first.text
        assert HTML_PAGE.encode("utf-8")[first.html_offset:].startswith(b"<p>The bridge")


def test_text_paragraphs_have_no_html_offset(seed_text):
    with frnews.parse(seed_text) as article:
        assert all(p.html_offset is None for p in article.paragraphs)


def test_html_bytes_in_a_declared_charset():
    page = ("<html><head><meta charset='iso-8859-1'></head><body><p>Le caf\u00e9 de la place "
            "a rouvert lundi, et son propri\u00e9taire se dit ravi de revoir ses clients.</p>"
            "</body></html>").encode("latin-1")
    with frnews.parse(page) as article:
        assert "caf\u00e9" in article.text


def test_text_in_latin1_needs_charset_detection():
    text = "Caf\u00e9 reopens\n\nThe caf\u00e9 on the square reopened on Monday.\n".encode("latin-1")
    with pytest.raises(frnews.Utf8Error) as caught:
        frnews.parse(text)
    assert caught.value.position == 3
    with frnews.parse(text, detect_charset=True) as article:
        assert article.title == "Caf\u00e9 reopens"


def test_reference_date_must_be_iso():
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(HTML_PAGE, reference_date="yesterday")


def test_charset_detection_comes_before_repair():
    text = "Caf\u00e9 reopens\n\nThe caf\u00e9 on the square reopened on Monday.\n".encode("latin-1")
    with frnews.parse(text, detect_charset=True, repair_utf8=True) as article:
        assert article.title == "Caf\u00e9 reopens" and article.utf8_repairs == 0


def test_html_replacements_are_counted():
    page = (b"<html><head><meta charset=\"utf-8\"></head><body><h1>Council closes the bridge</h1>"
            b"<p>The council voted on Tuesday to close the bridge \xff for repairs, after the storm.</p>"
            b"</body></html>")
    with frnews.parse(page) as article:
        assert article.utf8_repairs == 1
        assert "bridge \ufffd for repairs" in article.text


def test_reference_date_must_be_a_str_without_nul():
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(HTML_PAGE, reference_date="2020-06-12\0")
    with pytest.raises(frnews.InvalidArgumentError):
        frnews.parse(HTML_PAGE, reference_date=20200612)
