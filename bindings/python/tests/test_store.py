"""frnews.Coverage.open: coverage kept in an SQLite store."""

import sqlite3

import pytest

import frnews


@pytest.fixture
def texts(sample_paths):
    return {path.stem[:3]: path.read_bytes() for path in sample_paths}


def test_a_store_grows_run_after_run(tmp_path, texts):
    db = tmp_path / "news.db"
    with frnews.Coverage.open(db) as coverage:
        coverage.add("000", frnews.parse(texts["000"]), file="000.txt")
        coverage.add("001", frnews.parse(texts["001"]))
        coverage.build()
        assert len(coverage.stories) == 1
    with frnews.Coverage.open(db) as coverage:
        assert sorted(coverage.ids) == ["000", "001"]
        assert coverage.files[coverage.ids.index("000")] == "000.txt"
        # Re-adding an id updates it: the index holds it twice until reopened.
        coverage.add("001", frnews.parse(texts["001"]))
        coverage.add("003", frnews.parse(texts["003"]))
        coverage.build()
    with frnews.Coverage.open(db, read_only=True) as coverage:
        assert sorted(coverage.ids) == ["000", "001", "003"]
        coverage.build()
        shared = [q for q in coverage.quotes if len(q) > 1]
        assert shared and all(s.char_start is None for q in shared for s in q.sources)
        with pytest.raises(frnews.ReadOnlyError):
            coverage.add("004", frnews.parse(texts["004"]))
    # The results tables, read with SQL.
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (3,)
        assert connection.execute("SELECT count(DISTINCT story) FROM stories").fetchone() == (1,)
        assert connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)


def test_an_exception_rolls_the_batch_back(tmp_path, texts):
    db = tmp_path / "news.db"
    with pytest.raises(RuntimeError):
        with frnews.Coverage.open(db) as coverage:
            coverage.add("000", frnews.parse(texts["000"]))
            raise RuntimeError("ingest failed")
    with frnews.Coverage.open(db) as coverage:
        assert len(coverage) == 0


def test_eviction_by_date(tmp_path, texts):
    db = tmp_path / "news.db"
    with frnews.Coverage.open(db) as coverage:
        coverage.add("003", frnews.parse(texts["003"]))  # 2020-06-12
        coverage.add("000", frnews.parse(texts["000"]))  # undated
        assert coverage.evict_before("2020-06-13") == 1
    with frnews.Coverage.open(db) as coverage:
        assert coverage.ids == ["000"]


def test_a_file_that_is_not_a_store(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 4096)
    with pytest.raises(frnews.IoError) as caught:
        frnews.Coverage.open(junk)
    assert "junk.db" in caught.value.message
