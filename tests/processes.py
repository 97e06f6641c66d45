"""What a process and its children are doing, from /proc (Linux): for the tests that check a
query past its deadline is stopped, not left computing (tests/test_web.py, tests/test_api.py)."""

from __future__ import annotations

import os
import time


def children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (from /proc/*/stat)."""
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = open(f"/proc/{entry}/stat").read()  # noqa: SIM115  read at once
            except OSError:  # ended meanwhile
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far (0 once it has ended)."""
    try:
        stat = open(f"/proc/{pid}/stat").read()  # noqa: SIM115  read at once
    except OSError:
        return 0.0
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def settles(pids: set[int], within: float) -> bool:
    """Whether the processes together come to use under 15% of one core over a second, at
    some point within ``within`` seconds (a worker just started has imports to finish)."""
    give_up = time.monotonic() + within
    while time.monotonic() < give_up:
        before = sum(cpu_seconds(p) for p in pids)
        time.sleep(1.0)
        if sum(cpu_seconds(p) for p in pids) - before < 0.15:
            return True
    return False
