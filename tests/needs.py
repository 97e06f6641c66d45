"""What a test does when something it needs is missing: skip on a developer's machine, fail
under CI=true (.ci/run installs everything, so CI must not pass by skipping)."""

from __future__ import annotations

import os

import pytest


def missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: .ci/run installs what the tests need)")
    pytest.skip(reason)
