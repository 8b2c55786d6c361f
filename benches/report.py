#!/usr/bin/env python3
"""Summarise hyperfine JSON exports for benches/run.sh.

    report.py startup FILE...   ratio of each command's median to hello-world's
    report.py load FILE         load times, cost per MB, and the 10 MB budget
    report.py hot BINARY LIST   whether the functions in LIST are laid out together
"""
import json, os, re, statistics, subprocess, sys

def pooled(files):
    runs = {}
    for f in files:
        for r in json.load(open(f))["results"]:
            runs.setdefault(r["command"], []).extend(r["times"])
    return runs

def name(command):
    return re.sub(r"^\S*/", "", command).replace(os.getcwd() + "/", "")

def startup(files):
    runs = pooled(files)
    base_cmd = next(c for c in runs if c.endswith("/hello"))
    base = statistics.median(runs[base_cmd])
    print(f"start-up, median of {len(runs[base_cmd])} runs each (budget: ratio <= 1.5; <= 2 with --area)")
    for command, times in runs.items():
        m = statistics.median(times)
        ratio = m / base
        budget = 2.0 if "--area" in command else 1.5
        verdict = "" if command == base_cmd else ("  within budget" if ratio <= budget else "  OVER budget")
        print(f"  {name(command):<40} {m * 1000:7.3f} ms  {ratio:5.2f}x{verdict}")

def load(files):
    runs = pooled(files)
    print("user data, median of 10 runs (budget: 10 MB answers `careers salary` in <= 200 ms)")
    per_mb = []
    for command, times in runs.items():
        m = statistics.median(times) * 1000
        size = re.search(r"data-(\d+)", command)
        note = ""
        if size and "--level lead" in command:
            mb = int(size.group(1))
            per_mb.append((mb, m))
            note = f"  {m / mb:6.1f} ms/MB"
        if size and size.group(1) == "10":
            note += "  within budget" if m <= 200 else "  OVER budget"
        print(f"  {name(command):<75} {m:8.1f} ms{note}")
    if len(per_mb) >= 2:
        (a, ta), (b, tb) = per_mb[0], per_mb[-1]
        print(f"  growth from {a} to {b} MB: {tb / ta:.1f}x the time for {b / a:.0f}x the data")

def hot(binary, listing):
    # A toolchain or dependency update renames the functions build.rs asks
    # the linker to put side by side, and a linker other than lld ignores
    # the request: either way the hot code spreads out again.
    listed = set(open(listing).read().split())
    spans = []
    for line in subprocess.run(["nm", "--defined-only", "-S", binary], capture_output=True, text=True).stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] in listed:
            start = int(fields[0], 16)
            spans.append((start, start + int(fields[1], 16)))
    spread = (max(e for _, e in spans) - min(s for s, _ in spans)) // 1024 if spans else 0
    print(f"hot code: {len(spans)} of {len(listed)} functions of {listing} found, spread over {spread} KiB"
          " (scripts/update-hot-symbols.sh rewrites the list)")

{"startup": lambda f: startup(f), "load": lambda f: load(f), "hot": lambda f: hot(*f)}[sys.argv[1]](sys.argv[2:])
