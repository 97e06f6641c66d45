"""Regenerate tests/golden/<query>.json from tests/golden/cases.json on the shipped data.

Run it only after checking by hand that the new answers are right; the diff is the review.

    python tests/golden/regenerate.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from golden_rows import answer  # noqa: E402

from blocgraph.store import open_embedded  # noqa: E402


def main() -> None:
    store = open_embedded()
    cases = json.loads((HERE / "cases.json").read_text())
    for name, params_list in cases.items():
        out = [{"params": params, "rows": answer(store, name, params)} for params in params_list]
        (HERE / f"{name}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
        print(name, [len(c["rows"]) for c in out])


if __name__ == "__main__":
    main()
