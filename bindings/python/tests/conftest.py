"""Shared fixtures: the five sample articles of examples/data.

The samples are found through FRN_SAMPLE_DATA (set by `make check` and
`make installcheck`), else beside this file in the source tree.
"""

import importlib
import os
import pathlib

import pytest

import frnews

SEED_NAME = "000_9b3e2d958d694ffd.txt"


def _sample_dir():
    configured = os.environ.get("FRN_SAMPLE_DATA")
    if configured:
        return pathlib.Path(configured)
    return pathlib.Path(__file__).resolve().parent.parent.parent.parent / "examples" / "data"


@pytest.fixture(scope="session")
def sample_dir():
    directory = _sample_dir()
    assert directory.is_dir(), f"sample data not found at {directory} (set FRN_SAMPLE_DATA)"
    return directory


@pytest.fixture(scope="session")
def sample_paths(sample_dir):
    paths = sorted(sample_dir.glob("*.txt"))
    assert len(paths) == 5, f"expected the five samples in {sample_dir}"
    return paths


@pytest.fixture(scope="session")
def seed_path(sample_dir):
    return sample_dir / SEED_NAME


@pytest.fixture(scope="session")
def seed_bytes(seed_path):
    return seed_path.read_bytes()


@pytest.fixture(scope="session")
def seed_text(seed_bytes):
    return seed_bytes.decode("utf-8")


def require(module):
    """Import an optional dependency of a test: skip without it, but fail
    in CI (CI=true), where every dependency is meant to be installed."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        message = f"{module} is not installed ({error}): see README's first command"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="session")
def sample_articles(sample_paths):
    """The five samples parsed, by file name without .txt."""
    return {path.stem: frnews.parse(path.read_bytes()) for path in sample_paths}


def build_coverage(articles):
    """A Coverage built over a dict from id to Article, then closed: its
    results stay readable."""
    with frnews.Coverage() as coverage:
        for article_id, article in articles.items():
            coverage.add(article_id, article)
        coverage.build()
    return coverage


@pytest.fixture(scope="session")
def sample_coverage(sample_articles):
    """The five samples built into a (closed) Coverage."""
    return build_coverage(sample_articles)
