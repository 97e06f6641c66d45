"""The code passes ruff (pyproject's rules), is formatted as ruff formats it, and type-checks
(mypy)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ["src", "tests", "benchmarks", "scripts"]


def _ruff() -> list[str]:
    # ruff is in the test extra: its binary sits next to this interpreter.
    found = shutil.which("ruff", path=str(Path(sys.executable).parent))
    if not found:
        pytest.fail("ruff is not installed: pip install '.[test]'")
    return [found]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["check", "format"])
def test_ruff(command):
    result = subprocess.run(
        [*_ruff(), *command, *FOLDERS], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def test_mypy():
    """The package type-checks (pyproject's [tool.mypy]: every function annotated, except in
    the modules it lists)."""
    if importlib.util.find_spec("mypy") is None:
        pytest.fail("mypy is not installed: pip install '.[test]'")
    # Its cache in a temporary folder: the test never writes into the repository.
    with tempfile.TemporaryDirectory() as cache:
        result = subprocess.run(
            [sys.executable, "-m", "mypy", "--cache-dir", cache],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
