"""An output path that is one of the command's inputs, refused before any work.

``mcu-nlp analyze same.csv -o same.csv`` exited 0 and replaced the appeals with their analysis.
"""

from __future__ import annotations

import os
from pathlib import Path

from mcu_nlp.errors import InputError, Shown, expected
from mcu_nlp.tablefiles import check_input_file


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` are one file: by another path, a symbolic or a hard link to it included.

    >>> same_file(Path("x/../a.csv"), Path("a.csv"))
    True
    """
    if a.exists() and b.exists():
        return os.path.samefile(a, b)
    return a.resolve() == b.resolve()


def check_outputs(inputs: dict[str, Path], outputs: dict[str, Path]) -> None:
    """Refuse an output (named by its option, e.g. ``--output``) that is an input or an earlier output.

    >>> import tempfile; read = Path(tempfile.mkdtemp()) / "a.csv"; _ = read.write_text("id,text\\n")
    >>> check_outputs({"input": read}, {"--output": read.parent / "." / "a.csv"})  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    mcu_nlp.errors.InputError: expected a --output other than the input, got the same file '...a.csv'; ...
    """
    for name, path in inputs.items():  # a missing input first: 'analyze missing.csv -o missing.csv' said "the same
        # file" (two paths to nothing resolve alike)
        check_input_file(path, name, folder=True)  # a folder: the command says whether it reads one
    named = [("the input", path) for path in inputs.values()]
    for option, path in outputs.items():
        for what, read in named:
            if same_file(path, read):
                raise InputError(expected(f"a {option} other than {what}", Shown(f"the same file {str(path)!r}"),
                                          "name another file: it would be overwritten"))
        named.append((f"the {option}", path))
