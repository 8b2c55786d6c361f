#!/usr/bin/env python3
"""Summarise hyperfine JSON exports for benches/run.sh, against the budgets.

    report.py startup FILE...   each command's median against hello-world's (budget: <= 2.5x)
"""
import json, os, re, statistics, sys

STARTUP_BUDGET = 2.5

def pooled(files):
    runs = {}
    for f in files:
        for r in json.load(open(f))["results"]:
            runs.setdefault(r["command"], []).extend(r["times"])
    return runs

def name(command):
    return re.sub(r"^\S*/", "", command).replace(os.getcwd() + "/", "")

def verdict(ok):
    return "within budget" if ok else "OVER budget"

def startup(files):
    runs = pooled(files)
    base_cmd = next(c for c in runs if c.endswith("/hello"))
    base = statistics.median(runs[base_cmd])
    print(f"start-up, median of {len(runs[base_cmd])} interleaved runs each (budget: <= {STARTUP_BUDGET}x hello-world)")
    for command, times in runs.items():
        m = statistics.median(times)
        note = "" if command == base_cmd else f"  {verdict(m / base <= STARTUP_BUDGET)}"
        print(f"  {name(command):<40} {m * 1000:7.3f} ms  {m / base:5.2f}x{note}")

{"startup": startup}[sys.argv[1]](sys.argv[2:])
