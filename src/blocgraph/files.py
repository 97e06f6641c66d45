"""Writing a user's output file the way ``cp`` does, without ever leaving half a file.

* A regular file (or a new name) is written to a temporary file beside it and renamed over it
  when complete: readers see the old file or the new one, never a part. The new file gets the
  mode a plain ``open`` would give it (0666 less the umask), or the mode of the file it replaces.
* A symlink is written through: its target is replaced as above, the link stays a link.
* A device, a FIFO or a socket (``/dev/stdout``, ``/dev/null``, a named pipe) is opened and
  written in place: renaming over it would turn it into a regular file.
* A folder is refused.

Every OS error becomes one line naming the file and what to do.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .errors import InputError


def os_error_message(err: OSError, path: Path | str, what: str = "write") -> str:
    """One line for an OS error on ``path``."""
    reason = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "no space left on the device",
        errno.EDQUOT: "disk quota exceeded",
        errno.EROFS: "read-only file system",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "it is a folder",
        errno.ENOENT: "no such file or folder",
        errno.ENAMETOOLONG: "the name is too long",
        errno.ELOOP: "too many levels of symbolic links",
        errno.EEXIST: "it exists (a dangling symlink?)",
    }.get(err.errno or 0, err.strerror or type(err).__name__)
    return f"{path}: cannot {what}: {reason}"


def _new_file_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def atomic_output(path: Path, option: str = "-o") -> Iterator[BinaryIO]:
    """A binary stream for ``path``, committed only when the block completes."""
    shown = f"{option} {path}" if option else str(path)
    target = Path(path)
    try:
        if target.is_symlink():
            target = Path(os.path.realpath(target))
        try:
            st = os.stat(target)
        except FileNotFoundError:
            st = None
        if st is not None and stat.S_ISDIR(st.st_mode):
            raise InputError(f"{shown}: is a folder; give a file name")
        if st is not None and not stat.S_ISREG(st.st_mode):
            # A device, a FIFO, a socket: write in place, as cp and riot do.
            with open(target, "wb") as stream:
                yield stream
            return
        directory = target.parent if str(target.parent) else Path(".")
        if not directory.is_dir():
            raise InputError(f"{shown}: the folder {directory} does not exist")
        mode = stat.S_IMODE(st.st_mode) if st is not None else _new_file_mode()
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as err:
        raise InputError(os_error_message(err, shown)) from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except OSError as err:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise InputError(os_error_message(err, shown)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
