"""Issue 7, sections 3 and 6: output files are written as `cp` writes them, never half, and
ordinary OS conditions (permissions, a full disk, a folder where a file goes, a cache that is a
file) are one line with exit 2, never "internal error"."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False


def _unwritable_folder(tmp_path):
    """A folder this process cannot create files in: a read-only one, or for root (whom modes
    do not stop) /sys, where even root gets EACCES / EPERM."""
    if ROOT:
        return Path("/sys")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    return folder


def _blocgraph(*args, env=None, stdout=None, umask=None):
    environment = dict(os.environ)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "blocgraph", *args],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        text=True,
        timeout=300,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


def _one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("Error: ") and "internal error" not in lines[0], err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_export_respects_the_umask(tmp_path, store, umask):
    out = tmp_path / "kb.nt"
    result = _blocgraph("export", "--format", "nt", "-o", str(out), umask=umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_export_keeps_the_mode_of_the_file_it_replaces(tmp_path, store):
    out = tmp_path / "kb.nt"
    out.write_text("old")
    out.chmod(0o640)
    assert _blocgraph("export", "--format", "nt", "-o", str(out)).returncode == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o640 and out.stat().st_size > 1000


def test_export_writes_through_a_symlink(tmp_path, store):
    target = tmp_path / "real.nt"
    target.write_text("old")
    link = tmp_path / "link.nt"
    link.symlink_to(target)
    assert _blocgraph("export", "--format", "nt", "-o", str(link)).returncode == 0
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.stat().st_size > 1000


def test_export_writes_into_a_device_and_a_fifo(tmp_path, store):
    assert _blocgraph("export", "--format", "nt", "-o", "/dev/null").returncode == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is still a device"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received = []

    def read():
        with open(fifo, "rb") as stream:
            received.append(len(stream.read()))

    thread = threading.Thread(target=read)
    thread.start()
    result = _blocgraph("export", "--format", "nt", "-o", str(fifo))
    thread.join(60)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.stat().st_mode) and received and received[0] > 1000


def test_export_to_a_folder_is_one_line(tmp_path, store):
    result = _blocgraph("export", "-o", str(tmp_path))
    assert result.returncode == 2
    assert "is a folder" in _one_line(result.stderr)


def test_export_into_an_unwritable_folder_is_one_line(tmp_path, store):
    folder = _unwritable_folder(tmp_path)
    result = _blocgraph("export", "-o", str(folder / "kb.ttl"))
    assert result.returncode == 2
    assert "permission denied" in _one_line(result.stderr)


def test_a_full_disk_on_stdout_is_one_line(store):
    with open("/dev/full", "w") as full:
        result = _blocgraph("members", "SCO", "--on", "2020-02-20", stdout=full)
    assert result.returncode == 2, result.stderr
    assert "no space left" in _one_line(result.stderr)


def test_export_to_a_full_disk_leaves_no_file(tmp_path, store):
    with open("/dev/full", "w") as full:
        result = _blocgraph("export", "--format", "nt", stdout=full)
    assert result.returncode == 2, result.stderr
    assert "no space left" in _one_line(result.stderr)


def test_a_cache_folder_that_is_a_file_is_one_line(tmp_path):
    cache = tmp_path / "cache"
    cache.write_text("not a folder")
    result = _blocgraph("members", "SCO", env={"BLOCGRAPH_CACHE_DIR": str(cache)})
    assert result.returncode == 2
    assert "BLOCGRAPH_CACHE_DIR" in _one_line(result.stderr)


def test_a_dangling_symlink_cache_is_one_line(tmp_path):
    cache = tmp_path / "cache"
    cache.symlink_to(tmp_path / "gone" / "away")
    result = _blocgraph("members", "SCO", env={"BLOCGRAPH_CACHE_DIR": str(cache)})
    assert result.returncode == 2
    assert "BLOCGRAPH_CACHE_DIR" in _one_line(result.stderr)


def test_an_unwritable_cache_is_one_line(tmp_path):
    cache = _unwritable_folder(tmp_path) / "cache"
    result = _blocgraph("members", "SCO", env={"BLOCGRAPH_CACHE_DIR": str(cache)})
    assert result.returncode == 2
    assert "BLOCGRAPH_CACHE_DIR" in _one_line(result.stderr)
