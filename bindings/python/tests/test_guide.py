"""Every Python block of docs/guide.md runs, as a reader would run it:
from the top of the source tree (or the installed documentation), where
examples/data holds the samples."""

import os
import pathlib
import re
import subprocess
import sys

import pytest

from conftest import require


def _guide():
    """The guide and the directory its examples run from: the source tree,
    or the installed docdir (guide.md beside examples/)."""
    examples = os.environ.get("FRN_EXAMPLES_DIR")
    top = pathlib.Path(examples).parent if examples else \
        pathlib.Path(__file__).resolve().parent.parent.parent.parent
    for guide in (top / "docs" / "guide.md", top / "guide.md"):
        if guide.is_file():
            return guide, top
    raise AssertionError(f"docs/guide.md not found under {top}")


GUIDE, TOP = _guide()
BLOCKS = re.findall(r"^```python\n(.*?)^```$", GUIDE.read_text(encoding="utf-8"), re.S | re.M)


def test_the_guide_has_its_python_examples():
    assert len(BLOCKS) >= 4


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_a_python_block_of_the_guide_runs(number):
    block = BLOCKS[number]
    if "quotes_frame" in block:
        require("pandas")
    if "import dask" in block:
        require("dask.bag")
    result = subprocess.run([sys.executable, "-c", block], cwd=TOP, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, f"block {number + 1} of {GUIDE}:\n{block}\n{result.stderr}"
    assert result.stdout.strip(), "each block prints what it shows"
