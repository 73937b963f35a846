"""Quotations: speakers, types, offsets, and the quotes() shortcut."""

import pytest

import frnews

SMITH_OPENING = "We will not sell facial recognition technology to police departments"
NO_QUOTES = ("The council met on Tuesday\n\n"
             "The meeting lasted two hours and ended without a vote. "
             "Members will meet again next month.\n")


@pytest.fixture(scope="module")
def seed_article(seed_text):
    return frnews.parse(seed_text)


def _smith_quote(article):
    found = [q for q in article.quotes if q.text.startswith(SMITH_OPENING)]
    assert len(found) == 1, [q.text for q in article.quotes]
    return found[0]


def test_smith_is_the_speaker_of_we_will_not_sell(seed_article):
    quote = _smith_quote(seed_article)
    assert quote.speaker == "Brad Smith"
    assert quote.mention == "Smith"
    assert quote.cue == "said"
    assert quote.type == "direct"
    assert 0.0 <= quote.confidence <= 1.0


def test_quote_offsets_cover_its_text(seed_article, seed_bytes):
    quote = _smith_quote(seed_article)
    opening = seed_bytes.index(SMITH_OPENING.encode("utf-8"))
    assert quote.start <= opening < quote.end
    by_bytes = seed_bytes[quote.start:quote.end].decode("utf-8")
    assert seed_article.source[quote.char_start:quote.char_end] == by_bytes
    assert SMITH_OPENING in by_bytes


def test_fragments_lie_within_the_quote(seed_article):
    for quote in seed_article.quotes:
        assert quote.fragments
        for fragment in quote.fragments:
            assert quote.start <= fragment.start < fragment.end <= quote.end
            assert quote.char_start <= fragment.char_start < fragment.char_end <= quote.char_end


def test_mention_and_cue_spans_match_their_words(seed_article):
    for quote in seed_article.quotes:
        for words, span in ((quote.mention, quote.mention_span), (quote.cue, quote.cue_span)):
            if words is None:
                assert span is None
            else:
                assert seed_article.source[span.char_start:span.char_end] == words


def test_types_are_named(seed_article):
    assert seed_article.quotes
    assert {q.type for q in seed_article.quotes} <= {"direct", "mixed", "indirect"}


def test_quotes_are_in_order_of_position(seed_article):
    starts = [q.start for q in seed_article.quotes]
    assert starts == sorted(starts)


def test_quotes_are_extracted_once(seed_article):
    first = seed_article.quotes
    second = seed_article.quotes
    assert first == second
    assert all(a is b for a, b in zip(first, second))


def test_quotes_shortcut_matches_the_article(seed_text, seed_article):
    assert frnews.quotes(seed_text) == seed_article.quotes


def test_text_without_quotation_has_no_quotes():
    assert frnews.quotes(NO_QUOTES) == []


def test_mixed_quote_covers_its_clause_and_lists_the_quoted_words():
    text = ("Council votes\n\n"
            "The mayor, Ann Lee, said the plan was \u201ca betrayal of every family\u201d and would fail.\n")
    mixed = [q for q in frnews.quotes(text, format="text") if q.type == "mixed"]
    assert len(mixed) == 1
    quote = mixed[0]
    assert quote.text == "the plan was \u201ca betrayal of every family\u201d and would fail"
    assert [text[s.char_start:s.char_end] for s in quote.quoted] == ["a betrayal of every family"]


def test_indirect_quote_has_a_role_apart_from_the_name():
    text = ("Layoffs\n\n"
            "Acme CEO Jane Roe told reporters that the company would cut 200 jobs.\n")
    quote = frnews.quotes(text, format="text")[0]
    assert quote.type == "indirect"
    assert quote.speaker == "Jane Roe"
    assert quote.role == "CEO"
    assert quote.quoted == ()


SPLIT = ('Harbour festival returns\n\n'
         'Mayor Jane Roe said the town would stage "The Harbour Lights Festival" '
         'again next summer.\n\n'
         '"We have waited long enough for this," Roe said. '
         '"The boats will be back by June."\n')


def test_extract_quotes_joins_a_quotation_split_across_sentences():
    with frnews.parse(SPLIT) as article:
        apart = article.quotes
        joined = article.extract_quotes(join_split_quotes=True)
        assert article.quotes == apart  # the default extraction is kept
    assert [q.type for q in apart] == ["mixed", "direct", "direct"]
    assert [q.type for q in joined] == ["mixed", "direct"]
    whole = joined[1]
    assert len(whole.fragments) == 2 and whole.speaker == "Jane Roe"
    assert [SPLIT[f.char_start:f.char_end] for f in whole.fragments] == \
        [apart[1].text, apart[2].text]
    assert frnews.quotes(SPLIT, join_split_quotes=True) == joined


def test_extract_quotes_skips_a_quoted_title():
    skipped = frnews.quotes(SPLIT, skip_titles=True)
    assert [q.type for q in skipped] == ["indirect", "direct", "direct"]
    assert frnews.quotes(SPLIT) == frnews.parse(SPLIT).quotes
