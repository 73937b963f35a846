"""Results are values: frozen dataclasses that pickle (within a process
and through multiprocessing), give plain data with to_dict(), iterate,
have a len() and a readable repr."""

import dataclasses
import json
import multiprocessing
import pickle

import pytest

import frnews
from conftest import build_coverage


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


@pytest.fixture(scope="module")
def coverage(articles, seed_text):
    # The samples and a copy of the first: every kind of result.
    return build_coverage({**articles, "copy": frnews.parse(seed_text)})


def test_an_article_pickles_with_its_fields_and_quotes(seed_text):
    article = frnews.parse(seed_text)
    copy = pickle.loads(pickle.dumps(article))
    assert copy == article and copy is not article
    assert copy.quotes == article.quotes and len(copy.quotes) > 0
    assert copy.source[copy.quotes[0].char_start:copy.quotes[0].char_end] \
        == article.source[article.quotes[0].char_start:article.quotes[0].char_end]


def test_an_unpickled_article_cannot_join_a_coverage_but_its_record_can(seed_text):
    article = frnews.parse(seed_text)
    copy = pickle.loads(pickle.dumps(article))
    with frnews.Coverage() as coverage, pytest.raises(frnews.StateError) as caught:
        coverage.add("copy", copy)
    assert "coverage_record" in str(caught.value)
    record = pickle.loads(pickle.dumps(frnews.coverage_record("seed", article)))
    with frnews.Coverage() as coverage:
        assert coverage.add_record(record) == 0


def test_results_are_frozen(seed_text):
    article = frnews.parse(seed_text)
    for value in (article, article.quotes[0], article.paragraphs[0]):
        with pytest.raises(dataclasses.FrozenInstanceError):
            value.text = "changed"


def test_coverage_results_pickle(coverage):
    for values in (coverage.stories, coverage.quotes, coverage.duplicates,
                   coverage.duplicate_clusters):
        assert values, "the samples give each kind of result"
        assert pickle.loads(pickle.dumps(values)) == values


@pytest.mark.parametrize("error", [
    frnews.Utf8Error("bad byte", position=3, byte_position=4),
    frnews.EmptyInputError("nothing", status="FRN_ERR_EMPTY"),
])
def test_errors_pickle_with_their_status_and_positions(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (copy.message, copy.status, copy.position, copy.byte_position) == \
        (error.message, error.status, error.position, error.byte_position)


def _parse_in_worker(text):
    return frnews.parse(text)


def _speakers_in_worker(article):
    return [quote.speaker for quote in article.quotes]


def _fail_in_worker(text):
    return frnews.parse(text.encode("utf-8") + b"\xff")


def test_articles_travel_through_multiprocessing(sample_paths, articles):
    texts = [path.read_text(encoding="utf-8") for path in sample_paths]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        parsed = pool.map(_parse_in_worker, texts)      # articles back from workers
        speakers = pool.map(_speakers_in_worker, parsed)  # and out to them
        with pytest.raises(frnews.Utf8Error) as caught:
            pool.apply(_fail_in_worker, (texts[0],))
    assert parsed == list(articles.values())
    assert speakers == [[q.speaker for q in a.quotes] for a in articles.values()]
    assert caught.value.byte_position == len(texts[0].encode("utf-8"))


def test_to_dict_is_plain_data_with_the_quotes(seed_text):
    article = frnews.parse(seed_text)
    data = json.loads(json.dumps(article.to_dict()))
    assert data["title"] == article.title
    assert data["paragraphs"][0]["text"] == article.paragraphs[0].text
    first = data["quotes"][0]
    assert first["speaker"] == article.quotes[0].speaker
    assert first["fragments"][0] == dataclasses.asdict(article.quotes[0].fragments[0])


def test_coverage_results_give_plain_data(coverage):
    quote = max(coverage.quotes, key=len)
    data = json.loads(json.dumps(quote.to_dict()))
    assert [source["id"] for source in data["sources"]] == [s.id for s in quote.sources]
    assert json.loads(json.dumps(coverage.stories[0].to_dict()))["ids"] == list(coverage.stories[0].ids)


def test_iteration_and_len(articles, coverage):
    article = articles["000_9b3e2d958d694ffd"]
    assert len(article) == len(article.paragraphs) and list(article) == article.paragraphs
    story = coverage.stories[0]
    assert list(story) == list(story.ids) and len(story) == len(story.ids)
    quote = max(coverage.quotes, key=len)
    assert list(quote) == list(quote.sources) and len(quote) > 1
    assert list(coverage) == coverage.ids and len(coverage) == 6


def test_reprs_say_what_the_value_is(seed_text):
    article = frnews.parse(seed_text)
    assert repr(article) == f"<frnews.Article {article.title!r}: {len(article.paragraphs)} paragraphs>"
    article.quotes
    assert f"{len(article.quotes)} quotes" in repr(article)
    assert "detached" in repr(pickle.loads(pickle.dumps(article)))
    quote = article.quotes[1]
    assert repr(quote) == (f"Quote(speaker='Brad Smith', type='direct', text={quote.text[:59] + '…'!r}, "
                           f"start={quote.start}, end={quote.end})")


def test_reprs_of_merged_quotations_name_the_printings(coverage):
    quote = max(coverage.quotes, key=len)
    assert repr(quote).startswith(f"CoverageQuote(speaker={quote.speaker!r}, text=")
    assert repr(quote).endswith(f"sources={[s.id for s in quote.sources]!r})")
    assert repr(quote.sources[0]).startswith(f"QuoteSource(id={quote.sources[0].id!r}, variant=")
