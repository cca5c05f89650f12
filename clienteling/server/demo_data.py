"""Entry point of the demo-data generator (the implementation is the `demo` package).

    python -m clienteling.server.demo_data --customers 1000000   # counts and timing
"""
from __future__ import annotations

import argparse
import time
from collections import Counter

from .demo import (BATCH_SIZE, DATA_VERSION, DEMO_PASSWORD, DEMO_PIN, HISTORY_CUSTOMERS, KINDS, PROMOTIONS,
                   demo_logins, generate, promotion_line_total)

__all__ = ["BATCH_SIZE", "DATA_VERSION", "DEMO_PASSWORD", "DEMO_PIN", "HISTORY_CUSTOMERS", "KINDS", "PROMOTIONS",
           "demo_logins", "generate", "promotion_line_total"]


def main(argv: list[str] | None = None) -> None:
    """Generate (and discard) a data set, printing row counts and the time it took."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--styles", type=int, default=3000)
    args = parser.parse_args(argv)
    counts: Counter[str] = Counter()
    started = time.perf_counter()
    for kind, rows in generate(args.seed, args.customers, styles=args.styles):
        counts[kind] += len(rows)
    elapsed = time.perf_counter() - started
    for kind in KINDS:
        print(f"{kind:12} {counts[kind]:>10,}")
    print(f"generated in {elapsed:.1f} s")
    for login in demo_logins():
        print(f"{login['store_id']:14} {login['associate']:18} {login['manager']:16}")
    print(f"password {DEMO_PASSWORD!r}, PIN {DEMO_PIN!r}")


if __name__ == "__main__":
    main()
