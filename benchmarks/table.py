"""The README's benchmark table, from a results file (``benchmarks/results.json`` by default):

.venv/bin/python -m benchmarks.table [benchmarks/results.json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _range(f: dict[str, Any]) -> str:
    """The ratio's range over the pairs it was timed in (results of earlier runs: none)."""
    return f" (ratio range {f['ratio_min']}–{f['ratio_max']} over {f['pairs']} pairs)" if "pairs" in f else ""


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    """(measure, platform, limit, ratio, target) for one store's result."""
    found: list[tuple[str, str, str, str, str]] = []
    if "append" not in result:  # a run of one measurement (--only)
        return _http_writes(result) + _reads(result) + _pages(result)
    for writers, f in result["append"].items():
        target = {"1": "≥ 0.7", "16": "≥ 0.5"}.get(writers, "")
        found.append((f"append, {writers} writer(s){_range(f)}", f"{_n(f['app_per_s'])}/s",
                      f"{_n(f['raw_per_s'])}/s raw INSERT+COMMIT", str(f["ratio"]), target))  # fmt: skip
    found += _http_writes(result)
    r = result["rebuild"]
    found.append((f"projection rebuild ({r['peak_rss_mb']} MB peak)", f"{_n(r['rebuild_per_s'])} ev/s",
                  f"{_n(r['raw_read_per_s'])} ev/s raw read", str(r["ratio"]), "≥ 0.25"))  # fmt: skip
    r = result["replay"]
    found.append(("replay over HTTP (NDJSON)", f"{_n(r['http_per_s'])} ev/s",
                  f"{_n(r['in_process_per_s'])} ev/s in-process", str(r["ratio"]), "≥ 0.5"))  # fmt: skip
    for mode, t in result["time_travel"].items():
        for what, label in (("in_force_on", "in force on D"), ("recorded_at", "recorded at T")):
            found.append((f"{label}, p95 ({mode})", f"{t[what + '_p95_ms']} ms",
                          f"{t['current_p95_ms']} ms current", str(t[what + "_ratio_p95"]), "≤ 2"))  # fmt: skip
    return found + _reads(result) + _pages(result)


def _http_writes(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    found = []
    for clients, f in result.get("http_writes", {}).items():
        limit = (
            f"{_n(f['app_one_process_per_s'])}/s app layer, 1 process × {clients} thread(s)"
            if "app_one_process_per_s" in f
            else f"{_n(f['app_per_s'])}/s app layer"
        )
        found.append((f"HTTP writes, {clients} client(s){_range(f)}", f"{_n(f['http_per_s'])}/s", limit,
                      str(f["ratio"]), "≥ 0.8"))  # fmt: skip
    return found


def _reads(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    found = []
    for party, r in result.get("reads", {}).items():
        if "document_p95_ms" not in r:  # results of earlier versions: against the queries
            found.append((f"{party} portfolio p95, 32 clients", f"{r['http_p95_ms']} ms",
                          f"{r['raw_p95_ms']} ms query", str(r["ratio_p95"]), "≤ 3"))  # fmt: skip
            continue
        found.append((
            f"{party} portfolio p95, 32 clients ({r['document_bytes'] // 1024} KiB; "
            f"ratio range {r['ratio_min']}–{r['ratio_max']} over {r['pairs']} pairs)",
            f"{r['http_p95_ms']} ms",
            f"{r['document_p95_ms']} ms primary-key read of the document",
            str(r["ratio_p95"]),
            "≤ 1.5",
        ))  # fmt: skip
    return found


def _pages(result: dict[str, Any]) -> list[tuple[str, str, str, str, str]]:
    names = {"dashboard": "office dashboard page", "convention": "convention page"}
    return [
        (f"{names[name]} p95, 16 clients", f"{p['page_p95_ms']} ms", f"{p['api_p95_ms']} ms JSON API",
         str(p["ratio_p95"]), "≤ 1.5")
        for name, p in result.get("pages", {}).items()
    ]  # fmt: skip


def render(results: list[dict[str, Any]]) -> str:
    lines = [
        "| store | events | measure | platform | limit | ratio | target |",
        "|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for measure, platform, limit, ratio, target in rows(result):
            lines.append(
                f"| {result['store']} | {_n(result['events'])} | {measure} | {platform} | {limit} | {ratio} | {target} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data = json.loads(Path(args[0] if args else "benchmarks/results.json").read_text())
    print(render(data["results"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
