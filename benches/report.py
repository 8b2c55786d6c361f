#!/usr/bin/env python3
"""Summarise hyperfine JSON exports for benches/run.sh, against the budgets.

    report.py startup FILE...   each command's median against hello-world's (budget: <= 2.5x)
    report.py load FILE         user data (budget: 10 MB in <= 1 s; 50 MB within 6x the 10 MB time)
"""
import json, os, re, statistics, sys

STARTUP_BUDGET = 2.5
LOAD_BUDGET_S = 1.0
LINEAR_BUDGET = 6.0

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

def load(files):
    runs = pooled(files)
    print(f"user data, median of {len(next(iter(runs.values())))} interleaved runs (budget: 10 MB in <= {LOAD_BUDGET_S} s; 50 MB within {LINEAR_BUDGET}x of it)")
    by_mb = {}
    for command, times in runs.items():
        m = statistics.median(times)
        mb = int(re.search(r"data-(\d+)", command).group(1))
        by_mb[mb] = m
        note = f"  {verdict(m <= LOAD_BUDGET_S)}" if mb == 10 else ""
        print(f"  {name(command):<75} {m * 1000:8.1f} ms{note}")
    if 10 in by_mb and 50 in by_mb:
        growth = by_mb[50] / by_mb[10]
        print(f"  50 MB takes {growth:.1f}x the 10 MB time  {verdict(growth <= LINEAR_BUDGET)}")

{"startup": startup, "load": load}[sys.argv[1]](sys.argv[2:])
