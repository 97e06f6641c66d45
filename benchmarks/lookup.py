"""How long a cold lookup takes, against the raw Oxigraph CLI and plain rdflib, as data grows.

    python benchmarks/lookup.py [--scales 1,10,100] [--runs 5] [--work DIR] [--no-rdflib]

For each scale (1 = the shipped data; 10 and 100 = benchmarks/generate.py resources folders in
--work, generated when missing) ``blocgraph build`` makes the store if it is not there yet (its
line is printed; a store from an earlier run is reused), then every lookup runs --runs times as a
fresh process ("cold": a new interpreter and a store opened from disk; the operating system's
file cache stays warm), interleaved with:

* oxigraph: ``oxigraph query`` on the same store folder with the same query text, parameters
  bound as blocgraph binds them: what the same store costs without Python;
* rdflib: a process that parses the same files with rdflib, adds the derived dates
  (derive.add_derived) and runs the same query text: the plain way, without a store.

Each cell is the median whole-process wall time and the peak memory of that process
(getrusage of the child, as os.wait4 returns it). ``ratio`` is blocgraph / oxigraph; ``/ floor``
is blocgraph / the floor (a Python that imports click and pyoxigraph, run right after each
run of the lookup, so that both see the same load on a shared machine) in CPU time (user +
sys, the median of the runs; wall time on a busy machine mostly measures the others), the
figure with a target: every lookup within --target (1.3) times the floor, marked "!" when
above it; ``cpu`` is that lookup's median CPU time. The
oxigraph column is left empty when the ``oxigraph`` CLI is not installed. The
lookups after the first two have no comparison columns: they show that every lookup of the
slice stays fast as the data grows; the two marked "all blocs" answer over the whole data and
grow with it. The "for reference" lines are the floor of any Python CLI here: a bare interpreter,
and one that imports click and pyoxigraph. A final table shows how each figure grows.
rdflib runs once where one parse-and-query takes over --rdflib-once seconds, and is skipped at a
scale where it would take over --rdflib-limit (estimated from the previous scale); the output
says so.

Where a cold lookup's CPU goes (x1, Python 3.11, pyoxigraph 0.5.13, medians of 7-15 runs on a
shared 2-core machine; the floor measured 48-55 ms there):

* the floor itself: the interpreter 11 ms, ``import click`` about 33, ``import pyoxigraph`` 4,
  and the interpreter's exit about 10 (a lookup's exit costs about the same);
* opening the store read-only: about 9 ms, 0.18x the floor on its own. RocksDB opens each of
  Oxigraph's 12 column families with 15 threads (183 threads per open; creating 180 threads
  costs a C++ program 3.5 ms), whatever the number of files: the build's ``optimize()`` already
  leaves one SST file per column family. A script that only imports click and pyoxigraph,
  opens the store and prints the rows of the bound members-on query measured 1.33x of the
  floor: no lookup that opens the store can reach 1.3x;
* so the build also writes a lookup index beside the store (src/blocgraph/lookup_index.py:
  one SQLite file, from the store's own query results; tests/test_lookup_index.py compares it
  with the named queries on the store), and the lookups it answers import neither pyoxigraph
  nor RocksDB: ``members``, ``state`` (also ``--on``, ``--bloc`` and ``--meetings``),
  ``joint``, ``compare``, ``bloc``, ``meetings`` (by bloc, year, series or host),
  ``meeting``, ``attended`` and ``absences``; ``search`` and an unknown name answer from the
  name index. Their cost over ``import click``: ``import sqlite3`` about 2.5 ms (its shared
  library and ``sqlite3.dbapi2``), opening the file and reading its meta table under a
  millisecond, each SQL statement 0.2-4 ms on a cold page cache (India's 262 memberships the
  most), decoding the rows' terms 0.3-2 ms;
* what the index leaves to the store: a year or a span of years of a lookup whose rows tie on
  the query's ORDER BY (none since round 3: ``absences`` ordered Myanmar's absences from two
  ASEAN summits held on one day by day and state only, and the store ordered the two
  differently for different spans; its ORDER BY now ends with ?meeting, as the other
  queries over meetings do), ``blocgraph query`` with a .rq file, a query edited since the
  build.
  Those open the store: every triple pattern is a RocksDB seek, 10-15 us in a cold process
  (the default graph is the union of the asserted and derived graphs: two indexes per
  pattern); the first query also warms the block cache;
* blocgraph's Python: its modules about 5 ms (cli 1.8 of it, 1 ms of which is ``locale``, which
  gettext imports the first time click translates its help and version options' texts;
  queries 0.9, store 0.8, resolve 0.7), ``json`` 1.6 ms for ``--format json``, the store's
  fingerprint 1.3 ms and manifest check 0.9 ms (about 215 stats), parsing, binding and
  printing 1-2 ms.

Measured before and after the lookup index (x1, CPU ratio to the floor, 5-7 paired runs; the
machine's load average was 3.4 before and 7-9 after, with other sessions' builds and tests
running, so that each figure is good to about +-0.15x; three runs after, the last at load 1-2):

    lookup                                     before   after (three runs)
    members SCO --on 2020-02-20                 1.70x    1.36x  1.15x  1.47x
    members SCO --status observer               1.85x    1.33x  1.42x  1.18x
    state Belarus                               2.20x    1.38x  1.48x  1.38x
    state India --on 2020-02-20                 2.29x    1.41x  1.71x  1.38x
    state Belarus --bloc SCO                    2.28x    1.42x  1.43x  1.35x
    joint India Pakistan --on 2020-02-20        2.09x    1.60x  1.20x  1.49x
    compare BRICS SCO --on 2020-02-20           2.73x    1.26x  1.44x  1.25x
    bloc SCO                                    2.90x    1.49x  1.60x  1.37x
    meetings SCO --year 2020                    1.75x    1.35x  1.36x  1.26x
    meetings SCO --series chs                   1.90x    1.23x  1.56x  1.26x
    meetings --year 2020 (all blocs)            1.82x    1.35x  1.49x  1.30x
    search USSR                                 1.26x    1.18x  1.12x  1.19x
    not answered by the index (store opened):   1.8-2.4x before and after

At x10 (7.5M triples; the build took 33 min on that busy machine, the lookup index 191 MB
beside a 1.9 GB store; 19 MB beside 105 MB at x1) the indexed lookups measured 1.22-1.54x
(members SCO --on 1.28x, compare 1.22x, state --bloc 1.29x, meetings --series 1.26x, meetings
--year 1.29x; state India --on 1.51x, meetings --year over all blocs 1.54x), those on the store
1.95-2.2x, and absences and attended over all blocs grow with the data (81x, 30x): they read
every meeting, and the index holds none of their answers.

Where the lookups the index answers still stand above 1.3x, it is blocgraph's own start (its
modules, the fingerprint and manifest stats, json) with sqlite3's 2.5 ms in place of
pyoxigraph's 4 (about 10 ms over the floor by the breakdown above: 1.2x of a 50 ms floor),
and more on a busy machine.

Round 2 (issue 11, "Keep the lookup path lean"): the index also answers ``meeting`` (its four
parts stored for every meeting) and the meeting record's lookups by year (``attended``,
``absences``, ``state --meetings``, ``meetings --host``: each query's rows stored once per
bloc, status, state or host, with each row's year; a year or a span keeps its rows where no
two rows tie on the ORDER BY, which the build checks); ``bloc``'s JSON no longer translates
every character of its 68 kB (json_text, 4.5 to 1.3 ms); a lookup compiles no pattern to read
its query files (0.6 ms); rows read each date once; JSON and CSV import no text renderer.
CPU ratio to the floor, median of three runs of 7 paired runs each (before: the commit this
round started from; the machine's load average 6.3, 6.4, 8.4 before and 6.9, 7.4, 8.7 after,
with seven other sessions' builds and tests running, so that each figure is good to about
+-0.05x; the floor measured 53-62 ms of CPU, against 44-48 on a quieter machine):

    lookup                                     before              after
    members SCO --on 2020-02-20                 1.30x               1.31x
    attended SCO --status observer --year 2020  1.74x               1.26x
    state Belarus                               1.35x               1.35x
    state India --on 2020-02-20                 1.35x               1.36x
    meetings SCO --year 2020                    1.24x               1.25x
    meeting SCO/dsewg-9                         1.75x               1.27x
    joint India Pakistan --on 2020-02-20        1.31x               1.36x
    members SCO --status observer               1.22x               1.22x
    bloc SCO                                    1.38x               1.36x
    meetings SCO --series chs                   1.24x               1.27x
    state Belarus --meetings                    1.90x               1.27x
    attended G20 --status member 2015-2025      1.85x               1.24x
    absences --from 2000 --to 2025              1.66x               1.67x (the store: ties)
    search USSR                                 1.18x               1.18x
    compare BRICS SCO --on 2020-02-20           1.27x               1.23x
    state Belarus --bloc SCO                    1.27x               1.28x
    meetings --year 2020 (all blocs)            1.28x               1.27x
    meetings --host Pakistan (all blocs)        1.51x               1.23x
    attended --year 2020 (all blocs)            1.98x               1.28x

The lookups still above 1.3x at that load (state, joint, bloc, members --on: 1.31-1.36x)
spend their extra on what the breakdown above lists: sqlite3 and blocgraph's modules about
0.15x of the floor together, and 2-6 ms of SQL, term decoding and JSON for answers of 70-260
rows. The build does about 14 s more CPU for the new tables (observers-attended over every
bloc and status 4 s, state-meetings for every state 3 s, the meetings' parts 5 s); the index
grew from 19 to 42 MB.

Round 3 (issue 11: every cold lookup within 1.3x). Where a lookup's CPU went beyond the floor
(cold, in-process process_time around each step, medians of 9 runs at load 6-9; state Belarus
--format json, then the others where they differ): blocgraph's modules 8 ms (cli 1.7, api and
lookups 3.6, store 0.6, completion 0.3, locale 0.8), sqlite3 1.3, json 1.3, opening the store
(fingerprint, manifest) 3, the index's SQL and terms 3-4.5 (joint's SQL alone 3.5-4.4: the
memberships of two states on the day), JSON 2.6 (json.dumps with indent uses json's
pure-Python encoder), and the exit: 10-12 ms for a lookup as for the floor, mostly the
interpreter's last collections over every object click, typing and enum made (``os._exit``
after the floor's imports: 58 to 49 ms; ``gc.freeze()`` there: 52 ms). Changes:

* the command line's process freezes its objects out of the collector when its command is
  done (cli._Group.__call__; CliRunner's ``main`` does not): the exit skips collecting them,
  about 7 ms of every lookup. atexit handlers and file closing still run (tests/test_exit.py);
* indented JSON is written with json's C string escaper (output._indented; json.dumps is the
  fallback for anything but dicts, lists, strings, ints, booleans and None) and without
  importing json: the same text (tests/test_output.py: hypothesis and real answers);
* ``absences`` ends its ORDER BY with ?meeting, so that no two different rows tie and the
  index answers its years and spans too (the rows are the store's, in the store's order,
  which tests/test_lookup_index.py checks for every bloc and a spread of spans): the
  meeting's IRI, as observers-attended, state-meetings and meetings-hosted-by already end
  theirs, is the one total tie-breaker (labels can be missing or equal); a reader sees
  ASEAN/summit-38 before summit-39 on 2021-10-26;
* the index's stored rows are zlib-compressed (format 4): 47 to 21 MB (the rows of answers
  and spans were 27 MB, and compress sevenfold); unpacking costs a lookup tens of us;
* the build reads the index's answers straight from pyoxigraph (no worker thread and no Row
  dicts per query, over some 6,300 queries).

CPU ratio to the floor, before (the base of this round, its own store) and after (this
round, its own store), the same commands interleaved in each run, medians of 5 runs, the
machine's load average 15 (seven other sessions' builds and full test suites on 2 cores; the
floor measured 49-59 ms); every output identical except absences' two pairs of summits of one
day, now in the order of their meetings:

    lookup                                     before   after
    members SCO --on 2020-02-20                 1.28x    1.04x
    attended SCO --status observer --year 2020  1.24x    1.14x
    state Belarus                               1.35x    1.11x
    state India --on 2020-02-20                 1.27x    1.12x
    meetings SCO --year 2020                    1.19x    1.06x
    meeting SCO/dsewg-9                         1.28x    1.02x
    joint India Pakistan --on 2020-02-20        1.32x    1.16x
    members SCO --status observer               1.22x    1.13x
    bloc SCO                                    1.38x    1.16x
    meetings SCO --series chs                   1.25x    1.05x
    state Belarus --meetings                    1.28x    1.09x
    attended G20 --status member 2015-2025      1.23x    1.04x
    absences --from 2000 --to 2025              1.68x    1.07x
    search USSR                                 1.27x    1.06x
    compare BRICS SCO --on 2020-02-20           1.17x    1.06x
    state Belarus --bloc SCO                    1.23x    1.04x
    meetings --year 2020 (all blocs)            1.26x    1.05x
    meetings --host Pakistan (all blocs)        1.20x    1.03x
    attended --year 2020 (all blocs)            1.23x    1.04x

This script itself, right after (--runs 5, load 13): 1.04-1.18x, the highest state Belarus
1.18x, joint 1.16x, members SCO --on 1.13x, bloc SCO 1.13x, absences 1.10x.

The index's build (write_lookup_index on a built store, both run at once at load 16): 25.1 s
of CPU before, 22.8 s after; the whole build 36.6 and 35.5 s of user CPU (most of the index's
time is the 6,300 queries' own evaluation in pyoxigraph, a few ms each). The store's folder:
136 to 112 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from blocgraph import paths

HERE = Path(__file__).resolve().parent

# (label, CLI arguments, the named query it runs and its raw parameters or None)
COMPARED = [
    (
        "members SCO --on 2020-02-20",
        ["members", "SCO", "--on", "2020-02-20", "--format", "json"],
        "members-on",
        {"bloc": "SCO", "date": "2020-02-20"},
    ),
    (
        "attended SCO --status observer --year 2020",
        ["attended", "SCO", "--status", "observer", "--year", "2020", "--format", "json"],
        "observers-attended",
        {"bloc": "SCO", "status": "observer", "year": "2020"},
    ),
]
SLICE = [
    ("state Belarus", ["state", "Belarus", "--format", "json"]),
    ("state India --on 2020-02-20", ["state", "India", "--on", "2020-02-20", "--format", "json"]),
    ("meetings SCO --year 2020", ["meetings", "SCO", "--year", "2020", "--format", "json"]),
    ("meeting SCO/dsewg-9", ["meeting", "SCO/dsewg-9", "--format", "json"]),
    ("joint India Pakistan --on 2020-02-20", ["joint", "India", "Pakistan", "--on", "2020-02-20"]),
    ("members SCO --status observer", ["members", "SCO", "--status", "observer"]),
    # The meeting record's lookups (issue 9): each must stay under 0.3 s on a built store.
    ("bloc SCO", ["bloc", "SCO", "--format", "json"]),
    ("meetings SCO --series chs", ["meetings", "SCO", "--series", "chs", "--format", "json"]),
    ("state Belarus --meetings", ["state", "Belarus", "--meetings", "--format", "json"]),
    (
        "attended G20 --status member --from 2015 --to 2025",
        ["attended", "G20", "--status", "member", "--from", "2015", "--to", "2025"],
    ),
    ("absences --from 2000 --to 2025", ["absences", "--from", "2000", "--to", "2025"]),
    ("search USSR", ["search", "USSR"]),
    # The API's lookups (issue 11): compare, a state's path in a bloc.
    ("compare BRICS SCO --on 2020-02-20", ["compare", "BRICS", "SCO", "--on", "2020-02-20"]),
    ("state Belarus --bloc SCO", ["state", "Belarus", "--bloc", "SCO", "--format", "json"]),
]
# Lookups over every bloc: their answers grow with the data (reported, not a target).
UNSCOPED = [
    ("meetings --year 2020 (all blocs)", ["meetings", "--year", "2020", "--format", "json"]),
    ("meetings --host Pakistan (all blocs)", ["meetings", "--host", "Pakistan"]),
    (
        "attended --year 2020 (all blocs)",
        ["attended", "--status", "observer", "--year", "2020", "--format", "json"],
    ),
]

RDFLIB = r"""
import gzip, sys
from pathlib import Path
import rdflib
from blocgraph.derive import add_derived

query, *files = sys.argv[1:]
graph = rdflib.Graph()
for name in files:
    fmt = "nt" if ".nt" in name else "turtle"
    if name.endswith(".gz"):
        with gzip.open(name, "rb") as stream:
            graph.parse(stream, format=fmt)
    else:
        graph.parse(name, format=fmt)
add_derived(graph)
rows = list(graph.query(Path(query).read_text()))
print(len(rows))
"""


@dataclass
class Cell:
    seconds: list[float] = field(default_factory=list)
    kilobytes: list[int] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    note: str = ""

    def add(self, seconds: float, kilobytes: int, cpu: float | None = None) -> None:
        self.seconds.append(seconds)
        self.kilobytes.append(kilobytes)
        if cpu is not None:
            self.cpu_seconds.append(cpu)

    @property
    def cpu(self) -> float | None:
        return statistics.median(self.cpu_seconds) if self.cpu_seconds else None

    @property
    def time(self) -> float | None:
        return statistics.median(self.seconds) if self.seconds else None

    @property
    def memory(self) -> float | None:
        return statistics.median(self.kilobytes) / 1024 if self.kilobytes else None

    def show(self) -> str:
        if self.time is None or (self.note and len(self.seconds) == 1):
            return self.note or "-"
        return f"{self.time * 1000:8.0f} ms {self.memory:6.0f} MB"


# The floor of any Python CLI here: an interpreter that imports click and pyoxigraph.
FLOOR = [sys.executable, "-c", "import click, pyoxigraph"]


def measure(argv: list[str], env: dict) -> tuple[float, int, str, float]:
    """Run ``argv``; its wall time, peak resident memory (kB), standard output and CPU time
    (user + sys)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's rusage, as RUSAGE_CHILDREN
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            message = err.read().decode(errors="replace").strip()
            raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {message}")
        out.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return elapsed, usage.ru_maxrss, out.read().decode(errors="replace"), cpu


def resources_for(scale: int, work: Path) -> Path:
    """The resources folder of a scale: the repository's for 1, a generated one otherwise."""
    if scale == 1:
        return paths.resource_root()
    folder = work / f"resources-x{scale}"
    if not (folder / "data" / "synthetic").is_dir():
        print(f"generating x{scale} in {folder} ...", file=sys.stderr, flush=True)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), str(folder), "--scale", str(scale)],
            check=True,
        )
    # The queries are blocgraph's own: keep them current (copy2 keeps their times, so an
    # unchanged query does not change the store's fingerprint).
    source = paths.queries_dir()
    for query in source.rglob("*.rq"):  # the named queries and the lookup index's (index/)
        target = folder / "queries" / query.relative_to(source)
        if not target.exists() or target.read_bytes() != query.read_bytes():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(query, target)
    return folder


def environment(resources: Path, cache: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BLOCGRAPH_")}
    env.update(BLOCGRAPH_RESOURCES=str(resources), BLOCGRAPH_CACHE_DIR=str(cache))
    # A lookup as users run it: byte-compiled modules (PYTHONDONTWRITEBYTECODE would make
    # every run compile blocgraph again), kept out of the source tree.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(cache.parent / "pycache")
    return env


def bound_query(env: dict, name: str, params: dict, out: Path) -> Path:
    """The query text a lookup runs, bound as blocgraph binds it (in a child process, so that
    this one does not depend on the scale's environment)."""
    code = (
        "import sys, json\n"
        "from blocgraph import queries, lookups, store\n"
        "from blocgraph.resolve import resolver_for\n"
        "s = store.open_embedded()\n"
        "q = queries.get(sys.argv[1])\n"
        "values = lookups.bind_values(resolver_for(s), q, json.loads(sys.argv[2]))\n"
        "sys.stdout.write(queries.bind(q, values))\n"
    )
    text = subprocess.run(
        [sys.executable, "-c", code, name, json.dumps(params)],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scales", default="1,10,100", help="comma-separated (default 1,10,100)")
    parser.add_argument("--runs", type=int, default=5, help="runs per cell (>= 5 for the median)")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "blocgraph-bench"
    )
    parser.add_argument("--no-rdflib", action="store_true", help="skip the rdflib column")
    parser.add_argument(
        "--target",
        type=float,
        default=1.3,
        help="the target: every lookup within this many times the floor (python importing "
        "click and pyoxigraph); lookups above it are marked (default 1.3)",
    )
    parser.add_argument(
        "--rdflib-limit",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="skip rdflib where one run is estimated to take longer (default 120: at x10 a "
        "run parses for over ten minutes and grows past 10 GB)",
    )
    parser.add_argument(
        "--rdflib-once",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="after an rdflib run this long, do no more runs of it (default 60)",
    )
    args = parser.parse_args(argv)
    scales = [int(s) for s in args.scales.split(",")]
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(oxigraph).exists():  # the raw Oxigraph column is optional
        print("oxigraph CLI not found (pip install oxigraph): no raw column", file=sys.stderr)
        oxigraph = None
    script = Path(sys.executable).with_name("blocgraph")  # the console script users run
    blocgraph = [str(script)] if script.exists() else [sys.executable, "-m", "blocgraph"]
    results: dict[int, dict[str, dict[str, Cell]]] = {}
    rdflib_estimate: float | None = None

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    for scale in scales:
        resources = resources_for(scale, args.work)
        cache = args.work / f"cache-x{scale}"
        env = environment(resources, cache)
        started = time.perf_counter()
        built = subprocess.run(
            [*blocgraph, "build"], env=env, check=True, capture_output=True, text=True
        ).stdout.strip()
        print(f"\n== x{scale}: {built}  [build step {time.perf_counter() - started:.1f} s]")
        location = Path(built.split(" in ", 1)[1].rsplit(" (", 1)[0])
        files = [str(p) for p in _knowledge_base_files(resources)]

        # A cold process start, for reference.
        floor = {"python -c pass": Cell(), "python -c 'import click, pyoxigraph'": Cell()}
        for _ in range(args.runs):
            t, kb, _, cpu = measure([sys.executable, "-c", "pass"], env)
            floor["python -c pass"].add(t, kb, cpu)
            t, kb, _, cpu = measure([sys.executable, "-c", "import click, pyoxigraph"], env)
            floor["python -c 'import click, pyoxigraph'"].add(t, kb, cpu)

        table: dict[str, dict[str, Cell]] = {}
        skip_rdflib = args.no_rdflib or (
            rdflib_estimate is not None and rdflib_estimate * scale > args.rdflib_limit
        )
        for label, cli_args, name, params in COMPARED:
            query = bound_query(env, name, params, args.work / f"x{scale}-{name}.rq")
            row = table[label] = {"blocgraph": Cell(), "oxigraph": Cell(), "rdflib": Cell()}
            if skip_rdflib:
                row["rdflib"].note = "-" if args.no_rdflib else "skipped: minutes per run"
            counts: dict[str, int] = {}
            row["floor"] = Cell()
            for _ in range(args.runs):
                t, kb, _, cpu = measure([*blocgraph, *cli_args], env)
                row["blocgraph"].add(t, kb, cpu)
                t, kb, _, cpu = measure(FLOOR, env)
                row["floor"].add(t, kb, cpu)
                if oxigraph is not None:
                    t, kb, out, _ = measure(
                        [
                            oxigraph,
                            "query",
                            "-l",
                            str(location),
                            "--query-file",
                            str(query),
                            "--results-format",
                            "json",
                        ],
                        env,
                    )
                    row["oxigraph"].add(t, kb)
                    counts["oxigraph"] = len(json.loads(out)["results"]["bindings"])
                if not row["rdflib"].note:
                    t, kb, out, _ = measure([sys.executable, "-c", RDFLIB, str(query), *files], env)
                    row["rdflib"].add(t, kb)
                    counts["rdflib"] = int(out.strip())
                    rdflib_estimate = t / scale
                    if t > args.rdflib_once:  # one run of minutes is figure enough
                        row["rdflib"].note = f"{t:.0f} s (1 run)"
            if "rdflib" in counts and counts["rdflib"] != counts.get("oxigraph", counts["rdflib"]):
                print(
                    f"  ! {label}: rdflib found {counts['rdflib']} rows, "
                    f"oxigraph {counts.get('oxigraph')}",
                    file=sys.stderr,
                )
        for label, cli_args in SLICE + UNSCOPED:
            row = table[label] = {"blocgraph": Cell(), "floor": Cell()}
            for _ in range(args.runs):
                t, kb, _, cpu = measure([*blocgraph, *cli_args], env)
                row["blocgraph"].add(t, kb, cpu)
                t, kb, _, cpu = measure(FLOOR, env)
                row["floor"].add(t, kb, cpu)
        results[scale] = table
        _print_scale(scale, table, floor, args.target)

    if len(results) > 1:
        _print_growth(results)


def _knowledge_base_files(resources: Path) -> list[Path]:
    saved = os.environ.get("BLOCGRAPH_RESOURCES")
    os.environ["BLOCGRAPH_RESOURCES"] = str(resources)
    try:
        return paths.knowledge_base_files()
    finally:
        if saved is None:
            os.environ.pop("BLOCGRAPH_RESOURCES", None)
        else:
            os.environ["BLOCGRAPH_RESOURCES"] = saved


def _print_scale(
    scale: int, table: dict[str, dict[str, Cell]], floor: dict[str, Cell], target: float
) -> None:
    """One line per lookup: blocgraph, the raw Oxigraph CLI on the same query, their ratio,
    and blocgraph against the floor of any Python CLI here (``import click, pyoxigraph``)."""
    width = max(len(label) for label in table) + 2
    print(
        f"{'lookup (median wall, peak RSS)':<{width}}{'blocgraph':>20}{'cpu':>9}{'/ floor':>9}"
        f"{'oxigraph CLI':>20}{'ratio':>8}  {'rdflib':>24}"
    )
    for label, row in table.items():
        ours, raw = row["blocgraph"], row.get("oxigraph")
        ratio = f"{ours.time / raw.time:6.2f}x" if raw and raw.time else ""
        base = row["floor"].cpu  # measured right after each run of the lookup
        over = ours.cpu / base if base and ours.cpu else None
        cpu = f"{ours.cpu * 1000:6.0f} ms" if ours.cpu else ""
        mark = "" if over is None else f"{over:5.2f}x" + ("!" if over > target else " ")
        rdflib = row.get("rdflib")
        print(
            f"{label:<{width}}{ours.show():>20}{cpu:>9}{mark:>9}{raw.show() if raw else '':>20}"
            f"{ratio:>8}  {rdflib.show() if rdflib else '':>24}"
        )
    for label, cell in floor.items():
        cpu = f"{cell.cpu * 1000:6.0f} ms" if cell.cpu else ""
        print(f"{'  for reference: ' + label:<{width}}{cell.show():>20}{cpu:>9}")
    print(f"  target: every lookup within {target}x the floor in CPU time ('!': above it)")


def _print_growth(results: dict[int, dict[str, dict[str, Cell]]]) -> None:
    scales = sorted(results)
    base = scales[0]
    print(f"\n== growth (median wall time at x{'/x'.join(map(str, scales))}; x{base} = 1.0)")
    labels = list(results[base])
    width = max(len(label) for label in labels)
    for label in labels:
        for column in ("blocgraph", "oxigraph", "rdflib"):
            cells = [results[s].get(label, {}).get(column) for s in scales]
            if not cells[0] or cells[0].time is None:
                continue
            figures = []
            for cell in cells:
                if cell is None or cell.time is None:
                    figures.append(f"{'(' + (cell.note if cell else '-') + ')':>20}")
                else:
                    figures.append(
                        f"{cell.time * 1000:7.0f} ms ({cell.time / cells[0].time:5.1f}x)"
                    )
            print(f"  {label:<{width}}  {column:<10} " + "  ".join(figures))


if __name__ == "__main__":
    main()
