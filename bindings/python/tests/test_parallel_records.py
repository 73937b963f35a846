"""Records computed on threads (coverage_records, Coverage.add_all with
jobs=N): the bytes and the index are those of a serial run, in input order."""

import pytest

import frnews


def _edited_copies(texts):
    """Each sample, and copies with a paragraph left out, so that the
    threads get articles of different lengths and a few near-duplicates."""
    items = []
    for n, text in enumerate(texts):
        paragraphs = text.split("\n\n")
        items.append((f"s{n}", frnews.parse(text)))
        for drop in range(1, min(len(paragraphs), 6)):
            edited = "\n\n".join(paragraphs[:drop] + paragraphs[drop + 1:])
            items.append((f"s{n}-{drop}", frnews.parse(edited)))
    return items


@pytest.fixture(scope="module")
def items(sample_paths):
    return _edited_copies([path.read_text(encoding="utf-8") for path in sample_paths])


def _summary(coverage):
    return ([story.ids for story in coverage.stories],
            [cluster.ids for cluster in coverage.duplicate_clusters],
            [(quote.text, quote.speaker, [source.id for source in quote.sources])
             for quote in coverage.quotes])


def test_threaded_records_are_the_serial_bytes_in_order(items):
    serial = [frnews.coverage_record(id, article) for id, article in items]
    assert len(items) > 20
    assert frnews.coverage_records(items) == serial
    for jobs in (2, 4):
        assert frnews.coverage_records(items, jobs=jobs) == serial
    assert frnews.coverage_records(dict(items), jobs=3) == serial
    assert [frnews.record_id(record) for record in serial] == [id for id, _ in items]


def test_add_all_builds_the_index_add_builds(items):
    with frnews.Coverage() as one_by_one:
        for id, article in items:
            one_by_one.add(id, article)
        one_by_one.build()
        expected = _summary(one_by_one)
    assert len(expected[0]) < len(items)  # the copies group: a result worth comparing
    for jobs in (1, 4):
        with frnews.Coverage() as coverage:
            assert coverage.add_all(items, jobs=jobs) == list(range(len(items)))
            coverage.build()
            assert list(coverage) == [id for id, _ in items]
            assert _summary(coverage) == expected
            # Character offsets come with the articles, as add() gives them.
            source = coverage.quotes[0].sources[0]
            assert source.char_start is not None


def test_add_all_stops_at_the_first_failure_in_order(items):
    broken = items[:7] + [("not-an-article", "plain text")] + items[7:]
    with frnews.Coverage() as coverage:
        with pytest.raises(TypeError):
            coverage.add_all(broken, jobs=3)
        assert list(coverage) == [id for id, _ in items[:7]]
    with frnews.Coverage() as coverage:
        coverage.add(items[2][0], items[2][1])
        with pytest.raises(frnews.InvalidArgumentError):
            coverage.add_all(items, jobs=2)
        assert list(coverage) == [items[2][0], items[0][0], items[1][0]]


def test_jobs_must_be_a_positive_count(items):
    for jobs, error in ((0, ValueError), (-2, ValueError), (1.5, TypeError), (True, TypeError)):
        with pytest.raises(error):
            frnews.coverage_records(items[:2], jobs=jobs)
        with frnews.Coverage() as coverage:
            with pytest.raises(error):
                coverage.add_all(items[:2], jobs=jobs)
            assert len(coverage) == 0


def test_stored_add_all_stores_every_article(items, tmp_path):
    path = tmp_path / "news.db"
    with frnews.Coverage.open(path) as stored:
        stored.add_all(items[:9], jobs=2)
    with frnews.Coverage.open(path, read_only=True) as again:
        assert sorted(again) == sorted(id for id, _ in items[:9])


def test_parse_many_gives_the_serial_articles_in_order(sample_paths):
    texts = [path.read_text(encoding="utf-8") for path in sample_paths] * 4
    serial = [frnews.parse(text).to_dict() for text in texts]
    for jobs in (1, 2, 3):
        articles = list(frnews.parse_many(iter(texts), jobs=jobs))
        assert [article.to_dict() for article in articles] == serial
    # Options go to parse(); the articles' quotations come with them.
    first = next(frnews.parse_many(texts[:1], format="text", jobs=2))
    assert first.format == "text" and first.quotes == frnews.parse(texts[0]).quotes


def test_parse_many_raises_the_first_failure_in_order(sample_paths):
    text = sample_paths[0].read_text(encoding="utf-8")
    parsed = frnews.parse_many([text, "", text, text], jobs=2)
    assert next(parsed).title == frnews.parse(text).title
    with pytest.raises(frnews.EmptyInputError):
        next(parsed)
    with pytest.raises(ValueError):
        frnews.parse_many([text], jobs=0)
    with pytest.raises(TypeError):
        frnews.parse_many([text], jobs="2")
