"""frnews.Coverage over the five samples."""

import pytest

import frnews


@pytest.fixture(scope="module")
def articles(sample_articles):
    return sample_articles


@pytest.fixture(scope="module")
def built(sample_coverage):
    return sample_coverage


def test_each_article_is_in_exactly_one_story(built, articles):
    members = [i for story in built.stories for i in story.articles]
    assert sorted(members) == list(range(len(articles)))
    assert sorted(i for story in built.stories for i in story.ids) == sorted(articles)


def test_story_ids_follow_the_indexes(built):
    ids = built.ids
    for story in built.stories:
        assert len(story) == len(story.articles)
        assert story.ids == tuple(ids[i] for i in story.articles)


def test_len_counts_the_articles(built, articles):
    assert len(built) == len(articles) == 5


def test_add_returns_the_order_of_addition(articles):
    with frnews.Coverage() as coverage:
        indexes = [coverage.add(article_id, article) for article_id, article in articles.items()]
    assert indexes == list(range(len(articles)))


def test_duplicates_are_ordered_pairs_with_a_similarity(built):
    for pair in built.duplicates:
        assert 0 <= pair.a < pair.b < len(built)
        assert 0.0 <= pair.similarity <= 1.0
        assert (pair.a_id, pair.b_id) == (built.ids[pair.a], built.ids[pair.b])


def test_quote_sources_point_into_their_articles(built, articles):
    for quote in built.quotes:
        assert len(quote) == len(quote.sources) >= 1
        for source in quote.sources:
            article = articles[source.id]
            assert built.ids[source.article] == source.id
            by_bytes = article.source.encode("utf-8")[source.start:source.end].decode("utf-8")
            assert article.source[source.char_start:source.char_end] == by_bytes


def test_results_need_a_build_after_adding(articles, seed_path):
    with frnews.Coverage() as coverage:
        with pytest.raises(frnews.StateError):
            coverage.stories
        coverage.add("seed", frnews.parse(seed_path.read_bytes()))
        coverage.build()
        assert [story.ids for story in coverage.stories] == [("seed",)]
        coverage.add("again", frnews.parse(seed_path.read_bytes()))
        with pytest.raises(frnews.StateError):
            coverage.duplicates


def test_an_empty_index_builds_to_nothing():
    with frnews.Coverage() as coverage:
        coverage.build()
        assert coverage.stories == []
        assert coverage.duplicates == []
        assert coverage.quotes == []
        assert len(coverage) == 0


def test_a_closed_index_refuses_work(seed_path):
    coverage = frnews.Coverage()
    coverage.close()
    with pytest.raises(frnews.StateError):
        coverage.add("seed", frnews.parse(seed_path.read_bytes()))
    with pytest.raises(frnews.StateError):
        coverage.build()


def test_add_takes_an_article_and_a_str_id(seed_path):
    with frnews.Coverage() as coverage:
        with pytest.raises(TypeError):
            coverage.add("seed", seed_path.read_text(encoding="utf-8"))
        with pytest.raises(TypeError):
            coverage.add(1, frnews.parse(seed_path.read_bytes()))
        with pytest.raises(frnews.InvalidArgumentError):
            coverage.add("se\0ed", frnews.parse(seed_path.read_bytes()))
        assert len(coverage) == 0


def test_a_closed_article_cannot_be_added(seed_path):
    article = frnews.parse(seed_path.read_bytes())
    article.close()
    with frnews.Coverage() as coverage, pytest.raises(frnews.StateError):
        coverage.add("seed", article)


def test_duplicate_clusters_and_variants(articles):
    with frnews.Coverage() as coverage:
        for article_id, article in articles.items():
            coverage.add(article_id, article)
        coverage.add("copy", articles["000_9b3e2d958d694ffd"])
        coverage.build()
        [cluster] = coverage.duplicate_clusters
        assert sorted(cluster.ids) == ["000_9b3e2d958d694ffd", "copy"]
        assert cluster.representative_id == "000_9b3e2d958d694ffd"
        assert [(d.a_id, d.b_id) for d in coverage.duplicates] == [("000_9b3e2d958d694ffd", "copy")]
        shared = max(coverage.quotations, key=len)
        assert shared.speaker == "Brad Smith"
        assert {s.variant for s in shared.sources} >= {"identical", "trimmed", "altered"}
        altered = [s for s in shared.sources if s.variant == "altered"]
        assert all("[-" in s.diff for s in altered)
        assert shared.first is not None and shared.first.published == "2020-06-12"
        assert coverage.stat("DUPLICATE_COMPARISONS") > 0


def test_records_round_trip_and_query(articles):
    record = frnews.coverage_record("x", articles["003_aebe5fa7a6eea9d4"])
    assert record[:3] == b"FRC" and frnews.record_id(record) == "x"
    assert frnews.record_similarity(record, record) == 1.0
    assert len(frnews.record_band_keys(record)) == 16
    with pytest.raises(frnews.FormatError):
        frnews.record_id(record[:-1])
    with frnews.Coverage() as coverage:
        index = coverage.add_record(record)
        coverage.add("other", articles["000_9b3e2d958d694ffd"])
        coverage.build()
        result = coverage.query(articles["003_aebe5fa7a6eea9d4"])
        assert result.duplicates[0][:2] == (index, "x")
        assert result.story == coverage.stories.index(
            next(s for s in coverage.stories if index in s.articles))
