"""examples/quotes.py prints "speaker: quote" for a file."""

import os
import pathlib
import subprocess
import sys

import pytest


def _example():
    configured = os.environ.get("FRN_EXAMPLES_DIR")
    directory = (pathlib.Path(configured) if configured
                 else pathlib.Path(__file__).resolve().parent.parent.parent.parent / "examples")
    return directory / "quotes.py"


def test_quotes_example_prints_smith(seed_path):
    run = subprocess.run([sys.executable, str(_example()), str(seed_path)],
                         capture_output=True, text=True, encoding="utf-8", check=True)
    assert any(line.startswith("Brad Smith: We will not sell facial recognition technology")
               for line in run.stdout.splitlines()), run.stdout


def test_quotes_example_needs_a_file():
    run = subprocess.run([sys.executable, str(_example())], capture_output=True, text=True)
    assert run.returncode == 2
    assert "usage" in run.stderr.lower()


@pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                    reason="a Dask cluster under the preloaded ASan runtime")
def test_dask_example_groups_the_samples(sample_dir):
    example = _example().parent / "coverage_dask.py"
    run = subprocess.run([sys.executable, str(example), str(sample_dir)],
                         capture_output=True, text=True, encoding="utf-8", check=True)
    stories = [line for line in run.stdout.splitlines() if line.startswith("story:")]
    assert len(stories) == 1 and len(stories[0].split()) == 6, run.stdout
    assert "Brad Smith: " in run.stdout and " altered " in run.stdout, run.stdout
