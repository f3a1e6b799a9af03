"""The tutorial notebooks: stored without outputs, in step with their builder, and run top to bottom."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).parents[1]
FOLDER = ROOT / "notebooks"
NOTEBOOKS = sorted(FOLDER.glob("*.ipynb"))
NAMES = ["01_quickstart.ipynb", "02_retrain_topic_model.ipynb", "03_trends.ipynb"]


def test_the_three_notebooks_are_there() -> None:
    assert [path.name for path in NOTEBOOKS] == NAMES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code and all(cell.outputs == [] and cell.execution_count is None for cell in code)
    assert notebook.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_models_are_swapped_through_the_documented_api(path: Path) -> None:
    # 02 built mcu_nlp.defaults.DefaultModels(...) by hand, a private path; README documents mcu_nlp.with_models
    code = "\n".join(cell.source for cell in nbformat.read(path, as_version=4).cells if cell.cell_type == "code")
    assert "mcu_nlp.defaults" not in code and "DefaultModels" not in code


def test_notebooks_match_their_builder(tmp_path: Path) -> None:
    sys.path.insert(0, str(FOLDER))
    try:
        from build_notebooks import build
    finally:
        sys.path.remove(str(FOLDER))
    for built in build(tmp_path):
        stored = FOLDER / built.name
        assert json.loads(built.read_text(encoding="utf-8")) == json.loads(stored.read_text(encoding="utf-8")), \
            f"{built.name} differs from notebooks/build_notebooks.py: run it and commit"


@pytest.fixture(scope="session")
def python3_kernel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The name of a kernel that runs this interpreter: the venv's own spec, else one written to a temp dir."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
        ours = Path(spec.resource_dir).resolve().is_relative_to(Path(sys.prefix).resolve())
    except NoSuchKernel:
        ours = False
    if ours:
        yield "python3"
        return
    folder = tmp_path_factory.mktemp("jupyter")
    kernel = folder / "kernels" / "python3"
    kernel.mkdir(parents=True)
    (kernel / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (tests)", "language": "python"}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(folder))
        yield "python3"


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_runs_top_to_bottom(path: Path, python3_kernel: str) -> None:
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("import sys\nprint(sys.executable)"))
    client = NotebookClient(notebook, timeout=300, kernel_name=python3_kernel,
                            resources={"metadata": {"path": str(FOLDER)}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on the first failing cell
    printed = "".join(out.get("text", "") for out in notebook.cells[-1].outputs).strip()
    assert Path(printed).resolve() == Path(sys.executable).resolve(), "the kernel ran another Python"
    assert all(cell.execution_count for cell in notebook.cells if cell.cell_type == "code")
    # a reader takes a printed warning for something to fix (03 printed pandas' "obj.round has no effect" four times)
    warned = [out.text for cell in notebook.cells for out in cell.get("outputs", []) if out.get("name") == "stderr"
              and "Warning" in out.text]
    assert not warned, warned[0]
