"""Files written so that a reader never sees half of one: write to a temporary name beside, flush it to the disk,
then rename; and the temporary files a process killed mid-write left behind (:func:`remove_stale`)."""

from __future__ import annotations

import glob
import os
import re
import uuid
from collections.abc import Callable
from pathlib import Path


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Call ``write(tmp)`` for a temporary path beside ``path``, flush it to the disk, then rename it to ``path``.

    The temporary name ends in ``.tmp`` and is removed if ``write`` fails; the file gets the usual
    permissions (the umask), as if written directly. The file is synced before the rename and the folder after it
    (:func:`synced`): renamed only, a machine that went down could leave ``path`` empty or cut short under its
    final name (a job's part taken for finished).

    >>> import tempfile
    >>> target = Path(tempfile.mkdtemp()) / "out.txt"
    >>> write_atomically(target, lambda tmp: tmp.write_text("done")).read_text()
    'done'
    """
    path = Path(path)
    tmp = path.with_name(f"{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        write(tmp)
        synced(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    synced(path.parent)
    return path


def synced(path: Path) -> None:
    """Flush a file's data, or a folder's entries (a rename in it), to the disk; a folder where that cannot be done
    (on Windows no folder can be opened) is left as it is.

    >>> import tempfile; folder = Path(tempfile.mkdtemp()); _ = (folder / "a.txt").write_text("a")
    >>> synced(folder / "a.txt"), synced(folder)
    (None, None)
    """
    if not path.is_dir():
        handle = os.open(path, os.O_RDWR)  # written: Windows syncs no file opened for reading only
        try:
            os.fsync(handle)
        finally:
            os.close(handle)
        return
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:  # a file system that cannot sync a folder
        pass
    finally:
        os.close(handle)


def remove_stale(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files :func:`write_atomically` left beside ``path`` when its process was killed while
    writing (SIGKILL, the machine down): a full-size copy of a job's output each, which no later run removed.
    Return those removed. Only names of that form go: ``OUT.csv.<12 hex digits>.tmp``.

    >>> import tempfile; folder = Path(tempfile.mkdtemp())
    >>> for name in ("out.csv.0123456789ab.tmp", "out.csv.tmp", "out.csv.x123456789ab.tmp", "a.csv.0123456789ab.tmp"):
    ...     _ = (folder / name).write_text("")
    >>> [p.name for p in remove_stale(folder / "out.csv")], sorted(p.name for p in folder.iterdir())
    (['out.csv.0123456789ab.tmp'], ['a.csv.0123456789ab.tmp', 'out.csv.tmp', 'out.csv.x123456789ab.tmp'])
    """
    path = Path(path)
    name = re.compile(re.escape(path.name) + r"\.[0-9a-f]{12}\.tmp")
    stale = [p for p in path.parent.glob(f"{glob.escape(path.name)}.*.tmp") if name.fullmatch(p.name)]
    for found in stale:
        found.unlink(missing_ok=True)
    return stale

