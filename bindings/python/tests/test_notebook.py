"""examples/coverage.ipynb runs headless against this build, and the copy
in the repository shows what it does now: its outputs, plot included."""

import copy
import os
import pathlib

import pytest

from conftest import require

# Under the sanitizer build the ASan runtime is preloaded into every process,
# the kernel included: that run checks the C code, the plain build the notebook.
pytestmark = pytest.mark.skipif("libasan" in os.environ.get("LD_PRELOAD", ""),
                                reason="a Jupyter kernel under the preloaded ASan runtime")

NOTEBOOK = "coverage.ipynb"
UPDATE = "make -C bindings/python update-notebook (in the build directory)"


def _examples_dir():
    configured = os.environ.get("FRN_EXAMPLES_DIR")
    if configured:
        return pathlib.Path(configured)
    return pathlib.Path(__file__).resolve().parent.parent.parent.parent / "examples"


def _texts(notebook):
    """What each code cell printed or showed, as text, and whether it drew."""
    shown = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.outputs:
            if output.output_type == "error":
                shown.append(("error", output.ename, output.evalue))
            elif output.output_type == "stream":
                shown.append((output.name, output.text))
            elif "image/png" in output.get("data", {}):
                shown.append(("image",))
            else:
                shown.append(("data", output.get("data", {}).get("text/plain")))
    return shown


@pytest.fixture(scope="module")
def notebooks():
    nbformat = require("nbformat")
    nbclient = require("nbclient")
    require("ipykernel")
    require("matplotlib")
    require("pandas")
    directory = _examples_dir()
    committed = nbformat.read(directory / NOTEBOOK, as_version=4)
    executed = copy.deepcopy(committed)
    # Run where a reader runs it: beside data/, which it reads. The kernel
    # inherits this process's environment, so it imports this build.
    nbclient.NotebookClient(executed, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(directory)}}).execute()
    return committed, executed


def test_the_notebook_runs_and_draws_its_plot(notebooks):
    _committed, executed = notebooks
    shown = _texts(executed)
    assert ("image",) in shown
    assert not [item for item in shown if item[0] in ("error", "stderr")], shown


def test_the_committed_notebook_shows_what_it_does_now(notebooks):
    committed, executed = notebooks
    assert _texts(committed) == _texts(executed), \
        f"examples/{NOTEBOOK} is out of date: re-run it with {UPDATE}"
