"""Render time of each dashboard page (docs/dashboard.md), in headless Chromium.

Starts the app on a free localhost port over a built database (default: the DuckDB file `make
build` writes), opens every page --runs times (the first run of each page also fills Streamlit's
caches) and prints, per page, the first and the median of the later times from navigation to a
finished run of the page's script (including browse.wait_until_rendered's fixed 0.3 s settle wait).
Not part of `make test`.

    .venv/bin/python -m lead_qualification.dashboard_benchmark [--duckdb target/lead_qualification.duckdb] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
from pathlib import Path

from lead_qualification.dashboard import browse


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duckdb", default=str(browse.ROOT / "target" / "lead_qualification.duckdb"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not Path(args.duckdb).exists():
        raise SystemExit(f"No database at {args.duckdb}: run `make build` first.")
    env = dict(os.environ, LEAD_QUALIFICATION_TARGET="dev", LEAD_QUALIFICATION_DUCKDB_PATH=args.duckdb)
    print(f"{'page':<18}{'first s':>9}{'median s':>10}  (of {args.runs - 1} more runs)")
    with browse.running_app(env) as url, browse.browser_page() as page:
        for path, title in browse.PAGES.items():
            times = [browse.open_page(page, f"{url}/{path}") for _ in range(args.runs)]
            shown = browse.problems(page)
            if shown:
                raise SystemExit(f"{title}: the page shows an error:\n{shown[0][:2000]}")
            print(f"{title:<18}{times[0]:>9.2f}{statistics.median(times[1:]):>10.2f}")


if __name__ == "__main__":
    main()
