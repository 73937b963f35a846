"""pandas DataFrames of the results, and the message without pandas."""

import subprocess
import sys

import pytest

import frnews
from conftest import require


@pytest.fixture(scope="module", autouse=True)
def pandas():
    return require("pandas")


def test_quotes_frame_has_a_row_per_quotation(sample_articles):
    articles = sample_articles
    frame = frnews.quotes_frame(sample_articles)
    assert len(frame) == sum(len(a.quotes) for a in articles.values())
    first = articles["000_9b3e2d958d694ffd"].quotes[0]
    row = frame[frame.article == "000_9b3e2d958d694ffd"].iloc[0]
    assert (row.speaker, row.text, row.char_start) == (first.speaker, first.text, first.char_start)
    # A list names its articles by position.
    assert list(frnews.quotes_frame(list(articles.values())).article.unique()) == [0, 1, 2, 3, 4]


def test_articles_frame_has_a_row_per_article(sample_articles):
    articles = sample_articles
    frame = frnews.articles_frame(sample_articles)
    assert list(frame.article) == list(sample_articles)
    assert list(frame.quotes) == [len(a.quotes) for a in articles.values()]
    assert list(frame.title) == [a.title for a in articles.values()]


def test_coverage_quotes_frame_has_a_row_per_printing(sample_coverage):
    coverage = sample_coverage
    frame = coverage.quotes_frame()
    assert len(frame) == sum(len(q.sources) for q in coverage.quotes)
    shared = max(coverage.quotes, key=len)
    rows = frame[frame.text == shared.text]
    assert list(rows.id) == [source.id for source in shared.sources]
    assert set(rows.outlets) == {len(shared)}
    assert rows.is_first.sum() == (1 if shared.first is not None else 0)


def test_coverage_stories_frame_has_a_row_per_article(sample_coverage):
    coverage = sample_coverage
    frame = coverage.stories_frame()
    assert sorted(frame.id) == sorted(coverage.ids)
    assert list(frame.story) == [n for n, story in enumerate(coverage.stories) for _ in story]


def test_without_pandas_a_frame_raises_import_error_saying_what_to_install(seed_text):
    # In a fresh interpreter where `import pandas` fails: frnews imports,
    # parses, and only asking for a frame fails, with the message.
    script = (
        "import sys; sys.modules['pandas'] = None\n"
        "import frnews\n"
        "article = frnews.parse(sys.stdin.read())\n"
        "assert article.quotes\n"
        "try:\n"
        "    frnews.quotes_frame([article])\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], input=seed_text, text=True,
                            capture_output=True, check=True)
    assert "python3-pandas" in result.stdout


def test_a_missing_test_dependency_is_a_skip_here_and_a_failure_in_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no_such_frnews_module is not installed"):
        require("no_such_frnews_module")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no_such_frnews_module is not installed"):
        require("no_such_frnews_module")
