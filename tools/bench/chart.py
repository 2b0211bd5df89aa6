#!/usr/bin/env python3
"""tools/bench/chart.py: the benchmark report's SVG charts, drawn with the Python standard library only.

  chart.py latency <title> <target ms> <out.svg> <name>=<file> ...
      Latency percentile curves (HdrHistogram's plot): x = percentile on a log scale of 1/(1 - p), up to the largest
      sample, y = latency in ms on a log scale; each file holds one latency in ms a line, sorted. A dashed line at the
      target.
  chart.py pairs <title> <unit> <target or -> <higher|lower> <out.svg>
      Reads "label|figure|baseline" lines on standard input: per row, the figure's bar beside its baseline's, with the
      ratio; the target (in the same unit), when given, as a dashed line; a bar is green when it meets the target
      (higher or lower is better).
"""
import html
import math
import sys

PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]


def esc(text):
    return html.escape(str(text))


def latency(title, target, out, series):
    w, h, left, right, top, bottom = 760, 420, 70, 170, 40, 50
    curves = []
    for i, (name, path) in enumerate(series):
        with open(path) as f:
            values = [float(line) for line in f if line.strip()]
        if values:
            curves.append((name, values, PALETTE[i % len(PALETTE)]))
    all_values = [v for _, vs, _ in curves for v in vs] + [target]
    lo = max(min(all_values), 0.1)
    hi = max(all_values)
    y_lo, y_hi = math.floor(math.log10(lo)), math.ceil(math.log10(hi * 1.05))
    if y_hi == y_lo:
        y_hi += 1
    x_max = max(math.log10(len(vs)) for _, vs, _ in curves) if curves else 3
    x_max = max(x_max, 2)

    def x_of(decades):
        return left + (w - left - right) * decades / x_max

    def y_of(ms):
        return top + (h - top - bottom) * (1 - (math.log10(max(ms, 0.1)) - y_lo) / (y_hi - y_lo))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
             f'<text x="10" y="22" font-size="15">{esc(title)}</text>']
    for d in range(0, int(x_max) + 1):
        label = {0: "0 %", 1: "90 %", 2: "99 %", 3: "99.9 %", 4: "99.99 %", 5: "99.999 %"}.get(d, f"{d}")
        x = x_of(d)
        parts.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{h - bottom}" stroke="#ddd"/>')
        parts.append(f'<text x="{x - 14:.1f}" y="{h - bottom + 16}">{label}</text>')
    for e in range(y_lo, y_hi + 1):
        y = y_of(10 ** e)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{10 ** e:g} ms</text>')
    parts.append(f'<text x="{(left + w - right) / 2 - 40:.0f}" y="{h - 12}">percentile</text>')
    y = y_of(target)
    parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{w - right}" y2="{y:.1f}" stroke="#333" stroke-dasharray="5 4"/>')
    parts.append(f'<text x="{w - right + 6}" y="{y + 4:.1f}">target {target:g} ms</text>')
    for i, (name, values, colour) in enumerate(curves):
        n = len(values)
        points = []
        for k in range(n):
            p = k / n  # the share of samples below this one
            decades = min(-math.log10(1 - p), x_max)
            points.append(f"{x_of(decades):.1f},{y_of(values[k]):.1f}")
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.6" points="{" ".join(points)}"/>')
        ly = top + 14 + i * 18
        parts.append(f'<line x1="{w - right + 6}" y1="{ly + 40}" x2="{w - right + 24}" y2="{ly + 40}" stroke="{colour}" '
                     f'stroke-width="3"/><text x="{w - right + 28}" y="{ly + 44}">{esc(name)}</text>')
    parts.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(parts) + "\n")


def pairs(title, unit, target, better, out, rows):
    w, bar, gap, left, top = 760, 16, 16, 210, 44
    scale_max = max([max(a, b) for _, a, b in rows] + ([target] if target is not None else [])) * 1.1 or 1
    h = top + len(rows) * (2 * bar + gap) + 44
    span = w - left - 120

    def x_of(v):
        return left + span * v / scale_max

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="12">',
             f'<text x="10" y="22" font-size="15">{esc(title)}</text>',
             f'<rect x="{left}" y="30" width="10" height="10" fill="#2e7d32"/><text x="{left + 14}" y="39">figure '
             f'(green: target met, red: not)</text><rect x="{left + 190}" y="30" width="10" height="10" fill="#9e9e9e"/>'
             f'<text x="{left + 204}" y="39">baseline</text>']
    for i, (label, figure, base) in enumerate(rows):
        y = top + i * (2 * bar + gap)
        met = target is None or (figure >= target if better == "higher" else figure <= target)
        colour = "#2e7d32" if met else "#c62828"
        ratio = figure / base if base else float("nan")
        parts.append(f'<text x="10" y="{y + bar + 4}">{esc(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{x_of(figure) - left:.1f}" height="{bar}" fill="{colour}"/>')
        parts.append(f'<text x="{x_of(figure) + 5:.1f}" y="{y + bar - 4}">{figure:,.1f} {esc(unit)} ({ratio:.2f}x)</text>')
        parts.append(f'<rect x="{left}" y="{y + bar}" width="{x_of(base) - left:.1f}" height="{bar}" fill="#9e9e9e"/>')
        parts.append(f'<text x="{x_of(base) + 5:.1f}" y="{y + 2 * bar - 4}">{base:,.1f}</text>')
    if target is not None:
        x = x_of(target)
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{h - 30}" stroke="#333" stroke-dasharray="5 4"/>')
        parts.append(f'<text x="{x - 30:.1f}" y="{h - 12}">target {target:,g} {esc(unit)}</text>')
    parts.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(parts) + "\n")


def main(argv):
    if argv[1] == "latency":
        title, target, out = argv[2], float(argv[3]), argv[4]
        latency(title, target, out, [a.split("=", 1) for a in argv[5:]])
    elif argv[1] == "pairs":
        title, unit, target, better, out = argv[2:7]
        rows = []
        for line in sys.stdin:
            if line.strip():
                label, figure, base = line.rstrip("\n").split("|")[:3]
                rows.append((label, float(figure), float(base)))
        pairs(title, unit, None if target == "-" else float(target), better, out, rows)
    else:
        sys.exit(f"unknown chart: {argv[1]}")


if __name__ == "__main__":
    main(sys.argv)
