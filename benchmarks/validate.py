"""How long `blocgraph validate` takes on the shipped data, and pySHACL on a sample of it.

    python benchmarks/validate.py [--repeat 3] [--sample 0.1] [--pyshacl-timeout 900]
                                  [--embedded] [--no-pyshacl]

Prints, for the shipped data (ontology, vocabularies, every data file, derived dates):

* the fast engine (``blocgraph.shacl_sparql``, the default of ``blocgraph validate``): the
  in-memory store's load and the validation queries, best of ``--repeat`` runs;
* with ``--embedded``, the same queries on the embedded (RocksDB) store, and its build time
  when it has to be built;
* both engines on a sample: every curated file, the COW import's blocs, states and source, and
  ``--sample`` of its memberships (chosen by a hash of their IRI, so the same every run),
  with whether the two engines report the same results. pySHACL runs in a child process that
  is stopped after ``--pyshacl-timeout`` seconds (its overlap constraint runs one query per
  membership, so its time grows with the square of the memberships).

Point ``BLOCGRAPH_RESOURCES`` at a folder made by ``benchmarks/generate.py`` to measure a
larger knowledge base. Figures only: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
import zlib
from pathlib import Path

from blocgraph import paths
from blocgraph.namespaces import BG, ID, PROV, RDF


def _best(fn, repeat: int):
    best, value = None, None
    for _ in range(repeat):
        started = time.perf_counter()
        value = fn()
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    return best, value


def fast_in_memory(repeat: int) -> None:
    from blocgraph.validate import memory_store, validate_store

    files = paths.data_files()
    load, store = _best(lambda: memory_store(files), repeat)
    check, report = _best(lambda: validate_store(store, files), repeat)
    print(f"shipped data: {len(files)} files, {len(store)} triples (with derived dates)")
    print(
        f"fast engine, in-memory store: load {load:.2f} s + validate {check:.2f} s "
        f"= {load + check:.2f} s; {_summary(report)}"
    )


def fast_embedded(repeat: int) -> None:
    import pyoxigraph

    from blocgraph.store import ensure_store, store_location
    from blocgraph.validate import UnionView, validate_store

    cold = not store_location().is_dir()
    started = time.perf_counter()
    location = ensure_store()
    built = time.perf_counter() - started
    # The derived triples are in their own graph: the shapes see the union (UnionView).
    store = UnionView(pyoxigraph.Store.read_only(str(location)))
    check, report = _best(lambda: validate_store(store, paths.data_files()), repeat)
    note = f"store built in {built:.1f} s, then " if cold else "store already built; "
    print(f"fast engine, embedded store: {note}validate {check:.2f} s; {_summary(report)}")


def _summary(report) -> str:
    counts: dict[str, int] = {}
    for v in report.violations:
        counts[v.severity] = counts.get(v.severity, 0) + 1
    found = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no results"
    return f"conforms: {'yes' if report.conforms else 'no'} ({found})"


def write_sample(fraction: float, folder: Path) -> Path:
    """The shipped data with ``fraction`` of the COW memberships, as one N-Triples file."""
    import pyoxigraph as ox

    from blocgraph.validate import _load_into

    store = ox.Store()
    for path in paths.data_files():
        _load_into(store, path)
    cow = ox.NamedNode(f"{ID}source/cow-igo-v3")
    membership = ox.NamedNode(BG + "Membership")
    dropped = set()
    for quad in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), membership, None):
        cited = {
            q.object
            for q in store.quads_for_pattern(
                quad.subject, ox.NamedNode(PROV + "wasDerivedFrom"), None, None
            )
        }
        keep = zlib.crc32(quad.subject.value.encode()) % 10_000 < fraction * 10_000
        if cow in cited and not keep:
            dropped.add(quad.subject)
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, None)
        if q.subject not in dropped
    ]
    sample = folder / "sample.nt"
    ox.serialize(triples, str(sample), ox.RdfFormat.N_TRIPLES)
    return sample


def _pyshacl_child(sample: str, queue) -> None:
    from blocgraph.validate import validate_files

    started = time.perf_counter()
    report = validate_files([Path(sample)], engine="pyshacl")
    queue.put((time.perf_counter() - started, _keys(report), _summary(report)))


def _keys(report) -> list:
    return sorted({(v.focus, v.shape, v.path or "", v.severity) for v in report.violations})


def sample_comparison(fraction: float, timeout: float, run_pyshacl: bool) -> None:
    from blocgraph.validate import validate_files

    with tempfile.TemporaryDirectory() as tmp:
        sample = write_sample(fraction, Path(tmp))
        started = time.perf_counter()
        fast = validate_files([sample], engine="fast")
        fast_time = time.perf_counter() - started
        print(
            f"sample ({fraction:.0%} of the COW memberships, all else): {fast.triples} "
            f"triples with the reference files"
        )
        print(f"  fast engine (load + validate): {fast_time:.2f} s; {_summary(fast)}")
        if not run_pyshacl:
            return
        queue = multiprocessing.get_context("spawn").Queue()
        child = multiprocessing.get_context("spawn").Process(
            target=_pyshacl_child, args=(str(sample), queue)
        )
        started = time.perf_counter()
        child.start()
        child.join(timeout)
        if child.is_alive():
            child.terminate()
            child.join()
            print(
                f"  pySHACL: stopped after {time.perf_counter() - started:.0f} s "
                "(--pyshacl-timeout), unfinished"
            )
            return
        elapsed, keys, summary = queue.get()
        same = "same results as the fast engine" if keys == _keys(fast) else "DIFFERENT results"
        print(f"  pySHACL (parse + validate): {elapsed:.1f} s; {summary}; {same}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure (best is shown)")
    parser.add_argument(
        "--sample",
        type=float,
        default=0.1,
        help="share of the COW memberships in the sample (default 0.1)",
    )
    parser.add_argument(
        "--pyshacl-timeout",
        type=float,
        default=900,
        help="stop pySHACL after this many seconds (default 900)",
    )
    parser.add_argument(
        "--embedded",
        action="store_true",
        help="also time the fast engine on the embedded (RocksDB) store",
    )
    parser.add_argument("--no-pyshacl", action="store_true", help="skip pySHACL")
    args = parser.parse_args(argv)
    fast_in_memory(args.repeat)
    if args.embedded:
        fast_embedded(args.repeat)
    sample_comparison(args.sample, args.pyshacl_timeout, not args.no_pyshacl)
    return 0


if __name__ == "__main__":
    sys.exit(main())
