"""Benchmark rows: an absolute figure, a same-run baseline, their ratio, and the target."""
from __future__ import annotations

import json
import platform
import resource
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class Row:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_label: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """Machine-independent: the figure divided by a baseline measured in the same run."""
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


def _proc_status_mb(field: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field):
                    return int(line.split()[1]) / 1024  # KiB
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB.

    Linux's VmHWM belongs to the process's own address space. `ru_maxrss` does not: a child
    started by vfork+exec (subprocess) inherits its parent's peak, so every worker of a bench
    would report at least the bench's own peak.
    """
    peak = _proc_status_mb("VmHWM:")
    return peak if peak is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float | None:
    """Resident set size now, in MB (Linux only; None elsewhere)."""
    return _proc_status_mb("VmRSS:")


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def render(rows: list[Row]) -> str:
    headers = ("benchmark", "value", "baseline (same run)", "ratio", "target", "met")
    lines = [headers]
    for r in rows:
        ratio = f"{r.ratio:.2f}" if r.ratio is not None else "—"
        base = f"{r.baseline:,.1f} {r.unit} ({r.baseline_label})" if r.baseline is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[r.met]
        lines.append((r.name, f"{r.value:,.2f} {r.unit}", base, ratio, r.target or "—", met))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(headers))]
    out = []
    for n, line in enumerate(lines):
        out.append(" | ".join(str(c).ljust(w) for c, w in zip(line, widths)))
        if n == 0:
            out.append("-+-".join("-" * w for w in widths))
    return "\n".join(out)


def write_json(rows: list[Row], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {
        "when": datetime.now(timezone.utc).isoformat(),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.machine()},
        "rows": [{**asdict(r), "ratio": r.ratio} for r in rows],
    }
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path
