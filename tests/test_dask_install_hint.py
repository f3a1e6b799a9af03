"""mcu_nlp.dask's docstring told to install ``mcu-nlp[dask]``, a package no index serves; README installs the extra
from a checkout, and errors.install_extra (the plot extra's hint) words it so."""

from pathlib import Path

import mcu_nlp.dask
from mcu_nlp.errors import install_extra

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_the_dask_docstring_names_no_package_that_no_index_serves():
    assert "mcu-nlp[" not in mcu_nlp.dask.__doc__


def test_the_dask_docstring_installs_the_extra_as_readme_and_install_extra_do():
    from_path = "pip install '/path/to/mcu_nlp[dask]'"
    assert from_path in README
    assert from_path in install_extra("dask")
    assert from_path in mcu_nlp.dask.__doc__
    assert "pip install -e '.[dask]'" in mcu_nlp.dask.__doc__
