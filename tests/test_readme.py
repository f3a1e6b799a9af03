"""What README.md shows a newcomer holds at HEAD (the tour itself runs as a doctest in test_cli.py)."""

import re
from importlib import import_module
from pathlib import Path

import mcu_nlp

README = Path(__file__).parents[1] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_every_mcu_nlp_name_in_the_readme_is_there_after_a_plain_import() -> None:
    # `mcu_nlp.defaults.with_models(...)` was an AttributeError after `import mcu_nlp`: a submodule is an attribute
    # only once something has imported it, so the line worked or not depending on what ran before it. A name is
    # reachable when mcu_nlp exports it (__all__, lazily) or when the block imports its module itself.
    for block in _python_blocks():
        code = "\n".join(line.removeprefix(">>> ") for line in block.splitlines())
        imported = set(re.findall(r"^(?:import|from) (mcu_nlp\.\w+)", code, re.M))
        for name in sorted(set(re.findall(r"\bmcu_nlp(?:\.\w+)+", code)) - imported):
            first, *rest = name.split(".")[1:]
            if f"mcu_nlp.{first}" in imported:
                found = import_module(f"mcu_nlp.{first}")
            else:
                assert first in mcu_nlp.__all__, f"README uses {name}, but mcu_nlp does not export {first!r}"
                found = getattr(mcu_nlp, first)
            for part in rest:
                found = getattr(found, part)
