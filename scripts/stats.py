"""The one percentile every script reports (p50, p95): the value at rank round(q·(n−1)) of the
sorted sample, a value that was measured, never an interpolation between two."""
from __future__ import annotations


def percentile(values, q: float) -> float:
    v = sorted(values)
    if not v:
        raise ValueError("percentile of no values")
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
