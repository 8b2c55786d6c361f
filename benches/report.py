#!/usr/bin/env python3
"""Summarise hyperfine JSON exports for benches/run.sh.

    report.py startup FILE...   ratio of each command's median to hello-world's
    report.py load FILE         load times, cost per MB, and the 10 MB budget
"""
import json, os, re, statistics, sys

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

{"startup": lambda f: startup(f), "load": lambda f: load(f)}[sys.argv[1]](sys.argv[2:])
